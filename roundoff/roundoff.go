// Package roundoff keeps floating-point noise from deciding an order or an
// equality in the domain packages: 0.1+0.2 and 0.3 rank the same. It is
// pure and imports nothing of the project.
package roundoff

import "math"

// Key is x rounded to 9 decimals, for comparing computed values
// (priorities, weighted gaps, schedule times) whose last bits are noise.
func Key(x float64) float64 { return math.Round(x*1e9) / 1e9 }

// Equal reports whether a and b agree to 9 decimals.
func Equal(a, b float64) bool { return Key(a) == Key(b) }
