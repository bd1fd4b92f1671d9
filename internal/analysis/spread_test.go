package analysis

import "testing"

// leaders names only what stands above everything left out (trial 5, L5:
// "most of them at" the first three of six stages with 2 holes each;
// "the largest gaps" for all three of three dimensions).
func TestLeaders(t *testing.T) {
	for _, c := range []struct {
		values []float64
		n      int
		spread FactSpread
	}{
		{nil, 0, SpreadLead},
		{[]float64{5}, 1, SpreadOnly},
		{[]float64{2, 2, 2, 2, 2, 2}, 0, SpreadEven}, // the trial's 12 holes at 6 stages
		{[]float64{2, 2, 2}, 3, SpreadEven},          // three of three, all equal
		{[]float64{7, 3, 0.67}, 2, SpreadLead},       // the trial's readiness: 3 of 3 is not "the largest"
		{[]float64{7, 3}, 1, SpreadLead},             // the board's two dimensions
		{[]float64{4, 3, 3, 1}, 3, SpreadLead},       // 4, 3, 3 stand above 1
		{[]float64{4, 3, 3, 3, 1}, 1, SpreadLead},    // the 3s tie past three names: only 4 leads
		{[]float64{3, 3, 3, 3, 1}, 4, SpreadLead},    // four tie at the top: all four
		{[]float64{0.1 + 0.2, 0.3}, 2, SpreadEven},   // float noise is not a lead
		{[]float64{5, 4, 3, 2, 1}, 3, SpreadLead},
	} {
		n, spread := leaders(c.values, 3)
		if n != c.n || spread != c.spread {
			t.Errorf("leaders(%v) = %d %q, want %d %q", c.values, n, spread, c.n, c.spread)
		}
	}
}

// A fact's names lead (Fact.Leads) only as leaders picked them to: from
// the cases above, 7 and 3 of {7, 3, 0.67} lead; {5} alone is the only
// one; {2, 2, 2} is even; no candidates names nobody. The summary's
// sentence and the roadmap's step-1 note both ask this.
func TestFactLeads(t *testing.T) {
	for _, c := range []struct {
		values []float64
		want   bool
	}{
		{[]float64{7, 3, 0.67}, true},
		{[]float64{5}, false},
		{[]float64{2, 2, 2}, false},
		{[]float64{2, 2, 2, 2, 2, 2}, false},
		{nil, false},
	} {
		n, spread := leaders(c.values, 3)
		names := []string{"a", "b", "c", "d", "e", "f"}[:n]
		if got := (Fact{Names: names, Spread: spread}).Leads(); got != c.want {
			t.Errorf("%v: leads %v, want %v", c.values, got, c.want)
		}
	}
}
