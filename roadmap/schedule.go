package roadmap

import (
	"fmt"
	"math"
	"sort"

	"github.com/dsc-workbench/dsc/roundoff"
)

const eps = 1e-9

// unit is what the scheduler places: one capability, or a coupled block whose
// members start together; whatever needs a member waits for the whole unit.
type unit struct {
	members []int // capability indexes, in sequence order
	demand  []demand
	dur     float64 // the longest member
	prereq  []int   // units
	pin     *float64
	seq     int // sequence position of the first member, for ties
}

// demand is the people one member needs from a pool for its duration.
type demand struct {
	pool   string
	people float64
	dur    float64
}

// cpmResult is the critical path method without a capacity limit.
type cpmResult struct {
	es, ef, slack []float64
	end           float64
	topo          []int
}

// cpm runs the forward and backward passes: a unit starts at its pin, else
// at offset or when its last prerequisite finishes; slack is how far it may
// slip without delaying the end. A pinned unit does not hold back its
// prerequisites (the pin ignores them; the breach is reported instead).
func cpm(units []unit, offset float64) cpmResult {
	n := len(units)
	r := cpmResult{es: make([]float64, n), ef: make([]float64, n), slack: make([]float64, n), end: offset, topo: topoUnits(units)}
	for _, u := range r.topo {
		if p := units[u].pin; p != nil {
			r.es[u] = *p
		} else {
			r.es[u] = offset
			for _, p := range units[u].prereq {
				r.es[u] = math.Max(r.es[u], r.ef[p])
			}
		}
		r.ef[u] = roundoff.Key(r.es[u] + units[u].dur)
		r.end = math.Max(r.end, r.ef[u])
	}
	lf := make([]float64, n)
	for i := range lf {
		lf[i] = r.end
	}
	for k := n - 1; k >= 0; k-- {
		u := r.topo[k]
		ls := lf[u] - units[u].dur
		r.slack[u] = roundoff.Key(ls - r.es[u])
		if units[u].pin != nil {
			continue
		}
		for _, p := range units[u].prereq {
			lf[p] = math.Min(lf[p], ls)
		}
	}
	return r
}

// topoUnits is Kahn's algorithm taking the earliest sequence position first,
// so everything derived from the order is stable.
func topoUnits(units []unit) []int {
	n := len(units)
	indeg := make([]int, n)
	dependents := make([][]int, n)
	for u := range units {
		indeg[u] = len(units[u].prereq)
		for _, p := range units[u].prereq {
			dependents[p] = append(dependents[p], u)
		}
	}
	var ready, order []int
	for u := range units {
		if indeg[u] == 0 {
			ready = append(ready, u)
		}
	}
	for len(ready) > 0 {
		sort.Slice(ready, func(a, b int) bool { return units[ready[a]].seq < units[ready[b]].seq })
		u := ready[0]
		ready = ready[1:]
		order = append(order, u)
		for _, d := range dependents[u] {
			if indeg[d]--; indeg[d] == 0 {
				ready = append(ready, d)
			}
		}
	}
	return order
}

// reservation is people held in a pool over [start, finish).
type reservation struct {
	pool          string
	people        float64
	start, finish float64
}

// level is the resource-levelled schedule (a parallel schedule-generation
// scheme): time moves from event to event (a unit finishing, a pin starting
// or ending); at each time the units whose prerequisites are done are taken
// in priority order (least slack first, so the critical path leads; then the
// earliest latest start; then the sequence) and each starts if its pools have
// the people free for its whole duration. Pinned units start at their pin
// whatever the capacity. cap maps a pool to the people available; a pool
// that is absent is unlimited.
func level(units []unit, offset float64, c cpmResult, cap map[string]float64) ([]float64, error) {
	n := len(units)
	start := make([]float64, n)
	started := make([]bool, n)
	released := make([]bool, n)
	indeg := make([]int, n)
	dependents := make([][]int, n)
	for u := range units {
		indeg[u] = len(units[u].prereq)
		for _, p := range units[u].prereq {
			dependents[p] = append(dependents[p], u)
		}
	}
	var held []reservation // reservations in limited pools that may still matter
	var pinStarts []float64
	reserve := func(u int, at float64) {
		start[u], started[u] = at, true
		for _, d := range units[u].demand {
			if _, limited := cap[d.pool]; limited && d.people > 0 && d.dur > 0 {
				held = append(held, reservation{d.pool, d.people, at, at + d.dur})
			}
		}
	}
	for u := range units {
		if p := units[u].pin; p != nil {
			reserve(u, *p)
			pinStarts = append(pinStarts, *p, *p+units[u].dur)
		}
	}
	usage := func(pool string, at float64) float64 {
		s := 0.0
		for _, r := range held {
			if r.pool == pool && r.start <= at+eps && r.finish > at+eps {
				s += r.people
			}
		}
		return s
	}
	fits := func(u int, t float64) bool {
		for _, d := range units[u].demand {
			limit, limited := cap[d.pool]
			if !limited || d.people == 0 || d.dur == 0 {
				continue
			}
			points := []float64{t}
			for _, p := range pinStarts {
				if p > t+eps && p < t+d.dur-eps {
					points = append(points, p)
				}
			}
			for _, at := range points {
				need := 0.0
				for _, o := range units[u].demand {
					if o.pool == d.pool && at < t+o.dur-eps {
						need += o.people
					}
				}
				if usage(d.pool, at)+need > limit+eps {
					return false
				}
			}
		}
		return true
	}
	prio := func(a, b int) bool {
		x, y := c.slack[a], c.slack[b]
		if math.Abs(x-y) > eps {
			return x < y
		}
		lx, ly := c.es[a]+c.slack[a], c.es[b]+c.slack[b]
		if math.Abs(lx-ly) > eps {
			return lx < ly
		}
		return units[a].seq < units[b].seq
	}
	t := offset
	left := 0
	for u := range units {
		if !started[u] {
			left++
		}
	}
	for {
		for u := range units {
			if started[u] && !released[u] && start[u]+units[u].dur <= t+eps {
				released[u] = true
				for _, d := range dependents[u] {
					indeg[d]--
				}
			}
		}
		if left == 0 {
			break
		}
		var eligible []int
		for u := range units {
			if !started[u] && indeg[u] == 0 {
				eligible = append(eligible, u)
			}
		}
		sort.Slice(eligible, func(a, b int) bool { return prio(eligible[a], eligible[b]) })
		instant := false
		for _, u := range eligible {
			if fits(u, t) {
				reserve(u, t)
				left--
				instant = instant || units[u].dur == 0
			}
		}
		if instant {
			continue
		}
		next := math.Inf(1)
		for u := range units {
			if f := start[u] + units[u].dur; started[u] && f > t+eps {
				next = math.Min(next, f)
			}
		}
		for _, p := range pinStarts {
			if p > t+eps {
				next = math.Min(next, p)
			}
		}
		if math.IsInf(next, 1) {
			return nil, fmt.Errorf("roadmap: %d capabilities cannot be placed within the capacity", left)
		}
		t = roundoff.Key(next)
		kept := held[:0]
		for _, r := range held {
			if r.finish > t+eps {
				kept = append(kept, r)
			}
		}
		held = kept
	}
	return start, nil
}
