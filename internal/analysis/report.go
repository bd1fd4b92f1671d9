package analysis

import (
	"github.com/dsc-workbench/dsc/internal/settings"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/kano"
	"github.com/dsc-workbench/dsc/readiness"
	"github.com/dsc-workbench/dsc/roadmap"
)

// Meta describes the engagement a report is for.
type Meta struct {
	// Workspace is the workspace's folder name (never the path as typed).
	Workspace string  `json:"workspace"`
	Client    string  `json:"client"`
	Industry  string  `json:"industry"`
	Language  string  `json:"language"`
	Start     string  `json:"start,omitempty"`
	Segments  []Named `json:"segments"`
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

// Report holds every analysis of a workspace: the JSON report as it is, and
// what the Excel and HTML renderers draw. Sections are nil when their input
// file is absent.
type Report struct {
	Meta    Meta        `json:"meta"`
	Parties []PartyInfo `json:"external_parties"`
	Kano    *Kano       `json:"kano"`
	// KanoWaves follows the features through the survey waves; nil with
	// fewer than two waves.
	KanoWaves *KanoWaves        `json:"kano_waves,omitempty"`
	Journey   *Journey          `json:"journey"`
	Readiness *readiness.Result `json:"readiness"`
	// ReadinessTrend is every readiness assessment, earliest first, and the
	// current one against the one before (nil without readiness.yaml).
	ReadinessTrend *ReadinessTrend `json:"readiness_trend"`
	Capabilities   *Capabilities   `json:"capabilities"`
	Target         roadmap.Target  `json:"target_picture"`
	Roadmap        *Roadmap        `json:"roadmap"`
	Market         *Market         `json:"market"`
	// Heat is the capability heat map; Summary holds the findings and the
	// decisions of the executive summary as typed facts; renderers word them.
	Heat    []DimensionHeat `json:"capability_heat,omitempty"`
	Summary Summary         `json:"summary"`
}

// RunAll runs every analysis the workspace has input for, with set.
func RunAll(ws *workspace.Workspace, set settings.Settings, progress func(string)) (*Report, error) {
	step := func(s string) {
		if progress != nil {
			progress(s)
		}
	}
	r := &Report{Meta: Meta{Workspace: ws.Name, Client: ws.Config.Client, Industry: ws.Config.Industry, Language: ws.Config.Lang(),
		Start: set.Roadmap.Start, Segments: []Named{},
		AsOf: ws.Config.Report.AsOf, Confidentiality: ws.Config.Report.Confidentiality}, Parties: []PartyInfo{}}
	for _, s := range ws.Config.Segments {
		r.Meta.Segments = append(r.Meta.Segments, Named{s.ID, workspace.NameOr(s.Name, s.ID)})
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
		if HasWaves(ws) {
			kw, err := RunKanoWaves(ws, set, KanoOptions{})
			if err != nil {
				return nil, err
			}
			if len(kw.Waves) >= 2 { // a wave column may name one wave only
				r.KanoWaves = kw
			}
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
		if r.Readiness, err = RunReadiness(ws, set); err != nil {
			return nil, err
		}
		if r.ReadinessTrend, err = RunReadinessTrend(ws, set, ""); err != nil {
			return nil, err
		}
	}
	step("Target picture")
	r.Target = roadmap.SelectTarget(Candidates(ws, r.Kano), set.Target.Pins, set.Target.BetterThreshold)
	if HasMarketInput(ws) {
		step("Market, competitors and today")
		r.Market = RunMarket(ws, set, r.Kano, r.Target)
	}
	if ws.Capabilities != nil {
		step("Capabilities and roadmap")
		if r.Capabilities, r.Roadmap, err = RunSchedule(ws, set, r.Readiness); err != nil {
			return nil, err
		}
		r.Heat = heat(r.Capabilities, r.Readiness)
	}
	r.Summary = summarize(r, ws, set)
	return r, nil
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
			c.Category, c.Source, c.Better, c.Mixed, c.Rank = kf.Category, "kano", kf.Better, kf.Mixed, kf.Rank
			c.TooFewAnswers = kf.TooFewAnswers(k.MinN)
			c.Segments, c.SegmentP = segmentCandidates(ws, k, kf)
		} else if cat, ok := kano.ParseCategory(e.Expected); ok {
			c.Category, c.Source = cat, "expected"
		}
		out = append(out, c)
	}
	return out
}

// segmentCandidates are the segments' own results of a feature the
// segments see significantly differently (SegmentsDiffer), in the order
// of the survey's segments, each segment with enough answers to be
// compared; nil otherwise. The target picture's rule asks whether one of
// them would have an entry in that the whole sample leaves out.
func segmentCandidates(ws *workspace.Workspace, k *Kano, kf *KanoFeature) ([]roadmap.SegmentResult, float64) {
	if !kf.SegmentsDiffer() {
		return nil, 0
	}
	names := map[string]string{}
	for _, s := range ws.Config.Segments {
		names[s.ID] = s.Name
	}
	var out []roadmap.SegmentResult
	for _, sg := range k.Segments {
		if _, compared := kf.SegmentDifference.Categories[sg.Value]; !compared {
			continue
		}
		r := kf.Segments[sg.Value]
		name := names[sg.Value]
		if name == "" {
			name = sg.Value
		}
		out = append(out, roadmap.SegmentResult{Segment: sg.Value, Name: name, Category: r.Category, Mixed: r.Mixed, Better: r.Better})
	}
	return out, kf.SegmentDifference.P
}
