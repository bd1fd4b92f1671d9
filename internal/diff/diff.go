package diff

import (
	"slices"
	"sort"

	"github.com/dsc-workbench/dsc/internal/numfmt"
	"github.com/dsc-workbench/dsc/kano"
	"github.com/dsc-workbench/dsc/roundoff"
)

// Class is a class of change; the report lists them in the order of Classes.
type Class string

// The classes of change.
const (
	ClassKano         Class = "kano"
	ClassTarget       Class = "target"
	ClassMarket       Class = "market"
	ClassJourney      Class = "journey"
	ClassReadiness    Class = "readiness"
	ClassCriticalPath Class = "critical-path"
	ClassSchedule     Class = "schedule"
	ClassData         Class = "data"
)

// Classes lists every class in report order.
var Classes = []Class{ClassKano, ClassTarget, ClassMarket, ClassJourney, ClassReadiness, ClassCriticalPath, ClassSchedule, ClassData}

// FailClasses are the classes --fail-on accepts: every class but the data,
// whose changes are the cause of the others, not a result.
var FailClasses = []Class{ClassKano, ClassTarget, ClassMarket, ClassJourney, ClassReadiness, ClassCriticalPath, ClassSchedule}

// Kind says what changed.
type Kind string

// The kinds of change, by class.
const (
	// A whole section appeared or disappeared (its input file was added or removed).
	KindSectionAdded   Kind = "section-added"
	KindSectionRemoved Kind = "section-removed"

	// Kano.
	KindKanoSetting       Kind = "kano-setting" // an evaluation setting (ID: table, rule, min_n, segment_by) changed
	KindToday             Kind = "today"        // what the client offers of an entry today (full, partial, none)
	KindValueEffort       Kind = "value-effort" // an entry's value or effort, and so maybe its quadrant
	KindMarketFlags       Kind = "market-flags" // the flags the competitors' offers raise for an entry
	KindCompetitorAdded   Kind = "competitor-added"
	KindCompetitorRemoved Kind = "competitor-removed"
	KindCategory          Kind = "category"        // the feature's category (or mixed pair) changed
	KindFeatureAdded      Kind = "feature-added"   // surveyed now, not before
	KindFeatureRemoved    Kind = "feature-removed" // surveyed before, not now
	KindBetter            Kind = "better"          // Better moved by the threshold or more
	KindWorse             Kind = "worse"           // Worse moved by the threshold or more

	// Target picture.
	KindEntered Kind = "entered" // now in the target picture
	KindLeft    Kind = "left"    // no longer in it
	KindMoved   Kind = "moved"   // between out, to discuss and not in the catalog
	KindWhy     Kind = "why"     // same decision, now by pin instead of rule or the reverse
	// The Better an attractive entry needs to enter.
	KindBetterThreshold Kind = "better-threshold"

	// Journey.
	KindHoleOpened Kind = "hole-opened"
	KindHoleClosed Kind = "hole-closed"
	KindCoverage   Kind = "coverage" // a stage's features or touchpoints

	// Readiness.
	KindIndex            Kind = "index"
	KindDimension        Kind = "dimension"        // current maturity
	KindDimensionTarget  Kind = "dimension-target" // target maturity
	KindDimensionAdded   Kind = "dimension-added"
	KindDimensionRemoved Kind = "dimension-removed"

	// Critical path.
	KindCriticalPath Kind = "critical-path"

	// Schedule.
	KindStart             Kind = "start"  // the roadmap's first month
	KindFinish            Kind = "finish" // the programme's end
	KindStepLonger        Kind = "step-lengthened"
	KindStepShorter       Kind = "step-shortened"
	KindDates             Kind = "dates" // a capability starts or finishes at another time
	KindCapabilityAdded   Kind = "capability-added"
	KindCapabilityRemoved Kind = "capability-removed"

	// Data.
	KindRespondents   Kind = "respondents"
	KindSurveyAdded   Kind = "survey-added"
	KindSurveyRemoved Kind = "survey-removed"
	KindSurveyChanged Kind = "survey-changed"
	KindWaveAdded     Kind = "wave-added"
	KindWaveRemoved   Kind = "wave-removed"
	KindWaveChanged   Kind = "wave-changed"
	// The wave the Kano analysis is of (the latest): every Kano change is
	// then a change between waves.
	KindCurrentWave  Kind = "current-wave"
	KindRaterAdded   Kind = "rater-added"
	KindRaterRemoved Kind = "rater-removed"
)

// Change is one difference between the two states. From and To are typed
// values (a category, a number, a decision, a span of months, a list of
// ids); null where the thing did not exist on that side.
type Change struct {
	Class Class  `json:"class"`
	Kind  Kind   `json:"kind"`
	ID    string `json:"id,omitempty"`
	Name  string `json:"name,omitempty"`
	From  any    `json:"from"`
	To    any    `json:"to"`
	// Delta is To - From for numbers.
	Delta *float64 `json:"delta,omitempty"`
	// Test compares the category distributions of both sides (Kano category changes).
	Test *kano.DistributionTest `json:"test,omitempty"`
	// Reason says why an entry is where it is now in the target picture (or
	// was, when it left the catalog), worded from ReasonCode; Pinned whether
	// a pin put it there, PinReason the workspace's reason for the pin.
	Reason     string `json:"reason,omitempty"`
	ReasonCode string `json:"reason_code,omitempty"`
	Pinned     bool   `json:"pinned,omitempty"`
	PinReason  string `json:"pin_reason,omitempty"`
	// Joined and Left list what entered and left a list (the critical path).
	Joined []string `json:"joined,omitempty"`
	Left   []string `json:"left,omitempty"`

	// tier and weight order changes within a class: lower tier first, then
	// larger weight (more significant) first.
	tier   int
	weight float64
	// kanoUnchanged marks the current-wave change of a diff with no Kano
	// change to point at.
	kanoUnchanged bool
}

// Span is when something runs, in months from the roadmap's start, with the
// calendar months when the roadmap has a start date.
type Span struct {
	Start      float64 `json:"start"`
	Finish     float64 `json:"finish"`
	StartMonth string  `json:"start_month,omitempty"`
	EndMonth   string  `json:"end_month,omitempty"`
}

// Side describes one of the two states compared.
type Side struct {
	Label     string `json:"label"`
	Workspace string `json:"workspace,omitempty"`
	Client    string `json:"client"`
}

// Result is every change between two states, in report order.
type Result struct {
	Old Side `json:"old"`
	New Side `json:"new"`
	// Threshold is the smallest Better or Worse shift reported.
	Threshold float64 `json:"threshold"`
	// Counts has the number of changes per class.
	Counts  map[Class]int `json:"counts"`
	Changes []Change      `json:"changes"`
}

// DefaultThreshold is the smallest Better or Worse shift reported: a tenth
// of the scale, which moves a feature visibly on the portfolio.
const DefaultThreshold = 0.1

// Options tune the comparison.
type Options struct {
	// Threshold is the smallest Better or Worse shift reported (0: DefaultThreshold).
	Threshold float64
}

// Compare lists what changed from old to new.
func Compare(old, new *Document, o Options) Result {
	if o.Threshold == 0 {
		o.Threshold = DefaultThreshold
	}
	r := Result{Threshold: o.Threshold, Counts: map[Class]int{}, Changes: []Change{},
		Old: Side{Workspace: old.Meta.Workspace, Client: old.Meta.Client},
		New: Side{Workspace: new.Meta.Workspace, Client: new.Meta.Client}}
	var cs []Change
	cs = append(cs, compareKano(old.Kano, new.Kano, o.Threshold)...)
	cs = append(cs, compareTarget(old.Target, new.Target)...)
	cs = append(cs, compareMarket(old.Market, new.Market)...)
	cs = append(cs, compareJourney(old.Journey, new.Journey)...)
	cs = append(cs, compareReadiness(old.Readiness, new.Readiness)...)
	cs = append(cs, compareRoadmap(old.Roadmap, new.Roadmap)...)
	cs = append(cs, compareData(old, new)...)
	order := map[Class]int{}
	for i, c := range Classes {
		order[c] = i
	}
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.Class != b.Class {
			return order[a.Class] < order[b.Class]
		}
		if a.tier != b.tier {
			return a.tier < b.tier
		}
		if wa, wb := roundoff.Key(a.weight), roundoff.Key(b.weight); wa != wb {
			return wa > wb
		}
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		return a.Kind < b.Kind
	})
	for _, c := range cs {
		r.Counts[c.Class]++
	}
	// The current wave's note points at the category changes above it;
	// a changed setting is not one.
	moves := slices.ContainsFunc(cs, func(c Change) bool { return c.Class == ClassKano && c.Kind != KindKanoSetting })
	for i := range cs {
		if cs[i].Kind == KindCurrentWave && !moves {
			cs[i].kanoUnchanged = true
		}
	}
	r.Changes = append(r.Changes, cs...)
	return r
}

// Matches lists the classes among fail that have changes.
func (r Result) Matches(fail []Class) []Class {
	var out []Class
	for _, c := range Classes {
		if slices.Contains(fail, c) && r.Counts[c] > 0 {
			out = append(out, c)
		}
	}
	return out
}

// ByClass returns the changes of one class, in order.
func (r Result) ByClass(c Class) []Change {
	var out []Change
	for _, x := range r.Changes {
		if x.Class == c {
			out = append(out, x)
		}
	}
	return out
}

func section(class Class, name string, old, new bool) []Change {
	switch {
	case old && !new:
		return []Change{{Class: class, Kind: KindSectionRemoved, ID: name}}
	case new && !old:
		return []Change{{Class: class, Kind: KindSectionAdded, ID: name}}
	}
	return nil
}

func delta(from, to float64) *float64 {
	d := numfmt.Zero(roundoff.Key(to - from))
	return &d
}

// moved reports whether two numbers differ beyond float noise.
func moved(a, b float64) bool { return !roundoff.Equal(a, b) }
