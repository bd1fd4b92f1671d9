package roadmap

import (
	"reflect"
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
	if tp.Out[0].Code != ReasonAttractiveBelow || tp.Out[2].Code != ReasonPinnedExclude || !tp.Out[2].Pinned || tp.Out[2].PinReason != "" {
		t.Errorf("reasons %+v %+v", tp.Out[0], tp.Out[2])
	}
	if ads := el[DigitalService].RevenueStreams[0]; !ads.Pinned || ads.Code != ReasonPinnedInclude || ads.PinReason != "board decision" {
		t.Errorf("ads %+v", ads)
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

// 0.6958 against 0.70 is below it (the wording with enough decimals,
// "0.696 < 0.700", is internal/text's TestBetterDigits).
func TestBelowThresholdByLessThanARounding(t *testing.T) {
	if d, code := rule(Candidate{Category: kano.Attractive, Source: "kano", Better: 0.6958}, 0.7); d != DecisionOut || code != ReasonAttractiveBelow {
		t.Errorf("rule: %s %s", d, code)
	}
}
