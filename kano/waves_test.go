package kano

import (
	"maps"
	"math"
	"slices"
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
	// O 35 of 80; expected per wave A 22.5, O 17.5; chi-square =
	// 2 x (7.5^2/22.5 + 7.5^2/17.5) = 11.4286, df 1, p = erfc(sqrt(5.714)) = 0.000723.
	// Attractive -> one-dimensional: down the life cycle, significant.
	cc := by["click-collect"]
	st := cc.Steps[0]
	if st.FromCat != Attractive || st.ToCat != OneDimensional || st.Move != MoveDown || !st.Test.Significant || !cc.Down || !cc.Significant {
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
	if inv := by["invoice"]; inv.Move != MoveSame || inv.Down || inv.Steps[0].Moved || inv.Steps[0].Test.Significant {
		t.Errorf("invoice %+v", inv)
	}
	// Chat: must-be (6 of 8) -> one-dimensional (5 of 8): up the cycle, with
	// fewer answers than min_n in both waves.
	if c := by["chat"]; c.Move != MoveUp || c.Down || !c.Steps[0].LowN || !c.Waves[0].LowN {
		t.Errorf("chat %+v", c)
	}
	// Newsletter: indifferent -> reverse: off the cycle, never flagged down.
	if n := by["newsletter"]; n.Move != MoveOff || n.Down {
		t.Errorf("newsletter %+v", n)
	}
	// Remote: asked only in the later wave: one classified wave, no step.
	if r := by["remote"]; len(r.Steps) != 0 || r.Waves[0].N != 0 || r.Waves[1].Category != Attractive || r.Move != MoveSame {
		t.Errorf("remote %+v", r)
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
