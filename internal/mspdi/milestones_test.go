package mspdi_test

import (
	"bytes"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/examples"
	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/mspdi"
	"github.com/dsc-workbench/dsc/internal/testenv"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/roadmap"
	"github.com/dsc-workbench/dsc/templates"
)

// tasksByName indexes the export's tasks by name (every task with that
// name) and by UID.
func tasksByName(t *testing.T, data []byte) (map[string][]*node, map[string]*node) {
	t.Helper()
	byName, byUID := map[string][]*node{}, map[string]*node{}
	for _, tk := range parse(t, data).child("Tasks").all("Task") {
		byName[tk.value("Name")] = append(byName[tk.value("Name")], tk)
		byUID[tk.value("UID")] = tk
	}
	return byName, byUID
}

func preds(tk *node) []string {
	var out []string
	for _, l := range tk.all("PredecessorLink") {
		out = append(out, l.value("PredecessorUID"))
	}
	return out
}

// The approval milestone is in the export once (trial5 M1: the step-2 case
// and the plan's milestones both added it, the copy floating free), follows
// step 2's approval work and is what capabilities without prerequisites and
// the PMO follow.
func TestApprovalMilestoneOnceAndLinked(t *testing.T) {
	for _, name := range examples.Names() {
		t.Run(name, func(t *testing.T) {
			ws := testenv.LoadExample(t, name)
			l := text.LangOf(ws.Config.Lang())
			byName, byUID := tasksByName(t, export(t, name))
			ms := byName[text.MilestoneName(l, roadmap.MilestoneTargetApproved)]
			if len(ms) != 1 {
				t.Fatalf("%d approval milestones, want 1", len(ms))
			}
			approval := ms[0]
			if approval.value("WBS") != "2.2" || approval.value("Milestone") != "1" || approval.value("Critical") != "1" {
				t.Errorf("approval: WBS %s, milestone %s, critical %s", approval.value("WBS"), approval.value("Milestone"), approval.value("Critical"))
			}
			p := preds(approval)
			if len(p) != 1 || byUID[p[0]].value("Name") != text.StepName(l, 2) {
				t.Errorf("approval follows %v, want step 2's approval work", p)
			}
			pmo := byName[text.PMO(l)]
			if len(pmo) != 1 || strings.Join(preds(pmo[0]), ",") != approval.value("UID") {
				t.Errorf("the PMO follows %v, want the approval %s", preds(pmo[0]), approval.value("UID"))
			}
			followers := 0
			for _, tasks := range byName {
				for _, tk := range tasks {
					for _, u := range preds(tk) {
						if u == approval.value("UID") {
							followers++
						}
					}
				}
			}
			if followers < 2 {
				t.Errorf("%d tasks follow the approval", followers)
			}
		})
	}
}

// trial5 L3: d is pinned to 2027-04 (month 2), before the approval at the
// end of 2027-04 (month 3). The plan starts it there (and warns), so the
// export gives it a must-start-on constraint and no link from the approval
// that ends after it; a project tool would flag that link as a conflict or
// move d. Its notes say why. The PMO starts with d, before the approval,
// and is not linked to it either. c has no prerequisites and is not pinned:
// it follows the approval as before.
func TestPinBeforeApprovalHasNoContradictingLink(t *testing.T) {
	fsys := fstest.MapFS{
		"dsc.yaml": {Data: []byte(`client: PMO Test GmbH
language: en
segments:
  - id: B2B
    name: Business customers
settings:
  roadmap:
    start: 2027-02
    capacity: 5
    pmo_team_size: 1
    monthly_rate: 1000
    team_size: 2
`)},
		"capabilities.yaml": {Data: []byte(`capabilities:
  - {id: a, name: Alpha platform, element: it, dimension: it-systems, current: 1, target: 3, effort: 4}
  - {id: b, name: Beta integration, element: it, dimension: it-systems, current: 1, target: 3, effort: 4, depends_on: [a]}
  - {id: c, name: Gamma data, element: it, dimension: it-systems, current: 1, target: 3, effort: 6, team_size: 3}
  - {id: d, name: Delta skills, element: organisation, dimension: competencies, current: 1, target: 3, effort: 2, start: 2027-04}
`)},
	}
	starter, err := templates.FS("starter")
	if err != nil {
		t.Fatal(err)
	}
	catalog, err := fs.ReadFile(starter, "catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	fsys["catalog.yaml"] = &fstest.MapFile{Data: catalog}
	ws, err := workspace.Load(fsys, "pmo", "")
	if err != nil {
		t.Fatal(err)
	}
	caps, rm, err := analysis.RunSchedule(ws, ws.Settings, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := mspdi.Write(&b, mspdi.Input{Title: "PMO Test GmbH", Lang: text.English, Roadmap: rm, Clusters: caps.Clusters}); err != nil {
		t.Fatal(err)
	}
	byName, _ := tasksByName(t, b.Bytes())
	approval := byName["Target picture approved"][0]
	if approval.value("Finish") != "2027-04-30T17:00:00" {
		t.Errorf("approval at %s, want the end of April 2027", approval.value("Finish"))
	}
	d := byName["Delta skills"][0]
	if d.value("ConstraintType") != "2" || d.value("ConstraintDate") != "2027-04-01T08:00:00" || len(preds(d)) != 0 {
		t.Errorf("d: constraint %s on %s, links from %v; want must-start-on 2027-04-01 and no link", d.value("ConstraintType"),
			d.value("ConstraintDate"), preds(d))
	}
	if want := "Rule broken (capabilities start after the target picture is approved): “Delta skills” is pinned to start in 2027-04; the target picture is approved only by the end of 2027-04"; d.value("Notes") != want {
		t.Errorf("d's notes %q, want %q", d.value("Notes"), want)
	}
	if pmo := byName["Programme management office (PMO)"][0]; pmo.value("Start") != "2027-04-01T08:00:00" || len(preds(pmo)) != 0 {
		t.Errorf("the PMO starts %s after %v; want 2027-04-01 and no link", pmo.value("Start"), preds(pmo))
	}
	// c's first sub-phase (its requirements) follows the approval.
	var cReq *node
	for _, tk := range byName["System requirements"] {
		for _, u := range preds(tk) {
			if u == approval.value("UID") {
				cReq = tk
			}
		}
	}
	if cReq == nil || cReq.value("Start") != "2027-09-01T08:00:00" {
		t.Errorf("Gamma data's requirements do not follow the approval")
	}
}
