// Package roadmap holds the DSC target picture, the capabilities it needs
// with their dependency graph, and the seven-step transformation plan. It is
// pure: typed data in, results out.
package roadmap

// Element is one part of the DSC: the central login or one of the four core elements.
type Element string

// The central core and the four core elements of the DSC, in the primer's order.
const (
	Login          Element = "login"
	DirectSales    Element = "direct-sales"
	AfterSales     Element = "after-sales"
	SelfService    Element = "self-service"
	DigitalService Element = "digital-service"
)

// Elements lists the DSC's parts in display order.
var Elements = []Element{Login, DirectSales, AfterSales, SelfService, DigitalService}

// EntryKind says whether a catalog entry is a feature, a service or a revenue stream.
type EntryKind string

// The kinds of catalog entries.
const (
	Feature       EntryKind = "feature"
	Service       EntryKind = "service"
	RevenueStream EntryKind = "revenue-stream"
)

// EntryKinds lists the kinds of catalog entries.
var EntryKinds = []EntryKind{Feature, Service, RevenueStream}

// PartyKinds lists the kinds of external parties integrated into a DSC.
var PartyKinds = []string{"payment", "logistics", "financing", "marketplace", "data", "software", "service", "insurance", "other"}

// OperatingElement is the operating-model element a capability belongs to.
type OperatingElement string

// The operating-model elements.
const (
	IT           OperatingElement = "it"
	Organisation OperatingElement = "organisation"
	Governance   OperatingElement = "governance"
)

// OperatingElements lists the operating-model elements.
var OperatingElements = []OperatingElement{IT, Organisation, Governance}

// Dimension is one of the five requirement dimensions of the primer.
type Dimension string

// The five requirement dimensions.
const (
	Competencies   Dimension = "competencies"
	Processes      Dimension = "processes"
	OrgStructure   Dimension = "organisation"
	ITSystems      Dimension = "it-systems"
	HumanResources Dimension = "human-resources"
)

// Dimensions lists the requirement dimensions in the primer's order.
var Dimensions = []Dimension{Competencies, Processes, OrgStructure, ITSystems, HumanResources}
