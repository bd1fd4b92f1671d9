package report

import (
	"strconv"
	"time"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
)

// ganttFigure is the calendar Gantt as SVG: years, quarters and months as
// header bands, one bar per step and capability from its first to its last
// month (inclusive), milestones as diamonds, colours per step.
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
	Critical   string
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
	X, W     float64
	Color    string
	Critical bool
	Info     string
}

type ganttMilestone struct {
	X, Y  float64
	Label string
}

// gantt lays out rows from..to of the roadmap (a page's share).
func gantt(l text.Lang, rm *analysis.Roadmap, from, to int, withMilestones bool) ganttFigure {
	g := ganttFigure{W: 1000, NameW: 330, RowH: 14.5, Critical: l.T(text.Critical)}
	start, err := time.Parse("2006-01", rm.Start)
	dated := err == nil
	months := max(1, rm.Months)
	width := g.W - g.NameW - 10
	mw := width / float64(months)
	x := func(m int) float64 { return g.NameW + float64(m)*mw }
	monthOf := func(m int) time.Time { return start.AddDate(0, m, 0) }
	g.Top = 58
	if !dated {
		g.Top = 22
	}
	for m := 0; m < months; m++ {
		label := "M" + strconv.Itoa(m+1)
		if dated {
			t := monthOf(m)
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
	closeBands := func(bs []ganttBand) {
		for i := range bs {
			end := x(months)
			if i+1 < len(bs) {
				end = bs[i+1].X
			}
			bs[i].W = end - bs[i].X
		}
	}
	closeBands(g.Years)
	closeBands(g.Quarters)
	y := g.Top
	for _, it := range rm.Items[from:to] {
		row := ganttRow{Y: y, Name: it.Name, X: x(it.FirstMonth), W: x(it.LastMonth+1) - x(it.FirstMonth), Color: hex(stepColor(it.Step)),
			Critical: it.Critical, Info: text.Month(l, it.StartMonth) + " – " + text.Month(l, it.EndMonth)}
		if n, ok := stepOf(it.ID); ok {
			row.Name, row.Step = text.StepTitle(l, n), true
		}
		g.Rows = append(g.Rows, row)
		y += g.RowH
	}
	if withMilestones {
		y += 6
		for _, m := range rm.Milestones {
			label := milestoneName(l, m.Kind)
			if dated {
				label += " (" + text.Month(l, m.Date) + ")"
			}
			g.Milestones = append(g.Milestones, ganttMilestone{X: x(m.Month + 1), Y: y + g.RowH/2, Label: label})
			y += g.RowH
		}
	}
	g.GridBottom = y
	g.LegendY = y + 16
	g.H = y + 16 + 14*2 + 4
	for n := 1; n <= 7; n++ {
		g.Legend = append(g.Legend, legendEntry{text.StepTitle(l, n), hex(stepColor(n))})
	}
	g.Legend = append(g.Legend, legendEntry{l.T(text.CriticalPath), ""})
	return g
}
