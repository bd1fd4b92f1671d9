package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/golden"
)

func TestRoadmapFormats(t *testing.T) {
	t.Parallel()
	j := runInProcess("roadmap", "--example", "intralogistics", "--format", "json")
	if j.code != 0 {
		t.Fatalf("exit %d: %s", j.code, j.stderr)
	}
	golden.Text(t, "TestRoadmapFormats_json", []byte(j.stdout))
	c := runInProcess("roadmap", "--example", "intralogistics", "--format", "csv")
	if c.code != 0 || !strings.HasPrefix(c.stdout, "id,kind,step,parent,name,start,finish,start_month,end_month,") ||
		!strings.Contains(c.stdout, "\nstep-1,step,1,,") {
		t.Errorf("csv: %.300s", c.stdout)
	}
	tbl := runTTY(120, "roadmap", "--example", "automotive-aftermarket")
	for _, want := range []string{"Roadmap: 2027-02 – ", "PLAN", "LOAD", "COST", "Target picture approved", "Platform live"} {
		if !strings.Contains(tbl.stdout, want) {
			t.Errorf("table lacks %q", want)
		}
	}
	out := filepath.Join(t.TempDir(), "plan.xml")
	m := runInProcess("roadmap", "--example", "automotive-aftermarket", "--format", "mspdi", "--out", out)
	data, err := os.ReadFile(out)
	if m.code != 0 || err != nil || !strings.Contains(string(data), `<Project xmlns="http://schemas.microsoft.com/project">`) {
		t.Errorf("mspdi: exit %d %s %v", m.code, m.stderr, err)
	}
	if m.stdout != "" || !strings.Contains(m.stderr, "wrote "+out) {
		t.Errorf("--out: stdout %q stderr %q", m.stdout, m.stderr)
	}
}

// A process that needs organisation work breaks the organisation rule: the
// plan is printed, and the breach is a warning naming both capabilities.
func TestRoadmapWarnsOfBreaches(t *testing.T) {
	t.Parallel()
	ws := filepath.Join(t.TempDir(), "ws")
	runInProcess("init", ws, "--template", "starter")
	caps := `capabilities:
  - {id: skills, name: Digital skills, element: organisation, dimension: competencies, current: 1, target: 3, effort: 4}
  - {id: process, name: Order process, element: organisation, dimension: processes, current: 1, target: 3, effort: 4, depends_on: [unit]}
  - {id: unit, name: E-business unit, element: organisation, dimension: organisation, current: 1, target: 3, effort: 2}
`
	if err := os.WriteFile(filepath.Join(ws, "capabilities.yaml"), []byte(caps), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := runTTY(100, "roadmap", "--workspace", ws); !strings.Contains(r.stdout, "RULE BREACHES") || !strings.Contains(r.stdout, "needs “E-business unit” first") {
		t.Errorf("terminal view lacks the breach:\n%s", r.stdout)
	}
	r := runInProcess("roadmap", "--workspace", ws)
	want := "the organisation is designed after the competencies and the process landscape): “Order process” needs “E-business unit” first"
	if r.code != 0 || !strings.Contains(r.stderr, "warning: Rule broken (") || !strings.Contains(r.stderr, want) ||
		!strings.Contains(r.stdout, "\nunit\tcapability\t5\tstep-5\tE-business unit\t5\t6\t2027-06\t2027-06\t2\t\ttrue\ttribe-2\t\tskills\n") {
		t.Errorf("exit %d\nstdout %s\nstderr %s", r.code, r.stdout, r.stderr)
	}
	if r := runInProcess("roadmap", "--workspace", ws, "--format", "xml"); r.code != 2 {
		t.Errorf("unknown format: exit %d", r.code)
	}
	if r := runInProcess("roadmap", "--workspace", ws, "--out", "x.txt"); r.code != 2 || !strings.Contains(r.stderr, "--out writes a file") {
		t.Errorf("--out with a table: exit %d %s", r.code, r.stderr)
	}
}
