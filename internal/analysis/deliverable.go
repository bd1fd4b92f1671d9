package analysis

import (
	"math"
	"slices"
	"sort"

	"github.com/dsc-workbench/dsc/internal/settings"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/journey"
	"github.com/dsc-workbench/dsc/kano"
	"github.com/dsc-workbench/dsc/readiness"
	"github.com/dsc-workbench/dsc/roadmap"
)

// TooFewAnswers reports whether a survey classified the feature from fewer
// answers than the minimum: its category is shown as "too few answers" and
// does not decide the target picture.
func (f KanoFeature) TooFewAnswers(minN int) bool { return f.N > 0 && f.N < minN }

// MixTooFew is the key of Kano.Mix that counts features with too few answers.
const MixTooFew = "too-few"

// addViews counts the features per category for the report.
func (k *Kano) addViews() {
	k.Mix = map[string]int{}
	for _, f := range k.Features {
		switch {
		case f.TooFewAnswers(k.MinN):
			k.Mix[MixTooFew]++
		case f.Category != kano.NoCategory:
			k.Mix[string(f.Category)]++
		}
	}
}

// DimensionHeat is one requirement dimension of the capability heat map:
// the maturity gap of its capabilities per operating-model element, beside
// the readiness of the readiness dimension that assesses it.
type DimensionHeat struct {
	Dimension    roadmap.Dimension `json:"dimension"`
	Cells        []HeatCell        `json:"cells"`
	Capabilities int               `json:"capabilities"`
	TotalGap     int               `json:"total_gap"`
	// Readiness is nil when no readiness dimension assesses this one.
	Readiness *ReadinessContext `json:"readiness,omitempty"`
	// ReadinessName names that readiness dimension.
	ReadinessName string `json:"readiness_name,omitempty"`
}

// HeatCell sums the maturity gaps of the capabilities of one requirement
// dimension and operating-model element.
type HeatCell struct {
	Element      roadmap.OperatingElement `json:"element"`
	Capabilities int                      `json:"capabilities"`
	Gap          int                      `json:"gap"`
	// Share is Gap as a share of the largest cell's gap in the map (0 when
	// no cell has a gap): the heat a renderer shades the cell with.
	Share float64 `json:"share"`
}

// heat builds the capability heat map, one row per requirement dimension in
// the primer's order, cells in operating-element order.
func heat(c *Capabilities, r *readiness.Result) []DimensionHeat {
	if c == nil {
		return nil
	}
	byReq := map[string]readiness.DimensionResult{}
	if r != nil {
		for _, d := range r.Dimensions {
			if _, ok := byReq[d.Requirement]; d.Requirement != "" && !ok {
				byReq[d.Requirement] = d
			}
		}
	}
	var out []DimensionHeat
	for _, dim := range roadmap.Dimensions {
		h := DimensionHeat{Dimension: dim}
		for _, el := range roadmap.OperatingElements {
			cell := HeatCell{Element: el}
			for _, x := range c.Capabilities {
				if x.Dimension == dim && x.Element == el {
					cell.Capabilities++
					cell.Gap += max(0, x.Gap)
				}
			}
			h.Capabilities += cell.Capabilities
			h.TotalGap += cell.Gap
			h.Cells = append(h.Cells, cell)
		}
		if d, ok := byReq[string(dim)]; ok {
			h.Readiness = &ReadinessContext{Dimension: d.ID, Current: d.Current, Target: d.Target, Gap: d.Gap}
			h.ReadinessName = d.Name
		}
		out = append(out, h)
	}
	shareOfLargest(out)
	return out
}

// shareOfLargest sets each cell's share of the largest cell gap.
func shareOfLargest(hs []DimensionHeat) {
	largest := 0
	for _, h := range hs {
		for _, c := range h.Cells {
			largest = max(largest, c.Gap)
		}
	}
	if largest == 0 {
		return
	}
	for _, h := range hs {
		for i := range h.Cells {
			h.Cells[i].Share = float64(h.Cells[i].Gap) / float64(largest)
		}
	}
}

// FactKind names a finding or a decision of the executive summary.
type FactKind string

// The findings and decisions the summary can hold.
const (
	FactMustBeUnserved   FactKind = "must-be-unserved"
	FactHoles            FactKind = "holes"
	FactTargetPicture    FactKind = "target-picture"
	FactSegmentsDiffer   FactKind = "segments-differ"
	FactReadiness        FactKind = "readiness"
	FactDisagreement     FactKind = "rater-disagreement"
	FactChannelModel     FactKind = "channel-model"
	FactCriticalPath     FactKind = "critical-path"
	FactApproveTarget    FactKind = "approve-target-picture"
	FactResolveDiscuss   FactKind = "resolve-open-entries"
	FactConfirmPins      FactKind = "confirm-pins"
	FactSurveyMore       FactKind = "survey-more"
	FactConfirmStartDate FactKind = "confirm-start"
)

// Fact is one finding or decision with the numbers and names behind it.
type Fact struct {
	Kind  FactKind `json:"kind"`
	Count int      `json:"count,omitempty"`
	Of    int      `json:"of,omitempty"`
	Value float64  `json:"value,omitempty"`
	// Max closes a range that starts at Value (team sizes from 2 to 4).
	Max float64 `json:"max,omitempty"`
	// Month is a calendar month (YYYY-MM) or, without a start date, "M<n>".
	Month string `json:"month,omitempty"`
	// Names are the names of what the fact is about, most important first.
	Names []string `json:"names,omitempty"`
	// Model is a channel configuration model; Flag says yes or no to its
	// property (omni-channel for the model).
	Model journey.Model `json:"model,omitempty"`
	Flag  bool          `json:"flag,omitempty"`
	// Spread says how Names stand among the Among candidates they were
	// picked from (holes: stages with holes; readiness: rated dimensions).
	Spread FactSpread `json:"spread,omitempty"`
	Among  int        `json:"among,omitempty"`
}

// Summary is the executive summary: what the numbers say, and what the
// client has to decide.
type Summary struct {
	Findings  []Fact `json:"findings"`
	Decisions []Fact `json:"decisions"`
}

// Decided is the count of the decision of kind k for the client (the pins
// to confirm, the open entries to resolve ...): 0 when the summary has none.
func (s Summary) Decided(k FactKind) int {
	for _, f := range s.Decisions {
		if f.Kind == k {
			return f.Count
		}
	}
	return 0
}

// summarize picks the findings that matter from the results.
func summarize(r *Report, ws *workspace.Workspace, set settings.Settings) Summary {
	s := Summary{Findings: []Fact{}, Decisions: []Fact{}}
	find := func(f Fact) { s.Findings = append(s.Findings, f) }
	decide := func(f Fact) { s.Decisions = append(s.Decisions, f) }

	in := 0
	for _, e := range r.Target.Elements {
		in += len(e.Features) + len(e.Services) + len(e.RevenueStreams)
	}
	find(Fact{Kind: FactTargetPicture, Count: in, Of: in + len(r.Target.Discuss) + len(r.Target.Out)})

	if j := r.Journey; j != nil {
		// Must-be features the journey does not serve: missing today.
		var names []string
		cats := categories(ws, r.Kano)
		for _, e := range ws.Catalog.Entries {
			if cats[e.ID] == kano.MustBe && slices.Contains(j.Orphans, e.ID) {
				names = append(names, e.Name)
			}
		}
		if len(names) > 0 {
			find(Fact{Kind: FactMustBeUnserved, Count: len(names), Names: names})
		}
		if len(j.Holes) > 0 {
			personas, stages := map[string]bool{}, map[string]int{}
			for _, h := range j.Holes {
				personas[h.Persona] = true
				stages[h.Stage]++
			}
			var worst []Named // stages with holes, most first, ties in journey order
			for _, st := range j.Stages {
				if stages[st.ID] > 0 {
					worst = append(worst, st)
				}
			}
			sort.SliceStable(worst, func(a, b int) bool { return stages[worst[a].ID] > stages[worst[b].ID] })
			counts := make([]float64, len(worst))
			for i, st := range worst {
				counts[i] = float64(stages[st.ID])
			}
			n, spread := leaders(counts, 3)
			var names []string
			for _, st := range worst[:n] {
				names = append(names, st.Name)
			}
			find(Fact{Kind: FactHoles, Count: len(j.Holes), Of: len(personas), Names: names, Spread: spread, Among: len(worst)})
		}
		find(Fact{Kind: FactChannelModel, Model: j.Configuration.Closest, Flag: j.Configuration.OmniChannel})
	}
	if k := r.Kano; k != nil {
		var names []string
		for _, f := range k.Features {
			if f.SegmentsDiffer() {
				names = append(names, f.Name)
			}
		}
		if len(names) > 0 {
			find(Fact{Kind: FactSegmentsDiffer, Count: len(names), Names: names[:min(3, len(names))]})
		}
	}
	if rd := r.Readiness; rd != nil {
		gaps := append([]readiness.DimensionResult(nil), rd.Dimensions...)
		sort.SliceStable(gaps, func(a, b int) bool { return gaps[a].Rank < gaps[b].Rank })
		var rated []string
		var weighted []float64
		for _, d := range gaps {
			if d.IsRated() && d.WeightedGap != nil {
				rated = append(rated, d.Name)
				weighted = append(weighted, *d.WeightedGap)
			}
		}
		n, spread := leaders(weighted, 3)
		find(Fact{Kind: FactReadiness, Value: rd.Index, Names: rated[:n], Spread: spread, Among: len(rated)})
		disagree := 0
		for _, q := range rd.Questions {
			if q.Disagreement != nil {
				disagree++
			}
		}
		if disagree > 0 {
			find(Fact{Kind: FactDisagreement, Count: disagree, Of: len(rd.Questions)})
		}
	}
	if rm := r.Roadmap; rm != nil {
		names := map[string]string{}
		for _, it := range rm.Items {
			names[it.ID] = it.Name
		}
		var path []string
		for _, id := range rm.CriticalPath {
			if _, isStep := stepNumber(id); !isStep {
				path = append(path, names[id])
			}
		}
		find(Fact{Kind: FactCriticalPath, Value: rm.Finish, Month: roadmap.MonthLabel(rm.Start, math.Ceil(rm.Finish-1e-9)-1), Count: len(path), Names: path})
	}

	// Decisions.
	var pins, open, thin []string
	for _, e := range r.Target.Elements {
		for _, x := range append(append(append([]roadmap.Selection{}, e.Features...), e.Services...), e.RevenueStreams...) {
			if x.Pinned {
				pins = append(pins, x.Name)
			}
		}
	}
	for _, x := range r.Target.Out {
		if x.Pinned {
			pins = append(pins, x.Name)
		}
	}
	for _, x := range r.Target.Discuss {
		if x.Code == roadmap.ReasonTooFewAnswers {
			thin = append(thin, x.Name)
		} else {
			open = append(open, x.Name)
		}
	}
	if len(open) > 0 {
		decide(Fact{Kind: FactResolveDiscuss, Count: len(open), Names: open})
	}
	if len(thin) > 0 {
		decide(Fact{Kind: FactSurveyMore, Count: len(thin), Names: thin})
	}
	if len(pins) > 0 {
		decide(Fact{Kind: FactConfirmPins, Count: len(pins), Names: pins})
	}
	if rm := r.Roadmap; rm != nil {
		approve := Fact{Kind: FactApproveTarget, Count: in}
		for _, it := range rm.Items {
			if it.Kind == ItemMilestone && it.Milestone == roadmap.MilestoneTargetApproved {
				approve.Month = it.EndMonth
			}
		}
		decide(approve)
		lo, hi := teamSizes(r.Capabilities, set.Roadmap.TeamSize)
		decide(Fact{Kind: FactConfirmStartDate, Month: roadmap.MonthLabel(rm.Start, 0), Value: lo, Max: hi})
	} else {
		decide(Fact{Kind: FactApproveTarget, Count: in})
	}
	return s
}

// teamSizes is the smallest and the largest team a capability of the plan
// works with (its own team_size, else the default); hi is 0 when every
// capability has the same team, so the decision names one number.
func teamSizes(c *Capabilities, def float64) (lo, hi float64) {
	if c == nil || len(c.Capabilities) == 0 {
		return def, 0
	}
	lo, hi = c.Capabilities[0].TeamSize, c.Capabilities[0].TeamSize
	for _, x := range c.Capabilities[1:] {
		lo, hi = min(lo, x.TeamSize), max(hi, x.TeamSize)
	}
	if lo == hi {
		return lo, 0
	}
	return lo, hi
}

// categories is each catalog entry's category as the target picture sees
// it: the survey's where it has enough answers, else the expected one.
func categories(ws *workspace.Workspace, k *Kano) map[string]kano.Category {
	out := map[string]kano.Category{}
	for _, c := range Candidates(ws, k) {
		if !c.TooFewAnswers {
			out[c.ID] = c.Category
		}
	}
	return out
}

// stepNumber reads the step of a roadmap item id "step-N".
func stepNumber(id string) (int, bool) {
	var n int
	if len(id) > 5 && id[:5] == "step-" {
		for _, r := range id[5:] {
			if r < '0' || r > '9' {
				return 0, false
			}
			n = n*10 + int(r-'0')
		}
		return n, true
	}
	return 0, false
}
