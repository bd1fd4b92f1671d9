package kano

import (
	"encoding/json"
	"sort"

	"github.com/dsc-workbench/dsc/roundoff"
)

// Survey waves: the same questionnaire asked again later. Kano (2001)
// describes how a quality attribute moves through a life cycle: an
// indifferent novelty becomes attractive, then one-dimensional as
// competitors match it, and finally must-be once customers take it for
// granted; Nilsson-Witell and Fundin (2005) observed such moves between
// survey waves of e-services. dsc compares each feature's category
// distribution between consecutive waves with the chi-square test of
// independence (CompareDistributions; Pearson 1900, as in Agresti,
// An Introduction to Categorical Data Analysis, 2nd ed. 2007, section 2.4).
//
// References:
//   - Kano, N. (2001). Life cycle and creation of attractive quality.
//     4th International QMOD Conference, Linköping.
//   - Nilsson-Witell, L., Fundin, A. (2005). Dynamics of service attributes:
//     a test of Kano's theory of attractive quality. International Journal
//     of Service Industry Management 16(2), 152-168.

// LifecycleStage places a category on Kano's life cycle: indifferent 0,
// attractive 1, one-dimensional 2, must-be 3. Reverse and questionable are
// not on it.
func LifecycleStage(c Category) (int, bool) {
	switch c {
	case Indifferent:
		return 0, true
	case Attractive:
		return 1, true
	case OneDimensional:
		return 2, true
	case MustBe:
		return 3, true
	}
	return 0, false
}

// Move is the direction of a category change on the life cycle.
type Move string

// The moves between two waves.
const (
	MoveSame Move = "same" // the same category
	// MoveDown follows the life cycle (indifferent -> attractive ->
	// one-dimensional -> must-be): what delighted is now expected.
	MoveDown Move = "down"
	// MoveUp goes against it (must-be -> one-dimensional, ...).
	MoveUp Move = "up"
	// MoveOff involves reverse or questionable, which are off the cycle.
	MoveOff Move = "off-cycle"
	// MoveNew: no move, the first wave did not classify the feature (it
	// was not asked, or nobody answered it) and only one later wave did.
	MoveNew Move = "new"
	// MoveNone: no move, fewer than two waves classified the feature and
	// the first wave is not the one that did (it was dropped later).
	MoveNone Move = "none"
	// MoveSettled keeps the category, but a mixed result became a clear
	// one (I/O -> I): a change of category (CategoryChanged), though not
	// along the life cycle.
	MoveSettled Move = "settled"
	// MoveUnsettled keeps the category, but the later result is mixed where
	// the earlier was clear, or mixed with another category (I -> I/O,
	// I/A -> I/O).
	MoveUnsettled Move = "unsettled"
)

// CategoryChanged is dsc's one definition of a change of Kano category
// between two results of a feature (two survey waves in dsc kano --by-wave,
// the deck and the workbook; two states of a workspace in dsc diff): the
// result reads differently, its category or its mixed pair. A mixed result
// (Fong's test cannot separate its two most frequent categories) reads as
// its pair, so I/O -> I is a change (the mixed result settled on
// indifferent), and so is O -> A/O; I -> I is none. Whether a change is
// significant is CompareDistributions of the two results' counts (p <
// SignificanceLevel), the same test for every view.
func CategoryChanged(fromCat Category, fromMixed Pair, toCat Category, toMixed Pair) bool {
	return reading(fromCat, fromMixed) != reading(toCat, toMixed)
}

// reading is how a result reads: its mixed pair, or its category.
func reading(c Category, m Pair) string {
	if m != "" {
		return string(m)
	}
	return string(c)
}

// MoveBetween is the direction of the change between two results:
// MoveSame when the category did not change (CategoryChanged), the move on
// the life cycle when the category did (MoveOf), and MoveSettled or
// MoveUnsettled when only the mix changed.
func MoveBetween(fromCat Category, fromMixed Pair, toCat Category, toMixed Pair) Move {
	switch {
	case !CategoryChanged(fromCat, fromMixed, toCat, toMixed):
		return MoveSame
	case fromCat != toCat:
		return MoveOf(fromCat, toCat)
	case toMixed == "":
		return MoveSettled
	}
	return MoveUnsettled
}

// MoveOf is the direction of the change from one category to another.
func MoveOf(from, to Category) Move {
	if from == to {
		return MoveSame
	}
	a, okA := LifecycleStage(from)
	b, okB := LifecycleStage(to)
	switch {
	case !okA || !okB:
		return MoveOff
	case b > a:
		return MoveDown
	}
	return MoveUp
}

// Wave is the analysis of one survey wave, labelled by when it was fielded
// (YYYY-MM, so labels sort in time).
type Wave struct {
	Label    string
	Analysis Analysis
}

// WaveResult is a feature's classification in one wave; N 0 when the
// wave did not ask about it or nobody answered it.
type WaveResult struct {
	Wave     string   `json:"wave"`
	N        int      `json:"n"`
	Counts   Counts   `json:"counts"`
	Category Category `json:"category"`
	Mixed    Pair     `json:"mixed"`
	Better   float64  `json:"better"`
	Worse    float64  `json:"worse"`
	// LowN is true below the minimum number of answers, so also with none.
	LowN bool `json:"low_n"`
}

// MarshalJSON writes Better and Worse as null when the wave has no answers
// to the feature: they are 0/0 then, a number nobody knows, and 0 would
// read as "no effect". The other fields keep their order and form.
func (w WaveResult) MarshalJSON() ([]byte, error) {
	known := func(v float64) *float64 {
		// Better and Worse divide by A+O+M+I: a wave without such answers
		// (none at all, or only reverse and questionable ones) has none.
		if !w.Counts.CoefficientsDefined() {
			return nil
		}
		return &v
	}
	return json.Marshal(struct {
		Wave     string   `json:"wave"`
		N        int      `json:"n"`
		Counts   Counts   `json:"counts"`
		Category Category `json:"category"`
		Mixed    Pair     `json:"mixed"`
		Better   *float64 `json:"better"`
		Worse    *float64 `json:"worse"`
		LowN     bool     `json:"low_n"`
	}{w.Wave, w.N, w.Counts, w.Category, w.Mixed, known(w.Better), known(w.Worse), w.LowN})
}

// Step is a feature's change between two consecutive waves that both
// classified it.
type Step struct {
	From    string           `json:"from"` // wave labels
	To      string           `json:"to"`
	FromCat Category         `json:"from_category"`
	ToCat   Category         `json:"to_category"`
	Move    Move             `json:"move"`
	Test    DistributionTest `json:"test"`
	LowN    bool             `json:"low_n"` // either wave has fewer answers than the minimum
	Better  float64          `json:"better_change"`
	Worse   float64          `json:"worse_change"`
}

// Moved reports whether the category changed (CategoryChanged: the
// category or the mixed pair).
func (s Step) Moved() bool { return changes(s.Move) }

// changes reports whether a move is a change of category.
func changes(m Move) bool {
	switch m {
	case MoveDown, MoveUp, MoveOff, MoveSettled, MoveUnsettled:
		return true
	}
	return false
}

// MarshalJSON writes the step with "moved", derived from its Move
// (CategoryChanged: the category or the mixed pair).
func (s Step) MarshalJSON() ([]byte, error) {
	type fields Step // the fields without this method
	return json.Marshal(struct {
		fields
		Moved bool `json:"moved"`
	}{fields(s), s.Moved()})
}

// Migration is one feature's path through the waves.
type Migration struct {
	ID    string       `json:"id"`
	Waves []WaveResult `json:"waves"`
	Steps []Step       `json:"steps"`
	// First and Last are the first and the last wave that classified the
	// feature (N 0 when none did). Move is the direction from First to
	// Last, and Test compares their distributions, when they are two waves.
	Move        Move             `json:"move"`
	Test        DistributionTest `json:"test"`
	First, Last WaveResult       `json:"-"`
}

// Significant is the verdict of the first-to-last test.
func (m Migration) Significant() bool { return m.Test.Significant }

// Down flags a feature moving down the life cycle: what the first wave
// found more delighting, the last takes more for granted.
func (m Migration) Down() bool { return m.Move == MoveDown }

// Unclear reports a move on the life cycle from or to a mixed result (its
// two most frequent categories not significantly apart): such a move is
// not a clean change of category, and views say so. A settled or
// unsettled move is about the mix itself and says so in its name.
func (m Migration) Unclear() bool {
	lifecycle := m.Move == MoveDown || m.Move == MoveUp || m.Move == MoveOff
	return lifecycle && (m.First.Mixed != "" || m.Last.Mixed != "")
}

// Moved reports whether the feature's category changed (CategoryChanged)
// from its first classifying wave to its last (two waves at least).
func (m Migration) Moved() bool { return changes(m.Move) }

// SignificantChange reports whether the feature changed category
// (CategoryChanged) between two consecutive waves that classified it, with
// a significant test of the two waves' distributions: what the deck, the
// workbook and dsc kano --by-wave count as a significant change.
func (m Migration) SignificantChange() bool {
	for _, s := range m.Steps {
		if s.Moved() && s.Test.Significant {
			return true
		}
	}
	return false
}

// Changed reports whether the feature changed category between any two
// consecutive waves that classified it.
func (m Migration) Changed() bool {
	for _, s := range m.Steps {
		if s.Moved() {
			return true
		}
	}
	return false
}

// MarshalJSON writes the migration with "significant" and "down", derived
// from Test and Move.
func (m Migration) MarshalJSON() ([]byte, error) {
	type fields Migration // the fields without this method
	return json.Marshal(struct {
		fields
		Significant bool `json:"significant"`
		Down        bool `json:"down"`
	}{fields(m), m.Significant(), m.Down()})
}

// Migrate follows every feature through the waves (in label order):
// its category per wave, each step between consecutive waves that
// classified it with the chi-square test of the two distributions, and the
// direction on the life cycle from first to last. Features come in the
// latest wave's priority order, then the features it did not ask about, by id.
func Migrate(waves []Wave, opts Options) []Migration {
	opts = opts.withDefaults()
	ws := append([]Wave(nil), waves...)
	sort.SliceStable(ws, func(i, j int) bool { return ws[i].Label < ws[j].Label })
	byWave := make([]map[string]Result, len(ws))
	var order []string
	seen := map[string]bool{}
	for i := len(ws) - 1; i >= 0; i-- {
		byWave[i] = map[string]Result{}
		for _, f := range ws[i].Analysis.Features {
			byWave[i][f.ID] = f.Result
		}
	}
	if len(ws) > 0 {
		for _, f := range ws[len(ws)-1].Analysis.Features {
			order = append(order, f.ID)
			seen[f.ID] = true
		}
	}
	var rest []string
	for i := range ws {
		for _, f := range ws[i].Analysis.Features {
			if !seen[f.ID] {
				seen[f.ID] = true
				rest = append(rest, f.ID)
			}
		}
	}
	sort.Strings(rest)
	order = append(order, rest...)

	out := make([]Migration, 0, len(order))
	for _, id := range order {
		m := Migration{ID: id, Steps: []Step{}}
		var classified []int
		for i, w := range ws {
			r := byWave[i][id]
			wr := WaveResult{Wave: w.Label, N: r.N, Counts: r.Counts, Category: r.Category, Mixed: r.Mixed, Better: r.Better, Worse: r.Worse,
				LowN: r.N < opts.MinN}
			m.Waves = append(m.Waves, wr)
			if r.N > 0 {
				classified = append(classified, i)
			}
		}
		for k := 1; k < len(classified); k++ {
			a, b := m.Waves[classified[k-1]], m.Waves[classified[k]]
			m.Steps = append(m.Steps, Step{From: a.Wave, To: b.Wave, FromCat: a.Category, ToCat: b.Category,
				Move: MoveBetween(a.Category, a.Mixed, b.Category, b.Mixed), Test: CompareDistributions(a.Counts, b.Counts), LowN: a.LowN || b.LowN,
				Better: change(a.Better, b.Better), Worse: change(a.Worse, b.Worse)})
		}
		if len(classified) > 0 {
			m.First, m.Last = m.Waves[classified[0]], m.Waves[classified[len(classified)-1]]
		}
		switch {
		case len(classified) >= 2:
			m.Move = MoveBetween(m.First.Category, m.First.Mixed, m.Last.Category, m.Last.Mixed)
			m.Test = CompareDistributions(m.First.Counts, m.Last.Counts)
		case len(classified) == 1 && classified[0] > 0:
			m.Move = MoveNew // first classified by a later wave: nothing to compare
		default:
			m.Move = MoveNone
		}
		out = append(out, m)
	}
	return out
}

// change is b - a without float noise and without -0.
func change(a, b float64) float64 {
	d := roundoff.Key(b - a)
	if d == 0 {
		return 0
	}
	return d
}
