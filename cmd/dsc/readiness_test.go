package main

import (
	"encoding/json"
	"strconv"
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

// Piped TSV and CSV list the dimensions in the order the terminal shows
// them, by rank (largest weighted gap first), so the first rows of a pipe
// are the largest gaps (trial 5, L9: the pipe was in file order, 2 then 1).
func TestReadinessPipeByRank(t *testing.T) {
	t.Parallel()
	for _, format := range []string{"table", "csv"} {
		r := run(t, ".", "readiness", "--example", "intralogistics", "--format", format)
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		sep := "\t"
		if format == "csv" {
			sep = ","
		}
		lines := strings.Split(strings.TrimSpace(r.stdout), "\n")[1:]
		if len(lines) != 13 {
			t.Fatalf("%s: %d rows", format, len(lines))
		}
		for i, line := range lines {
			if rank := strings.SplitN(line, sep, 2)[0]; rank != strconv.Itoa(i+1) {
				t.Errorf("%s row %d has rank %q:\n%s", format, i+1, rank, r.stdout)
				break
			}
		}
	}
}
