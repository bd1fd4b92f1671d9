package kano

import "testing"

// Two waves of 40: A 30 O 10, then A 15 O 25 (every other category empty,
// so dropped: a 2x2 table, df 1). Column sums A 45, O 35 of 80; expected per
// wave A 40*45/80 = 22.5, O 17.5. Each wave contributes
// 7.5^2/22.5 + 7.5^2/17.5 = 2.5 + 3.2142857; both 11.4285714.
// P(chi2_1 > x) = erfc(sqrt(x/2)) = 0.000723.
func TestCompareDistributions(t *testing.T) {
	d := CompareDistributions(Counts{A: 30, O: 10}, Counts{A: 15, O: 25})
	near(t, "chi-square", d.ChiSquare, 11.428571429)
	near(t, "p", d.P, 0.000723233)
	if d.DF != 1 || !d.Significant {
		t.Errorf("%+v", d)
	}
	// The same distribution at a different size: no difference at all.
	same := CompareDistributions(Counts{A: 30, O: 10}, Counts{A: 60, O: 20})
	if same.ChiSquare > 1e-12 || same.P != 1 || same.Significant {
		t.Errorf("%+v", same)
	}
	// One group, or a group without answers: nothing to test.
	if d := CompareDistributions(Counts{A: 5}, Counts{}); d.DF != 0 || d.Significant || d.P != 1 {
		t.Errorf("%+v", d)
	}
}
