package survey

import (
	"fmt"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/xlsxscan"
)

// minSurveyCells is the fewest header cells a survey sheet has: a
// respondent and the two questions of one feature.
const minSurveyCells = 3

// surveyInOtherSheet reports a workbook whose first sheet, read when no
// sheet is named, holds no survey while a later sheet does (a colleague's
// summary sheet put in front of the export). Read as it is, every column
// the mapping names would be reported missing, no message naming the cause.
func surveyInOtherSheet(wb *xlsxscan.Workbook, sheets []string, src Source) error {
	if len(sheets) < 2 || looksLikeSurvey(wb, sheets[0]) {
		return nil
	}
	for _, s := range sheets[1:] {
		if !looksLikeSurvey(wb, s) {
			continue
		}
		msg := fmt.Sprintf("the first sheet %q of %s holds no survey; sheet %q does", sheets[0], src.Display, s)
		if m := src.Mapping; m != nil && m.Loc.File != "" {
			return &diag.Error{Problems: []diag.Problem{{File: m.Loc.File, Line: 1, Col: 1, Msg: msg,
				Hint: fmt.Sprintf("add the line \"sheet: %s\" to the mapping", s)}}}
		}
		return &diag.Error{Problems: []diag.Problem{{File: src.Display, Msg: msg,
			Hint: fmt.Sprintf("name the sheet: \"sheet: %s\" in the survey's mapping, or --sheet %q", s, s)}}}
	}
	return nil
}

// looksLikeSurvey reports whether a sheet's first row has a survey's
// header cells and a row follows it.
func looksLikeSurvey(wb *xlsxscan.Workbook, sheet string) bool {
	rows, err := wb.Rows(sheet)
	if err != nil {
		return true // not this check's to report
	}
	defer rows.Close()
	header, _, err := rows.Next()
	if err != nil {
		return false
	}
	cells := 0
	for _, c := range header {
		if c != "" {
			cells++
		}
	}
	if cells < minSurveyCells {
		return false
	}
	_, _, err = rows.Next()
	return err == nil
}
