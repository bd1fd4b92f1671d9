package survey

import (
	"fmt"
	"path"
	"strings"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/numfmt"
)

// Segment values are the segment ids of dsc.yaml (Config.Segments): a
// value that is none of them would split a segment in silence ("b2b" next
// to "B2B"), so it is an error at its cell, with the closest id. A survey
// tool's own wording for the segment ("Private customer") is mapped to an
// id by the mapping file's segments: line.

// segmentIDs resolves segment values to ids, once per distinct value.
type segmentIDs struct {
	ids    map[string]bool
	labels map[string]string // the mapping's labels, normalised -> id
	cache  map[string]string // value -> id, "" when unknown
	// used marks the labels some value matched; unknown lists the values
	// that are neither an id nor a label, in the order first met.
	used    map[string]bool
	unknown []string
}

func (r *reader) newSegmentIDs() *segmentIDs {
	s := &segmentIDs{ids: map[string]bool{}, labels: map[string]string{}, cache: map[string]string{}, used: map[string]bool{}}
	for _, id := range r.cfg.Segments {
		s.ids[id] = true
	}
	if m := r.src.Mapping; m != nil {
		for _, label := range sortedKeys(m.Segments) {
			id := strings.TrimSpace(m.Segments[label])
			if !s.ids[id] {
				p := m.Loc.At("segments." + label)
				hint := "map it to a segment id of dsc.yaml: " + strings.Join(r.cfg.Segments, ", ")
				if sug := closestSegment(id, r.cfg.Segments); sug != "" {
					hint = "did you mean " + diag.Quote(sug) + "? " + hint
				}
				r.probs.Add(m.file(), p.Line, p.Col, fmt.Sprintf("%q is not a segment of dsc.yaml", id), hint)
				// Its cells are not reported again: one mistake, one message.
			}
			s.labels[Normalize(label)] = id
		}
	}
	return s
}

// segmentID is the segment id of a respondent's segment value; an unknown
// value is reported (once, with the count of cells holding it) and kept as
// it is.
func (r *reader) segmentID(v string, line, col int) string {
	if len(r.cfg.Segments) == 0 || v == "" {
		return v
	}
	if r.segments == nil {
		r.segments = r.newSegmentIDs()
	}
	s := r.segments
	id, ok := s.cache[v]
	if !ok {
		switch {
		case s.ids[v]:
			id = v
		default:
			id = s.labels[Normalize(v)]
			if id != "" {
				s.used[Normalize(v)] = true
			} else {
				s.unknown = append(s.unknown, v)
			}
		}
		s.cache[v] = id
	}
	if id != "" {
		return id
	}
	where := ""
	if r.cfg.SegmentBy != "" {
		where = fmt.Sprintf(" (segment column %q)", r.cfg.SegmentBy)
	}
	msg := fmt.Sprintf("segment %q is not a segment id of dsc.yaml%s", clip(v, 60), where)
	var hint string
	if sug := closestSegment(v, r.cfg.Segments); sug != "" {
		hint = "did you mean " + diag.Quote(sug) + "? "
	}
	hint += "the segments are " + strings.Join(r.cfg.Segments, ", ")
	if r.stats.Format == "yaml" {
		hint += "; write the id"
	} else {
		// The whole value: the line is there to be copied, and a clipped
		// one matches nothing (trial7 N7).
		hint += fmt.Sprintf(`; if the survey words them its own way, say which id each value stands for in %s: segments: {%q: ID}`, r.mappingName(), v)
	}
	r.valueProblem("segment "+Normalize(v), line, col, msg, hint)
	return v
}

// unusedSegmentLabels reports each label of the mapping's segments: line
// that no value of the segment column matched, while some value matched
// neither an id nor a label: the line was meant for it (a clipped or
// mistyped copy) and silently matched nothing. When the unknown value is
// the one the label meant, its own message is folded into the label's:
// one mistake, one message, at the line to fix. A label unused while every
// value resolved is no mistake: a mapping shared by waves may name a
// segment one wave did not reach.
func (r *reader) unusedSegmentLabels() {
	m, s := r.src.Mapping, r.segments
	if m == nil || s == nil || r.segmentMissing || len(s.unknown) == 0 {
		return
	}
	for _, label := range sortedKeys(m.Segments) {
		if s.used[Normalize(label)] || !s.ids[strings.TrimSpace(m.Segments[label])] {
			continue // matched, or its id was reported already
		}
		p := m.Loc.At("segments." + label)
		where := "the segment column"
		if r.cfg.SegmentBy != "" {
			where = fmt.Sprintf("segment column %q", r.cfg.SegmentBy)
		}
		msg := fmt.Sprintf("segments: %q matches no value of %s", clip(label, 60), where)
		hint := "copy the value as the export writes it"
		if v := meantValue(label, s.unknown); v != "" {
			key := "segment " + Normalize(v)
			if sv, ok := r.sameValues[key]; ok {
				msg += fmt.Sprintf(" (%s hold %q)", numfmt.Count(sv.cells, "cell", "cells"), v)
				delete(r.sameValues, key)
			}
			hint = fmt.Sprintf("write the value as the export has it: %q: %s", v, strings.TrimSpace(m.Segments[label]))
		}
		r.probs.Add(m.file(), p.Line, p.Col, msg, hint)
	}
}

// meantValue is the unknown segment value a label that matched nothing
// was meant to be: the one it begins (a label clipped with "..."), else the
// nearest spelling; "" when none is close.
func meantValue(label string, unknown []string) string {
	stem := Normalize(strings.TrimRight(strings.TrimSpace(label), ".…"))
	for _, v := range unknown {
		if stem != "" && strings.HasPrefix(Normalize(v), stem) {
			return v
		}
	}
	return diag.Suggest(label, unknown)
}

// knownSegment reports whether a segment value is one segmentID takes
// without a message: any value when dsc.yaml lists no segments, else one
// it resolved to an id before.
func (r *reader) knownSegment(v string) bool {
	if len(r.cfg.Segments) == 0 || v == "" {
		return true
	}
	return r.segments != nil && r.segments.cache[v] != ""
}

// closestSegment suggests an id: the same one in other case first, else
// the nearest spelling.
func closestSegment(v string, ids []string) string {
	for _, id := range ids {
		if strings.EqualFold(strings.TrimSpace(v), id) {
			return id
		}
	}
	return diag.Suggest(v, ids)
}

// mappingName names the survey's mapping file for hints: the one read, or
// where one would be found.
func (r *reader) mappingName() string {
	if m := r.src.Mapping; m != nil && m.file() != "" {
		return m.file()
	}
	d := r.src.Display
	return strings.TrimSuffix(d, path.Ext(d)) + ".map.yaml"
}
