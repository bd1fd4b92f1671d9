package kano

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
)

// Rule is how a feature's category is chosen from its counts.
type Rule string

const (
	// RuleFrequency takes the most frequent category; ties are broken by the
	// influence rule M > O > A > I > R > Q (Berger et al. 1993).
	RuleFrequency Rule = "frequency"
	// RuleAOM first asks whether A+O+M outweighs I+R+Q; if so it takes the most
	// frequent of M, O, A (ties M > O > A), else the most frequent of I, R, Q
	// (ties I > R > Q). It stops a feature that many find relevant, but for
	// different reasons, from being called indifferent.
	RuleAOM Rule = "aom"
)

// Rules lists the classification rules, the default first.
var Rules = []Rule{RuleFrequency, RuleAOM}

// Valid reports whether r is one of Rules.
func (r Rule) Valid() bool { return slices.Contains(Rules, r) }

// DefaultMinN is the fewest answer pairs a feature or segment needs before
// dsc classifies it without the low-n flag: below ten respondents one answer
// moves a share by more than ten points.
const DefaultMinN = 10

// QuestionKind is one of the questions a Kano survey asks about a feature.
type QuestionKind string

// The question kinds of a Kano survey: the functional and dysfunctional
// question of the pair, and the optional self-stated importance (1-9).
const (
	QuestionFunctional    QuestionKind = "functional"
	QuestionDysfunctional QuestionKind = "dysfunctional"
	QuestionImportance    QuestionKind = "importance"
)

// QuestionKinds lists the question kinds in the order a survey asks them.
var QuestionKinds = []QuestionKind{QuestionFunctional, QuestionDysfunctional, QuestionImportance}

// Options tune the analysis. The zero value means: standard table,
// frequency rule, z = 1.65 for Fong's test, no minimum N.
type Options struct {
	Table *Table
	Rule  Rule
	// MinN is the fewest valid answer pairs a feature needs to be classified;
	// below it the result carries the low-n flag.
	MinN int
	// Z is the critical value of Fong's test (1.65 for a 90% two-sided level).
	Z float64
	// QuestionableShare and ReverseShare flag a feature whose share of Q or R
	// answers exceeds them (defaults 0.10 and 0.20).
	QuestionableShare, ReverseShare float64
}

func (o Options) withDefaults() Options {
	if o.Table == nil {
		t := StandardTable
		o.Table = &t
	}
	if o.Rule == "" {
		o.Rule = RuleFrequency
	}
	if o.Z == 0 {
		o.Z = 1.65
	}
	if o.QuestionableShare == 0 {
		o.QuestionableShare = 0.10
	}
	if o.ReverseShare == 0 {
		o.ReverseShare = 0.20
	}
	return o
}

// Counts holds how many respondents put a feature in each category.
type Counts struct {
	A int `json:"A"`
	O int `json:"O"`
	M int `json:"M"`
	I int `json:"I"`
	R int `json:"R"`
	Q int `json:"Q"`
}

// Of returns the count of one category.
func (c Counts) Of(cat Category) int {
	switch cat {
	case Attractive:
		return c.A
	case OneDimensional:
		return c.O
	case MustBe:
		return c.M
	case Indifferent:
		return c.I
	case Reverse:
		return c.R
	case Questionable:
		return c.Q
	}
	return 0
}

func (c *Counts) add(cat Category, n int) {
	switch cat {
	case Attractive:
		c.A += n
	case OneDimensional:
		c.O += n
	case MustBe:
		c.M += n
	case Indifferent:
		c.I += n
	case Reverse:
		c.R += n
	case Questionable:
		c.Q += n
	}
}

// N is the number of classified answer pairs.
func (c Counts) N() int { return c.A + c.O + c.M + c.I + c.R + c.Q }

// CoefficientsDefined says whether Better and Worse exist: both divide by
// A+O+M+I, so without such answers there are neither (they are 0 in the
// result, which is no value).
func (c Counts) CoefficientsDefined() bool { return c.A+c.O+c.M+c.I > 0 }

// Answered says whether any answer pair was classified (n > 0): the total
// and category strengths divide by n, and the functional and dysfunctional
// means and the continuous priority average the n pairs, so without
// answers none of them exists (they are 0 in the result, which is no value,
// and the flag no-answers says so).
func (c Counts) Answered() bool { return c.N() > 0 }

// Moments are a count, mean and variance of observations.
type Moments struct {
	N    int
	Mean float64
	m2   float64 // sum of squared deviations from the mean
}

// SD is the sample standard deviation (n-1 in the denominator); 0 below two observations.
func (m Moments) SD() float64 {
	if m.N < 2 {
		return 0
	}
	return math.Sqrt(m.m2 / float64(m.N-1))
}

// momentsOf computes the moments of values[k] observed counts[k] times, in
// two passes over the (few) distinct values, so the result is exact however
// many respondents there are.
func momentsOf(values []float64, counts []int) Moments {
	var m Moments
	sum := 0.0
	for k, c := range counts {
		m.N += c
		sum += float64(c) * values[k]
	}
	if m.N == 0 {
		return m
	}
	m.Mean = sum / float64(m.N)
	for k, c := range counts {
		d := values[k] - m.Mean
		m.m2 += float64(c) * d * d
	}
	return m
}

// FunctionalScore is the continuous-analysis score of a functional answer:
// like 4, expect 2, neutral 0, live with -1, dislike -2 (DuMouchel, in Berger et al. 1993).
func FunctionalScore(a Answer) float64 { return functionalScores[a] }

// DysfunctionalScore is the continuous-analysis score of a dysfunctional
// answer: like -2, expect -1, neutral 0, live with 2, dislike 4.
func DysfunctionalScore(a Answer) float64 { return dysfunctionalScores[a] }

var (
	functionalScores    = []float64{0, 4, 2, 0, -1, -2}
	dysfunctionalScores = []float64{0, -2, -1, 0, 2, 4}
	importanceValues    = []float64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
)

// Tally accumulates one feature's answers (in one segment) as counts of
// answer pairs and importance levels: adding a respondent is two
// increments, memory is fixed, and every statistic is derived exactly when
// the tally is classified, with whichever evaluation table is chosen then.
type Tally struct {
	// Pairs[f][d] counts respondents who answered f to the functional and d
	// to the dysfunctional question (0 = blank).
	Pairs [6][6]int
	// Importance[i] counts self-stated importance i (1-9); [0] is unused.
	Importance [10]int
}

// Add records one respondent's answers. Blank answers are Missing (0);
// importance outside 1-9 means not given.
func (t *Tally) Add(functional, dysfunctional Answer, importance int) {
	pair, imp := counted(functional, dysfunctional, importance)
	if imp {
		t.Importance[importance]++
	}
	if pair {
		t.Pairs[functional][dysfunctional]++
	}
}

// counted says what a tally counts of one respondent's answers: the pair
// when both answers are Missing to Dislike, the importance when it is 1-9.
func counted(functional, dysfunctional Answer, importance int) (pair, imp bool) {
	valid := func(a Answer) bool { return a >= Missing && a <= Dislike }
	return valid(functional) && valid(dysfunctional), importance >= 1 && importance <= 9
}

// Merge folds another tally in.
func (t *Tally) Merge(o *Tally) {
	for f := range t.Pairs {
		for d := range t.Pairs[f] {
			t.Pairs[f][d] += o.Pairs[f][d]
		}
	}
	for i := range t.Importance {
		t.Importance[i] += o.Importance[i]
	}
}

// counts classifies the answer pairs with the table.
func (t *Tally) counts(table *Table) (c Counts, missing int) {
	for f := Missing; f <= Dislike; f++ {
		for d := Missing; d <= Dislike; d++ {
			n := t.Pairs[f][d]
			if n == 0 {
				continue
			}
			if cat := table.Classify(f, d); cat == NoCategory {
				missing += n
			} else {
				c.add(cat, n)
			}
		}
	}
	return c, missing
}

// Flags that mark a result for the analyst's attention.
const (
	FlagNoAnswers    = "no-answers"
	FlagLowN         = "low-n"
	FlagMixed        = "mixed"
	FlagTie          = "tie"
	FlagQuestionable = "questionable"
	FlagReverse      = "reverse"
)

// Continuous is the continuous (functional/dysfunctional score) view of a feature.
type Continuous struct {
	FunctionalMean    float64 `json:"functional_mean"`
	FunctionalSD      float64 `json:"functional_sd"`
	DysfunctionalMean float64 `json:"dysfunctional_mean"`
	DysfunctionalSD   float64 `json:"dysfunctional_sd"`
	ImportanceMean    float64 `json:"importance_mean"`
	ImportanceN       int     `json:"importance_n"`
	// Priority = (importance mean / 9) x sqrt(F^2 + D^2): how far the feature
	// sits from the indifferent origin, weighted by how important respondents
	// say it is. Without importance answers the weight is 1.
	Priority float64 `json:"priority"`
}

// Result is the classification of one feature.
type Result struct {
	N       int    `json:"n"`
	Missing int    `json:"missing"`
	Counts  Counts `json:"counts"`
	// Category is the classification; NoCategory when there are no answers.
	Category Category `json:"category"`
	// Second is the runner-up category, compared with Category in Fong's test.
	Second Category `json:"second"`
	// Significant reports Fong's test: the first and second category differ significantly.
	Significant bool `json:"significant"`
	// Mixed is "M/O" when the test is not significant: the honest answer is both.
	Mixed  Pair    `json:"mixed"`
	Rule   Rule    `json:"rule"`
	Better float64 `json:"better"`
	Worse  float64 `json:"worse"`
	// TotalStrength and CategoryStrength divide by N: without answers
	// (Counts.Answered false, flag no-answers) they are 0, which is no
	// value; renderers show "not defined" then.
	TotalStrength    float64    `json:"total_strength"`
	CategoryStrength float64    `json:"category_strength"`
	Continuous       Continuous `json:"continuous"`
	Flags            []string   `json:"flags"`
}

// Classify turns a tally into a result.
func (t *Tally) Classify(opts Options) Result {
	opts = opts.withDefaults()
	c, missing := t.counts(opts.Table)
	n := c.N()
	r := Result{N: n, Missing: missing, Counts: c, Rule: opts.Rule, Flags: []string{}}
	r.Continuous = continuous(t)
	if n == 0 {
		r.Flags = append(r.Flags, FlagNoAnswers)
		return r
	}
	first, second, tie := rank(c, opts.Rule)
	a, b := c.Of(first), c.Of(second)
	if b == 0 {
		second = NoCategory // unanimous: there is no runner-up to be mixed with
	}
	r.Category, r.Second = first, second
	r.Significant = Fong(a, b, n, opts.Z)
	switch {
	case !r.Significant && second != NoCategory:
		r.Mixed = PairOf(first, second)
		r.Flags = append(r.Flags, FlagMixed)
	case !r.Significant:
		// Unanimous but too few answers for the test to separate it from nothing.
		r.Flags = append(r.Flags, FlagLowN)
	}
	if tie {
		r.Flags = append(r.Flags, FlagTie)
	}
	if d := c.A + c.O + c.M + c.I; d > 0 {
		r.Better = float64(c.A+c.O) / float64(d)
		r.Worse = float64(-(c.O + c.M)) / float64(d) // negated as an integer: 0, not -0, without O or M
	}
	r.TotalStrength = float64(c.A+c.O+c.M) / float64(n)
	r.CategoryStrength = float64(a-b) / float64(n)
	if n < opts.MinN && !slices.Contains(r.Flags, FlagLowN) {
		r.Flags = append(r.Flags, FlagLowN)
	}
	if float64(c.Q)/float64(n) > opts.QuestionableShare {
		r.Flags = append(r.Flags, FlagQuestionable)
	}
	if float64(c.R)/float64(n) > opts.ReverseShare {
		r.Flags = append(r.Flags, FlagReverse)
	}
	return r
}

// continuous computes the functional and dysfunctional score moments over
// the classified pairs (both answers given) and the importance moments over
// every importance answer.
func continuous(t *Tally) Continuous {
	var fun, dys [6]int
	for f := Like; f <= Dislike; f++ {
		for d := Like; d <= Dislike; d++ {
			fun[f] += t.Pairs[f][d]
			dys[d] += t.Pairs[f][d]
		}
	}
	fm := momentsOf(functionalScores, fun[:])
	dm := momentsOf(dysfunctionalScores, dys[:])
	im := momentsOf(importanceValues, t.Importance[:])
	c := Continuous{
		FunctionalMean: fm.Mean, FunctionalSD: fm.SD(),
		DysfunctionalMean: dm.Mean, DysfunctionalSD: dm.SD(),
		ImportanceN: im.N,
	}
	weight := 1.0
	if im.N > 0 {
		c.ImportanceMean = im.Mean
		weight = im.Mean / 9
	}
	c.Priority = weight * math.Hypot(c.FunctionalMean, c.DysfunctionalMean)
	return c
}

// rank returns the chosen and the runner-up category under the rule, and
// whether the choice needed the tie-break order.
func rank(c Counts, rule Rule) (first, second Category, tie bool) {
	pick := func(pool []Category, skip Category) (Category, bool) {
		best := NoCategory
		tied := false
		for _, cat := range pool {
			if cat == skip {
				continue
			}
			switch {
			case best == NoCategory || c.Of(cat) > c.Of(best):
				best, tied = cat, false
			case c.Of(cat) == c.Of(best):
				tied = true
			}
		}
		return best, tied
	}
	pool := Categories
	if rule == RuleAOM {
		if c.A+c.O+c.M > c.I+c.R+c.Q {
			pool = []Category{MustBe, OneDimensional, Attractive}
		} else {
			pool = []Category{Indifferent, Reverse, Questionable}
		}
	}
	first, tie = pick(pool, NoCategory)
	// The runner-up is the strongest other category overall, whatever the rule.
	second, _ = pick(Categories, first)
	return first, second, tie && c.Of(first) > 0
}

// Fong reports whether the two highest category frequencies a >= b out of n
// answers differ significantly: a - b >= z * sqrt((a+b)(2n-a-b) / (2n))
// (Fong 1996). A runner-up with more answers than the chosen category (possible
// under the aom rule) is never significant.
func Fong(a, b, n int, z float64) bool {
	if n == 0 || a < b {
		return false
	}
	fa, fb, fn := float64(a), float64(b), float64(n)
	return fa-fb >= z*math.Sqrt((fa+fb)*(2*fn-fa-fb)/(2*fn))
}

// String renders a result's category the way an analyst reads it: "M", or "M/O" when mixed.
func (r Result) String() string {
	if r.Category == NoCategory {
		return "-"
	}
	if r.Mixed != "" {
		return string(r.Mixed)
	}
	return string(r.Category)
}

// Pair is a mixed classification such as "M/O", or "" when the category is clear.
type Pair string

// PairOf is the mixed classification of a first and a runner-up category.
func PairOf(first, second Category) Pair { return Pair(string(first) + "/" + string(second)) }

// Second is the pair's runner-up category, NoCategory when the category is clear.
func (p Pair) Second() Category {
	_, second, _ := strings.Cut(string(p), "/")
	return Category(second)
}

// MarshalJSON writes false for a clear category and the pair otherwise.
func (p Pair) MarshalJSON() ([]byte, error) {
	if p == "" {
		return []byte("false"), nil
	}
	return []byte(`"` + string(p) + `"`), nil
}

// UnmarshalJSON reads what MarshalJSON writes: false, or the pair.
func (p *Pair) UnmarshalJSON(b []byte) error {
	var s string
	if json.Unmarshal(b, &s) != nil {
		var clear bool
		if err := json.Unmarshal(b, &clear); err != nil || clear {
			return fmt.Errorf("mixed: want false or a pair such as \"M/O\", got %s", b)
		}
	}
	*p = Pair(s)
	return nil
}

// Validate reports why options cannot be used.
func (o Options) Validate() error {
	if o.Rule != "" && !o.Rule.Valid() {
		return fmt.Errorf("unknown rule %q (use %s or %s)", o.Rule, Rules[0], Rules[1])
	}
	return nil
}

// MarshalJSON writes importance_mean as null when nobody stated an
// importance: 0 is no value on the 1-9 scale.
func (c Continuous) MarshalJSON() ([]byte, error) {
	var mean *float64
	if c.ImportanceN > 0 {
		mean = &c.ImportanceMean
	}
	return json.Marshal(struct {
		FunctionalMean    float64  `json:"functional_mean"`
		FunctionalSD      float64  `json:"functional_sd"`
		DysfunctionalMean float64  `json:"dysfunctional_mean"`
		DysfunctionalSD   float64  `json:"dysfunctional_sd"`
		ImportanceMean    *float64 `json:"importance_mean"`
		ImportanceN       int      `json:"importance_n"`
		Priority          float64  `json:"priority"`
	}{c.FunctionalMean, c.FunctionalSD, c.DysfunctionalMean, c.DysfunctionalSD, mean, c.ImportanceN, c.Priority})
}
