package roadmap

import (
	"errors"
	"reflect"
	"testing"
)

// The hand case: three independent 2-month capabilities needing 2
// people each, capacity 4. Capabilities start after steps 1 and 2 (month 3
// from the start, the 4th month). Without a limit all three run 3-5 (the
// capabilities' months 1-2, end in their month 2). With 4 people two fit:
// x and y (first in sequence; all have slack 0) run 3-5, z waits for their
// people and runs 5-7 (its months 3-4): the end moves from month 2 to month 4.
func TestLevelledScheduleHandCase(t *testing.T) {
	cs := caps("x:2", "y:2", "z:2")
	_, free := mustSchedule(t, cs, Options{})
	_, p := mustSchedule(t, cs, Options{Capacity: Capacity{Total: 4}})
	if got := spans(free); !reflect.DeepEqual(got, map[string][2]float64{"x": {3, 5}, "y": {3, 5}, "z": {3, 5}}) {
		t.Errorf("unlimited %v", got)
	}
	if got := spans(p); !reflect.DeepEqual(got, map[string][2]float64{"x": {3, 5}, "y": {3, 5}, "z": {5, 7}}) {
		t.Errorf("levelled %v", got)
	}
	if p.FinishUnlimited != 5 || p.Finish != 7 || capByID(p, "z").Delay != 2 {
		t.Errorf("finish %v (unlimited %v), z delay %v", p.Finish, p.FinishUnlimited, capByID(p, "z").Delay)
	}
	// Load per month: 0, 0, 0 in steps 1-2; 4, 4 people in months 3 and 4; 2, 2 after.
	want := []Load{{Pool: PoolAll, Capacity: 4, Limited: true, Months: []float64{0, 0, 0, 4, 4, 2, 2}, Peak: 4, Over: []int{}}}
	if !reflect.DeepEqual(p.Load, want) {
		t.Errorf("load %+v", p.Load)
	}
	// z waits for the people of x (a resource link): x, z drive the end.
	if !reflect.DeepEqual(p.DrivingPath, []string{"step-1", "step-2", "x", "z"}) {
		t.Errorf("driving path %v", p.DrivingPath)
	}
}

// The critical chain goes first: a -> b (2 months each) has no slack, c and
// d (1 month) have 3. With 2 people (one team at a time): a 3-5, b 5-7 (it
// is eligible at 5 with c and d, and has least slack), then c 7-8, d 8-9.
func TestLevelledScheduleTakesLeastSlackFirst(t *testing.T) {
	_, p := mustSchedule(t, caps("c:1", "d:1", "a:2", "b:2:a"), Options{Capacity: Capacity{Total: 2}})
	want := map[string][2]float64{"a": {3, 5}, "b": {5, 7}, "c": {7, 8}, "d": {8, 9}}
	if got := spans(p); !reflect.DeepEqual(got, want) {
		t.Errorf("spans %v", got)
	}
	if p.FinishUnlimited != 7 || p.Finish != 9 {
		t.Errorf("finish %v unlimited %v", p.Finish, p.FinishUnlimited)
	}
	if !reflect.DeepEqual(p.DrivingPath, []string{"step-1", "step-2", "a", "b", "c", "d"}) {
		t.Errorf("driving path %v", p.DrivingPath)
	}
}

// Capacity per operating-model element: IT work does not wait for
// organisation people. The PMO holds one governance person throughout.
func TestCapacityPerElementAndPMO(t *testing.T) {
	cs := []Capability{
		work("i1", ITSystems, 2), work("i2", ITSystems, 2), // 2 people each, it capacity 2: 3-5, 5-7
		work("o1", Processes, 1), work("o2", Processes, 1), // organisation capacity 4: both 3-4
		{ID: "g1", Element: Governance, Dimension: Processes, Duration: 1, TeamSize: 1, Effort: 1}, // governance 2 - 1 PMO: 3-4
		{ID: "g2", Element: Governance, Dimension: Processes, Duration: 1, TeamSize: 1, Effort: 1}, // then 4-5
	}
	o := Options{Capacity: Capacity{PerElement: map[OperatingElement]float64{IT: 2, Organisation: 4, Governance: 2}}, PMOTeamSize: 1}
	_, p := mustSchedule(t, cs, o)
	want := map[string][2]float64{"i1": {3, 5}, "i2": {5, 7}, "o1": {3, 4}, "o2": {3, 4}, "g1": {3, 4}, "g2": {4, 5}}
	if got := spans(p); !reflect.DeepEqual(got, want) {
		t.Errorf("spans %v", got)
	}
	// Governance load: the PMO (1 person from month 3 to 7) plus g1, g2.
	for _, l := range p.Load {
		if l.Pool == "governance" && !reflect.DeepEqual(l.Months, []float64{0, 0, 0, 2, 2, 1, 1}) {
			t.Errorf("governance load %v", l.Months)
		}
	}
	o.Capacity.PerElement[Governance] = 1
	_, _, err := Schedule(cs, o)
	var ce *CapacityError
	if !errors.As(err, &ce) || ce.Capability != "g1" || ce.Available != 1 || ce.PMO != 1 {
		t.Errorf("no governance people left after the PMO: %v", err)
	}
	delete(o.Capacity.PerElement, Governance)
	if _, _, err := Schedule(cs, o); !errors.As(err, &ce) || !ce.NoPool || ce.Pool != "governance" {
		t.Errorf("missing pool: %v", err)
	}
}

// A pinned capability takes its people whatever the capacity; the months
// above capacity are listed.
func TestPinnedStartCanOverloadAndIsListed(t *testing.T) {
	cs := caps("x:2", "y:2")
	three := 3.0
	cs[1].PinnedStart = &three
	_, p := mustSchedule(t, cs, Options{Capacity: Capacity{Total: 2}})
	// y is pinned at 3 and holds the 2 people: x waits until 5.
	if got := spans(p); !reflect.DeepEqual(got, map[string][2]float64{"x": {5, 7}, "y": {3, 5}}) {
		t.Errorf("spans %v", got)
	}
	cs[0].PinnedStart = &three
	_, p = mustSchedule(t, cs, Options{Capacity: Capacity{Total: 2}})
	if !reflect.DeepEqual(p.Load[0].Over, []int{3, 4}) || len(p.Breaches) != 2 || p.Breaches[0].Rule != RuleCapacity {
		t.Errorf("over %v breaches %+v", p.Load[0].Over, p.Breaches)
	}
}

// Cost = effort x monthly rate. Hand case: x, y (3-5) and z (5-7), 4
// person-months each, 1,000 a person-month. Starting 2027-02, month 3 is
// May: Q1 (Feb, Mar) 0; Q2 (Apr, May, Jun): x and y 2 + 2 in May and June
// = 8; Q3 (Jul, Aug): z 2 + 2 = 4.
func TestCostPerStepAndQuarter(t *testing.T) {
	_, p := mustSchedule(t, caps("x:2", "y:2", "z:2"), Options{Capacity: Capacity{Total: 4}, MonthlyRate: 1000, Start: "2027-02"})
	if p.Cost.PersonMonths != 12 || p.Cost.Total != 12000 || p.Cost.Steps[5] != (StepCost{Step: 6, PersonMonths: 12, Cost: 12000}) {
		t.Errorf("cost %+v", p.Cost)
	}
	want := []QuarterCost{{Label: "2027-Q1", Year: 2027, Quarter: 1}, {Label: "2027-Q2", Year: 2027, Quarter: 2, PersonMonths: 8, Cost: 8000},
		{Label: "2027-Q3", Year: 2027, Quarter: 3, PersonMonths: 4, Cost: 4000}}
	if !reflect.DeepEqual(p.Cost.Quarters, want) {
		t.Errorf("quarters %+v", p.Cost.Quarters)
	}
	// Without a start month quarters count from the programme start: Q2 is
	// months 3-5 (4 + 4 + 2 = 10), Q3 month 6 (2).
	_, p = mustSchedule(t, caps("x:2", "y:2", "z:2"), Options{Capacity: Capacity{Total: 4}, MonthlyRate: 1000})
	if q := p.Cost.Quarters; len(q) != 3 || q[1].Label != "Q2" || q[1].PersonMonths != 10 || q[2].PersonMonths != 2 {
		t.Errorf("relative quarters %+v", q)
	}
}

// A plan beyond MaxMonths is refused before any month is counted.
func TestPlanTooLongIsAnError(t *testing.T) {
	far := 5000.0
	cs := caps("x:2")
	cs[0].PinnedStart = &far
	_, _, err := Schedule(cs, Options{})
	if err == nil || err.Error() != "the roadmap would run 5002 months; at most 1200 can be planned: check efforts, durations and pinned starts" {
		t.Errorf("got %v", err)
	}
	// A pin that validation allows (month 1199 <= 1200) with a 2-month
	// capability still runs past the limit: 3 (steps 1-2) are not added to a
	// pin, so the plan ends at 1199 + 2 = 1201.
	late := 1199.0
	cs[0].PinnedStart = &late
	var tl *TooLongError
	if _, _, err := Schedule(cs, Options{}); !errors.As(err, &tl) || tl.Finish != 1201 {
		t.Errorf("a late pin: got %v", err)
	}
}

// trial5's PMO case (steps 1-2 take 0-3, one pool of 5, the PMO holds 1):
// d (competencies, 2 people, 1 month) is pinned to 2, before the approval;
// a (IT, 2 people, 2 months) starts at 3, the approval; b needs a: 5-7; c
// (3 people, 2 months) could start at 3, but a or b hold 2, d 2 (until 3) and
// the PMO 1, so 2 + 3 + 1 > 5 keeps it out until b frees its people at 7:
// 7-9. a starts as soon as the approval allows: d, which finishes then, held
// back nothing (a's 2 + d's 0 from 3 on + PMO 1 fit in 5) and is not on the
// driving path; c waited for b's people.
func TestDrivingPathSkipsAPinThatDelayedNothing(t *testing.T) {
	cs := []Capability{
		{ID: "a", Name: "a", Element: IT, Dimension: ITSystems, Duration: 2, TeamSize: 2, Effort: 4},
		{ID: "b", Name: "b", Element: IT, Dimension: ITSystems, Duration: 2, TeamSize: 2, Effort: 4, DependsOn: []string{"a"}},
		{ID: "c", Name: "c", Element: IT, Dimension: ITSystems, Duration: 2, TeamSize: 3, Effort: 6},
		{ID: "d", Name: "d", Element: Organisation, Dimension: Competencies, Duration: 1, TeamSize: 2, Effort: 2},
	}
	two := 2.0
	cs[3].PinnedStart = &two
	_, p := mustSchedule(t, cs, Options{Capacity: Capacity{Total: 5}, PMOTeamSize: 1})
	want := map[string][2]float64{"d": {2, 3}, "a": {3, 5}, "b": {5, 7}, "c": {7, 9}}
	if got := spans(p); !reflect.DeepEqual(got, want) {
		t.Fatalf("spans %v, want %v", got, want)
	}
	if p.Finish != 9 || p.FinishUnlimited != 7 || capByID(p, "c").Delay != 4 {
		t.Errorf("finish %v (unlimited %v), c delay %v", p.Finish, p.FinishUnlimited, capByID(p, "c").Delay)
	}
	if !reflect.DeepEqual(p.DrivingPath, []string{"step-1", "step-2", "a", "b", "c"}) {
		t.Errorf("driving path %v, want step-1, step-2, a, b, c", p.DrivingPath)
	}
}
