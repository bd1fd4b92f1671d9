package market

import "testing"

// value x confidence / effort without floating-point noise: 3 x 0.7 / 3 is
// 0.7 and ties with 0.7 x 1 / 1 (unrounded it is 0.6999999999999998).
func TestScoreHasNoNoise(t *testing.T) {
	f := func(x float64) *float64 { return &x }
	a, b := Score(f(3), f(3), f(0.7)), Score(f(0.7), f(1), nil)
	if *a != 0.7 || *a != *b {
		t.Errorf("scores %v and %v, want 0.7 both", *a, *b)
	}
	if Score(f(3), nil, nil) != nil || Score(nil, f(1), nil) != nil {
		t.Error("a score without value or effort")
	}
}

// Each scored entry carries the confidence its score used: the catalog's
// 0.5 (3 x 0.5 / 2 = 0.75), or the default 1 where it gives none
// (3 x 1 / 2 = 1.5), marked so; an entry without effort has no score and
// no confidence used.
func TestScoreConfidence(t *testing.T) {
	f := func(x float64) *float64 { return &x }
	in := []Entry{
		{ID: "given", Value: f(3), Effort: f(2), Confidence: f(0.5)},
		{ID: "default", Value: f(3), Effort: f(2)},
		{ID: "unscored", Value: f(3), Confidence: f(0.5)},
	}
	r := Analyze(Input{Entries: in})
	for i, want := range []struct {
		score, used float64
		isDefault   bool
	}{{0.75, 0.5, false}, {1.5, 1, true}, {0, 0, false}} {
		e := r.Entries[i]
		score := 0.0
		if e.Score != nil {
			score = *e.Score
		}
		used, isDefault := e.ScoreConfidence()
		if score != want.score || used != want.used || isDefault != want.isDefault {
			t.Errorf("%s: score %g with confidence %g (default %v), want %g with %g (%v)", e.ID, score, used, isDefault,
				want.score, want.used, want.isDefault)
		}
	}
}
