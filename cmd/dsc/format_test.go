package main

import (
	"testing"

	"github.com/dsc-workbench/dsc/kano"
)

// Better and Worse divide by A+O+M+I: with only reverse and questionable
// answers (R 3, Q 2) there are none, and the cells are blank; with one
// attractive answer Better is (1+0)/1 = 1 and Worse -(0+0)/1 = 0.
func TestCoefficients(t *testing.T) {
	for _, c := range []struct {
		r             kano.Result
		blank         string
		better, worse string
	}{
		{kano.Result{Counts: kano.Counts{R: 3, Q: 2}}, "-", "-", "-"},
		{kano.Result{Counts: kano.Counts{}}, "", "", ""},
		{kano.Result{Counts: kano.Counts{A: 1}, Better: 1, Worse: 0}, "-", "1.00", "0.00"},
	} {
		b, w := coefficients(c.r, f2, c.blank)
		if b != c.better || w != c.worse {
			t.Errorf("counts %+v: %q, %q, want %q, %q", c.r.Counts, b, w, c.better, c.worse)
		}
	}
}
