package roadmap

import (
	"reflect"
	"testing"
)

// work builds a capability of a dimension with a duration, a team of 2 and
// effort = 2 x duration.
func work(id string, dim Dimension, dur float64, deps ...string) Capability {
	el := Organisation
	if dim == ITSystems {
		el = IT
	}
	return Capability{ID: id, Name: id, Element: el, Dimension: dim, Duration: dur, TeamSize: 2, Effort: 2 * dur, DependsOn: deps}
}

func mustSchedule(t *testing.T, cs []Capability, o Options) (Graph, Plan) {
	t.Helper()
	g, p, err := Schedule(cs, o)
	if err != nil {
		t.Fatal(err)
	}
	return g, p
}

func capByID(p Plan, id string) PlannedCapability {
	for _, c := range p.Capabilities {
		if c.ID == id {
			return c
		}
	}
	return PlannedCapability{}
}

func TestStepsOneAndTwoTakeTheirLengthFromOptions(t *testing.T) {
	// Assessment 1.5 months, approval 0.5: capabilities start at month 2.
	_, p := mustSchedule(t, []Capability{work("comp", Competencies, 2)}, Options{AssessmentMonths: 1.5, ApprovalMonths: 0.5})
	if s := p.Steps; s[0].Start != 0 || s[0].Finish != 1.5 || s[1].Start != 1.5 || s[1].Finish != 2 {
		t.Errorf("steps 1, 2: %+v %+v", s[0], s[1])
	}
	if c := capByID(p, "comp"); c.Start != 2 || c.Finish != 4 {
		t.Errorf("comp %v-%v", c.Start, c.Finish)
	}
	// Defaults 2 and 1.
	_, p = mustSchedule(t, []Capability{work("comp", Competencies, 2)}, Options{})
	if p.Steps[1].Finish != 3 || capByID(p, "comp").Start != 3 || p.AssessmentMonths != 2 || p.ApprovalMonths != 1 {
		t.Errorf("defaults: %+v", p.Steps[:2])
	}
}

// The organisation (step 5) is designed on the competencies (step 3) and
// the process landscape (step 4): without any dependency it still waits for
// both, and the people (human resources) come after it.
func TestOrganisationAfterCompetenciesAndProcesses(t *testing.T) {
	cs := []Capability{
		work("comp", Competencies, 2), // 3-5
		work("proc", Processes, 3),    // 3-6
		work("org", OrgStructure, 1),  // rule: after comp and proc: 6-7
		work("hr", HumanResources, 2), // rule: after org: 7-9
		work("it", ITSystems, 4),      // 3-7
	}
	_, p := mustSchedule(t, cs, Options{})
	want := map[string][2]float64{"comp": {3, 5}, "proc": {3, 6}, "org": {6, 7}, "hr": {7, 9}, "it": {3, 7}}
	if got := spans(p); !reflect.DeepEqual(got, want) {
		t.Errorf("spans %v", got)
	}
	if org := capByID(p, "org"); !reflect.DeepEqual(org.RuleDependsOn, []string{"comp", "proc"}) {
		t.Errorf("org rule prerequisites %v", org.RuleDependsOn)
	}
	if hr := capByID(p, "hr"); !hr.AssignsPeople || !reflect.DeepEqual(hr.RuleDependsOn, []string{"org"}) {
		t.Errorf("hr %+v", hr)
	}
	if len(p.Breaches) != 0 {
		t.Errorf("breaches %+v", p.Breaches)
	}
}

// A process that explicitly needs organisation work forces that work before
// the process landscape is done: the plan obeys the dependency, lists the
// breach with its cause, and the organisation work still waits for the
// competencies, which do not need it.
func TestOrganisationRuleBreachByDependency(t *testing.T) {
	cs := []Capability{
		work("comp", Competencies, 2),      // 3-5
		work("proc", Processes, 3, "org"),  // after org: 5-8
		work("org", OrgStructure, 1),       // waits for comp only: 5-6
		work("team", OrgStructure, 1),      // waits for comp and proc: 8-9
		work("hr", HumanResources, 1),      // after org and team: 9-10
		work("shop", ITSystems, 2, "proc"), // 8-10
	}
	_, p := mustSchedule(t, cs, Options{})
	want := map[string][2]float64{"comp": {3, 5}, "proc": {6, 9}, "org": {5, 6}, "team": {9, 10}, "hr": {10, 11}, "shop": {9, 11}}
	if got := spans(p); !reflect.DeepEqual(got, want) {
		t.Errorf("spans %v", got)
	}
	wantB := []Breach{{Rule: RuleOrganisation, Capability: "org", Cause: CauseDependency, By: "proc", Path: []string{"proc", "org"}}}
	if !reflect.DeepEqual(p.Breaches, wantB) {
		t.Errorf("breaches %+v", p.Breaches)
	}
}

// Organisation work that needs its people first breaks "people last"; the
// people still wait for the organisation work that does not need them.
func TestPeopleLastBreachByDependency(t *testing.T) {
	cs := []Capability{
		work("org", OrgStructure, 1),         // 3-4
		work("roles", OrgStructure, 1, "hr"), // needs the people: 6-7
		work("hr", HumanResources, 2),        // waits for org only: 4-6
	}
	_, p := mustSchedule(t, cs, Options{})
	want := map[string][2]float64{"org": {3, 4}, "roles": {6, 7}, "hr": {4, 6}}
	if got := spans(p); !reflect.DeepEqual(got, want) {
		t.Errorf("spans %v", got)
	}
	wantB := []Breach{{Rule: RulePeopleLast, Capability: "hr", Cause: CauseDependency, By: "roles", Path: []string{"roles", "hr"}}}
	if !reflect.DeepEqual(p.Breaches, wantB) {
		t.Errorf("breaches %+v", p.Breaches)
	}
}

// A pin overrides the rules; every rule it breaks is listed with the
// capability it overlaps.
func TestPinBreaches(t *testing.T) {
	one, four := 1.0, 4.0
	cs := []Capability{
		work("comp", Competencies, 2), // 3-5
		work("proc", Processes, 3),    // 3-6
		work("org", OrgStructure, 1),  // pinned at 4 though the rule wants 6
		work("it", ITSystems, 2, "comp"),
	}
	cs[2].PinnedStart = &four
	cs[3].PinnedStart = &one // before approval (3) and before comp finishes (5)
	_, p := mustSchedule(t, cs, Options{})
	if org := capByID(p, "org"); org.Start != 4 || !org.Pinned {
		t.Errorf("org %+v", org)
	}
	want := []Breach{
		{Rule: RuleOrganisation, Capability: "org", Cause: CausePin, By: "comp", Start: 4, NotBefore: 5},
		{Rule: RuleOrganisation, Capability: "org", Cause: CausePin, By: "proc", Start: 4, NotBefore: 6},
		{Rule: RuleAfterApproval, Capability: "it", Cause: CausePin, Start: 1, NotBefore: 3},
		{Rule: RuleDependency, Capability: "it", Cause: CausePin, By: "comp", Start: 1, NotBefore: 5},
	}
	if !reflect.DeepEqual(p.Breaches, want) {
		t.Errorf("breaches\n%+v\nwant\n%+v", p.Breaches, want)
	}
}

// The PMO is a bar from the first project stream to the end; step 7 spans
// it. Step 6 splits each capability 20/20/60 into requirements, provider
// selection and implementation.
func TestPMOBarAndSystemsPhases(t *testing.T) {
	cs := []Capability{
		work("comp", Competencies, 2),    // 3-5
		work("it", ITSystems, 5, "comp"), // 5-10: requirements 5-6, selection 6-7, implementation 7-10
		work("tribes", OrgStructure, 1, "it"),
	}
	cs[2].Step = 7 // 10-11
	_, p := mustSchedule(t, cs, Options{PMOTeamSize: 1})
	if p.PMO != (PMO{Start: 3, Finish: 11, TeamSize: 1, Pool: PoolAll}) {
		t.Errorf("pmo %+v", p.PMO)
	}
	if s7 := p.Steps[6]; s7.Start != 3 || s7.Finish != 11 || !reflect.DeepEqual(s7.Capabilities, []string{"tribes"}) {
		t.Errorf("step 7 %+v", s7)
	}
	wantPhases := []Phase{{PhaseRequirements, 5, 6}, {PhaseSelection, 6, 7}, {PhaseImplementation, 7, 10}}
	if it := capByID(p, "it"); !reflect.DeepEqual(it.Phases, wantPhases) {
		t.Errorf("phases %+v", it.Phases)
	}
	if !reflect.DeepEqual(p.Steps[5].Phases, wantPhases) {
		t.Errorf("step 6 phases %+v", p.Steps[5].Phases)
	}
	// PMO effort: 1 person x 8 months = 8 person-months in step 7, with the
	// tribe work (2 people x 1 month).
	if s := p.Cost.Steps[6]; s.PersonMonths != 10 {
		t.Errorf("step 7 cost %+v", s)
	}
}

func TestMilestones(t *testing.T) {
	cs := []Capability{
		work("comp", Competencies, 2),     // 3-5
		work("org", OrgStructure, 1),      // 5-6: organisation in place at 6
		work("shop", ITSystems, 4),        // 3-7: platform live at 7
		work("app", ITSystems, 1, "shop"), // 7-8
	}
	cs[2].Enables, cs[3].Enables = []string{"webshop"}, []string{"webshop"}
	g, p := mustSchedule(t, cs, Options{})
	// Clusters: comp and org are not tied (org waits for comp by rule
	// only), so each is alone: tribe-1 and tribe-2; {shop, app} is tribe-3.
	// A team launches when its capabilities are done and the organisation
	// is in place (6): tribe-1 max(5, 6) = 6, tribe-2 6, tribe-3 max(8, 6) = 8.
	var got []Milestone
	got = append(got, p.Milestones...)
	want := []Milestone{
		{ID: "ms-target-approved", Kind: MilestoneTargetApproved, At: 3},
		{ID: "ms-organisation-in-place", Kind: MilestoneOrganisation, At: 6},
		{ID: "ms-tribe-1", Kind: MilestoneTribeTeamLaunch, Cluster: "tribe-1", At: 6},
		{ID: "ms-tribe-2", Kind: MilestoneTribeTeamLaunch, Cluster: "tribe-2", At: 6},
		{ID: "ms-platform-live", Kind: MilestonePlatformLive, At: 8},
		{ID: "ms-tribe-3", Kind: MilestoneTribeTeamLaunch, Cluster: "tribe-3", At: 8},
		{ID: "ms-programme-finish", Kind: MilestoneProgrammeFinish, At: 8},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("milestones\n%+v\nwant\n%+v\nclusters %+v", got, want, g.Clusters)
	}
}

func TestMonthLabel(t *testing.T) {
	for _, c := range []struct {
		start  string
		offset float64
		want   string
	}{{"2027-02", 0, "2027-02"}, {"2027-02", 11.5, "2028-01"}, {"2027-12", 1, "2028-01"}, {"", 2, "M3"}} {
		if got := MonthLabel(c.start, c.offset); got != c.want {
			t.Errorf("MonthLabel(%q, %v) = %s, want %s", c.start, c.offset, got, c.want)
		}
	}
}
