package diff

import "github.com/dsc-workbench/dsc/roadmap"

// decisions indexes every entry of the target picture by id, with its
// decision: "in", "out" or "discuss".
func (t *Target) decisions() (map[string]Selection, []string) {
	m := map[string]Selection{}
	var order []string
	add := func(s Selection, d string) {
		if s.Decision == "" {
			s.Decision = d
		}
		if _, dup := m[s.ID]; !dup {
			order = append(order, s.ID)
		}
		m[s.ID] = s
	}
	for _, e := range t.Elements {
		for _, list := range [][]Selection{e.Features, e.Services, e.RevenueStreams} {
			for _, s := range list {
				add(s, roadmap.DecisionIn)
			}
		}
	}
	for _, s := range t.Discuss {
		add(s, roadmap.DecisionDiscuss)
	}
	for _, s := range t.Out {
		add(s, roadmap.DecisionOut)
	}
	return m, order
}

// compareTarget lists the entries that entered or left the target picture,
// moved between out and to discuss, or kept their place for another kind of
// reason (a pin now, the rule before, or the reverse); each with the reason
// it stands where it stands now. Order: left, entered, moved, why; within
// each by the entry's Kano rank, then id.
func compareTarget(old, new *Target) []Change {
	if old == nil || new == nil {
		return section(ClassTarget, "target picture", old != nil, new != nil)
	}
	before, oldOrder := old.decisions()
	after, newOrder := new.decisions()
	var out []Change
	visit := func(id string) {
		o, wasKnown := before[id]
		n, isKnown := after[id]
		from, to := "", ""
		if wasKnown {
			from = o.Decision
		}
		if isKnown {
			to = n.Decision
		}
		why, threshold := n, new.BetterThreshold
		if !isKnown {
			why, threshold = o, old.BetterThreshold
		}
		c := Change{Class: ClassTarget, ID: id, Name: why.Name, Reason: why.reason(threshold), ReasonCode: why.ReasonCode,
			Pinned: why.Pinned, PinReason: why.PinReason}
		if wasKnown {
			c.From = from
		}
		if isKnown {
			c.To = to
		}
		rank := why.Rank
		if rank == 0 {
			rank = 1 << 20 // entries without a survey result after the surveyed ones
		}
		c.weight = -float64(rank)
		switch {
		case from == to && o.Pinned == n.Pinned:
			return
		case from == to:
			c.Kind, c.tier = KindWhy, 3
		case to == roadmap.DecisionIn:
			c.Kind, c.tier = KindEntered, 1
		case from == roadmap.DecisionIn:
			c.Kind, c.tier = KindLeft, 0
		default:
			c.Kind, c.tier = KindMoved, 2
		}
		out = append(out, c)
	}
	seen := map[string]bool{}
	for _, id := range newOrder {
		seen[id] = true
		visit(id)
	}
	for _, id := range oldOrder {
		if !seen[id] {
			visit(id)
		}
	}
	if moved(old.BetterThreshold, new.BetterThreshold) {
		out = append(out, Change{Class: ClassTarget, Kind: KindBetterThreshold, From: old.BetterThreshold, To: new.BetterThreshold,
			Delta: delta(old.BetterThreshold, new.BetterThreshold), tier: -1})
	}
	return out
}
