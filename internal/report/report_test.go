package report

import (
	"bytes"
	"io"
	"sort"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/third_party/excelize"

	"github.com/dsc-workbench/dsc/examples"
	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/golden"
	"github.com/dsc-workbench/dsc/internal/workspace"
)

func exampleFS(t testing.TB, name string) fstest.MapFS {
	t.Helper()
	m, err := examples.MapFS(name)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// examples caches the analysis of each unchanged example: renderers only
// read it, and analysing is most of a test's time.
var analysed sync.Map

// exampleReport is the analysis of an unchanged example workspace.
func exampleReport(t testing.TB, name string) *analysis.Report {
	t.Helper()
	if r, ok := analysed.Load(name); ok {
		return r.(*analysis.Report)
	}
	r := build(t, exampleFS(t, name))
	analysed.Store(name, r)
	return r
}

func build(t testing.TB, m fstest.MapFS) *analysis.Report {
	t.Helper()
	ws, err := workspace.Load(m, "test", "")
	if err != nil {
		t.Fatal(err)
	}
	r, err := analysis.RunAll(ws, ws.Settings, nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func renderTo(t testing.TB, r *analysis.Report, w func(*analysis.Report, io.Writer) error) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := w(r, &buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// hostile renames two catalog entries to strings that attack a spreadsheet
// and a web page.
func hostile(t *testing.T) fstest.MapFS {
	m := exampleFS(t, "intralogistics")
	cat := string(m["catalog.yaml"].Data)
	cat = strings.Replace(cat, "name: Ersatzteilshop mit Explosionszeichnungen", `name: "=HYPERLINK(\"http://evil.example\",\"click\")"`, 1)
	cat = strings.Replace(cat, "name: Auftragsstatus und Sendungsverfolgung", `name: "<script>alert(1)</script>"`, 1)
	m["catalog.yaml"] = &fstest.MapFile{Data: []byte(cat)}
	return m
}

func TestNoFormulaInjection(t *testing.T) {
	r := build(t, hostile(t))
	f, err := excelize.OpenReader(bytes.NewReader(renderTo(t, r, WriteXLSX)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	found := 0
	for _, sheet := range f.GetSheetList() {
		rows, _ := f.GetRows(sheet)
		for ri, row := range rows {
			for ci, v := range row {
				if !strings.HasPrefix(v, "=") {
					continue
				}
				found++
				ref, _ := excelize.CoordinatesToCellName(ci+1, ri+1)
				if formula, _ := f.GetCellFormula(sheet, ref); formula != "" {
					t.Errorf("%s!%s became a formula: %q", sheet, ref, formula)
				}
				if typ, _ := f.GetCellType(sheet, ref); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
					t.Errorf("%s!%s has type %v, want a string", sheet, ref, typ)
				}
			}
		}
	}
	if found == 0 {
		t.Fatal("the hostile name was not written at all")
	}
}

func TestHTMLEscapesWorkspaceText(t *testing.T) {
	r := build(t, hostile(t))
	html := string(renderTo(t, r, WriteHTML))
	if strings.Contains(html, "<script>alert(1)</script>") {
		t.Fatal("a feature name was written as markup")
	}
	if !strings.Contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("the feature name is missing from the tables")
	}
}

func TestDeterministicWithinAProcess(t *testing.T) {
	// Two separate analyses of the same workspace render alike.
	first, second := build(t, exampleFS(t, "automotive-aftermarket")), build(t, exampleFS(t, "automotive-aftermarket"))
	for _, w := range []func(*analysis.Report, io.Writer) error{WriteXLSX, WriteHTML, WriteJSON} {
		a := renderTo(t, first, w)
		b := renderTo(t, second, w)
		if !bytes.Equal(a, b) {
			t.Error("two renders differ")
		}
	}
}

func TestReportJSON(t *testing.T) {
	r := exampleReport(t, "intralogistics")
	golden.Text(t, "", renderTo(t, r, WriteJSON))
	// The selection rule: every must-be and one-dimensional entry with a survey result is in.
	in := map[string]bool{}
	for _, e := range r.Target.Elements {
		for _, s := range append(append(e.Features, e.Services...), e.RevenueStreams...) {
			in[s.ID] = true
		}
	}
	var missing []string
	for _, f := range r.Kano.Features {
		if (f.Category == "M" || f.Category == "O") && !in[f.ID] {
			missing = append(missing, f.ID)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("must-be/one-dimensional entries not selected: %v", missing)
	}
}
