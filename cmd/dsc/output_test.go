package main

import (
	"encoding/csv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// analysisCommands are the commands with tables, with arguments that show
// every table they have.
var analysisCommands = [][]string{
	{"kano"},
	{"journey"},
	{"journey", "--persona", "fleet-manager"},
	{"readiness"},
	{"readiness", "--questions"},
	{"capabilities"},
	{"roadmap"},
	{"market"},
}

// Every analysis command: on a terminal every line fits its width (80 and
// 120 columns on the larger example, 80 on the other); piped, one TSV table
// with a header row and no titles; --format csv the same table as CSV.
// (--format json is each command's own golden test.)
func TestOutputModes(t *testing.T) {
	t.Parallel()
	for _, example := range []string{"automotive-aftermarket", "intralogistics"} {
		for _, c := range analysisCommands {
			if c[0] == "journey" && len(c) > 1 && example != "automotive-aftermarket" {
				continue
			}
			name := example + "/" + strings.Join(c, "_")
			args := append(append([]string{}, c...), "--example", example)
			t.Run(name, func(t *testing.T) {
				widths := []int{80, 120}
				if example != "automotive-aftermarket" {
					widths = widths[:1]
				}
				for _, width := range widths {
					r := runTTY(width, args...)
					if r.code != 0 {
						t.Fatalf("terminal: exit %d: %s", r.code, r.stderr)
					}
					for i, l := range strings.Split(r.stdout, "\n") {
						if w := ansi.StringWidth(l); w > width {
							t.Errorf("width %d: line %d is %d wide: %q", width, i+1, w, l)
						}
					}
					if minusZero.MatchString(r.stdout) {
						t.Errorf("width %d: prints -0.00", width)
					}
				}
				piped := runInProcess(args...)
				if piped.code != 0 {
					t.Fatalf("piped: exit %d: %s", piped.code, piped.stderr)
				}
				lines := strings.Split(strings.TrimSuffix(piped.stdout, "\n"), "\n")
				tabs := strings.Count(lines[0], "\t")
				if tabs == 0 || strings.Contains(lines[0], " ") && !strings.Contains(lines[0], "\t") {
					t.Errorf("piped: first line is not a header row: %q", lines[0])
				}
				for i, l := range lines {
					if strings.Count(l, "\t") != tabs {
						t.Errorf("piped: line %d has %d tabs, the header %d: %q", i+1, strings.Count(l, "\t"), tabs, l)
						break
					}
					if strings.ContainsAny(l, "\r\x1b") {
						t.Errorf("piped: line %d holds a CR or an escape", i+1)
					}
				}
				if c[0] != "capabilities" && example == "automotive-aftermarket" { // capabilities' csv is the dependency matrix
					csvOut := runInProcess(append(args, "--format", "csv")...)
					recs, err := csv.NewReader(strings.NewReader(csvOut.stdout)).ReadAll()
					if csvOut.code != 0 || err != nil || len(recs) != len(lines) || strings.Join(recs[0], "\t") != lines[0] {
						t.Errorf("csv: exit %d, %v, %d records for %d piped lines", csvOut.code, err, len(recs), len(lines))
					}
				}
			})
		}
	}
}
