package survey_test

import (
	"strings"
	"testing"
)

// The same responses in two formats are one survey, not two: a Google
// Forms download next to the response sheet's .tsv download (timestamps
// "2024/03/04 9:12:05 AM GMT+1" and "3/4/2024 9:12:05", blanks typed as
// NA), a Microsoft Forms workbook next to its Excel "Unicode text" re-save
// (the serial 45425.33 and "13.05.2024 07:55", without seconds), a German
// Excel re-save where a blank became NA. Each pair is one message naming
// both files, with how many responses repeat: all of them (10, 8, 9).
func TestSameResponsesInTwoFormats(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want string
	}{
		{"google-forms/kano-grids.csv", "resaved/google-sheets_download.tsv",
			"surveys/kano-grids.csv:2:1: this response is also in ws/surveys/google-sheets_download.tsv:2: the same time and the same answers, and 9 more responses of this file are in that file;"},
		{"microsoft-forms/kano-de.xlsx", "resaved/microsoft-forms-de_excel-unicode-text.txt",
			`surveys/microsoft-forms-de_excel-unicode-text.txt:2:1: respondent "1" is also in ws/surveys/kano-de.xlsx:2: the same time and the same answers, and 7 more responses of this file are in that file;`},
		{"google-forms/kano-grids-de.csv", "resaved/google-forms-de_excel-csv-semicolon-cp1252.csv",
			"surveys/kano-grids-de.csv:2:1: this response is also in ws/surveys/google-forms-de_excel-csv-semicolon-cp1252.csv:2: the same time and the same answers, and 8 more responses of this file are in that file;"},
	} {
		t.Run(c.b, func(t *testing.T) {
			_, _, err := readWorkspace(fixtureWorkspace(t, map[string]string{c.a: "", c.b: ""}))
			got := problemsOf(t, err)
			if !strings.Contains(got, c.want) || strings.Count(got, "\n") != 0 {
				t.Errorf("got\n%s\nwant one problem: %s", got, c.want)
			}
		})
	}
}

// Different exports read together raise no duplicate: their respondents
// answered at other times, or differently. (The re-saves are copies.)
func TestDifferentExportsAreNoDuplicates(t *testing.T) {
	files := map[string]string{}
	for _, f := range loadExpected(t) {
		if f.Features == nil || f.Error != "" || strings.HasPrefix(f.File, "resaved/") || mappings[f.File] != "" {
			continue
		}
		if strings.HasSuffix(f.File, ".xlsx") {
			continue // same base names as the CSVs of the tool
		}
		files[f.File] = ""
	}
	if len(files) < 8 {
		t.Fatalf("only %d exports", len(files))
	}
	if _, _, err := readWorkspace(fixtureWorkspace(t, files)); err != nil {
		t.Fatal(err)
	}
}
