package mspdi_test

import (
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/examples"
	"github.com/dsc-workbench/dsc/internal/testenv"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/roadmap"
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
