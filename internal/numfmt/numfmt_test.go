package numfmt

import (
	"math"
	"testing"
)

func TestNeverMinusZero(t *testing.T) {
	negZero := math.Copysign(0, -1)
	for _, c := range []struct {
		got, want string
	}{
		{Fixed(-0.004, 2), "0.00"},
		{Fixed(negZero, 2), "0.00"},
		{Fixed(-0.005001, 2), "-0.01"},
		{Fixed(-0.35, 2), "-0.35"},
		{Fixed(-0.4, 0), "0"},
		{Fixed(2.345, 1), "2.3"},
		{Short(negZero), "0"},
		{Short(-2.5), "-2.5"},
		{Short(19.5), "19.5"},
		{Percent(-0.04, 0), "0%"},
		{Percent(62.5, 1), "62.5%"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	if IsNegZero(Zero(negZero)) || !IsNegZero(negZero) || Zero(-1) != -1 {
		t.Error("Zero keeps the sign of zero")
	}
}

func TestCount(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{Count(1, "external party", "external parties"), "1 external party"},
		{Count(2, "external party", "external parties"), "2 external parties"},
		{Count(0, "trend", "trends"), "0 trends"},
		{Count(-1, "month", "months"), "-1 months"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
