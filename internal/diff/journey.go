package diff

import "math"

// compareJourney lists holes opened and closed (a persona meeting no
// must-be or one-dimensional feature at a stage) and stages whose coverage
// changed: features served there, touchpoints there. Order: holes opened,
// holes closed, then coverage changes by the size of the change.
func compareJourney(old, new *Journey) []Change {
	if old == nil || new == nil {
		return section(ClassJourney, "journey", old != nil, new != nil)
	}
	names := map[string]string{}
	for _, j := range []*Journey{old, new} {
		for _, n := range append(append([]Named{}, j.Stages...), j.Personas...) {
			names[n.ID] = n.Name
		}
	}
	type key struct{ persona, stage, kind string }
	holes := func(j *Journey) (map[key]Hole, []key) {
		m := map[key]Hole{}
		var order []key
		for _, h := range j.Holes {
			k := key{h.Persona, h.Stage, h.Kind}
			m[k] = h
			order = append(order, k)
		}
		return m, order
	}
	before, oldOrder := holes(old)
	after, newOrder := holes(new)
	var out []Change
	hole := func(kind Kind, tier int, h Hole) Change {
		return Change{Class: ClassJourney, Kind: kind, ID: h.Persona + "/" + h.Stage, Name: nameOr(names, h.Persona) + " / " + nameOr(names, h.Stage),
			From: h.Kind, To: h.Kind, tier: tier, weight: float64(h.Touchpoints)}
	}
	for _, k := range newOrder {
		if _, ok := before[k]; !ok {
			c := hole(KindHoleOpened, 0, after[k])
			c.From = nil
			out = append(out, c)
		}
	}
	for _, k := range oldOrder {
		if _, ok := after[k]; !ok {
			c := hole(KindHoleClosed, 1, before[k])
			c.To = nil
			out = append(out, c)
		}
	}
	out = append(out, compareCoverage(old.Coverage, new.Coverage, names)...)
	return out
}

// compareCoverage compares each stage's totals: the features its
// touchpoints serve and the touchpoints themselves.
func compareCoverage(old, new *Coverage, names map[string]string) []Change {
	if old == nil || new == nil {
		return nil
	}
	totals := func(c *Coverage) map[string]Cell {
		m := map[string]Cell{}
		for i, s := range c.Stages {
			if i < len(c.StageTotals) {
				m[s] = c.StageTotals[i]
			}
		}
		return m
	}
	before, after := totals(old), totals(new)
	var out []Change
	for _, s := range new.Stages {
		o, ok := before[s]
		n := after[s]
		if !ok || o == n {
			continue
		}
		d := float64(n.Features - o.Features)
		out = append(out, Change{Class: ClassJourney, Kind: KindCoverage, ID: s, Name: nameOr(names, s), From: o, To: n, Delta: &d,
			tier: 2, weight: math.Abs(d) + math.Abs(float64(n.Touchpoints-o.Touchpoints))/100})
	}
	return out
}

func nameOr(names map[string]string, id string) string {
	if n := names[id]; n != "" {
		return n
	}
	return id
}
