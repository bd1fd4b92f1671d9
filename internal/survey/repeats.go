package survey

import "fmt"

// idRepeat is a respondent id seen again in the file: at line, first seen
// at first.
type idRepeat struct {
	line, first int
	id          string
	same        sameness
}

// sameness says whether a repeated id's response is the one at its first
// line.
type sameness int8

const (
	// sameUnknown: only ids are compared (no time to compare by).
	sameUnknown sameness = iota
	// sameResponse: the same time, answers and attributes as at its first line.
	sameResponse
	// otherResponse: another time or other answers: another respondent
	// with the same id.
	otherResponse
)

// minPastedBlock is the fewest repeated ids, in the order of their first
// lines, that read as a block pasted below the rest rather than responses
// repeated one by one.
const minPastedBlock = 3

// reportRepeats reports the ids seen again in this file. Ids that repeat
// an earlier part of the file in the same order are one mistake, reported
// once (trial7 N24): two exports pasted into one sheet (other times and
// answers: other respondents, whom removing "duplicates" would delete), or
// one export pasted twice (the same responses); any other repeat is
// reported at its line.
func (rc *respondentCheck) reportRepeats() {
	reps := rc.repeats
	rc.repeats = nil
	for i := 0; i < len(reps); {
		j := i + 1
		for j < len(reps) && reps[j].line > reps[j-1].line && reps[j].first > reps[j-1].first && reps[j].first < reps[i].line {
			j++
		}
		if j-i < minPastedBlock {
			for _, r := range reps[i:j] {
				rc.reader.cellProblem(r.line, rc.col+1, fmt.Sprintf("respondent %q is also at line %d of this file", r.id, r.first),
					"remove the duplicate response: each respondent counts once")
			}
		} else {
			rc.pastedBlock(reps[i:j])
		}
		i = j
	}
}

// pastedBlock reports ids that repeat an earlier part of the file in the
// same order, in one message naming the cause and its fix.
func (rc *respondentCheck) pastedBlock(b []idRepeat) {
	first, last := b[0], b[len(b)-1]
	counts := map[sameness]int{}
	for _, r := range b {
		counts[r.same]++
	}
	line, what := first.line, fmt.Sprintf("the respondent ids start again at line %d", first.line)
	if h, ok := rc.reader.headerBefore(first.line, last.first); ok {
		line, what = h, "this row repeats the header, and below it the respondent ids start again"
	}
	ids := fmt.Sprintf("%d ids of lines %d-%d (%q to %q) are also at lines %d-%d", len(b), first.line, last.line, first.id, last.id, first.first, last.first)
	var msg, hint string
	switch {
	case counts[otherResponse] == len(b):
		msg = fmt.Sprintf("%s: %s, with other times or other answers, so they are other respondents: two exports pasted into one sheet", what, ids)
		hint = "split the sheet: keep each export as its own file in surveys/, each with a copy of this file's NAME.map.yaml if it has one (dsc compares these ids across files together with the start time and the answers, so two exports never clash; give each file its wave in dsc.yaml if they are waves); do not remove these rows: they are other respondents"
	case counts[sameResponse] == len(b):
		msg = fmt.Sprintf("%s: %s, with the same times and answers: the same responses pasted twice", what, ids)
		hint = fmt.Sprintf("delete lines %d-%d: each respondent counts once", first.line, last.line)
	default:
		msg = fmt.Sprintf("%s: %s, in the same order: two exports in one sheet, or one export pasted twice", what, ids)
		hint = fmt.Sprintf("if they are the same responses, delete lines %d-%d (each respondent counts once); if they are other respondents (a second export numbering its responses from 1 again), keep each export as its own file in surveys/ and do not remove them", first.line, last.line)
	}
	rc.reader.cellProblem(line, rc.col+1, msg, hint)
}

// headerBefore finds a row repeating the header that was reported between
// the lines from and to (a block pasted with its header): it takes its
// message back, for the block's one message to name it, and returns its line.
func (r *reader) headerBefore(to, from int) (int, bool) {
	for i := len(r.pastedHeaders) - 1; i >= 0; i-- {
		p := r.pastedHeaders[i]
		if p.Line > from && p.Line < to && r.probs.Remove(p) {
			r.pastedHeaders = append(r.pastedHeaders[:i], r.pastedHeaders[i+1:]...)
			return p.Line, true
		}
	}
	return 0, false
}

// sameAs says whether the response of a row whose id was first seen at
// line first of this file is the response there: where whole responses are
// compared (a tool numbering ids from 1, with a time), the first one is in
// the wave's registry under its time and answers.
func (rc *respondentCheck) sameAs(row []string, answers []pendingAnswer, id string, first uint32) sameness {
	if !rc.across || rc.wave == nil {
		return sameUnknown
	}
	look, _ := responseKeys(trimSpace(cell(row, rc.with)), rc.identity(row, answers, id))
	if at, ok := rc.wave.find(look); ok && at.file == rc.wfile && at.line == first {
		return sameResponse
	}
	return otherResponse
}
