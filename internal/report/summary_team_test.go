package report

import (
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

// The start decision names the team sizes the plan really uses: a
// capability with its own team_size widens "2 people" to a range (trial6
// L6: "2 Personen je Fähigkeit" while three capabilities had team_size 3).
func TestConfirmStartNamesTheTeamSizes(t *testing.T) {
	// automotive-aftermarket: default 2, commerce-platform 4, crm-cdp 3.
	en := visibleText(string(renderTo(t, exampleReport(t, "automotive-aftermarket"), WriteHTML)))
	if want := "Confirm the start in February 2027 with 2 to 4 people per capability."; !strings.Contains(en, want) {
		t.Errorf("deck lacks %q", want)
	}
	// intralogistics: default 2, three capabilities with 3.
	de := visibleText(string(renderTo(t, exampleReport(t, "intralogistics"), WriteHTML)))
	if want := "Den Start im Januar 2027 mit 2 bis 3 Personen je Fähigkeit bestätigen."; !strings.Contains(de, want) {
		t.Errorf("deck lacks %q", want)
	}
	// Without its own team sizes every capability works with the default.
	m := exampleFS(t, "automotive-aftermarket")
	caps := regexp.MustCompile(`(?m)^\s*team_size: \d+\n`).ReplaceAllString(string(m["capabilities.yaml"].Data), "")
	m["capabilities.yaml"] = &fstest.MapFile{Data: []byte(caps)}
	one := visibleText(string(renderTo(t, build(t, m), WriteHTML)))
	if want := "Confirm the start in February 2027 with 2 people per capability."; !strings.Contains(one, want) {
		t.Errorf("deck lacks %q", want)
	}
}
