package report

import (
	"strings"
	"testing"
)

// trial7 N2: an entry the whole sample finds indifferent while a segment
// that sees it significantly differently calls it must-be is to discuss,
// not "excluded", in the deck's and the workbook's decision log, and the
// reason names the segment, its category and the test. In the
// intralogistics example "Firmennutzer mit Rollen und Freigabegrenzen" is
// I 66 of 183 overall (A 29, O 26, M 38, I 66, R 18, Q 6); Großkunden
// (enterprise) M 31 of 66 (A 5, O 15, M 31, I 11, R 1, Q 3; Fong: 31 - 15
// = 16 >= 1.65 * sqrt(46 * (132 - 46) / 132) = 9.0, so clearly must-be);
// the segments' chi-square 62.4, df 5, p 3.9e-12.
func TestSegmentSplitIsToDiscuss(t *testing.T) {
	r := exampleReport(t, "intralogistics")
	const reason = "Unerhebliches Merkmal laut Befragung (alle Befragten), aber Basismerkmal für Großkunden; die Segmente unterscheiden sich signifikant (p &lt; 0,001)"
	page := string(renderTo(t, r, WriteHTML))
	const row = `<td>Firmennutzer mit Rollen und Freigabegrenzen</td><td>Zentraler Login</td><td>Unerhebliches Merkmal</td><td>zu diskutieren</td><td>` + reason + `</td>`
	if !strings.Contains(page, row) {
		i := strings.Index(page, "<td>Firmennutzer mit Rollen und Freigabegrenzen</td><td>Zentraler Login</td>")
		t.Errorf("decision log row:\n%s\nwant\n%s", page[max(i, 0):min(max(i, 0)+400, len(page))], row)
	}
	f := openBook(t, renderTo(t, r, WriteXLSX))
	rows, err := f.GetRows("Entscheidungsprotokoll")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, x := range rows {
		if len(x) > 0 && x[0] == "Firmennutzer mit Rollen und Freigabegrenzen" {
			got = x
		}
	}
	joined := strings.Join(got, "|")
	if !strings.Contains(joined, "|zu diskutieren|") || !strings.Contains(joined, strings.ReplaceAll(reason, "&lt;", "<")) {
		t.Errorf("workbook decision log row %q", got)
	}
}
