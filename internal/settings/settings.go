// Package settings holds the one set of analysis settings a command runs
// with. The domain packages define the defaults, the workspace loader lays
// dsc.yaml (and readiness.yaml's disagreement threshold) over them, and a
// command lays its flags over that with Settings.With. Every consumer — the
// analyses, the report, the workshop tally — takes a Settings value and
// never reads dsc.yaml's raw settings itself.
package settings

import (
	"fmt"
	"strings"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/kano"
	"github.com/dsc-workbench/dsc/market"
	"github.com/dsc-workbench/dsc/readiness"
	"github.com/dsc-workbench/dsc/roadmap"
)

// Settings tune the analyses of one run.
type Settings struct {
	Kano      Kano      `json:"kano"`
	Target    Target    `json:"target"`
	Readiness Readiness `json:"readiness"`
	Roadmap   Roadmap   `json:"roadmap"`
	Market    Market    `json:"market"`
}

// Market tunes the market analysis (docs/market.md).
type Market struct {
	// RelevantFrom is the relevance (1-5) from which a trend counts as relevant.
	RelevantFrom int `json:"relevant_from"`
}

// Kano chooses how survey answers are classified.
type Kano struct {
	Table kano.TableName `json:"table"`
	Rule  kano.Rule      `json:"rule"`
	// MinN is the fewest answers a feature or segment needs to be classified
	// without the low-n flag.
	MinN int `json:"min_n"`
	// SegmentBy is the respondent attribute that splits a survey into
	// segments; empty for no segments.
	SegmentBy string `json:"segment_by,omitempty"`
	// SegmentByDefault says SegmentBy is the default, not a choice: a
	// survey without that column is read unsplit instead of stopping
	// with "segment column not found".
	SegmentByDefault bool `json:"-"`
	// Screening, when set, drops careless respondents before classifying.
	Screening *Screening `json:"screening,omitempty"`
}

// Options returns the kano package's options for these settings.
func (k Kano) Options() kano.Options {
	table, ok := k.Table.Table()
	if !ok {
		// Resolution only ever stores a known table name; a Settings value
		// built by hand with an unknown one classifies with the standard table.
		table = kano.StandardTable
	}
	return kano.Options{Table: &table, Rule: k.Rule, MinN: k.MinN}
}

// Target drives the selection of the DSC target picture.
type Target struct {
	// BetterThreshold is the Better coefficient an attractive entry needs.
	BetterThreshold float64 `json:"better_threshold"`
	// Pins override the selection rule for single catalog entries.
	Pins []roadmap.Pin `json:"pins,omitempty"`
}

// Readiness tunes the readiness aggregation.
type Readiness struct {
	// DisagreementThreshold is the spread of ratings from which a question is
	// flagged.
	DisagreementThreshold float64 `json:"disagreement_threshold"`
}

// Roadmap dates, staffs and prices the roadmap (docs/roadmap.md).
type Roadmap struct {
	// Start is the first month of the roadmap as YYYY-MM; empty for months
	// counted from 1.
	Start string `json:"start,omitempty"`
	// TeamSize is how many people work on one capability at a time, unless
	// the capability sets its own.
	TeamSize float64 `json:"team_size"`
	// AssessmentMonths and ApprovalMonths are the lengths of steps 1 and 2.
	AssessmentMonths float64 `json:"assessment_months"`
	ApprovalMonths   float64 `json:"approval_months"`
	// Coupled builds dependency cycles as coupled blocks instead of
	// rejecting them (coupled: allow).
	Coupled bool `json:"coupled"`
	// Capacity is the people available per month; zero is unlimited.
	Capacity roadmap.Capacity `json:"capacity"`
	// PMOTeamSize is the people the PMO holds for the whole programme.
	PMOTeamSize float64 `json:"pmo_team_size"`
	// MonthlyRate is the cost of one person-month, in Currency.
	MonthlyRate float64 `json:"monthly_rate"`
	Currency    string  `json:"currency,omitempty"`
	// Clusters are the parameters of the tribe-team clustering.
	Clusters roadmap.ClusterOptions `json:"clusters"`
}

// Options returns the roadmap package's options for these settings.
func (r Roadmap) Options() roadmap.Options {
	return roadmap.Options{DSM: roadmap.DSMOptions{AllowCoupled: r.Coupled, Cluster: r.Clusters}, AssessmentMonths: r.AssessmentMonths,
		ApprovalMonths: r.ApprovalMonths, Capacity: r.Capacity, PMOTeamSize: r.PMOTeamSize, MonthlyRate: r.MonthlyRate, Start: r.Start}
}

// DefaultSegmentBy is the attribute column that splits a survey into
// segments when dsc.yaml names none: the name the templates and docs use.
const DefaultSegmentBy = "segment"

// Default returns the settings of a workspace that sets nothing, or of a
// survey scored on its own.
func Default() Settings {
	return Settings{
		Kano:      Kano{Table: kano.TableNames[0], Rule: kano.Rules[0], MinN: kano.DefaultMinN, SegmentBy: DefaultSegmentBy, SegmentByDefault: true},
		Target:    Target{BetterThreshold: roadmap.DefaultBetterThreshold},
		Readiness: Readiness{DisagreementThreshold: readiness.DefaultDisagreementThreshold},
		Roadmap: Roadmap{TeamSize: roadmap.DefaultTeamSize, AssessmentMonths: roadmap.DefaultAssessmentMonths,
			ApprovalMonths: roadmap.DefaultApprovalMonths, PMOTeamSize: roadmap.DefaultPMOTeamSize, Clusters: roadmap.DefaultClusterOptions},
		Market: Market{RelevantFrom: market.DefaultRelevantFrom},
	}
}

// Flags are the settings a command line can override. Empty fields (and a
// nil MinN) keep the workspace's value.
type Flags struct {
	Table     string
	Rule      string
	MinN      *int
	SegmentBy string
	// NoSegments switches the segment split off (--segment-by "").
	NoSegments bool
}

// Validate reports a flag value that is not allowed, naming the flag and the
// allowed values. Commands call it while parsing and return it as a usage error.
func (f Flags) Validate() error {
	if f.Table != "" {
		if _, ok := kano.TableName(f.Table).Table(); !ok {
			return unknownFlagValue("--table", f.Table, kano.TableNames)
		}
	}
	if f.Rule != "" && !kano.Rule(f.Rule).Valid() {
		return unknownFlagValue("--rule", f.Rule, kano.Rules)
	}
	if f.MinN != nil && *f.MinN < 0 {
		return fmt.Errorf("--min-n must not be negative, got %d", *f.MinN)
	}
	return nil
}

// With returns s with the flags laid over it.
func (s Settings) With(f Flags) (Settings, error) {
	if err := f.Validate(); err != nil {
		return s, err
	}
	if f.Table != "" {
		s.Kano.Table = kano.TableName(f.Table)
	}
	if f.Rule != "" {
		s.Kano.Rule = kano.Rule(f.Rule)
	}
	if f.MinN != nil {
		s.Kano.MinN = *f.MinN
	}
	if f.SegmentBy != "" {
		s.Kano.SegmentBy, s.Kano.SegmentByDefault = f.SegmentBy, false
	}
	if f.NoSegments {
		s.Kano.SegmentBy, s.Kano.SegmentByDefault = "", false
	}
	return s, nil
}

// unknownFlagValue names the allowed value a typo stands for, if one does.
func unknownFlagValue[T ~string](flag, value string, allowed []T) error {
	names := make([]string, len(allowed))
	for i, a := range allowed {
		names[i] = string(a)
	}
	if s := diag.Closest(value, names); s != "" {
		return fmt.Errorf("unknown %s %q: did you mean %q? Use %s", flag, value, s, Choices(allowed))
	}
	return fmt.Errorf("unknown %s %q; use %s", flag, value, Choices(allowed))
}

// Choices writes allowed values as "a, b or c", for messages and help texts.
func Choices[T ~string](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = string(x)
	}
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " or " + parts[len(parts)-1]
}
