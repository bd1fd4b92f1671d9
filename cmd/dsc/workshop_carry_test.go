package main

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/workshop"
)

// trial7 N25: a one-question readiness workshop exported with --assessment
// (as dsc's own hint advises) became the client's whole readiness. The
// starter's baseline: rater-1 rates ss-1 2 and it-1 2; importance 2 (sales
// structure) and 3 (IT), scale 1-5:
//
//	baseline: (2 x 2 + 3 x 2) / 5 = 2.0, index 100 x (2.0 - 1) / 4 = 25
//
// The workshop re-rates ss-1 as 4. Exported as 2027-01, it carries it-1 = 2
// over:
//
//	2027-01:  (2 x 4 + 3 x 2) / 5 = 2.8, index 100 x (2.8 - 1) / 4 = 45
//
// With --only-workshop it-1 is not rated in 2027-01 and its dimension drops
// out: 4.0, index 75 (what the export wrote before), with a warning.
func TestWorkshopExportCarriesTheAssessmentOver(t *testing.T) {
	dir := starterWorkspace(t)
	journals := filepath.Join(dir, "ws", "workshops")
	j, _, _, err := workshop.OpenTerminal(journals, workshop.KindReadiness, "rater-1", "")
	if err != nil {
		t.Fatal(err)
	}
	if err := j.Record(workshop.Event{Workshop: workshop.KindReadiness, Participant: "rater-1", Action: workshop.ActionAnswer, Item: "ss-1", Value: 4}); err != nil {
		t.Fatal(err)
	}
	j.Close()
	index := func() float64 {
		t.Helper()
		r := run(t, dir, "readiness", "--workspace", "ws", "--format", "json")
		var out struct{ Index float64 }
		if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
			t.Fatalf("readiness: %v\n%s", err, r.stderr)
		}
		return math.Round(out.Index*1e6) / 1e6 // 2.8 - 1 is 1.7999999999999998 in floating point
	}
	if got := index(); got != 25 {
		t.Fatalf("baseline index %v, want 25", got)
	}
	// Without a month the workshop would rate ss-1 twice in the baseline:
	// refused, and the hint names the re-assessment.
	r := run(t, dir, "workshop", "export", "--workspace", "ws")
	if r.code != 1 || !strings.Contains(r.stderr, `already rates "rater-1" for ss-1; export the session as a re-assessment with --assessment YYYY-MM, a month after the latest assessment (the workshop's ratings replace these, the others are carried over)`) {
		t.Fatalf("undated: exit %d: %s", r.code, r.stderr)
	}
	r = run(t, dir, "workshop", "export", "--workspace", "ws", "--assessment", "2027-01")
	if r.code != 0 || !strings.Contains(r.stderr, "assessment 2027-01: the workshop's 1 rating, and 1 rating of the undated baseline that the workshop did not rate, carried over unchanged") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "ws", "ratings", "workshop-readiness.yaml"))
	if !strings.HasSuffix(string(data), "  - rater: rater-1\n    assessment: 2027-01\n    scores:\n      it-1: 2\n      ss-1: 4\n") {
		t.Errorf("export file:\n%s", data)
	}
	if got := index(); got != 45 {
		t.Errorf("index after the workshop %v, want 45", got)
	}
	r = run(t, dir, "workshop", "export", "--workspace", "ws", "--assessment", "2027-01", "--only-workshop")
	if r.code != 0 || !strings.Contains(r.stderr, "warning: assessment 2027-01 holds only the workshop's 1 rating, the assessment before it (the undated baseline) 2:") {
		t.Fatalf("--only-workshop: exit %d: %s", r.code, r.stderr)
	}
	if got := index(); got != 75 {
		t.Errorf("index with --only-workshop %v, want 75", got)
	}
	if r := run(t, dir, "workshop", "export", "--workspace", "ws", "--only-workshop"); r.code != 2 || !strings.Contains(r.stderr, "--only-workshop goes with --assessment") {
		t.Errorf("--only-workshop alone: exit %d: %s", r.code, r.stderr)
	}
}
