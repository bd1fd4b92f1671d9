package report

import (
	"strings"

	"github.com/dsc-workbench/dsc/third_party/excelize"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/kano"
)

// kanoSheet is the full Kano table in priority order.
func (b *book) kanoSheet(s string) {
	k, l, w := b.r.Kano, b.l, words{b.l, b.r}
	type f = analysis.KanoFeature
	count := func(c kano.Category) column[f] {
		return column[f]{head: text.KanoCode(l, c), width: 5, style: styleInt, value: func(x f) any { return x.Counts.Of(c) }}
	}
	cols := []column[f]{
		{key: text.Rank, width: 6, style: styleCenter, value: func(x f) any { return x.Rank }}, // centred: flush right it ran into the name
		{key: text.Name, width: featureNameWidth, value: func(x f) any { return x.Name }},
		{key: text.HeadElement, width: 15, value: func(x f) any { return elementName(l, x.Element) }},
		{key: text.Kind, width: 16, value: func(x f) any { return kindName(l, x.Kind) }},
		{key: text.Answers, width: 9, style: styleInt, value: func(x f) any { return x.N }},
	}
	for _, c := range kano.Categories {
		cols = append(cols, count(c))
	}
	cols = append(cols,
		column[f]{key: text.Category, width: 22, value: func(x f) any { return w.category(x.Category, x.TooFewAnswers(k.MinN)) }},
		column[f]{key: text.Mixed, width: 9, style: styleCenter, value: func(x f) any { return text.KanoPair(l, string(x.Mixed)) }},
		column[f]{key: text.Significant, width: 11, style: styleCenter, value: func(x f) any { return x.Counts.Answered() && x.Significant }},
		column[f]{key: text.Better, width: 8, style: styleDec2, value: func(x f) any { return w.coefficientCell(x.Counts.CoefficientsDefined(), x.Better) }},
		column[f]{key: text.Worse, width: 8, style: styleDec2, value: func(x f) any { return w.coefficientCell(x.Counts.CoefficientsDefined(), x.Worse) }},
		// Strengths divide by n, the means average n answer pairs: nobody
		// answered, none of them exists (0/0), as Better and Worse
		// (kano.Counts.Answered).
		column[f]{key: text.TotalStrength, width: 11, style: styleDec2, value: func(x f) any { return w.coefficientCell(x.Counts.Answered(), x.TotalStrength) }},
		column[f]{key: text.CategoryStrength, width: 11, style: styleDec2, value: func(x f) any { return w.coefficientCell(x.Counts.Answered(), x.CategoryStrength) }},
		column[f]{key: text.FunctionalMean, width: 12, style: styleDec2, value: func(x f) any { return w.coefficientCell(x.Counts.Answered(), x.Continuous.FunctionalMean) }},
		column[f]{key: text.DysfunctionalMean, width: 13, style: styleDec2, value: func(x f) any { return w.coefficientCell(x.Counts.Answered(), x.Continuous.DysfunctionalMean) }},
		column[f]{key: text.Importance, width: 12, style: styleDec1, value: func(x f) any { return importance(x) }},
		column[f]{key: text.Priority, width: 9, style: styleDec2, value: func(x f) any { return w.coefficientCell(x.Counts.Answered(), x.Continuous.Priority) }},
		column[f]{key: text.Flags, width: 30, value: func(x f) any { return flagNames(l, x.Flags) }},
		column[f]{key: text.ID, width: 24, value: func(x f) any { return x.ID }},
	)
	writeTable(b, &table[f]{sheet: s, top: 1, left: 1, cols: cols, rows: k.Features})
}

// importance is the mean stated importance, or nothing when nobody stated one.
func importance(x analysis.KanoFeature) any {
	if x.Continuous.ImportanceN == 0 {
		return nil
	}
	return x.Continuous.ImportanceMean
}

func flagNames(l text.Lang, flags []string) string {
	var out []string
	for _, fl := range flags {
		out = append(out, text.KanoFlag(l, fl))
	}
	return strings.Join(out, ", ")
}

// portfolioSheet is the Kano portfolio: a narrow table grouped by category
// with the scatter of Better against |Worse| beside it, one series per
// category named by the category cell of its first row.
func (b *book) portfolioSheet(s string) {
	k, l, w := b.r.Kano, b.l, words{b.l, b.r}
	type f = analysis.KanoFeature
	rows, runs := groupRuns(kano.Categories, k.Features, func(x f) (kano.Category, bool) {
		return x.Category, !x.TooFewAnswers(k.MinN)
	})
	for _, x := range k.Features { // too few answers, or none: listed, not plotted
		if x.Category == kano.NoCategory || x.TooFewAnswers(k.MinN) {
			rows = append(rows, x)
		}
	}
	t := &table[f]{sheet: s, top: 1, left: 1, rows: rows, cols: []column[f]{
		{key: text.Name, width: featureNameWidth, value: func(x f) any { return x.Name }},
		{key: text.Category, width: 22, value: func(x f) any { return w.category(x.Category, x.TooFewAnswers(k.MinN)) }},
		{key: text.AbsWorse, width: 9, style: styleDec2, value: func(x f) any { return w.coefficientCell(x.Counts.CoefficientsDefined(), -x.Worse) }},
		{key: text.Better, width: 9, style: styleDec2, value: func(x f) any { return w.coefficientCell(x.Counts.CoefficientsDefined(), x.Better) }},
		{key: text.Importance, width: 12, style: styleDec1, value: func(x f) any { return importance(x) }},
	}}
	writeTable(b, t)
	series := scatterSeries(t, runs, text.Category, text.AbsWorse, text.Better, func(c kano.Category) string { return palette.category[c] })
	one, zero := 1.0, 0.0
	b.chart(s, cell(t.left+len(t.cols)+1, 2), &excelize.Chart{Type: excelize.Scatter, Series: series,
		Title:     b.title(text.KanoPortfolio, l.T(text.BetterVsWorse)),
		XAxis:     excelize.ChartAxis{Title: chartTitle("|Worse|"), Minimum: &zero, Maximum: &one, MajorUnit: 0.25, MajorGridLines: true},
		YAxis:     excelize.ChartAxis{Title: chartTitle("Better"), Minimum: &zero, Maximum: &one, MajorUnit: 0.25, MajorGridLines: true},
		Legend:    excelize.ChartLegend{Position: "bottom"},
		Dimension: excelize.ChartDimension{Width: 620, Height: 520}})
}

// segmentSheet compares the segments feature by feature.
func (b *book) segmentSheet(s string) {
	k, l, w := b.r.Kano, b.l, words{b.l, b.r}
	type f = analysis.KanoFeature
	cols := []column[f]{
		{key: text.Rank, width: 6, style: styleCenter, value: func(x f) any { return x.Rank }}, // centred: flush right it ran into the name
		{key: text.Name, width: featureNameWidth, value: func(x f) any { return x.Name }},
		{key: text.Category, width: 22, value: func(x f) any { return w.category(x.Category, x.TooFewAnswers(k.MinN)) }},
	}
	for _, sg := range k.Segments {
		name := segmentName(b.r, sg.Value)
		seg := func(x f) kano.Result { return x.Segments[sg.Value] }
		cols = append(cols,
			column[f]{head: name + ": " + l.T(text.Answers), width: 12, style: styleInt, value: func(x f) any { return seg(x).N }},
			column[f]{head: name + ": " + l.T(text.Category), width: 22, value: func(x f) any {
				label, _ := w.result(seg(x).Category, seg(x).Mixed, seg(x).N > 0 && seg(x).N < k.MinN)
				return label
			}},
			column[f]{head: name + ": Better", width: 11, style: styleDec2, value: func(x f) any { return w.coefficientCell(seg(x).Counts.CoefficientsDefined(), seg(x).Better) }},
			column[f]{head: name + ": Worse", width: 11, style: styleDec2, value: func(x f) any { return w.coefficientCell(seg(x).Counts.CoefficientsDefined(), seg(x).Worse) }})
	}
	cols = append(cols,
		column[f]{key: text.Differs, width: 11, style: styleCenter, value: func(x f) any { return x.SegmentDifference != nil }},
		column[f]{key: text.SignificantDifference, width: 14, style: styleCenter, value: func(x f) any { return x.SegmentsDiffer() }},
		column[f]{key: text.HeadPValue, width: 10, style: stylePValue, value: func(x f) any {
			if x.SegmentDifference == nil {
				return nil
			}
			return x.SegmentDifference.P
		}},
		column[f]{key: text.ID, width: 24, value: func(x f) any { return x.ID }})
	writeTable(b, &table[f]{sheet: s, top: 1, left: 1, cols: cols, rows: k.Features})
}

// segmentChartSheet is Better per segment: a narrow table whose header
// cells name the chart's series, and the bar chart beside it.
func (b *book) segmentChartSheet(s string) {
	k := b.r.Kano
	type f = analysis.KanoFeature
	cols := []column[f]{{key: text.Name, width: featureNameWidth, value: func(x f) any { return x.Name }}}
	for _, sg := range k.Segments {
		cols = append(cols, column[f]{head: segmentName(b.r, sg.Value), width: 14, style: styleDec2,
			value: func(x f) any {
				if r := x.Segments[sg.Value]; r.Counts.CoefficientsDefined() {
					return r.Better
				}
				return nil // no bar: the chart reads this column
			}})
	}
	t := &table[f]{sheet: s, top: 1, left: 1, cols: cols, rows: k.Features}
	writeTable(b, t)
	var series []excelize.ChartSeries
	for i := range k.Segments {
		col := t.left + 1 + i
		series = append(series, excelize.ChartSeries{Name: cellRef(s, col, t.top), Categories: t.rangeOf(t.col(text.Name), 0, len(t.rows)-1),
			Values: t.rangeOf(col, 0, len(t.rows)-1), Fill: solid(segmentColor(i))})
	}
	one := 1.0
	b.chart(s, cell(t.left+len(t.cols)+1, 2), &excelize.Chart{Type: excelize.Bar, Series: series,
		Title:     b.title(text.SegmentComparison, "Better"),
		XAxis:     excelize.ChartAxis{ReverseOrder: true},
		YAxis:     excelize.ChartAxis{Maximum: &one, MajorGridLines: true},
		Legend:    excelize.ChartLegend{Position: "top"},
		Dimension: excelize.ChartDimension{Width: 640, Height: uint(max(420, 16*len(t.rows)+80))}})
}

// featureNameWidth is the width of a feature's name column: most names
// (up to 55 characters) stand on one line, longer ones wrap.
const featureNameWidth = 50
