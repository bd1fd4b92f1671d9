package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/workshop"
)

// Once dsc.yaml lists its surveys only those are read; a survey file left
// out of the list is said on every command (stderr, so JSON stays clean)
// and listed by validate as a warning, never dropped without a word.
func TestSurveyFileLeftOutOfTheListIsSaid(t *testing.T) {
	t.Parallel()
	ws := filepath.Join(t.TempDir(), "ws")
	if r := runInProcess("init", ws, "--template", "automotive-aftermarket"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	data, err := os.ReadFile(filepath.Join(ws, "surveys", "kano-2025-04.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(ws, "surveys", "kano-2026-11.csv"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	const want = `surveys/kano-2026-11.csv is under surveys/ but not in the surveys: list, so no command reads it; add "- file: surveys/kano-2026-11.csv" to surveys: in dsc.yaml, or move it out of surveys/`
	r := runInProcess("kano", "--workspace", ws, "--format", "json")
	if r.code != 0 || strings.Count(r.stderr, want) != 1 || !strings.HasPrefix(r.stderr, "warning: "+ws+"/dsc.yaml:") {
		t.Errorf("kano: exit %d, stderr:\n%s", r.code, r.stderr)
	}
	if strings.Contains(r.stdout, "kano-2026-11") {
		t.Error("the unlisted file was read")
	}
	r = runInProcess("validate", "--workspace", ws)
	if r.code != 0 || strings.Count(r.stderr, want) != 1 {
		t.Errorf("validate: exit %d, stderr:\n%s", r.code, r.stderr)
	}
	r = runInProcess("validate", "--workspace", ws, "--format", "json")
	if r.code != 0 || !strings.Contains(r.stdout, `"message": "surveys/kano-2026-11.csv is under surveys/ but not in the surveys: list`) || r.stderr != "" {
		t.Errorf("validate json: exit %d, stdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
}

// workshop export writes surveys/workshop-kano.yaml; when dsc.yaml lists
// its surveys and not that file, export says how to add it, or the
// participants' answers would be left out of kano and the report unsaid.
func TestWorkshopExportSaysTheFileIsNotListed(t *testing.T) {
	t.Parallel()
	ws := filepath.Join(t.TempDir(), "ws")
	if r := runInProcess("init", ws, "--template", "automotive-aftermarket"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	j, _, _, err := workshop.OpenTerminal(filepath.Join(ws, "workshops"), workshop.KindKano, "Anna", "B2B")
	if err != nil {
		t.Fatal(err)
	}
	for q, v := range map[string]int{"functional": 1, "dysfunctional": 4} {
		if err := j.Record(workshop.Event{Workshop: workshop.KindKano, Participant: "Anna", Action: workshop.ActionAnswer, Item: "live-stock", Question: q, Value: v}); err != nil {
			t.Fatal(err)
		}
	}
	j.Close()
	r := runInProcess("workshop", "export", "--workspace", ws)
	const want = `warning: dsc.yaml lists its surveys and surveys/workshop-kano.yaml is not among them: add "- file: surveys/workshop-kano.yaml" to surveys: so that dsc kano and dsc report read it`
	if r.code != 0 || strings.Count(r.stderr, want) != 1 || !strings.Contains(r.stderr, "exported 1 Kano participant and 0 raters") {
		t.Errorf("export: exit %d, stderr:\n%s", r.code, r.stderr)
	}
	if r.stdout != filepath.Join(ws, "surveys", "workshop-kano.yaml")+"\n" {
		t.Errorf("export: stdout %q", r.stdout)
	}
}
