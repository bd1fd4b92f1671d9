package roadmap

import (
	"reflect"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/kano"
)

func TestSelectTarget(t *testing.T) {
	cands := []Candidate{
		{ID: "login", Element: Login, Kind: Feature, Category: kano.MustBe, Source: "kano", Parties: []string{"idp"}},
		{ID: "shop", Element: DirectSales, Kind: Feature, Category: kano.OneDimensional, Source: "expected", Parties: []string{"psp", "idp"}},
		{ID: "finance", Element: DirectSales, Kind: Service, Category: kano.Attractive, Source: "kano", Better: 0.6},
		{ID: "gadget", Element: DigitalService, Kind: Feature, Category: kano.Attractive, Source: "kano", Better: 0.4},
		{ID: "dream", Element: DigitalService, Kind: Feature, Category: kano.Attractive, Source: "expected"},
		{ID: "blog", Element: DigitalService, Kind: Feature, Category: kano.Indifferent, Source: "kano"},
		{ID: "popup", Element: DigitalService, Kind: Feature, Category: kano.Reverse, Source: "kano"},
		{ID: "odd", Element: AfterSales, Kind: Feature, Category: kano.Questionable, Source: "kano"},
		{ID: "new", Element: AfterSales, Kind: Feature},
		{ID: "ads", Element: DigitalService, Kind: RevenueStream, Category: kano.Indifferent, Source: "kano"},
		{ID: "hotline", Element: DigitalService, Kind: Service, Category: kano.MustBe, Source: "kano"},
	}
	pins := []Pin{{Entry: "ads", Decision: "include", Reason: "board decision"}, {Entry: "hotline", Decision: "exclude"}}
	tp := SelectTarget(cands, pins, 0.5)
	ids := func(ss []Selection) []string {
		out := []string{}
		for _, s := range ss {
			out = append(out, s.ID)
		}
		return out
	}
	el := map[Element]ElementPicture{}
	for _, e := range tp.Elements {
		el[e.Element] = e
	}
	if !reflect.DeepEqual(ids(el[Login].Features), []string{"login"}) || !reflect.DeepEqual(ids(el[DirectSales].Features), []string{"shop"}) ||
		!reflect.DeepEqual(ids(el[DirectSales].Services), []string{"finance"}) || !reflect.DeepEqual(ids(el[DigitalService].RevenueStreams), []string{"ads"}) {
		t.Errorf("elements %+v", tp.Elements)
	}
	if !reflect.DeepEqual(el[DirectSales].Parties, []string{"psp", "idp"}) {
		t.Errorf("parties %v", el[DirectSales].Parties)
	}
	if !reflect.DeepEqual(ids(tp.Discuss), []string{"dream", "popup", "odd", "new"}) {
		t.Errorf("discuss %v", ids(tp.Discuss))
	}
	if !reflect.DeepEqual(ids(tp.Out), []string{"gadget", "blog", "hotline"}) || tp.Selected != 4 {
		t.Errorf("out %v selected %d", ids(tp.Out), tp.Selected)
	}
	if tp.Out[0].Reason != "attractive, Better 0.40 < 0.50" || tp.Out[2].Reason != "pinned (exclude)" || !tp.Out[2].Pinned {
		t.Errorf("reasons %q %q", tp.Out[0].Reason, tp.Out[2].Reason)
	}
	if ads := el[DigitalService].RevenueStreams[0]; !ads.Pinned || ads.Reason != "pinned: board decision" {
		t.Errorf("ads %+v", ads)
	}
}

func TestPlanRoadmap(t *testing.T) {
	c := func(id string, dim Dimension, dur float64, step int, deps ...string) Capability {
		return Capability{ID: id, Name: strings.ToUpper(id), Dimension: dim, Duration: dur, Step: step, DependsOn: deps}
	}
	caps := []Capability{
		c("comp", Competencies, 2, 0),
		c("proc", Processes, 3, 0, "comp"),
		c("org", OrgStructure, 2, 0),
		c("hr", HumanResources, 1, 0),
		c("it", ITSystems, 4, 0, "proc"),
		c("pmo", OrgStructure, 1, 7, "org"),
	}
	p, err := PlanRoadmap(caps, PlanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// Steps 1 (2 months) and 2 (1 month) come first: capabilities start at month 3.
	// comp 3-5, proc 5-8, it 8-12 (the critical chain); org 3-5; hr waits for org: 5-6; pmo after org: 5-6.
	got := map[string][2]float64{}
	for _, pc := range p.Capabilities {
		got[pc.ID] = [2]float64{pc.Start, pc.Finish}
	}
	want := map[string][2]float64{"comp": {3, 5}, "proc": {5, 8}, "it": {8, 12}, "org": {3, 5}, "hr": {5, 6}, "pmo": {5, 6}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("schedule %v, want %v", got, want)
	}
	if p.Finish != 12 || !reflect.DeepEqual(p.CriticalPath, []string{"step-1", "step-2", "comp", "proc", "it"}) {
		t.Errorf("finish %v path %v", p.Finish, p.CriticalPath)
	}
	spans := map[int][2]float64{}
	for _, s := range p.Steps {
		spans[s.Number] = [2]float64{s.Start, s.Finish}
	}
	wantSpans := map[int][2]float64{1: {0, 2}, 2: {2, 3}, 3: {3, 5}, 4: {5, 8}, 5: {3, 6}, 6: {8, 12}, 7: {5, 6}}
	if !reflect.DeepEqual(spans, wantSpans) {
		t.Errorf("steps %v", spans)
	}
	if !p.Capabilities[3].AssignsPeople || p.Capabilities[2].AssignsPeople {
		t.Error("only hr assigns people")
	}
}

// Organisation work that needs the new people first goes after them; the
// rule that people come last in step 5 gives way instead of forming a cycle.
func TestPlanLetsOrganisationThatNeedsItsPeopleGoLast(t *testing.T) {
	caps := []Capability{
		{ID: "org", Dimension: OrgStructure, Duration: 1, DependsOn: []string{"hr"}},
		{ID: "hr", Dimension: HumanResources, Duration: 2},
		{ID: "org2", Dimension: OrgStructure, Duration: 1},
	}
	p, err := PlanRoadmap(caps, PlanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// hr still waits for org2 (3-4) but not for org: hr 4-6, org 6-7.
	got := map[string][2]float64{}
	for _, pc := range p.Capabilities {
		got[pc.ID] = [2]float64{pc.Start, pc.Finish}
	}
	if want := map[string][2]float64{"org2": {3, 4}, "hr": {4, 6}, "org": {6, 7}}; !reflect.DeepEqual(got, want) {
		t.Errorf("schedule %v, want %v", got, want)
	}
}

func TestPlanCycleIsAnError(t *testing.T) {
	_, err := PlanRoadmap([]Capability{{ID: "a", DependsOn: []string{"b"}}, {ID: "b", DependsOn: []string{"a"}}}, PlanOptions{})
	if err == nil || !strings.Contains(err.Error(), "a -> b -> a") {
		t.Errorf("got %v", err)
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

// Each decision carries a typed reason code; an entry classified from too few
// answers waits for a pin instead of entering the picture on its category.
func TestSelectTargetReasonCodes(t *testing.T) {
	cands := []Candidate{
		{ID: "thin", Element: DirectSales, Kind: Feature, Category: kano.MustBe, Source: "kano", TooFewAnswers: true},
		{ID: "thin-pinned", Element: DirectSales, Kind: Feature, Category: kano.MustBe, Source: "kano", TooFewAnswers: true},
		{ID: "m", Element: DirectSales, Kind: Feature, Category: kano.MustBe, Source: "kano"},
		{ID: "a", Element: DirectSales, Kind: Feature, Category: kano.Attractive, Source: "kano", Better: 0.7},
	}
	tp := SelectTarget(cands, []Pin{{Entry: "thin-pinned", Decision: "include", Reason: "board"}}, 0.5)
	codes := map[string]ReasonCode{}
	for _, s := range append(append([]Selection{}, tp.Elements[1].Features...), tp.Discuss...) {
		codes[s.ID] = s.Code
	}
	want := map[string]ReasonCode{"thin": ReasonTooFewAnswers, "thin-pinned": ReasonPinnedInclude, "m": ReasonMustBe, "a": ReasonAttractiveAbove}
	if !reflect.DeepEqual(codes, want) {
		t.Errorf("codes %v, want %v", codes, want)
	}
	if len(tp.Discuss) != 1 || tp.Discuss[0].ID != "thin" || tp.Selected != 3 {
		t.Errorf("discuss %+v, selected %d", tp.Discuss, tp.Selected)
	}
	if p := tp.Elements[1].Features[0]; p.ID != "thin-pinned" || p.PinReason != "board" {
		t.Errorf("pinned %+v", p)
	}
}
