package diff

import (
	"math"
	"slices"
)

// compareMarket lists what moved in the market analysis: competitors
// assessed or dropped, and per entry what the client offers today, its
// value and effort (with the quadrant they put it in) and the flags the
// competitors' offers raise. An entry added to or removed from the catalog
// is the target picture's change, not repeated here.
func compareMarket(old, new *Market) []Change {
	if old == nil || new == nil {
		return section(ClassMarket, "market", old != nil, new != nil)
	}
	out := namedChanges(ClassMarket, 0, old.Competitors, new.Competitors, KindCompetitorAdded, KindCompetitorRemoved)
	before := map[string]MarketEntry{}
	for _, e := range old.Entries {
		before[e.ID] = e
	}
	for _, e := range new.Entries {
		o, ok := before[e.ID]
		if !ok {
			continue
		}
		if o.Today != e.Today {
			out = append(out, Change{Class: ClassMarket, Kind: KindToday, ID: e.ID, Name: e.Name, From: o.Today, To: e.Today, tier: 1})
		}
		if !sameNumber(o.Value, e.Value) || !sameNumber(o.Effort, e.Effort) {
			tier := 3 // a new quadrant first, whatever the size of the other moves
			if o.Quadrant != e.Quadrant {
				tier = 2
			}
			out = append(out, Change{Class: ClassMarket, Kind: KindValueEffort, ID: e.ID, Name: e.Name,
				From: ValueEffort{o.Value, o.Effort, o.Quadrant}, To: ValueEffort{e.Value, e.Effort, e.Quadrant}, tier: tier, weight: moveSize(o, e)})
		}
		if !slices.Equal(o.Flags, e.Flags) {
			out = append(out, Change{Class: ClassMarket, Kind: KindMarketFlags, ID: e.ID, Name: e.Name,
				From: nonNil(o.Flags), To: nonNil(e.Flags), Joined: missingFrom(o.Flags, e.Flags), Left: missingFrom(e.Flags, o.Flags), tier: 1})
		}
	}
	return out
}

// ValueEffort is an entry's place on the value/effort grid; nil where the
// workspace gives no number.
type ValueEffort struct {
	Value    *float64 `json:"value"`
	Effort   *float64 `json:"effort"`
	Quadrant string   `json:"quadrant,omitempty"`
}

func sameNumber(a, b *float64) bool {
	return a == nil && b == nil || a != nil && b != nil && !moved(*a, *b)
}

// moveSize orders value/effort changes within their tier: the larger move
// first.
func moveSize(o, e MarketEntry) float64 {
	w := 0.0
	if o.Value != nil && e.Value != nil {
		w += math.Abs(*e.Value - *o.Value)
	}
	if o.Effort != nil && e.Effort != nil {
		w += math.Abs(*e.Effort - *o.Effort)
	}
	return w
}

// missingFrom lists the items of b that a lacks: what joined a list (b the
// new one) or left it (b the old one).
func missingFrom(a, b []string) []string {
	var out []string
	for _, x := range b {
		if !slices.Contains(a, x) {
			out = append(out, x)
		}
	}
	return out
}
