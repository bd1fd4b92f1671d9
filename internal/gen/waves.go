package gen

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
)

// waveSpec is an earlier survey wave of an engagement: the same
// questionnaire asked before the current survey, when some features sat
// elsewhere on the Kano life cycle (attractive then, one-dimensional now).
type waveSpec struct {
	wave        string // YYYY-MM
	respondents int
	// categories gives the category an entry had then, where it differs
	// from its expected (current) one.
	categories map[string]string
	// notAsked lists entries the questionnaire did not have yet (comma-separated).
	notAsked string
}

// surveyList is dsc.yaml's surveys: list, with each wave, when there is an
// earlier wave; nil otherwise (every file under surveys/ is read).
func (e *engagement) surveyList(d *doc) {
	w := e.survey.earlier
	if w == nil {
		return
	}
	d.line(0, "surveys:")
	d.line(1, "- file: %s", w.file())
	d.line(2, "wave: %s", q(w.wave))
	d.line(1, "- file: %s", e.survey.file())
	if e.survey.format == "xlsx" {
		d.line(2, "mapping: surveys/kano-export.map.yaml")
	}
	d.line(2, "wave: %s", q(e.survey.wave))
}

func (w *waveSpec) file() string { return "surveys/kano-" + w.wave + ".csv" }

func (s surveySpec) file() string {
	if s.format == "xlsx" {
		return "surveys/kano-export.xlsx"
	}
	return "surveys/kano-survey.csv"
}

// earlierWaveFile writes the earlier wave as a coded CSV export (another
// tool than the current one). It draws from its own seeded stream, so the
// current survey's data is the same with or without it.
func (e *engagement) earlierWaveFile(files map[string][]byte) error {
	w := e.survey.earlier
	if w == nil {
		return nil
	}
	known := map[string]bool{}
	for _, x := range e.entries {
		known[x.id] = true
	}
	skip := map[string]bool{}
	for _, id := range split(w.notAsked) {
		skip[id] = true
	}
	for _, id := range append(split(w.notAsked), sortedIDs(w.categories)...) {
		if !known[id] {
			return fmt.Errorf("wave %s names unknown entry %q", w.wave, id)
		}
	}
	rng := rand.New(rand.NewPCG(e.seed, e.seed^0xea21e7))
	rs := e.draw(rng, w.respondents, "W"+strings.ReplaceAll(w.wave, "-", "")+"-", w.categories)
	files[w.file()] = e.surveyCSV(rs, skip)
	return nil
}

func sortedIDs(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
