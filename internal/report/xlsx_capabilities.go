package report

import (
	"strings"
	"time"

	"github.com/dsc-workbench/dsc/third_party/excelize"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/roadmap"
)

// scheduled finds a capability's or step's dates in the roadmap, the one
// schedule every view reads.
func scheduled(r *analysis.Report, id string) (analysis.DatedItem, bool) {
	if r.Roadmap == nil {
		return analysis.DatedItem{}, false
	}
	for _, it := range r.Roadmap.Items {
		if it.ID == id {
			return it, true
		}
	}
	return analysis.DatedItem{}, false
}

// capabilitySheet lists the capabilities with their gap and their dates
// from the roadmap.
func (b *book) capabilitySheet(s string) {
	c, l := b.r.Capabilities, b.l
	type x = roadmap.CapabilityResult
	byID := map[string]string{}
	for _, cp := range c.Capabilities {
		byID[cp.ID] = cp.Name
	}
	when := func(id string, last bool) any {
		it, ok := scheduled(b.r, id)
		if !ok {
			return nil
		}
		if last {
			return month(it.EndMonth)
		}
		return month(it.StartMonth)
	}
	t := &table[x]{sheet: s, top: 1, left: 1, rows: c.Capabilities, cols: []column[x]{
		{key: text.Name, width: 40, value: func(v x) any { return v.Name }},
		{key: text.HeadOperatingElement, width: 16, value: func(v x) any { return text.OperatingElement(l, v.Element) }},
		{key: text.Requirement, width: 26, value: func(v x) any { return text.RequirementDimension(l, v.Dimension) }},
		{key: text.Current, width: 7, style: styleInt, value: func(v x) any { return v.Current }},
		{key: text.Target, width: 7, style: styleInt, value: func(v x) any { return v.Target }},
		{key: text.Gap, width: 7, style: styleInt, value: func(v x) any { return v.Gap }},
		{key: text.Effort, width: 13, style: styleDec1, value: func(v x) any { return v.Effort }},
		{key: text.Months, width: 9, style: styleDec1, value: func(v x) any { return v.Duration }},
		{key: text.Wave, width: 7, style: styleInt, value: func(v x) any { return v.Wave }},
		{key: text.Step, width: 8, style: styleInt, value: func(v x) any { return v.Step }},
		{key: text.StartMonth, width: 12, style: styleMonth, value: func(v x) any { return when(v.ID, false) }},
		{key: text.EndMonth, width: 12, style: styleMonth, value: func(v x) any { return when(v.ID, true) }},
		{key: text.Slack, width: 8, style: styleDec1, value: func(v x) any { return v.Slack }},
		{key: text.Critical, width: 9, style: styleCenter, value: func(v x) any { return v.Critical }},
		{key: text.FanIn, width: 12, style: styleInt, value: func(v x) any { return v.FanIn }},
		{key: text.Needs, width: 60, value: func(v x) any { return names(byID, v.DependsOn) }},
		{key: text.ID, width: 26, value: func(v x) any { return v.ID }},
	}}
	writeTable(b, t)
}

// heatSheet is the capability heat map: the maturity gap of each
// requirement dimension by operating-model element, beside the readiness
// of the same dimension.
func (b *book) heatSheet(s string) {
	heat, l := b.r.Heat, b.l
	type h = analysis.DimensionHeat
	cols := []column[h]{{key: text.Requirement, width: 30, value: func(d h) any { return text.RequirementDimension(l, d.Dimension) }}}
	first := len(cols) + 1
	for i, el := range roadmap.OperatingElements {
		cols = append(cols, column[h]{head: text.OperatingElement(l, el), width: 14, style: styleCenter, value: func(d h) any { return d.Cells[i].Gap }})
	}
	ready := func(f func(*analysis.ReadinessContext) any) func(d h) any {
		return func(d h) any {
			if d.Readiness == nil {
				return nil
			}
			return f(d.Readiness)
		}
	}
	cols = append(cols,
		column[h]{key: text.Capabilities, width: 12, style: styleInt, value: func(d h) any { return d.Capabilities }},
		column[h]{key: text.Gap, width: 8, style: styleInt, value: func(d h) any { return d.TotalGap }},
		column[h]{key: text.Readiness, width: 34, value: func(d h) any { return d.ReadinessName }},
		column[h]{key: text.Current, width: 12, style: styleDec2, value: ready(func(r *analysis.ReadinessContext) any {
			if r.Current == nil {
				return l.T(text.NotRated)
			}
			return r.Current
		})},
		column[h]{key: text.Target, width: 8, style: styleDec2, value: ready(func(r *analysis.ReadinessContext) any { return r.Target })},
		column[h]{key: text.Gap, head: l.T(text.Readiness) + ": " + l.T(text.Gap), width: 14, style: styleDec2,
			value: ready(func(r *analysis.ReadinessContext) any { return r.Gap })})
	t := &table[h]{sheet: s, top: 1, left: 1, cols: cols, rows: heat}
	writeTable(b, t)
	for ri, d := range heat {
		for i, cl := range d.Cells {
			bg := heatColor(cl.Share)
			id, err := b.styles.fill(bg, heatInk(bg), "")
			b.check(err)
			ref := cell(first+i, t.first()+ri)
			b.check(b.f.SetCellStyle(s, ref, ref, id))
		}
	}
}

// dsmSheet is the dependency matrix in the schedule's sequence, so
// prerequisites come first; waves are bands of alternating shade, critical
// capabilities are red.
func (b *book) dsmSheet(s string) {
	c, l := b.r.Capabilities, b.l
	b.put(s, 1, 1, "#", styleHeader)
	b.put(s, 2, 1, l.T(text.Capability), styleHeader)
	b.put(s, 3, 1, l.T(text.Wave), styleHeaderCenter)
	b.width(s, 1, 5)
	b.width(s, 2, 52)
	b.width(s, 3, 7)
	const m0 = 4 // first matrix column
	for p := range c.Capabilities {
		b.put(s, m0+p, 1, p+1, styleHeaderCenter)
		b.width(s, m0+p, 3.6)
	}
	b.titles[s] = 1
	b.check(b.f.SetPanes(s, &excelize.Panes{Freeze: true, XSplit: 3, YSplit: 1, TopLeftCell: "D2", ActivePane: "bottomRight"}))
	for p, x := range c.Capabilities {
		row := 2 + p
		band := palette.band
		if x.Wave%2 == 0 {
			band = palette.paper
		}
		ink := palette.ink
		if x.Critical {
			ink = palette.critical
		}
		id, err := b.styles.fill(band, ink, "")
		b.check(err)
		b.put(s, 1, row, p+1, styleNone)
		b.put(s, 2, row, x.Name, styleNone)
		b.put(s, 3, row, x.Wave, styleNone)
		b.check(b.f.SetCellStyle(s, cell(1, row), cell(3, row), id))
		left, err := b.styles.fillAligned(band, ink, "", "left") // names read from the left
		b.check(err)
		b.check(b.f.SetCellStyle(s, cell(2, row), cell(2, row), left))
		for q, y := range c.Capabilities {
			col := m0 + q
			switch {
			case p == q:
				b.put(s, col, row, "", styleDiagonal)
			case c.Matrix[p][q] && x.Critical && y.Critical:
				b.put(s, col, row, "●", styleCriticalMark)
			case c.Matrix[p][q]:
				b.put(s, col, row, "●", styleMark)
			default:
				b.check(b.f.SetCellStyle(s, cell(col, row), cell(col, row), id))
			}
		}
	}
	b.put(s, 2, len(c.Capabilities)+3, l.T(text.DSMExplain), styleNote)
}

// roadmapSheet is the seven-step plan with real month dates, its notes and
// the milestones.
func (b *book) roadmapSheet(s string) {
	rm, l, w := b.r.Roadmap, b.l, words{b.l, b.r}
	type it = analysis.DatedItem
	t := &table[it]{sheet: s, top: 1, left: 1, rows: rm.Items, cols: []column[it]{
		{key: text.Step, width: 7, style: styleCenter, value: func(x it) any { return x.Step }}, // centred: flush right it ran into a step's bold name
		{key: text.Name, width: 52, value: func(x it) any { return indented(l, x) }},
		{key: text.StartMonth, width: 12, style: styleMonth, value: func(x it) any { return stepMonth(x, x.StartMonth) }},
		{key: text.EndMonth, width: 12, style: styleMonth, value: func(x it) any { return stepMonth(x, x.EndMonth) }},
		{key: text.Months, width: 9, style: styleDec1, value: func(x it) any { return x.Finish - x.Start }},
		{key: text.Critical, width: 9, style: styleCenter, value: func(x it) any { return x.Critical }},
		{key: text.Note, width: 70, value: func(x it) any {
			if emptyStep(x) {
				return l.T(text.StepEmpty)
			}
			if x.Kind == analysis.ItemStep {
				return w.stepNote(x.Step)
			}
			var notes []string
			if x.AssignsPeople {
				notes = append(notes, l.T(text.PeopleAssignedAtEnd))
			}
			if x.Kind == analysis.ItemCapability {
				for _, br := range rm.Breaches {
					if br.Capability == x.ID && br.Rule != roadmap.RuleCapacity {
						notes = append(notes, w.breach(br))
					}
				}
			}
			return strings.Join(notes, "; ")
		}},
	}}
	writeTable(b, t)
	for i, x := range rm.Items {
		if x.Kind == analysis.ItemStep {
			b.setStyle(s, cell(t.col(text.Name), t.first()+i), cell(t.col(text.Name), t.first()+i), styleBold)
		}
	}
}

// indented is a roadmap row's name as the table shows it: steps flush,
// their rows indented under them, milestones marked.
func indented(l text.Lang, x analysis.DatedItem) string {
	switch x.Kind {
	case analysis.ItemStep:
		return itemName(l, x)
	case analysis.ItemMilestone:
		return "   ◆ " + milestoneLabel(l, x)
	}
	return "   " + itemName(l, x)
}

// milestoneLabel names a milestone row; a tribe team's launch keeps the
// team's name from the workspace.
func milestoneLabel(l text.Lang, x analysis.DatedItem) string {
	if x.Cluster != "" {
		return x.Name
	}
	return itemName(l, x)
}

// stepMonth is a plan row's month for the roadmap sheet; a step without
// capabilities has none ("Apr 2027 – Apr 2027" read as a month of work).
func stepMonth(x analysis.DatedItem, m string) any {
	if emptyStep(x) {
		return nil
	}
	return month(m)
}

// ganttSheet is the calendar Gantt: a narrow table of start dates and
// durations in days, and beside it a stacked bar on a date axis whose
// first series is invisible, each visible bar in its step's colour.
func (b *book) ganttSheet(s string) {
	rm, l := b.r.Roadmap, b.l
	type it = analysis.DatedItem
	days := func(x it) any {
		if emptyStep(x) {
			return 0 // no bar: a step without capabilities takes no month
		}
		a, err1 := time.Parse("2006-01", x.StartMonth)
		e, err2 := time.Parse("2006-01", x.EndMonth)
		if err1 != nil || err2 != nil {
			return nil
		}
		return int(e.AddDate(0, 1, 0).Sub(a).Hours() / 24)
	}
	var rows []it
	capName := map[string]string{}
	for _, x := range rm.Items {
		if x.Kind != analysis.ItemMilestone {
			rows = append(rows, x)
		}
		if x.Kind == analysis.ItemCapability {
			capName[x.ID] = x.Name
		}
	}
	// The chart shows only this column: a sub-phase names its capability,
	// else step 6's "System requirements" repeat with nothing to tell them apart.
	name := func(x it) any {
		if x.Kind == analysis.ItemPhase {
			return "   " + text.PhaseOf(l, capName[x.Parent], x.Phase)
		}
		return indented(l, x)
	}
	t := &table[it]{sheet: s, top: 1, left: 1, rows: rows, cols: []column[it]{
		{key: text.Name, width: 62, value: name},
		{key: text.StartMonth, width: 12, style: styleMonth, value: func(x it) any { return month(x.StartMonth) }},
		{key: text.DurationDays, width: 16, style: styleInt, value: days},
	}}
	writeTable(b, t)
	for i, x := range rows {
		if x.Kind == analysis.ItemStep {
			b.setStyle(s, cell(t.col(text.Name), t.first()+i), cell(t.col(text.Name), t.first()+i), styleBold)
		}
	}
	n := len(rows) - 1
	nameCol, startCol, daysCol := t.col(text.Name), t.col(text.StartMonth), t.col(text.DurationDays)
	var axisMin *float64
	if start, err := time.Parse("2006-01", rows[0].StartMonth); err == nil {
		v := excelSerial(start)
		axisMin = &v
	}
	var colors []string
	for _, x := range rows {
		colors = append(colors, stepColor(x.Step))
	}
	b.fixes.pointColors[cellRef(s, daysCol, t.top)] = colors
	b.chart(s, cell(t.left+len(t.cols)+1, 2), &excelize.Chart{Type: excelize.BarStacked,
		Series: []excelize.ChartSeries{
			{Name: cellRef(s, startCol, t.top), Categories: t.rangeOf(nameCol, 0, n), Values: t.rangeOf(startCol, 0, n),
				Fill: excelize.Fill{Type: "pattern", Pattern: 0}},
			{Name: cellRef(s, daysCol, t.top), Categories: t.rangeOf(nameCol, 0, n), Values: t.rangeOf(daysCol, 0, n),
				Fill: solid(palette.accent)},
		},
		Title:  b.title(text.SevenStepRoadmap, l.T(text.GanttChart)),
		XAxis:  excelize.ChartAxis{ReverseOrder: true},
		YAxis:  excelize.ChartAxis{MajorGridLines: true, Minimum: axisMin, MajorUnit: 91.3125, NumFmt: excelize.ChartNumFmt{CustomNumFmt: monthAxisFormat(b.l)}},
		Legend: excelize.ChartLegend{Position: "none"},
		// 14 pixels a bar, so that the roadmap's 59 rows print on one page
		// at 74 % (19 needed 56 %, below minScale, and the chart was cut)
		Dimension: excelize.ChartDimension{Width: 820, Height: uint(max(460, 14*len(rows)+90))}})
}
