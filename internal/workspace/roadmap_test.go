package workspace

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/roadmap"
)

// planWorkspace is a minimal workspace with two capabilities and the given
// settings.roadmap block.
func planWorkspace(settings, caps string) fstest.MapFS {
	return fstest.MapFS{
		"dsc.yaml":          {Data: []byte("client: X\nsettings:\n  roadmap:\n" + settings)},
		"catalog.yaml":      {Data: []byte("entries:\n  - {id: a, name: A, kind: feature, element: login}\n")},
		"capabilities.yaml": {Data: []byte("capabilities:\n" + caps)},
	}
}

const twoCaps = `  - {id: c1, name: C1, element: it, dimension: it-systems, current: 1, target: 3, effort: 4}
  - {id: c2, name: C2, element: organisation, dimension: processes, current: 1, target: 3, effort: 4, depends_on: [c1]}
`

func TestRoadmapSettingsResolve(t *testing.T) {
	w, err := Load(planWorkspace(`    start: 2027-01
    assessment_months: 1.5
    approval_months: 0.5
    coupled: allow
    capacity: {it: 4, organisation: 3, governance: 1}
    pmo_team_size: 0
    monthly_rate: 15000
    currency: EUR
    clusters: {shared_entry_weight: 1, max_size: 6}
`, twoCaps), "t", "")
	if err != nil {
		t.Fatal(err)
	}
	r := w.Settings.Roadmap
	want := roadmap.Capacity{PerElement: map[roadmap.OperatingElement]float64{roadmap.IT: 4, roadmap.Organisation: 3, roadmap.Governance: 1}}
	if r.AssessmentMonths != 1.5 || r.ApprovalMonths != 0.5 || !r.Coupled || r.PMOTeamSize != 0 || r.MonthlyRate != 15000 || r.Currency != "EUR" ||
		!reflect.DeepEqual(r.Capacity, want) {
		t.Errorf("settings %+v", r)
	}
	if c := r.Clusters; c.SharedEntryWeight != 1 || c.DependencyWeight != 1 || c.Resolution != 1 || c.MaxSize != 6 {
		t.Errorf("clusters %+v", c)
	}
	w, err = Load(planWorkspace("    capacity: 8\n", twoCaps), "t", "")
	if err != nil || w.Settings.Roadmap.Capacity.Total != 8 || w.Settings.Roadmap.PMOTeamSize != 1 {
		t.Errorf("a number: %v %+v", err, w.Settings.Roadmap)
	}
}

func TestRoadmapSettingsProblems(t *testing.T) {
	for _, c := range []struct {
		name, settings, caps string
		want                 []string
	}{
		{"capacity of the wrong shape", "    capacity: [4, 3]\n", twoCaps,
			[]string{`dsc.yaml:4:15: "capacity" must be a number of people or a mapping of operating-model element to people, e.g. {it: 4, organisation: 3, governance: 1}, got a list`}},
		{"unknown element and zero", "    capacity: {it: 4, organisation: 0, sales: 2, governance: 1}\n", twoCaps,
			[]string{`dsc.yaml:4:37: capacity of organisation must be greater than 0, got 0`, `dsc.yaml:4:40: unknown operating-model element "sales" in capacity`}},
		{"an element the plan needs is missing", "    capacity: {it: 4}\n", twoCaps,
			[]string{`dsc.yaml:4:15: capacity names no governance, which the plan needs`, `dsc.yaml:4:15: capacity names no organisation, which the plan needs`}},
		{"a team larger than its pool", "    capacity: {it: 2, organisation: 3, governance: 1}\n",
			twoCaps + "  - {id: c3, name: C3, element: it, dimension: it-systems, current: 1, target: 3, effort: 6, team_size: 3}\n",
			[]string{`capabilities.yaml:4:105: capability "c3" needs 3 people, but the capacity of it is 2`}},
		{"governance left to the PMO", "    capacity: 2\n    pmo_team_size: 1\n    team_size: 2\n", twoCaps,
			[]string{`capabilities.yaml:2:33: capability "c1" needs 2 people, but the capacity is 2, 1 of them in the PMO`,
				`capabilities.yaml:3:33: capability "c2" needs 2 people, but the capacity is 2, 1 of them in the PMO`}},
		{"pins", "    start: 2027-03\n",
			"  - {id: c1, name: C1, element: it, dimension: it-systems, current: 1, target: 3, effort: 4, start: 2027-01}\n" +
				"  - {id: c2, name: C2, element: it, dimension: it-systems, current: 1, target: 3, effort: 4, start: soon}\n",
			[]string{`capabilities.yaml:2:101: capability "c1" is pinned to 2027-01, before the roadmap starts (2027-03)`,
				`capabilities.yaml:3:101: start "soon" of capability "c2" is not a month`}},
		{"a pin without a start month", "    team_size: 2\n",
			"  - {id: c1, name: C1, element: it, dimension: it-systems, current: 1, target: 3, effort: 4, start: 2027-05}\n",
			[]string{`capabilities.yaml:2:101: capability "c1" pins its start, but the roadmap has no start month`}},
		{"coupled and numbers", "    coupled: maybe\n    assessment_months: 0\n    monthly_rate: -1\n", twoCaps,
			[]string{`dsc.yaml:4:14: unknown coupled "maybe"`, `dsc.yaml:5:24: assessment_months must be greater than 0, got 0`,
				`dsc.yaml:6:19: monthly_rate must not be negative, got -1`}},
		{"a capability too long to plan", "    assessment_months: 200\n",
			"  - {id: c1, name: C1, element: it, dimension: it-systems, current: 1, target: 3, effort: 1e12}\n",
			[]string{`capabilities.yaml:2:91: capability "c1" would take 500000000000 months; a capability runs at most 120 months`,
				`dsc.yaml:4:24: assessment_months is 200 months`}},
		// One mistake, one message: a team_size that makes every inheriting
		// capability too long (5 / 0.001 = 5000 months each) is reported at
		// itself, not at each capability; c3's own team_size keeps it apart.
		{"a team_size too small", "    team_size: 0.001\n",
			twoCaps + "  - {id: c3, name: C3, element: it, dimension: it-systems, current: 1, target: 3, effort: 6, team_size: 2}\n",
			[]string{`dsc.yaml:4:16: with team_size 0.001, 2 capabilities ("c1", "c2") would run longer than 120 months; team_size is the people who work on one capability at a time, e.g. 2`}},
		{"a start year out of this century", "    start: 2207-02\n", twoCaps,
			[]string{`dsc.yaml:4:12: start "2207-02" is not a plausible first month of a roadmap; write a month of this century as YYYY-MM, e.g. 2027-01`}},
		{"a cycle without coupling", "    team_size: 2\n",
			"  - {id: c1, name: C1, element: it, dimension: it-systems, current: 1, target: 3, effort: 4, depends_on: [c2]}\n" +
				"  - {id: c2, name: C2, element: it, dimension: it-systems, current: 1, target: 3, effort: 4, depends_on: [c1]}\n",
			[]string{`dependency cycle: c1 -> c2 -> c1; a capability cannot wait for itself; remove one of these dependencies, or build them as one coupled block with settings.roadmap.coupled: allow`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := strings.Join(problems(t, planWorkspace(c.settings, c.caps)), "\n")
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("lacks %s\ngot:\n%s", w, got)
				}
			}
		})
	}
}

func TestCoupledCyclesAreAllowedButNotSelfDependency(t *testing.T) {
	cyc := "  - {id: c1, name: C1, element: it, dimension: it-systems, current: 1, target: 3, effort: 4, depends_on: [c2]}\n" +
		"  - {id: c2, name: C2, element: it, dimension: it-systems, current: 1, target: 3, effort: 4, depends_on: [c1]}\n"
	if _, err := Load(planWorkspace("    coupled: allow\n", cyc), "t", ""); err != nil {
		t.Errorf("coupled block refused: %v", err)
	}
	self := "  - {id: c1, name: C1, element: it, dimension: it-systems, current: 1, target: 3, effort: 4, depends_on: [c1]}\n"
	if got := strings.Join(problems(t, planWorkspace("    coupled: allow\n", self)), "\n"); !strings.Contains(got, "dependency cycle: c1 -> c1") {
		t.Errorf("self dependency: %s", got)
	}
}

// A coupled block starts all its capabilities together, so validate checks
// them together against the capacity, as the plan does: c1 and c2 need
// 2 + 2 = 4 people of it at once; it holds 3, so the block cannot start
// although each fits alone (2 <= 3). With 4 people it fits exactly.
func TestCoupledBlockMustFitTheCapacityTogether(t *testing.T) {
	cyc := "  - {id: c1, name: C1, element: it, dimension: it-systems, current: 1, target: 3, effort: 4, team_size: 2, depends_on: [c2]}\n" +
		"  - {id: c2, name: C2, element: it, dimension: it-systems, current: 1, target: 3, effort: 4, team_size: 2, depends_on: [c1]}\n"
	got := problems(t, planWorkspace("    coupled: allow\n    capacity: {it: 3, governance: 1}\n", cyc))
	want := `capabilities.yaml:2:120: coupled block c1, c2 needs 4 people at once (its capabilities start together), but the capacity of it is 3; ` +
		`raise settings.roadmap.capacity, give its capabilities smaller team_size, or break the cycle so they can follow each other`
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if _, err := Load(planWorkspace("    coupled: allow\n    capacity: {it: 4, governance: 1}\n", cyc), "t", ""); err != nil {
		t.Errorf("a block that fits exactly was refused: %v", err)
	}
	// A member too big on its own gets its own message, not a second one for its block.
	big := strings.Replace(cyc, "team_size: 2, depends_on: [c2]", "team_size: 5, depends_on: [c2]", 1)
	if got := problems(t, planWorkspace("    coupled: allow\n    capacity: {it: 3, governance: 1}\n", big)); len(got) != 1 || !strings.Contains(got[0], `capability "c1" needs 5 people`) {
		t.Errorf("got %q", got)
	}
}

func TestUndatedRatingsBesideDatedOnesWarn(t *testing.T) {
	m := exampleFS(t, "intralogistics")
	m["ratings/workshop-cso.yaml"] = &fstest.MapFile{Data: []byte("ratings:\n  - rater: cso\n    scores:\n      ss-1: 3\n")}
	w, err := Load(m, "t", "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range w.Warnings {
		got = append(got, p.String())
	}
	want := `ratings/workshop-cso.yaml:2:12: "cso"'s rating has no assessment month, so it counts as the baseline, before every dated assessment`
	if !strings.Contains(strings.Join(got, "\n"), want) {
		t.Errorf("warnings %v", got)
	}
}
