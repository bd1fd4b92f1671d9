package kano

import (
	"encoding/json"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"
)

const eps = 1e-9

func near(t *testing.T, what string, got, want float64) {
	t.Helper()
	if math.Abs(got-want) > 1e-4 {
		t.Errorf("%s = %.6f, want %.6f", what, got, want)
	}
}

// tally builds a tally with the given category counts by feeding answer
// pairs that map to each category in the standard table.
func tally(a, o, m, i, r, q int) *Tally {
	t := &Tally{}
	pairs := map[Category][2]Answer{
		Attractive: {Like, Neutral}, OneDimensional: {Like, Dislike}, MustBe: {Neutral, Dislike},
		Indifferent: {Neutral, Neutral}, Reverse: {Dislike, Like}, Questionable: {Like, Like},
	}
	for cat, n := range map[Category]int{Attractive: a, OneDimensional: o, MustBe: m, Indifferent: i, Reverse: r, Questionable: q} {
		for k := 0; k < n; k++ {
			p := pairs[cat]
			t.Add(p[0], p[1], 0)
		}
	}
	return t
}

func TestStandardTableMatchesPrimer(t *testing.T) {
	want := [5]string{"QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRRQ"}
	for f := Like; f <= Dislike; f++ {
		got := ""
		for d := Like; d <= Dislike; d++ {
			got += string(StandardTable.Classify(f, d))
		}
		if got != want[f-1] {
			t.Errorf("row %s = %s, want %s", f.Name(), got, want[f-1])
		}
	}
	if StandardTable.Classify(Missing, Like) != NoCategory {
		t.Error("missing answer must not be classified")
	}
}

func TestPouliotTableDiffersOnlyOnTheDiagonal(t *testing.T) {
	diff := 0
	for f := Like; f <= Dislike; f++ {
		for d := Like; d <= Dislike; d++ {
			if PouliotTable.Classify(f, d) != StandardTable.Classify(f, d) {
				diff++
			}
		}
	}
	if diff != 2 || PouliotTable.Classify(Expect, Expect) != Questionable || PouliotTable.Classify(LiveWith, LiveWith) != Questionable {
		t.Errorf("pouliot: %d cells differ", diff)
	}
}

func TestHandWorkedNotSignificant(t *testing.T) {
	// A=5 O=3 M=10 I=2, N=20.
	r := tally(5, 3, 10, 2, 0, 0).Classify(Options{})
	if r.Category != MustBe || r.Second != Attractive {
		t.Fatalf("category %s second %s, want M then A", r.Category, r.Second)
	}
	// Fong: a-b = 10-5 = 5; 1.65*sqrt((15)(40-15)/40) = 1.65*sqrt(9.375) = 1.65*3.0619 = 5.0521 > 5.
	if r.Significant || r.Mixed != "M/A" || r.String() != "M/A" {
		t.Errorf("significant=%v mixed=%q, want not significant, M/A", r.Significant, r.Mixed)
	}
	near(t, "better", r.Better, 8.0/20)                 // (5+3)/(5+3+10+2)
	near(t, "worse", r.Worse, -13.0/20)                 // -(3+10)/20
	near(t, "total strength", r.TotalStrength, 18.0/20) // (5+3+10)/20
	near(t, "category strength", r.CategoryStrength, 5.0/20)
}

func TestHandWorkedSignificant(t *testing.T) {
	// M=14 A=3 O=2 I=1, N=20: a-b = 11 >= 1.65*sqrt(17*23/40) = 1.65*3.1265 = 5.159.
	r := tally(3, 2, 14, 1, 0, 0).Classify(Options{})
	if r.Category != MustBe || !r.Significant || r.Mixed != "" || r.String() != "M" {
		t.Fatalf("got %+v", r)
	}
	near(t, "category strength", r.CategoryStrength, (14.0-3)/20)
}

func TestFong(t *testing.T) {
	for _, c := range []struct {
		a, b, n int
		want    bool
	}{
		{10, 5, 20, false}, // 5 < 5.0521
		{11, 5, 20, true},  // 6 >= 1.65*sqrt(16*24/40)=1.65*3.0984=5.112
		{5, 5, 10, false},
		{0, 0, 0, false},
		{3, 4, 10, false}, // runner-up larger (aom rule)
	} {
		if got := Fong(c.a, c.b, c.n, 1.65); got != c.want {
			t.Errorf("Fong(%d,%d,%d) = %v, want %v", c.a, c.b, c.n, got, c.want)
		}
	}
}

func TestTieBrokenByInfluenceRule(t *testing.T) {
	// A=O=M=I=4, R=Q=2: the most frequent are tied; M > O > A > I decides.
	r := tally(4, 4, 4, 4, 2, 2).Classify(Options{})
	if r.Category != MustBe || r.Second != OneDimensional || r.Mixed != "M/O" {
		t.Fatalf("got %s second %s mixed %q", r.Category, r.Second, r.Mixed)
	}
	if !slices.Contains(r.Flags, FlagTie) {
		t.Errorf("flags %v lack tie", r.Flags)
	}
	// A=I=6: A wins over I.
	if r := tally(6, 0, 0, 6, 0, 0).Classify(Options{}); r.Category != Attractive {
		t.Errorf("A/I tie gave %s", r.Category)
	}
}

func TestAOMRule(t *testing.T) {
	// A=5 O=4 I=7: frequency says I; A+O+M = 9 > I+R+Q = 7, so aom takes the most frequent of M, O, A: A.
	c := tally(5, 4, 0, 7, 0, 0)
	if r := c.Classify(Options{Rule: RuleFrequency}); r.Category != Indifferent || r.Rule != RuleFrequency {
		t.Errorf("frequency: %s", r.Category)
	}
	r := c.Classify(Options{Rule: RuleAOM})
	if r.Category != Attractive || r.Rule != RuleAOM {
		t.Fatalf("aom: %s", r.Category)
	}
	// The runner-up is I (7 > 5): Fong cannot call A significant over a larger I.
	if r.Second != Indifferent || r.Significant || r.Mixed != "A/I" {
		t.Errorf("aom second %s significant %v mixed %q", r.Second, r.Significant, r.Mixed)
	}
	// A=6 I=7: 6 < 7, so aom falls back to I, R, Q: I.
	if r := tally(6, 0, 0, 7, 0, 0).Classify(Options{Rule: RuleAOM}); r.Category != Indifferent {
		t.Errorf("aom fallback: %s", r.Category)
	}
}

func TestAllQuestionable(t *testing.T) {
	r := tally(0, 0, 0, 0, 0, 5).Classify(Options{})
	if r.Category != Questionable || r.Second != NoCategory || r.Better != 0 || r.Worse != 0 || r.TotalStrength != 0 {
		t.Fatalf("got %+v", r)
	}
	// Fong with b=0: 5 >= 1.65*sqrt(5*5/10) = 2.609: significant.
	if !r.Significant || !slices.Contains(r.Flags, FlagQuestionable) {
		t.Errorf("significant %v flags %v", r.Significant, r.Flags)
	}
	near(t, "category strength", r.CategoryStrength, 1)
}

func TestSingleAnswerIsLowN(t *testing.T) {
	// One answer: 1 < 1.65*sqrt(1*1/2) = 1.167, not significant and nothing to be mixed with.
	r := tally(1, 0, 0, 0, 0, 0).Classify(Options{})
	if r.Significant || r.Mixed != "" || !slices.Contains(r.Flags, FlagLowN) {
		t.Errorf("got %+v", r)
	}
}

func TestNoAnswers(t *testing.T) {
	r := (&Tally{}).Classify(Options{})
	if r.Category != NoCategory || r.String() != "-" || !reflect.DeepEqual(r.Flags, []string{FlagNoAnswers}) {
		t.Errorf("got %+v", r)
	}
}

func TestReverseShareAndMinN(t *testing.T) {
	r := tally(2, 0, 0, 4, 4, 0).Classify(Options{MinN: 20})
	// R share 4/10 = 0.4 > 0.2; N 10 < 20.
	if !slices.Contains(r.Flags, FlagReverse) || !slices.Contains(r.Flags, FlagLowN) {
		t.Errorf("flags %v", r.Flags)
	}
}

func TestContinuousHandWorked(t *testing.T) {
	tl := &Tally{}
	tl.Add(Like, Dislike, 9)    // F 4, D 4 (O)
	tl.Add(Expect, Dislike, 7)  // F 2, D 4 (M)
	tl.Add(Neutral, Neutral, 0) // F 0, D 0 (I), no importance
	tl.Add(Missing, Dislike, 5) // blank functional: missing, importance still counts
	r := tl.Classify(Options{})
	if r.N != 3 || r.Missing != 1 {
		t.Fatalf("N %d missing %d", r.N, r.Missing)
	}
	c := r.Continuous
	near(t, "functional mean", c.FunctionalMean, 2)           // (4+2+0)/3
	near(t, "functional sd", c.FunctionalSD, 2)               // sqrt(((2)^2+0+(-2)^2)/2)
	near(t, "dysfunctional mean", c.DysfunctionalMean, 8.0/3) // (4+4+0)/3
	near(t, "dysfunctional sd", c.DysfunctionalSD, math.Sqrt((2*(4.0/3)*(4.0/3)+(8.0/3)*(8.0/3))/2))
	near(t, "importance mean", c.ImportanceMean, 7) // (9+7+5)/3
	if c.ImportanceN != 3 {
		t.Errorf("importance n %d", c.ImportanceN)
	}
	// priority = 7/9 * sqrt(2^2 + (8/3)^2) = 0.7778 * 3.3333 = 2.5926
	near(t, "priority", c.Priority, 7.0/9*math.Hypot(2, 8.0/3))
}

func TestMomentsOf(t *testing.T) {
	// Values 1, 2, 3, 3: mean 2.25; squared deviations 1.5625 + 0.0625 + 0.5625 + 0.5625 = 2.75; sd sqrt(2.75/3).
	m := momentsOf([]float64{1, 2, 3}, []int{1, 1, 2})
	if m.N != 4 || math.Abs(m.Mean-2.25) > eps || math.Abs(m.SD()-math.Sqrt(2.75/3)) > eps {
		t.Errorf("got %+v sd %v", m, m.SD())
	}
	if z := momentsOf([]float64{1}, []int{0}); z.N != 0 || z.SD() != 0 {
		t.Errorf("empty %+v", z)
	}
}

func TestTallyMerge(t *testing.T) {
	a, b := tally(1, 2, 3, 0, 0, 0), tally(0, 1, 0, 4, 1, 0)
	a.Merge(b)
	if c, _ := a.counts(&StandardTable); c != (Counts{A: 1, O: 3, M: 3, I: 4, R: 1}) {
		t.Errorf("merged %+v", c)
	}
}

// Sauerwein, E., Bailom, F., Matzler, K., Hinterhuber, H. H. (1996): "The Kano
// model: How to delight your customers", Preprints Vol. I of the IX.
// International Working Seminar on Production Economics, Innsbruck, 313-327,
// table "Tabulation of results" (ski survey, shares in per cent). We feed the
// shares as counts per mille and reproduce the published categories and the
// customer satisfaction coefficients.
func TestSauerweinSkiExample(t *testing.T) {
	for _, c := range []struct {
		name             string
		a, o, m, i, r, q int
		want             Category
		better, worse    float64
	}{
		// Edge grip 7 / 32.3 / 49.3 / 10.4 / 0.3 / 0.7 -> M; better (70+323)/990 = .397, worse -(323+493)/990 = -.824
		{"edge grip", 70, 323, 493, 104, 3, 7, MustBe, 393.0 / 990, -816.0 / 990},
		// Ease of turn 10.4 / 45.1 / 30.5 / 11.5 / 1.1 / 1.4 -> O; better 555/975 = .569, worse -756/975 = -.775
		{"ease of turn", 104, 451, 305, 115, 11, 14, OneDimensional, 555.0 / 975, -756.0 / 975},
		// Service 63.8 / 21.6 / 2.9 / 8.5 / 1.2 / 1.9 -> A; better 854/968 = .882, worse -245/968 = -.253
		{"service", 638, 216, 29, 85, 12, 19, Attractive, 854.0 / 968, -245.0 / 968},
	} {
		r := tally(c.a, c.o, c.m, c.i, c.r, c.q).Classify(Options{})
		if r.Category != c.want || !r.Significant {
			t.Errorf("%s: %s (significant %v), want %s", c.name, r.Category, r.Significant, c.want)
		}
		near(t, c.name+" better", r.Better, c.better)
		near(t, c.name+" worse", r.Worse, c.worse)
	}
}

func TestChiSquare(t *testing.T) {
	// B2B: A0 O5 M30 I5; B2C: A5 O0 M5 I30. Expected per cell: A 2.5, O 2.5, M 17.5, I 17.5.
	// Per row: 2.5 + 2.5 + 156.25/17.5 + 156.25/17.5 = 22.857; both rows: 45.714, df (2-1)(4-1) = 3.
	x, df := ChiSquare([][]int{{0, 5, 30, 5, 0, 0}, {5, 0, 5, 30, 0, 0}})
	near(t, "chi-square", x, 45.714285714)
	if df != 3 {
		t.Errorf("df %d", df)
	}
	// Critical values: P(chi2_1 > 3.841) = 0.05, P(chi2_3 > 7.815) = 0.05, P(chi2_2 > 2) = e^-1.
	near(t, "p(3.841,1)", ChiSquareP(3.841459, 1), 0.05)
	near(t, "p(7.815,3)", ChiSquareP(7.814728, 3), 0.05)
	near(t, "p(2,2)", ChiSquareP(2, 2), math.Exp(-1))
	near(t, "p(30,10)", ChiSquareP(30, 10), 0.000857)
}

func TestSurveySegmentsAndPriority(t *testing.T) {
	s := NewSurvey()
	portal, chat, empty := s.Feature("portal"), s.Feature("chat"), s.Feature("never-asked")
	// 40 B2B respondents: portal must-be (30) / one-dimensional (5) / indifferent (5).
	// 40 B2C respondents: portal indifferent (30) / attractive (5) / must-be (5).
	answers := func(seg string, m, o, i, a int) {
		for _, n := range []struct {
			n    int
			f, d Answer
		}{{m, Neutral, Dislike}, {o, Like, Dislike}, {i, Neutral, Neutral}, {a, Like, Neutral}} {
			for k := 0; k < n.n; k++ {
				h := s.Segment(seg)
				s.Add(portal, h, n.f, n.d, 0)
				s.Add(chat, h, Like, Neutral, 6) // everyone finds chat attractive
				s.Add(empty, h, Missing, Missing, 0)
			}
		}
	}
	answers("B2B", 30, 5, 5, 0)
	answers("B2C", 5, 0, 30, 5)
	a := s.Analyze(Options{MinN: 10})
	if a.Respondents != 80 || len(a.Segments) != 2 || a.Segments[0].Value != "B2B" || a.Segments[0].Respondents != 40 {
		t.Fatalf("respondents %d segments %+v", a.Respondents, a.Segments)
	}
	byID := map[string]FeatureResult{}
	for _, f := range a.Features {
		byID[f.ID] = f
	}
	p := byID["portal"]
	// Overall: M 35, I 35, O 5, A 5: tie between M and I broken to M, mixed M/I.
	if p.Category != MustBe || p.Mixed != "M/I" {
		t.Errorf("portal overall %s mixed %q", p.Category, p.Mixed)
	}
	if p.Segments["B2B"].Category != MustBe || p.Segments["B2C"].Category != Indifferent {
		t.Errorf("segments %s %s", p.Segments["B2B"].Category, p.Segments["B2C"].Category)
	}
	d := p.SegmentDifference
	if d == nil || !d.Significant || d.DF != 3 || d.Categories["B2B"] != "M" || d.Categories["B2C"] != "I" {
		t.Fatalf("difference %+v", d)
	}
	near(t, "portal chi-square", d.ChiSquare, 45.714285714)
	if byID["chat"].SegmentDifference != nil {
		t.Error("chat is attractive in both segments: no difference expected")
	}
	if e := byID["never-asked"]; e.N != 0 || e.Missing != 0 || e.Category != NoCategory {
		t.Errorf("empty feature %+v", e.Result)
	}
	// Priority: must-be first, then attractive, then the unclassified.
	if a.Features[0].ID != "portal" || a.Features[1].ID != "chat" || a.Features[2].ID != "never-asked" || a.Features[2].Rank != 3 {
		t.Errorf("order %s %s %s", a.Features[0].ID, a.Features[1].ID, a.Features[2].ID)
	}
}

func TestPrioritizeWithinGroups(t *testing.T) {
	fs := []FeatureResult{
		{ID: "a-low", Result: Result{Category: Attractive, Better: 0.5}},
		{ID: "o", Result: Result{Category: OneDimensional, Better: 0.6, Worse: -0.5}},
		{ID: "m-mild", Result: Result{Category: MustBe, Worse: -0.5}},
		{ID: "a-high", Result: Result{Category: Attractive, Better: 0.8}},
		{ID: "m-severe", Result: Result{Category: MustBe, Worse: -0.9}},
		{ID: "r", Result: Result{Category: Reverse}},
		{ID: "i", Result: Result{Category: Indifferent, Better: 0.2}},
		{ID: "a-tie-b", Result: Result{Category: Attractive, Better: 0.5}},
	}
	Prioritize(fs)
	var got []string
	for _, f := range fs {
		got = append(got, f.ID)
	}
	want := []string{"m-severe", "m-mild", "o", "a-high", "a-low", "a-tie-b", "i", "r"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
}

// A respondent asked about a feature who answered neither question is a
// non-response: missing, but not in n or the categories. Add (not asked)
// leaves no trace.
func TestAddAskedCountsNonResponseAsMissing(t *testing.T) {
	s := NewSurvey()
	a := s.Feature("a")
	seg := s.Segment("B2B")
	s.AddAsked(a, seg, Like, Dislike, 0)    // O
	s.AddAsked(a, seg, Missing, Missing, 0) // both blank: missing
	s.AddAsked(a, seg, Like, Missing, 0)    // one blank: missing
	s.Add(a, seg, Missing, Missing, 0)      // never asked: nothing
	r := s.Analyze(Options{})
	if f := r.Features[0]; f.N != 1 || f.Missing != 2 || f.Counts != (Counts{O: 1}) {
		t.Errorf("n %d missing %d counts %+v", f.N, f.Missing, f.Counts)
	}
}

// Importance never asked is null in JSON, not 0 (off the 1-9 scale).
func TestImportanceMeanNullWhenNotAsked(t *testing.T) {
	for _, c := range []struct {
		in   Continuous
		want string
	}{
		{Continuous{Priority: 1.5}, `"importance_mean":null,"importance_n":0`},
		{Continuous{ImportanceMean: 6.5, ImportanceN: 2}, `"importance_mean":6.5,"importance_n":2`},
	} {
		b, err := json.Marshal(c.in)
		if err != nil || !strings.Contains(string(b), c.want) {
			t.Errorf("%s, want %s", b, c.want)
		}
	}
}

// Better and Worse exist only with A+O+M+I > 0 (review debt 5): 6 reverse
// and 6 questionable answers, N 12, divide by 0+0+0+0; so does a feature
// nobody answered. One indifferent answer is enough: Better (0+0)/1 = 0,
// Worse -(0+0)/1 = 0, values this time.
func TestCoefficientsDefined(t *testing.T) {
	for _, c := range []struct {
		r    Result
		want bool
	}{
		{tally(0, 0, 0, 0, 6, 6).Classify(Options{}), false},
		{tally(0, 0, 0, 0, 0, 0).Classify(Options{}), false},
		{tally(0, 0, 0, 1, 6, 6).Classify(Options{}), true},
		{tally(5, 3, 10, 2, 0, 0).Classify(Options{}), true},
	} {
		if got := c.r.Counts.CoefficientsDefined(); got != c.want {
			t.Errorf("counts %+v: defined %v, want %v", c.r.Counts, got, c.want)
		}
	}
}

// Strengths, means and the continuous priority exist only with n > 0
// (Counts.Answered): 6 reverse and 6 questionable answers are 12 pairs,
// total strength (0+0+0)/12 = 0 is a value although Better and Worse are
// none; nobody answering gives neither. In the JSON a feature nobody
// answered keeps its numbers at 0 with n 0 and the flag no-answers: Result
// is embedded in FeatureResult, so a MarshalJSON writing null on Result
// would be promoted and replace the feature's whole JSON.
func TestAnswered(t *testing.T) {
	for _, c := range []struct {
		r    Result
		want bool
	}{
		{tally(0, 0, 0, 0, 6, 6).Classify(Options{}), true},
		{tally(0, 0, 0, 0, 0, 0).Classify(Options{}), false},
		{tally(0, 0, 0, 1, 0, 0).Classify(Options{}), true},
	} {
		if got := c.r.Counts.Answered(); got != c.want {
			t.Errorf("counts %+v: answered %v, want %v", c.r.Counts, got, c.want)
		}
	}
	none := tally(0, 0, 0, 0, 0, 0).Classify(Options{})
	b, err := json.Marshal(FeatureResult{ID: "x", Result: none})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"id":"x"`, `"n":0`, `"total_strength":0,"category_strength":0`, `"flags":["no-answers"]`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON %s\nwithout %s", b, want)
		}
	}
}
