package roadmap

import (
	"reflect"
	"strings"
	"testing"
)

func caps(spec ...string) []Capability {
	// Each spec: "id:duration:dep1,dep2".
	var out []Capability
	for _, s := range spec {
		p := strings.Split(s, ":")
		c := Capability{ID: p[0], Name: strings.ToUpper(p[0]), Current: 1, Target: 3, Element: IT, Dimension: ITSystems}
		for _, ch := range p[1] {
			c.Duration = c.Duration*10 + float64(ch-'0')
		}
		c.Effort = 2 * c.Duration
		if len(p) > 2 && p[2] != "" {
			c.DependsOn = strings.Split(p[2], ",")
		}
		out = append(out, c)
	}
	return out
}

type view struct {
	Wave, FanIn, FanOut int
	ES, EF, Slack       float64
	Critical            bool
}

func views(g Graph) map[string]view {
	m := map[string]view{}
	for _, c := range g.Capabilities {
		m[c.ID] = view{c.Wave, c.FanIn, c.FanOut, c.EarliestStart, c.EarliestFinish, c.Slack, c.Critical}
	}
	return m
}

func TestChain(t *testing.T) {
	// a (2 months) -> b (3) -> c (1): starts 0, 2, 5; finishes 2, 5, 6.
	g, err := Analyze(caps("a:2", "b:3:a", "c:1:b"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]view{
		"a": {1, 1, 0, 0, 2, 0, true},
		"b": {2, 1, 1, 2, 5, 0, true},
		"c": {3, 0, 1, 5, 6, 0, true},
	}
	if got := views(g); !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	if g.Waves != 3 || g.Length != 6 || !reflect.DeepEqual(g.CriticalPath, []string{"a", "b", "c"}) {
		t.Errorf("waves %d length %v path %v", g.Waves, g.Length, g.CriticalPath)
	}
	if !g.Matrix[1][0] || g.Matrix[0][1] || !g.Matrix[2][1] {
		t.Errorf("matrix %v", g.Matrix)
	}
	if g.Capabilities[0].Gap != 2 {
		t.Errorf("gap %d", g.Capabilities[0].Gap)
	}
}

func TestDiamond(t *testing.T) {
	// a (1) feeds b (2) and c (4); d (1) needs both. d starts at max(1+2, 1+4) = 5.
	// Backward: d may start 5, so b may finish 5 (slack 5-3 = 2) and c must finish 5 (slack 0).
	g, err := Analyze(caps("a:1", "b:2:a", "c:4:a", "d:1:b,c"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]view{
		"a": {1, 2, 0, 0, 1, 0, true},
		"b": {2, 1, 1, 1, 3, 2, false},
		"c": {2, 1, 1, 1, 5, 0, true},
		"d": {3, 0, 2, 5, 6, 0, true},
	}
	if got := views(g); !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	if !reflect.DeepEqual(g.CriticalPath, []string{"a", "c", "d"}) || g.Length != 6 {
		t.Errorf("path %v length %v", g.CriticalPath, g.Length)
	}
}

func TestForest(t *testing.T) {
	// x (3) alone; y (2) -> z (2). The longest chain is y, z (4 months); x has 1 month of slack.
	g, err := Analyze(caps("x:3", "y:2", "z:2:y"))
	if err != nil {
		t.Fatal(err)
	}
	v := views(g)
	if v["x"].Wave != 1 || v["y"].Wave != 1 || v["z"].Wave != 2 || v["x"].Slack != 1 || v["x"].Critical {
		t.Errorf("views %+v", v)
	}
	if !reflect.DeepEqual(g.CriticalPath, []string{"y", "z"}) || g.Length != 4 || g.Waves != 2 {
		t.Errorf("path %v length %v waves %d", g.CriticalPath, g.Length, g.Waves)
	}
}

func TestCycleIsAnError(t *testing.T) {
	_, err := Analyze(caps("a:1:b", "b:1:a", "c:1:c", "d:1"))
	ce, ok := err.(*CycleError)
	if !ok {
		t.Fatalf("got %v", err)
	}
	if err.Error() != "dependency cycles: a -> b -> a; c -> c" || len(ce.Cycles) != 2 {
		t.Errorf("message %q", err)
	}
}

func TestDOT(t *testing.T) {
	g, _ := Analyze(caps("a:2", "b:3:a"))
	g.Capabilities[0].Name = `Say "hi"`
	dot := DOT(g)
	for _, want := range []string{`"a" -> "b";`, `label="Say \"hi\"\nit, 2 months"`, `{ rank=same; "a"; }`, `penwidth=2.5`} {
		if !strings.Contains(dot, want) {
			t.Errorf("dot lacks %s:\n%s", want, dot)
		}
	}
}
