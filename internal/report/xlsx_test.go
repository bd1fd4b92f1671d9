package report

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/third_party/excelize"

	"github.com/dsc-workbench/dsc/internal/text"
)

func openBook(t *testing.T, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestWorkbook(t *testing.T) {
	r := exampleReport(t, "automotive-aftermarket")
	f := openBook(t, renderTo(t, r, WriteXLSX))
	want := "Summary|Target picture|Decision log|Who offers what|Market flags|Trend radar|Target picture and today|Value and effort|Company analyses|Kano|Kano portfolio|Segments|Segment comparison|Kano survey waves|Journey coverage|Holes|Channel roles|" +
		"Omni-channel processes|Readiness|Ratings per rater and question|Capabilities|Capability gaps by dimension|Dependency matrix|Roadmap|Gantt chart"
	if got := strings.Join(f.GetSheetList(), "|"); got != want {
		t.Fatalf("sheets %s", got)
	}
	cellIs := func(sheet, ref, want string) {
		t.Helper()
		if got, _ := f.GetCellValue(sheet, ref); got != want {
			t.Errorf("%s!%s = %q, want %q", sheet, ref, got, want)
		}
	}
	cellIs("Summary", "A1", "Digital Sales Center: Meyer Autoteile GmbH & Co. KG")
	first := r.Kano.Features[0]
	cellIs("Kano", "A1", "Rank")
	cellIs("Kano", "B2", first.Name)
	cellIs("Kano", cell(headerCol(t, f, "Kano", "Category"), 2), text.KanoCategory(text.English, first.Category))
	cellIs("Target picture", "A3", "Direct Sales")
	cellIs("Target picture", "C1", "")
	cellIs("Roadmap", "B2", "Step 1: In-depth assessment of the current status")
	// Months are dates with a month format: the cell holds a serial number.
	if raw, _ := f.GetCellValue("Roadmap", "C2", excelize.Options{RawCellValue: true}); raw != "46419" { // 2027-02-01
		t.Errorf("Roadmap!C2 raw %q, want the date serial of February 2027", raw)
	}
	cellIs("Roadmap", "C2", "Feb 2027")
	// One schedule: the Capabilities sheet shows the roadmap's months.
	startCol := headerCol(t, f, "Capabilities", "Start month")
	for i, c := range r.Capabilities.Capabilities {
		it, _ := scheduled(r, c.ID)
		got, _ := f.GetCellValue("Capabilities", cell(startCol, 2+i), excelize.Options{RawCellValue: true})
		if want := monthSerial(t, it.StartMonth); got != want {
			t.Errorf("capability %s starts %s on the sheet, %s in the roadmap", c.ID, got, it.StartMonth)
		}
	}
	// The dimension table is sorted by rank.
	for i := 0; i < len(r.Readiness.Dimensions); i++ {
		cellIs("Readiness", cell(1, 2+i), itoa(i+1))
	}
	// p-values show "< 0.001" below 0.001.
	pCol := headerCol(t, f, "Segments", "p-value")
	for i, x := range r.Kano.Features {
		if d := x.SegmentDifference; d != nil && d.P < 0.001 {
			// excelize's own formatter garbles quoted literals; LibreOffice
			// shows "< 0.001" (checked by the e2e conversion). Check the format.
			id, _ := f.GetCellStyle("Segments", cell(pCol, 2+i))
			st, _ := f.GetStyle(id)
			if st.CustomNumFmt == nil || *st.CustomNumFmt != `[<0.001]"< 0.001";0.000` {
				t.Errorf("p-value format %v", st.CustomNumFmt)
			}
			break
		}
	}
	if panes, _ := f.GetPanes("Kano"); !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("Kano panes %+v", panes)
	}
}

// headerCol finds a column by its header in row 1.
func headerCol(t *testing.T, f *excelize.File, sheet, header string) int {
	t.Helper()
	rows, _ := f.GetRows(sheet)
	for i, h := range rows[0] {
		if h == header {
			return i + 1
		}
	}
	t.Fatalf("%s has no column %q in %v", sheet, header, rows[0])
	return 0
}

func itoa(i int) string { return strconv.Itoa(i) }

func monthSerial(t *testing.T, ym string) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	b := &book{f: f}
	st, _ := newStylesIn(f, text.English)
	b.styles = st
	b.put("Sheet1", 1, 1, month(ym), styleMonth)
	v, _ := f.GetCellValue("Sheet1", "A1", excelize.Options{RawCellValue: true})
	return v
}

func TestWorkbookInGerman(t *testing.T) {
	r := exampleReport(t, "intralogistics")
	f := openBook(t, renderTo(t, r, WriteXLSX))
	want := "Übersicht|Zielbild|Entscheidungsprotokoll|Wer bietet was|Marktsignale|Trendradar|Zielbild und Ist-Stand|Nutzen und Aufwand|Unternehmensanalysen|Kano|Kano-Portfolio|Segmente|Segmentvergleich|Journey-Abdeckung|Lücken|Kanalrollen|" +
		"Omni-Channel-Prozesse|Reifegrad|Bewertungen nach Bewertern|Fähigkeiten|Fähigkeitslücken je Dimension|Abhängigkeitsmatrix|Roadmap|Gantt-Diagramm"
	if got := strings.Join(f.GetSheetList(), "|"); got != want {
		t.Errorf("sheets %s", got)
	}
	if v, _ := f.GetCellValue("Kano", "A1"); v != "Rang" {
		t.Errorf("header %q", v)
	}
}

// Every sheet title fits Excel's 31 characters in both languages.
func TestSheetNamesFit(t *testing.T) {
	for _, l := range text.Langs {
		for _, s := range sheets {
			if n := len([]rune(l.T(s.title))); n > 31 {
				t.Errorf("%s sheet %q has %d characters", l, l.T(s.title), n)
			}
		}
	}
}

// Every style constant has a definition, and asking for an undefined one
// is an error, not style 0.
func TestStyles(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStylesIn(f, text.English)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.id(numStyles + 3); err == nil {
		t.Error("an undefined style resolved")
	}
	b := &book{f: f, styles: st}
	b.put("Sheet1", 1, 1, "x", numStyles+3)
	if b.err == nil {
		t.Error("writing with an undefined style was not an error")
	}
}

var refRE = regexp.MustCompile(`^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$`)

// TestWorkbookStructure unzips the workbook and checks it as Excel would:
// every relationship points at a part that exists, every chart part is
// well-formed XML, every formula in a chart names an existing sheet and
// cells that hold values, series names are references to non-empty cells,
// scatter X values are numeric references, and print titles name their sheet.
func TestWorkbookStructure(t *testing.T) {
	for _, example := range []string{"automotive-aftermarket", "intralogistics"} {
		t.Run(example, func(t *testing.T) {
			data := renderTo(t, exampleReport(t, example), WriteXLSX)
			checkWorkbookStructure(t, data)
		})
	}
}

func checkWorkbookStructure(t *testing.T, data []byte) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string][]byte{}
	for _, zf := range zr.File {
		rc, _ := zf.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		parts[zf.Name] = b
	}
	f := openBook(t, data)
	sheets := map[string]bool{}
	for _, s := range f.GetSheetList() {
		sheets[s] = true
	}
	target := regexp.MustCompile(`<Relationship [^>]*Target="([^"]+)"[^>]*/?>`)
	charts := 0
	for name, body := range parts {
		if strings.HasSuffix(name, ".rels") {
			dir := path.Dir(path.Dir(name)) // xl/worksheets/_rels/x.rels -> xl/worksheets
			for _, m := range target.FindAllSubmatch(body, -1) {
				if bytes.Contains(m[0], []byte(`TargetMode="External"`)) {
					continue
				}
				tgt := string(m[1])
				var p string
				if strings.HasPrefix(tgt, "/") {
					p = strings.TrimPrefix(tgt, "/")
				} else {
					p = path.Clean(path.Join(dir, tgt))
				}
				if _, ok := parts[p]; !ok {
					t.Errorf("%s: relationship target %s (%s) does not exist", name, tgt, p)
				}
			}
		}
		if !strings.HasPrefix(name, "xl/charts/chart") {
			continue
		}
		charts++
		dec := xml.NewDecoder(bytes.NewReader(body))
		var stack []string
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: not well-formed: %v", name, err)
			}
			switch x := tok.(type) {
			case xml.StartElement:
				stack = append(stack, x.Name.Local)
			case xml.EndElement:
				stack = stack[:len(stack)-1]
			case xml.CharData:
				if len(stack) == 0 || stack[len(stack)-1] != "f" {
					continue
				}
				where := strings.Join(stack, "/")
				checkRef(t, f, sheets, name, where, string(x))
				if strings.HasSuffix(where, "xVal/strRef/f") {
					t.Errorf("%s: scatter X values are a text reference: %s", name, x)
				}
			}
		}
	}
	if charts == 0 {
		t.Fatal("no chart parts")
	}
	for _, dn := range f.GetDefinedName() {
		m := regexp.MustCompile(`^'((?:[^']|'')+)'!`).FindStringSubmatch(dn.RefersTo)
		if m == nil || !sheets[strings.ReplaceAll(m[1], "''", "'")] {
			t.Errorf("defined name %s refers to %s", dn.Name, dn.RefersTo)
		}
	}
}

// checkRef checks one chart formula: an existing sheet, and cells that hold
// values (series names: a single non-empty cell).
func checkRef(t *testing.T, f *excelize.File, sheets map[string]bool, part, where, formula string) {
	t.Helper()
	m := refRE.FindStringSubmatch(formula)
	if m == nil {
		t.Errorf("%s %s: %q is not a sheet reference", part, where, formula)
		return
	}
	sheet := strings.ReplaceAll(m[1], "''", "'")
	if !sheets[sheet] {
		t.Errorf("%s %s: sheet %q does not exist", part, where, sheet)
		return
	}
	c1, c2, r2 := m[2], m[4], m[5]
	if c2 == "" {
		c2, r2 = c1, m[3]
	}
	if c1 != c2 {
		t.Errorf("%s %s: %q spans columns", part, where, formula)
	}
	from, to := atoi(m[3]), atoi(r2)
	empty := 0
	for row := from; row <= to; row++ {
		v, _ := f.GetCellValue(sheet, c1+itoa(row))
		if v == "" {
			empty++
		}
	}
	if strings.Contains(where, "tx/strRef") && (from != to || empty > 0) {
		t.Errorf("%s %s: series name %q is not one cell with a name", part, where, formula)
	}
	if empty == to-from+1 {
		t.Errorf("%s %s: %q holds no values", part, where, formula)
	}
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
