package analysis

import (
	"errors"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/examples"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/roadmap"
)

// FuzzSchedule plans whatever capabilities.yaml and roadmap settings the
// loader accepts: the plan never panics, never fails once the workspace is
// valid, and keeps its invariants (every capability after the approval or
// pinned, within the finish; no pool over capacity without a pin).
func FuzzSchedule(f *testing.F) {
	example, err := examples.MapFS("automotive-aftermarket")
	if err != nil {
		f.Fatal(err)
	}
	// Only what planning reads: a fast load, so the fuzzer runs many inputs.
	base := fstest.MapFS{"catalog.yaml": example["catalog.yaml"]}
	f.Add(example["capabilities.yaml"].Data, example["dsc.yaml"].Data)
	f.Add([]byte("capabilities:\n  - {id: a, name: A, element: it, dimension: it-systems, current: 1, target: 2, effort: 3, depends_on: [b]}\n"+
		"  - {id: b, name: B, element: it, dimension: it-systems, current: 1, target: 2, effort: 1, depends_on: [a], team_size: 3}\n"),
		[]byte("client: X\nsettings:\n  roadmap: {start: 2027-01, coupled: allow, capacity: 3, pmo_team_size: 0}\n"))
	f.Add([]byte("capabilities:\n  - {id: a, name: A, element: organisation, dimension: organisation, current: 1, target: 2, effort: 3, start: 2027-02}\n"+
		"  - {id: b, name: B, element: organisation, dimension: processes, current: 1, target: 2, effort: 1, depends_on: [a]}\n"),
		[]byte("client: X\nsettings:\n  roadmap: {start: 2027-01, capacity: {organisation: 2, governance: 1}}\n"))
	f.Fuzz(func(t *testing.T, caps, config []byte) {
		m := fstest.MapFS{}
		for k, v := range base {
			m[k] = v
		}
		m["capabilities.yaml"] = &fstest.MapFile{Data: caps}
		m["dsc.yaml"] = &fstest.MapFile{Data: config}
		ws, err := workspace.Load(m, "fuzz", "")
		if err != nil || ws.Capabilities == nil || len(ws.Capabilities.Capabilities) > 200 {
			return
		}
		_, rm, err := RunSchedule(ws, ws.Settings, nil)
		if err != nil {
			// A valid workspace may still be unplannable: too few people
			// for a capability, or a plan that adds up past MaxMonths.
			var ce *roadmap.CapacityError
			var tl *roadmap.TooLongError
			if !errors.As(err, &ce) && !errors.As(err, &tl) {
				t.Fatalf("a valid workspace fails to plan: %v", err)
			}
			return
		}
		offset := rm.AssessmentMonths + rm.ApprovalMonths
		for _, c := range rm.Capabilities {
			if (c.Start < offset-1e-9 && !c.Pinned) || c.Finish > rm.Finish+1e-9 || c.Finish < c.Start {
				t.Fatalf("%s runs %v-%v (approval %v, finish %v)", c.ID, c.Start, c.Finish, offset, rm.Finish)
			}
		}
		pinned := false
		for _, c := range rm.Capabilities {
			pinned = pinned || c.Pinned
		}
		for _, l := range rm.Load {
			if len(l.Over) > 0 && !pinned {
				t.Fatalf("pool %s over capacity in %v without a pin", l.Pool, l.Over)
			}
		}
	})
}
