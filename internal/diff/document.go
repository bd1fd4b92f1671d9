// Package diff compares two states of a workspace's results and says what
// changed, class by class: the Kano classification, the target picture, the
// journey, readiness, the critical path and the schedule, and the survey
// data underneath. Both states are read in the shape of report.json (the CI
// contract), whether they come from report.json files or from running the
// analysis on two workspaces, so one comparison serves both.
package diff

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/kano"
	"github.com/dsc-workbench/dsc/roadmap"
)

// Document is the part of report.json that diff compares. Fields it does
// not compare are ignored, so report.json may grow without breaking it;
// a section that is absent (null) was not analysed.
type Document struct {
	Meta         Meta          `json:"meta"`
	Kano         *Kano         `json:"kano"`
	KanoWaves    *KanoWaves    `json:"kano_waves"`
	Journey      *Journey      `json:"journey"`
	Readiness    *Readiness    `json:"readiness"`
	Target       *Target       `json:"target_picture"`
	Capabilities *Capabilities `json:"capabilities"`
	Roadmap      *Roadmap      `json:"roadmap"`
	Market       *Market       `json:"market"`
}

// Market is the market analysis: the competitors assessed and each catalog
// entry's place among them, today and on the value/effort grid.
type Market struct {
	Competitors []Named       `json:"competitors"`
	Entries     []MarketEntry `json:"entries"`
}

// MarketEntry is one catalog entry in the market analysis. Quadrant is
// empty for an entry without value or effort.
type MarketEntry struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Today    string   `json:"today"`
	Value    *float64 `json:"value"`
	Effort   *float64 `json:"effort"`
	Quadrant string   `json:"quadrant"`
	Flags    []string `json:"flags"`
}

// Meta names the engagement.
type Meta struct {
	Workspace string `json:"workspace"`
	Client    string `json:"client"`
	Start     string `json:"start"`
}

// Kano is the Kano analysis: the sources read and each feature's result.
// With survey waves it is the latest wave's.
type Kano struct {
	// The evaluation settings; empty in a report.json written before they
	// were recorded.
	Table     string `json:"table"`
	Rule      string `json:"rule"`
	MinN      int    `json:"min_n"`
	SegmentBy string `json:"segment_by"`

	Wave        string    `json:"wave"`
	Respondents int       `json:"respondents"`
	Sources     []Source  `json:"sources"`
	Features    []Feature `json:"features"`
}

// KanoWaves lists the survey waves.
type KanoWaves struct {
	Waves []Wave `json:"waves"`
}

// Wave is one survey wave: when, how many respondents, from which files.
type Wave struct {
	Wave        string   `json:"wave"`
	Respondents int      `json:"respondents"`
	Sources     []string `json:"sources"`
}

// Source is one survey file as it was read.
type Source struct {
	File        string `json:"file"`
	Wave        string `json:"wave"`
	Respondents int    `json:"respondents"`
	Answers     int    `json:"answers"`
}

// Feature is one feature's Kano result.
type Feature struct {
	ID          string      `json:"id"`
	Name        string      `json:"name"`
	N           int         `json:"n"`
	Category    string      `json:"category"`
	Mixed       kano.Pair   `json:"mixed"`
	Significant bool        `json:"significant"`
	Better      float64     `json:"better"`
	Worse       float64     `json:"worse"`
	Counts      kano.Counts `json:"counts"`
	Rank        int         `json:"rank"`
}

// Label is the category as an analyst reads it: "M", or "M/O" when Fong's
// test cannot separate the top two; "-" without answers.
func (f Feature) Label() string {
	switch {
	case f.Mixed != "":
		return string(f.Mixed)
	case f.Category == "":
		return "-"
	}
	return f.Category
}

// Journey is the journey analysis: stages, personas, coverage and holes.
type Journey struct {
	Stages   []Named   `json:"stages"`
	Personas []Named   `json:"personas"`
	Coverage *Coverage `json:"coverage"`
	Holes    []Hole    `json:"holes"`
}

// Named is anything with an id and a name.
type Named struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Coverage counts touchpoints and features per stage (and channel).
type Coverage struct {
	Stages      []string `json:"stages"`
	StageTotals []Cell   `json:"stage_totals"`
}

// Cell counts the touchpoints and the features they serve.
type Cell struct {
	Touchpoints int `json:"touchpoints"`
	Features    int `json:"features"`
}

// Hole is a stage where a persona meets no must-be or one-dimensional feature.
type Hole struct {
	Persona     string `json:"persona"`
	Stage       string `json:"stage"`
	Kind        string `json:"kind"`
	Touchpoints int    `json:"touchpoints"`
}

// Readiness is the readiness assessment's result.
type Readiness struct {
	Index      float64     `json:"index"`
	Dimensions []Dimension `json:"dimensions"`
	Raters     []Named     `json:"raters"`
}

// Dimension is one readiness dimension; Current is nil when nobody rated it.
type Dimension struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Current     *float64 `json:"current"`
	Target      float64  `json:"target"`
	WeightedGap *float64 `json:"weighted_gap"`
	Rank        int      `json:"rank"`
}

// Target is the DSC target picture.
type Target struct {
	BetterThreshold float64          `json:"better_threshold"`
	Elements        []ElementPicture `json:"elements"`
	Discuss         []Selection      `json:"discuss"`
	Out             []Selection      `json:"out"`
}

// ElementPicture holds the entries selected for one element.
type ElementPicture struct {
	Element        string      `json:"element"`
	Features       []Selection `json:"features"`
	Services       []Selection `json:"services"`
	RevenueStreams []Selection `json:"revenue_streams"`
}

// Selection is a catalog entry with the decision on it and why.
type Selection struct {
	ID         string  `json:"id"`
	Name       string  `json:"name"`
	Category   string  `json:"category"`
	Source     string  `json:"source"`
	Better     float64 `json:"better"`
	Rank       int     `json:"rank"`
	Decision   string  `json:"decision"`
	ReasonCode string  `json:"reason_code"`
	Pinned     bool    `json:"pinned"`
	PinReason  string  `json:"pin_reason"`
	// Split is a mixed result the rule leaves to discuss (reason code
	// mixed-split): both alternatives, for the reason's words.
	Split *roadmap.MixedSplit `json:"mixed_split"`
	// SegmentSplit is an entry left out overall that a significantly
	// different segment would have in (reason code segment-split).
	SegmentSplit *roadmap.SegmentSplit `json:"segment_split"`
	// legacyReason is the sentence a report.json written before reason
	// codes kept instead of them ("reason": "must-be in the survey"; a
	// pin's "pinned: <the workspace's reason>", which UnmarshalJSON moves
	// to PinReason).
	legacyReason string
}

// legacyPin is how report.json worded a pin before pin_reason: "pinned:
// <reason>", or "pinned (include)" without one.
const legacyPin = "pinned: "

// UnmarshalJSON reads a selection of report.json, also as written before
// reason codes and pin_reason, so that a diff against an old report still
// names the reason for a pin.
func (s *Selection) UnmarshalJSON(data []byte) error {
	type fields Selection // the fields without this method
	var v struct {
		fields
		Reason string `json:"reason"`
	}
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	*s = Selection(v.fields)
	if s.ReasonCode == "" {
		s.legacyReason = v.Reason
		if s.Pinned && s.PinReason == "" && strings.HasPrefix(v.Reason, legacyPin) {
			s.PinReason = strings.TrimPrefix(v.Reason, legacyPin)
		}
	}
	return nil
}

// reason words why the entry stands where it stands, in English, from the
// typed facts (report.json keeps no sentence for it). An old report.json
// without reason codes: a pin is worded from its decision and reason, any
// other entry keeps the sentence it came with.
func (s Selection) reason(threshold float64) string {
	code := roadmap.ReasonCode(s.ReasonCode)
	switch {
	case code != "":
	case s.Pinned && s.Decision == roadmap.DecisionIn:
		code = roadmap.ReasonPinnedInclude
	case s.Pinned:
		code = roadmap.ReasonPinnedExclude
	default:
		return s.legacyReason
	}
	return text.SelectionReason(text.English, roadmap.Selection{Category: kano.Category(s.Category), Source: s.Source, Better: s.Better,
		Code: code, Pinned: s.Pinned, PinReason: s.PinReason, Split: s.Split, SegmentSplit: s.SegmentSplit}, threshold)
}

// Capabilities lists the capabilities the target picture needs.
type Capabilities struct {
	Capabilities []Named `json:"capabilities"`
}

// Roadmap is the seven-step plan with its schedule.
type Roadmap struct {
	Start        string     `json:"start"`
	Finish       float64    `json:"finish"`
	CriticalPath []string   `json:"critical_path"`
	Steps        []Step     `json:"steps"`
	Capabilities []Activity `json:"capabilities"`
}

// Step is one of the seven steps, in months from the start.
type Step struct {
	Number int     `json:"number"`
	Name   string  `json:"name"`
	Start  float64 `json:"start"`
	Finish float64 `json:"finish"`
}

// Activity is a scheduled capability, in months from the start.
type Activity struct {
	ID     string  `json:"id"`
	Name   string  `json:"name"`
	Step   int     `json:"step"`
	Start  float64 `json:"start"`
	Finish float64 `json:"finish"`
}

// Decode reads a report.json document. Unknown fields are ignored; a
// document that is not a report (no meta, no section diff knows) is refused.
func Decode(r io.Reader) (*Document, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("not a JSON object: %w", err)
	}
	if _, ok := raw["meta"]; !ok {
		return nil, fmt.Errorf("not a dsc report.json (no \"meta\"): write one with dsc report --formats json")
	}
	var d Document
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&d); err != nil {
		return nil, err
	}
	return &d, nil
}
