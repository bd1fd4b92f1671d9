package survey

import (
	"bytes"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/yamlx"
	"github.com/dsc-workbench/dsc/kano"
	"github.com/dsc-workbench/dsc/third_party/excelize"
)

// A summary sheet in front of the export (trial7 N13) gave 6-7 messages
// about a right mapping, none naming `sheet:`; now one names the sheet.
func TestSurveyOnASecondSheet(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "Auswertung")
	rows := map[string][][]any{
		"Auswertung": {{"Auswertung Kundenbefragung 2026"}, {"Antworten", 3}},
		"Daten": {
			{"respondent", "portal_functional", "portal_dysfunctional"},
			{"r1", 1, 5},
			{"r2", 2, 4},
		},
	}
	if _, err := f.NewSheet("Daten"); err != nil {
		t.Fatal(err)
	}
	for sheet, rs := range rows {
		for i, r := range rs {
			cell, _ := excelize.CoordinatesToCellName(1, i+1)
			if err := f.SetSheetRow(sheet, cell, &r); err != nil {
				t.Fatal(err)
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{"s.xlsx": {Data: buf.Bytes()}}
	src := Source{FS: fsys, Path: "s.xlsx", Display: "surveys/s.xlsx"}

	_, err := Read(src, Config{}, kano.NewSurvey())
	want := `surveys/s.xlsx: the first sheet "Auswertung" of surveys/s.xlsx holds no survey; sheet "Daten" does; name the sheet: "sheet: Daten" in the survey's mapping, or --sheet "Daten"`
	if ps := problems(t, err); len(ps) != 1 || ps[0] != want {
		t.Fatalf("got %q\nwant %q", ps, want)
	}

	src.Mapping = &Mapping{Loc: yamlx.Loc{File: "surveys/s.map.yaml"}}
	_, err = Read(src, Config{}, kano.NewSurvey())
	want = `surveys/s.map.yaml:1:1: the first sheet "Auswertung" of surveys/s.xlsx holds no survey; sheet "Daten" does; add the line "sheet: Daten" to the mapping`
	if ps := problems(t, err); len(ps) != 1 || ps[0] != want {
		t.Fatalf("got %q\nwant %q", ps, want)
	}

	// The fix works: with the sheet named, both respondents are read.
	src.Mapping.Sheet = "Daten"
	st, err := Read(src, Config{}, kano.NewSurvey())
	if err != nil || st.Respondents != 2 {
		t.Fatalf("got %+v, %v", st, err)
	}
}
