package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/golden"
)

func TestReadinessExamples(t *testing.T) {
	for _, name := range []string{"automotive-aftermarket", "intralogistics"} {
		t.Run(name, func(t *testing.T) {
			r := run(t, ".", "readiness", "--example", name, "--format", "json")
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			golden.Text(t, "", []byte(r.stdout))
			var res struct {
				Index      float64 `json:"index"`
				Dimensions []struct {
					Current, Target float64
					Rank            int
				} `json:"dimensions"`
				Missing []struct{ Rater string } `json:"missing"`
			}
			if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
				t.Fatal(err)
			}
			if len(res.Dimensions) != 13 || res.Index <= 0 || res.Index >= 100 || len(res.Missing) == 0 {
				t.Errorf("index %v dims %d missing %d", res.Index, len(res.Dimensions), len(res.Missing))
			}
		})
	}
	tbl := runTTY(120, "readiness", "--example", "intralogistics", "--questions")
	for _, want := range []string{"DIMENSIONS by weighted gap", "DISAGREEMENT", "MISSING RATINGS", "cio did not rate in-1, in-2", "QUESTIONS"} {
		if !strings.Contains(tbl.stdout, want) {
			t.Errorf("table lacks %q", want)
		}
	}
}

func TestCapabilitiesFormats(t *testing.T) {
	j := run(t, ".", "capabilities", "--example", "intralogistics", "--format", "json")
	if j.code != 0 {
		t.Fatalf("exit %d: %s", j.code, j.stderr)
	}
	golden.Text(t, "TestCapabilitiesFormats_json", []byte(j.stdout))
	c := run(t, ".", "capabilities", "--example", "intralogistics", "--format", "csv")
	lines := strings.Split(strings.TrimSpace(c.stdout), "\n")
	if c.code != 0 || len(lines) != 25 || !strings.HasPrefix(lines[0], `needs \ of,ebusiness-competence,`) {
		t.Errorf("csv: %d lines, %q", len(lines), lines[0])
	}
	d := run(t, ".", "capabilities", "--example", "intralogistics", "--format", "dot")
	if d.code != 0 || !strings.HasPrefix(d.stdout, "digraph capabilities {") || !strings.Contains(d.stdout, `"pmo" -> "tribe-teams";`) {
		t.Errorf("dot: %s", d.stdout[:min(200, len(d.stdout))])
	}
	tbl := runTTY(120, "capabilities", "--example", "automotive-aftermarket")
	if !strings.Contains(tbl.stdout, "critical path 19.5 months") || !strings.Contains(tbl.stdout, "DEPENDENCY MATRIX") {
		t.Errorf("table: %s", tbl.stdout[:200])
	}
}

func TestCapabilitiesWithoutReadiness(t *testing.T) {
	dir := t.TempDir()
	run(t, dir, "init", "ws")
	os.Remove(filepath.Join(dir, "ws", "readiness.yaml"))
	r := runTTY(120, "capabilities", "--workspace", filepath.Join(dir, "ws"))
	if r.code != 0 || !strings.Contains(r.stdout, "2 capabilities in 2 waves; critical path 6 months") {
		t.Fatalf("exit %d: %s %s", r.code, r.stdout, r.stderr)
	}
	if r := run(t, dir, "readiness", "--workspace", "ws"); r.code != 1 || !strings.Contains(r.stderr, "readiness.yaml not found") {
		t.Errorf("readiness without file: exit %d %s", r.code, r.stderr)
	}
}
