package journey

import (
	"reflect"
	"testing"

	"github.com/dsc-workbench/dsc/kano"
)

// small is a hand-built journey: two stages, three channels, two personas.
//
//	stage \ channel  web            store          field
//	info             t1 (f-basic,   t2 (f-attr)    -
//	                 f-attr)
//	buy              t3 (f-indiff)  -              t4 (none)
//
// p-b2b meets t1, t3, t4; p-b2c meets t1, t2.
func small() Journey {
	f := func(id string, c kano.Category) Feature { return Feature{ID: id, Category: c, Source: "expected"} }
	return Journey{
		Stages:   []Stage{{ID: "info"}, {ID: "buy"}},
		Phases:   DefaultSalesPhases,
		Channels: []Channel{{ID: "web", Type: "web-shop", Online: true, Cost: LowCost}, {ID: "store", Type: "store", Cost: HighTouch}, {ID: "field", Type: "field-sales", Cost: HighTouch}},
		Personas: []Persona{{ID: "p-b2b", Segment: "B2B"}, {ID: "p-b2c", Segment: "B2C"}},
		Touchpoints: []Touchpoint{
			{ID: "t1", Stage: "info", Channel: "web", Personas: []string{"p-b2b", "p-b2c"}, Features: []string{"f-basic", "f-attr"}, Evidence: Measured},
			{ID: "t2", Stage: "info", Channel: "store", Personas: []string{"p-b2c"}, Features: []string{"f-attr"}},
			{ID: "t3", Stage: "buy", Channel: "web", Personas: []string{"p-b2b"}, Features: []string{"f-indiff"}, Evidence: FocusGroup},
			{ID: "t4", Stage: "buy", Channel: "field", Personas: []string{"p-b2b"}},
		},
		Features: []Feature{f("f-basic", kano.MustBe), f("f-attr", kano.Attractive), f("f-indiff", kano.Indifferent), f("f-orphan", kano.OneDimensional)},
	}
}

func TestCoverage(t *testing.T) {
	a := Analyze(small(), Options{})
	c := a.Coverage
	want := [][]Count{
		{{1, 2}, {1, 1}, {0, 0}},
		{{1, 1}, {0, 0}, {1, 0}},
	}
	if !reflect.DeepEqual(c.Cells, want) {
		t.Errorf("cells %v, want %v", c.Cells, want)
	}
	// info: 2 touchpoints, features f-basic and f-attr; buy: 2 touchpoints, f-indiff.
	if !reflect.DeepEqual(c.StageTotals, []Count{{2, 2}, {2, 1}}) {
		t.Errorf("stage totals %v", c.StageTotals)
	}
	// web: t1, t3 -> f-basic, f-attr, f-indiff; store: f-attr; field: none.
	if !reflect.DeepEqual(c.ChannelTotals, []Count{{2, 3}, {1, 1}, {1, 0}}) {
		t.Errorf("channel totals %v", c.ChannelTotals)
	}
	// p-b2c meets only t1 and t2.
	pc := a.PersonaGrids[1].Coverage
	if a.PersonaGrids[1].Persona != "p-b2c" || !reflect.DeepEqual(pc.Cells, [][]Count{{{1, 2}, {1, 1}, {0, 0}}, {{0, 0}, {0, 0}, {0, 0}}}) {
		t.Errorf("p-b2c cells %v", pc.Cells)
	}
	if !reflect.DeepEqual(a.Orphans, []string{"f-orphan"}) || !reflect.DeepEqual(a.Empty, []string{"t4"}) {
		t.Errorf("orphans %v empty %v", a.Orphans, a.Empty)
	}
	if a.Sources["expected"] != 4 {
		t.Errorf("sources %v", a.Sources)
	}
}

func TestHolesOfEachKind(t *testing.T) {
	a := Analyze(small(), Options{})
	want := []Hole{
		// p-b2b at buy meets t3 (indifferent) and t4 (nothing): touchpoints but no basics.
		{Persona: "p-b2b", Stage: "buy", Kind: HoleNoBasics, Touchpoints: 2, Categories: map[string]int{"I": 1}},
		// p-b2c meets nothing at buy.
		{Persona: "p-b2c", Stage: "buy", Kind: HoleNoTouchpoint},
	}
	if !reflect.DeepEqual(a.Holes, want) {
		t.Errorf("holes %+v, want %+v", a.Holes, want)
	}
}

func TestHolesUseTheSegmentsCategory(t *testing.T) {
	j := small()
	// The B2B segment finds the indifferent feature must-be: its hole at buy closes.
	j.Features[2].BySegment = map[string]kano.Category{"B2B": kano.MustBe}
	a := Analyze(j, Options{})
	for _, h := range a.Holes {
		if h.Persona == "p-b2b" {
			t.Errorf("unexpected hole %+v", h)
		}
	}
}

func TestOverServed(t *testing.T) {
	j := small()
	for _, id := range []string{"t5", "t6"} {
		j.Touchpoints = append(j.Touchpoints, Touchpoint{ID: id, Stage: "buy", Channel: "web", Personas: []string{"p-b2b"}, Features: []string{"f-indiff"}})
	}
	a := Analyze(j, Options{})
	if !reflect.DeepEqual(a.OverServed, []Cell{{Stage: "buy", Channel: "web", Touchpoints: 3, Features: 1}}) {
		t.Errorf("over-served %+v", a.OverServed)
	}
	// With a must-be feature in the cell it is no longer over-served.
	j.Touchpoints[4].Features = []string{"f-basic"}
	if a := Analyze(j, Options{}); len(a.OverServed) != 0 {
		t.Errorf("over-served %+v", a.OverServed)
	}
}

// archetype builds a role matrix for the four channels of the primer's
// examples: web (low-cost, online), tele (low-cost, offline), field
// (high-touch, offline), partner (partner, offline), from per-phase roles.
func archetype(web, tele, field, partner string) Configuration {
	chans := []Channel{{ID: "web", Online: true, Cost: LowCost}, {ID: "tele", Cost: LowCost}, {ID: "field", Cost: HighTouch}, {ID: "partner", Cost: Partner}}
	codes := map[byte]Role{'L': RoleLead, 'P': RolePrimary, 'S': RoleSupport, '-': RoleNone}
	roles := map[string]map[string]Role{}
	for i, spec := range []string{web, tele, field, partner} {
		m := map[string]Role{}
		for k, p := range DefaultSalesPhases {
			m[p.ID] = codes[spec[k]]
		}
		roles[chans[i].ID] = m
	}
	return Configure(chans, DefaultSalesPhases, roles)
}

// Phases in order: lead-generation, qualification, quotation, closing, fulfilment, retention, service.
func TestConfigurationArchetypes(t *testing.T) {
	for _, c := range []struct {
		name             string
		web, tele, field string
		partner          string
		want             Model
		omni             bool
	}{
		// Cheap channels win leads; field sales qualifies, quotes and closes.
		{"lead generation", "LS--SPP", "PS---S-", "-LLLSS-", "----P-S", LeadGeneration, false},
		// Everything moves to cheap channels; field sales only supports.
		{"profit optimisation", "LPPPPPL", "PLLLSPP", "-SS----", "----S--", ProfitOptimisation, false},
		// The company generates leads; partners do the rest.
		{"market coverage", "LS---S-", "P------", "S------", "-LLLLLL", MarketCoverage, false},
		// Every channel in every phase, online and offline leading together.
		{"maximum growth, omni-channel", "PPPPPPP", "SSSSSSS", "PPPPPPP", "SSSSSSS", MaximumGrowth, true},
	} {
		cfg := archetype(c.web, c.tele, c.field, c.partner)
		if cfg.Closest != c.want || cfg.OmniChannel != c.omni {
			t.Errorf("%s: closest %s omni %v, want %s %v; scores %+v", c.name, cfg.Closest, cfg.OmniChannel, c.want, c.omni, cfg.Scores)
		}
	}
}

func TestConfigurationEvidenceAndContradictions(t *testing.T) {
	cfg := archetype("LS--SPP", "PS---S-", "-LLLSS-", "----P-S")
	q := cfg.Phases[1] // qualification: web S(1) + tele S(1) = low-cost 2; field L(3) = high-touch 3
	if q.Weights[LowCost] != 2 || q.Weights[HighTouch] != 3 || !reflect.DeepEqual(q.Dominant, []CostClass{HighTouch}) || q.Active != 3 {
		t.Errorf("qualification %+v", q)
	}
	for _, s := range cfg.Scores {
		if s.Model == LeadGeneration && (s.Met != 4 || s.Expected != 4 || len(s.Contradictions) != 0) {
			t.Errorf("lead generation %+v", s)
		}
		if s.Model == ProfitOptimisation && (s.Expected != 7 || s.Contradictions[0].Phase != "qualification") {
			t.Errorf("profit optimisation %+v", s)
		}
	}
	// Only lead generation and fulfilment... no phase has an online and an offline lead except lead-generation (web L, tele P).
	if cfg.Phases[0].Integrated != true || cfg.Phases[1].Integrated {
		t.Errorf("integration %+v %+v", cfg.Phases[0], cfg.Phases[1])
	}
}

func TestProcessSupport(t *testing.T) {
	j := small()
	j.Features[0].Functions = []string{"online-checkout"}
	j.Touchpoints[1].Functions = []string{"store-pickup"}
	j.Stages[1].Kind = "purchase"
	j.Stages[0].Kind = "fulfilment" // so the store touchpoint t2 counts as fulfilment
	j.Processes = []Process{
		{ID: "full", Name: "Full", Steps: []ProcessStep{{"fulfilment", "online", "online-checkout"}, {"fulfilment", "store", "store-pickup"}}},
		{ID: "partial", Name: "Partial", Steps: []ProcessStep{{"fulfilment", "store", "store-pickup"}, {"purchase", "offline", "online-checkout"}}},
		{ID: "none", Name: "None", Steps: []ProcessStep{{"service", "any", "refund"}}},
	}
	got := CheckProcesses(j, index(j))
	if got[0].Status != SupportFull || got[1].Status != SupportPartial || got[2].Status != SupportNone {
		t.Fatalf("statuses %s %s %s", got[0].Status, got[1].Status, got[2].Status)
	}
	if !reflect.DeepEqual(got[0].Steps[0].Touchpoints, []string{"t1"}) || !reflect.DeepEqual(got[0].Steps[1].Touchpoints, []string{"t2"}) {
		t.Errorf("steps %+v", got[0].Steps)
	}
	if got[1].Steps[1].Met {
		t.Error("online checkout is not offered offline")
	}
}

func TestKPIsAndEvidence(t *testing.T) {
	j := small()
	cur, tgt := 9.0, 3.0
	j.Touchpoints[2].KPIs = []KPI{{Name: "Days to refund", Current: &cur, Target: &tgt, LowerIsBetter: true}, {Name: "NPS", Target: &tgt}}
	a := Analyze(j, Options{})
	if len(a.KPIs) != 1 || a.KPIs[0].Stage != "buy" || *a.KPIs[0].KPIs[0].Gap != 6 || a.KPIs[0].KPIs[1].Gap != nil {
		t.Errorf("kpis %+v", a.KPIs)
	}
	// p-b2b at buy: t3 focus group, t4 hypothesis -> 50% hypotheses.
	for _, e := range a.Evidence {
		if e.Persona == "p-b2b" && e.Stage == "buy" && (e.FocusGroup != 1 || e.Hypothesis != 1 || e.HypothesisShare != 0.5) {
			t.Errorf("evidence %+v", e)
		}
	}
}
