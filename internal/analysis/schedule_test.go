package analysis

import (
	"math"
	"testing"

	"github.com/dsc-workbench/dsc/examples"
	"github.com/dsc-workbench/dsc/internal/testenv"
	"github.com/dsc-workbench/dsc/roadmap"
)

// One schedule: the dependency matrix, the roadmap's capabilities and its
// rows give every capability the same months; calendar months round the
// start down and the end up, shown inclusive.
func TestOneSchedule(t *testing.T) {
	for _, name := range examples.Names() {
		ws := testenv.LoadExample(t, name)
		r, err := RunAll(ws, ws.Settings, nil)
		if err != nil {
			t.Fatal(err)
		}
		planned := map[string]roadmap.PlannedCapability{}
		for _, c := range r.Roadmap.Capabilities {
			planned[c.ID] = c
		}
		for _, c := range r.Capabilities.Capabilities {
			p, ok := planned[c.ID]
			it, found := r.Roadmap.Item(c.ID)
			if !ok || !found || c.Start != p.Start || c.Finish != p.Finish || it.Start != p.Start || it.Finish != p.Finish {
				t.Errorf("%s %s: matrix %v-%v, plan %v-%v, row %v-%v", name, c.ID, c.Start, c.Finish, p.Start, p.Finish, it.Start, it.Finish)
			}
			if it.StartIndex != int(math.Floor(p.Start)) || it.EndIndex != int(math.Ceil(p.Finish))-1 || it.StartMonth != r.Roadmap.Months[it.StartIndex] ||
				it.EndMonth != r.Roadmap.Months[it.EndIndex] {
				t.Errorf("%s %s: %v-%v shown as %s (%d) - %s (%d)", name, c.ID, p.Start, p.Finish, it.StartMonth, it.StartIndex, it.EndMonth, it.EndIndex)
			}
		}
	}
}

// The examples set a capacity and owners; their plans keep within it.
func TestExamplesRespectCapacity(t *testing.T) {
	for _, name := range examples.Names() {
		ws := testenv.LoadExample(t, name)
		_, rm, err := RunSchedule(ws, ws.Settings, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !rm.Capacity.Limited() {
			t.Errorf("%s sets no capacity", name)
		}
		for _, l := range rm.Load {
			if !l.Limited || len(l.Over) > 0 || l.Peak > l.Capacity+1e-9 {
				t.Errorf("%s: pool %s capacity %v (limited %v), peak %v, over in %v", name, l.Pool, l.Capacity, l.Limited, l.Peak, l.Over)
			}
		}
		owners := 0
		for _, c := range rm.Capabilities {
			if c.Owner != "" {
				owners++
			}
		}
		if owners < len(rm.Capabilities)*3/4 || rm.Cost.Total <= 0 || rm.Finish < rm.FinishUnlimited {
			t.Errorf("%s: %d of %d capabilities owned, cost %v, finish %v (unlimited %v)", name, owners, len(rm.Capabilities), rm.Cost.Total,
				rm.Finish, rm.FinishUnlimited)
		}
	}
}
