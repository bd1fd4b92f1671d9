package survey

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/kano"
)

// TestHugeLine: a single huge line stops at the documented limits (a cell
// of 1 MB, a row of 16 MB or of 16,384 cells) with one message at its
// place, on one core and in parallel, wide and long.
func TestHugeLine(t *testing.T) {
	big := strings.Repeat("x", 2<<20)                              // one cell of 2 MB
	longRow := strings.Repeat(strings.Repeat("y", 2000)+",", 8500) // 17 MB in 8,500 cells
	commas := strings.Repeat(",", 15<<20)                          // 15 MB of empty cells
	cases := []struct {
		name, data string
		line, col  int
		msg        string
	}{
		{"wide, a long cell", "respondent,segment,a_functional,a_dysfunctional\nr1,B2B,1,5\nr2," + big + ",1,5\nr3,B2C,1,5\n", 3, 4, "a cell holds more than 1 MB"},
		{"wide, a quote never closed", "respondent,segment,a_functional,a_dysfunctional\nr1,B2B,1,5\nr2,\"B2B,1,5\n" + strings.Repeat("r,B2C,1,5\n", 200000), 3, 4, "a cell holds more than 1 MB"},
		{"long, a long cell", "respondent,feature,functional,dysfunctional\nr1,a,1,5\nr1,b,1," + big + "\n", 3, 8, "a cell holds more than 1 MB"},
		{"wide, a long row", "respondent,segment,a_functional,a_dysfunctional\nr1,B2B,1,5\nr2,B2B," + longRow + "\n", 3, 1, "a row holds more than 16 MB"},
		// "r2,B2B," is 7 bytes; field k > 2 starts at column k+5: the
		// 16,385th at 16,390.
		{"wide, a row of commas", "respondent,segment,a_functional,a_dysfunctional\nr1,B2B,1,5\nr2,B2B" + commas + "\n", 3, 16390, "a row holds more than 16384 cells"},
		// "respondent," is 11 bytes; field k > 1 starts at column k+10.
		{"a header of commas", "respondent" + commas + "\nr1\n", 1, 16395, "a row holds more than 16384 cells"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, s := readBoth(t, []byte(c.data), Config{SegmentBy: "segment"})
			if p != s {
				t.Errorf("parallel:\n%.400s\none core:\n%.400s", p, s)
			}
			s2 := kano.NewSurvey()
			_, err := Read(Source{FS: fstest.MapFS{"s.csv": {Data: []byte(c.data)}}, Path: "s.csv", Display: "s.csv"}, Config{SegmentBy: "segment"}, s2)
			var de *diag.Error
			if !errors.As(err, &de) || len(de.Problems) != 1 {
				t.Fatalf("got %v", err)
			}
			if pr := de.Problems[0]; pr.Line != c.line || pr.Col != c.col || pr.Msg != c.msg {
				t.Errorf("got %d:%d %q, want %d:%d %q", pr.Line, pr.Col, pr.Msg, c.line, c.col, c.msg)
			}
		})
	}
}

// TestHugeXLSXCell: a workbook cell over 1 MB is refused, not held.
func TestHugeXLSXCell(t *testing.T) {
	var sheet strings.Builder
	sheet.WriteString(`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>respondent</t></is></c><c r="B1" t="inlineStr"><is><t>a_functional</t></is></c><c r="C1" t="inlineStr"><is><t>a_dysfunctional</t></is></c></row>`)
	sheet.WriteString(`<row r="2"><c r="A2" t="inlineStr"><is><t>r1</t></is></c><c r="B2"><v>1</v></c><c r="C2"><v>5</v></c></row>`)
	sheet.WriteString(`<row r="3"><c r="A3" t="inlineStr"><is><t>`)
	for i := 0; sheet.Len() < 3<<20; i++ {
		fmt.Fprintf(&sheet, "%d ", i) // text that does not compress 1000:1
	}
	sheet.WriteString(`</t></is></c></row></sheetData></worksheet>`)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range map[string]string{
		"xl/workbook.xml":          `<workbook><sheets><sheet name="Data" sheetId="1"/></sheets></workbook>`,
		"xl/worksheets/sheet1.xml": sheet.String(),
	} {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	s := kano.NewSurvey()
	_, err := Read(Source{FS: fstest.MapFS{"s.xlsx": {Data: buf.Bytes()}}, Path: "s.xlsx", Display: "s.xlsx"}, Config{}, s)
	var de *diag.Error
	if !errors.As(err, &de) || len(de.Problems) != 1 || !strings.Contains(de.Problems[0].Msg, "a cell holds more than 1 MB") {
		t.Fatalf("got %v", err)
	}
}
