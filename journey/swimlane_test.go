package journey

import (
	"reflect"
	"testing"

	"github.com/dsc-workbench/dsc/kano"
)

// The small journey as swimlanes: p-b2c meets t1 (web) and t2 (store) at
// info and nothing at buy (a hole without touchpoints); p-b2b uses web and
// field; the combined lane has every channel with a touchpoint and names the
// personas with a hole per stage.
func TestSwimlanes(t *testing.T) {
	j := small()
	j.Touchpoints[0].KPIs = []KPI{{Name: "conversion", Current: ptr(2), Target: ptr(3)}}
	a := Analyze(j, Options{})
	lanes := Swimlanes(j, a.Holes)
	if len(lanes) != 3 || lanes[0].Persona != "p-b2b" || lanes[1].Persona != "p-b2c" || lanes[2].Persona != "" {
		t.Fatalf("lanes %+v", lanes)
	}
	b2c := lanes[1]
	if !reflect.DeepEqual(b2c.Channels, []int{0, 1}) || b2c.Segment != "B2C" {
		t.Errorf("p-b2c channels %v segment %q", b2c.Channels, b2c.Segment)
	}
	if got := b2c.Cells[0][0]; len(got) != 1 || got[0].ID != "t1" || got[0].Evidence != Measured ||
		!reflect.DeepEqual(got[0].Segments, []string{"B2B", "B2C"}) || got[0].Features[0].Category != kano.MustBe {
		t.Errorf("p-b2c info/web %+v", got)
	}
	if b2c.Stages[1].Hole != HoleNoTouchpoint || b2c.Stages[0].Hole != "" {
		t.Errorf("p-b2c holes %+v", b2c.Stages)
	}
	if k := b2c.Stages[0].KPIs; len(k) != 1 || *k[0].Gap != 1 {
		t.Errorf("p-b2c KPIs %+v", k)
	}
	if e := b2c.Stages[0].Evidence; e[Measured] != 1 || e[Hypothesis] != 1 {
		t.Errorf("p-b2c evidence %v", e)
	}
	all := lanes[2]
	if !reflect.DeepEqual(all.Channels, []int{0, 1, 2}) || len(all.Cells[1][2]) != 1 {
		t.Errorf("combined channels %v", all.Channels)
	}
	// p-b2b's buy stage meets only t3 (indifferent) and t4 (no features): a
	// hole without basics; p-b2c has no touchpoint there.
	if !reflect.DeepEqual(all.Stages[1].HolePersonas, []string{"p-b2b", "p-b2c"}) {
		t.Errorf("combined holes %+v", all.Stages[1])
	}
}

func ptr(x float64) *float64 { return &x }
