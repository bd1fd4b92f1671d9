package journey

import "github.com/dsc-workbench/dsc/kano"

// Stage is one ordered step of the journey; Kind maps it onto a default stage id.
type Stage struct {
	ID, Name, Kind string
}

// Channel is a sales or service channel.
type Channel struct {
	ID, Name, Type string
	Online         bool
	Cost           CostClass
}

// Persona is a customer archetype in a segment.
type Persona struct {
	ID, Name, Segment string
}

// KPI measures a touchpoint.
type KPI struct {
	Name, Unit      string
	Current, Target *float64
	LowerIsBetter   bool
}

// Touchpoint is a key interaction at a stage through a channel for personas.
type Touchpoint struct {
	ID, Name, Interaction, Stage, Channel string
	Personas, Features, Functions         []string
	KPIs                                  []KPI
	Evidence                              Evidence
}

// Feature is a catalog entry as the journey sees it: its Kano category
// (overall and per segment) and the functions it gives a touchpoint.
type Feature struct {
	ID, Name  string
	Category  kano.Category
	Source    string // "kano" when a survey classified it, "expected" from the catalog, "" unknown
	BySegment map[string]kano.Category
	Functions []string
}

// Journey is the input of every journey analysis.
type Journey struct {
	Stages      []Stage
	Phases      []Step
	Channels    []Channel
	Personas    []Persona
	Touchpoints []Touchpoint
	Features    []Feature
	// Roles[channel][phase] is the channel's role in a sales phase; absent means none.
	Roles     map[string]map[string]Role
	Processes []Process
}

// Options tune the analyses.
type Options struct {
	// OverServedMin is how many touchpoints a stage x channel cell needs
	// before it can be over-served (default 3).
	OverServedMin int
}

// Analysis is every journey analysis of one journey.
type Analysis struct {
	Stages        []Stage                    `json:"-"`
	Coverage      Coverage                   `json:"coverage"`
	PersonaGrids  []PersonaCoverage          `json:"persona_coverage"`
	Orphans       []string                   `json:"orphan_features"`
	Empty         []string                   `json:"touchpoints_without_features"`
	Holes         []Hole                     `json:"holes"`
	OverServed    []Cell                     `json:"over_served"`
	Sources       map[string]int             `json:"category_sources"`
	Configuration Configuration              `json:"channel_configuration"`
	Processes     []ProcessSupport           `json:"processes"`
	KPIs          []StageKPIs                `json:"kpis"`
	Evidence      []EvidenceByPersona        `json:"evidence"`
	Roles         map[string]map[string]Role `json:"channel_roles"`
	// ProcessCounts sums Processes up (not in JSON, which lists them).
	ProcessCounts ProcessCounts `json:"-"`
}

// Analyze runs every journey analysis.
func Analyze(j Journey, opts Options) Analysis {
	if opts.OverServedMin == 0 {
		opts.OverServedMin = 3
	}
	ix := index(j)
	a := Analysis{Stages: j.Stages, Roles: j.Roles}
	a.Coverage = coverage(j, ix, "")
	for _, p := range j.Personas {
		a.PersonaGrids = append(a.PersonaGrids, PersonaCoverage{Persona: p.ID, Coverage: coverage(j, ix, p.ID)})
	}
	a.Orphans, a.Empty = orphans(j)
	a.Holes = holes(j, ix)
	a.OverServed = overServed(j, ix, a.Coverage, opts.OverServedMin)
	a.Sources = map[string]int{}
	for _, f := range j.Features {
		src := f.Source
		if src == "" {
			src = "unknown"
		}
		a.Sources[src]++
	}
	a.Configuration = Configure(j.Channels, j.Phases, j.Roles)
	a.Processes = CheckProcesses(j, ix)
	a.ProcessCounts = countProcesses(a.Processes)
	a.KPIs = kpis(j)
	a.Evidence = evidence(j)
	return a
}

// indexes over a journey, built once.
type indexes struct {
	stage    map[string]int
	channel  map[string]int
	feature  map[string]*Feature
	persona  map[string]Persona
	segments map[string]string // persona -> segment
}

func index(j Journey) indexes {
	ix := indexes{stage: map[string]int{}, channel: map[string]int{}, feature: map[string]*Feature{}, persona: map[string]Persona{}, segments: map[string]string{}}
	for i, s := range j.Stages {
		ix.stage[s.ID] = i
	}
	for i, c := range j.Channels {
		ix.channel[c.ID] = i
	}
	for i := range j.Features {
		ix.feature[j.Features[i].ID] = &j.Features[i]
	}
	for _, p := range j.Personas {
		ix.persona[p.ID] = p
		ix.segments[p.ID] = p.Segment
	}
	return ix
}

// categoryFor is a feature's category as a persona's segment sees it, when
// the survey had that segment, else overall.
func (ix indexes) categoryFor(feature, persona string) kano.Category {
	f := ix.feature[feature]
	if f == nil {
		return kano.NoCategory
	}
	if seg := ix.segments[persona]; seg != "" {
		if c, ok := f.BySegment[seg]; ok && c != kano.NoCategory {
			return c
		}
	}
	return f.Category
}
