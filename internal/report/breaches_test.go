package report

import (
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/roadmap"
)

// A rule of the method the plan breaks is a decision for the board: the
// deck gives it a slide of its own after the Gantt, and the workbook's
// Roadmap sheet notes it at the capability (trial7 N15: step 5 drawn
// before step 4 with no word anywhere but `dsc roadmap`).
func TestBreachesInDeckAndWorkbook(t *testing.T) {
	r := exampleReport(t, "intralogistics") // German
	var caps []analysis.DatedItem
	for _, it := range r.Roadmap.Items {
		if it.Kind == analysis.ItemCapability {
			caps = append(caps, it)
		}
	}
	if len(r.Roadmap.Breaches) != 0 || len(caps) < 2 {
		t.Fatalf("the example should plan without breaches: %+v", r.Roadmap.Breaches)
	}
	deckNone := string(renderTo(t, r, WriteHTML))
	if strings.Contains(deckNone, `id="breaches"`) {
		t.Error("a plan without breaches has a breaches slide")
	}

	// exampleReport is shared by the package's tests: break a copy.
	b := roadmap.Breach{Rule: roadmap.RuleOrganisation, Capability: caps[0].ID, Cause: roadmap.CauseDependency, By: caps[1].ID}
	broken, rm := *r, *r.Roadmap
	rm.Breaches = []roadmap.Breach{b}
	broken.Roadmap = &rm
	r = &broken
	want := "Regel verletzt (die Organisation wird nach den Kompetenzen und der Prozesslandschaft gestaltet): „" +
		caps[1].Name + "“ setzt „" + caps[0].Name + "“ voraus"
	deck := string(renderTo(t, r, WriteHTML))
	for _, s := range []string{
		`<section class="slide" id="breaches"><h2>Regelverstöße im Plan</h2>`,
		"Der Plan verletzt 1 Regel der Sieben-Schritte-Methode",
		"<li>" + want + "</li>",
		`href="#breaches"`,
	} {
		if !strings.Contains(deck, s) {
			t.Errorf("deck lacks %q", s)
		}
	}

	book := openBook(t, renderTo(t, r, WriteXLSX))
	rows, err := book.GetRows(text.German.T(text.Roadmap))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, row := range rows {
		if len(row) > 1 && strings.TrimSpace(row[1]) == caps[0].Name {
			found = strings.Contains(row[len(row)-1], want)
			if !found {
				t.Errorf("the capability's note is %q", row[len(row)-1])
			}
		}
	}
	if !found {
		t.Errorf("no row for %s", caps[0].Name)
	}
}
