package report

import (
	"sort"
	"strings"

	"github.com/dsc-workbench/dsc/third_party/excelize"

	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/readiness"
)

// byRank returns the readiness dimensions in rank order (largest weighted
// gap first); dimensions nobody rated come last.
func byRank(rd *readiness.Result) []readiness.DimensionResult {
	ds := append([]readiness.DimensionResult(nil), rd.Dimensions...)
	sort.SliceStable(ds, func(a, b int) bool {
		if ds[a].IsRated() != ds[b].IsRated() {
			return ds[a].IsRated()
		}
		return ds[a].Rank < ds[b].Rank
	})
	return ds
}

// readinessSheet is the dimension table sorted by rank with the radar of
// current against target beside it.
func (b *book) readinessSheet(s string) {
	rd, l := b.r.Readiness, b.l
	type d = readiness.DimensionResult
	rated := func(x d, v *float64) any {
		if v == nil {
			return l.T(text.NotRated)
		}
		return *v
	}
	t := &table[d]{sheet: s, top: 1, left: 1, rows: byRank(rd), cols: []column[d]{
		{key: text.Rank, width: 6, style: styleCenter, value: func(x d) any {
			if !x.IsRated() {
				return nil
			}
			return x.Rank
		}},
		{key: text.Dimension, width: 40, value: func(x d) any { return x.Name }},
		{key: text.Importance, width: 12, style: styleDec1, value: func(x d) any { return x.Importance }},
		{key: text.Current, width: 11, style: styleDec2, value: func(x d) any { return rated(x, x.Current) }},
		{key: text.Target, width: 9, style: styleDec2, value: func(x d) any { return x.Target }},
		{key: text.Gap, width: 9, style: styleDec2, value: func(x d) any { return rated(x, x.Gap) }},
		{key: text.WeightedGap, width: 15, style: styleDec2, value: func(x d) any { return rated(x, x.WeightedGap) }},
		{key: text.Disagreement, width: 13, style: styleInt, value: func(x d) any { return x.Disagreements }},
		{key: text.Missing, width: 10, style: styleInt, value: func(x d) any { return x.Missing }},
	}}
	writeTable(b, t)
	// Under the names, so the labels have the width of the Dimension column.
	b.put(s, 2, t.last()+2, l.T(text.ReadinessIndex), styleSubtitle)
	b.put(s, 3, t.last()+2, rd.Index, styleDec1)
	b.put(s, 2, t.last()+3, l.T(text.TargetAttainment), styleSubtitle)
	b.put(s, 3, t.last()+3, rd.TargetAttainment, stylePercent)
	n := len(t.rows) - 1
	series := func(k text.Key, color string) excelize.ChartSeries {
		c := t.col(k)
		return excelize.ChartSeries{Name: cellRef(s, c, t.top), Categories: t.rangeOf(t.col(text.Dimension), 0, n), Values: t.rangeOf(c, 0, n),
			Line: excelize.LineOptions{Width: 2.25}, Fill: solid(color)}
	}
	b.chart(s, cell(t.left+len(t.cols)+1, 2), &excelize.Chart{Type: excelize.Radar,
		Series:    []excelize.ChartSeries{series(text.Current, palette.accent), series(text.Target, palette.critical)},
		Title:     b.title(text.ReadinessDimensions),
		Legend:    excelize.ChartLegend{Position: "bottom"},
		Dimension: excelize.ChartDimension{Width: 560, Height: 480}})
}

// questionSheet is the rater x question heat map: each rater's rating
// coloured on the maturity scale, so disagreement shows at a glance.
func (b *book) questionSheet(s string) {
	rd, l := b.r.Readiness, b.l
	type q = readiness.QuestionResult
	dims := map[string]string{}
	for _, d := range rd.Dimensions {
		dims[d.ID] = d.Name
	}
	raters := map[string]string{}
	for _, r := range rd.Raters {
		raters[r.ID] = r.Name
	}
	lo, hi := 1.0, 5.0
	if n := len(rd.Scale); n > 0 {
		lo, hi = float64(rd.Scale[0].Level), float64(rd.Scale[n-1].Level)
	}
	cols := []column[q]{
		{key: text.Dimension, width: 30, value: func(x q) any { return dims[x.Dimension] }},
		{key: text.Question, width: 60, value: func(x q) any { return x.Text }},
	}
	first := len(cols) + 1
	for _, r := range rd.Raters {
		cols = append(cols, column[q]{head: r.Name, width: 14, style: styleCenter, value: func(x q) any {
			if v, ok := x.Ratings[r.ID]; ok {
				return v
			}
			return nil
		}})
	}
	cols = append(cols,
		column[q]{key: text.Mean, width: 8, style: styleDec2, value: func(x q) any { return x.Mean }},
		column[q]{key: text.SD, width: 9, style: styleDec2, value: func(x q) any { return x.SD }},
		column[q]{key: text.Target, width: 8, style: styleDec1, value: func(x q) any { return x.Target }},
		column[q]{key: text.Disagreement, width: 44, value: func(x q) any {
			if x.Disagreement == nil {
				return ""
			}
			return names(raters, x.Disagreement.Low) + " ↔ " + names(raters, x.Disagreement.High)
		}})
	t := &table[q]{sheet: s, top: 1, left: 1, cols: cols, rows: rd.Questions}
	writeTable(b, t)
	for ri, x := range rd.Questions {
		for i, r := range rd.Raters {
			v, ok := x.Ratings[r.ID]
			if !ok {
				continue
			}
			bg := levelColor(float64(v), lo, hi)
			id, err := b.styles.fill(bg, palette.ink, "")
			b.check(err)
			c := cell(first+i, t.first()+ri)
			b.check(b.f.SetCellStyle(s, c, c, id))
		}
	}
	_ = l
}

func names(byID map[string]string, ids []string) string {
	var out []string
	for _, id := range ids {
		if n, ok := byID[id]; ok {
			out = append(out, n)
		} else {
			out = append(out, id)
		}
	}
	return strings.Join(out, ", ")
}
