package roadmap

import (
	"slices"

	"sort"
)

// Cycles finds every dependency cycle among ids, one per strongly connected
// component (Tarjan's algorithm, iterative so deep chains cannot overflow the
// stack). Each cycle is returned as a path that starts and ends at the
// component's smallest id, e.g. [a b c a]. deps maps an id to the ids it
// depends on; unknown ids in deps are ignored. Cycles are sorted by first id.
func Cycles(ids []string, deps map[string][]string) [][]string {
	adj := adjacency(ids, deps)
	var cycles [][]string
	for _, comp := range components(adj) {
		if len(comp) == 1 && !slices.Contains(adj[comp[0]], comp[0]) {
			continue
		}
		cycles = append(cycles, cycleIn(comp, adj, ids))
	}
	sort.Slice(cycles, func(i, j int) bool { return cycles[i][0] < cycles[j][0] })
	return cycles
}

// Blocks returns the coupled blocks among ids: every strongly connected
// component of two or more capabilities, its ids sorted, the blocks sorted
// by first id. With settings.roadmap.coupled: allow such a block is built
// as one unit, its members at the same time.
func Blocks(ids []string, deps map[string][]string) [][]string {
	adj := adjacency(ids, deps)
	var blocks [][]string
	for _, comp := range components(adj) {
		if len(comp) < 2 {
			continue
		}
		b := make([]string, len(comp))
		for i, v := range comp {
			b[i] = ids[v]
		}
		sort.Strings(b)
		blocks = append(blocks, b)
	}
	sort.Slice(blocks, func(i, j int) bool { return blocks[i][0] < blocks[j][0] })
	return blocks
}

// adjacency turns deps into edges between positions in ids, ignoring
// unknown ids.
func adjacency(ids []string, deps map[string][]string) [][]int {
	index := make(map[string]int, len(ids))
	for i, id := range ids {
		index[id] = i
	}
	adj := make([][]int, len(ids))
	for i, id := range ids {
		for _, d := range deps[id] {
			if j, ok := index[d]; ok {
				adj[i] = append(adj[i], j)
			}
		}
	}
	return adj
}

// components returns the strongly connected components of adj.
func components(adj [][]int) [][]int {
	n := len(adj)
	idx := make([]int, n)
	low := make([]int, n)
	onStack := make([]bool, n)
	for i := range idx {
		idx[i] = -1
	}
	var comps [][]int
	var sccStack []int
	next := 0
	type frame struct{ v, edge int }
	for root := 0; root < n; root++ {
		if idx[root] >= 0 {
			continue
		}
		call := []frame{{root, 0}}
		idx[root], low[root] = next, next
		next++
		sccStack = append(sccStack, root)
		onStack[root] = true
		for len(call) > 0 {
			f := &call[len(call)-1]
			if f.edge < len(adj[f.v]) {
				w := adj[f.v][f.edge]
				f.edge++
				if idx[w] < 0 {
					idx[w], low[w] = next, next
					next++
					sccStack = append(sccStack, w)
					onStack[w] = true
					call = append(call, frame{w, 0})
				} else if onStack[w] {
					low[f.v] = min(low[f.v], idx[w])
				}
				continue
			}
			v := f.v
			call = call[:len(call)-1]
			if len(call) > 0 {
				p := call[len(call)-1].v
				low[p] = min(low[p], low[v])
			}
			if low[v] == idx[v] {
				var comp []int
				for {
					w := sccStack[len(sccStack)-1]
					sccStack = sccStack[:len(sccStack)-1]
					onStack[w] = false
					comp = append(comp, w)
					if w == v {
						break
					}
				}
				comps = append(comps, comp)
			}
		}
	}
	return comps
}

// cycleIn walks one concrete cycle inside a strongly connected component,
// starting at its smallest id and preferring the smallest next id, so the
// message is stable. A breadth-first search back to the start gives the
// shortest such cycle.
func cycleIn(comp []int, adj [][]int, ids []string) []string {
	in := make(map[int]bool, len(comp))
	start := comp[0]
	for _, v := range comp {
		in[v] = true
		if ids[v] < ids[start] {
			start = v
		}
	}
	prev := map[int]int{}
	queue := []int{start}
	visited := map[int]bool{start: true}
	end := -1
	for len(queue) > 0 && end < 0 {
		v := queue[0]
		queue = queue[1:]
		next := append([]int(nil), adj[v]...)
		sort.Slice(next, func(i, j int) bool { return ids[next[i]] < ids[next[j]] })
		for _, w := range next {
			if !in[w] {
				continue
			}
			if w == start {
				end = v
				break
			}
			if !visited[w] {
				visited[w] = true
				prev[w] = v
				queue = append(queue, w)
			}
		}
	}
	var rev []string
	for v := end; v != start; v = prev[v] {
		rev = append(rev, ids[v])
	}
	path := []string{ids[start]}
	for i := len(rev) - 1; i >= 0; i-- {
		path = append(path, rev[i])
	}
	return append(path, ids[start])
}
