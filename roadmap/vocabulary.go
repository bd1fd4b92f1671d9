package roadmap

// Defaults of the settings in dsc.yaml that tune the target picture and the
// roadmap; internal/settings applies them where the workspace is silent.
const (
	// DefaultBetterThreshold is the Better coefficient an attractive entry
	// needs to join the target picture: at 0.5 at least half of the
	// respondents would be more satisfied with it.
	DefaultBetterThreshold = 0.5
	// DefaultTeamSize is how many people work on one capability at a time,
	// turning its effort (person-months) into a duration (months).
	DefaultTeamSize = 2.0
	// DefaultAssessmentMonths and DefaultApprovalMonths are the lengths of
	// steps 1 (assessment) and 2 (approval of the target picture).
	DefaultAssessmentMonths = 2.0
	DefaultApprovalMonths   = 1.0
	// DefaultPMOTeamSize is the people the PMO holds for the whole programme.
	DefaultPMOTeamSize = 1.0
)

// Bounds that keep a plan a plan (and its month arrays small): a capability
// or a fixed step runs at most MaxCapabilityMonths; the whole roadmap at most
// MaxMonths.
const (
	MaxCapabilityMonths = 120
	MaxMonths           = 1200
)

// Pin decisions: a pin puts a catalog entry into the target picture or keeps it out.
const (
	PinInclude = "include"
	PinExclude = "exclude"
)

// PinDecisions lists the decisions a pin can take.
var PinDecisions = []string{PinInclude, PinExclude}

// The maturity of a capability runs from MinMaturity (absent) to MaxMaturity (optimised).
const (
	MinMaturity = 0
	MaxMaturity = 5
)
