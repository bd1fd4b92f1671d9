package report

import (
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/analysis"
)

// trial5 L12: the Gantt sheet's chart shows only the name column, where
// every step-6 capability's sub-phases read "System requirements",
// "Provider evaluation and selection", ... with nothing naming the
// capability. Each sub-phase now names its capability, and no two of the
// chart's labels are the same.
func TestGanttSheetPhasesNameTheirCapability(t *testing.T) {
	for _, c := range []struct{ example, first string }{
		{"automotive-aftermarket", "   Customer identity and single login – requirements"},
		{"intralogistics", "   Kundenidentität und einheitlicher Login – Anforderungen"},
	} {
		r := exampleReport(t, c.example)
		f := openBook(t, renderTo(t, r, WriteXLSX))
		rows, err := f.GetRows(sheetName(t, f, "Gantt"))
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		phases := 0
		var firstPhase string
		for _, row := range rows[1:] {
			label := row[0]
			if seen[label] {
				t.Errorf("%s: the chart label %q repeats", c.example, label)
			}
			seen[label] = true
		}
		for _, it := range r.Roadmap.Items {
			if it.Kind == analysis.ItemPhase {
				phases++
				if firstPhase == "" {
					firstPhase = rows[1+indexOfItem(r, it.ID)][0]
				}
			}
		}
		if phases == 0 || firstPhase != c.first {
			t.Errorf("%s: %d phases, the first labelled %q, want %q", c.example, phases, firstPhase, c.first)
		}
	}
}

// indexOfItem is an item's row among the roadmap's rows without milestones.
func indexOfItem(r *analysis.Report, id string) int {
	k := 0
	for _, it := range r.Roadmap.Items {
		if it.Kind == analysis.ItemMilestone {
			continue
		}
		if it.ID == id {
			return k
		}
		k++
	}
	return -1
}

// sheetName finds the sheet whose name starts with prefix.
func sheetName(t *testing.T, f interface{ GetSheetList() []string }, prefix string) string {
	t.Helper()
	for _, s := range f.GetSheetList() {
		if strings.HasPrefix(s, prefix) {
			return s
		}
	}
	t.Fatalf("no sheet %s*", prefix)
	return ""
}
