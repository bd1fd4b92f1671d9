package report

import (
	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
)

// summarySheet is the executive summary: who, when, the key figures, the
// findings and the decisions to take.
func (b *book) summarySheet(s string) {
	r, l, w := b.r, b.l, words{b.l, b.r}
	// A page of text: printed upright. The key figures' values stand in a
	// narrow column beside their labels; findings and decisions run across
	// all three columns.
	b.layoutOf(s).portrait = true
	b.width(s, 1, summaryLabelWidth)
	b.width(s, 2, summaryValueWidth)
	parts := []struct {
		head  text.Key
		facts []string
	}{{text.Findings, factTexts(w, r.Summary.Findings)}, {text.Decisions, factTexts(w, r.Summary.Decisions)}}
	var cells []wrapped
	for _, part := range parts {
		for _, f := range part.facts {
			cells = append(cells, wrapped{text: "• " + f, floor: 1})
		}
	}
	b.width(s, 3, agreeingWidth(cells, summaryLabelWidth+summaryValueWidth, summaryTextWidth, summaryTextWidth))
	b.put(s, 1, 1, l.T(text.DigitalSalesCenter)+": "+r.Meta.Client, styleTitle)
	b.put(s, 1, 2, r.Meta.Industry, styleNote)
	row := 3
	if r.Meta.AsOf != "" {
		b.put(s, 1, row, l.T(text.DataAsOf)+" "+text.Date(l, r.Meta.AsOf), styleNote)
		row++
	}
	if r.Meta.Confidentiality != "" {
		b.put(s, 1, row, r.Meta.Confidentiality, styleNote)
		row++
	}
	row++
	tall := map[int]float64{1: titleHeight, row: subtitleHeight}
	b.put(s, 1, row, l.T(text.KeyFigures), styleSubtitle)
	row++
	type figure struct {
		label string
		value any
		style style
	}
	var figs []figure
	if k := r.Kano; k != nil {
		figs = append(figs, figure{respondentsLabel(l, r), k.Respondents, styleInt})
		if s := k.ScreenedOut(); s.Dropped > 0 {
			figs = append(figs, figure{"    " + l.T(text.ScreenedOut), s.Dropped, styleInt})
		}
		for _, sg := range k.Segments {
			figs = append(figs, figure{"    " + segmentName(r, sg.Value), sg.Respondents, styleInt})
		}
	}
	figs = append(figs,
		figure{l.T(text.Selected), r.Target.Selected, styleInt},
		figure{l.T(text.ToDiscuss), len(r.Target.Discuss), styleInt},
		figure{l.T(text.NotSelected), len(r.Target.Out), styleInt})
	if j := r.Journey; j != nil {
		figs = append(figs, figure{l.T(text.ClosestModel), text.Model(l, j.Configuration.Closest), styleText},
			figure{l.T(text.Holes), len(j.Holes), styleInt})
	}
	if rd := r.Readiness; rd != nil {
		figs = append(figs, figure{l.T(text.ReadinessIndex), rd.Index, styleDec1}, figure{l.T(text.TargetAttainment), rd.TargetAttainment, stylePercent})
	}
	if rm := r.Roadmap; rm != nil {
		figs = append(figs, figure{l.T(text.RoadmapLength), rm.Finish, styleDec1})
		for _, f := range r.Summary.Findings {
			if f.Kind == analysis.FactCriticalPath {
				figs = append(figs, figure{l.T(text.MilestoneGoLive), month(f.Month), styleMonth})
			}
		}
	}
	for _, f := range figs {
		// A label longer than its column (the respondents' wave, a long
		// segment name) wraps in a taller row instead of being cut off by
		// the value beside it.
		if lines := wrappedLines(f.label, summaryLabelWidth); lines > 1 {
			b.put(s, 1, row, f.label, styleWrapCell)
			tall[row] = rowHeight(lines)
		} else {
			b.put(s, 1, row, f.label, styleText)
		}
		b.put(s, 2, row, f.value, f.style)
		row++
	}
	for _, part := range parts {
		row++
		head := row
		b.put(s, 1, row, l.T(part.head), styleSubtitle)
		row++
		for _, f := range part.facts {
			b.wrapRow(s, row, 1, 3, "• "+f)
			row++
		}
		b.keepWithNext(s, head, row-1) // a heading never ends a printed page
		tall[head] = subtitleHeight
	}
	b.fixHeights(s, row, tall)
}

// The widths of the Summary's columns: the key figures' labels and values,
// and the rest of the findings' width. 34 + 14 + 60 units are 780 pixels,
// which print upright at 89 % (698 pixels inside the margins).
const summaryLabelWidth, summaryValueWidth, summaryTextWidth = 34, 14, 60

// The heights of the title's and the subtitles' rows (16 and 12 point type).
const titleHeight, subtitleHeight = 24, 20

func factTexts(w words, facts []analysis.Fact) []string {
	var out []string
	for _, f := range facts {
		out = append(out, w.fact(f))
	}
	return out
}
