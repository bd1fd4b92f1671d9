package survey

import (
	"fmt"
	"path"
	"strings"

	"github.com/dsc-workbench/dsc/internal/diag"
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
}

func (r *reader) newSegmentIDs() *segmentIDs {
	s := &segmentIDs{ids: map[string]bool{}, labels: map[string]string{}, cache: map[string]string{}}
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
		hint += fmt.Sprintf(`; if the survey words them its own way, say which id each value stands for in %s: segments: {%q: ID}`, r.mappingName(), clip(v, 40))
	}
	r.valueProblem("segment "+Normalize(v), line, col, msg, hint)
	return v
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
