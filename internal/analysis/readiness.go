package analysis

import (
	"math"

	"github.com/dsc-workbench/dsc/internal/settings"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/readiness"
	"github.com/dsc-workbench/dsc/roadmap"
)

// RunReadiness scores the workspace's readiness questionnaire.
func RunReadiness(ws *workspace.Workspace, set settings.Settings) (*readiness.Result, error) {
	wr, err := ws.NeedReadiness()
	if err != nil {
		return nil, err
	}
	q := readiness.Questionnaire{Ratings: map[string]map[string]int{}, DisagreementThreshold: set.Readiness.DisagreementThreshold}
	for _, l := range wr.ScaleLevels() {
		q.Scale = append(q.Scale, readiness.Level{Level: l.Level, Name: l.Name, Description: l.Description})
	}
	for _, d := range wr.Dimensions {
		rd := readiness.Dimension{ID: d.ID, Name: d.Name, Requirement: d.Requirement, Importance: 1, Target: d.Target}
		if d.Importance != nil {
			rd.Importance = *d.Importance
		}
		for _, qu := range d.Questions {
			rq := readiness.Question{ID: qu.ID, Text: qu.Text, Weight: 1, Target: qu.Target}
			if qu.Weight != nil {
				rq.Weight = *qu.Weight
			}
			rd.Questions = append(rd.Questions, rq)
		}
		q.Dimensions = append(q.Dimensions, rd)
	}
	for _, r := range wr.Raters {
		q.Raters = append(q.Raters, readiness.Rater{ID: r.ID, Name: r.Name, Role: r.Role})
	}
	for _, rt := range wr.Ratings {
		if q.Ratings[rt.Rater] == nil {
			q.Ratings[rt.Rater] = map[string]int{}
		}
		for qid, v := range rt.Scores {
			q.Ratings[rt.Rater][qid] = v
		}
	}
	res := readiness.Analyze(q)
	return &res, nil
}

// ReadinessContext is the readiness of the dimension a capability belongs to.
type ReadinessContext struct {
	Dimension string  `json:"dimension"`
	Current   float64 `json:"current"`
	Target    float64 `json:"target"`
	Gap       float64 `json:"gap"`
}

// Capabilities is the capability graph with readiness context.
type Capabilities struct {
	roadmap.Graph
	TeamSize float64 `json:"team_size"`
	// Context maps a capability id to the readiness of the readiness
	// dimension assessing its requirement dimension, when there is one.
	Context map[string]ReadinessContext `json:"readiness_context"`
}

// CapabilityInput converts the workspace's capabilities: duration is the
// explicit one, else effort / team size, in months.
func CapabilityInput(set settings.Settings, wc *workspace.Capabilities) []roadmap.Capability {
	team := set.Roadmap.TeamSize
	var out []roadmap.Capability
	for _, c := range wc.Capabilities {
		dur := c.Effort / team
		if c.Duration != nil {
			dur = *c.Duration
		}
		out = append(out, roadmap.Capability{ID: c.ID, Name: c.Name, Element: roadmap.OperatingElement(c.Element),
			Dimension: roadmap.Dimension(c.Dimension), Current: c.Current, Target: c.Target, Effort: c.Effort,
			Duration: math.Round(dur*100) / 100, Step: c.Step, DependsOn: c.DependsOn, Enables: c.Enables})
	}
	return out
}

// RunCapabilities analyses the capability graph; r (may be nil) adds the
// readiness of each capability's dimension.
func RunCapabilities(ws *workspace.Workspace, set settings.Settings, r *readiness.Result) (*Capabilities, error) {
	wc, err := ws.NeedCapabilities()
	if err != nil {
		return nil, err
	}
	g, err := roadmap.Analyze(CapabilityInput(set, wc))
	if err != nil {
		return nil, err
	}
	res := &Capabilities{Graph: g, TeamSize: set.Roadmap.TeamSize, Context: map[string]ReadinessContext{}}
	if r != nil {
		byReq := map[string]readiness.DimensionResult{}
		for _, d := range r.Dimensions {
			if d.Requirement != "" {
				if _, ok := byReq[d.Requirement]; !ok {
					byReq[d.Requirement] = d
				}
			}
		}
		for _, c := range g.Capabilities {
			if d, ok := byReq[string(c.Dimension)]; ok {
				res.Context[c.ID] = ReadinessContext{Dimension: d.ID, Current: d.Current, Target: d.Target, Gap: d.Gap}
			}
		}
	}
	return res, nil
}
