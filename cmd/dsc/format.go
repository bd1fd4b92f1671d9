package main

import (
	"github.com/dsc-workbench/dsc/internal/numfmt"
	"github.com/dsc-workbench/dsc/kano"
)

// f2 formats a score with two decimals, never as "-0.00".
func f2(x float64) string { return numfmt.Fixed(x, 2) }

// fmtNum formats a number with the decimals it has, at most two (2.5, 3,
// 20.33): months and person-months come from fractions such as 4 / 3.
func fmtNum(x float64) string { return numfmt.Hundredths(x) }

// coefficients are a result's Better and Worse cells, formatted by format,
// or blank where they are not defined: both divide by A+O+M+I, and 0 would
// read as a value (no effect).
func coefficients(r kano.Result, format func(float64) string, blank string) (better, worse string) {
	if !r.Counts.CoefficientsDefined() {
		return blank, blank
	}
	return format(r.Better), format(r.Worse)
}
