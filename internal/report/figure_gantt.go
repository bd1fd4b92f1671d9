package report

import (
	"strconv"
	"time"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
)

// ganttFigure is the calendar Gantt as SVG: years, quarters and months as
// header bands, one bar per step, phase, capability and the PMO from its
// first to its last month (inclusive), milestones as diamonds on their
// step's row, colours per step.
type ganttFigure struct {
	W, H       float64
	NameW      float64
	Top        float64 // where the rows start, under the header bands
	Years      []ganttBand
	Quarters   []ganttBand
	Months     []ganttBand
	Rows       []ganttRow
	Milestones []ganttMilestone
	Legend     []legendEntry
	RowH       float64
	GridBottom float64
	LegendY    float64
}

type ganttBand struct {
	X, W  float64
	Label string
	Shade bool
}

type ganttRow struct {
	Y        float64
	Name     string
	Step     bool
	Indent   float64
	X, W     float64
	Color    string
	Opacity  float64
	Critical bool
	Info     string
}

type ganttMilestone struct {
	X, Y   float64
	Number int
	Label  string
	// ListX, ListY place the milestone's line in the list under the chart.
	ListX, ListY float64
}

// itemName names a row of the roadmap in the deck's language.
func itemName(l text.Lang, it analysis.DatedItem) string {
	switch it.Kind {
	case analysis.ItemStep:
		return text.StepTitle(l, it.Step)
	case analysis.ItemPhase:
		return text.Phase(l, it.Phase)
	case analysis.ItemPMO:
		return text.PMO(l)
	case analysis.ItemMilestone:
		return text.MilestoneName(l, it.Milestone)
	}
	return it.Name
}

// ganttCharW is the average glyph width of the Gantt's 10-pixel names.
const ganttCharW = 5.6

// ganttNameW is the width of the names' column: as wide as the longest
// name of the whole roadmap needs (every page alike), between 330 and 430
// pixels; only a name longer than that is shortened.
func ganttNameW(l text.Lang, rm *analysis.Roadmap) float64 {
	w := 330.0
	for _, it := range rm.Items {
		if it.Kind == analysis.ItemMilestone {
			continue
		}
		indent := 14.0
		switch it.Kind {
		case analysis.ItemStep:
			indent = 4
		case analysis.ItemPhase, analysis.ItemPMO:
			indent = 24
		}
		w = max(w, indent+8+float64(len([]rune(itemName(l, it))))*ganttCharW)
	}
	return min(w, 430)
}

// gantt lays out a page's share of the roadmap's rows. A milestone goes on
// its step's row where that row is on this page; one whose step has no row
// goes on the last page (last is true there), on the first row.
func gantt(l text.Lang, r *analysis.Report, rows []analysis.DatedItem, last bool) ganttFigure {
	rm := r.Roadmap
	g := ganttFigure{W: 1000, NameW: ganttNameW(l, rm), RowH: 13.5}
	start, err := time.Parse("2006-01", rm.Start)
	dated := err == nil
	months := max(1, len(rm.Months))
	mw := (g.W - g.NameW - 10) / float64(months)
	x := func(m int) float64 { return g.NameW + float64(m)*mw }
	g.Top = 58
	if !dated {
		g.Top = 22
	}
	for m := 0; m < months; m++ {
		label := "M" + strconv.Itoa(m+1)
		if dated {
			t := start.AddDate(0, m, 0)
			label = text.MonthAbbr(l, int(t.Month()))
			if mw < 24 {
				label = string([]rune(label)[:1])
			}
			if t.Month() == time.January || m == 0 {
				g.Years = append(g.Years, ganttBand{X: x(m), Label: strconv.Itoa(t.Year())})
			}
			if (t.Month()-1)%3 == 0 || m == 0 {
				q := (int(t.Month())-1)/3 + 1
				g.Quarters = append(g.Quarters, ganttBand{X: x(m), Label: l.T(text.Quarter) + strconv.Itoa(q), Shade: q%2 == 0})
			}
		}
		g.Months = append(g.Months, ganttBand{X: x(m), W: mw, Label: label, Shade: m%2 == 1})
	}
	for _, bs := range [][]ganttBand{g.Years, g.Quarters} {
		for i := range bs {
			end := x(months)
			if i+1 < len(bs) {
				end = bs[i+1].X
			}
			bs[i].W = end - bs[i].X
		}
	}
	y := g.Top
	stepY := map[int]float64{}
	for _, it := range rows {
		row := ganttRow{Y: y, Name: itemName(l, it), X: x(it.StartIndex), W: x(it.EndIndex+1) - x(it.StartIndex), Color: hex(stepColor(it.Step)),
			Opacity: 1, Critical: it.Critical, Info: text.Month(l, it.StartMonth) + " – " + text.Month(l, it.EndMonth), Indent: 14}
		switch it.Kind {
		case analysis.ItemStep:
			row.Step, row.Opacity, row.Indent = true, 0.35, 4
			stepY[it.Step] = y
		case analysis.ItemPhase, analysis.ItemPMO:
			row.Opacity, row.Indent = 0.6, 24
		}
		row.Name = shorten(row.Name, int((g.NameW-row.Indent-8)/ganttCharW))
		g.Rows = append(g.Rows, row)
		y += g.RowH
	}
	g.GridBottom = y
	y += 8
	n := 0
	for _, it := range rm.Items {
		if it.Kind != analysis.ItemMilestone {
			continue
		}
		n++
		my, ok := stepY[it.Step]
		if !ok {
			if !last || stepOnRoadmap(rm, it.Step) {
				continue // drawn on the page of its step, or on the last page
			}
			my = g.Top
		}
		label := milestoneLabel(l, it)
		if dated {
			label += ": " + text.Month(l, it.EndMonth)
		}
		m := ganttMilestone{X: x(it.EndIndex + 1), Y: my + g.RowH/2, Number: n, Label: label}
		// Milestones of one row in one month stand side by side, inside the month.
		for moved := true; moved; {
			moved = false
			for _, o := range g.Milestones {
				if o.Y == m.Y && m.X > o.X-14 && m.X < o.X+14 {
					m.X, moved = o.X-14, true
				}
			}
		}
		g.Milestones = append(g.Milestones, m)
	}
	y += g.listMilestones(g.GridBottom + 18)
	g.LegendY = y + 6
	for n := 1; n <= 7; n++ {
		g.Legend = append(g.Legend, legendEntry{text.StepTitle(l, n), hex(stepColor(n))})
	}
	g.Legend = append(g.Legend, legendEntry{l.T(text.CriticalPath), ""})
	g.H = g.LegendY + 14*3 + 6
	return g
}

// listMilestones places the milestones' lines under the chart from the
// baseline y on: in two columns, row by row, when every line fits half the
// width, else one under the other. It returns the height the list takes.
func (g *ganttFigure) listMilestones(y float64) float64 {
	const lineH, colW = 14, 490 // 10-pixel text
	cols := 2
	for _, m := range g.Milestones {
		if float64(len([]rune(m.Label))+4)*ganttCharW > colW-10 {
			cols = 1
		}
	}
	for j := range g.Milestones {
		g.Milestones[j].ListX = 4 + float64(j%cols)*colW
		g.Milestones[j].ListY = y + float64(j/cols)*lineH
	}
	return float64((len(g.Milestones)+cols-1)/cols) * lineH
}

// stepOnRoadmap says whether the roadmap has a row for the step.
func stepOnRoadmap(rm *analysis.Roadmap, step int) bool {
	for _, it := range rm.Items {
		if it.Kind == analysis.ItemStep && it.Step == step {
			return true
		}
	}
	return false
}
