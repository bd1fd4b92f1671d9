package diff

import "math"

// SurveyCounts is what was read from one survey file.
type SurveyCounts struct {
	Respondents int    `json:"respondents"`
	Answers     int    `json:"answers"`
	Wave        string `json:"wave,omitempty"`
}

// compareData lists the data underneath: the number of respondents, survey
// files added, removed or read with other counts, and readiness raters
// added or removed.
func compareData(old, new *Document) []Change {
	var out []Change
	ok, nk := old.Kano, new.Kano
	if ok != nil && nk != nil && ok.Respondents != nk.Respondents {
		out = append(out, Change{Class: ClassData, Kind: KindRespondents, From: ok.Respondents, To: nk.Respondents,
			Delta: delta(float64(ok.Respondents), float64(nk.Respondents)), tier: 0})
	}
	files := func(k *Kano) (map[string]Source, []string) {
		m := map[string]Source{}
		var order []string
		if k != nil {
			for _, s := range k.Sources {
				m[s.File] = s
				order = append(order, s.File)
			}
		}
		return m, order
	}
	counts := func(s Source) SurveyCounts { return SurveyCounts{s.Respondents, s.Answers, s.Wave} }
	before, oldOrder := files(ok)
	after, newOrder := files(nk)
	for _, f := range newOrder {
		n := after[f]
		o, was := before[f]
		switch {
		case !was:
			out = append(out, Change{Class: ClassData, Kind: KindSurveyAdded, ID: f, To: counts(n), tier: 1, weight: float64(n.Respondents)})
		case counts(o) != counts(n):
			d := float64(n.Respondents - o.Respondents)
			out = append(out, Change{Class: ClassData, Kind: KindSurveyChanged, ID: f, From: counts(o), To: counts(n), Delta: &d, tier: 2, weight: math.Abs(d)})
		}
	}
	for _, f := range oldOrder {
		if _, is := after[f]; !is {
			o := before[f]
			out = append(out, Change{Class: ClassData, Kind: KindSurveyRemoved, ID: f, From: counts(o), tier: 1, weight: float64(o.Respondents)})
		}
	}
	if or, nr := old.Readiness, new.Readiness; or != nil && nr != nil {
		out = append(out, namedChanges(or.Raters, nr.Raters, KindRaterAdded, KindRaterRemoved)...)
	}
	return out
}

// namedChanges lists the ids added to and removed from a list.
func namedChanges(old, new []Named, added, removed Kind) []Change {
	var out []Change
	has := func(l []Named, id string) bool {
		for _, n := range l {
			if n.ID == id {
				return true
			}
		}
		return false
	}
	for _, n := range new {
		if !has(old, n.ID) {
			out = append(out, Change{Class: ClassData, Kind: added, ID: n.ID, Name: n.Name, tier: 3})
		}
	}
	for _, n := range old {
		if !has(new, n.ID) {
			out = append(out, Change{Class: ClassData, Kind: removed, ID: n.ID, Name: n.Name, tier: 3})
		}
	}
	return out
}
