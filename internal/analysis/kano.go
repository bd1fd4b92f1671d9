// Package analysis runs the domain analyses on a loaded workspace: it reads
// what the pure packages cannot (survey files), converts the workspace model
// into their typed inputs and joins their results with catalog names. Every
// command and renderer gets its numbers from here, so none recomputes them.
package analysis

import (
	"fmt"

	"github.com/dsc-workbench/dsc/internal/survey"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/kano"
)

// KanoOptions choose the surveys and tune the classification. Empty fields
// take the workspace's settings, then the defaults.
type KanoOptions struct {
	Surveys   []survey.Source // nil: the workspace's surveys
	SegmentBy string
	Table     string
	Rule      string
	MinN      int
	// Progress, when set, is told how many respondents have been read.
	Progress func(file string)
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
	Table       string             `json:"table"`
	Rule        string             `json:"rule"`
	MinN        int                `json:"min_n"`
	SegmentBy   string             `json:"segment_by,omitempty"`
	Sources     []survey.Stats     `json:"sources"`
	Respondents int                `json:"respondents"`
	Segments    []kano.SegmentInfo `json:"segments"`
	Features    []KanoFeature      `json:"features"`
}

// ByID indexes the features.
func (k *Kano) ByID() map[string]*KanoFeature {
	m := make(map[string]*KanoFeature, len(k.Features))
	for i := range k.Features {
		m[k.Features[i].ID] = &k.Features[i]
	}
	return m
}

// KanoSettings resolves the options against the workspace settings (ws may be nil).
func KanoSettings(ws *workspace.Workspace, o KanoOptions) (kano.Options, KanoOptions, error) {
	if ws != nil {
		s := ws.Config.Settings.Kano
		if o.Table == "" {
			o.Table = s.Table
		}
		if o.Rule == "" {
			o.Rule = s.Rule
		}
		if o.MinN == 0 {
			o.MinN = s.MinN
		}
		if o.SegmentBy == "" {
			o.SegmentBy = s.SegmentBy
		}
	}
	if o.Table == "" {
		o.Table = "standard"
	}
	if o.Rule == "" {
		o.Rule = string(kano.RuleFrequency)
	}
	if o.MinN == 0 {
		o.MinN = 10
	}
	table, ok := kano.TableNamed(o.Table)
	if !ok {
		return kano.Options{}, o, fmt.Errorf("unknown evaluation table %q (use standard or pouliot)", o.Table)
	}
	ko := kano.Options{Table: &table, Rule: kano.Rule(o.Rule), MinN: o.MinN}
	if err := ko.Validate(); err != nil {
		return kano.Options{}, o, err
	}
	return ko, o, nil
}

// RunKano reads every survey and classifies every feature. With a
// workspace, features must be catalog entries and carry their names; without
// one (ws nil) any feature id is accepted. Problems in any file are
// collected and returned together.
func RunKano(ws *workspace.Workspace, o KanoOptions) (*Kano, error) {
	ko, o, err := KanoSettings(ws, o)
	if err != nil {
		return nil, err
	}
	srcs := o.Surveys
	var cfg survey.Config
	cfg.SegmentBy = o.SegmentBy
	if ws != nil {
		if srcs == nil {
			srcs = ws.SurveyInput()
		}
		cfg.Catalog = ws.SurveyCatalog()
		cfg.Screening = ws.Screening(ko.Table)
	}
	if len(srcs) == 0 {
		return nil, &workspace.MissingFileError{File: "surveys/", What: "a Kano survey export (CSV, XLSX or YAML) under surveys/ or --survey FILE"}
	}
	s := kano.NewSurvey()
	res := &Kano{Table: o.Table, Rule: o.Rule, MinN: o.MinN, SegmentBy: o.SegmentBy}
	if res.Sources, err = survey.ReadAll(srcs, cfg, s, o.Progress); err != nil {
		return nil, err
	}
	a := s.Analyze(ko)
	res.Respondents, res.Segments = a.Respondents, a.Segments
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
