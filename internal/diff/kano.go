package diff

import (
	"math"

	"github.com/dsc-workbench/dsc/kano"
)

// kanoSettings lists the evaluation settings that changed, first in the
// Kano class: they explain the category changes under them. A setting an
// older report.json does not record is not compared.
func kanoSettings(old, new *Kano) []Change {
	var out []Change
	for _, s := range []struct {
		id       string
		from, to any
		known    bool
	}{
		{"table", old.Table, new.Table, old.Table != "" && new.Table != ""},
		{"rule", old.Rule, new.Rule, old.Rule != "" && new.Rule != ""},
		{"min_n", old.MinN, new.MinN, old.MinN != 0 && new.MinN != 0},
		{"segment_by", old.SegmentBy, new.SegmentBy, old.Table != "" && new.Table != ""}, // recorded with the table; "" is none
	} {
		if s.known && s.from != s.to {
			out = append(out, Change{Class: ClassKano, Kind: KindKanoSetting, ID: s.id, From: s.from, To: s.to, tier: 0, weight: 1})
		}
	}
	return out
}

// compareKano lists the settings that changed (kanoSettings), category changes (with the chi-square test of the two
// sides' category distributions), features added and removed, and Better
// and Worse shifts of threshold or more. Order: significant category
// changes (smallest p first), features added and removed (by priority),
// other category changes, then the shifts, largest first.
func compareKano(old, new *Kano, threshold float64) []Change {
	if old == nil || new == nil {
		return section(ClassKano, "kano", old != nil, new != nil)
	}
	out := kanoSettings(old, new)
	// Under another evaluation table the same answers fall into other
	// categories: two classifications of one sample are not two samples,
	// so no test says whether a category moved "significantly".
	sameTable := old.Table == new.Table || old.Table == "" || new.Table == ""
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
		if kano.CategoryChanged(kano.Category(o.Category), o.Mixed, kano.Category(f.Category), f.Mixed) {
			c := Change{Class: ClassKano, Kind: KindCategory, ID: f.ID, Name: f.Name, From: o.Label(), To: f.Label(), tier: 2}
			if sameTable {
				t := kano.CompareDistributions(o.Counts, f.Counts)
				c.Test, c.weight = &t, -t.P
				if t.Significant {
					c.tier = 0
				}
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
