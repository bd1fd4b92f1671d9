package report

import (
	"slices"
	"testing"

	"github.com/dsc-workbench/dsc/internal/text"
)

// A workspace with one survey wave misses no file and has nothing to
// compare: the workbook has no waves sheet, as the deck has no waves page
// (trial6 M15, trial7 N6: a sheet telling the client how to edit dsc.yaml
// is no client view). The intralogistics example (German) has one wave, the
// automotive one two.
func TestWavesSheetOnlyWithTwoWaves(t *testing.T) {
	for _, c := range []struct {
		example string
		lang    text.Lang
		want    bool
	}{{"intralogistics", text.German, false}, {"automotive-aftermarket", text.English, true}} {
		r := exampleReport(t, c.example)
		if r.Kano == nil || hasWaves(r) != c.want {
			t.Fatalf("%s: Kano %v, waves %v", c.example, r.Kano != nil, hasWaves(r))
		}
		book := openBook(t, renderTo(t, r, WriteXLSX))
		if got := slices.Contains(book.GetSheetList(), c.lang.T(text.SurveyWaves)); got != c.want {
			t.Errorf("%s: waves sheet present %v, want %v; sheets %q", c.example, got, c.want, book.GetSheetList())
		}
	}
}
