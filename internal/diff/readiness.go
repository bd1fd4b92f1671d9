package diff

import "math"

// compareReadiness lists a change of the readiness index, then dimensions
// whose current maturity moved (largest move first; a dimension rated on
// one side only comes first among them), whose target moved, and
// dimensions added or removed.
func compareReadiness(old, new *Readiness) []Change {
	if old == nil || new == nil {
		return section(ClassReadiness, "readiness", old != nil, new != nil)
	}
	var out []Change
	if moved(old.Index, new.Index) {
		out = append(out, Change{Class: ClassReadiness, Kind: KindIndex, From: old.Index, To: new.Index, Delta: delta(old.Index, new.Index), tier: 0})
	}
	before := map[string]Dimension{}
	for _, d := range old.Dimensions {
		before[d.ID] = d
	}
	seen := map[string]bool{}
	for _, d := range new.Dimensions {
		seen[d.ID] = true
		o, ok := before[d.ID]
		if !ok {
			out = append(out, Change{Class: ClassReadiness, Kind: KindDimensionAdded, ID: d.ID, Name: d.Name, To: d.Current, tier: 3})
			continue
		}
		switch {
		case o.Current != nil && d.Current != nil && moved(*o.Current, *d.Current):
			dl := delta(*o.Current, *d.Current)
			out = append(out, Change{Class: ClassReadiness, Kind: KindDimension, ID: d.ID, Name: d.Name, From: *o.Current, To: *d.Current, Delta: dl, tier: 1, weight: math.Abs(*dl)})
		case (o.Current == nil) != (d.Current == nil):
			// Rated on one side only ("not rated" on the other).
			out = append(out, Change{Class: ClassReadiness, Kind: KindDimension, ID: d.ID, Name: d.Name, From: o.Current, To: d.Current, tier: 1, weight: math.Inf(1)})
		}
		if moved(o.Target, d.Target) {
			out = append(out, Change{Class: ClassReadiness, Kind: KindDimensionTarget, ID: d.ID, Name: d.Name, From: o.Target, To: d.Target, Delta: delta(o.Target, d.Target), tier: 2, weight: math.Abs(d.Target - o.Target)})
		}
	}
	for _, d := range old.Dimensions {
		if !seen[d.ID] {
			out = append(out, Change{Class: ClassReadiness, Kind: KindDimensionRemoved, ID: d.ID, Name: d.Name, From: d.Current, tier: 3})
		}
	}
	return out
}
