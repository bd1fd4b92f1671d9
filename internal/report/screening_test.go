package report

import (
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/analysis"
)

// Respondents left out by screening are disclosed where the respondents are
// counted: the deck's Kano message and the workbook's key figures, EN and
// DE (trial 6, M5: 66 of 400 left out and no word about it). The counts are
// dsc kano's on the same workspace (the example's answers are synthetic:
// with these limits more than half of its respondents are left out).
func TestScreenedOutIsDisclosed(t *testing.T) {
	for _, lang := range []string{"en", "de"} {
		m := exampleFS(t, "automotive-aftermarket")
		replaceIn(t, m, "dsc.yaml", "    table: standard\n", "    table: standard\n    screening: {max_questionable: 2, max_indifferent: 12}\n")
		if lang == "de" {
			replaceIn(t, m, "dsc.yaml", "language: en", "language: de")
		}
		r := build(t, m)
		s := r.Kano.ScreenedOut()
		// dsc kano --format json on the same workspace: 106 respondents,
		// screened: dropped 134 (53 questionable, 81 indifferent); 106 + 134 = 240.
		if (s != analysis.ScreenedOut{Surveyed: 240, Dropped: 134, Questionable: 53, Indifferent: 81}) || r.Kano.Respondents != 106 {
			t.Fatalf("%s: screened out %+v of %d analysed", lang, s, r.Kano.Respondents)
		}
		page := string(renderTo(t, r, WriteHTML))
		book := workbookText(t, renderTo(t, r, WriteXLSX))
		want := map[string][2]string{
			"en": {"134 of 240 respondents were screened out: 53 for questionable (contradictory) answers, 81 for too many indifferent answers.", "screened out"},
			"de": {"134 von 240 Befragten wurden durch die Plausibilitätsprüfung ausgeschlossen: 53 wegen widersprüchlicher Antworten, 81 wegen zu vieler gleichgültiger Antworten.", "durch Plausibilitätsprüfung ausgeschlossen"},
		}[lang]
		if !strings.Contains(page, want[0]) || !strings.Contains(book, want[1]) {
			t.Errorf("%s: deck has %q: %v, workbook has %q: %v", lang, want[0], strings.Contains(page, want[0]), want[1], strings.Contains(book, want[1]))
		}
	}
	var none analysis.Kano
	if s := none.ScreenedOut(); s.Dropped != 0 {
		t.Errorf("without sources: %+v", s)
	}
}
