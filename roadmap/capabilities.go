package roadmap

import (
	"fmt"
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
	// effort and team size when not given); TeamSize is the people it needs
	// for its whole duration.
	Effort, Duration, TeamSize float64
	// Step is an explicit roadmap step (3-7), 0 for the default by dimension.
	Step      int
	DependsOn []string
	Enables   []string
	// Owner is the person accountable for the capability, if named.
	Owner string
	// PinnedStart fixes the start (months from the programme start) against
	// the rules; nil lets the schedule decide.
	PinnedStart *float64
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

// CapabilityResult is one capability in the dependency structure matrix.
type CapabilityResult struct {
	ID        string           `json:"id"`
	Name      string           `json:"name"`
	Element   OperatingElement `json:"element"`
	Dimension Dimension        `json:"dimension"`
	Step      int              `json:"step"`
	Current   int              `json:"current"`
	Target    int              `json:"target"`
	Gap       int              `json:"gap"`
	Effort    float64          `json:"effort"`
	Duration  float64          `json:"duration"`
	TeamSize  float64          `json:"team_size"`
	Owner     string           `json:"owner,omitempty"`
	DependsOn []string         `json:"depends_on"`
	Enables   []string         `json:"enables"`
	// FanIn counts the capabilities that need this one (hubs have many);
	// FanOut counts the ones it needs.
	FanIn  int `json:"fan_in"`
	FanOut int `json:"fan_out"`
	// Wave is 1 for capabilities with no prerequisites, else one after the
	// latest wave of its prerequisites; a coupled block shares one wave.
	Wave int `json:"wave"`
	// Block is the coupled block the capability belongs to, "" for none.
	Block string `json:"block,omitempty"`
	// Cluster is the proposed tribe team (see Cluster).
	Cluster string `json:"cluster"`
	// Start and Finish (months from the programme start), Slack and
	// Critical come from the one schedule (Plan); Analyze leaves them zero.
	Start    float64 `json:"start"`
	Finish   float64 `json:"finish"`
	Slack    float64 `json:"slack"`
	Critical bool    `json:"critical"`
}

// Block is a set of capabilities that need each other (a strongly connected
// component of the dependency graph). With coupling allowed it is built as
// one unit: its members start together, and whatever needs one of them waits
// for all of them.
type Block struct {
	ID           string   `json:"id"`
	Capabilities []string `json:"capabilities"`
	// Cycle is one concrete cycle through the block, e.g. [a b a].
	Cycle []string `json:"cycle"`
}

// Graph is the dependency structure matrix (DSM) of the capabilities,
// partitioned and clustered.
type Graph struct {
	// Capabilities are in sequence order: every prerequisite comes before
	// its dependents, waves form consecutive bands, the members of a coupled
	// block sit together, and within a wave the workspace's order holds.
	Capabilities []CapabilityResult `json:"capabilities"`
	// Matrix[i][j] is true when capability i needs capability j, rows and
	// columns in sequence order: marks sit below the diagonal, except inside
	// coupled blocks.
	Matrix   [][]bool       `json:"matrix"`
	Waves    int            `json:"waves"`
	Blocks   []Block        `json:"blocks"`
	Clusters []Cluster      `json:"clusters"`
	Params   ClusterOptions `json:"cluster_parameters"`
}

// DSMOptions tune the analysis of the dependency structure.
type DSMOptions struct {
	// AllowCoupled turns cycles into coupled blocks instead of an error.
	AllowCoupled bool
	Cluster      ClusterOptions
}

// Index maps a capability id to its position in the sequence.
func (g Graph) Index() map[string]int {
	m := make(map[string]int, len(g.Capabilities))
	for i, c := range g.Capabilities {
		m[c.ID] = i
	}
	return m
}

// Analyze partitions and clusters the dependency structure. Cycles are an
// error naming every one unless opts.AllowCoupled; a capability that needs
// itself is always an error. Unknown prerequisites are ignored (the loader
// reports them).
func Analyze(caps []Capability, opts DSMOptions) (Graph, error) {
	d := newDeps(caps)
	if cycles := d.cycles(); len(cycles) > 0 {
		self := [][]string{}
		for _, c := range cycles {
			if len(c) == 2 {
				self = append(self, c)
			}
		}
		if !opts.AllowCoupled {
			return Graph{}, &CycleError{Cycles: cycles}
		}
		if len(self) > 0 {
			return Graph{}, &CycleError{Cycles: self}
		}
	}
	part := partition(d)
	n := len(caps)
	g := Graph{Matrix: make([][]bool, n), Capabilities: make([]CapabilityResult, n), Blocks: []Block{}}
	pos := make([]int, n) // file index -> sequence position
	for p, i := range part.order {
		pos[i] = p
	}
	for p, i := range part.order {
		c := caps[i]
		g.Matrix[p] = make([]bool, n)
		for _, j := range d.prereq[i] {
			g.Matrix[p][pos[j]] = true
		}
		g.Capabilities[p] = CapabilityResult{ID: c.ID, Name: c.Name, Element: c.Element, Dimension: c.Dimension, Step: StepOf(c),
			Current: c.Current, Target: c.Target, Gap: c.Target - c.Current, Effort: c.Effort, Duration: c.Duration, TeamSize: c.TeamSize,
			Owner: c.Owner, DependsOn: nonNil(c.DependsOn), Enables: nonNil(c.Enables), FanOut: len(d.prereq[i]), Wave: part.wave[part.comp[i]]}
		g.Waves = max(g.Waves, g.Capabilities[p].Wave)
	}
	for i := range d.prereq {
		for _, j := range d.prereq[i] {
			g.Capabilities[pos[j]].FanIn++
		}
	}
	for _, b := range part.blocks {
		id := fmt.Sprintf("block-%d", len(g.Blocks)+1)
		blk := Block{ID: id, Cycle: cycleIn(b, d.prereq, d.ids)}
		for _, i := range b {
			blk.Capabilities = append(blk.Capabilities, caps[i].ID)
			g.Capabilities[pos[i]].Block = id
		}
		g.Blocks = append(g.Blocks, blk)
	}
	g.Params = opts.Cluster.withDefaults()
	var clusterOf []string
	g.Clusters, clusterOf = clusterGraph(g, g.Params)
	for p := range g.Capabilities {
		g.Capabilities[p].Cluster = clusterOf[p]
	}
	return g, nil
}

// deps is the dependency graph by index in the input order.
type deps struct {
	ids    []string
	index  map[string]int
	prereq [][]int // prereq[i]: what i needs, without duplicates
}

func newDeps(caps []Capability) deps {
	d := deps{ids: make([]string, len(caps)), index: make(map[string]int, len(caps)), prereq: make([][]int, len(caps))}
	for i, c := range caps {
		d.ids[i] = c.ID
		d.index[c.ID] = i
	}
	for i, c := range caps {
		seen := map[int]bool{}
		for _, dep := range c.DependsOn {
			if j, ok := d.index[dep]; ok && !seen[j] {
				seen[j] = true
				d.prereq[i] = append(d.prereq[i], j)
			}
		}
	}
	return d
}

func (d deps) cycles() [][]string {
	m := make(map[string][]string, len(d.ids))
	for i, ps := range d.prereq {
		for _, j := range ps {
			m[d.ids[i]] = append(m[d.ids[i]], d.ids[j])
		}
	}
	return Cycles(d.ids, m)
}

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}
