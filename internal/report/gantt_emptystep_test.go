package report

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/text"
)

// trial6 L12: a step without capabilities (here 4, processes, and 5,
// organisation structure) takes no time; it was drawn and listed as a
// month of work ("Apr 2027 – Apr 2027"). Its row now says it is empty, with
// no bar in the deck and no months in the workbook.
func TestEmptyStepsTakeNoMonth(t *testing.T) {
	m := exampleFS(t, "automotive-aftermarket")
	m["capabilities.yaml"] = &fstest.MapFile{Data: []byte(`capabilities:
  - {id: skills, name: Digital sales skills, element: organisation, dimension: competencies, current: 1, target: 3, effort: 4}
  - {id: shop, name: Commerce platform, element: it, dimension: it-systems, current: 0, target: 4, effort: 8, depends_on: [skills]}
`)}
	r := build(t, m)
	var empty []int
	for _, it := range r.Roadmap.Items {
		if emptyStep(it) {
			empty = append(empty, it.Step)
		}
	}
	if len(empty) != 2 || empty[0] != 4 || empty[1] != 5 {
		t.Fatalf("empty steps %v, want [4 5]", empty)
	}
	g := gantt(text.English, r, r.Roadmap.Items, true)
	for _, row := range g.Rows {
		isEmpty := strings.HasPrefix(row.Name, "Step 4") || strings.HasPrefix(row.Name, "Step 5")
		if isEmpty && (row.W != 0 || row.Note != "no capability in this step") {
			t.Errorf("%s: bar %.1f wide, note %q", row.Name, row.W, row.Note)
		}
		if !isEmpty && (row.W <= 0 || row.Note != "") {
			t.Errorf("%s: bar %.1f wide, note %q", row.Name, row.W, row.Note)
		}
	}
	html := string(renderTo(t, r, WriteHTML))
	if n := strings.Count(html, ">no capability in this step</text>"); n != 2 {
		t.Errorf("%d empty-step notes in the deck, want 2", n)
	}
	// The workbook's roadmap sheet: no start or end month, 0 months, the note.
	f := openBook(t, renderTo(t, r, WriteXLSX))
	rows, err := f.GetRows(text.English.T(text.Roadmap))
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, row := range rows {
		if len(row) > 1 && (strings.Contains(row[1], "Step 4") || strings.Contains(row[1], "Step 5")) {
			seen++
			if got := strings.Join(row[2:], "|"); !strings.HasPrefix(got, "||0") || !strings.HasSuffix(got, "no capability in this step") {
				t.Errorf("%s: %q", row[1], got)
			}
		}
	}
	if seen != 2 {
		t.Errorf("%d empty steps on the roadmap sheet, want 2", seen)
	}
}
