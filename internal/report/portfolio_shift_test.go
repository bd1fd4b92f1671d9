package report

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/text"
)

// The legend's segment shift names both segments whole: with ordinary
// German segment names (26 and 27 characters, trial7 N4) "from → to" is
// 56 characters, more than the 40 that fit beside the plot, so each name
// gets its own line and the key moves down by the extra line (13 px).
func TestPortfolioShiftLegendWraps(t *testing.T) {
	m := exampleFS(t, "automotive-aftermarket")
	y := string(m["dsc.yaml"].Data)
	y = strings.Replace(y, "name: Trade customers", "name: Instandhaltung und Service", 1)
	y = strings.Replace(y, "name: Private customers", "name: Maschinen- und Anlagenbauer", 1)
	m["dsc.yaml"] = &fstest.MapFile{Data: []byte(y)}
	f := portfolio(text.English, build(t, m))
	if len(f.Shifts) == 0 {
		t.Fatal("no segment shifts in the automotive example")
	}
	// 4 legend entries: the shift's first line at 79 + 4×17 = 147
	want := []shiftLine{{"Instandhaltung und Service →", 147}, {"Maschinen- und Anlagenbauer", 160}}
	if len(f.ShiftLines) != len(want) {
		t.Fatalf("shift lines %+v, want %+v", f.ShiftLines, want)
	}
	for i := range want {
		if f.ShiftLines[i] != want[i] {
			t.Errorf("shift line %d = %+v, want %+v", i, f.ShiftLines[i], want[i])
		}
	}
	if n := len(f.Legend); n != 4 || f.KeyTop != 96+4*17+13 {
		t.Errorf("%d legend entries, key heading at %v; want 4 and %v", n, f.KeyTop, 96+4*17+13)
	}

	// Short names stay on one line: "Trade customers → Private customers".
	g := portfolio(text.English, build(t, exampleFS(t, "automotive-aftermarket")))
	if len(g.ShiftLines) != 1 || g.ShiftLines[0].Text != "Trade customers → Private customers" || g.KeyTop != 96+4*17 {
		t.Errorf("short names: %+v, key at %v", g.ShiftLines, g.KeyTop)
	}
}
