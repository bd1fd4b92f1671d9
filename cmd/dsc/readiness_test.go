package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/golden"
)

func TestReadinessExamples(t *testing.T) {
	t.Parallel()
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
