package kano

import "encoding/json"

// SignificanceLevel is the level at which dsc calls a difference between
// category distributions significant.
const SignificanceLevel = 0.05

// DistributionTest is Pearson's chi-square test of independence on the
// category counts of two or more groups (segments, survey waves, two states
// of a workspace): do the groups distribute their answers over A, O, M, I,
// R and Q alike? Categories no group used, and groups without answers, are
// left out of the table, so DF = (groups - 1)(categories - 1) of what is
// left. With expected counts below 5 in many cells the chi-square
// approximation is rough (Cochran 1954); the counts are reported with it.
type DistributionTest struct {
	ChiSquare   float64 `json:"chi_square"`
	DF          int     `json:"df"`
	P           float64 `json:"p"`
	Significant bool    `json:"significant"`
}

// MarshalJSON writes P as null when there is no test (DF 0: fewer than two
// groups or categories with answers, e.g. a feature only one survey wave
// asked about): 0 would read as "highly significant" to a script.
func (t DistributionTest) MarshalJSON() ([]byte, error) {
	var p *float64
	if t.DF > 0 {
		p = &t.P
	}
	return json.Marshal(struct {
		ChiSquare   float64  `json:"chi_square"`
		DF          int      `json:"df"`
		P           *float64 `json:"p"`
		Significant bool     `json:"significant"`
	}{t.ChiSquare, t.DF, p, t.Significant})
}

// CompareDistributions tests whether the groups' category distributions
// differ (p < SignificanceLevel). The segment comparison, the survey waves
// and dsc diff all use this one test.
func CompareDistributions(groups ...Counts) DistributionTest {
	table := make([][]int, len(groups))
	for i, g := range groups {
		row := make([]int, len(Categories))
		for j, c := range Categories {
			row[j] = g.Of(c)
		}
		table[i] = row
	}
	var t DistributionTest
	t.ChiSquare, t.DF = ChiSquare(table)
	t.P = ChiSquareP(t.ChiSquare, t.DF)
	t.Significant = t.DF > 0 && t.P < SignificanceLevel
	return t
}
