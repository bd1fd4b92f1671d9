// Package journey maps DSC features to customer-journey stages, touchpoints
// and channels, and analyses coverage, holes, channel configuration and
// omni-channel processes. It is pure: typed data in, results out.
package journey

// Step is an id with a display name, used for stages and sales phases.
type Step struct {
	ID   string
	Name string
}

// DefaultStages are the journey stages of the primer, used when a workspace defines none.
var DefaultStages = []Step{
	{"awareness", "Awareness"},
	{"information", "Information"},
	{"consideration", "Advice and consideration"},
	{"purchase", "Purchase"},
	{"fulfilment", "Delivery and fulfilment"},
	{"use", "Use and after-sales"},
	{"service", "Service"},
	{"loyalty", "Loyalty"},
}

// DefaultSalesPhases are the sales phases of the multi-channel integration matrix.
var DefaultSalesPhases = []Step{
	{"lead-generation", "Lead generation"},
	{"qualification", "Qualification"},
	{"quotation", "Quotation"},
	{"closing", "Closing"},
	{"fulfilment", "Fulfilment"},
	{"retention", "Retention"},
	{"service", "Service"},
}

// CostClass groups channels by what a contact costs.
type CostClass string

// The cost classes of the primer.
const (
	LowCost   CostClass = "low-cost"
	HighTouch CostClass = "high-touch"
	Partner   CostClass = "partner"
)

// CostClasses lists the cost classes.
var CostClasses = []CostClass{LowCost, HighTouch, Partner}

// ChannelTypes lists the kinds of channel a workspace may declare; processes
// in the built-in library refer to channels by these types.
var ChannelTypes = []string{"web-shop", "app", "portal", "marketplace", "store", "field-sales", "tele-sales", "partner", "call-centre", "email", "social", "other"}

// OnlineByDefault says which channel types are online unless a workspace says otherwise.
var OnlineByDefault = map[string]bool{"web-shop": true, "app": true, "portal": true, "marketplace": true, "email": true, "social": true}

// Role is a channel's role in a sales phase.
type Role string

// The roles of the channel-role matrix.
const (
	RoleLead    Role = "lead"
	RolePrimary Role = "primary"
	RoleSupport Role = "support"
	RoleNone    Role = "none"
)

// Roles lists the roles.
var Roles = []Role{RoleLead, RolePrimary, RoleSupport, RoleNone}

// Evidence says how well a touchpoint is backed by customer data.
type Evidence string

// Evidence levels, weakest first.
const (
	Hypothesis Evidence = "hypothesis"
	FocusGroup Evidence = "focus-group"
	Measured   Evidence = "measured"
)

// EvidenceLevels lists the evidence levels, weakest first.
var EvidenceLevels = []Evidence{Hypothesis, FocusGroup, Measured}
