package survey

import (
	"fmt"
	"strings"
)

// A header row deleted by hand (or lost when two exports were pasted
// together) makes every column look wrong at once: repeated questions,
// answers in the header, codes with no question. One message says what
// happened instead: Google Forms or another one-row export whose first row
// already holds answers, Qualtrics without its question texts (row 2),
// SurveyMonkey without its questions (row 1).

// missingHeader reports a header row that is not there, or nil.
func (r *reader) missingHeader(h *header, head []bufferedRow) error {
	hint := "export the survey again with its header rows as the tool writes them (dsc reads the questions from them)"
	first := head[0]
	answers, stamps := 0, 0
	for _, c := range first.cells {
		switch {
		case strings.TrimSpace(c) == "":
		case r.values.kind(c) == valueLabel:
			answers++
		default:
			if _, ok := parseStamp(c); ok {
				stamps++
			}
		}
	}
	if answers >= 2 {
		what := fmt.Sprintf("%d Kano answers", answers)
		if stamps > 0 {
			what += " and a timestamp"
		}
		return r.problem(first.line, 1, fmt.Sprintf("the header row is missing: row %d already holds a response (%s)", first.line, what), hint)
	}
	if h.tool != nil && h.tool.tool == Qualtrics && h.rows == 2 && len(head) > 1 && rowHasImportIDs(head[1].cells) {
		return r.problem(head[1].line, 1, "the header row of question texts is missing: Qualtrics writes the column names, the question texts, then the import ids, but row 2 holds the import ids", hint)
	}
	if h.tool == nil && strings.TrimSpace(cell(first.cells, 0)) == "" {
		for _, c := range first.cells {
			if n := Normalize(c); n == "response" || n == "open ended response" {
				return r.problem(first.line, 1, "the header row is missing: row 1 is SurveyMonkey's second header row (\"Response\" and the matrix rows), its questions and Respondent ID row is gone", hint)
			}
		}
	}
	return nil
}

func rowHasImportIDs(row []string) bool {
	for _, c := range row {
		if isImportID(c) {
			return true
		}
	}
	return false
}
