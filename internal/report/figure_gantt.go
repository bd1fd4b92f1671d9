package report

import (
	"strconv"
	"strings"
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
	Milestones []ganttMilestone // the list under the chart, one line each
	Marks      []ganttMark      // the diamonds on the rows
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
	// Note stands in the bar's place for a step with nothing to do.
	Note string
}

// emptyStep reports whether x is a step without capabilities: it starts
// and ends at one point in time, so it takes no month.
func emptyStep(x analysis.DatedItem) bool {
	return x.Kind == analysis.ItemStep && x.Finish-x.Start < 1e-9
}

type ganttMilestone struct {
	Number int
	Label  string
	// ListX, ListY place the milestone's line in the list under the chart.
	ListX, ListY float64
	y            float64 // its row's middle
	month        int     // the month it falls in (EndIndex)
}

// ganttMark is a diamond on a row: one milestone, or several of one row and
// month that do not fit side by side in it, drawn as one wider diamond
// numbered "4–8".
type ganttMark struct {
	X, Y   float64 // the centre
	HalfW  float64
	Text   string
	Title  string
	Path   string
	Number []int
	// FontSize is the number's size: 8 pixels, less in a diamond narrowed
	// to a narrow month.
	FontSize float64
}

// ganttMarkH is half a diamond's height and the run of its slanted sides;
// ganttDigitW the width of one character of its number in the usual
// ganttMarkFont, 8-pixel bold.
const ganttMarkH, ganttDigitW, ganttMarkFont = 7.0, 5.0, 8.0

// itemName names a row of the roadmap in the deck's language; a tribe
// team's launch as a milestone of its kind (the workbook's roadmap table
// keeps the team's name, milestoneLabel).
func itemName(l text.Lang, it analysis.DatedItem) string {
	return analysis.ItemName(l, it, nil)
}

// ganttCharW is the average glyph width of the Gantt's 10-pixel names.
const ganttCharW = 5.6

// ganttNamePad is the room a name leaves after it in the names' column.
const ganttNamePad = 8

// ganttIndent is how far a row's name stands in: a step at the edge, its
// capabilities under it, the PMO and a capability's sub-phases further in.
func ganttIndent(k analysis.ItemKind) float64 {
	switch k {
	case analysis.ItemStep:
		return 4
	case analysis.ItemPhase, analysis.ItemPMO:
		return 24
	}
	return 14
}

// ganttNameW is the width of the names' column: as wide as the longest
// name of the whole roadmap needs (every page alike), between 330 and 430
// pixels; only a name longer than that is shortened.
func ganttNameW(l text.Lang, rm *analysis.Roadmap) float64 {
	w := 330.0
	for _, it := range rm.Items {
		if it.Kind == analysis.ItemMilestone {
			continue
		}
		w = max(w, ganttIndent(it.Kind)+ganttNamePad+float64(len([]rune(itemName(l, it))))*ganttCharW)
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
			Opacity: 1, Critical: it.Critical, Info: text.Month(l, it.StartMonth) + " – " + text.Month(l, it.EndMonth), Indent: ganttIndent(it.Kind)}
		switch it.Kind {
		case analysis.ItemStep:
			row.Step, row.Opacity = true, 0.35
			stepY[it.Step] = y
			if emptyStep(it) {
				// no bar: a month-wide bar read as a month of work (trial6 L12)
				row.W, row.Note, row.Info = 0, l.T(text.StepEmpty), l.T(text.StepEmpty)
			}
		case analysis.ItemPhase, analysis.ItemPMO:
			row.Opacity = 0.6
		}
		row.Name = shorten(row.Name, int((g.NameW-row.Indent-ganttNamePad)/ganttCharW))
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
		g.Milestones = append(g.Milestones, ganttMilestone{Number: n, Label: label, y: my + g.RowH/2, month: it.EndIndex})
	}
	g.Marks = ganttMarks(g.Milestones, x, mw)
	y += g.listMilestones(g.GridBottom + 18)
	g.LegendY = y + 6
	for n := 1; n <= 7; n++ {
		g.Legend = append(g.Legend, legendEntry{text.StepTitle(l, n), hex(stepColor(n))})
	}
	g.Legend = append(g.Legend, legendEntry{l.T(text.CriticalPath), ""})
	g.H = g.LegendY + 14*3 + 6
	return g
}

// ganttMarks draws the milestones of each row and month as diamonds
// inside that month, between its start x(m) and its end x(m+1): a lone
// milestone ends on the month's end, where the bars that lead to it end.
// Several stand side by side, in number order, the last ending on the
// month's end, when they fit the month's width; else they share one
// diamond numbered with their range ("4–8"). A diamond still wider than
// its month (the narrow months of a long plan) is narrowed to the month's
// width, its number set smaller to fit. So no diamond covers another,
// reaches into a neighbouring month or runs past the chart's last month.
func ganttMarks(ms []ganttMilestone, x func(int) float64, mw float64) []ganttMark {
	type slot struct {
		y     float64
		month int
	}
	var order []slot
	groups := map[slot][]ganttMilestone{}
	for _, m := range ms {
		k := slot{m.y, m.month}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], m)
	}
	var out []ganttMark
	for _, k := range order {
		group := groups[k]
		var marks []ganttMark
		width := -1.0 // the gaps of 1 between diamonds
		for _, m := range group {
			mk := newGanttMark([]ganttMilestone{m})
			marks = append(marks, mk)
			width += 2*mk.HalfW + 1
		}
		if len(group) > 1 && width > mw {
			marks = []ganttMark{newGanttMark(group)}
		}
		if len(marks) == 1 && 2*marks[0].HalfW > mw {
			marks[0].narrow(mw)
		}
		right := x(k.month + 1) // the last diamond ends on the month's end
		for j := len(marks) - 1; j >= 0; j-- {
			marks[j].X, marks[j].Y = right-marks[j].HalfW, k.y
			marks[j].Path = marks[j].path()
			right -= 2*marks[j].HalfW + 1
		}
		out = append(out, marks...)
	}
	return out
}

// newGanttMark is the diamond of milestones of one row and month, wide
// enough for its number or numbers.
func newGanttMark(ms []ganttMilestone) ganttMark {
	var nums []int
	var titles []string
	for _, m := range ms {
		nums = append(nums, m.Number)
		titles = append(titles, "◆"+strconv.Itoa(m.Number)+" "+m.Label)
	}
	t := numberRanges(nums)
	return ganttMark{Text: t, Title: strings.Join(titles, "\n"), Number: nums, FontSize: ganttMarkFont,
		HalfW: max(ganttMarkH, float64(len([]rune(t)))*ganttDigitW/2+4)}
}

// narrow fits the diamond into a month w pixels wide: its number, 3 pixels
// clear of the slanted sides at its height, gets the font size that fits,
// at most the usual 8 pixels.
func (m *ganttMark) narrow(w float64) {
	m.HalfW = w / 2
	chars := float64(len([]rune(m.Text)))
	m.FontSize = min(ganttMarkFont, ganttMarkFont*(w-6)/(chars*ganttDigitW))
}

// path is the diamond's outline: a rhombus 14 pixels wide (narrower only
// in a narrower month), stretched with a flat top and bottom for a longer
// number.
func (m ganttMark) path() string {
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }
	run := min(ganttMarkH, m.HalfW)
	r := strconv.FormatFloat(run, 'f', -1, 64)
	flat := 2*m.HalfW - 2*run
	return "M" + f(m.X-m.HalfW) + "," + f(m.Y) + " l" + r + ",-7 h" + f(flat) + " l" + r + ",7 l-" + r + ",7 h" + f(-flat) + " z"
}

// numberRanges writes ascending numbers with runs as ranges: 4–8, or 2,5.
func numberRanges(nums []int) string {
	var parts []string
	for i := 0; i < len(nums); {
		j := i
		for j+1 < len(nums) && nums[j+1] == nums[j]+1 {
			j++
		}
		switch {
		case j == i:
			parts = append(parts, strconv.Itoa(nums[i]))
		case j == i+1:
			parts = append(parts, strconv.Itoa(nums[i]), strconv.Itoa(nums[j]))
		default:
			parts = append(parts, strconv.Itoa(nums[i])+"–"+strconv.Itoa(nums[j]))
		}
		i = j + 1
	}
	return strings.Join(parts, ",")
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
