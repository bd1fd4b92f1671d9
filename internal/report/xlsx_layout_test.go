package report

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/third_party/excelize"
)

// The Kano table is too wide to shrink onto one page readably (it would
// print at about 45 %): it splits across pages at a zoom of 60 % or more,
// a row's pages in sequence, its rank and name columns and its header row
// repeated on every page. The narrow Summary still fits one page wide.
func TestWideSheetPrintsSplitWithTitles(t *testing.T) {
	f := openBook(t, renderTo(t, exampleReport(t, "automotive-aftermarket"), WriteXLSX))
	lay, err := f.GetPageLayout("Kano")
	if err != nil {
		t.Fatal(err)
	}
	if lay.AdjustTo == nil || *lay.AdjustTo < minScale || *lay.AdjustTo > 100 {
		t.Errorf("Kano zoom %v, want %d..100 %%", lay.AdjustTo, minScale)
	}
	if lay.FitToWidth != nil && *lay.FitToWidth == 1 {
		t.Error("Kano is shrunk to one page wide")
	}
	if lay.Orientation == nil || *lay.Orientation != "landscape" || lay.PageOrder == nil || *lay.PageOrder != "overThenDown" {
		t.Errorf("Kano orientation %v, order %v", lay.Orientation, lay.PageOrder)
	}
	props, _ := f.GetSheetProps("Kano")
	if props.FitToPage != nil && *props.FitToPage {
		t.Error("Kano fits to page")
	}
	if got := printTitles(t, f, "Kano"); got != "'Kano'!$A:$B,'Kano'!$1:$1" {
		t.Errorf("Kano print titles %q, want rank and name columns and the header row", got)
	}
	lay, _ = f.GetPageLayout("Summary")
	if lay.FitToWidth == nil || *lay.FitToWidth != 1 {
		t.Errorf("Summary fit to width %v, want 1", lay.FitToWidth)
	}
	// A split sheet's chart starts a page of its own: a column break before it.
	if got := sheetXML(t, f, "Value and effort"); !strings.Contains(got, "<colBreaks") {
		t.Error("Value and effort: no column break before its chart")
	}
}

func printTitles(t *testing.T, f *excelize.File, sheet string) string {
	t.Helper()
	for _, n := range f.GetDefinedName() {
		if n.Name == "_xlnm.Print_Titles" && n.Scope == sheet {
			return n.RefersTo
		}
	}
	return ""
}

func sheetXML(t *testing.T, f *excelize.File, sheet string) string {
	t.Helper()
	idx, _ := f.GetSheetIndex(sheet)
	path := "xl/worksheets/sheet" + itoa(idx+1) + ".xml"
	var buf strings.Builder
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	g := openBook(t, []byte(buf.String()))
	v, ok := g.Pkg.Load(path)
	if !ok {
		t.Fatalf("no %s", path)
	}
	return string(v.([]byte))
}

// "Decisions to take" never ends a printed page: the summary of both
// examples is longer than its first page can hold with certainty, so a
// manual break puts the heading at the top of the next page, with its items.
func TestSummaryHeadingKeepsWithItems(t *testing.T) {
	for ex, head := range map[string]string{"automotive-aftermarket": "Decisions to take", "intralogistics": "Zu treffende Entscheidungen"} {
		f := openBook(t, renderTo(t, exampleReport(t, ex), WriteXLSX))
		sheet := f.GetSheetList()[0]
		rows, _ := f.GetRows(sheet)
		at := 0
		for i, r := range rows {
			if len(r) > 0 && r[0] == head {
				at = i + 1
			}
		}
		if at == 0 {
			t.Fatalf("%s: no %q", ex, head)
		}
		// a break with id n falls after row n
		breaks := regexp.MustCompile(`<rowBreaks[^>]*>.*?</rowBreaks>`).FindString(sheetXML(t, f, sheet))
		if !strings.Contains(breaks, `id="`+itoa(at-1)+`"`) {
			t.Errorf("%s: no page break before %q (row %d): %s", ex, head, at, breaks)
		}
	}
}

// Numbers in a row whose text wraps sit at the top of their cells, level
// with the first line of the text: every data cell of a wrapped row, on
// every sheet, aligns to the top.
func TestWrappedRowsAlignTop(t *testing.T) {
	for _, ex := range []string{"automotive-aftermarket", "intralogistics"} {
		f := openBook(t, renderTo(t, exampleReport(t, ex), WriteXLSX))
		checked := 0
		for _, sheet := range f.GetSheetList() {
			head := 0
			if n := printTitles(t, f, sheet); n != "" {
				head = atoi(regexp.MustCompile(`\$(\d+)$`).FindStringSubmatch(n)[1])
			}
			rows, _ := f.GetRows(sheet)
			for r, cells := range rows {
				if h, _ := f.GetRowHeight(sheet, r+1); h <= rowHeight(1) || r+1 == head {
					continue
				}
				for c := range cells {
					id, _ := f.GetCellStyle(sheet, cell(c+1, r+1))
					st, _ := f.GetStyle(id)
					if id == 0 || st.Font != nil && (st.Font.Size > 11 || st.Fill.Pattern == 1 && st.Font.Bold) { // unstyled, a title, or a heading band
						continue
					}
					checked++
					if st.Alignment == nil || st.Alignment.Vertical != "top" {
						t.Errorf("%s: %s!%s in a wrapped row is not top-aligned", ex, sheet, cell(c+1, r+1))
					}
				}
			}
		}
		if checked < 100 {
			t.Errorf("%s: only %d cells in wrapped rows", ex, checked)
		}
	}
}

// A table's text never runs out of its printed cell: a name longer than
// its column wraps and its row is tall enough for every line (the German
// decision log's longest names were clipped before).
func TestLongNamesWrapInTheirCells(t *testing.T) {
	f := openBook(t, renderTo(t, exampleReport(t, "intralogistics"), WriteXLSX))
	sheet := "Entscheidungsprotokoll"
	width, _ := f.GetColWidth(sheet, "A")
	rows, _ := f.GetRows(sheet)
	wrapped := 0
	for r, cells := range rows[1:] {
		ref := cell(1, r+2)
		lines := wrappedLines(cells[0], width)
		if lines == 1 {
			continue
		}
		wrapped++
		id, _ := f.GetCellStyle(sheet, ref)
		st, _ := f.GetStyle(id)
		if st.Alignment == nil || !st.Alignment.WrapText {
			t.Errorf("%s %q (%d lines) does not wrap", ref, cells[0], lines)
		}
		if h, _ := f.GetRowHeight(sheet, r+2); h < rowHeight(lines) {
			t.Errorf("%s %q: row %g high, %d lines need %g", ref, cells[0], h, lines, rowHeight(lines))
		}
	}
	if wrapped == 0 {
		t.Error("no name is longer than its column: the test proves nothing")
	}
}

// Revenue is an amount of money: 650000 reads 650,000 (format #,##0), in
// every workbook that has a revenue column.
func TestRevenueHasThousandsSeparators(t *testing.T) {
	for _, ex := range []string{"automotive-aftermarket", "intralogistics"} {
		f := openBook(t, renderTo(t, exampleReport(t, ex), WriteXLSX))
		amounts := 0
		for _, sheet := range f.GetSheetList() {
			rows, _ := f.GetRows(sheet)
			col := -1
			for r, cells := range rows {
				for c, v := range cells {
					if v == "Revenue per year" || v == "Umsatz pro Jahr" {
						col = c
						continue
					}
					if c != col || v == "" {
						continue
					}
					raw, _ := f.GetCellValue(sheet, cell(c+1, r+1), excelize.Options{RawCellValue: true})
					if n, err := strconv.ParseFloat(raw, 64); err != nil || n < 1000 {
						continue
					}
					amounts++
					if !strings.Contains(v, ",") {
						t.Errorf("%s: %s!%s shows %q for %s, want thousands separators", ex, sheet, cell(c+1, r+1), v, raw)
					}
				}
			}
		}
		if amounts == 0 {
			t.Errorf("%s: no revenue amount found", ex)
		}
	}
}

// The Summary's respondents label names the wave ("Respondents (wave
// October 2026 of 2; 420 in all waves)", 55 characters in a 34-wide
// column): it wraps in a row two lines tall instead of being cut off by the
// value beside it.
func TestSummaryLongLabelWraps(t *testing.T) {
	f := openBook(t, renderTo(t, exampleReport(t, "automotive-aftermarket"), WriteXLSX))
	rows, _ := f.GetRows("Summary")
	for r, cells := range rows {
		if len(cells) == 0 || !strings.HasPrefix(cells[0], "Respondents (wave") {
			continue
		}
		id, _ := f.GetCellStyle("Summary", cell(1, r+1))
		st, _ := f.GetStyle(id)
		if st.Alignment == nil || !st.Alignment.WrapText {
			t.Errorf("Summary!A%d %q does not wrap", r+1, cells[0])
		}
		if h, _ := f.GetRowHeight("Summary", r+1); h < rowHeight(2) {
			t.Errorf("Summary row %d is %v pt tall, want at least %v for two lines", r+1, h, rowHeight(2))
		}
		return
	}
	t.Error("no respondents label naming the wave on the Summary sheet")
}

// A header wraps between words, never inside one (seen in LibreOffice).
// Before, the German Kano sheet broke five headers inside the word: E
// "Antworten" and M "Gemischt" (9 wide), Q "Gesamtstärke" and R
// "Kategoriestärke" (11), T "Dysfunktional" (13). Each word now fits its
// column in bold Calibri, as wrappedLines counts it.
func TestHeaderWordsFitTheirColumns(t *testing.T) {
	m := exampleFS(t, "automotive-aftermarket")
	m["dsc.yaml"].Data = []byte(strings.Replace(string(m["dsc.yaml"].Data), "language: en", "language: de", 1))
	f := openBook(t, renderTo(t, build(t, m), WriteXLSX))
	for _, sheet := range []string{"Kano", "Segmente"} {
		rows, err := f.GetRows(sheet)
		if err != nil || len(rows) == 0 {
			t.Fatalf("%s: %v", sheet, err)
		}
		for i, head := range rows[0] {
			name, _ := excelize.ColumnNumberToName(i + 1)
			w, _ := f.GetColWidth(sheet, name)
			for _, word := range strings.Fields(head) {
				if n := wrappedLines(word, boldWidth(w)); n > 1 {
					t.Errorf("%s column %s (%.2f wide): %q breaks into %d lines", sheet, name, w, word, n)
				}
			}
		}
	}
}
