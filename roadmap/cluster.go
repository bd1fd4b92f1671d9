package roadmap

import (
	"fmt"
	"math"
	"sort"
)

// ClusterOptions are the parameters of the clustering (docs/roadmap.md).
type ClusterOptions struct {
	// DependencyWeight is the affinity of two capabilities when one needs
	// the other (default 1).
	DependencyWeight float64 `json:"dependency_weight"`
	// SharedEntryWeight is the affinity added for each catalog entry both
	// enable (default 0.5).
	SharedEntryWeight float64 `json:"shared_entry_weight"`
	// Resolution scales the modularity's null model: above 1 gives more,
	// smaller teams; below 1 fewer, larger ones (default 1).
	Resolution float64 `json:"resolution"`
	// MaxSize caps the capabilities per team; 0 means no cap.
	MaxSize int `json:"max_size"`
}

// DefaultClusterOptions are the documented defaults.
var DefaultClusterOptions = ClusterOptions{DependencyWeight: 1, SharedEntryWeight: 0.5, Resolution: 1}

func (o ClusterOptions) withDefaults() ClusterOptions {
	if o == (ClusterOptions{}) {
		return DefaultClusterOptions
	}
	o.DependencyWeight = max(o.DependencyWeight, 0)
	o.SharedEntryWeight = max(o.SharedEntryWeight, 0)
	if o.Resolution <= 0 {
		o.Resolution = DefaultClusterOptions.Resolution
	}
	return o
}

// Cluster is a group of capabilities that depend on each other densely and
// enable the same catalog entries: a proposed tribe team of step 7.
type Cluster struct {
	ID string `json:"id"`
	// Lead is the capability with the most affinity inside the cluster (the
	// team's centre of gravity, a natural name for it).
	Lead string `json:"lead"`
	// Name is the lead capability's name.
	Name         string   `json:"name"`
	Capabilities []string `json:"capabilities"`
	// Entries are the catalog entries the cluster's capabilities enable: what
	// the team delivers.
	Entries []string `json:"entries"`
	// Cohesion is the share of the members' affinity that stays inside the
	// cluster (1 = self-contained, 0 = no ties at all).
	Cohesion float64 `json:"cohesion"`
}

// clusterGraph groups the capabilities by greedy modularity maximisation
// (Newman 2004, "Fast algorithm for detecting community structure"): the
// affinity of two capabilities is DependencyWeight when one needs the other
// plus SharedEntryWeight for every catalog entry both enable; starting from
// the coupled blocks and single capabilities, the pair of clusters whose
// merge raises the modularity Q = sum over clusters of (e_CC - r*a_C^2) most is
// merged, until no merge raises it. e_CC is the share of all affinity inside
// C, a_C the share of affinity ends in C, r the resolution. Ties go to the
// pair that comes first in the sequence, so the result is deterministic.
// It returns the clusters in sequence order and each capability's cluster.
func clusterGraph(g Graph, o ClusterOptions) ([]Cluster, []string) {
	n := len(g.Capabilities)
	w := make([]map[int]float64, n)
	for i := range w {
		w[i] = map[int]float64{}
	}
	add := func(i, j int, x float64) {
		if i != j && x > 0 {
			w[i][j] += x
			w[j][i] += x
		}
	}
	for i := range g.Matrix {
		for j, needs := range g.Matrix[i] {
			if needs && !(j < i && g.Matrix[j][i]) { // one tie per pair, even both ways
				add(i, j, o.DependencyWeight)
			}
		}
	}
	byEntry := map[string][]int{}
	var entries []string
	for i, c := range g.Capabilities {
		seen := map[string]bool{}
		for _, e := range c.Enables {
			if seen[e] {
				continue
			}
			seen[e] = true
			if _, ok := byEntry[e]; !ok {
				entries = append(entries, e)
			}
			byEntry[e] = append(byEntry[e], i)
		}
	}
	for _, e := range entries {
		ms := byEntry[e]
		for a := 0; a < len(ms); a++ {
			for b := a + 1; b < len(ms); b++ {
				add(ms[a], ms[b], o.SharedEntryWeight)
			}
		}
	}
	// Initial clusters: coupled blocks stay whole, everything else alone.
	of := make([]int, n)
	for i := range of {
		of[i] = -1
	}
	var members [][]int
	for i, c := range g.Capabilities {
		if of[i] >= 0 {
			continue
		}
		cl := len(members)
		members = append(members, []int{i})
		of[i] = cl
		if c.Block == "" {
			continue
		}
		for j := i + 1; j < n; j++ {
			if g.Capabilities[j].Block == c.Block {
				of[j] = cl
				members[cl] = append(members[cl], j)
			}
		}
	}
	adj := sortedAdjacency(w)
	total := 0.0
	deg := make([]float64, n)
	for i := range adj {
		for _, t := range adj[i] {
			deg[i] += t.x
		}
		total += deg[i]
	}
	merged := members
	if total > 0 {
		merged = greedyModularity(members, of, adj, deg, total, o)
	}
	out := make([]Cluster, 0, len(merged))
	for _, ms := range merged {
		sort.Ints(ms)
		in, all := 0.0, 0.0
		lead, best := ms[0], -1.0
		set := map[int]bool{}
		for _, i := range ms {
			set[i] = true
		}
		for _, i := range ms {
			s := 0.0
			for _, t := range adj[i] {
				all += t.x
				if set[t.j] {
					s += t.x
					in += t.x
				}
			}
			if s > best {
				lead, best = i, s
			}
		}
		c := Cluster{Lead: g.Capabilities[lead].ID, Name: g.Capabilities[lead].Name, Capabilities: []string{}, Entries: []string{}}
		if all > 0 {
			c.Cohesion = math.Round(in/all*1000) / 1000
		}
		seen := map[string]bool{}
		for _, i := range ms {
			c.Capabilities = append(c.Capabilities, g.Capabilities[i].ID)
			for _, e := range g.Capabilities[i].Enables {
				if !seen[e] {
					seen[e] = true
					c.Entries = append(c.Entries, e)
				}
			}
		}
		out = append(out, c)
	}
	index := g.Index()
	sort.SliceStable(out, func(a, b int) bool { return index[out[a].Capabilities[0]] < index[out[b].Capabilities[0]] })
	clusterOf := make([]string, n)
	for k := range out {
		out[k].ID = fmt.Sprintf("tribe-%d", k+1)
		for _, id := range out[k].Capabilities {
			clusterOf[index[id]] = out[k].ID
		}
	}
	return out, clusterOf
}

// tie is one affinity of a capability.
type tie struct {
	j int
	x float64
}

// sortedAdjacency lists each capability's ties by partner, so sums run in a
// fixed order and the result is the same on every run.
func sortedAdjacency(w []map[int]float64) [][]tie {
	out := make([][]tie, len(w))
	for i, m := range w {
		for j, x := range m {
			out[i] = append(out[i], tie{j, x})
		}
		sort.Slice(out[i], func(a, b int) bool { return out[i][a].j < out[i][b].j })
	}
	return out
}

// greedyModularity merges clusters while the best merge raises modularity.
func greedyModularity(members [][]int, of []int, adj [][]tie, deg []float64, total float64, o ClusterOptions) [][]int {
	k := len(members)
	alive := make([]bool, k)
	a := make([]float64, k)         // share of affinity ends in the cluster
	e := make([]map[int]float64, k) // e[x][y]: share of affinity between x and y (one direction)
	first := make([]int, k)         // first sequence position, for ties
	for c, ms := range members {
		alive[c] = true
		e[c] = map[int]float64{}
		first[c] = ms[0]
		for _, i := range ms {
			a[c] += deg[i] / total
			for _, t := range adj[i] {
				if d := of[t.j]; d != c {
					e[c][d] += t.x / total
				}
			}
		}
	}
	for {
		bx, by, best := -1, -1, 1e-12
		for x := 0; x < k; x++ {
			if !alive[x] {
				continue
			}
			for y, exy := range e[x] {
				if y <= x || !alive[y] || (o.MaxSize > 0 && len(members[x])+len(members[y]) > o.MaxSize) {
					continue
				}
				dq := 2 * (exy - o.Resolution*a[x]*a[y])
				if dq > best+1e-12 || (math.Abs(dq-best) <= 1e-12 && bx >= 0 && less2(first, x, y, bx, by)) {
					bx, by, best = x, y, dq
				}
			}
		}
		if bx < 0 {
			break
		}
		// Merge by into bx.
		members[bx] = append(members[bx], members[by]...)
		a[bx] += a[by]
		first[bx] = min(first[bx], first[by])
		for z, x := range e[by] {
			if z == bx {
				continue
			}
			e[bx][z] += x
			e[z][bx] += x
			delete(e[z], by)
		}
		delete(e[bx], by)
		alive[by] = false
		members[by] = nil
	}
	var out [][]int
	for c := 0; c < k; c++ {
		if alive[c] {
			out = append(out, members[c])
		}
	}
	return out
}

// less2 orders candidate pairs by the sequence positions of their clusters.
func less2(first []int, x, y, bx, by int) bool {
	p, q := [2]int{min(first[x], first[y]), max(first[x], first[y])}, [2]int{min(first[bx], first[by]), max(first[bx], first[by])}
	return p[0] < q[0] || (p[0] == q[0] && p[1] < q[1])
}
