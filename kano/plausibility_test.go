package kano

import (
	"reflect"
	"slices"
	"testing"
)

// plausible analyses features given by their category counts, each
// respondent answering the pair that gives the category.
func plausible(t *testing.T, counts map[string]Counts) []Suspicion {
	t.Helper()
	s := NewSurvey()
	pairs := map[Category][2]Answer{Attractive: {Like, Neutral}, OneDimensional: {Like, Dislike}, MustBe: {Expect, Dislike},
		Indifferent: {Neutral, Neutral}, Reverse: {Dislike, Like}, Questionable: {Like, Like}}
	ids := make([]string, 0, len(counts))
	for id := range counts {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		f := s.Feature(id)
		for _, cat := range Categories {
			for k := 0; k < counts[id].Of(cat); k++ {
				s.Add(f, s.Segment(""), pairs[cat][0], pairs[cat][1], 0)
			}
		}
	}
	out := Plausibility(s.Analyze(Options{MinN: 10}).Features, 10)
	for i := range out {
		slices.Sort(out[i].Features) // the analysis lists features in priority order
	}
	return out
}

// trial7 N19: the signatures of reversed answer codes (most features R)
// and of one feature's swapped questions (one feature mostly R or Q).
func TestPlausibility(t *testing.T) {
	normal := Counts{A: 50, O: 30, I: 20} // 100 answers, no R or Q
	for _, c := range []struct {
		name   string
		counts map[string]Counts
		want   []Suspicion
	}{
		{"a real survey", map[string]Counts{"a": normal, "b": {M: 60, O: 25, I: 10, R: 3, Q: 2}}, nil},
		// 3 of 4 features R (3 > 4/2): the codes, not the questions.
		{"reversed codes", map[string]Counts{"a": {R: 60, I: 30, A: 10}, "b": {R: 70, I: 30}, "c": {R: 50, I: 45, Q: 5}, "d": normal},
			[]Suspicion{{Kind: SuspectReversedCodes, Features: []string{"a", "b", "c"}, Count: 3, Of: 4}}},
		// 2 of 4 R is not more than half: each R feature on its own. a: R 60
		// of 100 = 0.60 >= 0.40; b: R 38 of 100 = 0.38 < 0.40, its R
		// first but not mostly R.
		{"half reverse", map[string]Counts{"a": {R: 60, I: 30, A: 10}, "b": {R: 38, I: 36, A: 26}, "c": normal, "d": normal},
			[]Suspicion{{Kind: SuspectSwappedQuestions, Features: []string{"a"}, Count: 60, Of: 100}}},
		// The Experten-Chat of trial7 (A 2, M 1, I 79, R 89, Q 3: 92 of 174
		// R or Q = 0.53), among features without R.
		{"swapped questions", map[string]Counts{"chat": {A: 2, M: 1, I: 79, R: 89, Q: 3}, "b": normal, "c": normal},
			[]Suspicion{{Kind: SuspectSwappedQuestions, Features: []string{"chat"}, Count: 92, Of: 174}}},
		// Questionable first: Q 45 + R 0 of 100 = 0.45.
		{"questionable", map[string]Counts{"q": {Q: 45, I: 40, A: 15}, "b": normal},
			[]Suspicion{{Kind: SuspectSwappedQuestions, Features: []string{"q"}, Count: 45, Of: 100}}},
		// Below 20 answers nothing counts: R 15 of 19 is too few to tell,
		// and the features left (one) hold no R.
		{"too few answers", map[string]Counts{"few": {R: 15, I: 4}, "b": normal}, nil},
		{"one reverse feature of two too few", map[string]Counts{"few": {R: 15, I: 4}, "few2": {R: 12, A: 5}, "b": normal}, nil},
	} {
		if got := plausible(t, c.counts); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
}
