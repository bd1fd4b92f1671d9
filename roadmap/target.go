package roadmap

import (
	"slices"

	"github.com/dsc-workbench/dsc/kano"
)

// Candidate is a catalog entry offered to the target picture, with what the
// Kano analysis (or the catalog) says about it.
type Candidate struct {
	ID, Name string
	Kind     EntryKind
	Element  Element
	Parties  []string
	Category kano.Category
	// Source is "kano" when a survey classified the entry, "expected" when the
	// category comes from the catalog, "" when nothing is known.
	Source string
	Better float64
	// Mixed is a mixed survey result, "I/A": Fong's test cannot tell the
	// category from the runner-up; "" otherwise.
	Mixed kano.Pair
	Rank  int // Kano priority rank, 0 without a survey result
	// TooFewAnswers: a survey classified the entry, but with fewer answers
	// than the minimum; its category is not used and it waits for a pin.
	TooFewAnswers bool
	// Segments are the segments' own survey results when the segments see
	// the entry significantly differently (kano FeatureResult.SegmentsDiffer),
	// and SegmentP the p of that test; nil and 0 otherwise.
	Segments []SegmentResult
	SegmentP float64
}

// SegmentResult is one segment's survey result of a candidate.
type SegmentResult struct {
	Segment, Name string // the segment's id and its name in dsc.yaml
	Category      kano.Category
	Mixed         kano.Pair // "" unless the segment's result is mixed
	Better        float64
}

// Pin is a decision in the workspace that overrides the selection rule.
type Pin struct {
	Entry, Decision, Reason string // Decision: "include" or "exclude"
}

// Decisions on a candidate.
const (
	DecisionIn      = "in"
	DecisionOut     = "out"
	DecisionDiscuss = "discuss"
)

// Selection is a candidate with the decision and the reason for it.
type Selection struct {
	ID       string        `json:"id"`
	Name     string        `json:"name"`
	Kind     EntryKind     `json:"kind"`
	Element  Element       `json:"element"`
	Parties  []string      `json:"parties"`
	Category kano.Category `json:"category"`
	Source   string        `json:"source"`
	Better   float64       `json:"better"`
	Mixed    string        `json:"mixed,omitempty"`
	Rank     int           `json:"rank"`
	Decision string        `json:"decision"`
	// Code is why the rule or a pin decided, a typed fact for renderers to
	// word (text.SelectionReason); PinReason is the workspace's own reason
	// for a pin, as written.
	Code      ReasonCode `json:"reason_code"`
	PinReason string     `json:"pin_reason,omitempty"`
	Pinned    bool       `json:"pinned"`
	// Split is set when the entry's survey result is mixed and its two
	// categories lead the rule to different decisions (ReasonMixedSplit);
	// nil under a pin, which settles it.
	Split *MixedSplit `json:"mixed_split,omitempty"`
	// SegmentSplit is set when the rule would leave the entry out on the
	// whole sample's result, but a segment that sees it significantly
	// differently would have it in (ReasonSegmentSplit); nil under a pin.
	SegmentSplit *SegmentSplit `json:"segment_split,omitempty"`
}

// SegmentSplit is an entry the whole sample leaves out (indifferent, or
// attractive below the threshold) while a segment that sees it
// significantly differently (chi-square p < 0.05, categories apart) would
// have it in: a must-be of the OEM half must not be switched off on the
// strength of the other half, so the rule leaves it to discuss.
type SegmentSplit struct {
	// Overall is the whole sample's category and what the rule decides on it.
	Overall Alternative `json:"overall"`
	// P is the chi-square test's p of the segments' category distributions.
	P float64 `json:"p"`
	// Segments are the segments whose own result the rule would include,
	// in dsc.yaml's order.
	Segments []SegmentAlternative `json:"segments"`
}

// SegmentAlternative is the rule's decision on one segment's result.
type SegmentAlternative struct {
	Segment string  `json:"segment"`
	Name    string  `json:"name"`
	Better  float64 `json:"better"`
	Alternative
}

// MixedSplit is a mixed Kano result (not significant by Fong's test) whose
// two categories the selection rule decides differently: one would be
// included, the other not. Deciding by the first category alone would let
// a difference within the noise (158 : 147 answers) settle the entry, so
// the rule leaves it to discuss and says what each category would mean.
type MixedSplit struct {
	First    Alternative `json:"first"`
	RunnerUp Alternative `json:"runner_up"`
}

// Alternative is the rule's decision on an entry had the survey found the
// category: the decision and its reason.
type Alternative struct {
	Category kano.Category `json:"category"`
	Decision string        `json:"decision"`
	Code     ReasonCode    `json:"reason_code"`
}

// ReasonCode says why the selection rule decided as it did.
type ReasonCode string

// The reasons of the selection rule and of pins.
const (
	ReasonMustBe             ReasonCode = "must-be"
	ReasonOneDimensional     ReasonCode = "one-dimensional"
	ReasonAttractiveAbove    ReasonCode = "attractive-above-threshold"
	ReasonAttractiveBelow    ReasonCode = "attractive-below-threshold"
	ReasonAttractiveNoSurvey ReasonCode = "attractive-without-survey"
	ReasonIndifferent        ReasonCode = "indifferent"
	ReasonReverse            ReasonCode = "reverse"
	ReasonQuestionable       ReasonCode = "questionable"
	ReasonTooFewAnswers      ReasonCode = "too-few-answers"
	ReasonUnknown            ReasonCode = "no-category"
	ReasonMixedSplit         ReasonCode = "mixed-split"
	ReasonSegmentSplit       ReasonCode = "segment-split"
	ReasonPinnedInclude      ReasonCode = "pinned-include"
	ReasonPinnedExclude      ReasonCode = "pinned-exclude"
)

// ElementPicture is one part of the target picture: the login or a core
// element with its selected entries and the external parties they integrate.
type ElementPicture struct {
	Element        Element     `json:"element"`
	Features       []Selection `json:"features"`
	Services       []Selection `json:"services"`
	RevenueStreams []Selection `json:"revenue_streams"`
	Parties        []string    `json:"parties"`
}

// Target is the DSC target picture.
type Target struct {
	BetterThreshold float64          `json:"better_threshold"`
	Elements        []ElementPicture `json:"elements"`
	// Discuss lists entries the rule cannot decide (reverse, questionable,
	// attractive without a survey, a mixed result whose two categories it
	// decides differently, an entry left out overall that a significantly
	// different segment would have in, unknown); Out lists the rest not
	// selected.
	Discuss  []Selection `json:"discuss"`
	Out      []Selection `json:"out"`
	Selected int         `json:"selected"`
}

// SelectTarget applies the selection rule to every candidate (docs/report.md):
// must-be and one-dimensional in; attractive in when Better >= threshold;
// indifferent out; reverse and questionable to discuss; a mixed result whose
// two categories would be decided in and out to discuss; an entry left out
// overall that a significantly different segment would have in to discuss;
// pins override.
// Entries keep the candidates' order within each element.
func SelectTarget(cands []Candidate, pins []Pin, threshold float64) Target {
	t := Target{BetterThreshold: threshold, Discuss: []Selection{}, Out: []Selection{}}
	pinned := map[string]Pin{}
	for _, p := range pins {
		pinned[p.Entry] = p
	}
	byElement := map[Element]*ElementPicture{}
	for _, e := range Elements {
		t.Elements = append(t.Elements, ElementPicture{Element: e, Features: []Selection{}, Services: []Selection{}, RevenueStreams: []Selection{}, Parties: []string{}})
	}
	for i := range t.Elements {
		byElement[t.Elements[i].Element] = &t.Elements[i]
	}
	for _, c := range cands {
		s := Selection{ID: c.ID, Name: c.Name, Kind: c.Kind, Element: c.Element, Parties: nonNil(c.Parties), Category: c.Category,
			Source: c.Source, Better: c.Better, Mixed: string(c.Mixed), Rank: c.Rank}
		s.Decision, s.Code, s.Split = rule(c, threshold)
		if s.Decision == DecisionOut {
			if sp := segmentSplit(c, s.Code, threshold); sp != nil {
				s.Decision, s.Code, s.SegmentSplit = DecisionDiscuss, ReasonSegmentSplit, sp
			}
		}
		if p, ok := pinned[c.ID]; ok {
			s.Pinned, s.PinReason, s.Split, s.SegmentSplit = true, p.Reason, nil, nil
			s.Decision = map[string]string{PinInclude: DecisionIn, PinExclude: DecisionOut}[p.Decision]
			s.Code = map[string]ReasonCode{PinInclude: ReasonPinnedInclude, PinExclude: ReasonPinnedExclude}[p.Decision]
		}
		switch s.Decision {
		case DecisionIn:
			ep := byElement[c.Element]
			if ep == nil {
				continue
			}
			switch c.Kind {
			case Service:
				ep.Services = append(ep.Services, s)
			case RevenueStream:
				ep.RevenueStreams = append(ep.RevenueStreams, s)
			default:
				ep.Features = append(ep.Features, s)
			}
			for _, p := range c.Parties {
				if !slices.Contains(ep.Parties, p) {
					ep.Parties = append(ep.Parties, p)
				}
			}
			t.Selected++
		case DecisionDiscuss:
			t.Discuss = append(t.Discuss, s)
		default:
			t.Out = append(t.Out, s)
		}
	}
	return t
}

// rule decides on a candidate by the selection rule and says why, as a
// code. A mixed survey result is decided by its first category unless its
// runner-up would be decided the other way round (one in, the other out):
// then it is to discuss, with both alternatives.
func rule(c Candidate, threshold float64) (string, ReasonCode, *MixedSplit) {
	if c.TooFewAnswers {
		return DecisionDiscuss, ReasonTooFewAnswers, nil
	}
	d, code := ruleFor(c, c.Category, threshold)
	runnerUp := c.Mixed.Second()
	if c.Source != "kano" || runnerUp == kano.NoCategory {
		return d, code, nil
	}
	d2, code2 := ruleFor(c, runnerUp, threshold)
	if d == DecisionDiscuss || d2 == DecisionDiscuss || d == d2 {
		return d, code, nil
	}
	return DecisionDiscuss, ReasonMixedSplit, &MixedSplit{First: Alternative{c.Category, d, code}, RunnerUp: Alternative{runnerUp, d2, code2}}
}

// segmentSplit lists the segments whose own result the rule would include,
// for a candidate it leaves out on the whole sample's result (code); nil
// when there are none, or the segments do not differ significantly. A
// segment's result is decided as a candidate of its own: a mixed segment
// result whose two categories the rule decides differently includes nothing.
func segmentSplit(c Candidate, code ReasonCode, threshold float64) *SegmentSplit {
	if c.Source != "kano" || len(c.Segments) == 0 {
		return nil
	}
	sp := &SegmentSplit{Overall: Alternative{Category: c.Category, Decision: DecisionOut, Code: code}, P: c.SegmentP}
	for _, sg := range c.Segments {
		d, sc, _ := rule(Candidate{Source: "kano", Category: sg.Category, Mixed: sg.Mixed, Better: sg.Better}, threshold)
		if d == DecisionIn {
			sp.Segments = append(sp.Segments, SegmentAlternative{Segment: sg.Segment, Name: sg.Name, Better: sg.Better,
				Alternative: Alternative{Category: sg.Category, Decision: d, Code: sc}})
		}
	}
	if len(sp.Segments) == 0 {
		return nil
	}
	return sp
}

// ruleFor is the selection rule for candidate c had it category cat.
func ruleFor(c Candidate, cat kano.Category, threshold float64) (string, ReasonCode) {
	switch cat {
	case kano.MustBe:
		return DecisionIn, ReasonMustBe
	case kano.OneDimensional:
		return DecisionIn, ReasonOneDimensional
	case kano.Attractive:
		if c.Source != "kano" {
			return DecisionDiscuss, ReasonAttractiveNoSurvey
		}
		if c.Better >= threshold {
			return DecisionIn, ReasonAttractiveAbove
		}
		return DecisionOut, ReasonAttractiveBelow
	case kano.Indifferent:
		return DecisionOut, ReasonIndifferent
	case kano.Reverse:
		return DecisionDiscuss, ReasonReverse
	case kano.Questionable:
		return DecisionDiscuss, ReasonQuestionable
	}
	return DecisionDiscuss, ReasonUnknown
}
