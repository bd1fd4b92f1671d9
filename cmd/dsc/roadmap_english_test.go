package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/examples"
)

// trial6 L2 and L9: the terminal view of `dsc roadmap` is the consultant's
// working view, English for dsc's own words (steps, the PMO, phases,
// milestones, tribe-team launches, pools, breach warnings) whatever the
// workspace's language (docs/workspace.md), as `dsc diff` names the steps;
// the capability names stay the workspace's own. The intralogistics example
// is German; b2b-commerce pinned to 2027-02 starts before its prerequisites
// and before the target picture is approved: three breaches on stderr.
func TestRoadmapTerminalIsEnglishInAGermanWorkspace(t *testing.T) {
	t.Parallel()
	m, err := examples.MapFS("intralogistics")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for name, f := range m {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		data := string(f.Data)
		if name == "capabilities.yaml" {
			old := "    name: B2B-Commerce-Plattform\n"
			if !strings.Contains(data, old) {
				t.Fatal("no b2b-commerce to pin")
			}
			data = strings.Replace(data, old, old+"    start: 2027-02\n", 1)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := runTTY(250, "roadmap", "--workspace", dir)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"Capacity: IT team 6, Organisation team 4, Governance team 3 people per month",
		"Step 1: In-depth assessment", "◆ Target picture approved", "Step 6: Systems and tools", "◆ Tribe team “",
		"Programme management office (PMO)", "System requirements", "Kompetenz in E-Business"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("terminal view lacks %q", want)
		}
	}
	for _, german := range []string{"Schritt", "Zielbild", "IT-Team", "Steuerungsteam", "Regel verletzt", "Systemanforderungen", "Tribe-Team „"} {
		if strings.Contains(r.stdout+r.stderr, german) {
			t.Errorf("terminal output holds the German %q", german)
		}
	}
	if n := strings.Count(r.stderr, "warning: Rule broken ("); n != 3 {
		t.Errorf("%d English breach warnings, want 3:\n%s", n, r.stderr)
	}
	// the deliverable's data keeps the workspace's language
	j := runInProcess("roadmap", "--workspace", dir, "--format", "json")
	if !strings.Contains(j.stdout, `"name": "Schritt 1: `) {
		t.Errorf("JSON lost the German step names")
	}
}
