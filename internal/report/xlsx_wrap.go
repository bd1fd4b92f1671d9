package report

import (
	"math"
	"slices"
	"strings"

	"github.com/dsc-workbench/dsc/third_party/excelize"
)

// The workbook's text is Calibri 11 (excelize's default, Excel's too);
// LibreOffice draws it in Carlito, whose glyphs have Calibri's widths. Row
// heights come from those widths: an estimate per character (the old 1.1
// characters per column unit) was safe in Excel but left a blank second
// line in many rows, since Calibri's lowercase is narrower than the digit
// a column unit is measured in.

// calibriWidths are the advance widths of Calibri (and Carlito) Regular
// for U+0020 to U+00FF, in font units of 2,048 to the em (read from
// Carlito-Regular.ttf, hmtx).
var calibriWidths = [224]uint16{
	463, 667, 821, 1020, 1038, 1464, 1397, 452, 621, 621, 1020, 1020, 511, 627, 517, 791,
	1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 548, 548, 1020, 1020, 1020, 949,
	1831, 1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356,
	1058, 1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959, 628, 791, 628, 1020, 1020,
	596, 981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931, 470, 1636, 1076, 1080,
	1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, 644, 943, 644, 1020, 1038,
	1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038,
	1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038,
	1038, 667, 1020, 1038, 1020, 1038, 1020, 1020, 804, 1709, 824, 1049, 1020, 1038, 1038, 807,
	694, 1020, 688, 685, 598, 1126, 1200, 517, 629, 504, 865, 1049, 1303, 1375, 1383, 949,
	1185, 1185, 1185, 1185, 1185, 1185, 1563, 1092, 1000, 1000, 1000, 1000, 516, 516, 516, 516,
	1279, 1322, 1356, 1356, 1356, 1356, 1356, 1020, 1359, 1314, 1314, 1314, 1314, 998, 1058, 1080,
	981, 981, 981, 981, 981, 981, 1583, 866, 1019, 1019, 1019, 1019, 470, 470, 470, 470,
	1076, 1076, 1080, 1080, 1080, 1080, 1080, 1020, 1084, 1076, 1076, 1076, 1076, 927, 1076, 927,
}

// calibriPerUnit is pixels per font unit at 11 points and 96 dpi:
// 11 x 96 / 72 = 14.667 pixels to the em, over 2,048 units.
const calibriPerUnit = 11.0 * 96 / 72 / 2048

// textPixels is the width of s in Calibri 11, in pixels, rounded up by 1 %
// for hinting. A character beyond Latin-1 counts as wide as a digit (a
// dash, quotes, the euro sign are no wider), one from the CJK blocks on as
// a full em.
func textPixels(s string) float64 {
	units := 0
	for _, r := range s {
		switch {
		case r >= 0x20 && r <= 0xff:
			units += int(calibriWidths[r-0x20])
		case r >= 0x2e80:
			units += 2048
		default:
			units += 1038
		}
	}
	return float64(units) * calibriPerUnit * 1.01
}

// wrappedLines is the number of lines a text wraps to in a column of the
// given width (in Excel's character units), as Excel wraps it: between
// words, a word wider than the line broken inside, a newline always
// starting a line. The line is the column's pixels as Excel draws them
// (ECMA-376 18.3.1.13: Truncate((256 x width + Truncate(128/7)) / 256 x 7)
// at Calibri 11's 7-pixel digit) less the cell's margins, 5 pixels.
func wrappedLines(s string, width float64) int {
	return len(wrapAt(s, excelRoom(width), 1.01))
}

// excelRoom is the room for text in a column (or merged columns) of the
// given width in Excel, in pixels.
func excelRoom(width float64) float64 { return math.Trunc((256*width+18)/256*7) - 5 }

// LibreOffice draws a column of width w as w x 7.43 pixels (Carlito's
// digit at 11 points; measured in its PDFs: 13, 16 and 44 units print as
// 96.2, 118.5 and 325.7 px), with about 1.2 px of margin each side and no
// padding of 5 pixels: a column 44 wide holds 303 px of text in Excel and
// 324 in LibreOffice, 7 % more. A text within that band of its column's
// edge takes two lines in Excel and one in LibreOffice, which then shows
// an empty second line in the row sized for Excel. Room and text are
// counted generously here (text 1 % narrower than Calibri's advance
// widths: LibreOffice kerns, and prints "Company accounts with buyers and
// approval limits" 0.7 % narrower), so that a text LibreOffice might fit
// in fewer lines is counted so.
const loDigit, loMargins = 7.43, 2

// loWrappedLines is the number of lines LibreOffice wraps a text to in a
// column of the given width.
func loWrappedLines(s string, width float64) int {
	return len(wrapAt(s, width*loDigit-loMargins, 0.99/1.01))
}

// wrapAt breaks s into the lines a cell of room pixels shows, its text
// widths scaled by scale: between words or after a word's hyphen ("E-" |
// "commerce"), a word wider than the line broken inside, a newline always
// starting a line. An empty text is one line.
func wrapAt(s string, room, scale float64) []string {
	room = max(room, 1) // a column too narrow for any text
	space := textPixels(" ") * scale
	var out []string
	for _, para := range strings.Split(s, "\n") {
		var line strings.Builder
		used := 0.0
		for _, word := range strings.Fields(para) {
			for i, part := range hyphenParts(word) {
				w, gap := textPixels(part)*scale, space
				if i > 0 {
					gap = 0 // the rest of a hyphenated word
				}
				if line.Len() > 0 && used+gap+w <= room {
					if gap > 0 {
						line.WriteByte(' ')
					}
					line.WriteString(part)
					used += gap + w
					continue
				}
				if line.Len() > 0 {
					out = append(out, line.String())
					line.Reset()
				}
				// a word wider than the line fills lines of its own
				for ; w > room; w -= room {
					out = append(out, "")
				}
				line.WriteString(part)
				used = w
			}
		}
		out = append(out, line.String())
	}
	return out
}

// hyphenParts splits a word after each hyphen that has a letter or digit
// on both sides, where Excel and LibreOffice may break a line.
func hyphenParts(word string) []string {
	var parts []string
	start := 0
	for i := 1; i < len(word)-1; i++ {
		if word[i] == '-' && isAlnum(word[i-1]) && isAlnum(word[i+1]) {
			parts = append(parts, word[start:i+1])
			start = i + 1
		}
	}
	return append(parts, word[start:])
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// wrapped is a cell's text with the lines its row needs anyway for its
// other cells (floor), and whether it is bold (a header).
type wrapped struct {
	text  string
	floor int
	bold  bool
}

// agrees reports whether Excel and LibreOffice wrap the text to the same
// number of lines in a column of the given width, or both within floor.
func (c wrapped) agrees(width float64) bool {
	if c.bold {
		width = boldWidth(width)
	}
	n := wrappedLines(c.text, width)
	return n <= c.floor || n == loWrappedLines(c.text, width)
}

// agreeingWidth is the narrowest width from w up to 10 % (and half a
// unit) wider, in quarter units, at which Excel and LibreOffice wrap the
// most cells to the same number of lines: a text near its column's edge
// is given the room for one line fewer in Excel, instead of a row that
// shows an empty line in LibreOffice. The cells may span the column and
// columns before it, as wide as others together (a merged cell). The
// band is a tenth of the column's own width, base, so that a column two
// tables widen is not widened twice over.
func agreeingWidth(cells []wrapped, others, w, base float64) float64 {
	most := math.Floor((base*1.1+0.5)*4) / 4
	best, fewest := w, len(cells)+1
	for try := w; try <= most && fewest > 0; try = math.Floor(try*4+1) / 4 {
		n := 0
		for _, c := range cells {
			if !c.agrees(others + try) {
				n++
			}
		}
		if n < fewest {
			best, fewest = try, n
		}
	}
	return best
}

// brokenAsExcel is s with a newline wherever Excel wraps it in the given
// width, for a merged cell whose width cannot change: LibreOffice, whose
// lines are longer, then breaks at the same places instead of showing an
// empty last line. A text both wrap alike stays as it is.
func brokenAsExcel(s string, width float64) string {
	if (wrapped{text: s, floor: 1}).agrees(width) {
		return s
	}
	lines := wrapAt(s, excelRoom(width), 1.01)
	for _, l := range lines {
		if l == "" { // a word wider than the line, or an empty paragraph
			return s
		}
	}
	return strings.Join(lines, "\n")
}

// breakAlike makes a table row as tall in LibreOffice as in Excel where no
// column width could (a list of names wraps to four lines in Excel and to
// three in LibreOffice): the tallest text of a column of prose (a reason,
// a question, a list of entries) is broken where Excel breaks it. Names
// and keys are never broken, nor a text too long for a row (Excel's rows
// end at 409 points).
func breakAlike(values []any, styles []style, widths []float64, prose func(int) bool) {
	excel, lo := 1, 1
	lines := make([]int, len(values))
	for i, v := range values {
		if s, ok := v.(string); ok && (styles[i] == styleText || styles[i] == styleWrapCell) {
			lines[i] = wrappedLines(s, widths[i])
			excel, lo = max(excel, lines[i]), max(lo, loWrappedLines(s, widths[i]))
		}
	}
	if excel == lo || rowHeight(excel) >= excelize.MaxRowHeight {
		return
	}
	for i, v := range values {
		if lines[i] == excel && prose(i) {
			lines := wrapAt(v.(string), excelRoom(widths[i]), 1.01)
			if !slices.Contains(lines, "") {
				values[i] = strings.Join(lines, "\n")
				return
			}
		}
	}
}
