package report

import (
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/text"
)

// A workspace with one survey wave misses no file: its waves sheet says
// that a second wave shows the moves, not "no file for this view"
// (trial6 M15). The intralogistics example (German) has one wave.
func TestOneWaveSheetSaysOneWave(t *testing.T) {
	r := exampleReport(t, "intralogistics")
	if hasWaves(r) || r.Kano == nil {
		t.Fatal("the intralogistics example should have a Kano survey of one wave")
	}
	book := openBook(t, renderTo(t, r, WriteXLSX))
	rows, err := book.GetRows(text.German.T(text.SurveyWaves))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 || len(rows[0]) == 0 || !strings.HasPrefix(rows[0][0], "Eine Befragungswelle: ") || strings.Contains(rows[0][0], "fehlt") {
		t.Errorf("waves sheet: %q", rows)
	}
}
