package report

import (
	"strings"
	"testing"
)

// trial6 M9: a mixed result whose two categories the rule decides
// differently is to discuss, in the deck's and the workbook's decision log
// and among the summary's decisions. In the intralogistics example (German,
// Better threshold 0.45) "Chat mit Vertrieb und Service" is A/I mixed with
// Better 0.546: in as attractive (0.55 >= 0.45), out as indifferent. Four
// such entries there, and two the segments split (trial7 N2,
// TestSegmentSplitIsToDiscuss): the summary asks to decide on all six.
func TestMixedResultAcrossTheRuleIsToDiscuss(t *testing.T) {
	r := exampleReport(t, "intralogistics")
	const reason = "Be/U gemischt laut Befragung (nicht signifikant): als Begeisterungsmerkmal aufgenommen (Better 0,55 ≥ 0,45), als Unerhebliches Merkmal nicht aufgenommen"
	const decide = "Über 6 Einträge entscheiden, die die Auswahlregel nicht klärt: Firmennutzer mit Rollen und Freigabegrenzen, Punchout ins E-Procurement (OCI, cXML), Automatischer Nachschub von Verschleißteilen, Lagerlayout- und Regalplaner, Online-Fahrerschulung und -Zertifizierung und Chat mit Vertrieb und Service."
	page := string(renderTo(t, r, WriteHTML))
	if !strings.Contains(page, `<td>Chat mit Vertrieb und Service</td><td>Digital Service</td><td>Begeisterungsmerkmal</td><td>zu diskutieren</td><td>`+reason+`</td>`) {
		i := strings.Index(page, "<td>Chat mit Vertrieb und Service</td><td>Digital Service</td>")
		t.Errorf("decision log row:\n%s", page[max(i, 0):min(max(i, 0)+400, len(page))])
	}
	if !strings.Contains(page, decide) {
		t.Errorf("the summary lacks %q", decide)
	}
	f := openBook(t, renderTo(t, r, WriteXLSX))
	rows, err := f.GetRows("Entscheidungsprotokoll")
	if err != nil {
		t.Fatal(err)
	}
	var row []string
	for _, x := range rows {
		if len(x) > 0 && x[0] == "Chat mit Vertrieb und Service" {
			row = x
		}
	}
	if !strings.Contains(strings.Join(row, "|"), "|zu diskutieren|") || !strings.Contains(strings.Join(row, "|"), reason) {
		t.Errorf("workbook decision log row %q", row)
	}
	found := false
	for _, s := range f.GetSheetList() {
		rows, _ := f.GetRows(s)
		for _, x := range rows {
			found = found || strings.Contains(strings.Join(x, "|"), decide)
		}
	}
	if !found {
		t.Errorf("the workbook lacks %q", decide)
	}
}
