package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dsc-workbench/dsc/third_party/excelize"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/market"
	"github.com/dsc-workbench/dsc/roadmap"
)

// sheetDef is one sheet of the workbook (the element type of sheets).
type sheetDef = struct {
	title text.Key
	has   func(*analysis.Report) bool
	write func(*book, string)
}

// marketSheets are the strategy phase's market views. They follow the
// decision log, and only a workspace with market input has them: a
// workbook without market.yaml gets no empty market sheets.
var marketSheets = []sheetDef{
	{text.CompetitorMatrix, hasCompetitors, (*book).offerSheet},
	{text.MarketFlagsView, hasCompetitors, (*book).flagSheet},
	{text.TrendRadar, hasTrends, (*book).trendSheet},
	{text.TargetVsToday, nil, (*book).todaySheet},
	{text.ValueEffort, nil, (*book).valueEffortSheet},
	{text.CompanyAnalyses, hasProfiles, (*book).profileSheet},
}

func hasCompetitors(r *analysis.Report) bool { return len(r.Market.Competitors) > 0 }
func hasTrends(r *analysis.Report) bool      { return len(r.Market.Trends) > 0 }
func hasProfiles(r *analysis.Report) bool    { return len(r.Market.Profiles) > 0 }

// sheetsFor is the workbook's sheets for r: the market views after the
// decision log when the report has them, and no waves sheet for a survey of
// one wave.
func sheetsFor(r *analysis.Report) []sheetDef {
	var out []sheetDef
	for _, s := range sheets {
		if s.title == text.SurveyWaves && hasKano(r) && !hasWaves(r) {
			// One wave misses no file: there is nothing to compare yet, so
			// the sheet is left out, as the deck leaves out its waves page.
			continue
		}
		out = append(out, s)
		if s.title == text.DecisionLog && r.Market != nil {
			for _, m := range marketSheets {
				if m.has == nil || m.has(r) {
					out = append(out, m)
				}
			}
		}
	}
	return out
}

// marketWords words the market analysis in one language.
type marketWords struct {
	l     text.Lang
	m     *analysis.Market
	names map[string]string
	stage map[string]string
}

func newMarketWords(l text.Lang, m *analysis.Market) marketWords {
	w := marketWords{l: l, m: m, names: map[string]string{}, stage: map[string]string{}}
	for _, e := range m.Entries {
		w.names[e.ID] = e.Name
	}
	for _, s := range m.Stages {
		w.stage[s.ID] = text.DefaultStage(l, s.ID, s.Name)
	}
	return w
}

// entries names catalog entries by id, joined.
func (w marketWords) entries(ids []string) string { return names(w.names, ids) }

// stages names journey stages by id, joined.
func (w marketWords) stages(ids []string) string { return names(w.stage, ids) }

// flags words an entry's market flags, or says that no competitor was
// assessed on it (then it has none, and is no white spot).
func (w marketWords) flags(e analysis.MarketEntry) string {
	if e.NotAssessed() {
		return w.l.T(text.NoCompetitorAssessed)
	}
	out := make([]string, len(e.Flags))
	for i, f := range e.Flags {
		out[i] = text.MarketFlag(w.l, f)
	}
	return strings.Join(out, ", ")
}

// notAssessed names the entries no competitor was assessed on, by core
// element, in a sentence for the flag views; "" when there are none.
func (w marketWords) notAssessed() string {
	var names []string
	for _, e := range byElement(w.m.Entries) {
		if e.NotAssessed() {
			names = append(names, e.Name)
		}
	}
	if len(names) == 0 {
		return ""
	}
	return text.Say(w.l, text.SayMarketNotAssessed, len(names), text.List(w.l, names))
}

// gap words an entry's gap class, with the reason to reconsider and
// "planned" where the entry to build is already planned.
func (w marketWords) gap(e analysis.MarketEntry) string {
	s := text.GapClass(w.l, e.Gap)
	switch {
	case e.Why != market.NoReconsideration:
		s += " (" + text.ReconsiderReason(w.l, e.Why) + ")"
	case e.Gap == market.ToBuild && e.Today == market.Planned:
		s += " (" + text.TodayState(w.l, market.Planned) + ")"
	}
	return s
}

// defaultConfidence is the confidence an entry's score used when the
// catalog gives none, marked as the default ("1 (default)"), so the views
// do not show "–" or a blank beside a score that used one (trial5 L12).
func (w marketWords) defaultConfidence(e analysis.MarketEntry) (string, bool) {
	c, isDefault := e.ScoreConfidence()
	if !isDefault {
		return "", false
	}
	return text.Say(w.l, text.SayConfidenceDefault, text.NumShort(w.l, c, 2)), true
}

func (w marketWords) category(e analysis.MarketEntry) string {
	return text.KanoCategory(w.l, e.Category)
}

// parity is an entry's parity for a cell: nil (empty) without competitors,
// "–" where no competitor was assessed on the entry.
func parity(e analysis.MarketEntry) any {
	switch {
	case e.Parity == nil:
		return nil
	case e.Parity.P == nil:
		return "–"
	}
	return *e.Parity.P
}

// byElement orders the entries by core element, in catalog order within each.
func byElement(entries []analysis.MarketEntry) []analysis.MarketEntry {
	var out []analysis.MarketEntry
	for _, el := range roadmap.Elements {
		for _, e := range entries {
			if e.Element == el {
				out = append(out, e)
			}
		}
	}
	return out
}

// offerSheet is the competitor x entry heat map, grouped by core element:
// each cell says how far the competitor offers the entry, coloured.
func (b *book) offerSheet(s string) {
	m, l := b.r.Market, b.l
	w := newMarketWords(l, m)
	type e = analysis.MarketEntry
	cols := []column[e]{
		{key: text.HeadElement, width: 16, value: func(x e) any { return text.Element(l, x.Element) }},
		{key: text.Name, width: 44, style: styleWrapCell, value: func(x e) any { return x.Name }},
		{key: text.Category, width: 22, value: func(x e) any { return w.category(x) }},
	}
	first := len(cols) + 1
	for i, c := range m.Competitors {
		cols = append(cols, column[e]{head: c.Name, width: 13, style: styleCenter, value: func(x e) any { return text.OfferLevel(l, x.Offers[i]) }})
	}
	cols = append(cols,
		column[e]{key: text.Parity, width: 9, style: styleDec2, value: parity},
		column[e]{key: text.Flags, width: 44, value: func(x e) any { return w.flags(x) }},
		column[e]{key: text.TodayHead, width: 17, value: func(x e) any { return text.TodayState(l, x.Today) }},
		column[e]{key: text.ID, width: 24, value: func(x e) any { return x.ID }},
	)
	rows := byElement(m.Entries)
	t := &table[e]{sheet: s, top: 1, left: 1, cols: cols, rows: rows}
	writeTable(b, t)
	for ri, x := range rows {
		for i, lv := range x.Offers {
			bg := palette.offers[lv]
			ink := palette.ink
			if lv == market.Full {
				ink = palette.white
			}
			id, err := b.styles.fill(bg, ink, "")
			b.check(err)
			ref := cell(first+i, t.first()+ri)
			b.check(b.f.SetCellStyle(s, ref, ref, id))
		}
	}
	note := t.last() + 2
	// in the name columns, which a split sheet repeats on every page: a
	// text across the split would be cut at the page's edge
	b.wrapRow(s, note, 1, max(1, t.nameCols()), l.T(text.ParityRule))
}

// flagSheet lists the entries each market flag marks: table stakes,
// differentiators, white spots and decaying delights.
func (b *book) flagSheet(s string) {
	m, l := b.r.Market, b.l
	w := newMarketWords(l, m)
	type row struct {
		flag market.Flag
		e    analysis.MarketEntry
	}
	var rows []row
	for _, f := range market.Flags {
		for _, x := range byElement(m.Entries) {
			for _, g := range x.Flags {
				if g == f {
					rows = append(rows, row{f, x})
				}
			}
		}
	}
	t := &table[row]{sheet: s, top: 1, left: 1, rows: rows, cols: []column[row]{
		{key: text.Flags, width: 22, value: func(x row) any { return text.MarketFlag(l, x.flag) }},
		{key: text.Name, width: 44, style: styleWrapCell, value: func(x row) any { return x.e.Name }},
		{key: text.HeadElement, width: 16, value: func(x row) any { return text.Element(l, x.e.Element) }},
		{key: text.Category, width: 22, value: func(x row) any { return w.category(x.e) }},
		{key: text.Parity, width: 9, style: styleDec2, value: func(x row) any { return parity(x.e) }},
		{key: text.TodayHead, width: 17, value: func(x row) any { return text.TodayState(l, x.e.Today) }},
		{key: text.GapToTarget, width: 30, style: styleWrapCell, value: func(x row) any { return w.gap(x.e) }},
		{key: text.Reason, width: 70, style: styleWrapCell, value: func(x row) any { return text.MarketFlagMeaning(l, x.flag) }},
	}}
	writeTable(b, t)
	for ri, x := range rows {
		id, err := b.styles.fill(palette.flags[x.flag], palette.white, "")
		b.check(err)
		ref := cell(1, t.first()+ri)
		b.check(b.f.SetCellStyle(s, ref, ref, id))
	}
	b.wrapRow(s, t.last()+2, 1, 8, l.T(text.ParityRule))
	if na := w.notAssessed(); na != "" {
		b.wrapRow(s, t.last()+3, 1, 8, na)
	}
}

// trendSheet is the trend radar: a grid of horizon (nearest first) by
// relevance (highest first) naming the trends in each cell, then every
// trend with the entries and stages it touches and the stages no target
// entry serves.
func (b *book) trendSheet(s string) {
	m, l := b.r.Market, b.l
	w := newMarketWords(l, m)
	b.put(s, 1, 1, l.T(text.TrendRadar), styleTitle)
	b.put(s, 1, 3, l.T(text.HeadRelevance)+" \\ "+l.T(text.HeadHorizon), styleHeader)
	b.check(b.f.SetRowHeight(s, 3, 30))
	for i, h := range market.Horizons {
		b.put(s, 2+i, 3, text.Horizon(l, h), styleHeaderCenter)
	}
	// the grid's columns are the trend table's below: as wide as the trend
	// names need to wrap alike in Excel and LibreOffice
	for i, h := range market.Horizons {
		var cells []wrapped
		for _, t := range m.Trends {
			if t.Horizon == h {
				cells = append(cells, wrapped{text: t.Name, floor: 1})
			}
		}
		b.width(s, 2+i, trendWidth)
		if w := agreeingWidth(cells, 0, trendWidth, trendWidth); w > trendWidth {
			b.width(s, 2+i, w)
			b.layoutOf(s).widened[2+i] = w
		}
	}
	row := 4
	for rel := market.MaxRelevance; rel >= market.MinRelevance; rel-- {
		bg, ink := palette.band, palette.ink
		if rel >= m.RelevantFrom {
			bg, ink = palette.critical, palette.white
		}
		id, err := b.styles.fill(bg, ink, "")
		b.check(err)
		b.put(s, 1, row, rel, styleNone)
		b.check(b.f.SetCellStyle(s, cell(1, row), cell(1, row), id))
		lines := 1
		for i, h := range market.Horizons {
			var names []string
			for _, t := range m.Trends {
				if t.Horizon == h && t.Relevance == rel {
					names = append(names, t.Name)
				}
			}
			b.put(s, 2+i, row, strings.Join(names, "\n"), styleWrapText)
			n := 0
			for _, name := range names {
				n += wrappedLines(name, b.widthOf(s, 2+i, 2+i))
			}
			lines = max(lines, n)
		}
		b.check(b.f.SetRowHeight(s, row, rowHeight(lines)))
		row++
	}
	b.put(s, 1, row, fmt.Sprintf(l.T(text.RelevantNote), m.RelevantFrom), styleNote)
	row += 2
	b.put(s, 1, row, l.T(text.UnservedStages), styleSubtitle)
	row++
	switch {
	case !m.JourneyKnown:
		b.put(s, 1, row, l.T(text.UnservedUnknown), styleNote)
	case len(m.Unserved) == 0:
		b.put(s, 1, row, l.T(text.UnservedNone), styleNote)
	default:
		for _, u := range m.Unserved {
			b.put(s, 1, row, text.DefaultStage(l, u.Stage, u.Name), styleBold)
			b.put(s, 2, row, w.trendNames(u.Trends), styleText)
			row++
		}
	}

	type tr = analysis.TrendInfo
	t := &table[tr]{sheet: s, top: row + 2, left: 1, rows: m.Trends, cols: []column[tr]{
		// the first four columns share their widths with the grid above
		{key: text.HeadRelevance, width: 16, style: styleCenter, value: func(x tr) any { return x.Relevance }},
		// narrow enough that the table prints one page wide at 60 %
		{key: text.HeadTrend, width: trendWidth, style: styleWrapCell, value: func(x tr) any { return x.Name }},
		{key: text.AffectedEntries, width: trendWidth, style: styleWrapCell, value: func(x tr) any { return w.entries(x.Entries) }},
		{key: text.AffectedStages, width: trendWidth, style: styleWrapCell, value: func(x tr) any { return w.stages(x.Stages) }},
		{key: text.HeadHorizon, width: 12, value: func(x tr) any { return text.Horizon(l, x.Horizon) }},
		{key: text.UnservedStages, width: 26, style: styleWrapCell, value: func(x tr) any { return w.stages(x.Unserved) }},
		{key: text.Source, width: 32, style: styleWrapCell, value: func(x tr) any { return x.Source }},
		{key: text.ID, width: 22, value: func(x tr) any { return x.ID }},
	}}
	b.titles[s] = t.top
	writeTable(b, t)
}

// trendWidth is the width of the trend radar's horizon columns, which the
// trend table's name, entries and stages share.
const trendWidth = 38

// trendNames names trends by id, joined.
func (w marketWords) trendNames(ids []string) string {
	byID := map[string]string{}
	for _, t := range w.m.Trends {
		byID[t.ID] = t.Name
	}
	return names(byID, ids)
}

// todaySheet is the target picture against today: the picture itself, the
// four core elements and the central login, each entry marked to build, to
// improve, in place or to reconsider; then the entries outside the target
// that are there today, the counts, and every entry as a table.
func (b *book) todaySheet(s string) {
	m, r, l := b.r.Market, b.r, b.l
	w := newMarketWords(l, m)
	byID := map[string]analysis.MarketEntry{}
	for _, x := range m.Entries {
		byID[x.ID] = x
	}
	b.put(s, 1, 1, l.T(text.TargetVsToday)+": "+r.Meta.Client, styleTitle)
	for _, c := range []int{1, 4} {
		b.width(s, c, 30)
		b.width(s, c+1, 48)
	}
	b.width(s, 3, 17)
	// mark writes one entry: its gap class in the gap's colour, then its name.
	mark := func(col, row int, x analysis.MarketEntry) {
		id, err := b.styles.fill(palette.gaps[x.Gap], palette.white, "")
		b.check(err)
		label := w.gap(x)
		if !x.InTarget { // listed under "outside the target picture": the reason goes without saying
			label = text.GapClass(l, x.Gap)
		}
		b.put(s, col, row, label, styleNone)
		b.check(b.f.SetCellStyle(s, cell(col, row), cell(col, row), id))
		b.put(s, col+1, row, x.Name, styleText)
	}
	block := func(col, row int, el roadmap.Element, ids []string) int {
		head, err := b.styles.element(elementStyle{elementHead, el})
		b.check(err)
		b.put(s, col, row, text.Element(l, el), styleNone)
		b.check(b.f.MergeCell(s, cell(col, row), cell(col+1, row)))
		b.check(b.f.SetCellStyle(s, cell(col, row), cell(col+1, row), head))
		for i, id := range ids {
			mark(col, row+1+i, byID[id])
		}
		return row + 1 + len(ids)
	}
	pics := map[roadmap.Element][]string{}
	for _, e := range r.Target.Elements {
		for _, g := range [][]roadmap.Selection{e.Features, e.Services, e.RevenueStreams} {
			for _, x := range g {
				pics[e.Element] = append(pics[e.Element], x.ID)
			}
		}
	}
	row := 3
	for _, pair := range [][2]roadmap.Element{{roadmap.DirectSales, roadmap.AfterSales}, {roadmap.Login, ""}, {roadmap.SelfService, roadmap.DigitalService}} {
		end := block(1, row, pair[0], pics[pair[0]])
		if pair[1] != "" {
			end = max(end, block(4, row, pair[1], pics[pair[1]]))
		}
		row = end + 1
	}
	var outside []string
	for _, x := range byElement(m.Entries) {
		if !x.InTarget && x.Gap != market.NoGap {
			outside = append(outside, x.ID)
		}
	}
	if len(outside) > 0 {
		b.put(s, 1, row, l.T(text.OutsideTarget), styleSubtitle)
		for i, id := range outside {
			mark(1, row+1+i, byID[id])
		}
		row += len(outside) + 2
	}
	for _, g := range m.Gaps {
		label := gapLegend(l, g, false) // the entries in the next column
		id, err := b.styles.fill(palette.gaps[g.Gap], palette.white, "")
		b.check(err)
		b.put(s, 1, row, label, styleNone)
		b.check(b.f.SetCellStyle(s, cell(1, row), cell(1, row), id))
		b.put(s, 2, row, g.Entries, styleInt)
		row++
	}

	type e = analysis.MarketEntry
	var rows []e
	for _, x := range byElement(m.Entries) {
		if x.InTarget || x.Gap != market.NoGap {
			rows = append(rows, x)
		}
	}
	t := &table[e]{sheet: s, top: row + 2, left: 1, rows: rows, cols: []column[e]{
		// the first five columns share their widths with the figure above
		{key: text.GapToTarget, value: func(x e) any { return w.gap(x) }},
		{key: text.Name, value: func(x e) any { return x.Name }},
		{key: text.Category, value: func(x e) any { return w.category(x) }},
		{key: text.TodayHead, value: func(x e) any { return text.TodayState(l, x.Today) }},
		{key: text.ChannelsToday, value: func(x e) any { return channelNames(b.r, x.ChannelsToday) }},
		{key: text.HeadElement, width: 16, value: func(x e) any { return text.Element(l, x.Element) }},
		{key: text.Kind, width: 16, value: func(x e) any { return text.EntryKind(l, x.Kind) }},
		{key: text.ID, width: 24, value: func(x e) any { return x.ID }},
	}}
	b.titles[s] = t.top // repeat the table's header in print; the figure above stays unfrozen
	writeTable(b, t)
}

// valueEffortSheet is the value/effort priority of the target's work, then
// the matrix: every entry with a value and an effort, grouped by quadrant,
// with the scatter chart fed from it (one series per quadrant).
func (b *book) valueEffortSheet(s string) {
	m, l := b.r.Market, b.l
	w := newMarketWords(l, m)
	type e = analysis.MarketEntry
	byID := map[string]e{}
	for _, x := range m.Entries {
		byID[x.ID] = x
	}
	var ranked []e
	for _, id := range m.Priority {
		ranked = append(ranked, byID[id])
	}
	cols := []column[e]{
		{key: text.Name, width: 44, style: styleWrapCell, value: func(x e) any { return x.Name }},
		{key: text.Category, width: 22, value: func(x e) any { return w.category(x) }},
		{key: text.GapToTarget, width: 30, style: styleWrapCell, value: func(x e) any { return w.gap(x) }},
		{key: text.EffortHead, width: 15, style: styleDec1, value: func(x e) any { return x.Effort }},
		{key: text.ValueHead, width: 10, style: styleDec1, value: func(x e) any { return x.Value }},
		{key: text.ConfidenceHead, width: 11, style: styleDec2, value: func(x e) any {
			if s, ok := w.defaultConfidence(x); ok {
				return s
			}
			return x.Confidence
		}},
		{key: text.ScoreHead, width: 12, style: styleDec2, value: func(x e) any { return x.Score }},
		{key: text.QuadrantHead, width: 18, value: func(x e) any { return text.ValueEffortQuadrant(l, x.Quadrant) }},
		{key: text.RevenueHead, width: 14, style: styleAmount, value: func(x e) any { return x.Revenue }},
	}
	prio := &table[e]{sheet: s, top: 1, left: 1, rows: ranked, cols: append([]column[e]{
		{key: text.Rank, width: 7, style: styleCenter, value: func(x e) any { return x.Priority }},
		{key: text.Priority, width: 24, value: func(x e) any { return text.PriorityGroup(l, x.Group) }},
	}, cols...)}
	writeTable(b, prio)
	row := prio.last() + 2
	// the notes stay in the rank, priority and name columns, which a split
	// sheet repeats on every page: a text across the split would be cut
	b.wrapRow(s, row, 1, 3, l.T(text.PriorityRule)+" "+l.T(text.ScoreRule))

	rows, runs := groupRuns(market.Quadrants, byElement(m.Entries), func(x e) (market.Quadrant, bool) { return x.Quadrant, true })
	if len(rows) == 0 {
		return
	}
	row += 2
	b.put(s, 1, row, l.T(text.ValueEffort), styleSubtitle)
	b.wrapRow(s, row+1, 1, 3, fmt.Sprintf(l.T(text.EffortSplitNote), text.NumShort(l, m.EffortSplit, 2)))
	// the matrix table sits under the priority, its first columns aligned
	matrix := &table[e]{sheet: s, top: row + 3, left: 3, rows: rows, cols: cols}
	writeTable(b, matrix)
	series := scatterSeries(matrix, runs, text.QuadrantHead, text.EffortHead, text.ValueHead, func(q market.Quadrant) string { return palette.quadrants[q] })
	lo, hi := 0.0, 5.5
	b.chart(s, cell(prio.left+len(prio.cols)+1, 2), &excelize.Chart{Type: excelize.Scatter, Series: series,
		Title:     b.title(text.ValueEffort),
		XAxis:     excelize.ChartAxis{Title: chartTitle(l.T(text.EffortHead)), Minimum: &lo, MajorGridLines: true},
		YAxis:     excelize.ChartAxis{Title: chartTitle(l.T(text.ValueHead)), Minimum: &lo, Maximum: &hi, MajorUnit: 1, MajorGridLines: true},
		Legend:    excelize.ChartLegend{Position: "bottom"},
		Dimension: excelize.ChartDimension{Width: 620, Height: 480}})
}

// profileSheet lists the competitors with their coverage of the catalog
// and the evidence behind it, then each company analysis as a card.
func (b *book) profileSheet(s string) {
	m, l := b.r.Market, b.l
	w := newMarketWords(l, m)
	type c = analysis.CompetitorInfo
	evidence := func(x c) string {
		var out []string
		for _, e := range x.Evidence {
			out = append(out, strings.TrimSpace(e.Source+" "+e.Date))
		}
		return strings.Join(out, "; ")
	}
	t := &table[c]{sheet: s, top: 1, left: 1, rows: m.Competitors, cols: []column[c]{
		{key: text.Competitor, width: 34, style: styleWrapCell, value: func(x c) any { return x.Name }},
		{key: text.CompetitorKindHead, width: 100, value: func(x c) any {
			return text.CompetitorKind(l, x.Kind) + segmentsNote(b.r, x.Segments)
		}},
		{key: text.CatalogCoverage, width: 14, style: styleDec2, value: func(x c) any { return x.Coverage }},
		{key: text.Source, width: 50, style: styleWrapIndent, value: func(x c) any { return evidence(x) }},
	}}
	if len(m.Competitors) > 0 && m.Competitors[0].Unassessed > 0 {
		// entries no competitor was assessed on are left out of the
		// coverage; say so and how many (trial7 N22)
		t.cols[2].key = text.AssessedCoverage
		t.cols = slices.Insert(t.cols, 3, column[c]{key: text.NotAssessedEntries, width: 14, style: styleInt, value: func(x c) any { return x.Unassessed }})
	}
	writeTable(b, t)
	comps := map[string]c{}
	for _, x := range m.Competitors {
		comps[x.ID] = x
	}
	row := t.last() + 3
	line := func(label, value string) {
		if value == "" {
			return
		}
		b.put(s, 1, row, label, styleBold)
		b.wrapRow(s, row, 2, 2, value)
		row++
	}
	for _, p := range m.Profiles {
		b.put(s, 1, row, p.Name, styleSubtitle)
		row++
		line(l.T(text.ProfileSummary), p.Summary)
		line(l.T(text.Strengths), strings.Join(p.Strengths, "; "))
		line(l.T(text.Weaknesses), strings.Join(p.Weaknesses, "; "))
		line(l.T(text.NotableFeatures), w.entries(p.Notable))
		if len(p.Highlights) > 0 {
			b.put(s, 1, row, l.T(text.JourneyHighlights), styleBold)
			row++
			for _, h := range p.Highlights {
				line("  "+w.stages([]string{h.Stage}), h.Text)
			}
		}
		line(l.T(text.Source), strings.TrimSpace(p.Source+" "+p.Date))
		row++
	}
}

// channelNames names channels by id from the journey.
func channelNames(r *analysis.Report, ids []string) string {
	byID := map[string]string{}
	if r.Journey != nil {
		for _, c := range r.Journey.Channels {
			byID[c.ID] = c.Name
		}
	}
	return names(byID, ids)
}

// segmentsNote names the segments a competitor serves, in brackets.
func segmentsNote(r *analysis.Report, ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	byID := map[string]string{}
	for _, s := range r.Meta.Segments {
		byID[s.ID] = s.Name
	}
	return " (" + names(byID, ids) + ")"
}
