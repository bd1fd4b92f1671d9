// Package numfmt formats numbers for people in one place, so every table,
// CSV file and report rounds the same way and none prints "-0.00".
package numfmt

import (
	"math"
	"strconv"
	"strings"
)

// Fixed formats x with prec decimals. A value that rounds to zero prints
// without a sign: -0.004 is "0.00", not "-0.00".
func Fixed(x float64, prec int) string {
	return unsignZero(strconv.FormatFloat(x, 'f', prec, 64))
}

// Short formats x with as few decimals as represent it exactly (2.5, 3, 0.125).
func Short(x float64) string {
	return unsignZero(strconv.FormatFloat(x, 'f', -1, 64))
}

// Hundredths formats x rounded to at most two decimals (1.17, 2.5, 3): for
// month counts and spans, which schedules compute in thirds and sixths.
func Hundredths(x float64) string { return Short(math.Round(x*100) / 100) }

// Percent formats a share in percent with prec decimals and a "%" sign.
func Percent(x float64, prec int) string { return Fixed(x, prec) + "%" }

// Zero returns x with negative zero turned into positive zero, for values
// stored in JSON or a workbook, where -0 would print as "-0".
func Zero(x float64) float64 {
	if x == 0 {
		return 0
	}
	return x
}

// IsNegZero reports whether x is -0 (for tests).
func IsNegZero(x float64) bool { return x == 0 && math.Signbit(x) }

// unsignZero drops the sign of a formatted number whose digits are all zero.
func unsignZero(s string) string {
	if strings.HasPrefix(s, "-") && strings.Trim(s[1:], "0.") == "" {
		return s[1:]
	}
	return s
}

// Count writes n with the word for it: "1 external party", "2 external
// parties", "0 trends". The caller gives both forms, since English plurals
// are not always the singular plus "s".
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
