package report

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"strings"
	"testing"
)

// Hand-worked wraps in Calibri 11 (widths from Carlito-Regular.ttf, 2,048
// units to the em, 14.667 px to the em). A column 44 wide is
// Truncate((256 x 44 + 18) / 256 x 7) = 308 px; less 5 px of margins, 303.
func TestWrappedLinesCalibri(t *testing.T) {
	for _, c := range []struct {
		text  string
		width float64
		want  int
	}{
		// 40,540 units = 290.3 px, x 1.01 = 293.2 <= 303: one line (the
		// old estimate, 1.1 characters a unit, also gave one).
		{"Customer-specific net prices for trade customers", 44, 1},
		// 42,356 units = 303.3 px, x 1.01 = 306.4 > 303: Excel wraps it.
		{"Company accounts with buyers and approval limits", 44, 2},
		// "Revenue stream" is 13,546 units = 97.0 px, x 1.01 = 98.0; a
		// column 13 wide is 91 px (86 inside): two lines, one word each
		// (the old estimate, 14 characters, kept one line and Excel cut it).
		{"Revenue stream", 13, 2},
		// 14 wide: 98 px, 93 inside: still two.
		{"Revenue stream", 14, 2},
		// A newline always starts a line; an empty text is one line.
		{"Live chat\nOrder tracking", 44, 2},
		{"", 10, 1},
		// A word wider than the line breaks inside it: 40 "m" are
		// 40 x 1,636 = 65,440 units = 468.6 px, x 1.01 = 473.3, over
		// 7 x 20 = 140 - 5 = 135 px lines: four lines.
		{string(bytes.Repeat([]byte("m"), 40)), 20, 4},
	} {
		if got := wrappedLines(c.text, c.width); got != c.want {
			t.Errorf("%q in %g: %d lines, want %d (%.1f px)", c.text, c.width, got, c.want, textPixels(c.text))
		}
	}
}

// Every font of the workbook is named Calibri 11 (or its own size): a font
// without a name is drawn in LibreOffice's serif default, which is wider
// than the widths the row heights are estimated from.
func TestWorkbookFontsAreNamed(t *testing.T) {
	data := renderTo(t, exampleReport(t, "intralogistics"), WriteXLSX)
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	f, err := z.Open("xl/styles.xml")
	if err != nil {
		t.Fatal(err)
	}
	xml, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	fonts := regexp.MustCompile(`<font>.*?</font>`).FindAllString(string(xml), -1)
	if len(fonts) < 5 {
		t.Fatalf("%d fonts", len(fonts))
	}
	for _, font := range fonts {
		if !strings.Contains(font, `<name val="Calibri">`) || !regexp.MustCompile(`<sz val="\d+">`).MatchString(font) {
			t.Errorf("font without Calibri or a size: %s", font)
		}
	}
}
