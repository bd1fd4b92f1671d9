package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/golden"
)

func TestJourneyExamples(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"automotive-aftermarket", "intralogistics"} {
		t.Run(name, func(t *testing.T) {
			r := run(t, ".", "journey", "--example", name, "--format", "json")
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			golden.Text(t, "", []byte(r.stdout))
			var j struct {
				CategorySource string `json:"category_source"`
				Coverage       struct {
					Cells [][]struct{ Touchpoints int } `json:"cells"`
				} `json:"coverage"`
				Configuration struct {
					Closest string `json:"closest"`
				} `json:"channel_configuration"`
			}
			if err := json.Unmarshal([]byte(r.stdout), &j); err != nil {
				t.Fatal(err)
			}
			total := 0
			for _, row := range j.Coverage.Cells {
				for _, c := range row {
					total += c.Touchpoints
				}
			}
			if total < 60 || j.CategorySource != "kano" {
				t.Errorf("touchpoints %d, source %s", total, j.CategorySource)
			}
			want := map[string]string{"automotive-aftermarket": "maximum-growth", "intralogistics": "lead-generation"}[name]
			if j.Configuration.Closest != want {
				t.Errorf("closest model %s, want %s", j.Configuration.Closest, want)
			}
		})
	}
}

func TestJourneyTable(t *testing.T) {
	t.Parallel()
	r := runTTY(120, "journey", "--example", "automotive-aftermarket", "--persona", "fleet-manager")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"COVERAGE", "for persona fleet-manager", "HOLES", "CHANNEL CONFIGURATION: closest model maximum-growth", "Buy online, pick up in store  ", "KPIS ALONG THE JOURNEY", "EVIDENCE"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if bad := runInProcess("journey", "--example", "automotive-aftermarket", "--persona", "nobody"); bad.code != 2 {
		t.Errorf("unknown persona: exit %d", bad.code)
	}
}

func TestJourneyNeedsJourneyFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	run(t, dir, "init", "ws", "--template", "starter")
	if r := run(t, dir, "journey", "--workspace", "ws"); r.code != 0 {
		t.Fatalf("starter template: exit %d %s", r.code, r.stderr)
	}
	os.Remove(filepath.Join(dir, "ws", "journey.yaml"))
	r := run(t, dir, "journey", "--workspace", "ws")
	if r.code != 1 || !strings.Contains(r.stderr, "journey.yaml not found") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
}
