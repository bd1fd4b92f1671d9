package kano

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/dsc-workbench/dsc/roundoff"
)

// Survey accumulates answers for many features, overall and per segment,
// in memory that grows with features and segments, never with respondents.
// A segment costs 184 bytes a feature (32-bit counts); past MaxSegments
// segment values the survey stops adding segments (see Segment and Fits).
//
// A respondent's answers are counted once, in their segment's tallies or,
// without a segment, in none; a feature's overall tally is derived from
// those when the survey is analysed (overallTally): counts are integers, so the
// sum is exact, and a row costs one count per answer, not two.
type Survey struct {
	ids      []string
	index    map[string]int
	none     []compactTally // respondents in no segment
	segments map[string]*segment
	order    []string
	// Respondents counts rows seen; per segment in segment.respondents.
	Respondents int
	// MaxSegments caps the number of segment values (0: DefaultMaxSegments).
	MaxSegments int
	full        bool // a segment value came over the cap (Fits refuses a merge then)
}

// DefaultMaxSegments is how many segment values a survey keeps apart. A
// segment is a group of respondents (industry, channel, size); a column
// with more values than this is an id or free text, and segmenting by it
// would cost memory and time for results nobody can read.
const DefaultMaxSegments = 1000

type segment struct {
	tallies     []compactTally
	respondents int
}

// compactTally is a Tally in 32-bit counts: a segment's counts per feature
// in 184 bytes. Four billion respondents in one segment (or in none) would
// overflow it.
type compactTally struct {
	pairs      [6][6]uint32
	importance [10]uint32
}

func (c *compactTally) add(functional, dysfunctional Answer, importance int) {
	pair, imp := counted(functional, dysfunctional, importance)
	if imp {
		c.importance[importance]++
	}
	if pair {
		c.pairs[functional][dysfunctional]++
	}
}

func (c *compactTally) tally() Tally {
	var t Tally
	c.addTo(&t)
	return t
}

// addTo adds the counts to t.
func (c *compactTally) addTo(t *Tally) {
	for f := range c.pairs {
		for d := range c.pairs[f] {
			t.Pairs[f][d] += int(c.pairs[f][d])
		}
	}
	for i := range c.importance {
		t.Importance[i] += int(c.importance[i])
	}
}

func (c *compactTally) merge(o *compactTally) {
	for f := range c.pairs {
		for d := range c.pairs[f] {
			c.pairs[f][d] += o.pairs[f][d]
		}
	}
	for i := range c.importance {
		c.importance[i] += o.importance[i]
	}
}

// NewSurvey starts a survey. The evaluation table is chosen when it is
// analysed (Options.Table), since tallies keep the raw answer pairs.
func NewSurvey() *Survey {
	return &Survey{index: map[string]int{}, segments: map[string]*segment{}}
}

// Feature returns the index of a feature, adding it on first use. Readers
// resolve a column's feature once and then pass the index for every row.
func (s *Survey) Feature(id string) int {
	if i, ok := s.index[id]; ok {
		return i
	}
	i := len(s.ids)
	s.ids = append(s.ids, id)
	s.index[id] = i
	s.none = append(s.none, compactTally{})
	for _, seg := range s.segments {
		seg.tallies = append(seg.tallies, compactTally{})
	}
	return i
}

// Segment is a handle on one segment's tallies; the zero handle records no segment.
type Segment struct{ seg *segment }

// Segment returns the handle for a segment value ("" for none) and counts
// one more respondent in it. Call it once per respondent row. A new value
// past MaxSegments is not added: the respondent counts overall only, the
// zero handle says so to the caller (which reports the value), and the
// survey no longer Fits another.
func (s *Survey) Segment(value string) Segment {
	s.Respondents++
	if value == "" {
		return Segment{}
	}
	seg, ok := s.segments[value]
	if !ok {
		if len(s.segments) >= s.maxSegments() {
			s.full = true
			return Segment{}
		}
		seg = &segment{tallies: make([]compactTally, len(s.ids))}
		value = strings.Clone(value) // kept: not a view of a reader's buffer
		s.segments[value] = seg
		s.order = append(s.order, value)
	}
	seg.respondents++
	return Segment{seg}
}

// Respondent counts one more respondent in the segment of h, a handle
// Segment returned: Segment without looking the value up again.
func (s *Survey) Respondent(h Segment) {
	s.Respondents++
	if h.seg != nil {
		h.seg.respondents++
	}
}

func (s *Survey) maxSegments() int {
	if s.MaxSegments > 0 {
		return s.MaxSegments
	}
	return DefaultMaxSegments
}

// Add records one respondent's answers to feature i within segment seg.
func (s *Survey) Add(i int, seg Segment, functional, dysfunctional Answer, importance int) {
	if functional == Missing && dysfunctional == Missing && importance == 0 {
		// Nothing was answered for this feature: not even a missing pair,
		// since the respondent may never have been asked.
		return
	}
	s.AddAsked(i, seg, functional, dysfunctional, importance)
}

// AddAsked records the answers of a respondent who was asked about the
// feature (its columns are in their export): unlike Add, two blank answers
// are a non-response and count as missing. n and the categories are the
// same either way.
func (s *Survey) AddAsked(i int, seg Segment, functional, dysfunctional Answer, importance int) {
	s.tallies(seg)[i].add(functional, dysfunctional, importance)
}

// tallies are the tallies a respondent of segment seg counts in.
func (s *Survey) tallies(seg Segment) []compactTally {
	if seg.seg != nil {
		return seg.seg.tallies
	}
	return s.none
}

// AddRow records one respondent's answers to many features, as AddAsked
// does for each: the answers to feature features[k] are row[3k]
// (functional), row[3k+1] (dysfunctional) and row[3k+2] (importance, 0
// when not given). Readers that hold a row's answers in one array count it
// without a call per feature. It returns how many of the answers were
// Missing.
func (s *Survey) AddRow(seg Segment, features []int, row []uint8) (missing int) {
	row = row[:3*len(features)]
	st := s.tallies(seg)
	for k, i := range features {
		a := row[3*k : 3*k+3 : 3*k+3]
		f, d, imp := a[0], a[1], a[2]
		if f == uint8(Missing) {
			missing++
		}
		if d == uint8(Missing) {
			missing++
		}
		c := &st[i]
		// The rule of counted, on bytes: a pair of Missing..Dislike, an
		// importance of 1-9.
		if f <= uint8(Dislike) && d <= uint8(Dislike) {
			c.pairs[f][d]++
		}
		if imp >= 1 && imp <= 9 {
			c.importance[imp]++
		}
	}
	return missing
}

// Empty returns a survey with the same features (and cap) and no answers:
// a part of the respondents is read into it and merged back.
func (s *Survey) Empty() *Survey {
	e := NewSurvey()
	e.MaxSegments = s.MaxSegments
	for _, id := range s.ids {
		e.Feature(id)
	}
	return e
}

// Fits reports whether merging o keeps the segments within the cap, with
// no overflow in o itself.
func (s *Survey) Fits(o *Survey) bool {
	if o.full || s.full {
		return false
	}
	n := len(s.segments)
	for _, v := range o.order {
		if _, ok := s.segments[v]; !ok {
			n++
		}
	}
	return n <= s.maxSegments()
}

// Merge adds the counts of o, a survey of other respondents read
// separately (a part of a file read on another core). Counts are integers,
// so merging parts gives exactly the survey of the whole. Segments over
// the cap make the merged survey overflow as reading them in one would.
func (s *Survey) Merge(o *Survey) {
	fi := make([]int, len(o.ids))
	for i, id := range o.ids {
		fi[i] = s.Feature(id)
		s.none[fi[i]].merge(&o.none[i])
	}
	s.Respondents += o.Respondents
	s.full = s.full || o.full
	for _, v := range o.order {
		os := o.segments[v]
		seg, ok := s.segments[v]
		if !ok {
			if len(s.segments) >= s.maxSegments() {
				// Its respondents count overall only, as when read in one.
				s.full = true
				for i := range os.tallies {
					s.none[fi[i]].merge(&os.tallies[i])
				}
				continue
			}
			seg = &segment{tallies: make([]compactTally, len(s.ids))}
			s.segments[v] = seg
			s.order = append(s.order, v)
		}
		seg.respondents += os.respondents
		for i := range os.tallies {
			seg.tallies[fi[i]].merge(&os.tallies[i])
		}
	}
}

// overallTally is feature i's tally over all respondents: those in no
// segment and those of every segment.
func (s *Survey) overallTally(i int) Tally {
	t := s.none[i].tally()
	for _, v := range s.order {
		s.segments[v].tallies[i].addTo(&t)
	}
	return t
}

// SegmentValues lists the segment values seen, sorted.
func (s *Survey) SegmentValues() []string {
	out := append([]string(nil), s.order...)
	sort.Strings(out)
	return out
}

// FeatureResult is one feature's classification overall and per segment.
type FeatureResult struct {
	ID string `json:"id"`
	Result
	Segments map[string]Result `json:"segments,omitempty"`
	// SegmentDifference is set when the feature's category differs between
	// segments that have enough answers.
	SegmentDifference *SegmentDifference `json:"segment_difference,omitempty"`
	// Rank is the feature's place in the priority order (1 = first).
	Rank int `json:"rank"`
}

// SegmentDifference says whether segments see a feature differently and
// whether the difference in their category distributions is significant
// (chi-square test of independence, p < 0.05). Significant is the test
// alone; whether the segments see the feature significantly differently is
// FeatureResult.SegmentsDiffer, which also asks their categories to be
// apart.
type SegmentDifference struct {
	Categories  map[string]string `json:"categories"`
	ChiSquare   float64           `json:"chi_square"`
	DF          int               `json:"df"`
	P           float64           `json:"p"`
	Significant bool              `json:"significant"`
}

// SegmentInfo counts respondents per segment.
type SegmentInfo struct {
	Value       string `json:"value"`
	Respondents int    `json:"respondents"`
	// LowN is true when the segment has fewer respondents than the minimum N.
	LowN bool `json:"low_n"`
}

// Analysis is the result of a survey.
type Analysis struct {
	Respondents int             `json:"respondents"`
	Segments    []SegmentInfo   `json:"segments"`
	Features    []FeatureResult `json:"features"`
}

// Analyze classifies every feature overall and per segment and orders them
// by priority. Features come out in priority order.
func (s *Survey) Analyze(opts Options) Analysis {
	opts = opts.withDefaults()
	segs := s.SegmentValues()
	a := Analysis{Respondents: s.Respondents, Segments: []SegmentInfo{}}
	for _, v := range segs {
		n := s.segments[v].respondents
		a.Segments = append(a.Segments, SegmentInfo{Value: v, Respondents: n, LowN: n < opts.MinN})
	}
	for i, id := range s.ids {
		overall := s.overallTally(i)
		fr := FeatureResult{ID: id, Result: overall.Classify(opts)}
		if len(segs) > 0 {
			fr.Segments = map[string]Result{}
			for _, v := range segs {
				t := s.segments[v].tallies[i].tally()
				fr.Segments[v] = t.Classify(opts)
			}
			fr.SegmentDifference = compareSegments(fr.Segments, segs, opts)
		}
		a.Features = append(a.Features, fr)
	}
	Prioritize(a.Features)
	return a
}

// compareSegments flags a feature whose category differs between segments
// with enough answers, and tests the difference.
func compareSegments(results map[string]Result, segs []string, opts Options) *SegmentDifference {
	var usable []string
	for _, v := range segs {
		if r := results[v]; r.N > 0 && r.N >= opts.MinN {
			usable = append(usable, v)
		}
	}
	if len(usable) < 2 {
		return nil
	}
	differ := false
	for _, v := range usable[1:] {
		if results[v].Category != results[usable[0]].Category {
			differ = true
		}
	}
	if !differ {
		return nil
	}
	d := &SegmentDifference{Categories: map[string]string{}}
	var groups []Counts
	for _, v := range usable {
		d.Categories[v] = results[v].String()
		groups = append(groups, results[v].Counts)
	}
	t := CompareDistributions(groups...)
	d.ChiSquare, d.DF, d.P, d.Significant = t.ChiSquare, t.DF, t.P, t.Significant
	return d
}

// MayBe lists the categories the result may be: its category, and for a
// mixed result (its two leading categories not significantly apart) the
// runner-up too.
func (r Result) MayBe() []Category {
	if r.Mixed != "" {
		return []Category{r.Category, r.Second}
	}
	return []Category{r.Category}
}

// CategoriesApart reports whether two segments of the feature's segment
// difference have categories that cannot be the same: a mixed result
// ("M/O", a 68:68 tie among them) may be either of its two, so B2B "O"
// against B2C "M/O" is no difference of category, whatever the
// distributions' test says. False without a segment difference.
func (f FeatureResult) CategoriesApart() bool {
	if f.SegmentDifference == nil {
		return false
	}
	var segs []string // in any order: the answer is yes or no
	for v := range f.SegmentDifference.Categories {
		segs = append(segs, v)
	}
	for i, a := range segs {
		for _, b := range segs[i+1:] {
			ca, cb := f.Segments[a].MayBe(), f.Segments[b].MayBe()
			if !slices.ContainsFunc(ca, func(c Category) bool { return slices.Contains(cb, c) }) {
				return true
			}
		}
	}
	return false
}

// SegmentsDiffer reports whether the segments see the feature
// significantly differently: their category distributions differ
// significantly and two of their categories are apart. The summary, the
// deck's segment table and the workbook's Segments sheet all ask this.
func (f FeatureResult) SegmentsDiffer() bool {
	d := f.SegmentDifference
	return d != nil && d.Significant && f.CategoriesApart()
}

// ChiSquare computes Pearson's statistic for a contingency table and its
// degrees of freedom, ignoring empty rows and columns.
func ChiSquare(table [][]int) (float64, int) {
	// Rows and columns are kept in index order: summing in map order would
	// change the last digits from run to run.
	var rows, cols []int
	width := 0
	for i, r := range table {
		width = max(width, len(r))
		sum := 0
		for _, v := range r {
			sum += v
		}
		if sum > 0 {
			rows = append(rows, i)
		}
	}
	for j := 0; j < width; j++ {
		for _, r := range table {
			if j < len(r) && r[j] > 0 {
				cols = append(cols, j)
				break
			}
		}
	}
	if len(rows) < 2 || len(cols) < 2 {
		return 0, 0
	}
	rowSum := map[int]float64{}
	colSum := map[int]float64{}
	total := 0.0
	for _, i := range rows {
		for _, j := range cols {
			v := float64(table[i][j])
			rowSum[i] += v
			colSum[j] += v
			total += v
		}
	}
	x := 0.0
	for _, i := range rows {
		for _, j := range cols {
			e := rowSum[i] * colSum[j] / total
			d := float64(table[i][j]) - e
			x += d * d / e
		}
	}
	return x, (len(rows) - 1) * (len(cols) - 1)
}

// ChiSquareP is the upper-tail probability of the chi-square distribution.
func ChiSquareP(x float64, df int) float64 {
	if df <= 0 {
		return 1
	}
	if x <= 0 {
		return 1
	}
	return upperGamma(float64(df)/2, x/2)
}

// upperGamma is the regularised upper incomplete gamma Q(a, x), by series
// for x < a+1 and by Lentz's continued fraction otherwise (Numerical Recipes 6.2).
func upperGamma(a, x float64) float64 {
	lg, _ := math.Lgamma(a)
	if x < a+1 {
		sum, term := 1/a, 1/a
		for n := 1; n < 500; n++ {
			term *= x / (a + float64(n))
			sum += term
			if math.Abs(term) < math.Abs(sum)*1e-15 {
				break
			}
		}
		return 1 - sum*math.Exp(-x+a*math.Log(x)-lg)
	}
	const tiny = 1e-300
	b := x + 1 - a
	c := 1 / tiny
	d := 1 / b
	h := d
	for i := 1; i < 500; i++ {
		an := -float64(i) * (float64(i) - a)
		b += 2
		d = an*d + b
		if math.Abs(d) < tiny {
			d = tiny
		}
		c = b + an/c
		if math.Abs(c) < tiny {
			c = tiny
		}
		d = 1 / d
		del := d * c
		h *= del
		if math.Abs(del-1) < 1e-15 {
			break
		}
	}
	return math.Exp(-x+a*math.Log(x)-lg) * h
}

// priorityGroup orders categories for the target picture: must-be first,
// then one-dimensional, attractive, indifferent, reverse, questionable.
func priorityGroup(c Category) int {
	switch c {
	case MustBe:
		return 0
	case OneDimensional:
		return 1
	case Attractive:
		return 2
	case Indifferent:
		return 3
	case Reverse:
		return 4
	case Questionable:
		return 5
	}
	return 6
}

// priorityKey is what orders features within a category group: for must-be
// the dissatisfaction their absence causes (|Worse|), for one-dimensional
// both effects (Better + |Worse|), for the rest the satisfaction their
// presence adds (Better).
func priorityKey(r Result) float64 {
	switch r.Category {
	case MustBe:
		return -r.Worse
	case OneDimensional:
		return r.Better - r.Worse
	}
	return r.Better
}

// Prioritize sorts features into the priority order and numbers their ranks:
// by category group, then the group's key (descending), then the
// importance-weighted continuous priority (descending), then id.
func Prioritize(fs []FeatureResult) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if ga, gb := priorityGroup(a.Category), priorityGroup(b.Category); ga != gb {
			return ga < gb
		}
		if ka, kb := roundoff.Key(priorityKey(a.Result)), roundoff.Key(priorityKey(b.Result)); ka != kb {
			return ka > kb
		}
		if pa, pb := roundoff.Key(a.Continuous.Priority), roundoff.Key(b.Continuous.Priority); pa != pb {
			return pa > pb
		}
		return a.ID < b.ID
	})
	for i := range fs {
		fs[i].Rank = i + 1
	}
}
