package workshop

import (
	"fmt"

	"github.com/dsc-workbench/dsc/internal/numfmt"
	"github.com/dsc-workbench/dsc/internal/workspace"
)

// PriorRating is a rater's ratings that the workspace already holds outside
// the workshop's own export. `workshop export` refuses to rate a question
// twice for the same assessment, so a facilitator needs to know before the
// session, not after it (trial5 L11).
type PriorRating struct {
	File       string
	Line       int
	Rater      string
	Assessment string // "" for an undated baseline
	Questions  int
}

// PriorRatings lists the rater's ratings outside the export file, in file
// order.
func PriorRatings(ws *workspace.Workspace, rater string) []PriorRating {
	if ws.Readiness == nil {
		return nil
	}
	var out []PriorRating
	for _, r := range ws.Readiness.Ratings {
		if r.Rater != rater || r.Loc.File == ws.Path(RatingsExportFile) || len(r.Scores) == 0 {
			continue
		}
		out = append(out, PriorRating{File: r.Loc.File, Line: r.Loc.Line, Rater: r.Rater, Assessment: r.Assessment, Questions: len(r.Scores)})
	}
	return out
}

// String words the warning for the facilitator's terminal, the fix early:
// the workshop's status line shows as much of it as the width allows.
func (p PriorRating) String() string {
	when := ""
	if p.Assessment != "" {
		when = " in assessment " + p.Assessment
	}
	return fmt.Sprintf("%s:%d already rates %q (%s%s): export this session as a re-assessment with --assessment YYYY-MM, a month after the latest assessment (the workshop's ratings replace these, the others are carried over), or remove those ratings first",
		p.File, p.Line, p.Rater, numfmt.Count(p.Questions, "question", "questions"), when)
}
