package workspace

import (
	"strings"
	"testing"
)

// Survey paths in dsc.yaml: "./surveys/t.csv" and "surveys\t.csv" are
// surveys/t.csv; an absolute path or one leaving the workspace is an error
// at its line, never "stat ... invalid argument"; a near miss suggests the
// file that is there.
func TestSurveyPathsInConfig(t *testing.T) {
	files := map[string]string{"surveys/t.csv": "respondent,live-chat_functional,live-chat_dysfunctional\nr1,1,5\n"}
	for _, ok := range []string{"./surveys/t.csv", `surveys\t.csv`, "surveys/../surveys/t.csv"} {
		ws, err := Load(surveyWS("", "surveys:\n  - file: '"+ok+"'\n", files), "test", "")
		if err != nil {
			t.Errorf("%s: %v", ok, err)
			continue
		}
		if len(ws.Surveys) != 1 || ws.Surveys[0].File != "surveys/t.csv" || len(ws.Unread) != 0 {
			t.Errorf("%s: surveys %+v, unread %v", ok, ws.Surveys, ws.Unread)
		}
	}
	for file, want := range map[string]string{
		"/home/me/acme/surveys/t.csv": `dsc.yaml:3:11: survey file "/home/me/acme/surveys/t.csv" is an absolute path; give the path relative to the workspace folder, e.g. surveys/t.csv`,
		`C:\acme\surveys\t.csv`:       `dsc.yaml:3:11: survey file "C:\\acme\\surveys\\t.csv" is an absolute path;`,
		"../other/surveys/t.csv":      `dsc.yaml:3:11: survey file "../other/surveys/t.csv" is outside the workspace;`,
		"surveys/T.csv":               `dsc.yaml:3:11: survey file "surveys/T.csv" not found; did you mean "surveys/t.csv"?`,
		"surveys/t.cvs":               `dsc.yaml:3:11: survey file "surveys/t.cvs" not found; did you mean "surveys/t.csv"?`,
	} {
		got := loadProblems(t, surveyWS("", "surveys:\n  - file: '"+file+"'\n", files))
		if !strings.Contains(got, want) || strings.Contains(got, "invalid argument") {
			t.Errorf("%s:\ngot  %s\nwant %s", file, got, want)
		}
	}
}
