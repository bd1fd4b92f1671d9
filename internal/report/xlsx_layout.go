package report

import (
	"fmt"
	"math"
	"strings"

	"github.com/dsc-workbench/dsc/third_party/excelize"

	"github.com/dsc-workbench/dsc/internal/text"
)

// How a sheet prints: A4 landscape with these margins (inches). A sheet
// that fits one page wide at minScale or more is shrunk to the page width;
// a wider one (the Kano table) is split across pages at a zoom of at least
// minScale, its header row and name columns repeated on each, so no page
// is unreadably small.
const (
	pageWidthIn, pageHeightIn = 11.69, 8.27
	marginSideIn              = 0.5
	marginTopIn               = 0.75 // the header and footer sit 0.3 in from the edge
	marginHeadIn              = 0.3
	minScale                  = 60 // percent
	pixelsPerInch             = 96
	pointsPerInch             = 72
)

// lineHeight is one line of the workbook's 11-point text, in points; a row
// gets 2 points of padding on top of its lines.
const lineHeight = 15

// rowHeight is the height of a row showing the given lines of text.
//
// Excel's rows are at most 409 points high (excelize refuses more): a
// longer text (a pin's reason of a page, a long question) keeps all its
// words in its cell, wrapped; the row shows its first 409 points and the
// cell the rest.
func rowHeight(lines int) float64 { return min(float64(lines)*lineHeight+2, excelize.MaxRowHeight) }

// boldWidth is the width a bold text has to wrap in: Calibri Bold is
// about 2.3 % wider than Regular over header words (Carlito's widths), 5 %
// is counted.
func boldWidth(width float64) float64 { return width / 1.05 }

// wordsFit is the narrowest width from w up, in quarter units, at which
// every word of a bold header fits on a line of its own.
func wordsFit(head string, w float64) float64 {
	for _, word := range strings.Fields(head) {
		for wrappedLines(word, boldWidth(w)) > 1 {
			w = math.Floor(w*4+1) / 4
		}
	}
	return w
}

// colPixels is a column's width on screen and in print (at 96 dpi): Excel
// adds 5 pixels of padding to the 7 pixels of each character unit.
func colPixels(width float64) float64 { return math.Floor(width*7 + 5) }

// widthOf is the width of the columns from..to in character units; a
// merged cell wraps its text in all of them.
func (b *book) widthOf(sheet string, from, to int) float64 {
	w := 0.0
	for c := from; c <= to; c++ {
		cw, err := b.f.GetColWidth(sheet, colName(c))
		b.check(err)
		w += cw
	}
	return w
}

// layout is what the print setup needs to know about a sheet beyond its
// cells: how far right its content reaches, the columns to repeat on each
// page, and the rows to keep on one page.
type layout struct {
	lastCol   int
	chartPx   float64 // the right edge of the rightmost chart, in pixels
	chartCol  int     // the column the leftmost chart is anchored in
	lastRow   int
	titleCols int // columns 1..titleCols repeat on every printed page
	keeps     [][2]int
}

func (b *book) layoutOf(sheet string) *layout {
	if b.layouts == nil {
		b.layouts = map[string]*layout{}
	}
	l, ok := b.layouts[sheet]
	if !ok {
		l = &layout{}
		b.layouts[sheet] = l
	}
	return l
}

// keepWithNext keeps a heading row on one printed page with the first two
// rows after it (up to last): a page that would end among them ends before
// the heading instead, so no heading closes a page. The sheet's rows need
// stored heights for this (see fixHeights): LibreOffice and Excel size
// unset rows differently.
func (b *book) keepWithNext(sheet string, heading, last int) {
	l := b.layoutOf(sheet)
	l.keeps = append(l.keeps, [2]int{heading, min(last, heading+2)})
}

// fixHeights stores a height for every row 1..last without one: one line,
// or more for a row of larger type (a title or subtitle).
func (b *book) fixHeights(sheet string, last int, tall map[int]float64) {
	for r := 1; r <= last; r++ {
		if h, ok := tall[r]; ok {
			b.check(b.f.SetRowHeight(sheet, r, h))
			continue
		}
		if h, err := b.f.GetRowHeight(sheet, r); err == nil && h == lineHeight {
			b.check(b.f.SetRowHeight(sheet, r, lineHeight))
		}
	}
}

// colsPixels is the width of each column 1..n, in pixels.
func (b *book) colsPixels(sheet string, n int) []float64 {
	px := make([]float64, n)
	for c := 1; c <= n; c++ {
		w, err := b.f.GetColWidth(sheet, colName(c))
		b.check(err)
		px[c-1] = colPixels(w)
	}
	return px
}

// printScale decides how a sheet prints: shrunk to one page wide (fit)
// when that keeps a zoom of minScale, else split across pages at the
// largest zoom (in steps of 5 %) that needs no more pages across than
// minScale would. A split sheet's chart starts a page of its own, so it
// prints whole.
func (b *book) printScale(sheet string) (fit bool, percent int) {
	l := b.layoutOf(sheet)
	page := (pageWidthIn - 2*marginSideIn) * pixelsPerInch
	cols := l.lastCol
	if l.chartCol > 0 {
		cols = min(cols, l.chartCol-1)
	}
	px := b.colsPixels(sheet, cols)
	content := max(sum(px), l.chartPx)
	if need := page / max(1, content); need*100 >= minScale {
		return true, int(math.Min(100, math.Floor(need*100)))
	}
	title := sum(px[:min(l.titleCols, len(px))])
	across := func(percent int) int {
		capacity := page * 100 / float64(percent)
		n, used := 1, 0.0
		for _, w := range px {
			if used > 0 && used+w > capacity {
				n, used = n+1, title
			}
			used += w
		}
		if l.chartCol > 0 {
			n++
		}
		return n
	}
	// rows: each page repeats the header row
	heights := make([]float64, l.lastRow)
	for r := range heights {
		h, err := b.f.GetRowHeight(sheet, r+1)
		b.check(err)
		heights[r] = h
	}
	titleH := 0.0
	if row, ok := b.titles[sheet]; ok && row <= len(heights) {
		titleH = heights[row-1]
	}
	down := func(percent int) int {
		capacity := (pageHeightIn - 2*marginTopIn) * pointsPerInch * 100 / float64(percent)
		n, used := 1, 0.0
		for _, h := range heights {
			if used > 0 && used+h > capacity {
				n, used = n+1, titleH
			}
			used += h
		}
		return n
	}
	// the fewest pages, and of those the largest zoom
	pages := across(minScale) * down(minScale)
	for p := 100; p > minScale; p -= 5 {
		if n := across(p) * down(p); n <= pages {
			return false, p
		}
	}
	return false, minScale
}

func sum(xs []float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t
}

// printSetup prints a sheet landscape: one page wide when that keeps it
// readable, else split across pages with the header row and the name
// columns repeated; a header and footer name the client, the
// confidentiality, the data date, the sheet and the page.
func (b *book) printSetup(sheet string) {
	landscape, size := "landscape", 9 // A4
	opts := &excelize.PageLayoutOptions{Size: &size, Orientation: &landscape}
	fit, percent := b.printScale(sheet)
	if fit {
		wide, tall := 1, 0
		opts.FitToWidth, opts.FitToHeight = &wide, &tall
	} else {
		adjust, order := uint(percent), "overThenDown" // a row's pages follow each other
		opts.AdjustTo, opts.PageOrder = &adjust, &order
		if col := b.layoutOf(sheet).chartCol; col > 0 {
			b.check(b.f.InsertPageBreak(sheet, cell(col, 1)))
		}
	}
	b.check(b.f.SetPageLayout(sheet, opts))
	b.check(b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}))
	side, top, head := marginSideIn, marginTopIn, marginHeadIn
	b.check(b.f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Left: &side, Right: &side, Top: &top, Bottom: &top, Header: &head, Footer: &head}))
	m := b.r.Meta
	asOf := ""
	if m.AsOf != "" {
		asOf = "&R" + headerText(b.l.T(text.DataAsOf)+" "+text.Date(b.l, m.AsOf))
	}
	header := fitHeader("&L&\"-,Bold\"", m.Client, "&C", m.Confidentiality, asOf)
	footer := "&L" + headerText(b.l.T(text.DigitalSalesCenter)+": "+sheet) + "&R" + headerText(b.l.T(text.Page)) + " &P / &N"
	b.check(b.f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddHeader: header, OddFooter: footer}))
	var titles []string
	if cols := b.layoutOf(sheet).titleCols; !fit && cols > 0 {
		titles = append(titles, fmt.Sprintf("%s!$A:$%s", quoteSheet(sheet), colName(cols)))
	}
	row, hasTitle := b.titles[sheet]
	if hasTitle {
		titles = append(titles, fmt.Sprintf("%s!$%d:$%d", quoteSheet(sheet), row, row))
	}
	if len(titles) > 0 {
		b.check(b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sheet, RefersTo: strings.Join(titles, ",")}))
	}
	b.pageBreaks(sheet, float64(percent)/100)
}

// pageBreaks puts a manual page break before each kept block that could
// straddle a page. Printers disagree on how much a page holds (LibreOffice
// fits about a tenth more rows than Excel), so a block is left alone only
// where every printer agrees: it ends before the least a page holds, or it
// starts after the most (the page has already turned). Anywhere between,
// the break goes before the block. Walks the rows' heights at the print
// scale, the repeated header row on every page after the first.
func (b *book) pageBreaks(sheet string, scale float64) {
	keeps := b.layoutOf(sheet).keeps
	if len(keeps) == 0 {
		return
	}
	body := (pageHeightIn - 2*marginTopIn) * pointsPerInch / scale
	least, most := body*0.95, body/0.85
	height := func(row int) float64 {
		h, err := b.f.GetRowHeight(sheet, row)
		b.check(err)
		return h
	}
	titleH := 0.0
	if row, ok := b.titles[sheet]; ok {
		titleH = height(row)
	}
	y, row := 0.0, 1 // y: how far down its page row starts
	for _, k := range keeps {
		first, last := k[0], k[1]
		for ; row < first; row++ {
			if y += height(row); y > most {
				y = titleH + height(row) // the page turned at this row at the latest
			}
		}
		block := 0.0
		for r := first; r <= last; r++ {
			block += height(r)
		}
		if y > titleH && y+block > least && y < most {
			b.check(b.f.InsertPageBreak(sheet, cell(1, first)))
			y = titleH
		}
	}
}
