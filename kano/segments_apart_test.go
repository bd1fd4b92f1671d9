package kano

import "testing"

// The segments see a feature significantly differently only when the test
// of their distributions is significant and their categories are apart. 40
// B2B respondents find both features must-be (M 30, O 5, I 5). 40 B2C
// respondents split the portal I 18 : M 17 (O 5), which Fong's test cannot
// separate (|18-17| = 1 < 1.65 x sqrt(35 x 45 / 80) = 7.32): mixed I/M, so
// B2C may see it as must-be as well. The distributions still differ: M
// 47, O 10, I 23 of 80, expected 23.5, 5, 11.5 a segment, chi-square
// 2 x 6.5²/23.5 + 2 x 6.5²/11.5 = 10.94 with 2 degrees of freedom,
// p = e^(-10.94/2) = 0.0042. Chat is clear in both (B2C I 30, O 5, M 5):
// chi-square 4 x 12.5²/17.5 = 35.71, and M against I is apart.
func TestSegmentsDiffer(t *testing.T) {
	s := NewSurvey()
	portal, chat := s.Feature("portal"), s.Feature("chat")
	pair := map[Category][2]Answer{MustBe: {Neutral, Dislike}, OneDimensional: {Like, Dislike}, Indifferent: {Neutral, Neutral}}
	answer := func(seg string, portalCats, chatCats []Category) {
		for k := range portalCats {
			h := s.Segment(seg)
			p, c := pair[portalCats[k]], pair[chatCats[k]]
			s.Add(portal, h, p[0], p[1], 0)
			s.Add(chat, h, c[0], c[1], 0)
		}
	}
	many := func(counts ...any) []Category {
		var out []Category
		for i := 0; i < len(counts); i += 2 {
			for k := 0; k < counts[i+1].(int); k++ {
				out = append(out, counts[i].(Category))
			}
		}
		return out
	}
	answer("B2B", many(MustBe, 30, OneDimensional, 5, Indifferent, 5), many(MustBe, 30, OneDimensional, 5, Indifferent, 5))
	answer("B2C", many(Indifferent, 18, MustBe, 17, OneDimensional, 5), many(Indifferent, 30, OneDimensional, 5, MustBe, 5))
	a := s.Analyze(Options{MinN: 10})
	byID := map[string]FeatureResult{}
	for _, f := range a.Features {
		byID[f.ID] = f
	}
	p, c := byID["portal"], byID["chat"]
	if b2c := p.Segments["B2C"]; b2c.Category != Indifferent || b2c.Mixed != "I/M" || len(b2c.MayBe()) != 2 || b2c.MayBe()[1] != MustBe {
		t.Fatalf("portal B2C %s mixed %q may be %v", b2c.Category, b2c.Mixed, b2c.MayBe())
	}
	d := p.SegmentDifference
	if d == nil || !d.Significant || d.DF != 2 {
		t.Fatalf("portal difference %+v", d)
	}
	near(t, "portal chi-square", d.ChiSquare, 2*6.5*6.5/23.5+2*6.5*6.5/11.5)
	if p.CategoriesApart() || p.SegmentsDiffer() {
		t.Error("portal: B2C may be must-be as B2B is, yet its segments differ")
	}
	if d := c.SegmentDifference; d == nil || !d.Significant {
		t.Fatalf("chat difference %+v", d)
	}
	near(t, "chat chi-square", c.SegmentDifference.ChiSquare, 4*12.5*12.5/17.5)
	if !c.CategoriesApart() || !c.SegmentsDiffer() {
		t.Error("chat: must-be against indifferent, significant, yet not a difference")
	}
	// Without a segment difference nothing is apart.
	if (FeatureResult{}).CategoriesApart() || (FeatureResult{}).SegmentsDiffer() {
		t.Error("a feature without segments differs")
	}
}
