package journey

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Model is one of the four channel configuration models of the primer (seed 002).
type Model string

// The configuration models, in the primer's order.
const (
	LeadGeneration     Model = "lead-generation"
	ProfitOptimisation Model = "profit-optimisation"
	MarketCoverage     Model = "market-coverage"
	MaximumGrowth      Model = "maximum-growth"
	earlyPhase               = "lead-generation"
)

// Models lists the configuration models in the order ties are broken.
var Models = []Model{LeadGeneration, ProfitOptimisation, MarketCoverage, MaximumGrowth}

// RoleWeight is how much a role counts towards its cost class in a phase
// (and how dark the report draws it).
var RoleWeight = map[Role]int{RoleLead: 3, RolePrimary: 2, RoleSupport: 1, RoleNone: 0}

// PhaseEvidence is what the role matrix says about one sales phase.
type PhaseEvidence struct {
	Phase string `json:"phase"`
	// Weights sums the role weights (lead 3, primary 2, support 1) of each cost class's channels.
	Weights map[CostClass]int `json:"weights"`
	// Dominant are the cost classes with the highest weight (several on a tie).
	Dominant []CostClass `json:"dominant"`
	// Active counts channels with any role; Leading names those with lead or
	// primary, by cost class.
	Active  int                    `json:"active_channels"`
	Leading map[CostClass][]string `json:"leading_channels"`
	// LeadRole names the channels holding the lead role.
	LeadRole []string `json:"lead_role"`
	// Integrated: an online and an offline channel both lead or are primary,
	// so the customer can switch channels within the phase.
	Integrated bool `json:"integrated"`
}

// Contradiction is a phase that does not fit a model.
type Contradiction struct {
	Phase    string `json:"phase"`
	Expected string `json:"expected"`
	Found    string `json:"found"`
}

// ModelScore is how well the matrix fits one model.
type ModelScore struct {
	Model          Model           `json:"model"`
	Met            int             `json:"met"`
	Expected       int             `json:"expected"`
	Score          float64         `json:"score"`
	Contradictions []Contradiction `json:"contradictions"`
}

// Configuration is the channel configuration read from the role matrix.
type Configuration struct {
	Closest Model `json:"closest"`
	// OmniChannel: maximum growth fits fully and every phase is integrated.
	OmniChannel   bool            `json:"omni_channel"`
	NotIntegrated []string        `json:"phases_not_integrated"`
	Scores        []ModelScore    `json:"scores"`
	Phases        []PhaseEvidence `json:"phases"`
}

// expectation is one rule of a model for one phase.
type expectation struct {
	text string
	ok   func(PhaseEvidence) bool
}

func dominates(k CostClass) expectation {
	return expectation{string(k) + " channels lead", func(e PhaseEvidence) bool { return slices.Contains(e.Dominant, k) }}
}

func notDominates(k CostClass) expectation {
	return expectation{"own channels lead, not " + string(k), func(e PhaseEvidence) bool {
		return len(e.Dominant) > 0 && !slices.Contains(e.Dominant, k)
	}}
}

var lowCostOnly = expectation{"low-cost channels lead and high-touch channels at most support", func(e PhaseEvidence) bool {
	return len(e.Dominant) == 1 && e.Dominant[0] == LowCost && len(e.Leading[HighTouch]) == 0
}}

var broadMix = expectation{"a broad mix: 2+ cost classes and 3+ channels active", func(e PhaseEvidence) bool {
	classes := 0
	for _, w := range e.Weights {
		if w > 0 {
			classes++
		}
	}
	return classes >= 2 && e.Active >= 3
}}

// rules are the models as written in docs/journey.md: per default sales
// phase, what the matrix must show.
func rules(m Model, phase string) (expectation, bool) {
	switch m {
	case LeadGeneration:
		// Cheap channels win leads; high-touch channels qualify, quote and close.
		switch phase {
		case earlyPhase:
			return dominates(LowCost), true
		case "qualification", "quotation", "closing":
			return dominates(HighTouch), true
		}
	case ProfitOptimisation:
		// Tasks move to cheaper channels through the whole process: low-cost
		// channels carry every phase; high-touch channels at most support.
		return lowCostOnly, true
	case MarketCoverage:
		// The company generates leads; partners cover the later phases.
		if phase == earlyPhase {
			return notDominates(Partner), true
		}
		return dominates(Partner), true
	case MaximumGrowth:
		return broadMix, true
	}
	return expectation{}, false
}

// Configure scores the channel-role matrix against the four models.
func Configure(channels []Channel, phases []Step, roles map[string]map[string]Role) Configuration {
	cfg := Configuration{NotIntegrated: []string{}}
	for _, p := range phases {
		e := PhaseEvidence{Phase: p.ID, Weights: map[CostClass]int{}, Leading: map[CostClass][]string{}, LeadRole: []string{}}
		online, offline := false, false
		for _, c := range channels {
			r := roles[c.ID][p.ID]
			if r == "" || r == RoleNone {
				continue
			}
			e.Active++
			e.Weights[c.Cost] += RoleWeight[r]
			if r == RoleLead {
				e.LeadRole = append(e.LeadRole, c.ID)
			}
			if r == RoleLead || r == RolePrimary {
				e.Leading[c.Cost] = append(e.Leading[c.Cost], c.ID)
				if c.Online {
					online = true
				} else {
					offline = true
				}
			}
		}
		best := 0
		for _, k := range CostClasses {
			best = max(best, e.Weights[k])
		}
		for _, k := range CostClasses {
			if best > 0 && e.Weights[k] == best {
				e.Dominant = append(e.Dominant, k)
			}
		}
		e.Integrated = online && offline
		if !e.Integrated {
			cfg.NotIntegrated = append(cfg.NotIntegrated, p.ID)
		}
		cfg.Phases = append(cfg.Phases, e)
	}
	for _, m := range Models {
		s := ModelScore{Model: m, Contradictions: []Contradiction{}}
		for _, e := range cfg.Phases {
			rule, ok := rules(m, e.Phase)
			if !ok {
				continue
			}
			s.Expected++
			if rule.ok(e) {
				s.Met++
			} else {
				s.Contradictions = append(s.Contradictions, Contradiction{Phase: e.Phase, Expected: rule.text, Found: describe(e)})
			}
		}
		if s.Expected > 0 {
			s.Score = float64(s.Met) / float64(s.Expected)
		}
		cfg.Scores = append(cfg.Scores, s)
	}
	best := cfg.Scores[0]
	for _, s := range cfg.Scores[1:] {
		if s.Score > best.Score {
			best = s
		}
	}
	cfg.Closest = best.Model
	cfg.OmniChannel = best.Model == MaximumGrowth && best.Score == 1 && len(cfg.NotIntegrated) == 0
	return cfg
}

// describe says what leads a phase, for contradictions.
func describe(e PhaseEvidence) string {
	if len(e.Dominant) == 0 {
		return "no channel has a role"
	}
	var parts []string
	for _, k := range e.Dominant {
		part := string(k)
		if ids := e.Leading[k]; len(ids) > 0 {
			sorted := append([]string(nil), ids...)
			sort.Strings(sorted)
			part += " (" + strings.Join(sorted, ", ") + ")"
		}
		parts = append(parts, part)
	}
	s := strings.Join(parts, " and ") + " channels lead"
	if len(e.LeadRole) > 0 {
		s += "; lead role: " + strings.Join(e.LeadRole, ", ")
	}
	return s + fmt.Sprintf("; %d channels active", e.Active)
}
