package report

import (
	"archive/zip"
	"bytes"
	"io"
	"path"
	"regexp"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/xuri/excelize/v2"

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

// chartInfo is what a chart in the workbook holds, read from its XML.
type chartInfo struct {
	kind   string // e.g. scatterChart
	series int
	extra  string // stacked grouping, reversed axis
}

// charts maps sheet name -> charts, read back from the zip: the sheet's
// drawing relationship names the drawing, whose relationships name the charts.
func chartsIn(t *testing.T, data []byte) map[string][]chartInfo {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		files[f.Name] = string(b)
	}
	target := regexp.MustCompile(`Target="([^"]+)"`)
	sheetName := regexp.MustCompile(`<sheet name="([^"]+)" sheetId="\d+" r:id="(rId\d+)"`)
	rels := files["xl/_rels/workbook.xml.rels"]
	out := map[string][]chartInfo{}
	for _, m := range sheetName.FindAllStringSubmatch(files["xl/workbook.xml"], -1) {
		name, rid := m[1], m[2]
		sheetFile := regexp.MustCompile(`Id="` + rid + `"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="` + rid + `"`).FindStringSubmatch(rels)
		file := sheetFile[1] + sheetFile[2]
		file = strings.TrimPrefix(file, "/xl/")
		srels := files["xl/worksheets/_rels/"+path.Base(file)+".rels"]
		for _, d := range target.FindAllStringSubmatch(srels, -1) {
			if !strings.Contains(d[1], "drawing") {
				continue
			}
			drawing := path.Base(d[1])
			for _, c := range target.FindAllStringSubmatch(files["xl/drawings/_rels/"+drawing+".rels"], -1) {
				xml := files["xl/charts/"+path.Base(c[1])]
				ci := chartInfo{series: strings.Count(xml, "<ser>")}
				if k := regexp.MustCompile(`<(\w+Chart)>`).FindStringSubmatch(xml); k != nil {
					ci.kind = k[1]
				}
				if strings.Contains(xml, `<grouping val="stacked"`) {
					ci.extra += "stacked "
				}
				if strings.Contains(xml, `<orientation val="maxMin"`) {
					ci.extra += "reversed "
				}
				if i := strings.Index(xml, "<ser>"); i >= 0 {
					first := xml[i:]
					first = first[:strings.Index(first, "</ser>")]
					if strings.Contains(first, "noFill") {
						ci.extra += "nofill"
					}
				}
				out[name] = append(out[name], ci)
			}
		}
	}
	return out
}

func TestWorkbook(t *testing.T) {
	r := build(t, exampleFS(t, "automotive-aftermarket"))
	data := renderTo(t, r, WriteXLSX)
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := []string{"Summary", "Target picture", "Kano", "Segments", "Journey coverage", "Channel roles", "Readiness", "Capabilities", "Roadmap"}
	if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("sheets %v", got)
	}
	cellIs := func(sheet, ref, want string) {
		t.Helper()
		if got, _ := f.GetCellValue(sheet, ref); got != want {
			t.Errorf("%s!%s = %q, want %q", sheet, ref, got, want)
		}
	}
	cellIs("Summary", "B5", "Meyer Autoteile GmbH & Co. KG")
	cellIs("Summary", "B7", "240") // respondents
	first := r.Kano.Features[0]
	cellIs("Kano", "A1", "Rank")
	cellIs("Kano", "B2", first.ID)
	cellIs("Kano", "M2", string(first.Category))
	cellIs("Target picture", "A3", "Direct Sales")
	cellIs("Roadmap", "B2", "Step 1: In-depth assessment of the current status")
	cellIs("Capabilities", "B2", r.Capabilities.Capabilities[0].ID)
	// Frozen header and autofilter on the tables.
	if panes, _ := f.GetPanes("Kano"); !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("Kano panes %+v", panes)
	}
	cs := chartsIn(t, data)
	check := func(sheet, kind string, series int, extra string) {
		t.Helper()
		for _, c := range cs[sheet] {
			if c.kind == kind && c.series == series && strings.Contains(c.extra, extra) {
				return
			}
		}
		t.Errorf("sheet %s: no %s with %d series (%s); have %+v", sheet, kind, series, extra, cs[sheet])
	}
	// One scatter series per Kano category present (M, O, A, I).
	check("Kano", "scatterChart", 4, "")
	check("Segments", "barChart", 2, "")
	check("Readiness", "radarChart", 2, "")
	// The Gantt: stacked bars, the first series without fill, the category axis reversed.
	check("Roadmap", "barChart", 2, "stacked reversed nofill")
}

func TestWorkbookInGerman(t *testing.T) {
	r := build(t, exampleFS(t, "intralogistics"))
	f, err := excelize.OpenReader(bytes.NewReader(renderTo(t, r, WriteXLSX)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), "|"); got != "Übersicht|Zielbild|Kano|Segmente|Journey-Abdeckung|Kanalrollen|Reifegrad|Fähigkeiten|Roadmap" {
		t.Errorf("sheets %s", got)
	}
	if v, _ := f.GetCellValue("Kano", "A1"); v != "Rang" {
		t.Errorf("header %q", v)
	}
}

// hostile renames two catalog entries to strings that attack a spreadsheet
// and a web page.
func hostile(t *testing.T) fstest.MapFS {
	m := exampleFS(t, "intralogistics")
	cat := string(m["catalog.yaml"].Data)
	cat = strings.Replace(cat, "name: Spare-parts shop with exploded drawings", `name: "=HYPERLINK(\"http://evil.example\",\"click\")"`, 1)
	cat = strings.Replace(cat, "name: Order status and shipment tracking", `name: "<script>alert(1)</script>"`, 1)
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
	if !strings.Contains(html, `\u003cscript\u003ealert(1)\u003c/script\u003e`) {
		t.Error("the feature name is missing from the chart data")
	}
}

func TestHTMLIsSelfContained(t *testing.T) {
	html := string(renderTo(t, build(t, exampleFS(t, "automotive-aftermarket")), WriteHTML))
	if !strings.Contains(html, echartsJS) {
		t.Fatal("the ECharts library is not inlined")
	}
	// The library's own code mentions img tags in strings; check our page.
	page := strings.Replace(html, echartsJS, "", 1)
	for _, bad := range []*regexp.Regexp{
		regexp.MustCompile(`<script[^>]+src=`), regexp.MustCompile(`<link[^>]+href=`), regexp.MustCompile(`<img[^>]+src=`),
		regexp.MustCompile(`url\(\s*['"]?https?:`), regexp.MustCompile(`go-echarts-assets`),
	} {
		if loc := bad.FindStringIndex(page); loc != nil {
			t.Errorf("external reference %q", page[loc[0]:min(loc[1]+60, len(page))])
		}
	}
	for _, id := range []string{"kano-scatter", "segments", "coverage", "roles", "readiness", "capabilities", "gantt"} {
		if !strings.Contains(html, `id="chart-`+id+`"`) || !strings.Contains(html, `"`+id+`": {`) {
			t.Errorf("chart %s missing", id)
		}
	}
	if !strings.Contains(html, "Licensed to the Apache Software Foundation") || !strings.Contains(html, "Apache ECharts") {
		t.Error("the ECharts licence notice is missing")
	}
}

func TestDeterministicWithinAProcess(t *testing.T) {
	for _, w := range []func(*analysis.Report, io.Writer) error{WriteXLSX, WriteHTML, WriteJSON} {
		a := renderTo(t, build(t, exampleFS(t, "automotive-aftermarket")), w)
		b := renderTo(t, build(t, exampleFS(t, "automotive-aftermarket")), w)
		if !bytes.Equal(a, b) {
			t.Error("two renders differ")
		}
	}
}

func TestReportJSON(t *testing.T) {
	r := build(t, exampleFS(t, "intralogistics"))
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
