package workspace

import (
	"strings"
	"testing"
	"testing/fstest"
)

// The report section is read, a bad date is reported at its line, and a
// client still holding the blank template's placeholder is a warning.
func TestReportSettings(t *testing.T) {
	m := exampleFS(t, "intralogistics")
	cfg := string(m["dsc.yaml"].Data)
	cfg = cfg[:strings.Index(cfg, "report:")] // the example's own report section
	ok := cfg + "report:\n  confidentiality: Confidential\n  as_of: 2027-01-15\n"
	m["dsc.yaml"] = &fstest.MapFile{Data: []byte(ok)}
	ws, err := Load(m, "x", "")
	if err != nil {
		t.Fatal(err)
	}
	if ws.Config.Report.AsOf != "2027-01-15" || ws.Config.Report.Confidentiality != "Confidential" {
		t.Errorf("report settings %+v", ws.Config.Report)
	}
	bad := strings.Replace(cfg, "client: ", "client: <Your client>\n# was: ", 1) + "report:\n  as_of: 15.01.2027\n"
	m["dsc.yaml"] = &fstest.MapFile{Data: []byte(bad)}
	got := strings.Join(problems(t, m), "\n")
	if want := `as_of "15.01.2027" is not a date`; !strings.Contains(got, want) {
		t.Errorf("missing %q in:\n%s", want, got)
	}
	// The placeholder is a warning (every template alike), not a problem.
	m["dsc.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(cfg, "client: ", "client: <Your client>\n# was: ", 1))}
	ws, err = Load(m, "x", "")
	if err != nil || len(ws.Warnings) != 1 || !strings.Contains(ws.Warnings[0].Msg, `client is still the template's placeholder "<Your client>"`) {
		t.Errorf("placeholder: %v, warnings %v", err, ws.Warnings)
	}
}
