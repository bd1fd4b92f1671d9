package main

import (
	"fmt"
	"strings"

	"github.com/dsc-workbench/dsc/internal/numfmt"
	"github.com/dsc-workbench/dsc/internal/survey"
)

// sourceLine says how one survey file was read, for the terminal view of
// dsc kano: the tool, the header rows and the respondent id are shown,
// never guessed in silence; so is what screening dropped.
func sourceLine(st survey.Stats) string {
	var parts []string
	if st.Tool != "" {
		parts = append(parts, st.Tool)
	}
	switch {
	case st.HeaderRows > 1:
		parts = append(parts, fmt.Sprintf("header rows 1-%d", st.HeaderRows))
	case st.Format != "yaml" && st.HeaderRows == 1:
		parts = append(parts, "header row 1")
	}
	switch {
	case st.RespondentColumn != "":
		parts = append(parts, "respondent id in column "+st.RespondentColumn)
	case st.Format != "yaml":
		parts = append(parts, "no respondent id (counted by row)")
	}
	if st.Wave != "" {
		parts = append(parts, "wave "+st.Wave)
	}
	n := numfmt.Count(st.Respondents, "respondent", "respondents")
	if s := st.Screened; s != nil && s.Dropped > 0 {
		var why []string
		if s.Questionable > 0 {
			why = append(why, fmt.Sprintf("%d with more than %d questionable answers", s.Questionable, *s.MaxQuestionable))
		}
		if s.Indifferent > 0 {
			why = append(why, fmt.Sprintf("%d with more than %d indifferent answers", s.Indifferent, *s.MaxIndifferent))
		}
		n += fmt.Sprintf(" (%d dropped by screening: %s)", s.Dropped, strings.Join(why, ", "))
	}
	parts = append(parts, n+leftOutNote(st.LeftOut))
	return st.File + ": " + strings.Join(parts, ", ")
}

// leftOutNote says which responses of a file were not counted as
// respondents, after its count: "; 5 responses not counted: 5 without any
// Kano answer"; "" when none were.
func leftOutNote(l *survey.LeftOut) string {
	if l.Total() == 0 {
		return ""
	}
	return fmt.Sprintf("; %s not counted: %s", numfmt.Count(l.Total(), "response", "responses"), l.Reasons())
}
