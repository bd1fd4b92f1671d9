package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
