package diff

import (
	"math"
	"slices"
)

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
	if ok != nil && nk != nil && allRespondents(old) != allRespondents(new) {
		or, nr := allRespondents(old), allRespondents(new)
		out = append(out, Change{Class: ClassData, Kind: KindRespondents, From: or, To: nr,
			Delta: delta(float64(or), float64(nr)), tier: 0})
	}
	// The files of every wave: the current analysis's with their counts,
	// then the earlier waves' files; a wave read from one file adds its
	// respondents to that file's (a file with a wave column counts all its
	// waves' respondents; its answers are the current wave's).
	files := func(d *Document) (map[string]Source, []string) {
		m := map[string]Source{}
		var order []string
		if k := d.Kano; k != nil {
			for _, s := range k.Sources {
				m[s.File] = s
				order = append(order, s.File)
			}
		}
		current := len(order)
		if d.KanoWaves != nil {
			for _, w := range d.KanoWaves.Waves {
				for _, f := range w.Sources {
					s, seen := m[f]
					if seen && slices.Index(order, f) < current && w.Wave == s.Wave {
						continue // counted by the current analysis
					}
					if !seen {
						s = Source{File: f, Wave: w.Wave}
						order = append(order, f)
					}
					if len(w.Sources) == 1 {
						s.Respondents += w.Respondents // the wave's only file: its respondents
						s.Answers = 0                  // known for the current wave only
					}
					m[f] = s
				}
			}
		}
		return m, order
	}
	counts := func(s Source) SurveyCounts { return SurveyCounts{s.Respondents, s.Answers, s.Wave} }
	before, oldOrder := files(old)
	after, newOrder := files(new)
	for _, f := range newOrder {
		n := after[f]
		o, was := before[f]
		switch {
		case !was:
			out = append(out, Change{Class: ClassData, Kind: KindSurveyAdded, ID: f, To: counts(n), tier: 1, weight: float64(n.Respondents)})
		case counts(o) != counts(n) && !(o.Answers == 0 && n.Answers == 0 && o.Respondents == n.Respondents):
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
	out = append(out, compareWaves(old, new)...)
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

// compareWaves lists survey waves added and removed, and waves whose
// respondents changed. A workspace without waves has its one survey as the
// current wave (""), so adding the first earlier or later wave shows as one
// wave added.
func compareWaves(old, new *Document) []Change {
	waves := func(d *Document) (map[string]Wave, []string) {
		m := map[string]Wave{}
		var order []string
		if d.KanoWaves != nil {
			for _, w := range d.KanoWaves.Waves {
				m[w.Wave] = w
				order = append(order, w.Wave)
			}
		} else if d.Kano != nil && d.Kano.Wave != "" {
			m[d.Kano.Wave] = Wave{Wave: d.Kano.Wave, Respondents: d.Kano.Respondents}
			order = append(order, d.Kano.Wave)
		}
		return m, order
	}
	before, oldOrder := waves(old)
	after, newOrder := waves(new)
	var out []Change
	for _, w := range newOrder {
		o, was := before[w]
		n := after[w]
		switch {
		case !was:
			out = append(out, Change{Class: ClassData, Kind: KindWaveAdded, ID: w, To: n.Respondents, tier: 1, weight: float64(n.Respondents)})
		case o.Respondents != n.Respondents:
			out = append(out, Change{Class: ClassData, Kind: KindWaveChanged, ID: w, From: o.Respondents, To: n.Respondents,
				Delta: delta(float64(o.Respondents), float64(n.Respondents)), tier: 2, weight: math.Abs(float64(n.Respondents - o.Respondents))})
		}
	}
	for _, w := range oldOrder {
		if _, is := after[w]; !is {
			out = append(out, Change{Class: ClassData, Kind: KindWaveRemoved, ID: w, From: before[w].Respondents, tier: 1, weight: float64(before[w].Respondents)})
		}
	}
	if old.Kano != nil && new.Kano != nil && old.Kano.Wave != new.Kano.Wave {
		out = append(out, Change{Class: ClassData, Kind: KindCurrentWave, From: old.Kano.Wave, To: new.Kano.Wave, tier: 0, weight: 1})
	}
	return out
}

// allRespondents counts the respondents of every wave (of the one analysis
// without waves).
func allRespondents(d *Document) int {
	if d.KanoWaves != nil && len(d.KanoWaves.Waves) > 0 {
		n := 0
		for _, w := range d.KanoWaves.Waves {
			n += w.Respondents
		}
		return n
	}
	if d.Kano != nil {
		return d.Kano.Respondents
	}
	return 0
}
