package journey

import (
	"slices"

	"github.com/dsc-workbench/dsc/roundoff"
)

// Process support levels.
const (
	SupportFull    = "full"
	SupportPartial = "partial"
	SupportNone    = "none"
	// SupportNotApplicable marks a process a step of which needs a channel
	// type the journey does not have (a store process for a maker without
	// stores, trial7 N5): it is not scored as a gap.
	SupportNotApplicable = "not-applicable"
)

// StepSupport says whether the journey has a touchpoint for one process step.
type StepSupport struct {
	Stage       string   `json:"stage"`
	Channel     string   `json:"channel"`
	Function    string   `json:"function"`
	Met         bool     `json:"met"`
	Touchpoints []string `json:"touchpoints"`
}

// ProcessSupport is how far the journey supports an omni-channel process.
type ProcessSupport struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Status string `json:"status"`
	// NeedsChannel is the channel type the journey lacks when Status is
	// SupportNotApplicable.
	NeedsChannel string        `json:"needs_channel,omitempty"`
	Steps        []StepSupport `json:"steps"`
}

// ProcessCounts counts the processes per support level. Needs lists the
// channel types the not-applicable processes need, each once, in the
// processes' order.
type ProcessCounts struct {
	Full, Partial, None, NotApplicable int
	Needs                              []string
}

// Scored counts the processes scored: all but the not-applicable ones.
func (c ProcessCounts) Scored() int { return c.Full + c.Partial + c.None }

func countProcesses(ps []ProcessSupport) ProcessCounts {
	var c ProcessCounts
	for _, p := range ps {
		switch p.Status {
		case SupportFull:
			c.Full++
		case SupportPartial:
			c.Partial++
		case SupportNone:
			c.None++
		case SupportNotApplicable:
			c.NotApplicable++
		}
		if n := p.NeedsChannel; n != "" && !slices.Contains(c.Needs, n) {
			c.Needs = append(c.Needs, n)
		}
	}
	return c
}

// CheckProcesses reports, for every process of the journey, which steps a
// touchpoint supports: one at a matching stage (by id or kind), through a
// matching channel, with the function (its own or a served feature's).
func CheckProcesses(j Journey, ix indexes) []ProcessSupport {
	out := []ProcessSupport{}
	chans := map[string]Channel{}
	types := map[string]bool{}
	for _, c := range j.Channels {
		chans[c.ID] = c
		types[c.Type] = true
	}
	stageMatches := map[string]map[string]bool{} // step stage -> workspace stage ids
	for _, s := range j.Stages {
		for _, key := range []string{s.ID, s.Kind} {
			if key == "" {
				continue
			}
			if stageMatches[key] == nil {
				stageMatches[key] = map[string]bool{}
			}
			stageMatches[key][s.ID] = true
		}
	}
	functions := make([]map[string]bool, len(j.Touchpoints))
	for i, t := range j.Touchpoints {
		fs := map[string]bool{}
		for _, f := range t.Functions {
			fs[f] = true
		}
		for _, id := range t.Features {
			if f := ix.feature[id]; f != nil {
				for _, fn := range f.Functions {
					fs[fn] = true
				}
			}
		}
		functions[i] = fs
	}
	for _, p := range j.Processes {
		ps := ProcessSupport{ID: p.ID, Name: p.Name}
		met := 0
		for _, step := range p.Steps {
			ss := StepSupport{Stage: step.Stage, Channel: string(step.Channel), Function: step.Function, Touchpoints: []string{}}
			for i, t := range j.Touchpoints {
				c, ok := chans[t.Channel]
				if !ok || !stageMatches[step.Stage][t.Stage] || !step.Channel.Matches(c) || !functions[i][step.Function] {
					continue
				}
				ss.Touchpoints = append(ss.Touchpoints, t.ID)
			}
			ss.Met = len(ss.Touchpoints) > 0
			if ss.Met {
				met++
			}
			ps.Steps = append(ps.Steps, ss)
			if step.Channel.IsType() && !types[string(step.Channel)] && ps.NeedsChannel == "" {
				ps.NeedsChannel = string(step.Channel)
			}
		}
		switch {
		case ps.NeedsChannel != "":
			ps.Status = SupportNotApplicable
		case met == len(p.Steps):
			ps.Status = SupportFull
		case met > 0:
			ps.Status = SupportPartial
		default:
			ps.Status = SupportNone
		}
		out = append(out, ps)
	}
	return out
}

// IsType reports whether the selector names one channel type ("store")
// rather than a kind of channel (online, offline, any).
func (s ChannelSelector) IsType() bool {
	switch s {
	case SelectAny, SelectOnline, SelectOffline, "":
		return false
	}
	return true
}

// Matches reports whether a channel fits the selector.
func (s ChannelSelector) Matches(c Channel) bool {
	switch s {
	case SelectAny, "":
		return true
	case SelectOnline:
		return c.Online
	case SelectOffline:
		return !c.Online
	}
	return string(s) == c.Type
}

// KPIGap is a touchpoint KPI with the improvement still needed.
type KPIGap struct {
	Touchpoint string   `json:"touchpoint"`
	Channel    string   `json:"channel"`
	Name       string   `json:"name"`
	Unit       string   `json:"unit"`
	Current    *float64 `json:"current"`
	Target     *float64 `json:"target"`
	// Gap is target - current for higher-is-better KPIs and current - target
	// for lower-is-better ones: positive means still to improve. Nil when a
	// value is missing.
	Gap    *float64 `json:"gap"`
	Better string   `json:"better"`
}

// StageKPIs are the KPIs measured along one stage.
type StageKPIs struct {
	Stage string   `json:"stage"`
	KPIs  []KPIGap `json:"kpis"`
}

// kpiGap is a touchpoint's KPI with the improvement still needed.
func kpiGap(t Touchpoint, k KPI) KPIGap {
	g := KPIGap{Touchpoint: t.ID, Channel: t.Channel, Name: k.Name, Unit: k.Unit, Current: k.Current, Target: k.Target, Better: KPIHigherIsBetter}
	if k.LowerIsBetter {
		g.Better = KPILowerIsBetter
	}
	if k.Current != nil && k.Target != nil {
		gap := *k.Target - *k.Current
		if k.LowerIsBetter {
			gap = -gap
		}
		// 95 - 68.9 is 26.099999999999994 in binary; the gap
		// carries no more digits than its inputs.
		gap = roundoff.Key(gap)
		g.Gap = &gap
	}
	return g
}

func kpis(j Journey) []StageKPIs {
	out := []StageKPIs{}
	for _, s := range j.Stages {
		sk := StageKPIs{Stage: s.ID, KPIs: []KPIGap{}}
		for _, t := range j.Touchpoints {
			if t.Stage != s.ID {
				continue
			}
			for _, k := range t.KPIs {
				sk.KPIs = append(sk.KPIs, kpiGap(t, k))
			}
		}
		if len(sk.KPIs) > 0 {
			out = append(out, sk)
		}
	}
	return out
}

// EvidenceByPersona counts how well the touchpoints a persona meets at a
// stage are backed: journeys start as hypotheses and are validated with customers.
type EvidenceByPersona struct {
	Persona         string  `json:"persona"`
	Stage           string  `json:"stage"`
	Hypothesis      int     `json:"hypothesis"`
	FocusGroup      int     `json:"focus_group"`
	Measured        int     `json:"measured"`
	HypothesisShare float64 `json:"hypothesis_share"`
}

func evidence(j Journey) []EvidenceByPersona {
	out := []EvidenceByPersona{}
	for _, p := range j.Personas {
		for _, s := range j.Stages {
			e := EvidenceByPersona{Persona: p.ID, Stage: s.ID}
			for _, t := range j.Touchpoints {
				if t.Stage != s.ID || !slices.Contains(t.Personas, p.ID) {
					continue
				}
				switch t.Evidence {
				case Measured:
					e.Measured++
				case FocusGroup:
					e.FocusGroup++
				default:
					e.Hypothesis++
				}
			}
			if n := e.Hypothesis + e.FocusGroup + e.Measured; n > 0 {
				e.HypothesisShare = float64(e.Hypothesis) / float64(n)
				out = append(out, e)
			}
		}
	}
	return out
}
