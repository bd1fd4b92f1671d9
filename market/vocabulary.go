package market

// CompetitorKind says what kind of player a competitor is.
type CompetitorKind string

// The kinds of competitors.
const (
	Direct      CompetitorKind = "direct"
	OEMPortal   CompetitorKind = "oem-portal"
	Marketplace CompetitorKind = "marketplace"
	Distributor CompetitorKind = "distributor"
	PurePlayer  CompetitorKind = "pure-player"
	OtherKind   CompetitorKind = "other"
)

// CompetitorKinds lists the kinds of competitors.
var CompetitorKinds = []CompetitorKind{Direct, OEMPortal, Marketplace, Distributor, PurePlayer, OtherKind}

// Level is how far a competitor offers a catalog entry.
type Level string

// The levels of an offering.
const (
	Full    Level = "full"
	Partial Level = "partial"
	None    Level = "none"
)

// Levels lists the levels of an offering.
var Levels = []Level{Full, Partial, None}

// Horizon is when a trend bites.
type Horizon string

// The horizons of the trend radar, nearest first.
const (
	Now       Horizon = "now"
	NearTerm  Horizon = "1-2-years"
	LongerRun Horizon = "3-5-years"
)

// Horizons lists the horizons, nearest first.
var Horizons = []Horizon{Now, NearTerm, LongerRun}

// Today is what the client has of a catalog entry today.
type Today string

// The states of an entry today. An entry without a state is Absent.
const (
	Live       Today = "live"
	PartlyLive Today = "partial"
	Planned    Today = "planned"
	Absent     Today = "none"
)

// TodayStates lists the states of an entry today.
var TodayStates = []Today{Live, PartlyLive, Planned, Absent}

// Present reports whether the entry exists today, fully or in part.
// Planned counts as absent: nothing is there yet.
func (t Today) Present() bool { return t == Live || t == PartlyLive }

// Gap is what the target picture asks of an entry compared with today.
type Gap string

// The gap classes. NoGap is an entry outside the target that is not there
// today either: nothing to do.
const (
	ToBuild      Gap = "to-build"
	ToImprove    Gap = "to-improve"
	InPlace      Gap = "in-place"
	ToReconsider Gap = "to-reconsider"
	NoGap        Gap = ""
)

// Gaps lists the gap classes in the order the deliverable shows them.
var Gaps = []Gap{ToBuild, ToImprove, InPlace, ToReconsider}

// ReconsiderReason says why an entry that exists today is to be reconsidered.
type ReconsiderReason string

// The reasons to reconsider an entry. A reason names the first that applies,
// in this order.
const (
	ReconsiderOutside     ReconsiderReason = "outside-target"
	ReconsiderIndifferent ReconsiderReason = "indifferent"
	ReconsiderReverse     ReconsiderReason = "reverse"
	NoReconsideration     ReconsiderReason = ""
)

// Flag marks what the market says about an entry.
type Flag string

// The flags of an entry (docs/market.md).
const (
	TableStakes    Flag = "table-stakes"
	Differentiator Flag = "differentiator"
	WhiteSpot      Flag = "white-spot"
	DelightDecay   Flag = "delight-decay"
)

// Flags lists the flags in the order an entry carries them.
var Flags = []Flag{TableStakes, Differentiator, WhiteSpot, DelightDecay}

// Quadrant is an entry's place in the value/effort matrix.
type Quadrant string

// The quadrants of the value/effort matrix.
const (
	QuickWin     Quadrant = "quick-win"     // high value, low effort
	StrategicBet Quadrant = "strategic-bet" // high value, high effort
	FillIn       Quadrant = "fill-in"       // low value, low effort
	TimeSink     Quadrant = "time-sink"     // low value, high effort
	NoQuadrant   Quadrant = ""              // value or effort unknown
)

// Quadrants lists the quadrants, best first.
var Quadrants = []Quadrant{QuickWin, StrategicBet, FillIn, TimeSink}

// PriorityGroup says which rule ranked an entry.
type PriorityGroup string

// The priority groups, in rank order.
const (
	MustBeFirst PriorityGroup = "must-be" // must-be entries of the target, however low their value
	ByScore     PriorityGroup = "score"   // the rest with value and effort, by score
	Unscored    PriorityGroup = "unscored"
	NotRanked   PriorityGroup = "" // nothing to build or improve
)

// Scales of the figures a catalog entry carries.
const (
	MinRelevance = 1
	MaxRelevance = 5
	MinValue     = 1.0
	MaxValue     = 5.0
	// DefaultRelevantFrom is the relevance from which a trend counts as
	// relevant: 4 and 5 on the 1-5 scale.
	DefaultRelevantFrom = 4
	// HighValueAbove splits the value axis of the value/effort matrix at
	// the middle of the 1-5 scale: values above 3 are high.
	HighValueAbove = 3.0
)
