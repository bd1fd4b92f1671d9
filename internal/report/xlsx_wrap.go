package report

import (
	"math"
	"strings"
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
// LibreOffice draws the same columns about 10 % wider, so a text near the
// edge gets a second line there that it does not use; a row estimated
// for LibreOffice would cut that text in Excel.
func wrappedLines(s string, width float64) int {
	room := math.Trunc((256*width+18)/256*7) - 5
	space := textPixels(" ")
	n := 0
	for _, para := range strings.Split(s, "\n") {
		lines, used := 1, 0.0
		for i, word := range strings.Fields(para) {
			w := textPixels(word)
			switch {
			case i > 0 && used+space+w <= room:
				used += space + w
				continue
			case i > 0:
				lines++
			}
			// a word wider than the line fills lines of its own
			for w > room {
				lines++
				w -= room
			}
			used = w
		}
		n += lines
	}
	return n
}
