package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/xlsxutil"
	"github.com/dsc-workbench/dsc/journey"
	"github.com/dsc-workbench/dsc/kano"
	"github.com/dsc-workbench/dsc/roadmap"
)

// palette is the one place the deliverable's colours are chosen.
var palette = struct {
	ink, header, headerText, band, accent, critical, muted string
	category                                               map[kano.Category]string
	element                                                map[roadmap.Element]string
	roles                                                  map[journey.Role]string
}{
	ink: "1F2933", header: "1F4E79", headerText: "FFFFFF", band: "EEF3F8", accent: "2E75B6", critical: "C0392B", muted: "7B8794",
	category: map[kano.Category]string{
		kano.MustBe: "1F4E79", kano.OneDimensional: "2E86C1", kano.Attractive: "27AE60",
		kano.Indifferent: "95A5A6", kano.Reverse: "C0392B", kano.Questionable: "F39C12",
	},
	element: map[roadmap.Element]string{
		roadmap.Login: "1F4E79", roadmap.DirectSales: "2E86C1", roadmap.AfterSales: "16A085",
		roadmap.SelfService: "8E44AD", roadmap.DigitalService: "D35400",
	},
	roles: map[journey.Role]string{journey.RoleLead: "1F4E79", journey.RolePrimary: "5B9BD5", journey.RoleSupport: "DDEBF7"},
}

// book wraps an excelize file with the styles and helpers every sheet uses.
type book struct {
	f      *excelize.File
	l      Labels
	styles map[string]int
	err    error
}

func newBook(l Labels) (*book, error) {
	b := &book{f: excelize.NewFile(), l: l, styles: map[string]int{}}
	border := []excelize.Border{{Type: "bottom", Color: "D0D7DE", Style: 1}}
	defs := map[string]*excelize.Style{
		"header": {Font: &excelize.Font{Bold: true, Color: palette.headerText}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{palette.header}},
			Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}},
		"title":    {Font: &excelize.Font{Bold: true, Size: 16, Color: palette.header}},
		"subtitle": {Font: &excelize.Font{Bold: true, Size: 12, Color: palette.ink}},
		"note":     {Font: &excelize.Font{Italic: true, Color: palette.muted}},
		"text":     {Border: border, Alignment: &excelize.Alignment{Vertical: "top"}},
		// "wrap" cells do not wrap: neither Excel nor LibreOffice grows a row
		// written without a height, so wrapped text would overlap; long text
		// stays on one line and shows in full in the formula bar.
		"wrap":   {Border: border, Alignment: &excelize.Alignment{Vertical: "top"}},
		"int":    {Border: border, NumFmt: 1},
		"dec":    {Border: border, NumFmt: 2},
		"pct":    {Border: border, CustomNumFmt: strptr("0.0")},
		"center": {Border: border, Alignment: &excelize.Alignment{Horizontal: "center"}},
		"matrix": {Alignment: &excelize.Alignment{Horizontal: "center"}, Border: []excelize.Border{{Type: "left", Color: "E5E8EB", Style: 1}, {Type: "bottom", Color: "E5E8EB", Style: 1}}},
		"diag":   {Alignment: &excelize.Alignment{Horizontal: "center"}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9D9D9"}}},
		"vertical": {Font: &excelize.Font{Bold: true, Color: palette.headerText}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{palette.header}},
			Alignment: &excelize.Alignment{TextRotation: 90, Horizontal: "center"}},
		"critical": {Border: border, Font: &excelize.Font{Bold: true, Color: palette.critical}},
	}
	for _, el := range roadmap.Elements {
		defs["el-"+string(el)] = &excelize.Style{Font: &excelize.Font{Bold: true, Size: 12, Color: "FFFFFF"},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{palette.element[el]}}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}
		defs["box-"+string(el)] = &excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F7F9FB"}},
			Border:    []excelize.Border{{Type: "left", Color: palette.element[el], Style: 2}, {Type: "right", Color: palette.element[el], Style: 2}},
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}
	}
	names := make([]string, 0, len(defs))
	for k := range defs {
		names = append(names, k)
	}
	sort.Strings(names) // style ids must not depend on map order
	for _, k := range names {
		id, err := b.f.NewStyle(defs[k])
		if err != nil {
			return nil, err
		}
		b.styles[k] = id
	}
	return b, nil
}

func strptr(s string) *string { return &s }

// cell names a cell from 1-based column and row.
func cell(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}

// ref is an absolute range on a sheet for chart series.
func ref(sheet string, col, r1, r2 int) string {
	name, _ := excelize.ColumnNumberToName(col)
	return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", strings.ReplaceAll(sheet, "'", "''"), name, r1, name, r2)
}

func (b *book) check(err error) {
	if err != nil && b.err == nil {
		b.err = err
	}
}

// put writes one value: strings always as plain text (a name starting with
// "=" never becomes a formula), numbers as numbers.
func (b *book) put(sheet string, col, row int, v any, style string) {
	c := cell(col, row)
	switch x := v.(type) {
	case nil:
	case string:
		b.check(b.f.SetCellStr(sheet, c, x))
	case int:
		b.check(b.f.SetCellInt(sheet, c, int64(x)))
	case float64:
		b.check(b.f.SetCellFloat(sheet, c, x, -1, 64))
	case *float64: // nil: no value, such as the score of a dimension nobody rated
		if x != nil {
			b.check(b.f.SetCellFloat(sheet, c, *x, -1, 64))
		}
	case *int:
		if x != nil {
			b.check(b.f.SetCellInt(sheet, c, int64(*x)))
		}
	case bool:
		b.check(b.f.SetCellStr(sheet, c, b.yesNo(x)))
	default:
		b.check(b.f.SetCellStr(sheet, c, fmt.Sprint(x)))
	}
	if style != "" {
		b.check(b.f.SetCellStyle(sheet, c, c, b.styles[style]))
	}
}

func (b *book) yesNo(x bool) string {
	if x {
		return b.l.T("yes")
	}
	return b.l.T("no")
}

// column is one column of a table: header, width and cell style.
type column struct {
	header string
	width  float64
	style  string
}

// table writes a filterable table at row top (header) with rows below; when
// it starts the sheet its header row is frozen. It returns the last row.
func (b *book) table(sheet string, top int, cols []column, rows [][]any) int {
	return b.tableAt(sheet, top, 1, cols, rows)
}

// tableAt is table with its first column at left.
func (b *book) tableAt(sheet string, top, left int, cols []column, rows [][]any) int {
	for i, c := range cols {
		b.put(sheet, left+i, top, b.l.T(c.header), "header")
		name, _ := excelize.ColumnNumberToName(left + i)
		if c.width > 0 {
			b.check(b.f.SetColWidth(sheet, name, name, c.width))
		}
	}
	for r, row := range rows {
		for i, v := range row {
			style := cols[i].style
			if style == "" {
				style = "text"
			}
			b.put(sheet, left+i, top+1+r, v, style)
		}
	}
	last := top + len(rows)
	if len(rows) > 0 {
		b.check(b.f.AutoFilter(sheet, cell(left, top)+":"+cell(left+len(cols)-1, last), nil))
	}
	if top == 1 {
		b.check(b.f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}))
	}
	return last
}

func (b *book) newSheet(name string) string {
	name = b.l.T(name)
	if _, err := b.f.NewSheet(name); err != nil {
		b.check(err)
	}
	return name
}

func (b *book) notAssessed(sheet string) {
	b.put(sheet, 1, 1, b.l.T("not assessed: the workspace has no file for this view"), "note")
}

func (b *book) chart(sheet, at string, c *excelize.Chart) {
	no := false
	c.VaryColors = &no // one colour per series, not per point
	b.check(b.f.AddChart(sheet, at, c))
}

// printLayout prints a sheet landscape, one page wide, as a consultant
// hands it over.
func (b *book) printLayout(sheet string) {
	landscape, wide, tall, fit := "landscape", 1, 0, true
	b.check(b.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &landscape, FitToWidth: &wide, FitToHeight: &tall}))
	b.check(b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}))
}

func title(s string) excelize.ChartTitle {
	return excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: s, Font: &excelize.Font{Bold: true, Color: palette.ink}}}}
}

// WriteXLSX renders the workbook.
func WriteXLSX(r *analysis.Report, w io.Writer) error {
	l := NewLabels(r.Meta.Language)
	b, err := newBook(l)
	if err != nil {
		return err
	}
	defer b.f.Close()
	summary := b.l.T("Summary")
	b.check(b.f.SetSheetName("Sheet1", summary))
	b.summarySheet(summary, r)
	b.targetSheet(r)
	b.kanoSheet(r)
	b.segmentSheet(r)
	b.coverageSheet(r)
	b.rolesSheet(r)
	b.readinessSheet(r)
	b.capabilitySheet(r)
	b.roadmapSheet(r)
	for _, sheet := range b.f.GetSheetList() {
		b.printLayout(sheet)
	}
	b.f.SetActiveSheet(0)
	if b.err != nil {
		return fmt.Errorf("build workbook: %w", b.err)
	}
	return xlsxutil.Write(b.f, w)
}

func (b *book) summarySheet(s string, r *analysis.Report) {
	b.put(s, 1, 1, b.l.T("Digital Sales Center")+": "+r.Meta.Client, "title")
	b.put(s, 1, 2, b.l.T("Generated by dsc from the workspace"), "note")
	b.check(b.f.SetColWidth(s, "A", "A", 34))
	b.check(b.f.SetColWidth(s, "B", "B", 60))
	rows := [][]any{
		{b.l.T("Client"), r.Meta.Client},
		{b.l.T("Industry"), r.Meta.Industry},
	}
	if k := r.Kano; k != nil {
		var segs []string
		for _, sg := range k.Segments {
			segs = append(segs, fmt.Sprintf("%s %d", sg.Value, sg.Respondents))
		}
		rows = append(rows, []any{b.l.T("Respondents"), k.Respondents}, []any{b.l.T("Respondents per segment"), strings.Join(segs, ", ")})
	}
	rows = append(rows,
		[]any{b.l.T("Selected entries"), r.Target.Selected},
		[]any{b.l.T("To discuss"), len(r.Target.Discuss)},
		[]any{b.l.T("Not selected"), len(r.Target.Out)})
	if j := r.Journey; j != nil {
		rows = append(rows, []any{b.l.T("Closest model"), string(j.Configuration.Closest)}, []any{b.l.T("Holes"), len(j.Holes)})
	}
	if rd := r.Readiness; rd != nil {
		rows = append(rows, []any{b.l.T("Readiness index"), rd.Index}, []any{b.l.T("Target attainment"), rd.TargetAttainment})
	}
	if rm := r.Roadmap; rm != nil {
		rows = append(rows, []any{b.l.T("Roadmap length"), rm.Finish}, []any{b.l.T("Critical path"), strings.Join(rm.CriticalPath, " → ")})
	}
	b.put(s, 1, 4, b.l.T("Key figures"), "subtitle")
	for i, row := range rows {
		b.put(s, 1, 5+i, row[0], "text")
		style := "wrap"
		if _, ok := row[1].(float64); ok {
			style = "pct"
		} else if _, ok := row[1].(int); ok {
			style = "int"
		}
		b.put(s, 2, 5+i, row[1], style)
	}
}

// targetSheet lays the target picture out as the primer's figure: the
// central login in the middle, the four core elements around it.
func (b *book) targetSheet(r *analysis.Report) {
	s := b.newSheet("Target picture")
	b.put(s, 1, 1, b.l.T("Target picture")+": "+r.Meta.Client, "title")
	for _, c := range []string{"A", "C", "E"} {
		b.check(b.f.SetColWidth(s, c, c, 58))
	}
	b.check(b.f.SetColWidth(s, "B", "B", 3))
	b.check(b.f.SetColWidth(s, "D", "D", 3))
	b.check(b.f.SetColWidth(s, "F", "F", 4))
	partyNames := map[string]string{}
	for _, p := range r.Parties {
		partyNames[p.ID] = p.Name
	}
	pics := map[roadmap.Element]roadmap.ElementPicture{}
	for _, e := range r.Target.Elements {
		pics[e.Element] = e
	}
	type group struct {
		label string
		items []roadmap.Selection
	}
	groupsOf := func(p roadmap.ElementPicture) []group {
		var gs []group
		for _, g := range []group{{"Features", p.Features}, {"Services", p.Services}, {"Revenue streams", p.RevenueStreams}} {
			if len(g.items) > 0 {
				gs = append(gs, g)
			}
		}
		return gs
	}
	// Every block gets the height of the tallest, so the grid lines up.
	height := 0
	for _, e := range r.Target.Elements {
		n := 3
		for _, g := range groupsOf(e) {
			n += 1 + len(g.items)
		}
		height = max(height, n)
	}
	top := 3
	layout := []struct {
		el       roadmap.Element
		col, row int
	}{
		{roadmap.DirectSales, 1, top}, {roadmap.AfterSales, 5, top},
		{roadmap.Login, 3, top + height + 1},
		{roadmap.SelfService, 1, top + 2*height + 2}, {roadmap.DigitalService, 5, top + 2*height + 2},
	}
	for _, pos := range layout {
		p := pics[pos.el]
		el := string(pos.el)
		b.put(s, pos.col, pos.row, b.l.T(el), "el-"+el)
		row := pos.row + 1
		for _, g := range groupsOf(p) {
			b.put(s, pos.col, row, strings.ToUpper(b.l.T(g.label)), "group-"+el)
			row++
			for _, it := range g.items {
				mark := string(it.Category)
				if it.Pinned {
					mark += ", " + b.l.T("Pinned")
				}
				b.put(s, pos.col, row, fmt.Sprintf("%s (%s)", it.Name, mark), "box-"+el)
				row++
			}
		}
		var parties []string
		for _, id := range p.Parties {
			parties = append(parties, partyNames[id])
		}
		if len(parties) > 0 {
			b.put(s, pos.col, row, b.l.T("External parties")+": "+strings.Join(parties, ", "), "box-"+el)
			row++
		}
		for ; row < pos.row+height; row++ {
			b.put(s, pos.col, row, "", "box-"+el)
		}
	}
	// Every decision, filterable, to the right of the picture.
	var rows [][]any
	add := func(ss []roadmap.Selection) {
		for _, it := range ss {
			rows = append(rows, []any{it.ID, it.Name, b.l.T(string(it.Element)), b.l.T(string(it.Kind)), string(it.Category), it.Source, b.l.T(it.Decision), it.Reason, it.Pinned})
		}
	}
	for _, e := range r.Target.Elements {
		add(e.Features)
		add(e.Services)
		add(e.RevenueStreams)
	}
	add(r.Target.Discuss)
	add(r.Target.Out)
	b.put(s, 7, top-1, b.l.T("Decision"), "subtitle")
	b.tableAt(s, top, 7, []column{{"Id", 22, ""}, {"Name", 44, ""}, {"Element", 15, ""}, {"Kind", 13, ""}, {"Category", 9, "center"}, {"Source", 10, ""},
		{"Decision", 16, ""}, {"Reason", 50, ""}, {"Pinned", 9, ""}}, rows)
}

func (b *book) kanoSheet(r *analysis.Report) {
	s := b.newSheet("Kano")
	k := r.Kano
	if k == nil {
		b.notAssessed(s)
		return
	}
	cols := []column{{"Rank", 6, "int"}, {"Id", 22, ""}, {"Name", 40, "wrap"}, {"Element", 14, ""}, {"Kind", 12, ""}, {"n", 6, "int"},
		{"A", 5, "int"}, {"O", 5, "int"}, {"M", 5, "int"}, {"I", 5, "int"}, {"R", 5, "int"}, {"Q", 5, "int"},
		{"Category", 9, "center"}, {"Mixed", 8, "center"}, {"Significant", 11, ""}, {"Better", 8, "dec"}, {"Worse", 8, "dec"}, {"|Worse|", 8, "dec"},
		{"Total strength", 9, "dec"}, {"Category strength", 10, "dec"}, {"Functional mean", 11, "dec"}, {"Dysfunctional mean", 12, "dec"},
		{"Importance", 11, "dec"}, {"Priority", 9, "dec"}, {"Flags", 22, ""}}
	var rows [][]any
	for _, f := range k.Features {
		c := f.Counts
		rows = append(rows, []any{f.Rank, f.ID, f.Name, b.l.T(f.Element), b.l.T(f.Kind), f.N, c.A, c.O, c.M, c.I, c.R, c.Q,
			string(f.Category), string(f.Mixed), f.Significant, f.Better, f.Worse, -f.Worse, f.TotalStrength, f.CategoryStrength,
			f.Continuous.FunctionalMean, f.Continuous.DysfunctionalMean, f.Continuous.ImportanceMean, f.Continuous.Priority, strings.Join(f.Flags, ", ")})
	}
	last := b.table(s, 1, cols, rows)
	// Features come in priority order, so each category's rows are
	// contiguous: one scatter series per category.
	var series []excelize.ChartSeries
	for i := 0; i < len(k.Features); {
		cat := k.Features[i].Category
		j := i
		for j < len(k.Features) && k.Features[j].Category == cat {
			j++
		}
		if cat != kano.NoCategory {
			series = append(series, excelize.ChartSeries{
				Name: b.l.T(cat.Name()), Categories: ref(s, 18, i+2, j+1), Values: ref(s, 16, i+2, j+1),
				Marker: excelize.ChartMarker{Symbol: "circle", Size: 8, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{palette.category[cat]}}},
			})
		}
		i = j
	}
	one, zero := 1.0, 0.0
	b.chart(s, cell(len(cols)+2, 2), &excelize.Chart{Type: excelize.Scatter, Series: series,
		Title:     title(b.l.T("Kano portfolio") + ": " + b.l.T("Better vs |Worse|")),
		XAxis:     excelize.ChartAxis{Title: title("|Worse|"), Minimum: &zero, Maximum: &one, MajorGridLines: true},
		YAxis:     excelize.ChartAxis{Title: title("Better"), Minimum: &zero, Maximum: &one, MajorGridLines: true},
		Legend:    excelize.ChartLegend{Position: "bottom"},
		Dimension: excelize.ChartDimension{Width: 640, Height: 480}})
	_ = last
}

func (b *book) segmentSheet(r *analysis.Report) {
	s := b.newSheet("Segments")
	k := r.Kano
	if k == nil || len(k.Segments) == 0 {
		b.notAssessed(s)
		return
	}
	cols := []column{{"Rank", 6, "int"}, {"Id", 22, ""}, {"Name", 40, "wrap"}, {"Category", 9, "center"}}
	for _, sg := range k.Segments {
		cols = append(cols, column{sg.Value + " n", 8, "int"}, column{sg.Value + " " + b.l.T("Category"), 10, "center"},
			column{sg.Value + " Better", 9, "dec"}, column{sg.Value + " Worse", 9, "dec"})
	}
	cols = append(cols, column{"Differs", 12, ""}, column{"Significant", 11, ""}, column{"p", 10, "dec"})
	var rows [][]any
	for _, f := range k.Features {
		row := []any{f.Rank, f.ID, f.Name, f.String()}
		for _, sg := range k.Segments {
			sr := f.Segments[sg.Value]
			row = append(row, sr.N, sr.String(), sr.Better, sr.Worse)
		}
		if d := f.SegmentDifference; d != nil {
			row = append(row, b.l.T("yes"), d.Significant, d.P)
		} else {
			row = append(row, b.l.T("no"), "", nil)
		}
		rows = append(rows, row)
	}
	b.table(s, 1, cols, rows)
	var series []excelize.ChartSeries
	for i, sg := range k.Segments {
		series = append(series, excelize.ChartSeries{Name: sg.Value, Categories: ref(s, 3, 2, len(rows)+1), Values: ref(s, 7+4*i, 2, len(rows)+1),
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{[]string{palette.accent, "F39C12", "27AE60", "8E44AD"}[i%4]}}})
	}
	one := 1.0
	b.chart(s, cell(len(cols)+2, 2), &excelize.Chart{Type: excelize.Bar, Series: series,
		Title:     title(b.l.T("Segment comparison") + ": Better"),
		XAxis:     excelize.ChartAxis{ReverseOrder: true},
		YAxis:     excelize.ChartAxis{Maximum: &one, MajorGridLines: true},
		Legend:    excelize.ChartLegend{Position: "top"},
		Dimension: excelize.ChartDimension{Width: 640, Height: uint(max(400, 18*len(rows)))}})
}

func (b *book) coverageSheet(r *analysis.Report) {
	s := b.newSheet("Journey coverage")
	j := r.Journey
	if j == nil {
		b.notAssessed(s)
		return
	}
	b.check(b.f.SetColWidth(s, "A", "A", 28))
	grid := func(top int, titleText string, value func(journey.Count) int) int {
		b.put(s, 1, top, b.l.T(titleText), "subtitle")
		b.put(s, 1, top+1, b.l.T("Stage"), "header")
		for ci, c := range j.Channels {
			b.put(s, ci+2, top+1, c.Name, "header")
			name, _ := excelize.ColumnNumberToName(ci + 2)
			b.check(b.f.SetColWidth(s, name, name, 13))
		}
		for si, st := range j.Stages {
			b.put(s, 1, top+2+si, st.Name, "text")
			for ci := range j.Channels {
				b.put(s, ci+2, top+2+si, value(j.Coverage.Cells[si][ci]), "matrix")
			}
		}
		last := top + 1 + len(j.Stages)
		rng := cell(2, top+2) + ":" + cell(len(j.Channels)+1, last)
		b.check(b.f.SetConditionalFormat(s, rng, []excelize.ConditionalFormatOptions{{Type: "3_color_scale", Criteria: "=",
			MinType: "min", MidType: "percentile", MidValue: "50", MaxType: "max", MinColor: "#F7FBFF", MidColor: "#9ECAE1", MaxColor: "#08519C"}}))
		return last
	}
	end := grid(1, "Touchpoints per stage and channel", func(c journey.Count) int { return c.Touchpoints })
	b.check(b.f.SetPanes(s, &excelize.Panes{Freeze: true, XSplit: 1, TopLeftCell: "B1", ActivePane: "topRight"}))
	end = grid(end+3, "Features served per stage and channel", func(c journey.Count) int { return c.Features })
	b.put(s, 1, end+3, b.l.T("Holes"), "subtitle")
	var rows [][]any
	for _, h := range j.Holes {
		var cats []string
		keys := make([]string, 0, len(h.Categories))
		for k := range h.Categories {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			cats = append(cats, fmt.Sprintf("%s %d", k, h.Categories[k]))
		}
		rows = append(rows, []any{h.Persona, h.Stage, b.l.T(h.Kind), h.Touchpoints, strings.Join(cats, ", ")})
	}
	b.table(s, end+4, []column{{"Persona", 0, ""}, {"Stage", 0, ""}, {"Kind of hole", 0, ""}, {"Touchpoints", 0, "int"}, {"Category", 0, ""}}, rows)
	for _, c := range []string{"C", "D", "E", "F"} { // the holes table's wider columns under the grid
		w, _ := b.f.GetColWidth(s, c)
		b.check(b.f.SetColWidth(s, c, c, max(w, 16)))
	}
}

func (b *book) rolesSheet(r *analysis.Report) {
	s := b.newSheet("Channel roles")
	j := r.Journey
	if j == nil {
		b.notAssessed(s)
		return
	}
	b.check(b.f.SetColWidth(s, "A", "A", 26))
	b.put(s, 1, 1, b.l.T("Channel-role matrix"), "subtitle")
	b.put(s, 1, 2, b.l.T("Channel"), "header")
	for pi, p := range j.Phases {
		b.put(s, pi+2, 2, p.Name, "header")
		name, _ := excelize.ColumnNumberToName(pi + 2)
		b.check(b.f.SetColWidth(s, name, name, 15))
	}
	for ci, c := range j.Channels {
		b.put(s, 1, 3+ci, fmt.Sprintf("%s (%s)", c.Name, c.Cost), "text")
		for pi, p := range j.Phases {
			role := j.Roles[c.ID][p.ID]
			if role == "" {
				role = journey.RoleNone
			}
			b.put(s, pi+2, 3+ci, b.l.T(string(role)), "center")
		}
	}
	last := 2 + len(j.Channels)
	rng := cell(2, 3) + ":" + cell(len(j.Phases)+1, last)
	for _, role := range []journey.Role{journey.RoleLead, journey.RolePrimary, journey.RoleSupport} {
		font := &excelize.Font{Color: "FFFFFF", Bold: true}
		if role == journey.RoleSupport {
			font = &excelize.Font{Color: palette.ink}
		}
		style, err := b.f.NewConditionalStyle(&excelize.Style{Font: font, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{palette.roles[role]}}})
		b.check(err)
		b.check(b.f.SetConditionalFormat(s, rng, []excelize.ConditionalFormatOptions{{Type: "cell", Criteria: "==", Format: &style,
			Value: `"` + b.l.T(string(role)) + `"`}}))
	}
	cfg := j.Configuration
	omni := b.l.T("no")
	if cfg.OmniChannel {
		omni = b.l.T("yes")
	}
	b.put(s, 1, last+2, b.l.T("Closest model")+": "+string(cfg.Closest)+"; "+b.l.T("Omni-channel")+": "+omni, "subtitle")
	var rows [][]any
	for _, sc := range cfg.Scores {
		var cs []string
		for _, c := range sc.Contradictions {
			cs = append(cs, fmt.Sprintf("%s: %s (%s)", c.Phase, c.Found, c.Expected))
		}
		rows = append(rows, []any{string(sc.Model), fmt.Sprintf("%d/%d", sc.Met, sc.Expected), strings.Join(cs, "; ")})
	}
	end := b.table(s, last+3, []column{{"Model", 0, ""}, {"Fit", 0, "center"}, {"Contradictions", 0, "wrap"}}, rows)
	b.put(s, 1, end+2, b.l.T("Omni-channel processes"), "subtitle")
	rows = nil
	for _, p := range j.Processes {
		var miss []string
		for _, st := range p.Steps {
			if !st.Met {
				miss = append(miss, fmt.Sprintf("%s @ %s / %s", st.Function, st.Stage, st.Channel))
			}
		}
		rows = append(rows, []any{p.Name, p.Status, strings.Join(miss, "; ")})
	}
	b.table(s, end+3, []column{{"Processes", 0, ""}, {"Support", 0, "center"}, {"Missing", 0, "wrap"}}, rows)
}

func (b *book) readinessSheet(r *analysis.Report) {
	s := b.newSheet("Readiness")
	rd := r.Readiness
	if rd == nil {
		b.notAssessed(s)
		return
	}
	cols := []column{{"Rank", 6, "int"}, {"Id", 18, ""}, {"Dimension", 34, "wrap"}, {"Importance", 11, "dec"}, {"Current", 9, "dec"}, {"Target", 9, "dec"},
		{"Gap", 9, "dec"}, {"Weighted gap", 12, "dec"}, {"Disagreement", 13, "int"}, {"Missing", 9, "int"}}
	for _, rt := range rd.Raters {
		cols = append(cols, column{rt.Name, 12, "dec"})
	}
	var rows [][]any
	for _, d := range rd.Dimensions {
		var rank any = d.Rank
		if !d.IsRated() {
			rank = b.l.T("not rated")
		}
		row := []any{rank, d.ID, d.Name, d.Importance, d.Current, d.Target, d.Gap, d.WeightedGap, d.Disagreements, d.Missing}
		for _, rt := range rd.Raters {
			if v, ok := d.RaterScores[rt.ID]; ok {
				row = append(row, v)
			} else {
				row = append(row, nil)
			}
		}
		rows = append(rows, row)
	}
	last := b.table(s, 1, cols, rows)
	b.put(s, 1, last+2, fmt.Sprintf("%s %.1f / 100; %s %.1f%%", b.l.T("Readiness index"), rd.Index, b.l.T("Target attainment"), rd.TargetAttainment), "subtitle")
	b.chart(s, cell(len(cols)+2, 2), &excelize.Chart{Type: excelize.Radar,
		Series: []excelize.ChartSeries{
			{Name: b.l.T("Current"), Categories: ref(s, 3, 2, last), Values: ref(s, 5, 2, last), Line: excelize.LineOptions{Width: 2.25},
				Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{palette.accent}}},
			{Name: b.l.T("Target"), Categories: ref(s, 3, 2, last), Values: ref(s, 6, 2, last), Line: excelize.LineOptions{Width: 2.25},
				Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{palette.critical}}},
		},
		Title:     title(b.l.T("Readiness dimensions, current and target")),
		Legend:    excelize.ChartLegend{Position: "bottom"},
		Dimension: excelize.ChartDimension{Width: 620, Height: 520}})
	// Every question with the raw ratings of each rater.
	top := last + 4
	qcols := []column{{"Question", 0, ""}, {"Dimension", 0, ""}, {"Name", 0, "wrap"}, {"n", 0, "int"}, {"Mean", 0, "dec"}, {"Median", 0, "dec"},
		{"SD", 0, "dec"}, {"Target", 0, "dec"}, {"Gap", 0, "dec"}, {"Disagreement", 0, ""}}
	for _, rt := range rd.Raters {
		qcols = append(qcols, column{rt.ID, 0, "int"})
	}
	rows = nil
	for _, q := range rd.Questions {
		dis := ""
		if q.Disagreement != nil {
			dis = strings.Join(q.Disagreement.Low, ", ") + " ↔ " + strings.Join(q.Disagreement.High, ", ")
		}
		row := []any{q.ID, q.Dimension, q.Text, q.N, q.Mean, q.Median, q.SD, q.Target, q.Gap, dis}
		for _, rt := range rd.Raters {
			if v, ok := q.Ratings[rt.ID]; ok {
				row = append(row, v)
			} else {
				row = append(row, nil)
			}
		}
		rows = append(rows, row)
	}
	b.table(s, top, qcols, rows)
}

func (b *book) capabilitySheet(r *analysis.Report) {
	s := b.newSheet("Capabilities")
	c := r.Capabilities
	if c == nil {
		b.notAssessed(s)
		return
	}
	cols := []column{{"#", 5, "int"}, {"Id", 24, ""}, {"Name", 38, "wrap"}, {"Element", 13, ""}, {"Dimension", 16, ""}, {"Current", 8, "int"}, {"Target", 8, "int"},
		{"Gap", 6, "int"}, {"Effort", 8, "dec"}, {"Months", 8, "dec"}, {"Wave", 6, "int"}, {"Start", 7, "dec"}, {"Finish", 7, "dec"}, {"Slack", 7, "dec"},
		{"Critical", 9, ""}, {"Fan-in", 7, "int"}, {"Fan-out", 8, "int"}, {"Needs", 40, "wrap"}}
	var rows [][]any
	for i, x := range c.Capabilities {
		rows = append(rows, []any{i + 1, x.ID, x.Name, x.Element, x.Dimension, x.Current, x.Target, x.Gap, x.Effort, x.Duration, x.Wave,
			x.Start, x.Finish, x.Slack, x.Critical, x.FanIn, x.FanOut, strings.Join(x.DependsOn, ", ")})
	}
	last := b.table(s, 1, cols, rows)
	// The dependency matrix (design structure matrix).
	top := last + 3
	n := len(c.Capabilities)
	b.put(s, 1, top-1, b.l.T("Dependency matrix (row needs column)"), "subtitle")
	for j := range c.Capabilities {
		b.put(s, 3+j, top, j+1, "header")
	}
	for i, x := range c.Capabilities {
		b.put(s, 1, top+1+i, i+1, "int")
		b.put(s, 2, top+1+i, x.ID, "text")
		for j := range c.Capabilities {
			switch {
			case i == j:
				b.put(s, 3+j, top+1+i, "", "diag")
			case c.Matrix[i][j]:
				b.put(s, 3+j, top+1+i, "x", "matrix")
			default:
				b.put(s, 3+j, top+1+i, "", "matrix")
			}
		}
	}
	style, err := b.f.NewConditionalStyle(&excelize.Style{Font: &excelize.Font{Color: "FFFFFF", Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{palette.header}}})
	b.check(err)
	b.check(b.f.SetConditionalFormat(s, cell(3, top+1)+":"+cell(2+n, top+n), []excelize.ConditionalFormatOptions{{Type: "cell", Criteria: "==", Format: &style, Value: `"x"`}}))
}

func (b *book) roadmapSheet(r *analysis.Report) {
	s := b.newSheet("Roadmap")
	rm := r.Roadmap
	if rm == nil {
		b.notAssessed(s)
		return
	}
	cols := []column{{"Step", 6, "int"}, {"Name", 52, "wrap"}, {"Start", 8, "dec"}, {"Duration", 9, "dec"}, {"Finish", 8, "dec"},
		{"Start month", 12, "center"}, {"End month", 12, "center"}, {"Critical", 9, ""}, {"Note", 70, ""}}
	var rows [][]any
	for _, it := range rm.Items {
		name := it.Name
		if strings.HasPrefix(it.ID, "step-") {
			name = b.l.T(it.Name)
		} else {
			name = "    " + name
			if it.AssignsPeople {
				name += " (" + b.l.T("people assigned to new roles at the end of step 5") + ")"
			}
		}
		rows = append(rows, []any{it.Step, name, it.Start, it.Finish - it.Start, it.Finish, it.StartMonth, it.EndMonth, it.Critical, it.Note})
	}
	last := b.table(s, 1, cols, rows)
	// Bold the step rows.
	for i, it := range rm.Items {
		if strings.HasPrefix(it.ID, "step-") {
			b.check(b.f.SetCellStyle(s, cell(2, 2+i), cell(2, 2+i), b.styles["critical"]))
		}
	}
	// A Gantt chart: a stacked bar whose first series (the offset) has no
	// fill, with the category axis reversed so step 1 is on top.
	b.chart(s, cell(len(cols)+2, 2), &excelize.Chart{Type: excelize.BarStacked,
		Series: []excelize.ChartSeries{
			{Name: b.l.T("Offset"), Categories: ref(s, 2, 2, last), Values: ref(s, 3, 2, last), Fill: excelize.Fill{Type: "pattern", Pattern: 0}},
			{Name: b.l.T("Duration"), Categories: ref(s, 2, 2, last), Values: ref(s, 4, 2, last),
				Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{palette.accent}}},
		},
		Title:     title(b.l.T("Seven-step roadmap") + " (" + b.l.T("months") + ")"),
		XAxis:     excelize.ChartAxis{ReverseOrder: true},
		YAxis:     excelize.ChartAxis{MajorGridLines: true, Title: title(b.l.T("months"))},
		Legend:    excelize.ChartLegend{Position: "none"},
		Dimension: excelize.ChartDimension{Width: 900, Height: uint(max(420, 20*len(rows)))}})
}
