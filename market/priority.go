package market

import (
	"slices"
	"sort"

	"github.com/dsc-workbench/dsc/kano"
	"github.com/dsc-workbench/dsc/roundoff"
)

// DefaultConfidence is the confidence of an entry whose catalog entry gives
// none: its value is taken at face value.
const DefaultConfidence = 1.0

// ConfidenceOf is the confidence a score uses: the one given, or
// DefaultConfidence when none is (isDefault).
func ConfidenceOf(given *float64) (c float64, isDefault bool) {
	if given == nil {
		return DefaultConfidence, true
	}
	return *given, false
}

// Score is an entry's value for the effort it costs: value x confidence /
// effort, with confidence 1 when not given. It is nil when value or effort
// is missing (or effort is not positive, which the loader rejects).
func Score(value, effort, confidence *float64) *float64 {
	if value == nil || effort == nil || *effort <= 0 {
		return nil
	}
	c, _ := ConfidenceOf(confidence)
	// Rounded off: 3 x 0.7 / 3 is 0.6999999999999998 in floating point,
	// which would print so and lose a tie with 0.7 x 1 / 1 in the ranking.
	s := roundoff.Key(*value * c / *effort)
	return &s
}

// placeInMatrix puts every entry with value and effort into a quadrant of
// the value/effort matrix and returns the effort split. Value is high above
// HighValueAbove; effort is low at or below the median effort of the
// entries in the matrix (the mean of the middle two for an even count).
func placeInMatrix(in []Entry, out []EntryResult) float64 {
	var efforts []float64
	for _, e := range in {
		if e.Value != nil && e.Effort != nil {
			efforts = append(efforts, *e.Effort)
		}
	}
	if len(efforts) == 0 {
		return 0
	}
	split := median(efforts)
	for i, e := range in {
		if e.Value == nil || e.Effort == nil {
			continue
		}
		high, cheap := *e.Value > HighValueAbove, *e.Effort <= split
		switch {
		case high && cheap:
			out[i].Quadrant = QuickWin
		case high:
			out[i].Quadrant = StrategicBet
		case cheap:
			out[i].Quadrant = FillIn
		default:
			out[i].Quadrant = TimeSink
		}
	}
	return split
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	sort.Float64s(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// rank orders the work of the target picture: the entries in the target
// that are to build or to improve (docs/market.md, "Priority").
//
//  1. Must-be entries first, however low their value: without them the
//     customer is dissatisfied, so they are not optional. Among them the
//     higher score first; those without a score after the scored ones.
//  2. Then the other entries with a score, higher score first.
//  3. Then the entries without value or effort, in catalog order.
//
// Ties in score go to the higher revenue, then the lower effort, then the
// catalog order. The ranks are written into out; the ids are returned in
// rank order.
func rank(in []Entry, out []EntryResult) []string {
	var idx []int
	for i, r := range out {
		if r.InTarget && (r.Gap == ToBuild || r.Gap == ToImprove) {
			idx = append(idx, i)
			switch {
			case r.Category == kano.MustBe:
				out[i].Group = MustBeFirst
			case r.Score != nil:
				out[i].Group = ByScore
			default:
				out[i].Group = Unscored
			}
		}
	}
	group := map[PriorityGroup]int{MustBeFirst: 0, ByScore: 1, Unscored: 2}
	sort.SliceStable(idx, func(a, b int) bool {
		x, y := out[idx[a]], out[idx[b]]
		if group[x.Group] != group[y.Group] {
			return group[x.Group] < group[y.Group]
		}
		if (x.Score == nil) != (y.Score == nil) {
			return x.Score != nil
		}
		if x.Score == nil || *x.Score == *y.Score {
			if x.Score != nil {
				if rx, ry := orZero(in[idx[a]].Revenue), orZero(in[idx[b]].Revenue); rx != ry {
					return rx > ry
				}
				if ex, ey := *in[idx[a]].Effort, *in[idx[b]].Effort; ex != ey {
					return ex < ey
				}
			}
			return false // stable: catalog order
		}
		return *x.Score > *y.Score
	})
	ids := make([]string, len(idx))
	for n, i := range idx {
		out[i].Priority = n + 1
		ids[n] = out[i].ID
	}
	return ids
}

func orZero(x *float64) float64 {
	if x == nil {
		return 0
	}
	return *x
}
