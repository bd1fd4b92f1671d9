package roadmap

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// Capability is one capability of the operating model the target picture needs.
type Capability struct {
	ID, Name  string
	Element   OperatingElement
	Dimension Dimension
	Current   int
	Target    int
	// Effort is in person-months; Duration in months (already derived from
	// effort and team size when not given).
	Effort, Duration float64
	// Step is an explicit roadmap step (3-7), 0 for the default by dimension.
	Step      int
	DependsOn []string
	Enables   []string
}

// CycleError names every dependency cycle.
type CycleError struct{ Cycles [][]string }

func (e *CycleError) Error() string {
	parts := make([]string, len(e.Cycles))
	for i, c := range e.Cycles {
		parts[i] = strings.Join(c, " -> ")
	}
	return "dependency cycles: " + strings.Join(parts, "; ")
}

// CapabilityResult is one capability in the dependency graph.
type CapabilityResult struct {
	ID        string           `json:"id"`
	Name      string           `json:"name"`
	Element   OperatingElement `json:"element"`
	Dimension Dimension        `json:"dimension"`
	Current   int              `json:"current"`
	Target    int              `json:"target"`
	Gap       int              `json:"gap"`
	Effort    float64          `json:"effort"`
	Duration  float64          `json:"duration"`
	DependsOn []string         `json:"depends_on"`
	Enables   []string         `json:"enables"`
	// FanIn counts the capabilities that need this one (hubs have many);
	// FanOut counts the ones it needs.
	FanIn  int `json:"fan_in"`
	FanOut int `json:"fan_out"`
	// Wave is 1 for capabilities with no prerequisites, else one after the
	// latest wave of its prerequisites.
	Wave int `json:"wave"`
	// EarliestStart and EarliestFinish are months from the start when every
	// capability starts as soon as its prerequisites finish; Slack is how
	// long it may slip without delaying the end.
	EarliestStart  float64 `json:"earliest_start"`
	EarliestFinish float64 `json:"earliest_finish"`
	Slack          float64 `json:"slack"`
	Critical       bool    `json:"critical"`
}

// Graph is the capability dependency analysis.
type Graph struct {
	Capabilities []CapabilityResult `json:"capabilities"`
	// Matrix[i][j] is true when capability i needs capability j (a design
	// structure matrix; rows and columns in capability order).
	Matrix [][]bool `json:"matrix"`
	Waves  int      `json:"waves"`
	// CriticalPath is the longest chain of prerequisites by duration.
	CriticalPath []string `json:"critical_path"`
	// Length is the duration of the critical path in months.
	Length float64 `json:"length"`
}

// Analyze builds the dependency graph. Cycles are an error naming every one;
// unknown prerequisites are ignored (the loader reports them).
func Analyze(caps []Capability) (Graph, error) {
	ids := make([]string, len(caps))
	deps := map[string][]string{}
	index := make(map[string]int, len(caps))
	for i, c := range caps {
		ids[i] = c.ID
		deps[c.ID] = c.DependsOn
		index[c.ID] = i
	}
	if cycles := Cycles(ids, deps); len(cycles) > 0 {
		return Graph{}, &CycleError{Cycles: cycles}
	}
	n := len(caps)
	g := Graph{Matrix: make([][]bool, n), Capabilities: make([]CapabilityResult, n)}
	prereq := make([][]int, n)
	for i, c := range caps {
		g.Matrix[i] = make([]bool, n)
		seen := map[int]bool{}
		for _, d := range c.DependsOn {
			if j, ok := index[d]; ok && !seen[j] {
				seen[j] = true
				g.Matrix[i][j] = true
				prereq[i] = append(prereq[i], j)
			}
		}
		g.Capabilities[i] = CapabilityResult{ID: c.ID, Name: c.Name, Element: c.Element, Dimension: c.Dimension,
			Current: c.Current, Target: c.Target, Gap: c.Target - c.Current, Effort: c.Effort, Duration: c.Duration,
			DependsOn: nonNil(c.DependsOn), Enables: nonNil(c.Enables), FanOut: len(prereq[i])}
	}
	for i := range prereq {
		for _, j := range prereq[i] {
			g.Capabilities[j].FanIn++
		}
	}
	dur := make([]float64, n)
	for i, c := range caps {
		dur[i] = c.Duration
	}
	sc := schedule(ids, prereq, dur, 0)
	g.Length = sc.end
	for i := range g.Capabilities {
		c := &g.Capabilities[i]
		c.Wave = sc.wave[i]
		g.Waves = max(g.Waves, c.Wave)
		c.EarliestStart, c.EarliestFinish, c.Slack = sc.start[i], sc.finish[i], sc.slack[i]
		c.Critical = c.Slack == 0
	}
	g.CriticalPath = criticalPath(ids, sc, prereq)
	return g, nil
}

// timing is the result of scheduling a dependency graph.
type timing struct {
	start, finish, slack []float64
	wave                 []int
	end                  float64
}

// schedule runs the forward and backward passes of the critical path method:
// every item starts at offset or when its last prerequisite finishes;
// slack is how far it may slip without delaying the end. The graph must be acyclic.
func schedule(ids []string, prereq [][]int, dur []float64, offset float64) timing {
	n := len(ids)
	t := timing{start: make([]float64, n), finish: make([]float64, n), slack: make([]float64, n), wave: make([]int, n), end: offset}
	order := topoOrder(ids, prereq)
	for _, i := range order {
		t.start[i], t.wave[i] = offset, 1
		for _, j := range prereq[i] {
			t.wave[i] = max(t.wave[i], t.wave[j]+1)
			t.start[i] = math.Max(t.start[i], t.finish[j])
		}
		t.finish[i] = t.start[i] + dur[i]
		t.end = math.Max(t.end, t.finish[i])
	}
	latest := make([]float64, n)
	for i := range latest {
		latest[i] = t.end
	}
	for k := len(order) - 1; k >= 0; k-- {
		i := order[k]
		ls := latest[i] - dur[i]
		for _, j := range prereq[i] {
			latest[j] = math.Min(latest[j], ls)
		}
	}
	for i := range t.slack {
		t.slack[i] = round9(latest[i] - t.finish[i])
	}
	return t
}

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

func round9(x float64) float64 { return math.Round(x*1e9) / 1e9 }

// topoOrder is Kahn's algorithm, taking the smallest id first so the order
// (and everything derived from it) is stable.
func topoOrder(ids []string, prereq [][]int) []int {
	n := len(ids)
	indeg := make([]int, n)
	dependents := make([][]int, n)
	for i := range prereq {
		indeg[i] = len(prereq[i])
		for _, j := range prereq[i] {
			dependents[j] = append(dependents[j], i)
		}
	}
	var ready []int
	for i := 0; i < n; i++ {
		if indeg[i] == 0 {
			ready = append(ready, i)
		}
	}
	less := func(a, b int) bool { return ids[a] < ids[b] }
	var order []int
	for len(ready) > 0 {
		sort.Slice(ready, func(a, b int) bool { return less(ready[a], ready[b]) })
		i := ready[0]
		ready = ready[1:]
		order = append(order, i)
		for _, d := range dependents[i] {
			indeg[d]--
			if indeg[d] == 0 {
				ready = append(ready, d)
			}
		}
	}
	return order
}

// criticalPath walks back from the item that finishes last (smallest id on
// a tie) through prerequisites that finish exactly when it starts.
func criticalPath(ids []string, t timing, prereq [][]int) []string {
	end := -1
	for i := range ids {
		if round9(t.finish[i]) == round9(t.end) && (end < 0 || ids[i] < ids[end]) {
			end = i
		}
	}
	if end < 0 {
		return []string{}
	}
	var rev []string
	for i := end; i >= 0; {
		rev = append(rev, ids[i])
		next := -1
		for _, j := range prereq[i] {
			if round9(t.finish[j]) == round9(t.start[i]) && (next < 0 || ids[j] < ids[next]) {
				next = j
			}
		}
		i = next
	}
	out := make([]string, len(rev))
	for k := range rev {
		out[k] = rev[len(rev)-1-k]
	}
	return out
}

// DOT renders the graph for Graphviz: prerequisite -> dependent, one rank per
// wave, critical capabilities drawn bold.
func DOT(g Graph) string {
	var b strings.Builder
	b.WriteString("digraph capabilities {\n  rankdir=LR;\n  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n")
	byWave := map[int][]string{}
	for _, c := range g.Capabilities {
		attrs := fmt.Sprintf("label=%s", dotQuote(fmt.Sprintf("%s\n%s, %g months", c.Name, c.Element, c.Duration)))
		if c.Critical {
			attrs += ", penwidth=2.5, color=\"#b03a2e\""
		}
		fmt.Fprintf(&b, "  %s [%s];\n", dotQuote(c.ID), attrs)
		byWave[c.Wave] = append(byWave[c.Wave], dotQuote(c.ID))
	}
	for w := 1; w <= g.Waves; w++ {
		fmt.Fprintf(&b, "  { rank=same; %s; }\n", strings.Join(byWave[w], "; "))
	}
	for i, c := range g.Capabilities {
		for j := range g.Matrix[i] {
			if g.Matrix[i][j] {
				fmt.Fprintf(&b, "  %s -> %s;\n", dotQuote(g.Capabilities[j].ID), dotQuote(c.ID))
			}
		}
	}
	b.WriteString("}\n")
	return b.String()
}

// dotQuote quotes an id or label for DOT, escaping what DOT would read.
func dotQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}
