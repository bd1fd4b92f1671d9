package market

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/kano"
)

func comps(n int) []Competitor {
	out := make([]Competitor, n)
	for i := range out {
		out[i] = Competitor{ID: string(rune('a' + i)), Kind: Direct}
	}
	return out
}

// levels gives the first competitors full, the next partial, the next none
// and leaves the rest unassessed.
func levels(full, partial, none int) map[string]Level {
	m := map[string]Level{}
	i := 0
	for _, n := range []struct {
		k Level
		n int
	}{{Full, full}, {Partial, partial}, {None, none}} {
		for j := 0; j < n.n; j++ {
			m[string(rune('a'+i))] = n.k
			i++
		}
	}
	return m
}

func TestParityWithPartialOfferings(t *testing.T) {
	cases := []struct {
		name                     string
		n, full, partial, none   int
		wantP                    float64
		wantNone, wantUnassessed int
	}{
		// (1 + 0.5*2) / 4 = 2/4 = 0.5
		{"one full two partial of four", 4, 1, 2, 1, 0.5, 1, 0},
		// (1 + 0.5*1) / 5 = 1.5/5 = 0.3; two competitors have no record and count as none
		{"unassessed count as none", 5, 1, 1, 1, 0.3, 1, 2},
		// (0 + 0.5*3) / 3 = 0.5
		{"only partial", 3, 0, 3, 0, 0.5, 0, 0},
		// (3 + 0) / 3 = 1
		{"everyone full", 3, 3, 0, 0, 1, 0, 0},
		// (0 + 0) / 2 = 0
		{"nobody", 2, 0, 0, 2, 0, 2, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := ParityOf(comps(c.n), levels(c.full, c.partial, c.none))
			if p.P == nil || *p.P != c.wantP || p.Full != c.full || p.Partial != c.partial || p.None != c.wantNone || p.Unassessed != c.wantUnassessed {
				t.Errorf("got %+v, want p=%g full=%d partial=%d none=%d unassessed=%d", p, c.wantP, c.full, c.partial, c.wantNone, c.wantUnassessed)
			}
		})
	}
}

// trial6 M8: entries added to the catalog after the mystery shopping have no
// record for any competitor. They are not white spots or differentiators
// ("no competitor offers it"): nothing is known, so p is nil, they carry no
// flag and the flag counts leave them out. An entry with one record "none"
// and one unassessed competitor is assessed: p = 0, a white spot as before.
func TestEntryNoCompetitorWasAssessedOnHasNoParityAndNoFlag(t *testing.T) {
	in := Input{
		Competitors: comps(2), // a, b
		Offerings:   []Offering{{Competitor: "a", Entry: "chat", Level: None}},
		Entries: []Entry{
			{ID: "click", Category: kano.Attractive, InTarget: true}, // no record at all
			{ID: "chat", Category: kano.Attractive, InTarget: true},  // a: none, b: unassessed
		},
	}
	r := Analyze(in)
	click, chat := r.Entries[0], r.Entries[1]
	if click.Parity == nil || click.Parity.P != nil || click.Parity.Unassessed != 2 || click.Parity.Assessed() {
		t.Errorf("click parity = %+v, want 2 unassessed and p nil", click.Parity)
	}
	if len(click.Flags) != 0 || !click.NotAssessed() {
		t.Errorf("click flags %v not assessed %v, want none and true", click.Flags, click.NotAssessed())
	}
	// chat: (0 + 0.5 x 0) / 2 = 0, one competitor assessed: A and p <= 1/3, p = 0
	if chat.Parity.P == nil || *chat.Parity.P != 0 || chat.NotAssessed() {
		t.Errorf("chat parity = %+v, want p 0 and assessed", chat.Parity)
	}
	if want := []Flag{Differentiator, WhiteSpot}; !reflect.DeepEqual(chat.Flags, want) {
		t.Errorf("chat flags %v, want %v", chat.Flags, want)
	}
	// the counts: one differentiator and one white spot (chat), not two each
	want := []FlagCount{{TableStakes, 0}, {Differentiator, 1}, {WhiteSpot, 1}, {DelightDecay, 0}}
	if !reflect.DeepEqual(r.Flags, want) {
		t.Errorf("flag counts %v, want %v", r.Flags, want)
	}
	// without competitors there is no parity at all, and NotAssessed is false:
	// the entry is not singled out, the whole analysis has no market
	if e := Analyze(Input{Entries: in.Entries}).Entries[0]; e.Parity != nil || e.NotAssessed() {
		t.Errorf("no competitors: parity %v not assessed %v", e.Parity, e.NotAssessed())
	}
}

func TestNoCompetitorsNoParityNoFlag(t *testing.T) {
	r := Analyze(Input{Entries: []Entry{{ID: "x", Category: kano.Attractive}}})
	if r.Entries[0].Parity != nil || len(r.Entries[0].Flags) != 0 {
		t.Errorf("no competitors: parity %v flags %v, want nil and none", r.Entries[0].Parity, r.Entries[0].Flags)
	}
	if got := FlagsOf(kano.Attractive, Parity{}); len(got) != 0 {
		t.Errorf("FlagsOf with no competitors = %v", got)
	}
}

// Every flag at its thresholds. n competitors, h = 2*full + partial, p = h/2n.
func TestFlagsAtTheirThresholds(t *testing.T) {
	A, O, M, I, R := kano.Attractive, kano.OneDimensional, kano.MustBe, kano.Indifferent, kano.Reverse
	cases := []struct {
		name                   string
		cat                    kano.Category
		n, full, partial, none int
		want                   []Flag
	}{
		// table stakes: p > 1/2
		{"I p=0.5 exactly is not table stakes", I, 4, 2, 0, 2, nil},                                 // 2/4 = 0.5
		{"I p=0.625 is table stakes", I, 4, 2, 1, 1, []Flag{TableStakes}},                           // (2+0.5)/4
		{"I p=0.75 via partials is table stakes", I, 2, 1, 1, 0, []Flag{TableStakes}},               // (1+0.5)/2
		{"I p=0.5 with partials only is not", I, 2, 0, 2, 0, nil},                                   // (0+1)/2
		{"O p=1 is not table stakes (expected anyway)", O, 3, 3, 0, 0, nil},                         // category not A/I
		{"M p=1 is not table stakes", M, 3, 3, 0, 0, nil},                                           //
		{"A p=0.75 is table stakes and decaying", A, 4, 3, 0, 1, []Flag{TableStakes, DelightDecay}}, // 3/4
		// differentiator: A or O and p <= 1/3
		{"O p=1/3 exactly is a differentiator", O, 3, 1, 0, 2, []Flag{Differentiator}},        // 1/3
		{"O p=1/3 from partials (6 comps, 4 partial)", O, 6, 0, 4, 2, []Flag{Differentiator}}, // 2/6
		{"A p=1/3 from two partials of three", A, 3, 0, 2, 1, []Flag{Differentiator}},         // 1/3
		{"O p=5/12 is not", O, 6, 2, 1, 3, nil},                                               // 2.5/6
		{"O p=0.375 is not", O, 4, 1, 1, 2, nil},                                              // 1.5/4
		{"A p=0.3 is a differentiator", A, 5, 1, 1, 3, []Flag{Differentiator}},                // 1.5/5
		{"M p=0.25 is not a differentiator", M, 4, 1, 0, 3, nil},                              // category
		{"I p=0.25 is not a differentiator", I, 4, 1, 0, 3, nil},                              // category
		// white spot: p = 0, any category
		{"M p=0 is a white spot", M, 3, 0, 0, 3, []Flag{WhiteSpot}},
		{"O p=0 is a differentiating white spot", O, 3, 0, 0, 3, []Flag{Differentiator, WhiteSpot}},
		{"A p=0 with one of three assessed is a differentiating white spot", A, 3, 0, 0, 1, []Flag{Differentiator, WhiteSpot}},
		// no competitor assessed: nothing is known, so no flag at all (trial6 M8)
		{"A none of three assessed has no flag", A, 3, 0, 0, 0, nil},
		{"O none of two assessed has no flag", O, 2, 0, 0, 0, nil},
		{"M none of one assessed has no flag", M, 1, 0, 0, 0, nil},
		{"R p=0 is a white spot", R, 2, 0, 0, 2, []Flag{WhiteSpot}},
		{"no category p=0 is a white spot", kano.NoCategory, 2, 0, 0, 2, []Flag{WhiteSpot}},
		{"M p=0.125 is not a white spot", M, 4, 0, 1, 3, nil}, // 0.5/4
		// delight decay: A and p >= 1/2
		{"A p=0.5 exactly decays", A, 4, 1, 2, 1, []Flag{DelightDecay}}, // (1+1)/4
		{"A p=0.5 from 2 of 4 full decays", A, 4, 2, 0, 2, []Flag{DelightDecay}},
		{"A p=0.375 does not decay", A, 4, 1, 1, 2, nil}, // 1.5/4: neither <= 1/3 nor >= 1/2
		{"O p=0.5 does not decay", O, 4, 2, 0, 2, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := ParityOf(comps(c.n), levels(c.full, c.partial, c.none))
			got := FlagsOf(c.cat, p)
			want := c.want
			if want == nil {
				want = []Flag{}
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("parity %+v category %s: flags %v, want %v", p, c.cat, got, want)
			}
		})
	}
}

func TestGapClasses(t *testing.T) {
	A, O, M, I, R := kano.Attractive, kano.OneDimensional, kano.MustBe, kano.Indifferent, kano.Reverse
	cases := []struct {
		in    bool
		cat   kano.Category
		today Today
		gap   Gap
		why   ReconsiderReason
	}{
		{true, M, Absent, ToBuild, ""},
		{true, M, Planned, ToBuild, ""}, // planned counts as none
		{true, O, PartlyLive, ToImprove, ""},
		{true, A, Live, InPlace, ""},
		{false, A, Live, ToReconsider, ReconsiderOutside},
		{false, M, PartlyLive, ToReconsider, ReconsiderOutside},
		{true, I, Live, ToReconsider, ReconsiderIndifferent}, // pinned in, but customers do not care
		{true, R, PartlyLive, ToReconsider, ReconsiderReverse},
		{false, I, Live, ToReconsider, ReconsiderOutside}, // the first reason that applies
		{false, O, Absent, NoGap, ""},
		{false, I, Planned, NoGap, ""}, // planned counts as none: nothing live to reconsider
		{true, I, Absent, ToBuild, ""}, // pinned in: build it
	}
	for _, c := range cases {
		gap, why := GapOf(c.in, c.cat, c.today)
		if gap != c.gap || why != c.why {
			t.Errorf("in target %v, %s, today %s: got %q (%q), want %q (%q)", c.in, c.cat, c.today, gap, why, c.gap, c.why)
		}
	}
}

func f(x float64) *float64 { return &x }

// The value/effort priority on eight target entries:
//
//	id  category gap         value conf effort revenue score = value*conf/effort
//	m1  M        to build    1     -    4      -       0.25
//	m2  M        to improve  2     1    2      -       1.00
//	m3  M        to build    -     -    -      -       none
//	a1  A        to build    5     0.6  3      -       1.00
//	o1  O        to build    4     1    2      -       2.00
//	o2  O        to improve  3     1    1.5    -       2.00 (tie with o1: same revenue 0, lower effort wins)
//	r1  A        to build    4     0.5  1      120000  2.00 (tie: higher revenue wins)
//	u1  O        to build    4     -    -      -       none
//	ip  O        in place    5     -    1      -       5.00 (in place: not ranked)
//	out A        no gap      5     -    1      -       5.00 (outside the target: not ranked)
//
// Must-be first however low their value: m2 (1.00), m1 (0.25), m3 (no
// score). Then by score: r1, o2, o1 (all 2.00: r1 has revenue; o2 costs
// 1.5 < 2), a1 (1.00). Then the unscored: u1.
func TestValueEffortPriority(t *testing.T) {
	in := Input{Entries: []Entry{
		{ID: "m1", Category: kano.MustBe, InTarget: true, Value: f(1), Effort: f(4)},
		{ID: "a1", Category: kano.Attractive, InTarget: true, Value: f(5), Confidence: f(0.6), Effort: f(3)},
		{ID: "m2", Category: kano.MustBe, InTarget: true, Today: PartlyLive, Value: f(2), Confidence: f(1), Effort: f(2)},
		{ID: "o1", Category: kano.OneDimensional, InTarget: true, Value: f(4), Confidence: f(1), Effort: f(2)},
		{ID: "m3", Category: kano.MustBe, InTarget: true},
		{ID: "u1", Category: kano.OneDimensional, InTarget: true, Value: f(4)},
		{ID: "o2", Category: kano.OneDimensional, InTarget: true, Today: PartlyLive, Value: f(3), Confidence: f(1), Effort: f(1.5)},
		{ID: "r1", Category: kano.Attractive, InTarget: true, Value: f(4), Confidence: f(0.5), Effort: f(1), Revenue: f(120000)},
		{ID: "ip", Category: kano.OneDimensional, InTarget: true, Today: Live, Value: f(5), Effort: f(1)},
		{ID: "out", Category: kano.Attractive, Value: f(5), Effort: f(1)},
	}}
	r := Analyze(in)
	want := []string{"m2", "m1", "m3", "r1", "o2", "o1", "a1", "u1"}
	if !reflect.DeepEqual(r.Priority, want) {
		t.Fatalf("priority %v, want %v", r.Priority, want)
	}
	byID := map[string]EntryResult{}
	for _, e := range r.Entries {
		byID[e.ID] = e
	}
	for i, id := range want {
		if byID[id].Priority != i+1 {
			t.Errorf("%s: rank %d, want %d", id, byID[id].Priority, i+1)
		}
	}
	for id, g := range map[string]PriorityGroup{"m1": MustBeFirst, "m3": MustBeFirst, "r1": ByScore, "u1": Unscored, "ip": NotRanked, "out": NotRanked} {
		if byID[id].Group != g {
			t.Errorf("%s: group %q, want %q", id, byID[id].Group, g)
		}
	}
	if byID["ip"].Priority != 0 || byID["out"].Priority != 0 {
		t.Errorf("in place and outside entries are not ranked: %d, %d", byID["ip"].Priority, byID["out"].Priority)
	}
	// a1: 5 * 0.6 / 3 = 1.0
	if s := byID["a1"].Score; s == nil || *s != 1.0 {
		t.Errorf("a1 score %v, want 1.0", s)
	}
	if byID["m3"].Score != nil {
		t.Errorf("m3 has no value or effort, score %v", *byID["m3"].Score)
	}
}

// Quadrants: efforts of the eight entries with value and effort are
// 4, 3, 2, 2, 1.5, 1, 1, 1 -> sorted 1, 1, 1, 1.5, 2, 2, 3, 4; the median
// of an even count is the mean of the middle two: (1.5 + 2) / 2 = 1.75.
// Value is high above 3.
func TestValueEffortQuadrants(t *testing.T) {
	r := Analyze(Input{Entries: []Entry{
		{ID: "m1", Value: f(1), Effort: f(4)},   // low value, high effort
		{ID: "a1", Value: f(5), Effort: f(3)},   // high, high
		{ID: "m2", Value: f(2), Effort: f(2)},   // low, 2 > 1.75 high
		{ID: "o1", Value: f(4), Effort: f(2)},   // high, high
		{ID: "o2", Value: f(3), Effort: f(1.5)}, // 3 is not above 3: low; cheap
		{ID: "r1", Value: f(4), Effort: f(1)},   // high, cheap
		{ID: "ip", Value: f(3.5), Effort: f(1)}, // high, cheap
		{ID: "x", Value: f(1), Effort: f(1)},    // low, cheap
		{ID: "u1", Value: f(4)},                 // no effort: not in the matrix
	}})
	if r.EffortSplit != 1.75 {
		t.Errorf("effort split %g, want 1.75", r.EffortSplit)
	}
	want := map[string]Quadrant{"m1": TimeSink, "a1": StrategicBet, "m2": TimeSink, "o1": StrategicBet, "o2": FillIn,
		"r1": QuickWin, "ip": QuickWin, "x": FillIn, "u1": NoQuadrant}
	for _, e := range r.Entries {
		if e.Quadrant != want[e.ID] {
			t.Errorf("%s: quadrant %q, want %q", e.ID, e.Quadrant, want[e.ID])
		}
	}
	// Counted from the list above: quick wins r1, ip; strategic bets a1, o1;
	// fill-ins o2, x; time sinks m1, m2: 2 + 2 + 2 + 2 = the 8 entries with
	// value and effort (u1 is in none), in the order of Quadrants.
	if got := fmt.Sprint(r.Quadrants); got != "[{quick-win 2} {strategic-bet 2} {fill-in 2} {time-sink 2}]" {
		t.Errorf("quadrant counts %s", got)
	}
}

// Trends are ordered by horizon, then relevance; a relevant trend (4 or 5)
// names the stages no target entry serves.
func TestTrendRadarAndUnservedStages(t *testing.T) {
	in := Input{
		Stages: []string{"awareness", "information", "purchase", "service"},
		Entries: []Entry{
			{ID: "finder", InTarget: true, Stages: []string{"information"}},
			{ID: "chat", InTarget: false, Stages: []string{"service"}}, // serves service, but is outside the target
			{ID: "shop", InTarget: true, Stages: []string{"purchase"}},
		},
		Trends: []Trend{
			{ID: "t-far", Horizon: LongerRun, Relevance: 5, Stages: []string{"service"}, Entries: []string{"chat"}},
			{ID: "t-now-3", Horizon: Now, Relevance: 3, Stages: []string{"awareness"}},                                                  // not relevant
			{ID: "t-now-5", Horizon: Now, Relevance: 5, Stages: []string{"information", "awareness"}},                                   // awareness unserved
			{ID: "t-near", Horizon: NearTerm, Relevance: 4, Stages: []string{"service", "purchase"}, Entries: []string{"chat", "shop"}}, // service unserved
			{ID: "t-now-4", Horizon: Now, Relevance: 4},
		},
	}
	r := Analyze(in)
	var order []string
	for _, t := range r.Trends {
		order = append(order, t.ID)
	}
	if want := []string{"t-now-5", "t-now-4", "t-now-3", "t-near", "t-far"}; !reflect.DeepEqual(order, want) {
		t.Errorf("radar order %v, want %v", order, want)
	}
	// relevant: t-now-5, t-near, t-far, t-now-4; now among them: 2
	if r.Relevant != 4 || r.RelevantNow != 2 {
		t.Errorf("relevant %d, now %d; want 4 and 2", r.Relevant, r.RelevantNow)
	}
	wantUnserved := []UnservedStage{{"awareness", []string{"t-now-5"}}, {"service", []string{"t-far", "t-near"}}}
	if !reflect.DeepEqual(r.Unserved, wantUnserved) {
		t.Errorf("unserved %+v, want %+v", r.Unserved, wantUnserved)
	}
	if got := r.Entries[1].Trends; !reflect.DeepEqual(got, []string{"t-far", "t-near"}) {
		t.Errorf("trends touching chat: %v", got)
	}
	// Without a journey no stage can be called unserved.
	in.Stages = nil
	if r := Analyze(in); len(r.Unserved) != 0 {
		t.Errorf("no journey: unserved %v", r.Unserved)
	}
}

func TestCountsAndCompetitorCoverage(t *testing.T) {
	in := Input{
		Competitors: comps(2),
		Offerings: []Offering{
			{"a", "x", Full}, {"a", "y", Partial}, {"b", "x", None}, {"b", "z", None},
		},
		Entries: []Entry{
			{ID: "x", Category: kano.MustBe, InTarget: true, Today: Planned},
			{ID: "y", Category: kano.Attractive, InTarget: true, Today: Live},
			{ID: "z", Category: kano.Indifferent, Today: Live},
		},
	}
	r := Analyze(in)
	// a: x full, y partial, z none (no record; b was assessed on z) -> (1 + 0.5) / 3 = 0.5; b: nothing -> 0
	if a, b := r.ByCompetitor[0], r.ByCompetitor[1]; a.Coverage == nil || *a.Coverage != 0.5 || b.Coverage == nil || *b.Coverage != 0 || a.None != 1 || b.None != 3 {
		t.Errorf("coverage %+v", r.ByCompetitor)
	}
	wantGaps := []GapCount{{ToBuild, 1, 1}, {ToImprove, 0, 0}, {InPlace, 1, 0}, {ToReconsider, 1, 0}}
	if !reflect.DeepEqual(r.Gaps, wantGaps) {
		t.Errorf("gaps %+v, want %+v", r.Gaps, wantGaps)
	}
	// x: (1+0)/2 = 0.5, M: nothing. y: 0.5/2 = 0.25, A: differentiator. z: 0 (b: none): white spot.
	wantFlags := []FlagCount{{TableStakes, 0}, {Differentiator, 1}, {WhiteSpot, 1}, {DelightDecay, 0}}
	if !reflect.DeepEqual(r.Flags, wantFlags) {
		t.Errorf("flags %+v, want %+v", r.Flags, wantFlags)
	}
	if r.Entries[0].Today != Planned || r.Entries[0].Gap != ToBuild {
		t.Errorf("planned entry: %+v", r.Entries[0])
	}
	// The renderers read the counts by name from the one shape: to build 1
	// of them planned, white spot 1, table stakes 0, no quadrant filled
	// (no entry has value and effort).
	if g := r.Gap(ToBuild); g.Entries != 1 || g.Planned != 1 || r.Gap(ToImprove).Entries != 0 {
		t.Errorf("gap to build %+v", g)
	}
	if r.Flagged(WhiteSpot) != 1 || r.Flagged(TableStakes) != 0 || r.InQuadrant(QuickWin) != 0 {
		t.Errorf("white spots %d, table stakes %d, quick wins %d", r.Flagged(WhiteSpot), r.Flagged(TableStakes), r.InQuadrant(QuickWin))
	}
}

// trial7 N22: a competitor's coverage is over the entries the market was
// assessed on. Entries added to the catalog after the mystery shopping (no
// competitor has a record) are counted as unassessed beside it, not as
// entries the competitor lacks; a competitor's missing record on an entry
// another one was assessed on still counts as none, as in the parity.
func TestCompetitorCoverageLeavesUnassessedEntriesOut(t *testing.T) {
	in := Input{
		Competitors: comps(2),
		Offerings: []Offering{
			{"a", "e1", Full}, {"a", "e2", Partial}, {"a", "e3", None},
			{"b", "e1", None}, {"b", "e2", Full}, // b has no record for e3
		},
		Entries: []Entry{{ID: "e1"}, {ID: "e2"}, {ID: "e3"}, {ID: "e4"}, {ID: "e5"}}, // e4, e5: nobody assessed
	}
	r := Analyze(in)
	// a: 1 full, 1 partial, 1 none of the 3 assessed entries:
	//    (1 + 0.5 x 1) / 3 = 0.5 (over the whole catalog it was 1.5 / 5 = 0.3)
	// b: 1 full, e1 none and e3 none (no record, a was assessed on it):
	//    (1 + 0) / 3 = 1/3 (over the catalog 1 / 5 = 0.2)
	want := []CompetitorResult{
		{ID: "a", Full: 1, Partial: 1, None: 1, Unassessed: 2, Coverage: f(0.5)},
		{ID: "b", Full: 1, Partial: 0, None: 2, Unassessed: 2, Coverage: f(1.0 / 3)},
	}
	if !reflect.DeepEqual(r.ByCompetitor, want) {
		t.Errorf("by competitor\n%s\nwant\n%s", competitorsText(r.ByCompetitor), competitorsText(want))
	}
	if got := r.ByCompetitor[0].Assessed(); got != 3 {
		t.Errorf("a assessed on %d entries, want 3", got)
	}
	// Nothing assessed at all: no coverage (null), every entry unassessed.
	in.Offerings = nil
	for _, c := range Analyze(in).ByCompetitor {
		if c.Coverage != nil || c.Unassessed != 5 || c.Assessed() != 0 {
			t.Errorf("nothing assessed: %s", competitorsText([]CompetitorResult{c}))
		}
	}
}

func competitorsText(cs []CompetitorResult) string {
	var b strings.Builder
	for _, c := range cs {
		cov := "nil"
		if c.Coverage != nil {
			cov = strconv.FormatFloat(*c.Coverage, 'f', 4, 64)
		}
		fmt.Fprintf(&b, "%s F%d P%d N%d U%d coverage %s\n", c.ID, c.Full, c.Partial, c.None, c.Unassessed, cov)
	}
	return b.String()
}

// The counts sit in the JSON where they always did: the trend counts after
// the trends, the totals after the unserved stages, flat, as the analysis
// layer embeds them.
func TestResultJSONKeepsItsKeys(t *testing.T) {
	b, err := json.Marshal(Analyze(Input{}))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"competitors":0,"entries":[],"by_competitor":[],"trends":[],"relevant_from":4,"relevant_trends":0,"relevant_now":0,` +
		`"unserved_stages":[],"gaps":[{"gap":"to-build","entries":0,"planned":0},{"gap":"to-improve","entries":0,"planned":0},` +
		`{"gap":"in-place","entries":0,"planned":0},{"gap":"to-reconsider","entries":0,"planned":0}],` +
		`"flags":[{"flag":"table-stakes","entries":0},{"flag":"differentiator","entries":0},{"flag":"white-spot","entries":0},{"flag":"delight-decay","entries":0}],` +
		`"effort_split":0,"quadrants":[{"quadrant":"quick-win","entries":0},{"quadrant":"strategic-bet","entries":0},{"quadrant":"fill-in","entries":0},{"quadrant":"time-sink","entries":0}],"priority":[]}`
	if string(b) != want {
		t.Errorf("JSON\n%s\nwant\n%s", b, want)
	}
}
