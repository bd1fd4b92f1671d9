package workspace

import (
	"strings"
	"testing"
)

// Files under surveys/ that a user meant as survey input but no command
// reads are errors, one each, naming the file and the fix: a download dsc
// cannot open, and a mapping named for no export. Before, they were passed
// over and the analysis ran without the export or without its mapping.
func TestStraySurveyFiles(t *testing.T) {
	const csv = "respondent,live-chat_functional,live-chat_dysfunctional\nr1,1,5\n"
	const mapping = "codes: dislike-first\n"
	for _, c := range []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"old Excel", map[string]string{"surveys/export.xls": "\xd0\xcf\x11\xe0"},
			[]string{"surveys/export.xls: an old Excel workbook (.xls), which dsc cannot read; open it in Excel and save it as Excel Workbook (.xlsx) or CSV UTF-8"}},
		{"download zip and ods", map[string]string{"surveys/a.csv": csv, "surveys/a.csv.zip": "PK", "surveys/b.ODS": "PK"},
			[]string{"surveys/a.csv.zip: a zip archive, which dsc does not open; unzip it into surveys/", "surveys/b.ODS: an OpenDocument spreadsheet (.ods)"}},
		{".map.yml", map[string]string{"surveys/q.csv": csv, "surveys/q.map.yml": mapping},
			[]string{"surveys/q.map.yml: a mapping file's name ends in .map.yaml, so no command reads this one; rename it to q.map.yaml"}},
		{".map.yml beside .map.yaml", map[string]string{"surveys/q.csv": csv, "surveys/q.map.yaml": "attributes: {}\n", "surveys/q.map.yml": mapping},
			[]string{"surveys/q.map.yml: a mapping file's name ends in .map.yaml, so no command reads this one; delete it: q.map.yaml beside it is the mapping that is read"}},
		{"other case", map[string]string{"surveys/google.csv": csv, "surveys/Google.map.yaml": mapping},
			[]string{"surveys/Google.map.yaml: no survey export is named like this mapping file, so no command reads it (names differ in case); rename it to google.map.yaml"}},
		{"typo", map[string]string{"surveys/google.csv": csv, "surveys/googel.map.yaml": mapping},
			[]string{"surveys/googel.map.yaml: no survey export is named like this mapping file, so no command reads it; did you mean the mapping of google.csv? Rename it to google.map.yaml"}},
		{"no export like it", map[string]string{"surveys/google.csv": csv, "surveys/wave2.map.yaml": mapping},
			[]string{`surveys/wave2.map.yaml: no survey export is named like this mapping file, so no command reads it; a mapping is read for the export of the same name (surveys/NAME.csv -> surveys/NAME.map.yaml); exports here: "google.csv"`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := loadProblems(t, surveyWS("", "", c.files))
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("problems\n%s\nlack %q", got, w)
				}
			}
			if n := strings.Count(got, "\n") + 1; n != len(c.want) {
				t.Errorf("%d problems, want %d:\n%s", n, len(c.want), got)
			}
		})
	}
	// The README the templates put in surveys/, and a mapping beside its
	// export, are no strays.
	if _, err := Load(surveyWS("", "", map[string]string{"surveys/README.md": "x", "surveys/g.csv": csv, "surveys/g.map.yaml": "attributes: {}\n"}), "test", ""); err != nil {
		t.Errorf("README and a mapping beside its export: %v", err)
	}
}

// With a surveys: list, a mapping file no listed survey uses is a warning
// like an unlisted export.
func TestUnlistedMappingFile(t *testing.T) {
	const csv = "respondent,live-chat_functional,live-chat_dysfunctional\nr1,1,5\n"
	ws, err := Load(surveyWS("", "surveys:\n  - file: surveys/q.csv\n", map[string]string{"surveys/q.csv": csv, "surveys/q.map.yml": "codes: dislike-first\n"}), "test", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(ws.Unread) != 1 || !strings.Contains(ws.Unread[0].Msg, "surveys/q.map.yml is under surveys/ but no survey of the surveys: list uses it") {
		t.Errorf("unread %+v", ws.Unread)
	}
}

// sheet: chooses a sheet of a workbook; on a CSV it was accepted and
// silently meant nothing.
func TestSheetOnCSVIsRefused(t *testing.T) {
	const csv = "respondent,live-chat_functional,live-chat_dysfunctional\nr1,1,5\n"
	got := loadProblems(t, surveyWS("", "surveys:\n  - file: surveys/g.csv\n    sheet: Sheet1\n", map[string]string{"surveys/g.csv": csv}))
	want := `dsc.yaml:4:12: survey "surveys/g.csv" is no workbook, so it has no sheet "Sheet1"; remove the sheet: line (it chooses a sheet of an .xlsx or .xlsm)`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
