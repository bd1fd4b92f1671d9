package gen

import (
	"math"
	"math/rand/v2"
	"sort"
)

// planSpec is how an example engagement plans its roadmap: the people
// available per operating-model element, the PMO, the rate, who owns which
// capability, bigger teams for the big platforms, coupled capabilities, and
// a re-assessment of readiness while the transformation runs.
type planSpec struct {
	capacity    map[string]float64
	pmoTeam     float64
	monthlyRate float64
	currency    string
	coupled     bool
	owners      map[string]string  // capability -> owner
	teams       map[string]float64 // capability -> team size (default: settings)
	extraDeps   map[string]string  // capability -> further prerequisites (closing a coupled block)
	// baseline is the month of the readiness ratings; reassessment, when
	// set, a later month in which every rater rates again with progress
	// added to the true maturity per dimension.
	baseline, reassessment string
	progress               map[string]float64
}

// roadmapSettings writes settings.roadmap beyond start and team size.
func (p planSpec) roadmapSettings(d *doc) {
	if p.coupled {
		d.line(2, "coupled: allow")
	}
	if len(p.capacity) > 0 {
		d.line(2, "capacity:")
		for _, e := range sortedKeys(p.capacity) {
			d.line(3, "%s: %s", e, num(p.capacity[e]))
		}
	}
	if p.pmoTeam > 0 {
		d.line(2, "pmo_team_size: %s", num(p.pmoTeam))
	}
	if p.monthlyRate > 0 {
		d.line(2, "monthly_rate: %s", num(p.monthlyRate))
		d.line(2, "currency: %s", p.currency)
	}
}

// capabilityPlan writes a capability's team, owner and further prerequisites.
func (p planSpec) capabilityPlan(d *doc, id string) {
	if t, ok := p.teams[id]; ok {
		d.line(2, "team_size: %s", num(t))
	}
	if o, ok := p.owners[id]; ok {
		d.line(2, "owner: %s", q(o))
	}
}

// deps are a capability's prerequisites with the plan's additions.
func (p planSpec) deps(c capability) string {
	if extra, ok := p.extraDeps[c.id]; ok {
		if c.deps == "" {
			return extra
		}
		return c.deps + "," + extra
	}
	return c.deps
}

// reassessmentRatings writes every rater's ratings of the re-assessment,
// from its own random stream so the baseline ratings stay as they were.
func (e *engagement) reassessmentRatings(d *doc) {
	p := e.plan
	if p.reassessment == "" {
		return
	}
	rng := rand.New(rand.NewPCG(e.seed, e.seed^0x2eab5e55))
	for _, r := range e.raters {
		d.line(1, "- rater: %s", r.id)
		d.line(2, "assessment: %s", q(p.reassessment))
		d.line(2, "scores:")
		for _, dim := range questionnaire {
			for i, qq := range dim.questions {
				truth := e.maturity[dim.id] + p.progress[dim.id] + 0.3*float64(i%3-1)
				// Raters disagree less once the programme has made things visible.
				score := max(1, min(5, int(math.Round(truth+0.6*r.bias+rng.NormFloat64()*0.45))))
				if has(r.skips, qq[0]) {
					continue
				}
				d.line(3, "%s: %d", qq[0], score)
			}
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// The example plans.
var (
	intralogisticsPlan = planSpec{
		capacity: map[string]float64{"it": 6, "organisation": 4, "governance": 3}, pmoTeam: 1, monthlyRate: 16500, currency: "EUR",
		teams: map[string]float64{"b2b-commerce": 3, "iot-data-platform": 3, "cpq": 3},
		owners: map[string]string{
			"ebusiness-competence": "Nadine Voss", "product-data-competence": "Nadine Voss", "ebusiness-unit": "Nadine Voss",
			"kpi-cockpit": "Nadine Voss", "tribe-teams": "Nadine Voss",
			"key-account-digital": "Henrik Sommer", "quote-to-order": "Henrik Sommer", "dealer-integration": "Henrik Sommer",
			"dealer-model": "Henrik Sommer", "commission-model": "Henrik Sommer",
			"service-digital": "Peter Hahn", "parts-process": "Peter Hahn", "service-dispatch": "Peter Hahn", "sales-service-interface": "Peter Hahn",
			"role-staffing": "Katrin Weber", "sales-training": "Katrin Weber",
			"pim": "Ole Jansen", "cpq": "Ole Jansen", "b2b-commerce": "Ole Jansen", "punchout-gateway": "Ole Jansen",
			"customer-identity": "Ole Jansen", "iot-data-platform": "Ole Jansen", "erp-integration": "Ole Jansen",
		},
		baseline: "2027-01", reassessment: "2027-10",
		progress: map[string]float64{"competencies": 0.9, "processes": 0.7, "alignment": 0.6, "sales-structure": 0.4, "metrics": 0.5,
			"organisation": 0.3, "it-systems": 0.4, "incentives": 0.2, "pricing": 0.3, "sops": 0.3},
	}
	automotivePlan = planSpec{
		capacity: map[string]float64{"it": 6, "organisation": 5, "governance": 3}, pmoTeam: 1, monthlyRate: 14500, currency: "EUR", coupled: true,
		teams:     map[string]float64{"commerce-platform": 4, "crm-cdp": 3},
		extraDeps: map[string]string{"oms": "inventory-visibility"},
		owners: map[string]string{
			"ecommerce-management": "Julia Brandt", "online-category-management": "Julia Brandt", "dsc-unit": "Julia Brandt",
			"tribe-teams": "Julia Brandt", "content-process": "Julia Brandt",
			"analytics-skills": "Frank Ott", "pricing-competence": "Frank Ott", "kpi-cockpit": "Frank Ott", "channel-incentives": "Frank Ott",
			"order-to-cash": "Thomas Meyer", "returns-process": "Ralf Köhler", "service-process": "Ralf Köhler", "store-role": "Ralf Köhler",
			"role-staffing": "Thomas Meyer", "staff-training": "Ralf Köhler",
			"pim": "Aylin Demir", "ciam": "Aylin Demir", "oms": "Aylin Demir", "inventory-visibility": "Aylin Demir",
			"commerce-platform": "Aylin Demir", "crm-cdp": "Aylin Demir", "pricing-engine": "Aylin Demir", "payment-integration": "Aylin Demir",
		},
	}
)
