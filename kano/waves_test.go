package kano

import (
	"encoding/json"
	"maps"
	"math"
	"slices"
	"strings"
	"testing"
)

// wave builds one wave's analysis from per-feature category counts, each
// respondent answering the pair that gives the category (A like/neutral,
// O like/dislike, M expect/dislike, I neutral/neutral, R dislike/like).
func wave(label string, counts map[string]Counts) Wave {
	s := NewSurvey()
	pairs := map[Category][2]Answer{Attractive: {Like, Neutral}, OneDimensional: {Like, Dislike}, MustBe: {Expect, Dislike},
		Indifferent: {Neutral, Neutral}, Reverse: {Dislike, Like}}
	for _, id := range slices.Sorted(maps.Keys(counts)) {
		f := s.Feature(id)
		for _, cat := range Categories {
			for k := 0; k < counts[id].Of(cat); k++ {
				p := pairs[cat]
				s.Add(f, s.Segment(""), p[0], p[1], 0)
			}
		}
	}
	return Wave{Label: label, Analysis: s.Analyze(Options{MinN: 10})}
}

func TestMigrate(t *testing.T) {
	// Given out of order: Migrate sorts the waves by label.
	later := wave("2027-03", map[string]Counts{
		"click-collect": {A: 15, O: 25},
		"invoice":       {M: 30, O: 10},
		"chat":          {O: 5, M: 3},
		"remote":        {A: 20, I: 5},
		"newsletter":    {R: 12, I: 8},
	})
	earlier := wave("2026-03", map[string]Counts{
		"click-collect": {A: 30, O: 10},
		"invoice":       {M: 29, O: 11},
		"chat":          {M: 6, O: 2},
		"newsletter":    {I: 15, A: 5},
	})
	ms := Migrate([]Wave{later, earlier}, Options{MinN: 10})
	by := map[string]Migration{}
	for _, m := range ms {
		by[m.ID] = m
	}
	if len(ms) != 5 || ms[0].Waves[0].Wave != "2026-03" {
		t.Fatalf("%d migrations, first %+v", len(ms), ms[0])
	}

	// Click & collect: A 30 O 10 -> A 15 O 25 (40 each). Column sums A 45,
	// O 35 of 80; expected per wave A 22.5, O 17.5; Pearson's chi-square
	// (Agresti 2007, section 2.4; see TestMigrateThreeWaves) =
	// 2 x (7.5^2/22.5 + 7.5^2/17.5) = 11.4286, df 1, p = erfc(sqrt(5.714)) = 0.000723.
	// Attractive -> one-dimensional: down the life cycle, significant.
	cc := by["click-collect"]
	st := cc.Steps[0]
	if st.FromCat != Attractive || st.ToCat != OneDimensional || st.Move != MoveDown || !st.Test.Significant || !cc.Down() || !cc.Significant() {
		t.Errorf("click-collect %+v", cc)
	}
	near(t, "click-collect chi-square", st.Test.ChiSquare, 11.428571429)
	near(t, "click-collect p", st.Test.P, 0.000723233)
	// Better 40/40 = 1 both times; Worse -10/40 = -0.25 -> -25/40 = -0.625.
	near(t, "click-collect Worse change", st.Worse, -0.375)
	if st.Better != 0 || math.Signbit(st.Better) {
		t.Errorf("Better change %v", st.Better)
	}

	// Invoice: M 29 O 11 -> M 30 O 10: the same category, no move.
	if inv := by["invoice"]; inv.Move != MoveSame || inv.Down() || inv.Steps[0].Moved() || inv.Steps[0].Test.Significant {
		t.Errorf("invoice %+v", inv)
	}
	// Chat: must-be (6 of 8) -> one-dimensional (5 of 8): up the cycle, with
	// fewer answers than min_n in both waves.
	if c := by["chat"]; c.Move != MoveUp || c.Down() || !c.Steps[0].LowN || !c.Waves[0].LowN {
		t.Errorf("chat %+v", c)
	}
	// Newsletter: indifferent -> reverse: off the cycle, never flagged down.
	if n := by["newsletter"]; n.Move != MoveOff || n.Down() {
		t.Errorf("newsletter %+v", n)
	}
	// Remote: asked only in the later wave: one classified wave, no step,
	// no move but "new", and no test (trial 6 L5: it was "same" with p 0).
	if r := by["remote"]; len(r.Steps) != 0 || r.Waves[0].N != 0 || r.Waves[1].Category != Attractive || r.Move != MoveNew || r.Moved() || r.Unclear() {
		t.Errorf("remote %+v", r)
	}
	b, err := json.Marshal(by["remote"])
	if err != nil {
		t.Fatal(err)
	}
	if got := string(b); !strings.Contains(got, `"move":"new","test":{"chi_square":0,"df":0,"p":null,"significant":false}`) {
		t.Errorf("remote JSON %s", got)
	}
	// Asked only in the first wave: no move either, "none".
	only := Migrate([]Wave{{Label: "2026-03", Analysis: Analysis{Features: []FeatureResult{{ID: "fax", Result: Result{N: 20, Counts: Counts{I: 20}, Category: Indifferent}}}}},
		{Label: "2027-03", Analysis: Analysis{}}}, Options{MinN: 10})
	if len(only) != 1 || only[0].Move != MoveNone || len(only[0].Steps) != 0 {
		t.Errorf("first wave only: %+v", only)
	}
}

// A wave without answers to a feature has no Better or Worse (0/0): the
// JSON says null, never 0, and the wave is low n (0 < min_n). Every other
// field keeps its form.
func TestWaveWithoutAnswersJSON(t *testing.T) {
	ms := Migrate([]Wave{
		wave("2026-03", map[string]Counts{"chat": {A: 12}}),
		wave("2027-03", map[string]Counts{"chat": {A: 6, O: 6}, "remote": {A: 10}}),
	}, Options{MinN: 10})
	var remote Migration
	for _, m := range ms {
		if m.ID == "remote" {
			remote = m
		}
	}
	got, err := json.Marshal(remote.Waves)
	if err != nil {
		t.Fatal(err)
	}
	// 2027-03: Better (A+O)/n = 10/10 = 1, Worse -(O+M)/n = 0.
	want := `[{"wave":"2026-03","n":0,"counts":{"A":0,"O":0,"M":0,"I":0,"R":0,"Q":0},"category":"","mixed":false,"better":null,"worse":null,"low_n":true},` +
		`{"wave":"2027-03","n":10,"counts":{"A":10,"O":0,"M":0,"I":0,"R":0,"Q":0},"category":"A","mixed":false,"better":1,"worse":0,"low_n":false}]`
	if string(got) != want {
		t.Errorf("waves JSON\n got %s\nwant %s", got, want)
	}
}

// Reverse and questionable answers only: n is 5 but A+O+M+I = 0, so Better
// and Worse are 0/0 as well and null in JSON (the report shows "–").
func TestWaveOfReverseAnswersOnlyJSON(t *testing.T) {
	ms := Migrate([]Wave{
		wave("2026-03", map[string]Counts{"remote": {R: 4, Q: 1}}),
		wave("2027-03", map[string]Counts{"remote": {A: 10}}),
	}, Options{MinN: 10})
	got, err := json.Marshal(ms[0].Waves[0])
	if err != nil {
		t.Fatal(err)
	}
	if s := string(got); !strings.Contains(s, `"better":null,"worse":null`) {
		t.Errorf("wave of R 4, Q 1: %s", s)
	}
}

func TestMoveOf(t *testing.T) {
	for _, c := range []struct {
		from, to Category
		want     Move
	}{
		{Indifferent, Attractive, MoveDown}, {Attractive, OneDimensional, MoveDown}, {OneDimensional, MustBe, MoveDown},
		{Attractive, MustBe, MoveDown}, {Indifferent, MustBe, MoveDown},
		{MustBe, OneDimensional, MoveUp}, {Attractive, Indifferent, MoveUp},
		{MustBe, MustBe, MoveSame}, {Reverse, Attractive, MoveOff}, {MustBe, Questionable, MoveOff},
	} {
		if got := MoveOf(c.from, c.to); got != c.want {
			t.Errorf("%s -> %s: %s, want %s", c.from, c.to, got, c.want)
		}
	}
}

// Three waves, the life cycle's full descent and a feature that went and
// came back. The significance test is Pearson's chi-square test of
// independence on the two waves' category counts (Pearson 1900; Agresti,
// An Introduction to Categorical Data Analysis, 2nd ed. 2007, section 2.4):
// expected count = row sum x column sum / N, chi-square = sum of
// (observed - expected)^2 / expected, df = (2 - 1)(categories used - 1),
// p from the chi-square distribution (df 2: exp(-x/2); df 3:
// erfc(sqrt(x/2)) + sqrt(2x/pi) exp(-x/2)).
func TestMigrateThreeWaves(t *testing.T) {
	ms := Migrate([]Wave{
		wave("2025-04", map[string]Counts{"tracking": {A: 20, O: 10, I: 10}, "portal": {O: 28, A: 12}}),
		wave("2025-10", map[string]Counts{"tracking": {A: 10, O: 22, M: 8}, "portal": {A: 26, O: 14}}),
		wave("2026-04", map[string]Counts{"tracking": {A: 4, O: 12, M: 24}, "portal": {O: 28, A: 12}}),
	}, Options{MinN: 10})
	by := map[string]Migration{}
	for _, m := range ms {
		by[m.ID] = m
	}
	// Tracking: A (20 of 40; Fong 20 - 10 = 10 > 1.65 sqrt(30 x 50 / 80) =
	// 7.14) -> O (22; 12 > 7.23) -> M (24; 12 > 7.34): down at each step.
	tr := by["tracking"]
	if len(tr.Steps) != 2 || tr.Steps[0].Move != MoveDown || tr.Steps[1].Move != MoveDown ||
		tr.Waves[0].Category != Attractive || tr.Waves[1].Category != OneDimensional || tr.Waves[2].Category != MustBe {
		t.Fatalf("tracking %+v", tr)
	}
	// Step 1: A 20 O 10 M 0 I 10 vs A 10 O 22 M 8 I 0, 40 each. Column sums
	// A 30, O 32, M 8, I 10; expected per wave A 15, O 16, M 4, I 5;
	// chi-square = 2 (5^2/15 + 6^2/16 + 4^2/4 + 5^2/5) = 2 x 12.9167 =
	// 25.8333, df 3, p = 1.0335e-5.
	near(t, "step 1 chi-square", tr.Steps[0].Test.ChiSquare, 25.833333333)
	near(t, "step 1 p", tr.Steps[0].Test.P*1e5, 1.0335275772)
	if tr.Steps[0].Test.DF != 3 || !tr.Steps[0].Test.Significant {
		t.Errorf("step 1 %+v", tr.Steps[0].Test)
	}
	// Step 2: A 10 O 22 M 8 vs A 4 O 12 M 24 (I unused: dropped). Column
	// sums A 14, O 34, M 32; expected A 7, O 17, M 16; chi-square =
	// 2 (3^2/7 + 5^2/17 + 8^2/16) = 13.5126, df 2, p = exp(-6.7563) = 0.0011635.
	near(t, "step 2 chi-square", tr.Steps[1].Test.ChiSquare, 13.512605042)
	near(t, "step 2 p", tr.Steps[1].Test.P, 0.0011635233)
	// Overall, first against last wave: A 20 O 10 M 0 I 10 vs A 4 O 12 M 24
	// I 0; expected A 12, O 11, M 12, I 5; chi-square = 2 (8^2/12 + 1/11 +
	// 12^2/12 + 5^2/5) = 44.8485, df 3, p = 9.96e-10. Attractive to must-be
	// is down the life cycle: flagged.
	near(t, "overall chi-square", tr.Test.ChiSquare, 44.848484848)
	if tr.Move != MoveDown || !tr.Down() || !tr.Significant() || tr.Test.DF != 3 || tr.Test.P > 1e-9 {
		t.Errorf("tracking overall %+v %+v", tr.Move, tr.Test)
	}
	// First and Last are the ends of that test, kept for every view.
	if tr.First != tr.Waves[0] || tr.Last != tr.Waves[2] || tr.First.Category != Attractive || tr.Last.Category != MustBe || !tr.Changed() {
		t.Errorf("tracking ends %+v %+v", tr.First, tr.Last)
	}
	// Portal: O (28 of 40) -> A (26) -> O (28): up, then down again; the
	// same category first and last (identical counts: chi-square 0, p 1),
	// so it is not flagged, though both steps moved. The step tests:
	// O 28 A 12 vs A 26 O 14, expected A 19, O 21: 2 (7^2/19 + 7^2/21) = 9.8246.
	po := by["portal"]
	if po.Steps[0].Move != MoveUp || po.Steps[1].Move != MoveDown || !po.Steps[0].Moved() || po.Move != MoveSame || po.Down() || po.Significant() {
		t.Errorf("portal %+v", po)
	}
	near(t, "portal step chi-square", po.Steps[1].Test.ChiSquare, 9.824561404)
	near(t, "portal overall chi-square", po.Test.ChiSquare, 0)
}

// A move is unclear when its first or last wave is mixed; staying in the
// same category never is.
func TestMigrationUnclear(t *testing.T) {
	clean, mixed := WaveResult{Category: Attractive}, WaveResult{Category: Attractive, Mixed: "A/I"}
	for _, c := range []struct {
		m    Migration
		want bool
	}{
		{Migration{Move: MoveDown, First: clean, Last: WaveResult{Category: OneDimensional}}, false},
		{Migration{Move: MoveDown, First: mixed, Last: WaveResult{Category: OneDimensional}}, true},
		{Migration{Move: MoveUp, First: WaveResult{Category: OneDimensional}, Last: mixed}, true},
		{Migration{Move: MoveSame, First: mixed, Last: mixed}, false},
	} {
		if got := c.m.Unclear(); got != c.want {
			t.Errorf("%+v: Unclear %v, want %v", c.m, got, c.want)
		}
	}
}

// trial7 N14: one definition of a change of category for the wave views
// and dsc diff. A result reads as its mixed pair when mixed, so I/O -> I
// is a change (settled) and I -> I/O one too (unsettled); I -> I is none;
// a change of the first category is a move on the life cycle, mixed or not.
func TestCategoryChanged(t *testing.T) {
	for _, c := range []struct {
		fromCat   Category
		fromMixed Pair
		toCat     Category
		toMixed   Pair
		changed   bool
		move      Move
	}{
		{Indifferent, "", Indifferent, "", false, MoveSame},
		{Indifferent, "I/O", Indifferent, "I/O", false, MoveSame},
		{Indifferent, "I/O", Indifferent, "", true, MoveSettled},   // the configurator of trial7 N14
		{Indifferent, "", Indifferent, "I/O", true, MoveUnsettled}, // clear -> mixed
		{Indifferent, "I/A", Indifferent, "I/O", true, MoveUnsettled},
		{OneDimensional, "", Attractive, "A/O", true, MoveUp}, // O -> A/O: up the cycle, not clear-cut
		{Indifferent, "I/A", Attractive, "", true, MoveDown},  // I/A -> A
		{Attractive, "A/I", Indifferent, "I/A", true, MoveUp}, // the pair turned round
		{MustBe, "", Reverse, "", true, MoveOff},
	} {
		if got := CategoryChanged(c.fromCat, c.fromMixed, c.toCat, c.toMixed); got != c.changed {
			t.Errorf("%s %s -> %s %s: changed %v, want %v", c.fromCat, c.fromMixed, c.toCat, c.toMixed, got, c.changed)
		}
		if got := MoveBetween(c.fromCat, c.fromMixed, c.toCat, c.toMixed); got != c.move {
			t.Errorf("%s %s -> %s %s: move %s, want %s", c.fromCat, c.fromMixed, c.toCat, c.toMixed, got, c.move)
		}
	}
}

// A mixed result that settles on its first category between two waves is
// a change, significant when the chi-square test is: the wave views count
// it as the diff does. Wave 1: I 40, O 35, A 5 (Fong: 40 - 35 = 5 <
// 1.65 * sqrt(75 * (160 - 75) / 160) = 10.4, so I/O); wave 2: I 60, O 10,
// A 10 (60 - 10 = 50 >= 1.65 * sqrt(70 * 90 / 160) = 10.4: clear I).
// Chi-square on I, O, A (2 x 3, each row 80): expected I 50, O 22.5, A 7.5;
// (40-50)^2/50 * 2 + (35-22.5)^2/22.5 * 2 + (5-7.5)^2/7.5 * 2 = 4 + 13.89 +
// 1.67 = 19.56, df 2, p = exp(-19.56/2) = 5.7e-5: significant.
func TestMigrateSettledIsAChange(t *testing.T) {
	ms := Migrate([]Wave{wave("2026-10", map[string]Counts{"cfg": {I: 40, O: 35, A: 5}}),
		wave("2027-04", map[string]Counts{"cfg": {I: 60, O: 10, A: 10}})}, Options{MinN: 10})
	m := ms[0]
	if m.First.Mixed != "I/O" || m.Last.Mixed != "" || m.Last.Category != Indifferent {
		t.Fatalf("waves %+v %+v", m.First, m.Last)
	}
	if m.Move != MoveSettled || !m.Moved() || !m.Changed() || m.Unclear() || m.Down() {
		t.Errorf("move %s moved %v changed %v unclear %v down %v", m.Move, m.Moved(), m.Changed(), m.Unclear(), m.Down())
	}
	if math.Abs(m.Test.ChiSquare-19.5556) > 1e-3 || m.Test.DF != 2 || math.Abs(m.Test.P-math.Exp(-19.5556/2)) > 1e-6 || !m.SignificantChange() {
		t.Errorf("test %+v, significant change %v", m.Test, m.SignificantChange())
	}
}
