// Package analysis runs the domain analyses on a loaded workspace: it reads
// what the pure packages cannot (survey files), converts the workspace model
// into their typed inputs and joins their results with catalog names. Every
// command and renderer gets its numbers from here, so none recomputes them.
package analysis

import (
	"errors"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/settings"
	"github.com/dsc-workbench/dsc/internal/survey"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/kano"
)

// KanoOptions choose the surveys the Kano analysis reads.
type KanoOptions struct {
	Surveys []survey.Source // nil: the workspace's surveys
	// Progress, when set, is told which file is being read.
	Progress func(file string)
	// AllWaves reads the surveys of every wave together (dsc validate
	// checks every file); otherwise only the latest wave is analysed.
	AllWaves bool
}

// KanoFeature is one feature's result joined with the catalog.
type KanoFeature struct {
	kano.FeatureResult
	Name    string `json:"name"`
	Element string `json:"element,omitempty"`
	Kind    string `json:"kind,omitempty"`
}

// Kano is the Kano analysis of all surveys.
type Kano struct {
	Table     string `json:"table"`
	Rule      string `json:"rule"`
	MinN      int    `json:"min_n"`
	SegmentBy string `json:"segment_by,omitempty"`
	// Wave is the survey wave analysed when the surveys carry waves: the
	// latest (KanoWaves follows the features through all of them).
	Wave        string             `json:"wave,omitempty"`
	Sources     []survey.Stats     `json:"sources"`
	Respondents int                `json:"respondents"`
	Segments    []kano.SegmentInfo `json:"segments"`
	Features    []KanoFeature      `json:"features"`
	// Mix counts the features per category, and those with too few answers
	// under "too-few"; filled for the report only.
	Mix map[string]int `json:"category_counts,omitempty"`
	// Warnings are the plausibility checks' suspicions (kano.Plausibility:
	// most features reverse, or one feature mostly reverse or
	// questionable); absent when there are none.
	Warnings []kano.Suspicion `json:"warnings,omitempty"`
}

// LowNSegments lists the segments with fewer respondents than the minimum N.
func (k *Kano) LowNSegments() []kano.SegmentInfo {
	var thin []kano.SegmentInfo
	for _, sg := range k.Segments {
		if sg.LowN {
			thin = append(thin, sg)
		}
	}
	return thin
}

// TooFewSegments reports whether fewer than two segments reach the minimum
// N: then no difference between segments can be shown.
func (k *Kano) TooFewSegments() bool { return len(k.Segments)-len(k.LowNSegments()) < 2 }

// ScreenedOut counts the respondents screening left out of the analysed
// sources, by reason (a respondent over both limits counts once, under
// questionable), and those surveyed: the analysed plus the left out.
type ScreenedOut struct {
	Surveyed, Dropped, Questionable, Indifferent int
}

// ScreenedOut totals the screening of the analysed sources; Dropped is 0
// without screening.
func (k *Kano) ScreenedOut() ScreenedOut {
	out := ScreenedOut{Surveyed: k.Respondents}
	for _, s := range k.Sources {
		if sc := s.Screened; sc != nil {
			out.Dropped += sc.Dropped
			out.Questionable += sc.Questionable
			out.Indifferent += sc.Indifferent
			out.Surveyed += sc.Dropped
		}
	}
	return out
}

// ByID indexes the features.
func (k *Kano) ByID() map[string]*KanoFeature {
	m := make(map[string]*KanoFeature, len(k.Features))
	for i := range k.Features {
		m[k.Features[i].ID] = &k.Features[i]
	}
	return m
}

// RunKano reads every survey and classifies every feature with the Kano
// settings of set. With a
// workspace, features must be catalog entries and carry their names; without
// one (ws nil) any feature id is accepted. Problems in any file are
// collected and returned together.
func RunKano(ws *workspace.Workspace, set settings.Settings, o KanoOptions) (*Kano, error) {
	ks := set.Kano
	ko := ks.Options()
	if err := ko.Validate(); err != nil {
		return nil, err
	}
	srcs := o.Surveys
	if ws != nil && srcs == nil {
		srcs = ws.SurveyInput()
	}
	cfg := surveyConfig(ws, set)
	if len(srcs) == 0 {
		return nil, ws.MissingSurveys("a Kano survey export (CSV, XLSX or YAML) under surveys/ or --survey FILE")
	}
	s := kano.NewSurvey()
	res := &Kano{Table: string(ks.Table), Rule: string(ks.Rule), MinN: ks.MinN, SegmentBy: ks.SegmentBy}
	// The latest survey wave is current; earlier ones are in KanoWaves.
	latest := o.Surveys == nil && !o.AllWaves
	var read []survey.WaveSurvey
	var err error
	ok := false
	if latest {
		read, ok = survey.ReadWaves(srcs, cfg, true, o.Progress) // a wave column's file read once
	}
	if ok {
		srcs, res.Wave, res.Sources, s = read[0].Sources, read[0].Wave, read[0].Stats, read[0].Survey
	} else if srcs, err = readKano(srcs, cfg, s, latest, o, res); err != nil {
		return nil, err
	}
	if o.Surveys == nil && len(res.Sources) == len(srcs) {
		// A workspace's survey is named by its place in the workspace
		// (surveys/x.csv), not by the path typed to reach the workspace, so
		// that report.json is the same wherever it is made.
		for i := range res.Sources {
			res.Sources[i].File = srcs[i].Path
		}
	}
	a := s.Analyze(ko)
	res.Respondents, res.Segments = a.Respondents, a.Segments
	res.Warnings = kano.Plausibility(a.Features, ko.MinN)
	if ks.SegmentByDefault && len(res.Segments) == 0 {
		res.SegmentBy = "" // the default column is in no survey: nothing was split
	}
	var entries map[string]workspace.Entry
	if ws != nil {
		entries = map[string]workspace.Entry{}
		for _, e := range ws.Catalog.Entries {
			entries[e.ID] = e
		}
	}
	for _, f := range a.Features {
		kf := KanoFeature{FeatureResult: f, Name: f.ID}
		if e, ok := entries[f.ID]; ok {
			kf.Name, kf.Element, kf.Kind = e.Name, e.Element, e.Kind
		}
		res.Features = append(res.Features, kf)
	}
	return res, nil
}

// readKano reads srcs into s with a wave column's file read once per wave
// (the latest wave's sources only, when latest); it returns the sources
// read. Problems of every file come back together.
func readKano(srcs []survey.Source, cfg survey.Config, s *kano.Survey, latest bool, o KanoOptions, res *Kano) ([]survey.Source, error) {
	var probs diag.List
	srcs, err := splitWaveColumns(srcs, cfg, &probs)
	if err != nil {
		return nil, err
	}
	if latest {
		srcs, res.Wave = latestWave(srcs)
	}
	if res.Sources, err = survey.ReadAll(srcs, cfg, s, o.Progress); err != nil {
		var de *diag.Error
		if !errors.As(err, &de) {
			return nil, err
		}
		probs.Append(de.Problems...)
	}
	if err := probs.Err(); err != nil {
		if o.AllWaves {
			err = mergeWaveRepeats(err, srcs) // a wave column's file is read once per wave
		}
		return nil, err
	}
	return srcs, nil
}
