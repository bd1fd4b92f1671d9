package analysis

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/dsc-workbench/dsc/internal/settings"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/kano"
	"github.com/dsc-workbench/dsc/readiness"
	"github.com/dsc-workbench/dsc/roadmap"
)

// Meta describes the engagement a report is for.
type Meta struct {
	Client   string  `json:"client"`
	Industry string  `json:"industry"`
	Language string  `json:"language"`
	Start    string  `json:"start,omitempty"`
	Segments []Named `json:"segments"`
}

// PartyInfo names an external party.
type PartyInfo struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Kind string `json:"kind"`
}

// DatedItem is a step or capability of the roadmap with calendar months.
type DatedItem struct {
	ID         string  `json:"id"`
	Name       string  `json:"name"`
	Step       int     `json:"step"`
	Start      float64 `json:"start"`
	Finish     float64 `json:"finish"`
	StartMonth string  `json:"start_month"`
	// EndMonth is the month in which the item finishes.
	EndMonth      string `json:"end_month"`
	Critical      bool   `json:"critical"`
	AssignsPeople bool   `json:"assigns_people,omitempty"`
	// Note says what a fixed step carries: step 1 the readiness assessment,
	// step 2 the target picture to approve.
	Note string `json:"note,omitempty"`
}

// Roadmap is the seven-step plan with calendar months.
type Roadmap struct {
	roadmap.Plan
	Start string `json:"start"`
	// Items lists every step followed by its capabilities, in step order:
	// the rows of the Gantt chart.
	Items []DatedItem `json:"items"`
}

// Report holds every analysis of a workspace: the JSON report as it is, and
// what the Excel and HTML renderers draw. Sections are nil when their input
// file is absent.
type Report struct {
	Meta         Meta              `json:"meta"`
	Parties      []PartyInfo       `json:"external_parties"`
	Kano         *Kano             `json:"kano"`
	Journey      *Journey          `json:"journey"`
	Readiness    *readiness.Result `json:"readiness"`
	Capabilities *Capabilities     `json:"capabilities"`
	Target       roadmap.Target    `json:"target_picture"`
	Roadmap      *Roadmap          `json:"roadmap"`
	Market       *Market           `json:"market"`
}

// RunAll runs every analysis the workspace has input for, with set.
func RunAll(ws *workspace.Workspace, set settings.Settings, progress func(string)) (*Report, error) {
	step := func(s string) {
		if progress != nil {
			progress(s)
		}
	}
	r := &Report{Meta: Meta{Client: ws.Config.Client, Industry: ws.Config.Industry, Language: ws.Config.Lang(),
		Start: set.Roadmap.Start, Segments: []Named{}}, Parties: []PartyInfo{}}
	for _, s := range ws.Config.Segments {
		r.Meta.Segments = append(r.Meta.Segments, Named{s.ID, nameOr(s.Name, s.ID)})
	}
	for _, p := range ws.Catalog.Parties {
		r.Parties = append(r.Parties, PartyInfo{ID: p.ID, Name: p.Name, Kind: p.Kind})
	}
	var err error
	if len(ws.Surveys) > 0 {
		step("Kano analysis")
		if r.Kano, err = RunKano(ws, set, KanoOptions{}); err != nil {
			return nil, err
		}
	}
	if ws.Journey != nil {
		step("Journey analysis")
		if r.Journey, err = RunJourney(ws, r.Kano); err != nil {
			return nil, err
		}
	}
	if ws.Readiness != nil {
		step("Readiness")
		if r.Readiness, err = RunReadiness(ws, set); err != nil {
			return nil, err
		}
	}
	step("Target picture")
	r.Target = roadmap.SelectTarget(Candidates(ws, r.Kano), set.Target.Pins, set.Target.BetterThreshold)
	if HasMarketInput(ws) {
		step("Market, competitors and today")
		r.Market = RunMarket(ws, r.Kano, r.Target)
	}
	if ws.Capabilities != nil {
		step("Capabilities and roadmap")
		if r.Capabilities, err = RunCapabilities(ws, set, r.Readiness); err != nil {
			return nil, err
		}
		if r.Roadmap, err = RunRoadmap(ws, set); err != nil {
			return nil, err
		}
		r.Roadmap.annotate(r)
	}
	return r, nil
}

// annotate writes into steps 1 and 2 what they carry from the analyses.
func (rm *Roadmap) annotate(r *Report) {
	for i := range rm.Items {
		it := &rm.Items[i]
		switch it.ID {
		case "step-1":
			if rd := r.Readiness; rd != nil {
				gaps := append([]readiness.DimensionResult(nil), rd.Dimensions...)
				sort.SliceStable(gaps, func(a, b int) bool { return gaps[a].Rank < gaps[b].Rank })
				var top []string
				for _, d := range gaps[:min(3, len(gaps))] {
					top = append(top, d.Name)
				}
				it.Note = fmt.Sprintf("readiness index %.1f/100; largest weighted gaps: %s", rd.Index, strings.Join(top, ", "))
			}
		case "step-2":
			it.Note = fmt.Sprintf("target picture: %d entries selected, %d to discuss", r.Target.Selected, len(r.Target.Discuss))
		}
	}
}

// Candidates offers every catalog entry to the target picture with its Kano
// result, or its expected category where no survey covers it.
func Candidates(ws *workspace.Workspace, k *Kano) []roadmap.Candidate {
	var byID map[string]*KanoFeature
	if k != nil {
		byID = k.ByID()
	}
	var out []roadmap.Candidate
	for _, e := range ws.Catalog.Entries {
		c := roadmap.Candidate{ID: e.ID, Name: e.Name, Kind: roadmap.EntryKind(e.Kind), Element: roadmap.Element(e.Element), Parties: e.Parties}
		if kf, ok := byID[e.ID]; ok && kf.N > 0 {
			c.Category, c.Source, c.Better, c.Mixed, c.Rank = kf.Category, "kano", kf.Better, string(kf.Mixed), kf.Rank
		} else if cat, ok := kano.ParseCategory(e.Expected); ok {
			c.Category, c.Source = cat, "expected"
		}
		out = append(out, c)
	}
	return out
}

// RunRoadmap plans the seven steps from the capabilities.
func RunRoadmap(ws *workspace.Workspace, set settings.Settings) (*Roadmap, error) {
	wc, err := ws.NeedCapabilities()
	if err != nil {
		return nil, err
	}
	plan, err := roadmap.PlanRoadmap(CapabilityInput(set, wc), roadmap.PlanOptions{})
	if err != nil {
		return nil, err
	}
	start := set.Roadmap.Start
	rm := &Roadmap{Plan: plan, Start: start}
	for _, s := range plan.Steps {
		rm.Items = append(rm.Items, dated("step-"+strconv.Itoa(s.Number), roadmap.StepLabel(s.Number), s.Number, s.Start, s.Finish, s.Critical, false, start))
		for _, c := range plan.Capabilities {
			if c.Step == s.Number {
				rm.Items = append(rm.Items, dated(c.ID, c.Name, c.Step, c.Start, c.Finish, c.Critical, c.AssignsPeople, start))
			}
		}
	}
	return rm, nil
}

func dated(id, name string, step int, start, finish float64, critical, people bool, month string) DatedItem {
	end := finish
	if finish > start {
		end = finish - 1e-9 // an item finishing at month 5.0 ends in the fifth month, not the sixth
	}
	return DatedItem{ID: id, Name: name, Step: step, Start: start, Finish: finish, Critical: critical, AssignsPeople: people,
		StartMonth: roadmap.MonthLabel(month, start), EndMonth: roadmap.MonthLabel(month, end)}
}
