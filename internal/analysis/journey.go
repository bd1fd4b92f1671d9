package analysis

import (
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/journey"
	"github.com/dsc-workbench/dsc/kano"
)

// Named is an id with its display name.
type Named struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// ChannelInfo describes a channel for renderers.
type ChannelInfo struct {
	ID     string            `json:"id"`
	Name   string            `json:"name"`
	Type   string            `json:"type"`
	Online bool              `json:"online"`
	Cost   journey.CostClass `json:"cost"`
}

// PersonaInfo describes a persona for renderers.
type PersonaInfo struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Segment string `json:"segment"`
}

// Journey is the journey analysis with the names renderers need.
type Journey struct {
	Stages   []Named       `json:"stages"`
	Phases   []Named       `json:"sales_phases"`
	Channels []ChannelInfo `json:"channels"`
	Personas []PersonaInfo `json:"personas"`
	// CategorySource says where the feature categories behind holes came
	// from: "kano" (a survey), "expected" (the catalog) or "kano+expected".
	CategorySource string `json:"category_source"`
	journey.Analysis
	// Swimlanes are the stage x channel grids per persona, then combined;
	// Functions names every touchpoint function processes refer to. Both
	// are filled for the report only (RunAll).
	Swimlanes    []journey.Swimlane `json:"swimlanes,omitempty"`
	Functions    []Named            `json:"functions,omitempty"`
	Interactions []Named            `json:"key_interactions,omitempty"`
}

// RunJourney analyses the workspace's journey. Feature categories come from
// the Kano results when k is given (per segment where the survey had the
// persona's segment), else from the catalog's expected categories.
func RunJourney(ws *workspace.Workspace, k *Kano) (*Journey, error) {
	wj, err := ws.NeedJourney()
	if err != nil {
		return nil, err
	}
	in := JourneyInput(ws, wj, k)
	res := &Journey{Analysis: journey.Analyze(in, journey.Options{})}
	for _, s := range in.Stages {
		res.Stages = append(res.Stages, Named{s.ID, s.Name})
	}
	for _, p := range in.Phases {
		res.Phases = append(res.Phases, Named{p.ID, p.Name})
	}
	for _, c := range in.Channels {
		res.Channels = append(res.Channels, ChannelInfo{ID: c.ID, Name: c.Name, Type: c.Type, Online: c.Online, Cost: c.Cost})
	}
	for _, p := range in.Personas {
		res.Personas = append(res.Personas, PersonaInfo{ID: p.ID, Name: p.Name, Segment: p.Segment})
	}
	switch {
	case res.Sources["kano"] > 0 && res.Sources["expected"] > 0:
		res.CategorySource = "kano+expected"
	case res.Sources["kano"] > 0:
		res.CategorySource = "kano"
	case res.Sources["expected"] > 0:
		res.CategorySource = "expected"
	default:
		res.CategorySource = "none"
	}
	return res, nil
}

// JourneyInput converts the workspace's journey into the journey package's input.
func JourneyInput(ws *workspace.Workspace, wj *workspace.Journey, k *Kano) journey.Journey {
	// The primer's default stages, phases and processes are named in the
	// workspace's language; what the workspace names itself stays as written.
	var in journey.Journey
	lang := text.LangOf(ws.Config.Lang())
	if len(wj.Stages) == 0 {
		for _, s := range journey.DefaultStages {
			in.Stages = append(in.Stages, journey.Stage{ID: s.ID, Name: text.DefaultStage(lang, s.ID, s.Name), Kind: s.ID})
		}
	}
	for _, s := range wj.Stages {
		in.Stages = append(in.Stages, journey.Stage{ID: s.ID, Name: workspace.NameOr(s.Name, s.ID), Kind: s.Kind})
	}
	in.Phases = wj.PhaseList()
	if len(wj.SalesPhases) == 0 {
		in.Phases = nil
		for _, p := range journey.DefaultSalesPhases {
			in.Phases = append(in.Phases, journey.Step{ID: p.ID, Name: text.DefaultPhase(lang, p.ID, p.Name)})
		}
	}
	for _, c := range wj.Channels {
		online := journey.OnlineByDefault[c.Type]
		if c.Online != nil {
			online = *c.Online
		}
		in.Channels = append(in.Channels, journey.Channel{ID: c.ID, Name: workspace.NameOr(c.Name, c.ID), Type: c.Type, Online: online, Cost: journey.CostClass(c.Cost)})
	}
	for _, p := range wj.Personas {
		in.Personas = append(in.Personas, journey.Persona{ID: p.ID, Name: p.Name, Segment: p.Segment})
	}
	for _, t := range wj.Touchpoints {
		jt := journey.Touchpoint{ID: t.ID, Name: workspace.NameOr(t.Name, t.ID), Interaction: t.Interaction, Stage: t.Stage, Channel: t.Channel,
			Personas: t.Personas, Features: t.Features, Functions: t.Functions, Evidence: journey.Evidence(t.Evidence)}
		for _, kp := range t.KPIs {
			jt.KPIs = append(jt.KPIs, journey.KPI{Name: kp.Name, Unit: kp.Unit, Current: kp.Current, Target: kp.Target, LowerIsBetter: kp.Better == journey.KPILowerIsBetter})
		}
		in.Touchpoints = append(in.Touchpoints, jt)
	}
	var byID map[string]*KanoFeature
	if k != nil {
		byID = k.ByID()
	}
	for _, e := range ws.Catalog.Entries {
		f := journey.Feature{ID: e.ID, Name: e.Name, Functions: e.Functions}
		if kf, ok := byID[e.ID]; ok && kf.N > 0 {
			f.Category, f.Source = kf.Category, "kano"
			f.BySegment = map[string]kano.Category{}
			for seg, r := range kf.Segments {
				// A segment's own category only counts with enough answers.
				if r.N > 0 && r.N >= k.MinN {
					f.BySegment[seg] = r.Category
				}
			}
		} else if c, ok := kano.ParseCategory(e.Expected); ok {
			f.Category, f.Source = c, "expected"
		}
		in.Features = append(in.Features, f)
	}
	in.Roles = map[string]map[string]journey.Role{}
	for _, cr := range wj.ChannelRoles {
		m := map[string]journey.Role{}
		for phase, role := range cr.Roles {
			m[phase] = journey.Role(role)
		}
		in.Roles[cr.Channel] = m
	}
	for _, p := range journey.Processes {
		p.Name = text.Process(lang, p.ID, p.Name)
		in.Processes = append(in.Processes, p)
	}
	for _, p := range wj.Processes {
		jp := journey.Process{ID: p.ID, Name: p.Name}
		for _, s := range p.Steps {
			jp.Steps = append(jp.Steps, journey.ProcessStep{Stage: s.Stage, Channel: journey.ChannelSelector(s.Channel), Function: s.Function})
		}
		in.Processes = append(in.Processes, jp)
	}
	return in
}

// addViews adds what only the deliverable draws: the swimlanes and the
// names of the touchpoint functions.
func (res *Journey) addViews(ws *workspace.Workspace, k *Kano) {
	in := JourneyInput(ws, ws.Journey, k)
	res.Swimlanes = journey.Swimlanes(in, res.Holes)
	lang := text.LangOf(ws.Config.Lang())
	for _, f := range journey.Functions {
		res.Functions = append(res.Functions, Named{f.ID, text.Function(lang, f.ID, f.Name)})
	}
	for _, f := range ws.Journey.Functions {
		res.Functions = append(res.Functions, Named{f.ID, workspace.NameOr(f.Name, f.ID)})
	}
	for _, x := range ws.Journey.Interactions {
		res.Interactions = append(res.Interactions, Named{x.ID, x.Name})
	}
}
