package diff

import (
	"math"

	"github.com/dsc-workbench/dsc/kano"
)

// compareKano lists category changes (with the chi-square test of the two
// sides' category distributions), features added and removed, and Better
// and Worse shifts of threshold or more. Order: significant category
// changes (smallest p first), features added and removed (by priority),
// other category changes, then the shifts, largest first.
func compareKano(old, new *Kano, threshold float64) []Change {
	if old == nil || new == nil {
		return section(ClassKano, "kano", old != nil, new != nil)
	}
	var out []Change
	before := map[string]Feature{}
	for _, f := range old.Features {
		before[f.ID] = f
	}
	seen := map[string]bool{}
	for _, f := range new.Features {
		seen[f.ID] = true
		o, ok := before[f.ID]
		if !ok {
			out = append(out, Change{Class: ClassKano, Kind: KindFeatureAdded, ID: f.ID, Name: f.Name, To: f.Label(), tier: 1, weight: -float64(f.Rank)})
			continue
		}
		if o.Label() != f.Label() {
			t := kano.CompareDistributions(o.Counts, f.Counts)
			c := Change{Class: ClassKano, Kind: KindCategory, ID: f.ID, Name: f.Name, From: o.Label(), To: f.Label(), Test: &t, tier: 2, weight: -t.P}
			if t.Significant {
				c.tier = 0
			}
			out = append(out, c)
		}
		for _, s := range []struct {
			kind     Kind
			from, to float64
		}{{KindBetter, o.Better, f.Better}, {KindWorse, o.Worse, f.Worse}} {
			d := delta(s.from, s.to)
			if math.Abs(*d) >= threshold-1e-9 {
				out = append(out, Change{Class: ClassKano, Kind: s.kind, ID: f.ID, Name: f.Name, From: s.from, To: s.to, Delta: d, tier: 3, weight: math.Abs(*d)})
			}
		}
	}
	for _, f := range old.Features {
		if !seen[f.ID] {
			out = append(out, Change{Class: ClassKano, Kind: KindFeatureRemoved, ID: f.ID, Name: f.Name, From: f.Label(), tier: 1, weight: -float64(f.Rank)})
		}
	}
	return out
}
