package analysis

import (
	"math"
	"strconv"
	"time"

	"github.com/dsc-workbench/dsc/internal/settings"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/readiness"
	"github.com/dsc-workbench/dsc/roadmap"
)

// ReadinessContext is the readiness of the dimension a capability belongs to.
type ReadinessContext struct {
	Dimension string   `json:"dimension"`
	Current   *float64 `json:"current"` // nil when nobody rated the dimension
	Target    float64  `json:"target"`
	Gap       *float64 `json:"gap"`
}

// Capabilities is the dependency structure matrix (sequenced, with coupled
// blocks and clusters) with readiness context. Each capability's Start and
// Finish are the one schedule's (Roadmap); calendar months are on the
// Roadmap's items.
type Capabilities struct {
	roadmap.Graph
	TeamSize float64 `json:"team_size"`
	// Context maps a capability id to the readiness of the readiness
	// dimension assessing its requirement dimension, when there is one.
	Context map[string]ReadinessContext `json:"readiness_context"`
}

// ItemKind says what a row of the roadmap is.
type ItemKind string

// The kinds of roadmap rows.
const (
	ItemStep       ItemKind = "step"
	ItemPhase      ItemKind = "phase"
	ItemCapability ItemKind = "capability"
	ItemPMO        ItemKind = "pmo"
	ItemMilestone  ItemKind = "milestone"
)

// DatedItem is a row of the roadmap with exact months and calendar months.
type DatedItem struct {
	ID   string   `json:"id"`
	Kind ItemKind `json:"kind"`
	Name string   `json:"name"`
	Step int      `json:"step"`
	// Parent is the row it belongs to: the step for capabilities, the PMO
	// and milestones; the capability for the sub-phases of a step-6
	// capability.
	Parent string `json:"parent"`
	// Start and Finish are exact months from the programme start.
	Start  float64 `json:"start"`
	Finish float64 `json:"finish"`
	// StartIndex and EndIndex are whole months from the start for calendar
	// views: the start rounded down, the end rounded up and shown inclusive
	// (an item finishing at 5.0 ends in month index 4, the fifth month). A
	// milestone sits in the month that ends with it.
	StartIndex int    `json:"start_index"`
	EndIndex   int    `json:"end_index"`
	StartMonth string `json:"start_month"`
	// EndMonth is the month in which the item finishes.
	EndMonth      string                `json:"end_month"`
	Critical      bool                  `json:"critical"`
	AssignsPeople bool                  `json:"assigns_people,omitempty"`
	TeamSize      float64               `json:"team_size,omitempty"`
	Owner         string                `json:"owner,omitempty"`
	Cluster       string                `json:"cluster,omitempty"`
	Block         string                `json:"block,omitempty"`
	Phase         roadmap.PhaseKind     `json:"phase,omitempty"`
	Milestone     roadmap.MilestoneKind `json:"milestone,omitempty"`
}

// Roadmap is the one schedule with calendar months: `dsc roadmap`, `dsc
// capabilities` and the report all read it.
type Roadmap struct {
	roadmap.Plan
	// Start is the calendar month of month 0 ("YYYY-MM"), "" for relative months.
	Start    string `json:"start"`
	Currency string `json:"currency,omitempty"`
	// Months names month k of the plan (Load.Months[k]): "2027-02", or "M1"
	// without a start.
	Months []string `json:"months"`
	// Items lists every step followed by the PMO (step 7), its capabilities
	// (a step-6 capability followed by its three sub-phases) and its
	// milestones, in step order: the rows of the Gantt chart.
	Items []DatedItem `json:"items"`
}

// Item finds a row by id.
func (rm *Roadmap) Item(id string) (DatedItem, bool) {
	for _, it := range rm.Items {
		if it.ID == id {
			return it, true
		}
	}
	return DatedItem{}, false
}

// CapabilityInput converts the workspace's capabilities: the team is the
// capability's team_size, else the settings' default; duration is the
// explicit one, else effort / team, in months; a pinned start month becomes
// months from the roadmap's start.
func CapabilityInput(set settings.Settings, wc *workspace.Capabilities) []roadmap.Capability {
	start, startErr := time.Parse("2006-01", set.Roadmap.Start)
	var out []roadmap.Capability
	for _, c := range wc.Capabilities {
		team := set.Roadmap.TeamSize
		if c.TeamSize != nil && *c.TeamSize > 0 {
			team = *c.TeamSize
		}
		dur := c.Effort / team
		if c.Duration != nil {
			dur = *c.Duration
		}
		rc := roadmap.Capability{ID: c.ID, Name: c.Name, Element: roadmap.OperatingElement(c.Element),
			Dimension: roadmap.Dimension(c.Dimension), Current: c.Current, Target: c.Target, Effort: c.Effort, TeamSize: team,
			Duration: dur, Step: c.Step, DependsOn: c.DependsOn, Enables: c.Enables, Owner: c.Owner}
		if pin, err := time.Parse("2006-01", c.Start); err == nil && startErr == nil {
			months := float64((pin.Year()-start.Year())*12 + int(pin.Month()) - int(start.Month()))
			rc.PinnedStart = &months
		}
		out = append(out, rc)
	}
	return out
}

// RunSchedule analyses the capabilities and plans the roadmap once: the
// dependency matrix and the roadmap carry the same dates. r (may be nil)
// adds the readiness of each capability's dimension.
func RunSchedule(ws *workspace.Workspace, set settings.Settings, r *readiness.Result) (*Capabilities, *Roadmap, error) {
	wc, err := ws.NeedCapabilities()
	if err != nil {
		return nil, nil, err
	}
	g, plan, err := roadmap.Schedule(CapabilityInput(set, wc), set.Roadmap.Options())
	if err != nil {
		return nil, nil, err
	}
	caps := &Capabilities{Graph: g, TeamSize: set.Roadmap.TeamSize, Context: map[string]ReadinessContext{}}
	if r != nil {
		byReq := map[string]readiness.DimensionResult{}
		for _, d := range r.Dimensions {
			if _, ok := byReq[d.Requirement]; !ok && d.Requirement != "" {
				byReq[d.Requirement] = d
			}
		}
		for _, c := range g.Capabilities {
			if d, ok := byReq[string(c.Dimension)]; ok {
				caps.Context[c.ID] = ReadinessContext{Dimension: d.ID, Current: d.Current, Target: d.Target, Gap: d.Gap}
			}
		}
	}
	return caps, datedRoadmap(plan, g, set.Roadmap.Start, set.Roadmap.Currency, text.LangOf(ws.Config.Lang())), nil
}

// datedRoadmap lays the plan out as rows with calendar months, named in
// the workspace's language.
func datedRoadmap(plan roadmap.Plan, g roadmap.Graph, start, currency string, l text.Lang) *Roadmap {
	rm := &Roadmap{Plan: plan, Start: start, Currency: currency, Months: []string{}, Items: []DatedItem{}}
	for k := 0; k < int(math.Ceil(plan.Finish-1e-9)); k++ {
		rm.Months = append(rm.Months, roadmap.MonthLabel(start, float64(k)))
	}
	add := func(it DatedItem) {
		it.Name = ItemName(l, it, g.Clusters)
		it.StartIndex = roadmap.StartIndex(it.Start)
		it.EndIndex = max(roadmap.EndIndex(it.Finish), it.StartIndex)
		if it.Kind == ItemMilestone {
			it.StartIndex = roadmap.EndIndex(it.Start)
			it.EndIndex = it.StartIndex
		}
		it.StartMonth = roadmap.MonthLabel(start, float64(it.StartIndex))
		it.EndMonth = roadmap.MonthLabel(start, float64(it.EndIndex))
		rm.Items = append(rm.Items, it)
	}
	for _, s := range plan.Steps {
		stepID := "step-" + strconv.Itoa(s.Number)
		add(DatedItem{ID: stepID, Kind: ItemStep, Step: s.Number, Start: s.Start, Finish: s.Finish, Critical: s.Critical})
		if s.Number == 7 {
			add(DatedItem{ID: stepID + "-pmo", Kind: ItemPMO, Step: 7, Parent: stepID, Start: plan.PMO.Start,
				Finish: plan.PMO.Finish, TeamSize: plan.PMO.TeamSize})
		}
		for _, c := range plan.Capabilities {
			if c.Step == s.Number {
				add(DatedItem{ID: c.ID, Kind: ItemCapability, Name: c.Name, Step: c.Step, Parent: stepID, Start: c.Start, Finish: c.Finish,
					Critical: c.Critical, AssignsPeople: c.AssignsPeople, TeamSize: c.TeamSize, Owner: c.Owner, Cluster: c.Cluster, Block: c.Block})
				for _, ph := range c.Phases {
					add(DatedItem{ID: c.ID + "-" + string(ph.Kind), Kind: ItemPhase, Step: c.Step, Parent: c.ID,
						Start: ph.Start, Finish: ph.Finish, Critical: c.Critical, TeamSize: c.TeamSize, Owner: c.Owner, Phase: ph.Kind})
				}
			}
		}
		for _, m := range plan.Milestones {
			if m.Kind.Step() == s.Number {
				add(DatedItem{ID: m.ID, Kind: ItemMilestone, Step: s.Number, Parent: stepID, Start: m.At, Finish: m.At,
					Milestone: m.Kind, Cluster: m.Cluster})
			}
		}
	}
	return rm
}

// ItemName names a row of the roadmap in language l: dsc's own rows (a
// step, the PMO, a sub-phase, a milestone) from their typed fields, a
// capability by the workspace's name. A tribe team's launch names the team
// by its lead capability and size; without clusters (nil) it is named as a
// milestone of its kind.
func ItemName(l text.Lang, it DatedItem, clusters []roadmap.Cluster) string {
	switch it.Kind {
	case ItemStep:
		return text.StepTitle(l, it.Step)
	case ItemPMO:
		return text.PMO(l)
	case ItemPhase:
		return text.Phase(l, it.Phase)
	case ItemMilestone:
		for _, c := range clusters {
			if c.ID == it.Cluster {
				return text.TribeTeamLaunch(l, c.Name, len(c.Capabilities))
			}
		}
		return text.MilestoneName(l, it.Milestone)
	}
	return it.Name
}
