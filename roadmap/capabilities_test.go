package roadmap

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// caps builds capabilities from specs "id:duration:dep1,dep2" (IT, team of
// 2, effort = 2 x duration).
func caps(spec ...string) []Capability {
	var out []Capability
	for _, s := range spec {
		p := strings.Split(s, ":")
		c := Capability{ID: p[0], Name: strings.ToUpper(p[0]), Current: 1, Target: 3, Element: IT, Dimension: ITSystems, TeamSize: 2}
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

func ids(g Graph) []string {
	var out []string
	for _, c := range g.Capabilities {
		out = append(out, c.ID)
	}
	return out
}

// spans maps each capability to [start, finish] in months from the start.
func spans(p Plan) map[string][2]float64 {
	m := map[string][2]float64{}
	for _, c := range p.Capabilities {
		m[c.ID] = [2]float64{c.Start, c.Finish}
	}
	return m
}

func TestChainWavesAndCriticalPath(t *testing.T) {
	// a (2 months) -> b (3) -> c (1). Steps 1 and 2 take 2 + 1 months, so
	// a runs 3-5, b 5-8, c 8-9: every one is critical.
	g, p, err := Schedule(caps("c:1:b", "a:2", "b:3:a"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ids(g), []string{"a", "b", "c"}) || g.Waves != 3 {
		t.Errorf("sequence %v waves %d", ids(g), g.Waves)
	}
	want := map[string][2]float64{"a": {3, 5}, "b": {5, 8}, "c": {8, 9}}
	if got := spans(p); !reflect.DeepEqual(got, want) {
		t.Errorf("spans %v", got)
	}
	if p.Finish != 9 || p.FinishUnlimited != 9 || !reflect.DeepEqual(p.CriticalPath, []string{"step-1", "step-2", "a", "b", "c"}) {
		t.Errorf("finish %v path %v", p.Finish, p.CriticalPath)
	}
	// The graph carries the same dates: one schedule.
	if c := g.Capabilities[1]; c.Start != 5 || c.Finish != 8 || !c.Critical || c.Wave != 2 || c.FanIn != 1 || c.FanOut != 1 || c.Gap != 2 {
		t.Errorf("graph row %+v", c)
	}
	if !g.Matrix[1][0] || g.Matrix[0][1] || !g.Matrix[2][1] {
		t.Errorf("matrix %v", g.Matrix)
	}
}

func TestDiamondSlack(t *testing.T) {
	// a (1) feeds b (2) and c (4); d (1) needs both. From month 3: a 3-4,
	// b 4-6, c 4-8, d starts at max(6, 8) = 8, ends 9. b may slip 8-6 = 2.
	_, p, err := Schedule(caps("a:1", "b:2:a", "c:4:a", "d:1:b,c"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	slack := map[string]float64{}
	for _, c := range p.Capabilities {
		slack[c.ID] = c.Slack
	}
	if !reflect.DeepEqual(slack, map[string]float64{"a": 0, "b": 2, "c": 0, "d": 0}) {
		t.Errorf("slack %v", slack)
	}
	if !reflect.DeepEqual(p.CriticalPath, []string{"step-1", "step-2", "a", "c", "d"}) || p.Finish != 9 {
		t.Errorf("path %v finish %v", p.CriticalPath, p.Finish)
	}
}

// Two coupled blocks: {b, c} need each other, and so do {f, g}.
//
//	a: -        wave 1
//	b: c, a     wave 2 (a is wave 1)  } block-1
//	c: b        wave 2                }
//	d: b        wave 3
//	f: g, d     wave 4 (d is wave 3)  } block-2
//	g: f        wave 4                }
//	h: g        wave 5
//
// The file order below is scrambled; the partition puts a first, then the
// block {c, b} (file order inside), d, the block {f, g}, h.
func partitionCase() []Capability {
	return caps("h:1:g", "f:2:g,d", "a:1", "c:3:b", "g:1:f", "b:2:c,a", "d:1:b")
}

func TestPartitionTwoCoupledBlocks(t *testing.T) {
	_, err := Analyze(partitionCase(), DSMOptions{})
	var ce *CycleError
	if !errors.As(err, &ce) || len(ce.Cycles) != 2 || err.Error() != "dependency cycles: b -> c -> b; f -> g -> f" {
		t.Fatalf("without coupling: %v", err)
	}
	g, err := Analyze(partitionCase(), DSMOptions{AllowCoupled: true})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a", "c", "b", "d", "f", "g", "h"}; !reflect.DeepEqual(ids(g), want) {
		t.Errorf("sequence %v, want %v", ids(g), want)
	}
	waves := []int{}
	for _, c := range g.Capabilities {
		waves = append(waves, c.Wave)
	}
	if !reflect.DeepEqual(waves, []int{1, 2, 2, 3, 4, 4, 5}) || g.Waves != 5 {
		t.Errorf("waves %v", waves)
	}
	want := []Block{{ID: "block-1", Capabilities: []string{"c", "b"}, Cycle: []string{"b", "c", "b"}},
		{ID: "block-2", Capabilities: []string{"f", "g"}, Cycle: []string{"f", "g", "f"}}}
	if !reflect.DeepEqual(g.Blocks, want) {
		t.Errorf("blocks %+v", g.Blocks)
	}
	// Marks above the diagonal only inside the blocks: c (1) needs b (2), f (4) needs g (5).
	for i := range g.Matrix {
		for j := range g.Matrix[i] {
			if g.Matrix[i][j] && j > i && !(i == 1 && j == 2) && !(i == 4 && j == 5) {
				t.Errorf("feedback mark %s needs %s outside a block", g.Capabilities[i].ID, g.Capabilities[j].ID)
			}
		}
	}
	if !g.Matrix[1][2] || !g.Matrix[2][1] || !g.Matrix[4][5] || !g.Matrix[5][4] || !g.Matrix[3][2] {
		t.Errorf("matrix %v", g.Matrix)
	}
	if g.Capabilities[1].Block != "block-1" || g.Capabilities[5].Block != "block-2" || g.Capabilities[0].Block != "" {
		t.Errorf("block ids %+v", g.Capabilities)
	}
}

func TestCoupledBlockIsScheduledAsOneUnit(t *testing.T) {
	// From month 3: a 3-4. Block {c 3 months, b 2 months} starts together at
	// 4: b 4-6, c 4-7; d needs b but waits for the whole block: 7-8. Block
	// {f 2, g 1} at 8: f 8-10, g 8-9; h needs g, waits for the block: 10-11.
	_, p, err := Schedule(partitionCase(), Options{DSM: DSMOptions{AllowCoupled: true}})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]float64{"a": {3, 4}, "c": {4, 7}, "b": {4, 6}, "d": {7, 8}, "f": {8, 10}, "g": {8, 9}, "h": {10, 11}}
	if got := spans(p); !reflect.DeepEqual(got, want) {
		t.Errorf("spans %v", got)
	}
	for _, c := range p.Capabilities {
		if c.ID == "d" && !reflect.DeepEqual(c.Predecessors, []string{"c", "b"}) {
			t.Errorf("d waits for %v, want the whole block", c.Predecessors)
		}
	}
	if !reflect.DeepEqual(p.CriticalPath, []string{"step-1", "step-2", "a", "c", "b", "d", "f", "g", "h"}) {
		t.Errorf("critical path %v", p.CriticalPath)
	}
}

func TestSelfDependencyStaysAnError(t *testing.T) {
	_, err := Analyze(caps("a:1:a", "b:1"), DSMOptions{AllowCoupled: true})
	if err == nil || err.Error() != "dependency cycles: a -> a" {
		t.Errorf("got %v", err)
	}
}
