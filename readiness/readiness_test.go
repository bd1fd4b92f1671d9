package readiness

import (
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"
)

func near(t *testing.T, what string, got, want float64) {
	t.Helper()
	if math.Abs(got-want) > 1e-4 {
		t.Errorf("%s = %.6f, want %.6f", what, got, want)
	}
}

func f(x float64) *float64 { return &x }

// Three raters, two dimensions, one missing rating and one disagreement.
func sample() Questionnaire {
	return Questionnaire{
		Dimensions: []Dimension{
			{ID: "sales", Importance: 2, Target: f(4), Questions: []Question{{ID: "s1", Weight: 2}, {ID: "s2", Weight: 1}}},
			{ID: "it", Importance: 1, Target: f(3), Questions: []Question{{ID: "i1", Weight: 1, Target: f(4)}}},
		},
		Raters: []Rater{{ID: "a"}, {ID: "b"}, {ID: "c"}},
		Ratings: map[string]map[string]int{
			"a": {"s1": 2, "s2": 1, "i1": 3},
			"b": {"s1": 3, "s2": 2, "i1": 3},
			"c": {"s1": 4, "i1": 2}, // c did not rate s2
		},
	}
}

func TestHandComputedScores(t *testing.T) {
	r := Analyze(sample())
	s1, s2, i1 := r.Questions[0], r.Questions[1], r.Questions[2]
	// s1: 2, 3, 4 -> mean 3, median 3, sd sqrt((1+0+1)/2) = 1; spread 2 >= 2: disagreement a (low) vs c (high).
	near(t, "s1 mean", *s1.Mean, 3)
	near(t, "s1 sd", *s1.SD, 1)
	if *s1.Median != 3 || *s1.Min != 2 || *s1.Max != 4 || s1.N != 3 {
		t.Errorf("s1 %+v", s1)
	}
	if s1.Disagreement == nil || !reflect.DeepEqual(s1.Disagreement.Low, []string{"a"}) || !reflect.DeepEqual(s1.Disagreement.High, []string{"c"}) || s1.Disagreement.Spread != 2 {
		t.Errorf("s1 disagreement %+v", s1.Disagreement)
	}
	// s2: 1, 2 (c missing) -> mean 1.5, median 1.5, sd sqrt(0.5); no disagreement; never counted as 0.
	near(t, "s2 mean", *s2.Mean, 1.5)
	near(t, "s2 median", *s2.Median, 1.5)
	near(t, "s2 sd", *s2.SD, math.Sqrt(0.5))
	if s2.Disagreement != nil || !reflect.DeepEqual(s2.Missing, []string{"c"}) || !reflect.DeepEqual(s2.Ratings, map[string]int{"a": 1, "b": 2}) {
		t.Errorf("s2 %+v", s2)
	}
	// i1: 3, 3, 2 -> mean 8/3; target 4 from the question.
	near(t, "i1 mean", *i1.Mean, 8.0/3)
	near(t, "i1 target", i1.Target, 4)
	near(t, "i1 gap", *i1.Gap, 4-8.0/3)

	sales, it := r.Dimensions[0], r.Dimensions[1]
	// sales = (2*3 + 1*1.5) / 3 = 2.5; gap 4 - 2.5 = 1.5; weighted by importance 2: 3.
	near(t, "sales current", *sales.Current, 2.5)
	near(t, "sales gap", *sales.Gap, 1.5)
	near(t, "sales weighted gap", *sales.WeightedGap, 3)
	// Each rater's own score: a (2*2+1*1)/3, b (2*3+1*2)/3, c 4 (s1 only).
	near(t, "a on sales", sales.RaterScores["a"], 5.0/3)
	near(t, "b on sales", sales.RaterScores["b"], 8.0/3)
	near(t, "c on sales", sales.RaterScores["c"], 4)
	if sales.Missing != 1 || sales.Disagreements != 1 || sales.Rated != 2 {
		t.Errorf("sales %+v", sales)
	}
	// it = 8/3, target 4 (its only question's), gap 4/3, weighted 4/3.
	near(t, "it current", *it.Current, 8.0/3)
	near(t, "it target", it.Target, 4)
	near(t, "it weighted gap", *it.WeightedGap, 4.0/3)
	if sales.Rank != 1 || it.Rank != 2 {
		t.Errorf("ranks %d %d", sales.Rank, it.Rank)
	}
	// Weighted current = (2*2.5 + 1*8/3) / 3 = 2.5556; target (2*4 + 1*4) / 3 = 4.
	near(t, "weighted current", r.WeightedCurrent, (5+8.0/3)/3)
	near(t, "weighted target", r.WeightedTarget, 4)
	// Index = 100 * (2.5556 - 1) / (5 - 1) = 38.89.
	near(t, "index", r.Index, 100*((5+8.0/3)/3-1)/4)
	// Attainment = 100 * (2*(2.5-1) + 1*(8/3-1)) / (2*(4-1) + 1*(4-1)) = 100 * 4.6667 / 9 = 51.85.
	near(t, "attainment", r.TargetAttainment, 100*(3+5.0/3)/9)
	if !reflect.DeepEqual(r.Missing, []Missing{{Rater: "c", Question: "s2"}}) {
		t.Errorf("missing %+v", r.Missing)
	}
}

func TestThresholdAndUnratedQuestion(t *testing.T) {
	q := sample()
	q.DisagreementThreshold = 3
	q.Dimensions[1].Questions = append(q.Dimensions[1].Questions, Question{ID: "i2", Weight: 5})
	r := Analyze(q)
	if r.Questions[0].Disagreement != nil {
		t.Error("spread 2 is below threshold 3")
	}
	it := r.Dimensions[1]
	// i2 has no ratings: it does not pull the current score to 0, but its target counts.
	near(t, "it current", *it.Current, 8.0/3)
	if it.Rated != 1 || it.Questions != 2 || it.Missing != 3 {
		t.Errorf("it %+v", it)
	}
}

// A dimension nobody rated has no score: it is neither 0 on the scale nor
// the largest gap, takes no part in the index, and is listed apart.
func TestUnratedDimensionHasNoScoreAndNoRank(t *testing.T) {
	q := sample()
	q.Dimensions = append(q.Dimensions, Dimension{ID: "people", Importance: 3, Target: f(5), Questions: []Question{{ID: "p1", Weight: 1}}})
	r := Analyze(q)
	people := r.Dimensions[2]
	if people.IsRated() || people.Current != nil || people.Gap != nil || people.WeightedGap != nil || people.Rank != 0 {
		t.Errorf("unrated dimension scored: %+v", people)
	}
	// Before, current 0 gave gap 5 x importance 3 = 15 and rank 1.
	if r.Dimensions[0].Rank != 1 || r.Dimensions[1].Rank != 2 {
		t.Errorf("ranks %d %d", r.Dimensions[0].Rank, r.Dimensions[1].Rank)
	}
	if !reflect.DeepEqual(r.NotRated, []string{"people"}) {
		t.Errorf("not rated %v", r.NotRated)
	}
	// The index is the one of TestHandComputedScores: people does not count.
	near(t, "index", r.Index, 100*((5+8.0/3)/3-1)/4)
	p1 := r.Questions[3]
	if p1.Rated() || p1.Mean != nil || p1.Median != nil || p1.Min != nil || p1.Max != nil || p1.SD != nil || p1.Gap != nil || len(p1.Missing) != 3 {
		t.Errorf("unrated question scored: %+v", p1)
	}
	b, _ := json.Marshal(people)
	if !strings.Contains(string(b), `"current":null,"target":5,"gap":null,"weighted_gap":null,"rater_scores"`) {
		t.Errorf("JSON %s", b)
	}
	if len(Analyze(sample()).NotRated) != 0 {
		t.Error("rated dimensions listed as not rated")
	}
}
