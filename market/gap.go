package market

import "github.com/dsc-workbench/dsc/kano"

// GapOf classes an entry by the target picture against today:
//
//   - to reconsider: there today (live or partial) but outside the target,
//     or of a category customers do not value (indifferent or reverse):
//     effort the customer does not reward. The reason names the first of
//     these that applies;
//   - to build: in the target, not there today (planned counts as not
//     there: nothing is live yet);
//   - to improve: in the target, partly there today;
//   - in place: in the target and live today;
//   - no gap: outside the target and not there today.
func GapOf(inTarget bool, c kano.Category, today Today) (Gap, ReconsiderReason) {
	if today.Present() {
		switch {
		case !inTarget:
			return ToReconsider, ReconsiderOutside
		case c == kano.Indifferent:
			return ToReconsider, ReconsiderIndifferent
		case c == kano.Reverse:
			return ToReconsider, ReconsiderReverse
		}
	}
	if !inTarget {
		return NoGap, NoReconsideration
	}
	switch today {
	case Live:
		return InPlace, NoReconsideration
	case PartlyLive:
		return ToImprove, NoReconsideration
	}
	return ToBuild, NoReconsideration
}
