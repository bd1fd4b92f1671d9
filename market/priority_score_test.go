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
