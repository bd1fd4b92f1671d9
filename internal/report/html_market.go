package report

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/kano"
	"github.com/dsc-workbench/dsc/market"
	"github.com/dsc-workbench/dsc/roadmap"
)

// The market slides' template and styles, parsed and appended with the deck's.
var (
	//go:embed assets/deck_market.html.tmpl
	marketTemplate string
	//go:embed assets/market.css
	marketCSS string
)

// marketView is what the market slides draw, worded in one language.
type marketView struct {
	H marketHeads
	// Messages head the slides: the flags, the gap and the trends in a sentence.
	FlagsMsg, TodayMsg, TrendsMsg, MatrixMsg string
	// First is the id of the first market slide, for the contents.
	First       string
	Cols        int // columns of the heat map
	CompWidth   int // pixels of a competitor's column (compWidth)
	NameWidth   int // its name's line, CompWidth less the padding
	Competitors []offerHead
	Offers      []offerPage
	Coverage    []string
	// CoverageHead labels the coverage row: of the catalog, or of the
	// assessed entries with how many were not assessed (trial7 N22).
	CoverageHead string
	OfferLegend  []legendEntry
	Flags        []flagColumn
	// NotAssessed names the entries no competitor was assessed on, under
	// the flags; "" when every entry was assessed somewhere.
	NotAssessed string
	Radar       *radarFigure
	Trends      [][]trendRow // one slide each
	Unserved    []unservedRow
	UnservedMsg string
	Today       []todayBlock
	Outside     []todayItem
	GapLegend   []legendEntry
	DenseToday  bool
	Matrix      *matrixFigure
	Priority    []priorityPage
	Profiles    []profileCard
}

// marketHeads are the slides' headings and column names.
type marketHeads struct {
	Section, Offers, Flags, Radar, Trends, Today, ValueEffort, Priority, Profiles string
	Name, Competitor, Parity, FlagsCol, TodayCol, Category, Horizon, Relevance    string
	Entries, Stages, Unserved, Rank, Rule, Gap, Value, Confidence, Effort, Score  string
	Quadrant, Strengths, Weaknesses, Notable, Highlights, Source, Trend           string
	RadarNote, EffortPM                                                           string
	ParityRule, PriorityRule, EffortNote, RelevantNote, Outside, NoFlags          string
}

type offerHead struct{ Name, Kind string }

// offerPage is one slide of the heat map: element groups of entries.
type offerPage struct {
	Rows []offerRow
}

type offerRow struct {
	Group      string // an element heading row when set
	GroupColor string
	Name       string
	Code, Cat  string
	CatColor   string
	Cells      []offerCell
	Parity     string
	Flags      []chip
}

type offerCell struct{ Label, Color, Ink, Mark string }

type chip struct{ Label, Color string }

type flagColumn struct {
	Label, Meaning, Color string
	Entries               []flagEntry
}

type flagEntry struct {
	Name, Code, CatColor, Category, Parity, Today, Gap string
}

type trendRow struct {
	Number                                   int
	Name, Horizon, Entries, Stages, Unserved string
	Relevance                                int
	Relevant                                 bool
}

type unservedRow struct{ Stage, Trends string }

type todayBlock struct {
	Label, Color, Position string
	Items                  []todayItem
}

type todayItem struct {
	Name, Gap, Color, Note string
}

type priorityPage struct{ Rows []priorityRow }

type priorityRow struct {
	Group                                               string // a heading row naming the rule when set
	Rank                                                int
	Name, Rule, Code, CatColor, Category, Gap, GapColor string
	Value, Confidence, Effort, Score, Quadrant          string
}

type profileCard struct {
	Name, Kind, CoverageHead, Coverage, Summary, Source string
	Strengths, Weaknesses                               []string
	Notable                                             string
	Highlights                                          []highlightRow
}

type highlightRow struct{ Stage, Text string }

// offerRowsPerSlide is how many rows (entries and element headings) a
// printed slide of the heat map holds under a header of the given lines.
func offerRowsPerSlide(headerLines int) int { return 27 - headerLines }

// compWidth is the width in pixels of a competitor's column in the heat
// map: the columns share about 530 px beside the entry names, at least 64
// (past about nine competitors a long word breaks) and at most 104.
func compWidth(competitors int) int {
	if competitors == 0 {
		return 104
	}
	return min(104, max(64, 530/competitors))
}

// namePerLine is how many characters of a competitor's name fit a line of
// its column: the bold 9.5 px heading takes about 6.4 px a character
// (German names with wide letters included), in the column less 2 px of
// padding. In a 78 px column "Fördertechni" fits and "Fördertechnik" broke.
func namePerLine(width int) int { return (width - 2) * 10 / 64 }

// headerLines estimates the lines of the tallest competitor name in its
// column of the given width: words wrapped at namePerLine characters, a
// longer word broken.
func headerLines(comps []analysis.CompetitorInfo, width int) int {
	perLine := namePerLine(width)
	n := 1
	for _, c := range comps {
		lines, used := 1, 0
		for _, w := range strings.Fields(c.Name) {
			k := len([]rune(w))
			switch {
			case used == 0:
				used = k
			case used+1+k <= perLine:
				used += 1 + k
			default:
				lines, used = lines+1, k
			}
			for used > perLine {
				lines, used = lines+1, used-perLine
			}
		}
		n = max(n, lines)
	}
	return n
}

// market builds the market slides.
func (d *deck) market() {
	l, r, m := d.L, d.R, d.R.Market
	w := newMarketWords(l, m)
	v := &marketView{H: marketHeads{
		Section: l.T(text.MarketAndCompetitors), Offers: l.T(text.CompetitorMatrix), Flags: l.T(text.MarketFlagsTitle),
		Radar: l.T(text.TrendRadar), Trends: l.T(text.TrendTable), RadarNote: l.T(text.RadarReading), Today: l.T(text.TargetVsToday), ValueEffort: l.T(text.ValueEffort),
		Priority: l.T(text.Priority), Profiles: l.T(text.CompanyAnalyses),
		Name: l.T(text.Name), Competitor: l.T(text.Competitor), Parity: l.T(text.Parity), FlagsCol: l.T(text.Flags),
		TodayCol: l.T(text.TodayHead), Category: l.T(text.Category), Horizon: l.T(text.HeadHorizon), Relevance: l.T(text.HeadRelevance),
		Entries: l.T(text.AffectedEntries), Stages: l.T(text.AffectedStages), Unserved: l.T(text.UnservedStages), Rank: l.T(text.Rank),
		Rule: l.T(text.Priority), Gap: l.T(text.GapToTarget), Value: l.T(text.ValueHead), Confidence: l.T(text.ConfidenceHead),
		Effort: l.T(text.EffortHead), EffortPM: l.T(text.EffortPM), Score: l.T(text.ScoreHead), Quadrant: l.T(text.QuadrantHead),
		Strengths: l.T(text.Strengths), Weaknesses: l.T(text.Weaknesses), Notable: l.T(text.NotableFeatures),
		Highlights: l.T(text.JourneyHighlights), Source: l.T(text.Source), Trend: l.T(text.HeadTrend),
		ParityRule: l.T(text.ParityRule), PriorityRule: l.T(text.PriorityRule) + " " + l.T(text.ScoreRule),
		EffortNote:   fmt.Sprintf(l.T(text.EffortSplitNote), text.NumShort(l, m.EffortSplit, 2)),
		RelevantNote: fmt.Sprintf(l.T(text.RelevantNote), m.RelevantFrom), Outside: l.T(text.OutsideTarget), NoFlags: l.T(text.NoFlags),
	}}
	v.First, v.Cols = "today", len(m.Competitors)+3
	if len(m.Competitors) > 0 {
		v.FlagsMsg = text.Say(l, text.SayMarketFlags, len(m.Competitors), m.Flagged(market.TableStakes), m.Flagged(market.Differentiator),
			m.Flagged(market.WhiteSpot), m.Flagged(market.DelightDecay))
	}
	v.TodayMsg = text.Say(l, text.SayTodayGaps, m.Gap(market.ToBuild).Entries, m.Gap(market.ToBuild).Planned, m.Gap(market.ToImprove).Entries,
		m.Gap(market.InPlace).Entries, m.Gap(market.ToReconsider).Entries)
	v.TrendsMsg = text.Say(l, text.SayTrendsRelevant, m.Relevant, len(m.Trends), m.RelevantNow, m.RelevantFrom)
	if len(m.Competitors) > 0 {
		v.First = "market"
		v.offers(l, m)
		v.flags(l, w, m)
	}
	if len(m.Trends) > 0 {
		v.trends(l, w, m)
		if v.First == "today" {
			v.First = "trends"
		}
	}
	v.today(l, w, r)
	v.valueEffort(l, w, m)
	v.profiles(l, w, m)
	d.Market = v
}

func badgeOf(l text.Lang, c kano.Category) (code, name, color string) {
	return text.KanoCode(l, c), text.KanoCategory(l, c), hex(categoryColor(c))
}

// parityText is an entry's parity: "–" without competitors or where no
// competitor was assessed on it.
func parityText(l text.Lang, e analysis.MarketEntry) string {
	if e.Parity == nil || e.Parity.P == nil {
		return "–"
	}
	return text.Num(l, *e.Parity.P, 2)
}

// coverageText is a competitor's coverage, "–" when no entry was assessed.
func coverageText(l text.Lang, c market.CompetitorResult) string {
	if c.Coverage == nil {
		return "–"
	}
	return text.Num(l, *c.Coverage, 2)
}

// offers lays the heat map out in slides, element by element; an element
// longer than a slide continues on the next under its heading again.
func (v *marketView) offers(l text.Lang, m *analysis.Market) {
	v.CompWidth = compWidth(len(m.Competitors))
	v.NameWidth = v.CompWidth - 2
	for _, c := range m.Competitors {
		v.Competitors = append(v.Competitors, offerHead{Name: c.Name, Kind: text.CompetitorKind(l, c.Kind)})
		v.Coverage = append(v.Coverage, coverageText(l, c.CompetitorResult))
		v.CoverageHead = text.CoverageHead(l, c.CompetitorResult)
		if c.Unassessed > 0 {
			v.CoverageHead += " (" + text.Say(l, text.SayCoverageNotAssessed, c.Unassessed) + ")"
		}
	}
	marks := map[market.Level]string{market.Full: "●", market.Partial: "◐", market.None: "", "": "·"}
	// the first slide also carries the flags' message: two rows fewer
	perSlide := offerRowsPerSlide(headerLines(m.Competitors, v.CompWidth)) - 2
	page := offerPage{}
	flush := func() {
		if len(page.Rows) > 0 {
			v.Offers = append(v.Offers, page)
			perSlide = offerRowsPerSlide(headerLines(m.Competitors, v.CompWidth))
		}
		page = offerPage{}
	}
	// The first slide also carries the message: two rows fewer.
	room := func() int {
		if len(v.Offers) == 0 {
			return perSlide - 2
		}
		return perSlide
	}
	for _, el := range roadmap.Elements {
		var rows []offerRow
		for _, e := range m.Entries {
			if e.Element != el {
				continue
			}
			code, cat, col := badgeOf(l, e.Category)
			row := offerRow{Name: e.Name, Code: code, Cat: cat, CatColor: col, Parity: parityText(l, e)}
			for _, lv := range e.Offers {
				ink := palette.ink
				if lv == market.Full {
					ink = palette.white
				}
				row.Cells = append(row.Cells, offerCell{Label: text.OfferLevel(l, lv), Color: hex(palette.offers[lv]), Ink: hex(ink), Mark: marks[lv]})
			}
			for _, f := range e.Flags {
				row.Flags = append(row.Flags, chip{text.MarketFlag(l, f), hex(palette.flags[f])})
			}
			if e.NotAssessed() {
				row.Flags = append(row.Flags, chip{l.T(text.NoCompetitorAssessed), hex(palette.muted)})
			}
			rows = append(rows, row)
		}
		if len(rows) == 0 {
			continue
		}
		head := offerRow{Group: text.Element(l, el), GroupColor: hex(palette.element[el])}
		// start a new slide rather than leave a heading with fewer than three entries at the bottom
		if len(page.Rows)+4 > room() {
			flush()
		}
		page.Rows = append(page.Rows, head)
		for _, row := range rows {
			if len(page.Rows) >= room() {
				flush()
				page.Rows = append(page.Rows, head)
			}
			page.Rows = append(page.Rows, row)
		}
	}
	flush()
	for _, lv := range []market.Level{market.Full, market.Partial, market.None, ""} {
		v.OfferLegend = append(v.OfferLegend, legendEntry{marks[lv] + " " + text.OfferLevel(l, lv), hex(palette.offers[lv])})
	}
}

// flags lists the entries of each flag, by element.
func (v *marketView) flags(l text.Lang, w marketWords, m *analysis.Market) {
	for _, f := range market.Flags {
		col := flagColumn{Label: text.MarketFlagHead(l, f), Meaning: capitalise(text.MarketFlagMeaning(l, f)), Color: hex(palette.flags[f])}
		for _, e := range byElement(m.Entries) {
			for _, g := range e.Flags {
				if g == f {
					code, cat, cc := badgeOf(l, e.Category)
					col.Entries = append(col.Entries, flagEntry{Name: e.Name, Code: code, Category: cat, CatColor: cc,
						Parity: parityText(l, e), Today: text.TodayState(l, e.Today), Gap: w.gap(e)})
				}
			}
		}
		v.Flags = append(v.Flags, col)
	}
	v.NotAssessed = w.notAssessed()
}

// trends numbers the trends in radar order and lays out the radar.
func (v *marketView) trends(l text.Lang, w marketWords, m *analysis.Market) {
	var page []trendRow
	for i, t := range m.Trends {
		if len(page) == trendRowsPerSlide {
			v.Trends, page = append(v.Trends, page), nil
		}
		page = append(page, trendRow{Number: i + 1, Name: t.Name, Horizon: text.Horizon(l, t.Horizon), Relevance: t.Relevance,
			Relevant: t.Relevant, Entries: w.entries(t.Entries), Stages: w.stages(t.Stages), Unserved: w.stages(t.Unserved)})
	}
	v.Trends = append(v.Trends, page)
	v.Radar = trendRadar(l, m)
	switch {
	case !m.JourneyKnown:
		v.UnservedMsg = l.T(text.UnservedUnknown)
	case len(m.Unserved) == 0:
		v.UnservedMsg = l.T(text.UnservedNone)
	}
	for _, u := range m.Unserved {
		v.Unserved = append(v.Unserved, unservedRow{text.DefaultStage(l, u.Stage, u.Name), w.trendNames(u.Trends)})
	}
}

// today marks the target picture's entries with their gap class.
func (v *marketView) today(l text.Lang, w marketWords, r *analysis.Report) {
	m := r.Market
	byID := map[string]analysis.MarketEntry{}
	for _, e := range m.Entries {
		byID[e.ID] = e
	}
	item := func(e analysis.MarketEntry, withReason bool) todayItem {
		it := todayItem{Name: e.Name, Gap: text.GapClass(l, e.Gap), Color: hex(palette.gaps[e.Gap])}
		switch {
		case e.Gap == market.ToBuild && e.Today == market.Planned:
			it.Note = text.TodayState(l, market.Planned)
		case withReason && e.Why != market.NoReconsideration:
			it.Note = text.ReconsiderReason(l, e.Why)
		}
		return it
	}
	pos := map[roadmap.Element]string{roadmap.DirectSales: "ds", roadmap.AfterSales: "as", roadmap.Login: "login", roadmap.SelfService: "ss", roadmap.DigitalService: "dg"}
	n := 0
	for _, ep := range r.Target.Elements {
		b := todayBlock{Label: text.Element(l, ep.Element), Color: hex(palette.element[ep.Element]), Position: pos[ep.Element]}
		for _, g := range [][]roadmap.Selection{ep.Features, ep.Services, ep.RevenueStreams} {
			for _, s := range g {
				b.Items = append(b.Items, item(byID[s.ID], true))
				n++
			}
		}
		v.Today = append(v.Today, b)
	}
	v.DenseToday = n > 36
	for _, e := range byElement(m.Entries) {
		if !e.InTarget && e.Gap != market.NoGap {
			v.Outside = append(v.Outside, item(e, false))
		}
	}
	for _, g := range m.Gaps {
		v.GapLegend = append(v.GapLegend, legendEntry{gapLegend(l, g, true), hex(palette.gaps[g.Gap])})
	}
}

// gapLegend labels a gap class in a legend: its name, its number of entries
// when the legend has no column of its own for them, and how many of them
// are planned today.
func gapLegend(l text.Lang, g market.GapCount, withEntries bool) string {
	label := text.GapClass(l, g.Gap)
	if withEntries {
		label += fmt.Sprintf(": %d", g.Entries)
	}
	if g.Planned > 0 {
		label += fmt.Sprintf(" (%d %s)", g.Planned, text.TodayState(l, market.Planned))
	}
	return label
}

// trendRowsPerSlide is how many trends a printed slide of the trend table holds.
const trendRowsPerSlide = 11

// priorityRowsPerSlide is how many rows (entries and rule headings) a
// printed slide of the priority holds.
const priorityRowsPerSlide = 24

// valueEffort lays out the matrix and pages the priority.
func (v *marketView) valueEffort(l text.Lang, w marketWords, m *analysis.Market) {
	v.Matrix = valueEffortMatrix(l, m)
	if v.Matrix != nil {
		v.MatrixMsg = text.Say(l, text.SayValueEffort, m.InQuadrant(market.QuickWin), m.InQuadrant(market.StrategicBet),
			m.InQuadrant(market.FillIn), m.InQuadrant(market.TimeSink))
	}
	byID := map[string]analysis.MarketEntry{}
	for _, e := range m.Entries {
		byID[e.ID] = e
	}
	num := func(x *float64, dec int) string {
		if x == nil {
			return "–"
		}
		return text.NumShort(l, *x, dec)
	}
	var page priorityPage
	group := market.NotRanked
	for _, id := range m.Priority {
		e := byID[id]
		if len(page.Rows) >= priorityRowsPerSlide-1 {
			v.Priority = append(v.Priority, page)
			page = priorityPage{}
		}
		if e.Group != group || len(page.Rows) == 0 {
			page.Rows = append(page.Rows, priorityRow{Group: capitalise(text.PriorityGroup(l, e.Group))})
			group = e.Group
		}
		code, cat, cc := badgeOf(l, e.Category)
		score, confidence := "–", num(e.Confidence, 2)
		if e.Score != nil {
			score = text.Num(l, *e.Score, 2)
		}
		if s, ok := w.defaultConfidence(e); ok {
			confidence = s
		}
		page.Rows = append(page.Rows, priorityRow{Rank: e.Priority, Name: e.Name, Code: code, Category: cat,
			CatColor: cc, Gap: w.gap(e), GapColor: hex(palette.gaps[e.Gap]), Value: num(e.Value, 1), Confidence: confidence,
			Effort: num(e.Effort, 1), Score: score, Quadrant: text.ValueEffortQuadrant(l, e.Quadrant)})
	}
	if len(page.Rows) > 0 {
		v.Priority = append(v.Priority, page)
	}
}

func (v *marketView) profiles(l text.Lang, w marketWords, m *analysis.Market) {
	comps := map[string]analysis.CompetitorInfo{}
	for _, c := range m.Competitors {
		comps[c.ID] = c
	}
	for _, p := range m.Profiles {
		c := comps[p.Competitor]
		card := profileCard{Name: p.Name, Kind: text.CompetitorKind(l, c.Kind), CoverageHead: text.CoverageHead(l, c.CompetitorResult),
			Coverage: text.CoverageValue(l, c.CompetitorResult), Summary: p.Summary,
			Source: strings.TrimSpace(p.Source + " " + p.Date), Strengths: p.Strengths, Weaknesses: p.Weaknesses, Notable: w.entries(p.Notable)}
		for _, h := range p.Highlights {
			card.Highlights = append(card.Highlights, highlightRow{w.stages([]string{h.Stage}), h.Text})
		}
		v.Profiles = append(v.Profiles, card)
	}
}

// capitalise writes a word's first letter in upper case, for a heading.
func capitalise(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	return strings.ToUpper(string(r[0])) + string(r[1:])
}
