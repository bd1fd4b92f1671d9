package readiness

import (
	"math"
	"testing"
)

func approx(x *float64, want float64) bool { return x != nil && math.Abs(*x-want) < 1e-9 }

// Two assessments of one questionnaire: dimension d (q1 weight 2, q2 weight
// 1, target 4) and dimension e (one question, target 3), raters a and b.
func TestCompareAssessments(t *testing.T) {
	four, three := 4.0, 3.0
	q := Questionnaire{
		Dimensions: []Dimension{
			{ID: "d", Name: "D", Importance: 1, Target: &four, Questions: []Question{{ID: "q1", Weight: 2}, {ID: "q2", Weight: 1}}},
			{ID: "e", Name: "E", Importance: 1, Target: &three, Questions: []Question{{ID: "q3", Weight: 1}}},
		},
		Raters: []Rater{{ID: "a", Name: "Anna"}, {ID: "b", Name: "Ben"}},
	}
	before, now := q, q
	// Before: d = (2 x mean(2, 2) + 1 x mean(1, 3)) / 3 = (4 + 2) / 3 = 2; nobody rated e.
	before.Ratings = map[string]map[string]int{"a": {"q1": 2, "q2": 1}, "b": {"q1": 2, "q2": 3}}
	// Now: d = (2 x mean(3, 2) + 1 x mean(3, 3)) / 3 = (5 + 3) / 3 = 2.667; e = 2.
	now.Ratings = map[string]map[string]int{"a": {"q1": 3, "q2": 3, "q3": 2}, "b": {"q1": 2, "q2": 3, "q3": 2}}
	c := Compare(Analyze(before), Analyze(now), "2027-01", "2027-10")
	d, e := c.Dimensions[0], c.Dimensions[1]
	// Change 2/3; the gap was 4 - 2 = 2, so a third of it is closed.
	if !approx(d.Before, 2) || !approx(d.Now, 8.0/3) || !approx(d.Change, 2.0/3) || !approx(d.Progress, 1.0/3) || !approx(d.GapNow, 4-8.0/3) {
		t.Errorf("d: %+v", d)
	}
	if e.Before != nil || !approx(e.Now, 2) || e.Change != nil || e.Progress != nil {
		t.Errorf("e: %+v", e)
	}
	// Index over the rated dimensions (scale 1-5): before d alone, 100 x (2 - 1) / 4 = 25;
	// now (2.667 + 2) / 2 = 2.333, 100 x 1.333 / 4 = 33.3.
	if math.Abs(c.IndexBefore-25) > 1e-9 || math.Abs(c.IndexNow-100*(7.0/3-1)/4) > 1e-9 || c.Before != "2027-01" || c.Now != "2027-10" {
		t.Errorf("index %v -> %v", c.IndexBefore, c.IndexNow)
	}
	// Anna moved |3-2| + |3-1| = 3 over 2 questions rated both times (1.5, all
	// upwards); Ben did not move. q3 was not rated before and does not count.
	if len(c.Raters) != 2 || c.Raters[0] != (RaterChange{Rater: "a", Name: "Anna", Questions: 2, MeanAbsChange: 1.5, MeanChange: 1.5}) ||
		c.Raters[1] != (RaterChange{Rater: "b", Name: "Ben", Questions: 2}) {
		t.Errorf("raters %+v", c.Raters)
	}
}
