package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/golden"
)

func TestCapabilitiesFormats(t *testing.T) {
	t.Parallel()
	j := runInProcess("capabilities", "--example", "intralogistics", "--format", "json")
	if j.code != 0 {
		t.Fatalf("exit %d: %s", j.code, j.stderr)
	}
	golden.Text(t, "TestCapabilitiesFormats_json", []byte(j.stdout))
	c := runInProcess("capabilities", "--example", "intralogistics", "--format", "csv")
	lines := strings.Split(strings.TrimSpace(c.stdout), "\n")
	if c.code != 0 || len(lines) != 1+23 || !strings.HasPrefix(lines[0], `needs \ of,wave,block,team,ebusiness-competence,`) ||
		!strings.HasPrefix(lines[1], "ebusiness-competence,1,,tribe-") {
		t.Errorf("csv: %d lines, %q %q", len(lines), lines[0], lines[1])
	}
	d := runInProcess("capabilities", "--example", "intralogistics", "--format", "dot")
	if d.code != 0 || !strings.HasPrefix(d.stdout, "digraph capabilities {") || !strings.Contains(d.stdout, `"role-staffing" -> "tribe-teams";`) {
		t.Errorf("dot: %s", d.stdout[:min(200, len(d.stdout))])
	}
	tbl := runTTY(120, "capabilities", "--example", "automotive-aftermarket")
	for _, want := range []string{"SEQUENCED DEPENDENCY MATRIX", "CAPABILITIES in sequence", "PROPOSED TRIBE TEAMS"} {
		if !strings.Contains(tbl.stdout, want) {
			t.Errorf("table lacks %q: %s", want, tbl.stdout[:200])
		}
	}
}

func TestCapabilitiesWithoutReadiness(t *testing.T) {
	t.Parallel()
	ws := filepath.Join(t.TempDir(), "ws")
	runInProcess("init", ws, "--template", "starter")
	os.Remove(filepath.Join(ws, "readiness.yaml"))
	r := runTTY(120, "capabilities", "--workspace", ws)
	// Digital sales competence (2 months) from month 3, then the platform
	// (4 months): 2027-04 – 2027-05 and 2027-06 – 2027-09.
	if r.code != 0 || !strings.Contains(r.stdout, "2 in 2 waves, 0 coupled blocks, 1 proposed tribe team;") ||
		!strings.Contains(r.stdout, "2027-06 – 2027-09") {
		t.Fatalf("exit %d: %s %s", r.code, r.stdout, r.stderr)
	}
	if r := runInProcess("readiness", "--workspace", ws); r.code != 1 || !strings.Contains(r.stderr, "readiness.yaml not found") {
		t.Errorf("readiness without file: exit %d %s", r.code, r.stderr)
	}
}

// The matrix's title says coupled blocks are marked #, and they are: two
// capabilities that need each other (coupled: allow) show # both ways.
func TestCapabilitiesMatrixMarksCoupledBlocks(t *testing.T) {
	t.Parallel()
	ws := filepath.Join(t.TempDir(), "ws")
	if r := runInProcess("init", ws, "--template", "starter"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	edit := func(file, old, new string) {
		p := filepath.Join(ws, file)
		data, err := os.ReadFile(p)
		if err != nil || !strings.Contains(string(data), old) {
			t.Fatalf("%s lacks %q (%v)", file, old, err)
		}
		if err := os.WriteFile(p, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	edit("capabilities.yaml", "    effort: 4\n", "    effort: 4\n    depends_on: [commerce-platform]\n")
	edit("dsc.yaml", "  roadmap:\n", "  roadmap:\n    coupled: allow\n")
	r := runTTY(100, "capabilities", "--workspace", ws)
	for _, want := range []string{"coupled blocks marked #\n", "1 digital-sales-skills    1  ■ #\n", "2 commerce-platform          # ■\n"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("matrix lacks %q:\n%s%s", want, r.stdout, r.stderr)
		}
	}
}
