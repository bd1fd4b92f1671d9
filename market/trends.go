package market

import (
	"slices"
	"sort"
)

// radar orders the trends (horizon nearest first, relevance highest first,
// then as given) and finds the journey stages that a relevant trend touches
// but no entry of the target picture serves.
func radar(in Input, relevantFrom int) ([]TrendResult, []UnservedStage) {
	served := map[string]bool{}
	for _, e := range in.Entries {
		if e.InTarget {
			for _, s := range e.Stages {
				served[s] = true
			}
		}
	}
	known := in.Stages != nil
	trendsAt := map[string][]string{}
	out := make([]TrendResult, len(in.Trends))
	for i, t := range in.Trends {
		r := TrendResult{ID: t.ID, Horizon: t.Horizon, Relevance: t.Relevance, Relevant: t.Relevance >= relevantFrom,
			Entries: nonNil(slices.Clone(t.Entries)), Stages: nonNil(slices.Clone(t.Stages)), Unserved: []string{}}
		if r.Relevant && known {
			for _, s := range t.Stages {
				if !served[s] {
					r.Unserved = append(r.Unserved, s)
					trendsAt[s] = append(trendsAt[s], t.ID)
				}
			}
		}
		out[i] = r
	}
	order := map[Horizon]int{}
	for i, h := range Horizons {
		order[h] = i
	}
	sort.SliceStable(out, func(a, b int) bool {
		if order[out[a].Horizon] != order[out[b].Horizon] {
			return order[out[a].Horizon] < order[out[b].Horizon]
		}
		return out[a].Relevance > out[b].Relevance
	})
	unserved := []UnservedStage{}
	for _, s := range in.Stages {
		if ts := trendsAt[s]; len(ts) > 0 {
			unserved = append(unserved, UnservedStage{Stage: s, Trends: ts})
		}
	}
	return out, unserved
}
