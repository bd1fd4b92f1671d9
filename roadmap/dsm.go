package roadmap

import (
	"slices"
	"sort"
)

// partitioned is the DSM partition: strongly connected components, their
// waves and the sequence of capabilities.
type partitioned struct {
	comp   []int   // capability -> component
	wave   []int   // component -> wave (1-based)
	order  []int   // sequence of capabilities (input indexes)
	blocks [][]int // components of two or more capabilities, in sequence order
}

// partition orders the capabilities as DSM tools do: strongly connected
// components (Tarjan) are kept together; a component's wave is one after the
// latest wave of the components it needs; the sequence runs wave by wave, and
// within a wave in the order of each component's first capability in the
// input, members in input order. Every prerequisite therefore precedes its
// dependents, except inside a coupled block.
func partition(d deps) partitioned {
	n := len(d.ids)
	comps := components(d.prereq) // prerequisites are emitted before dependents
	p := partitioned{comp: make([]int, n), wave: make([]int, len(comps))}
	for c, members := range comps {
		sort.Ints(members)
		for _, i := range members {
			p.comp[i] = c
		}
	}
	for c, members := range comps {
		p.wave[c] = 1
		for _, i := range members {
			for _, j := range d.prereq[i] {
				if p.comp[j] != c {
					p.wave[c] = max(p.wave[c], p.wave[p.comp[j]]+1)
				}
			}
		}
	}
	ord := make([]int, len(comps))
	for c := range ord {
		ord[c] = c
	}
	sort.Slice(ord, func(a, b int) bool {
		x, y := ord[a], ord[b]
		if p.wave[x] != p.wave[y] {
			return p.wave[x] < p.wave[y]
		}
		return comps[x][0] < comps[y][0]
	})
	for _, c := range ord {
		p.order = append(p.order, comps[c]...)
		if len(comps[c]) > 1 {
			p.blocks = append(p.blocks, slices.Clone(comps[c]))
		}
	}
	return p
}
