package workspace

import (
	"strings"
	"testing"
)

// A mapped column named by its position whose entry is misspelt is one
// message, naming the column: the stems' check and the validator each
// reported it (the validator as `mapped column ""`).
func TestMappedColumnByPositionUnknownEntryOnce(t *testing.T) {
	got := loadProblems(t, surveyWS("", "", map[string]string{"surveys/a.csv": "x",
		"surveys/a.map.yaml": "columns:\n  - {column: C, entry: live-chta, question: functional}\n"}))
	want := `surveys/a.map.yaml:2:24: mapped column C names unknown catalog entry "live-chta"; did you mean "live-chat"?`
	if strings.Count(got, "live-chta") != 1 || !strings.Contains(got, want) {
		t.Errorf("want the one message %q, got\n%s", want, got)
	}
}
