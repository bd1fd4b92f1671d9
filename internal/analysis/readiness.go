package analysis

import (
	"github.com/dsc-workbench/dsc/internal/settings"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/readiness"
)

// RunReadiness scores the workspace's readiness questionnaire with the
// ratings of the latest assessment: the current one everywhere.
func RunReadiness(ws *workspace.Workspace, set settings.Settings) (*readiness.Result, error) {
	wr, err := ws.NeedReadiness()
	if err != nil {
		return nil, err
	}
	months := Assessments(wr)
	res := scoreReadiness(wr, ws.Config.Lang(), set, months[len(months)-1])
	return &res, nil
}

// scoreReadiness scores the questionnaire with the ratings of one
// assessment; lang names the default scale's levels.
func scoreReadiness(wr *workspace.Readiness, lang string, set settings.Settings, month string) readiness.Result {
	q := readiness.Questionnaire{Ratings: ratingsOf(wr, month), DisagreementThreshold: set.Readiness.DisagreementThreshold}
	for _, l := range wr.ScaleLevels(lang) {
		q.Scale = append(q.Scale, readiness.Level{Level: l.Level, Name: l.Name, Description: l.Description})
	}
	for _, d := range wr.Dimensions {
		rd := readiness.Dimension{ID: d.ID, Name: d.Name, Requirement: d.Requirement, Importance: 1, Target: d.Target}
		if d.Importance != nil {
			rd.Importance = *d.Importance
		}
		for _, qu := range d.Questions {
			rq := readiness.Question{ID: qu.ID, Text: qu.Text, Weight: 1, Target: qu.Target}
			if qu.Weight != nil {
				rq.Weight = *qu.Weight
			}
			rd.Questions = append(rd.Questions, rq)
		}
		q.Dimensions = append(q.Dimensions, rd)
	}
	for _, r := range wr.Raters {
		q.Raters = append(q.Raters, readiness.Rater{ID: r.ID, Name: r.Name, Role: r.Role})
	}
	return readiness.Analyze(q)
}
