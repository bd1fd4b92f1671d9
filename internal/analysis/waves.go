package analysis

import (
	"encoding/json"
	"errors"
	"sort"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/settings"
	"github.com/dsc-workbench/dsc/internal/survey"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/kano"
)

// WaveInfo describes one survey wave: when it was fielded, how many
// respondents it has and the files it was read from.
type WaveInfo struct {
	Wave        string   `json:"wave"`
	Respondents int      `json:"respondents"`
	Sources     []string `json:"sources"`
}

// WaveFeature is one feature's path through the waves, with its catalog name.
type WaveFeature struct {
	kano.Migration
	Name    string `json:"name"`
	Element string `json:"element,omitempty"`
}

// MarshalJSON writes the migration's fields, then the name and element:
// without it the embedded Migration's MarshalJSON would write only its own.
func (f WaveFeature) MarshalJSON() ([]byte, error) {
	m, err := json.Marshal(f.Migration)
	if err != nil {
		return nil, err
	}
	names, err := json.Marshal(struct {
		Name    string `json:"name"`
		Element string `json:"element,omitempty"`
	}{f.Name, f.Element})
	if err != nil {
		return nil, err
	}
	// {"id":...,"down":false} + {"name":...} -> {"id":...,"down":false,"name":...}
	out := append(m[:len(m)-1:len(m)-1], ',')
	return append(out, names[1:]...), nil
}

// KanoWaves follows every feature through the survey waves (docs/kano.md):
// its category per wave, each move between consecutive waves with the
// chi-square test of the two distributions, and whether it moved down the
// Kano life cycle.
type KanoWaves struct {
	Waves    []WaveInfo    `json:"waves"`
	Features []WaveFeature `json:"features"`
	// Down counts the features moving down the life cycle from their first
	// to their last wave; Significant those of them whose move is significant.
	Down        int `json:"down"`
	Significant int `json:"down_significant"`
	// Moved counts the features that changed category between two
	// consecutive waves (kano.CategoryChanged: the category or the mixed
	// pair), MovedSignificant those of them with a significant change
	// (kano.Migration.SignificantChange).
	Moved            int `json:"changed"`
	MovedSignificant int `json:"changed_significant"`
	// FadedDelight counts the features of Down whose first wave found them
	// attractive: what delighted customers then, they now expect (the
	// migration's message says so only when there are such features; a
	// move from indifferent to attractive is down the life cycle too).
	FadedDelight int `json:"-"`
}

// Respondents counts the respondents of all waves.
func (kw KanoWaves) Respondents() int {
	n := 0
	for _, w := range kw.Waves {
		n += w.Respondents
	}
	return n
}

// surveyConfig is what the survey reader checks answers against: the
// catalog, the segment column and the screening of set.
func surveyConfig(ws *workspace.Workspace, set settings.Settings) survey.Config {
	ks := set.Kano
	cfg := survey.Config{SegmentBy: ks.SegmentBy, SegmentOptional: ks.SegmentByDefault}
	if ws != nil {
		cfg.Catalog = ws.SurveyCatalog()
		cfg.Segments = ws.SegmentIDs()
	}
	if sc := ks.Screening; sc != nil {
		cfg.Screening = survey.NewScreening(sc.MaxQuestionable, sc.MaxIndifferent, *ks.Options().Table)
	}
	return cfg
}

// waveGroups splits survey sources by wave, in time order (waves are
// YYYY-MM). Sources without a wave form the wave "".
func waveGroups(srcs []survey.Source) ([]string, map[string][]survey.Source) {
	groups := map[string][]survey.Source{}
	var labels []string
	for _, s := range srcs {
		if _, ok := groups[s.Wave]; !ok {
			labels = append(labels, s.Wave)
		}
		groups[s.Wave] = append(groups[s.Wave], s)
	}
	sort.Strings(labels)
	return labels, groups
}

// latestWave keeps the sources of the latest wave, when sources carry waves.
func latestWave(srcs []survey.Source) ([]survey.Source, string) {
	labels, groups := waveGroups(srcs)
	if len(labels) < 2 && (len(labels) == 0 || labels[0] == "") {
		return srcs, ""
	}
	last := labels[len(labels)-1]
	return groups[last], last
}

// HasWaves reports whether the workspace's surveys may come in two or more
// waves: two wave labels in dsc.yaml, or a wave column (whose waves only
// reading the file tells).
func HasWaves(ws *workspace.Workspace) bool {
	srcs := ws.SurveyInput()
	for _, s := range srcs {
		if s.WaveColumn != nil {
			return true
		}
	}
	labels, _ := waveGroups(srcs)
	return len(labels) >= 2
}

// splitWaveColumns replaces each source with a wave column by one source
// per wave the column names, each read keeping that wave's rows. The
// problems of the column (a bad or blank cell, a column the file lacks)
// come back with the sources of the good cells, so the rest of the file
// is still read and every problem is reported at once.
func splitWaveColumns(srcs []survey.Source, cfg survey.Config, probs *diag.List) ([]survey.Source, error) {
	out := make([]survey.Source, 0, len(srcs))
	for _, s := range srcs {
		if s.WaveColumn == nil {
			out = append(out, s)
			continue
		}
		waves, err := survey.Waves(s, cfg)
		if err != nil {
			var de *diag.Error
			if !errors.As(err, &de) {
				return nil, err
			}
			probs.Append(de.Problems...)
		}
		for _, w := range waves {
			part := s
			part.Wave = w.Wave
			out = append(out, part)
		}
	}
	return out, nil
}

// RunKanoWaves reads each wave's surveys into its own analysis, with the
// Kano settings of set, and follows every feature through the waves.
// Every survey needs a wave (dsc validate says which lack one).
func RunKanoWaves(ws *workspace.Workspace, set settings.Settings, o KanoOptions) (*KanoWaves, error) {
	ko := set.Kano.Options()
	if err := ko.Validate(); err != nil {
		return nil, err
	}
	srcs := o.Surveys
	if srcs == nil && ws != nil {
		srcs = ws.SurveyInput()
	}
	if len(srcs) == 0 {
		return nil, ws.MissingSurveys("Kano survey exports of two or more waves (wave: YYYY-MM or wave_column: in dsc.yaml)")
	}
	cfg := surveyConfig(ws, set)
	routed := cfg
	routed.Responses = survey.NewResponses() // the same response in two waves is found
	if read, ok := survey.ReadWaves(srcs, routed, false, o.Progress); ok && read[0].Wave != "" {
		// Each wave column's file read once; a survey without a wave
		// is reported by the per-wave reads.
		return followWaves(ws, ko, read), nil
	}
	var probs diag.List
	srcs, err := splitWaveColumns(srcs, cfg, &probs)
	if err != nil {
		return nil, err
	}
	labels, groups := waveGroups(srcs)
	for _, s := range groups[""] {
		probs.Add(s.Display, 0, 0, "the survey has no wave, so it cannot be set against the other waves",
			"give every survey its wave in dsc.yaml (surveys: - file: ... wave: YYYY-MM), or wave_column: naming the export's column that holds each respondent's wave")
	}
	if probs.Len() > 0 && len(groups[""]) > 0 {
		return nil, probs.Err()
	}
	var read []survey.WaveSurvey
	cfg.Responses = survey.NewResponses() // the same response in two waves is found
	for _, label := range labels {
		s := kano.NewSurvey()
		stats, err := survey.ReadAll(groups[label], cfg, s, o.Progress)
		if err != nil {
			var de *diag.Error
			if !errors.As(err, &de) {
				return nil, err
			}
			probs.Append(de.Problems...)
			continue
		}
		read = append(read, survey.WaveSurvey{Wave: label, Sources: groups[label], Stats: stats, Survey: s})
	}
	if err := probs.Err(); err != nil {
		return nil, mergeWaveRepeats(err, srcs)
	}
	return followWaves(ws, ko, read), nil
}

// followWaves analyses each wave read and follows every feature through
// the waves.
func followWaves(ws *workspace.Workspace, ko kano.Options, read []survey.WaveSurvey) *KanoWaves {
	res := &KanoWaves{Waves: []WaveInfo{}, Features: []WaveFeature{}}
	var waves []kano.Wave
	for _, w := range read {
		info := WaveInfo{Wave: w.Wave, Sources: []string{}}
		for i, st := range w.Stats {
			info.Respondents += st.Respondents
			info.Sources = append(info.Sources, w.Sources[i].Path)
		}
		res.Waves = append(res.Waves, info)
		waves = append(waves, kano.Wave{Label: w.Wave, Analysis: w.Survey.Analyze(ko)})
	}
	names := map[string]workspace.Entry{}
	if ws != nil {
		for _, e := range ws.Catalog.Entries {
			names[e.ID] = e
		}
	}
	for _, m := range kano.Migrate(waves, ko) {
		f := WaveFeature{Migration: m, Name: m.ID}
		if e, ok := names[m.ID]; ok {
			f.Name, f.Element = e.Name, e.Element
		}
		if m.Changed() {
			res.Moved++
		}
		if m.SignificantChange() {
			res.MovedSignificant++
		}
		if m.Down() {
			res.Down++
			if m.Significant() {
				res.Significant++
			}
			if m.First.Category == kano.Attractive {
				res.FadedDelight++
			}
		}
		res.Features = append(res.Features, f)
	}
	return res
}
