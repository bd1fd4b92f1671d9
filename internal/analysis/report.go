package analysis

import (
	"math"
	"strconv"

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
	// AsOf is the date of the data (dsc.yaml report.as_of), Confidentiality
	// the line every page carries.
	AsOf            string `json:"as_of,omitempty"`
	Confidentiality string `json:"confidentiality,omitempty"`
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
	Duration   float64 `json:"duration"`
	StartMonth string  `json:"start_month"`
	// EndMonth is the month in which the item finishes.
	EndMonth string `json:"end_month"`
	// FirstMonth and LastMonth count calendar months from the start month
	// (0 = the start month): the item runs from the first to the last
	// inclusive, as a calendar Gantt draws it.
	FirstMonth    int  `json:"first_month"`
	LastMonth     int  `json:"last_month"`
	Critical      bool `json:"critical"`
	AssignsPeople bool `json:"assigns_people,omitempty"`
}

// Roadmap is the seven-step plan with calendar months.
type Roadmap struct {
	roadmap.Plan
	Start string `json:"start"`
	// Items lists every step followed by its capabilities, in step order:
	// the rows of the Gantt chart.
	Items []DatedItem `json:"items"`
	// Months is how many calendar months the plan spans; Milestones are the
	// dates the client steers by.
	Months     int         `json:"months"`
	Milestones []Milestone `json:"milestones"`
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
	// Summary holds the findings and the decisions of the executive summary
	// as typed facts; renderers word them.
	Summary Summary `json:"summary"`
}

// RunAll runs every analysis the workspace has input for.
func RunAll(ws *workspace.Workspace, progress func(string)) (*Report, error) {
	step := func(s string) {
		if progress != nil {
			progress(s)
		}
	}
	r := &Report{Meta: Meta{Client: ws.Config.Client, Industry: ws.Config.Industry, Language: ws.Config.Lang(),
		Start: ws.Config.Settings.Roadmap.Start, Segments: []Named{},
		AsOf: ws.Config.Report.AsOf, Confidentiality: ws.Config.Report.Confidentiality}, Parties: []PartyInfo{}}
	for _, s := range ws.Config.Segments {
		r.Meta.Segments = append(r.Meta.Segments, Named{s.ID, nameOr(s.Name, s.ID)})
	}
	for _, p := range ws.Catalog.Parties {
		r.Parties = append(r.Parties, PartyInfo{ID: p.ID, Name: p.Name, Kind: p.Kind})
	}
	var err error
	if len(ws.Surveys) > 0 {
		step("Kano analysis")
		if r.Kano, err = RunKano(ws, KanoOptions{}); err != nil {
			return nil, err
		}
		r.Kano.addViews()
	}
	if ws.Journey != nil {
		step("Journey analysis")
		if r.Journey, err = RunJourney(ws, r.Kano); err != nil {
			return nil, err
		}
		r.Journey.addViews(ws, r.Kano)
	}
	if ws.Readiness != nil {
		step("Readiness")
		if r.Readiness, err = RunReadiness(ws); err != nil {
			return nil, err
		}
	}
	step("Target picture")
	r.Target = roadmap.SelectTarget(Candidates(ws, r.Kano), Pins(ws), BetterThreshold(ws))
	if ws.Capabilities != nil {
		step("Capabilities and roadmap")
		if r.Capabilities, err = RunCapabilities(ws, r.Readiness); err != nil {
			return nil, err
		}
		r.Capabilities.Sequence = sequence(r.Capabilities.Graph)
		r.Capabilities.Heat = heat(r.Capabilities, r.Readiness)
		if r.Roadmap, err = RunRoadmap(ws); err != nil {
			return nil, err
		}
	}
	r.Summary = summarize(r, ws)
	return r, nil
}

// BetterThreshold is the Better an attractive entry needs (default 0.5).
func BetterThreshold(ws *workspace.Workspace) float64 {
	if t := ws.Config.Settings.Target.BetterThreshold; t != nil {
		return *t
	}
	return 0.5
}

// Pins are the workspace's target-picture decisions.
func Pins(ws *workspace.Workspace) []roadmap.Pin {
	var out []roadmap.Pin
	for _, p := range ws.Config.Settings.Target.Pins {
		out = append(out, roadmap.Pin{Entry: p.Entry, Decision: p.Decision, Reason: p.Reason})
	}
	return out
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
			c.TooFewAnswers = kf.TooFewAnswers(k.MinN)
		} else if cat, ok := kano.ParseCategory(e.Expected); ok {
			c.Category, c.Source = cat, "expected"
		}
		out = append(out, c)
	}
	return out
}

// RunRoadmap plans the seven steps from the capabilities.
func RunRoadmap(ws *workspace.Workspace) (*Roadmap, error) {
	wc, err := ws.NeedCapabilities()
	if err != nil {
		return nil, err
	}
	plan, err := roadmap.PlanRoadmap(CapabilityInput(ws, wc), roadmap.PlanOptions{})
	if err != nil {
		return nil, err
	}
	start := ws.Config.Settings.Roadmap.Start
	rm := &Roadmap{Plan: plan, Start: start, Milestones: []Milestone{}}
	for _, s := range plan.Steps {
		rm.Items = append(rm.Items, dated("step-"+strconv.Itoa(s.Number), roadmap.StepLabel(s.Number), s.Number, s.Start, s.Finish, s.Critical, false, start))
		if kind, ok := stepMilestones[s.Number]; ok && s.Finish > s.Start {
			rm.Milestones = append(rm.Milestones, milestone(kind, s.Finish, start))
		}
		for _, c := range plan.Capabilities {
			if c.Step == s.Number {
				rm.Items = append(rm.Items, dated(c.ID, c.Name, c.Step, c.Start, c.Finish, c.Critical, c.AssignsPeople, start))
			}
		}
	}
	if n := len(rm.Milestones); n == 0 || rm.Milestones[n-1].At < plan.Finish {
		rm.Milestones = append(rm.Milestones, milestone(MilestoneInOperation, plan.Finish, start))
	}
	for _, it := range rm.Items {
		rm.Months = max(rm.Months, it.LastMonth+1)
	}
	return rm, nil
}

func dated(id, name string, step int, start, finish float64, critical, people bool, month string) DatedItem {
	// An item finishing at month 5.0 ends in the fifth month (offset 4),
	// not the sixth; one that starts and finishes at once sits in its month.
	first := int(math.Floor(start + 1e-9))
	last := first
	if finish > start {
		last = max(first, int(math.Ceil(finish-1e-9))-1)
	}
	return DatedItem{ID: id, Name: name, Step: step, Start: start, Finish: finish, Duration: finish - start, Critical: critical, AssignsPeople: people,
		StartMonth: roadmap.MonthLabel(month, float64(first)), EndMonth: roadmap.MonthLabel(month, float64(last)),
		FirstMonth: first, LastMonth: last}
}
