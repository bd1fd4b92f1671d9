package diff

import (
	"math"
)

// SurveyCounts is what was read from one survey file. Respondents is nil
// (null in JSON) when the file's count is not known: report.json counts an
// earlier wave's respondents for the wave, so a file read with others in one
// wave has no count of its own, and printing 0 would be wrong. Answers is
// nil for a file not read by the current analysis: report.json counts
// answers for the current wave only.
type SurveyCounts struct {
	Respondents *int   `json:"respondents"`
	Answers     *int   `json:"answers"`
	Wave        string `json:"wave,omitempty"`
}

// fileCounts is a survey file's counts over every wave it was read in;
// unknown when one of them was an earlier wave it shared with other files.
type fileCounts struct {
	Source
	unknown bool
	current bool // read by the current analysis (k.Sources)
}

func (f fileCounts) counts() SurveyCounts {
	c := SurveyCounts{Wave: f.Wave}
	if !f.unknown {
		n := f.Respondents
		c.Respondents = &n
	}
	if f.current {
		n := f.Answers
		c.Answers = &n
	}
	return c
}

// weight orders survey changes by respondents; an unknown count weighs nothing.
func (f fileCounts) weight() float64 {
	if f.unknown {
		return 0
	}
	return float64(f.Respondents)
}

// surveyFiles lists the files of every wave: the current analysis's with
// their counts, then the earlier waves' files; a wave read from one file
// adds its respondents to that file's (a file with a wave column counts all
// its waves' respondents; its answers are the current wave's), a wave read
// from several makes their counts unknown.
func surveyFiles(d *Document) (map[string]fileCounts, []string) {
	m := map[string]fileCounts{}
	var order []string
	if k := d.Kano; k != nil {
		for _, s := range k.Sources {
			m[s.File] = fileCounts{Source: s, current: true}
			order = append(order, s.File)
		}
	}
	if d.KanoWaves != nil {
		for _, w := range d.KanoWaves.Waves {
			for _, f := range w.Sources {
				s, seen := m[f]
				if seen && s.current && w.Wave == s.Wave {
					continue // counted by the current analysis
				}
				if !seen {
					s = fileCounts{Source: Source{File: f, Wave: w.Wave}}
					order = append(order, f)
				}
				if len(w.Sources) == 1 {
					s.Respondents += w.Respondents // the wave's only file: its respondents
				} else {
					s.unknown = true // the wave's total is shared among its files in an unknown way
				}
				m[f] = s
			}
		}
	}
	return m, order
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
	before, oldOrder := surveyFiles(old)
	after, newOrder := surveyFiles(new)
	for _, f := range newOrder {
		n := after[f]
		o, was := before[f]
		switch {
		case !was:
			out = append(out, Change{Class: ClassData, Kind: KindSurveyAdded, ID: f, To: n.counts(), tier: 1, weight: n.weight()})
		default:
			if c, changed := surveyChange(f, o, n); changed {
				out = append(out, c)
			}
		}
	}
	for _, f := range oldOrder {
		if _, is := after[f]; !is {
			o := before[f]
			out = append(out, Change{Class: ClassData, Kind: KindSurveyRemoved, ID: f, From: o.counts(), tier: 1, weight: o.weight()})
		}
	}
	out = append(out, compareWaves(old, new)...)
	if or, nr := old.Readiness, new.Readiness; or != nil && nr != nil {
		out = append(out, namedChanges(ClassData, 3, or.Raters, nr.Raters, KindRaterAdded, KindRaterRemoved)...)
	}
	return out
}

// surveyChange compares what both sides know of a file read on both: its
// wave; its respondents unless a side shared an earlier wave with other
// files; its answers only when both read it for the current wave. A file
// that became an earlier wave when a new one was added has lost no answers.
func surveyChange(f string, o, n fileCounts) (Change, bool) {
	respondents := !o.unknown && !n.unknown
	answers := o.current && n.current
	if o.Wave == n.Wave && (!respondents || o.Respondents == n.Respondents) && (!answers || o.Answers == n.Answers) {
		return Change{}, false
	}
	c := Change{Class: ClassData, Kind: KindSurveyChanged, ID: f, From: o.counts(), To: n.counts(), tier: 2}
	if respondents {
		d := float64(n.Respondents - o.Respondents)
		c.Delta, c.weight = &d, math.Abs(d)
	}
	return c, true
}

// namedChanges lists the ids added to and removed from a list, as changes
// of class at tier.
func namedChanges(class Class, tier int, old, new []Named, added, removed Kind) []Change {
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
			out = append(out, Change{Class: class, Kind: added, ID: n.ID, Name: n.Name, tier: tier})
		}
	}
	for _, n := range old {
		if !has(new, n.ID) {
			out = append(out, Change{Class: class, Kind: removed, ID: n.ID, Name: n.Name, tier: tier})
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
