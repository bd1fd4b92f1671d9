package xlsxscan

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/third_party/excelize"
)

// rowsOf reads every row of a sheet with the scanner.
func rowsOf(t testing.TB, data []byte, sheet string) ([][]string, error) {
	wb, err := Open(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	if sheet == "" {
		sheet = wb.Sheets()[0]
	}
	rows, err := wb.Rows(sheet)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out [][]string
	for {
		row, line, err := rows.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		if line != len(out)+1 {
			t.Fatalf("row %d numbered %d", len(out)+1, line)
		}
		out = append(out, append([]string{}, row...))
	}
}

// excelizeRows reads the rows as the survey reader did with excelize.
func excelizeRows(t testing.TB, data []byte, sheet string) [][]string {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if sheet == "" {
		sheet = f.GetSheetList()[0]
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for rows.Next() {
		cols, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, append([]string{}, cols...))
	}
	return out
}

func workbook(t testing.TB, fill func(f *excelize.File)) []byte {
	f := excelize.NewFile()
	defer f.Close()
	fill(f)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestLikeExcelize(t *testing.T) {
	data := workbook(t, func(f *excelize.File) {
		f.SetSheetName("Sheet1", "Antworten")
		f.SetCellValue("Antworten", "A1", "respondent")
		f.SetCellValue("Antworten", "B1", "Wie finden Sie <Lieferung> & \"Abholung\"?")
		f.SetCellValue("Antworten", "C1", "line\r\nbreak _x000D_ and _x005F_x0041_")
		f.SetCellValue("Antworten", "A2", 1)
		f.SetCellValue("Antworten", "B2", 4.5)
		f.SetCellValue("Antworten", "D2", true)
		f.SetCellFormula("Antworten", "E2", "=1+1")
		f.SetCellValue("Antworten", "A5", "after a gap")
		f.SetCellValue("Antworten", "AB5", "far right")
		f.SetCellRichText("Antworten", "B6", []excelize.RichTextRun{{Text: "rich "}, {Text: "text", Font: &excelize.Font{Bold: true}}})
		f.NewSheet("Second")
		f.SetCellValue("Second", "A1", "other")
	})
	for _, sheet := range []string{"", "Second"} {
		got, err := rowsOf(t, data, sheet)
		if err != nil {
			t.Fatal(err)
		}
		if want := excelizeRows(t, data, sheet); !reflect.DeepEqual(got, want) {
			t.Errorf("sheet %q:\n got %q\nwant %q", sheet, got, want)
		}
	}
}

// TestStreamWriter reads a workbook written by excelize's stream writer
// (inline strings), as the benchmark's workbooks are.
func TestStreamWriter(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	data := workbook(t, func(f *excelize.File) {
		sw, _ := f.NewStreamWriter("Sheet1")
		for r := 1; r <= 200; r++ {
			row := []any{"R" + string(rune('a'+r%26)), []string{"B2B", "B2C"}[r%2]}
			for c := 0; c < 12; c++ {
				switch rng.IntN(4) {
				case 0:
					row = append(row, nil)
				case 1:
					row = append(row, "I like it & more")
				default:
					row = append(row, 1+rng.IntN(5))
				}
			}
			cell, _ := excelize.CoordinatesToCellName(1, r+rng.IntN(2)*0)
			sw.SetRow(cell, row)
		}
		sw.Flush()
	})
	got, err := rowsOf(t, data, "")
	if err != nil {
		t.Fatal(err)
	}
	if want := excelizeRows(t, data, ""); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got[:3], want[:3])
	}
}

func TestBadWorkbooks(t *testing.T) {
	good := workbook(t, func(f *excelize.File) { f.SetCellValue("Sheet1", "A1", "x") })
	if _, err := rowsOf(t, []byte("PK\x03\x04 nothing"), ""); err == nil {
		t.Error("a broken zip was read")
	}
	if _, err := rowsOf(t, good[:len(good)/2], ""); err == nil {
		t.Error("half a workbook was read")
	}
	wb, err := Open(bytes.NewReader(good), int64(len(good)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := wb.Rows("nope"); err != ErrNoSheet {
		t.Errorf("missing sheet: %v", err)
	}
}

// TestSheetXML reads hand-written sheet XML: prefixes, gaps, references
// out of order, entities, CDATA, comments.
func TestSheetXML(t *testing.T) {
	xml := `<?xml version="1.0"?><x:worksheet xmlns:x="ns"><!-- a > comment --><x:sheetData>` +
		`<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>a &amp; b &#x263A; &#65;</x:t></x:is></x:c><x:c t="n"><x:v>3</x:v></x:c></x:row>` +
		`<x:row><x:c r="A3" t="str"><x:v><![CDATA[<raw>]]></x:v></x:c></x:row>` +
		`<x:row r="5"/></x:sheetData></x:worksheet>`
	r := &Rows{rc: io.NopCloser(nil), t: newTokenizer(strings.NewReader(xml))}
	var got [][]string
	for {
		row, _, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, append([]string{}, row...))
	}
	want := [][]string{{}, {"", "a & b ☺ A", "3"}, {"<raw>"}, {}, {}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// go test ./internal/xlsxscan -run XXX -fuzz FuzzSheetXML -fuzztime 1m
func FuzzSheetXML(f *testing.F) {
	f.Add([]byte(`<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1"><v>2</v></c></row></sheetData>`))
	f.Add([]byte(`<sheetData><row><c t="inlineStr"><is><r><t>x</t></r><rPh><t>y</t></rPh></is></c></row>`))
	f.Add([]byte(`<row r="1048577"><c r="XFE1"><v>&#0;&bogus;</v></c></row>`))
	f.Add([]byte(`<row><c r="B1" t="inlineStr"><is><t>a_x000D_b</t></is></c><c t="s"><v>1</v></c><c r="D1"/><c><v>&amp;</v></c></row>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		// The fast path for simple cells reads what the token loop reads.
		fast := sheetRows(t, data)
		fastCells = false
		defer func() { fastCells = true }()
		if slow := sheetRows(t, data); !reflect.DeepEqual(fast, slow) {
			t.Fatalf("fast path %q, token loop %q", fast, slow)
		}
	})
}

// go test ./internal/xlsxscan -run XXX -fuzz FuzzWorkbook -fuzztime 1m
func FuzzWorkbook(f *testing.F) {
	f.Add(workbook(f, func(x *excelize.File) { x.SetCellValue("Sheet1", "A1", "x") }))
	f.Fuzz(func(t *testing.T, data []byte) {
		rowsOf(t, data, "")
	})
}

// sheetRows reads the rows of a sheet's XML (up to an error), checking
// the limits.
func sheetRows(t *testing.T, data []byte) []string {
	r := &Rows{rc: io.NopCloser(nil), t: newTokenizer(bytes.NewReader(data)), shared: &sharedStrings{text: "ab", ends: []uint32{1, 2}}}
	var out []string
	for n := 0; n < 2*MaxRows; n++ {
		row, line, err := r.Next()
		if err != nil {
			return append(out, "error")
		}
		if len(row) > MaxColumns || line > MaxRows {
			t.Fatalf("row %d of %d cells", line, len(row))
		}
		if len(row) > 0 {
			out = append(out, fmt.Sprintf("%d:%q", line, row))
		}
	}
	return out
}
