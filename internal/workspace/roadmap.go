package workspace

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/settings"
	"github.com/dsc-workbench/dsc/internal/yamlx"
	"github.com/dsc-workbench/dsc/roadmap"
)

// Coupled settings: what a dependency cycle among capabilities means.
var CoupledModes = []string{"error", "allow"}

// Capacity is settings.roadmap.capacity: people available per month, as one
// number or per operating-model element ({it: 4, organisation: 3, governance: 1}).
type Capacity struct {
	Total      *float64
	PerElement map[string]float64
}

// Target lets the capacity be written as a number or a mapping.
func (c *Capacity) Target(kind yaml.Kind) (any, string) {
	switch kind {
	case yaml.ScalarNode:
		return &c.Total, ""
	case yaml.MappingNode:
		return &c.PerElement, ""
	}
	return nil, "a number of people or a mapping of operating-model element to people, e.g. {it: 4, organisation: 3, governance: 1}"
}

// Set reports whether a capacity was given.
func (c Capacity) Set() bool { return c.Total != nil || c.PerElement != nil }

// ClusterSettings tune the clustering of capabilities into tribe teams.
type ClusterSettings struct {
	Loc               yamlx.Loc
	DependencyWeight  *float64 `yaml:"dependency_weight"`
	SharedEntryWeight *float64 `yaml:"shared_entry_weight"`
	Resolution        *float64 `yaml:"resolution"`
	MaxSize           int      `yaml:"max_size"`
}

// roadmapSettings checks settings.roadmap beyond start and team_size.
func (v *validator) roadmapSettings() {
	rm := v.w.Config.Settings.Roadmap
	v.positive(rm.Loc, "assessment_months", "assessment_months", rm.AssessmentMonths)
	v.positive(rm.Loc, "approval_months", "approval_months", rm.ApprovalMonths)
	for _, m := range []struct {
		key string
		x   *float64
	}{{"assessment_months", rm.AssessmentMonths}, {"approval_months", rm.ApprovalMonths}} {
		if m.x != nil && *m.x > roadmap.MaxCapabilityMonths {
			v.add(rm.Loc, m.key, fmt.Sprintf("%s is %g months", m.key, *m.x), fmt.Sprintf("a step runs at most %d months", roadmap.MaxCapabilityMonths))
		}
	}
	v.enum(rm.Loc, "coupled", "coupled", rm.Coupled, CoupledModes)
	v.nonNegative(rm.Loc, "pmo_team_size", "pmo_team_size", rm.PMOTeamSize, "the people the PMO holds for the whole programme, e.g. 1")
	v.nonNegative(rm.Loc, "monthly_rate", "monthly_rate", rm.MonthlyRate, "the cost of one person-month, e.g. 15000")
	if c := rm.Capacity; c.Total != nil && *c.Total <= 0 {
		v.add(rm.Loc, "capacity", fmt.Sprintf("capacity must be greater than 0, got %g", *c.Total), "give the people available per month, e.g. 8")
	}
	for _, e := range sortedKeys(rm.Capacity.PerElement) {
		k := "capacity." + e
		if !slices.Contains(strs(roadmap.OperatingElements), e) {
			v.add(rm.Loc, k, fmt.Sprintf("unknown operating-model element %q in capacity", e), "use "+strings.Join(strs(roadmap.OperatingElements), ", "))
		} else if x := rm.Capacity.PerElement[e]; x <= 0 {
			v.add(rm.Loc, k+".value", fmt.Sprintf("capacity of %s must be greater than 0, got %g", e, x), "give the people available per month")
		}
	}
	cl := rm.Clusters
	v.nonNegative(cl.Loc, "dependency_weight", "dependency_weight", cl.DependencyWeight, "the affinity of a dependency, default 1")
	v.nonNegative(cl.Loc, "shared_entry_weight", "shared_entry_weight", cl.SharedEntryWeight, "the affinity per jointly enabled entry, default 0.5")
	v.positive(cl.Loc, "resolution", "resolution", cl.Resolution)
	if cl.MaxSize < 0 {
		v.add(cl.Loc, "max_size", fmt.Sprintf("max_size must not be negative, got %d", cl.MaxSize), "0 means no limit")
	}
}

func (v *validator) nonNegative(loc yamlx.Loc, key, what string, x *float64, hint string) {
	if x != nil && *x < 0 {
		v.add(loc, key, fmt.Sprintf("%s must not be negative, got %g", what, *x), hint)
	}
}

// roadmapChecks checks what the roadmap needs beyond the files' own rules:
// settings.roadmap, each capability's team and pinned start against the
// capacity, and the ratings' assessment months.
func (v *validator) roadmapChecks() {
	v.roadmapSettings()
	if r := v.w.Readiness; r != nil {
		dated := false
		for _, rt := range r.Ratings {
			dated = dated || rt.Assessment != ""
		}
		for _, rt := range r.Ratings {
			if rt.Assessment == "" {
				if dated {
					v.warn(rt.Loc, "rater", fmt.Sprintf("%q's rating has no assessment month, so it counts as the baseline, before every dated assessment", rt.Rater),
						"add \"assessment: YYYY-MM\" to it (the latest assessment is current)")
				}
				continue
			}
			if _, err := time.Parse("2006-01", rt.Assessment); err != nil {
				v.add(rt.Loc, "assessment", fmt.Sprintf("assessment %q of %q's rating is not a month", rt.Assessment, rt.Rater),
					monthHint(rt.Assessment, "write the month of the assessment as YYYY-MM", "2027-09"))
			}
		}
	}
	if v.w.Capabilities == nil {
		return
	}
	missing := map[string]bool{}
	var tooLong []string // capabilities the workspace's team_size alone makes too long
	for _, x := range v.w.Capabilities.Capabilities {
		e, long := v.capabilityPlanning(x, fmt.Sprintf("capability %q", x.ID))
		if e != "" {
			missing[e] = true
		}
		if long {
			tooLong = append(tooLong, x.ID)
		}
	}
	rm := v.w.Config.Settings.Roadmap
	if len(tooLong) > 0 {
		// One mistake, one message: at the team_size that causes it, not
		// at every capability that inherits it.
		v.add(rm.Loc, "team_size", fmt.Sprintf("with team_size %g, %s would run longer than %d months",
			*rm.TeamSize, countedCapabilities(tooLong), roadmap.MaxCapabilityMonths),
			"team_size is the people who work on one capability at a time, e.g. 2")
	}
	if rm.Capacity.PerElement != nil && v.w.resolveSettings().Roadmap.PMOTeamSize > 0 {
		if _, ok := rm.Capacity.PerElement[string(roadmap.Governance)]; !ok {
			missing[string(roadmap.Governance)] = true
		}
	}
	v.coupledBlocks()
	for _, e := range sortedKeys(missing) {
		hint := fmt.Sprintf("add \"%s: N\" to settings.roadmap.capacity", e)
		if e == string(roadmap.Governance) {
			hint += " (the PMO draws on governance)"
		}
		v.add(rm.Loc, "capacity", fmt.Sprintf("capacity names no %s, which the plan needs", e), hint)
	}
}

// capabilityPlanning checks a capability's team, pinned start and whether the
// capacity can ever staff it; it returns the element the capacity map lacks,
// and whether dsc.yaml's team_size alone makes it too long (reported once,
// there, by the caller).
func (v *validator) capabilityPlanning(x Capability, owner string) (string, bool) {
	rm := v.w.Config.Settings.Roadmap
	v.positive(x.Loc, "team_size", "team_size", x.TeamSize)
	if x.Start != "" {
		switch t, err := time.Parse("2006-01", x.Start); {
		case err != nil:
			v.add(x.Loc, "start", fmt.Sprintf("start %q of %s is not a month", x.Start, owner), monthHint(x.Start, "pin the start as YYYY-MM", "2027-06"))
		case rm.Start == "":
			v.add(x.Loc, "start", fmt.Sprintf("%s pins its start, but the roadmap has no start month", owner),
				"add settings.roadmap.start (YYYY-MM) to dsc.yaml, or remove the pin")
		default:
			s, err := time.Parse("2006-01", rm.Start)
			switch months := (t.Year()-s.Year())*12 + int(t.Month()) - int(s.Month()); {
			case err != nil:
			case t.Before(s):
				v.add(x.Loc, "start", fmt.Sprintf("%s is pinned to %s, before the roadmap starts (%s)", owner, x.Start, rm.Start),
					"pin a month on or after settings.roadmap.start")
			case months > roadmap.MaxMonths:
				v.add(x.Loc, "start", fmt.Sprintf("%s is pinned %d months after the roadmap starts", owner, months),
					fmt.Sprintf("a roadmap spans at most %d months", roadmap.MaxMonths))
			}
		}
	}
	team := v.teamOf(x)
	dur := x.Effort / team
	if x.Duration != nil {
		dur = *x.Duration
	}
	long := false
	if dur > roadmap.MaxCapabilityMonths && x.Duration == nil && x.TeamSize == nil && rm.TeamSize != nil &&
		x.Effort/roadmap.DefaultTeamSize <= roadmap.MaxCapabilityMonths {
		long = true // fine with the default team: dsc.yaml's team_size is the mistake
	} else if dur > roadmap.MaxCapabilityMonths {
		key := "effort"
		if x.Duration != nil {
			key = "duration"
		}
		v.add(x.Loc, key, fmt.Sprintf("%s would take %s months", owner, months(dur)),
			fmt.Sprintf("a capability runs at most %d months: split it, or give it a bigger team_size", roadmap.MaxCapabilityMonths))
	}
	p, ok := v.poolOf(x)
	if !ok {
		return "", long
	}
	if p.missing {
		return x.Element, long
	}
	if team > p.free() && p.limit > 0 {
		key := "element"
		if x.TeamSize != nil {
			key = "team_size"
		}
		v.add(x.Loc, key, fmt.Sprintf("%s needs %g people, but the %s", owner, team, p), "raise settings.roadmap.capacity or give the capability a smaller team_size")
	}
	return "", long
}

// months writes a duration as a consultant reads it: 12000, not 1.2e+04.
func months(m float64) string {
	if m >= 1000 {
		return strconv.FormatFloat(math.Round(m), 'f', -1, 64)
	}
	return strconv.FormatFloat(m, 'g', 4, 64)
}

// countedCapabilities names up to three capabilities and counts the rest.
func countedCapabilities(ids []string) string {
	if len(ids) == 1 {
		return "capability " + diag.Quote(ids[0])
	}
	shown := ids
	if len(ids) > 3 {
		shown = ids[:3]
	}
	s := fmt.Sprintf("%d capabilities (%s", len(ids), diag.QuoteList(shown))
	if len(ids) > 3 {
		s += ", ..."
	}
	return s + ")"
}

// teamOf is the people a capability works with: its team_size, else the
// roadmap's.
func (v *validator) teamOf(x Capability) float64 {
	if x.TeamSize != nil {
		return *x.TeamSize
	}
	return v.w.resolveSettings().Roadmap.TeamSize
}

// pool is the part of settings.roadmap.capacity a capability draws on.
type pool struct {
	name    string // "capacity" or "capacity of <element>"
	limit   float64
	pmo     float64 // the PMO's share of the pool
	missing bool    // the capacity lists elements, but not this one
}

// free is what the pool holds beside the PMO.
func (p pool) free() float64 { return p.limit - p.pmo }

// String words the pool for a message: "capacity of it is 4, 1 of them in the PMO".
func (p pool) String() string {
	s := fmt.Sprintf("%s is %g", p.name, p.limit)
	if p.pmo > 0 {
		s += fmt.Sprintf(", %g of them in the PMO", p.pmo)
	}
	return s
}

// poolOf finds the pool of a capability; ok is false when no capacity is
// set or the element is not an operating element (reported elsewhere).
func (v *validator) poolOf(x Capability) (pool, bool) {
	rm := v.w.Config.Settings.Roadmap
	if !rm.Capacity.Set() || !slices.Contains(strs(roadmap.OperatingElements), x.Element) {
		return pool{}, false
	}
	p := pool{name: "capacity"}
	if rm.Capacity.Total != nil {
		p.limit = *rm.Capacity.Total
	} else {
		var ok bool
		p.name = "capacity of " + x.Element
		if p.limit, ok = rm.Capacity.PerElement[x.Element]; !ok {
			p.missing = true
			return p, true
		}
	}
	if rm.Capacity.Total != nil || x.Element == string(roadmap.Governance) {
		p.pmo = v.w.resolveSettings().Roadmap.PMOTeamSize
	}
	return p, true
}

// coupledBlocks checks each coupled block (a dependency cycle allowed with
// settings.roadmap.coupled: allow) against the capacity: its capabilities
// start together, so together they must fit each pool. A block with a member
// that cannot fit on its own is left to that member's message.
func (v *validator) coupledBlocks() {
	if v.w.Capabilities == nil || v.w.Config.Settings.Roadmap.Coupled != "allow" {
		return
	}
	byID := map[string]Capability{}
	deps := map[string][]string{}
	var ids []string
	for _, x := range v.w.Capabilities.Capabilities {
		if _, dup := byID[x.ID]; dup || x.ID == "" {
			continue
		}
		byID[x.ID] = x
		ids = append(ids, x.ID)
		deps[x.ID] = x.DependsOn
	}
	for _, block := range roadmap.Blocks(ids, deps) {
		need := map[string]float64{}
		pools := map[string]pool{}
		fits := true
		for _, id := range block {
			x := byID[id]
			p, ok := v.poolOf(x)
			if !ok || p.missing || p.limit <= 0 {
				continue
			}
			team := v.teamOf(x)
			fits = fits && team <= p.free()
			need[p.name] += team
			pools[p.name] = p
		}
		if !fits {
			continue
		}
		for _, name := range sortedKeys(need) {
			if p := pools[name]; need[name] > p.free() {
				v.add(byID[block[0]].Loc, "depends_on",
					fmt.Sprintf("coupled block %s needs %g people at once (its capabilities start together), but the %s", strings.Join(block, ", "), need[name], p),
					"raise settings.roadmap.capacity, give its capabilities smaller team_size, or break the cycle so they can follow each other")
			}
		}
	}
}

// resolveRoadmap lays settings.roadmap's planning fields over the defaults;
// values the validator rejects keep their defaults.
func resolveRoadmap(s *settings.Roadmap, c RoadmapSettings) {
	positive := func(dst *float64, src *float64) {
		if src != nil && *src > 0 {
			*dst = *src
		}
	}
	nonNegative := func(dst *float64, src *float64) {
		if src != nil && *src >= 0 {
			*dst = *src
		}
	}
	positive(&s.AssessmentMonths, c.AssessmentMonths)
	positive(&s.ApprovalMonths, c.ApprovalMonths)
	nonNegative(&s.PMOTeamSize, c.PMOTeamSize)
	nonNegative(&s.MonthlyRate, c.MonthlyRate)
	s.Coupled = c.Coupled == "allow"
	s.Currency = c.Currency
	positive(&s.Capacity.Total, c.Capacity.Total)
	if c.Capacity.PerElement != nil && c.Capacity.Total == nil {
		s.Capacity.PerElement = map[roadmap.OperatingElement]float64{}
		for e, v := range c.Capacity.PerElement {
			if v > 0 && slices.Contains(roadmap.OperatingElements, roadmap.OperatingElement(e)) {
				s.Capacity.PerElement[roadmap.OperatingElement(e)] = v
			}
		}
	}
	cl := c.Clusters
	nonNegative(&s.Clusters.DependencyWeight, cl.DependencyWeight)
	nonNegative(&s.Clusters.SharedEntryWeight, cl.SharedEntryWeight)
	positive(&s.Clusters.Resolution, cl.Resolution)
	if cl.MaxSize > 0 {
		s.Clusters.MaxSize = cl.MaxSize
	}
}
