package report

import (
	"testing"

	"github.com/dsc-workbench/dsc/third_party/excelize"

	"github.com/dsc-workbench/dsc/internal/text"
)

// A German workbook's number formats carry the German locale, so an
// English office suite shows "Dez 2027" and "11,5" beside German words
// (trial 5, L7; checked by converting the board workbook with LibreOffice
// in an English locale: "DSC im Regelbetrieb Dez 2027", "Dauer der
// Roadmap (Monate) 11,5"); the p-value's "< 0,001" is German too. An
// English workbook keeps its formats.
func TestGermanNumberFormats(t *testing.T) {
	for _, c := range []struct {
		l    text.Lang
		want map[style]string
	}{
		{text.German, map[style]string{styleMonth: "[$-407]mmm yyyy", styleDec1: "[$-407]0.0", styleDec2: "[$-407]0.00",
			stylePercent: `[$-407]0.0"%"`, styleAmount: "[$-407]#,##0", stylePValue: `[$-407][<0.001]"< 0,001";0.000`}},
		{text.English, map[style]string{styleMonth: "mmm yyyy", styleDec1: "0.0", stylePValue: `[<0.001]"< 0.001";0.000`}},
	} {
		f := excelize.NewFile()
		s, err := newStylesIn(f, c.l)
		if err != nil {
			t.Fatal(err)
		}
		for st, want := range c.want {
			got, err := f.GetStyle(s.ids[st])
			if err != nil {
				t.Fatal(err)
			}
			if got.CustomNumFmt == nil || *got.CustomNumFmt != want {
				t.Errorf("%v style %d: format %v, want %q", c.l, st, got.CustomNumFmt, want)
			}
		}
		f.Close()
	}
	if monthAxisFormat(text.German) != "[$-407]mmm yy" || monthAxisFormat(text.English) != "mmm yy" {
		t.Error("month axis formats")
	}
}
