package survey

import (
	"fmt"

	"github.com/dsc-workbench/dsc/kano"
)

// Screening drops respondents who gave too many questionable or
// indifferent answers, as stp25kano's rm_Q and rm_I do. A limit below zero
// is off.
type Screening struct {
	MaxQuestionable int
	MaxIndifferent  int
	Table           kano.Table
}

// NewScreening builds a screening from optional limits (nil: no limit).
func NewScreening(maxQuestionable, maxIndifferent *int, table kano.Table) *Screening {
	s := &Screening{MaxQuestionable: -1, MaxIndifferent: -1, Table: table}
	if maxQuestionable != nil {
		s.MaxQuestionable = *maxQuestionable
	}
	if maxIndifferent != nil {
		s.MaxIndifferent = *maxIndifferent
	}
	return s
}

// ScreenStats reports what screening dropped, and why.
type ScreenStats struct {
	MaxQuestionable *int `json:"max_questionable,omitempty"`
	MaxIndifferent  *int `json:"max_indifferent,omitempty"`
	// Dropped respondents in all; a respondent over both limits is counted
	// once, under questionable.
	Dropped      int `json:"dropped"`
	Questionable int `json:"dropped_questionable"`
	Indifferent  int `json:"dropped_indifferent"`
}

// pendingAnswer is one feature's answers of the respondent being read.
type pendingAnswer struct {
	feature int
	f, d    kano.Answer
	imp     int
}

// screen decides whether to keep a respondent and counts the ones dropped.
func (r *reader) screen(answers []pendingAnswer) bool {
	s := r.cfg.Screening
	if s == nil {
		return true
	}
	if r.stats.Screened == nil {
		r.stats.Screened = &ScreenStats{}
		if s.MaxQuestionable >= 0 {
			r.stats.Screened.MaxQuestionable = &s.MaxQuestionable
		}
		if s.MaxIndifferent >= 0 {
			r.stats.Screened.MaxIndifferent = &s.MaxIndifferent
		}
	}
	q, i := 0, 0
	for _, a := range answers {
		switch s.Table.Classify(a.f, a.d) {
		case kano.Questionable:
			q++
		case kano.Indifferent:
			i++
		}
	}
	st := r.stats.Screened
	switch {
	case s.MaxQuestionable >= 0 && q > s.MaxQuestionable:
		st.Dropped++
		st.Questionable++
		return false
	case s.MaxIndifferent >= 0 && i > s.MaxIndifferent:
		st.Dropped++
		st.Indifferent++
		return false
	}
	return true
}

// keep adds one respondent's answers to the survey, unless screening drops them.
func (r *reader) keep(segment string, line, col int, answers []pendingAnswer) {
	if len(answers) > 0 && noAnswer(answers) {
		r.leftOut().NoAnswer++ // opened the survey, answered nothing
		return
	}
	if !r.screen(answers) {
		return
	}
	h := r.respondent(segment, line, col)
	blank := 0
	for _, a := range answers {
		if a.f == kano.Missing {
			blank++
		}
		if a.d == kano.Missing {
			blank++
		}
		r.survey.AddAsked(a.feature, h, a.f, a.d, a.imp)
	}
	r.stats.Blank += blank
	r.stats.Answers += 2*len(answers) - blank
}

// respondent counts a respondent kept and returns the handle of its
// segment.
func (r *reader) respondent(segment string, line, col int) kano.Segment {
	r.stats.Respondents++
	segment = r.segmentID(segment, line, col)
	h := r.survey.Segment(segment)
	if h == (kano.Segment{}) && segment != "" {
		r.segmentOverflow(segment, line, col)
	}
	return h
}

// segmentOverflow reports, once, a segment column with more values than
// the survey keeps apart: it holds ids or free text, not groups.
func (r *reader) segmentOverflow(value string, line, col int) {
	if r.segmentsFull {
		return
	}
	r.segmentsFull = true
	r.probs.Add(r.src.Display, line, col, fmt.Sprintf("segment column %q has more than %d different values (%q here is one too many): that column is an id, not a segment",
		r.cfg.SegmentBy, kano.DefaultMaxSegments, clip(value, 40)),
		"segment by a column that sorts respondents into a few groups (industry, channel, company size): --segment-by COLUMN or settings.kano.segment_by in dsc.yaml")
}
