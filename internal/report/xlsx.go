package report

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/dsc-workbench/dsc/third_party/excelize"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/internal/xlsxutil"
)

// book wraps an excelize file with the styles and helpers every sheet uses.
// Each sheet is written by one function in its own xlsx_*.go file.
type book struct {
	f      *excelize.File
	r      *analysis.Report
	l      text.Lang
	styles *styles
	err    error
	// titles is the header row each sheet repeats on every printed page.
	titles map[string]int
	// layouts holds what each sheet's print setup needs (see xlsx_layout.go).
	layouts map[string]*layout
	fixes   chartFixes
}

// WriteXLSX renders the workbook: one sheet per view, each table declared
// once with its columns, each chart beside its table and fed from it.
func WriteXLSX(r *analysis.Report, w io.Writer) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStylesIn(f, text.LangOf(r.Meta.Language))
	if err != nil {
		return err
	}
	b := &book{f: f, r: r, l: text.LangOf(r.Meta.Language), styles: st, titles: map[string]int{}, layouts: map[string]*layout{}, fixes: chartFixes{pointColors: map[string][]string{}}}
	for i, sheet := range sheetsFor(r) {
		name := b.l.T(sheet.title)
		if i == 0 {
			b.check(f.SetSheetName("Sheet1", name))
		} else if _, err := f.NewSheet(name); err != nil {
			b.check(fmt.Errorf("sheet %s: %w", name, err))
		}
		if sheet.has != nil && !sheet.has(r) {
			b.notAssessed(name)
		} else {
			sheet.write(b, name)
		}
		b.printSetup(name)
	}
	f.SetActiveSheet(0)
	if b.err != nil {
		return fmt.Errorf("build workbook: %w", b.err)
	}
	return xlsxutil.WriteWith(f, w, b.fixes.fix)
}

// sheets lists the workbook's sheets in order: its title, whether the
// report has the data (nil: always), and its writer.
var sheets = []struct {
	title text.Key
	has   func(*analysis.Report) bool
	write func(*book, string)
}{
	{text.Summary, nil, (*book).summarySheet},
	{text.TargetPicture, nil, (*book).targetSheet},
	{text.DecisionLog, nil, (*book).decisionSheet},
	{text.Kano, hasKano, (*book).kanoSheet},
	{text.KanoPortfolio, hasKano, (*book).portfolioSheet},
	{text.Segments, hasSegments, (*book).segmentSheet},
	{text.SegmentComparison, hasSegments, (*book).segmentChartSheet},
	{text.SurveyWaves, hasKano, (*book).wavesSheet},
	{text.JourneyCoverage, hasJourney, (*book).coverageSheet},
	{text.Holes, hasJourney, (*book).holesSheet},
	{text.ChannelRoles, hasJourney, (*book).rolesSheet},
	{text.OmniChannelProcesses, hasJourney, (*book).processSheet},
	{text.Readiness, hasReadiness, (*book).readinessSheet},
	{text.RaterHeatMap, hasReadiness, (*book).questionSheet},
	{text.Capabilities, hasCapabilities, (*book).capabilitySheet},
	{text.CapabilityHeatMap, hasCapabilities, (*book).heatSheet},
	{text.DependencyMatrix, hasCapabilities, (*book).dsmSheet},
	{text.Roadmap, hasRoadmap, (*book).roadmapSheet},
	{text.GanttChart, hasRoadmap, (*book).ganttSheet},
}

func hasKano(r *analysis.Report) bool         { return r.Kano != nil }
func hasSegments(r *analysis.Report) bool     { return r.Kano != nil && len(r.Kano.Segments) > 1 }
func hasJourney(r *analysis.Report) bool      { return r.Journey != nil }
func hasReadiness(r *analysis.Report) bool    { return r.Readiness != nil }
func hasCapabilities(r *analysis.Report) bool { return r.Capabilities != nil }
func hasRoadmap(r *analysis.Report) bool      { return r.Roadmap != nil }

func (b *book) check(err error) {
	if err != nil && b.err == nil {
		b.err = err
	}
}

// cell names a cell from 1-based column and row.
func cell(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}

func colName(col int) string {
	n, _ := excelize.ColumnNumberToName(col)
	return n
}

// ref is an absolute reference to a column's rows r1..r2 for chart series.
func ref(sheet string, col, r1, r2 int) string {
	return fmt.Sprintf("%s!$%s$%d:$%s$%d", quoteSheet(sheet), colName(col), r1, colName(col), r2)
}

// cellRef is an absolute reference to one cell, e.g. a series name.
func cellRef(sheet string, col, row int) string {
	return fmt.Sprintf("%s!$%s$%d", quoteSheet(sheet), colName(col), row)
}

func quoteSheet(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// month is a calendar month "YYYY-MM" written as a real date (its first
// day) with a month format.
type month string

// put writes one value: strings always as plain text (a name starting with
// "=" never becomes a formula), numbers as numbers, months as dates.
func (b *book) put(sheet string, col, row int, v any, st style) {
	c := cell(col, row)
	switch x := v.(type) {
	case nil:
	case string:
		b.check(b.f.SetCellStr(sheet, c, x))
	case int:
		b.check(b.f.SetCellInt(sheet, c, int64(x)))
	case float64:
		b.check(b.f.SetCellFloat(sheet, c, x, -1, 64))
	case *float64:
		if x != nil {
			b.check(b.f.SetCellFloat(sheet, c, *x, -1, 64))
		}
	case bool:
		b.check(b.f.SetCellStr(sheet, c, b.yesNo(x)))
	case month:
		t, err := time.Parse("2006-01", string(x))
		if err != nil {
			b.check(b.f.SetCellStr(sheet, c, string(x)))
			break
		}
		b.check(b.f.SetCellFloat(sheet, c, excelSerial(t), -1, 64))
	default:
		b.check(fmt.Errorf("cell %s!%s: unsupported value %T", sheet, c, v))
	}
	b.setStyle(sheet, c, c, st)
	l := b.layoutOf(sheet)
	l.lastCol, l.lastRow = max(l.lastCol, col), max(l.lastRow, row)
}

// excelSerial is a date's Excel serial number (days since 1899-12-30).
func excelSerial(t time.Time) float64 {
	return t.Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24
}

func (b *book) setStyle(sheet, from, to string, st style) {
	id, err := b.styles.id(st)
	if err != nil {
		b.check(fmt.Errorf("%s!%s: %w", sheet, from, err))
		return
	}
	if id != 0 {
		b.check(b.f.SetCellStyle(sheet, from, to, id))
	}
}

func (b *book) yesNo(x bool) string {
	if x {
		return b.l.T(text.Yes)
	}
	return b.l.T(text.No)
}

func (b *book) width(sheet string, col int, w float64) {
	b.check(b.f.SetColWidth(sheet, colName(col), colName(col), w))
}

// wrapRow writes a long text across the merged columns from..to of a row
// and sets the row height for the lines it needs in their width (set the
// columns' widths first).
func (b *book) wrapRow(sheet string, row, from, to int, s string) {
	b.put(sheet, from, row, s, styleWrapText)
	if to > from {
		b.check(b.f.MergeCell(sheet, cell(from, row), cell(to, row)))
	}
	b.check(b.f.SetRowHeight(sheet, row, rowHeight(wrappedLines(s, b.widthOf(sheet, from, to)))))
}

func (b *book) notAssessed(sheet string) {
	b.put(sheet, 1, 1, b.l.T(text.NotAssessed)+": "+b.l.T(text.NotAssessedHint), styleNote)
	b.width(sheet, 1, 80)
}

// column is one column of a table: its header (from the catalogue, or a
// name from the workspace), width, style and how a row gives its value.
type column[T any] struct {
	key   text.Key
	head  string
	width float64
	style style
	value func(T) any
}

// table is a filterable table on a sheet: the header at row top, the first
// column at left, one row per item.
type table[T any] struct {
	sheet     string
	top, left int
	cols      []column[T]
	rows      []T
}

// col is the sheet column of the table column with the catalogue key k;
// charts take their ranges from it.
func (t *table[T]) col(k text.Key) int {
	for i, c := range t.cols {
		if c.key == k && c.head == "" {
			return t.left + i
		}
	}
	panic(fmt.Sprintf("table on %s has no column %d", t.sheet, k))
}

// nameCols is how many leading columns name a row (through the first
// name column among the first three); a sheet split across printed pages
// repeats them. Zero when no name leads the table.
func (t *table[T]) nameCols() int {
	for i, c := range t.cols[:min(3, len(t.cols))] {
		if c.head == "" && (c.key == text.Name || c.key == text.Competitor || c.key == text.Capability) {
			return i + 1
		}
	}
	return 0
}

// first and last are the table's first and last data rows.
func (t *table[T]) first() int { return t.top + 1 }
func (t *table[T]) last() int  { return t.top + len(t.rows) }

// rangeOf is the chart reference of a column's rows i..j (0-based, inclusive).
func (t *table[T]) rangeOf(col, i, j int) string { return ref(t.sheet, col, t.first()+i, t.first()+j) }

// write puts the header and rows; the header repeats on printed pages and,
// at the top of a sheet, stays frozen.
func writeTable[T any](b *book, t *table[T]) {
	lines := 1 // of the tallest header: the header row grows to show it whole
	for i, c := range t.cols {
		head := c.head
		if head == "" {
			head = b.l.T(c.key)
		}
		b.put(t.sheet, t.left+i, t.top, head, styleHeader)
		if c.width > 0 {
			b.width(t.sheet, t.left+i, c.width)
		}
		if w := b.widthOf(t.sheet, t.left+i, t.left+i); wordsFit(head, w) > w {
			// a header wraps between words, never inside one ("Kategorie-
			// stärke" read as two words in a German Kano sheet)
			b.width(t.sheet, t.left+i, wordsFit(head, w))
		}
		lines = max(lines, wrappedLines(head, boldWidth(b.widthOf(t.sheet, t.left+i, t.left+i))))
	}
	if lines > 1 {
		b.check(b.f.SetRowHeight(t.sheet, t.top, rowHeight(lines)))
	}
	widths := make([]float64, len(t.cols)) // a column without its own width has the sheet's
	for i := range t.cols {
		widths[i] = b.widthOf(t.sheet, t.left+i, t.left+i)
	}
	for r, row := range t.rows {
		lines := 1
		for i, c := range t.cols {
			st := c.style
			if st == styleNone {
				st = styleText
			}
			v := c.value(row)
			if _, ok := v.(string); ok && numberStyle[st] {
				st = styleCenter // a word for no number ("–") sits mid-column, not flush left among numbers
			}
			// text longer than its column wraps, and the row grows to show it:
			// a printed cell never cuts a name
			if s, ok := v.(string); ok && (st == styleText || st == styleWrapCell) {
				if n := wrappedLines(s, widths[i]); n > 1 {
					st, lines = styleWrapCell, max(lines, n)
				}
			}
			b.put(t.sheet, t.left+i, t.first()+r, v, st)
		}
		if lines > 1 {
			b.check(b.f.SetRowHeight(t.sheet, t.first()+r, rowHeight(lines)))
		}
	}
	if len(t.rows) > 0 {
		b.check(b.f.AutoFilter(t.sheet, cell(t.left, t.top)+":"+cell(t.left+len(t.cols)-1, t.last()), nil))
	}
	if _, ok := b.titles[t.sheet]; !ok {
		b.titles[t.sheet] = t.top
		if t.left == 1 {
			b.layoutOf(t.sheet).titleCols = t.nameCols()
		}
		b.check(b.f.SetPanes(t.sheet, &excelize.Panes{Freeze: true, YSplit: t.top, TopLeftCell: cell(1, t.top+1), ActivePane: "bottomLeft"}))
	}
}

// chart adds a chart anchored at a cell; axes and titles use the ink colour
// so they read on screen and in print.
func (b *book) chart(sheet, at string, c *excelize.Chart) {
	no := false
	c.VaryColors = &no // one colour per series, not per point
	ink := excelize.Font{Color: palette.ink, Size: 9}
	c.XAxis.Font, c.YAxis.Font = ink, ink
	c.Legend.Font = &excelize.Font{Color: palette.ink, Size: 9}
	b.check(b.f.AddChart(sheet, at, c))
	col, _, err := excelize.CellNameToCoordinates(at)
	b.check(err)
	width := float64(c.Dimension.Width)
	if width == 0 {
		width = 480 // excelize's default
	}
	if l := b.layoutOf(sheet); col > 0 {
		left := 0.0
		for i := 1; i < col; i++ {
			w, err := b.f.GetColWidth(sheet, colName(i))
			b.check(err)
			left += colPixels(w)
		}
		l.chartPx = max(l.chartPx, left+width)
		if l.chartCol == 0 || col < l.chartCol {
			l.chartCol = col
		}
	}
}

func (b *book) title(k text.Key, extra ...string) excelize.ChartTitle {
	s := b.l.T(k)
	for _, e := range extra {
		s += ": " + e
	}
	return chartTitle(s)
}

func chartTitle(s string) excelize.ChartTitle {
	return excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: s, Font: &excelize.Font{Bold: true, Color: palette.ink, Size: 11}}}}
}
