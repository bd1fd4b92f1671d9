package analysis

import "github.com/dsc-workbench/dsc/roundoff"

// FactSpread says how the names of a fact stand among the candidates they
// were picked from (the stages with holes, the rated dimensions), so the
// summary never calls three of three "the largest" or the first of equals
// "most of them".
type FactSpread string

const (
	// SpreadLead (the default, omitted in JSON): each name has more than
	// every candidate left out.
	SpreadLead FactSpread = ""
	// SpreadOnly: there is one candidate, and Names is it.
	SpreadOnly FactSpread = "only"
	// SpreadEven: every candidate has as much as the others; Names lists
	// them when there are at most three, Among counts them.
	SpreadEven FactSpread = "even"
)

// Leads reports whether the fact's names lead the candidates they were
// picked from (each stands above every one left out), so a sentence may
// call them the largest: not when they are the only candidate, not when
// every candidate is even, not when none is named.
func (f Fact) Leads() bool { return f.Spread == SpreadLead && len(f.Names) > 0 }

// leaders picks how many of values (sorted largest first) to name, at most
// max: the longest run of leaders that each stand above every value left
// out. When the first max values tie with the next, all tied at the top
// are named; when all values are equal, the spread is even and they are
// named only if there are at most max of them.
func leaders(values []float64, max int) (int, FactSpread) {
	n := len(values)
	switch {
	case n == 0:
		return 0, SpreadLead
	case n == 1:
		return 1, SpreadOnly
	}
	for k := min(max, n-1); k >= 1; k-- {
		if roundoff.Key(values[k-1]) > roundoff.Key(values[k]) {
			return k, SpreadLead
		}
	}
	if roundoff.Equal(values[0], values[n-1]) {
		if n <= max {
			return n, SpreadEven
		}
		return 0, SpreadEven
	}
	k := 1
	for k < n && roundoff.Equal(values[k], values[0]) {
		k++
	}
	return k, SpreadLead
}
