package main

import (
	"github.com/dsc-workbench/dsc/internal/numfmt"
)

// f2 formats a score with two decimals, never as "-0.00".
func f2(x float64) string { return numfmt.Fixed(x, 2) }

// fmtNum formats a number with the decimals it has, at most two (2.5, 3,
// 20.33): months and person-months come from fractions such as 4 / 3.
func fmtNum(x float64) string { return numfmt.Hundredths(x) }
