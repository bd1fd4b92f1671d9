package analysis

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dsc-workbench/dsc/internal/settings"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/readiness"
)

// Assessments lists the months of the readiness assessments, earliest first;
// "" (ratings without an assessment month) is the earliest, the baseline.
func Assessments(wr *workspace.Readiness) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range wr.Ratings {
		if !seen[r.Assessment] {
			seen[r.Assessment] = true
			out = append(out, r.Assessment)
		}
	}
	sort.Strings(out)
	if len(out) == 0 {
		out = []string{""}
	}
	return out
}

// ratingsOf collects the ratings of one assessment, rater -> question -> level.
func ratingsOf(wr *workspace.Readiness, month string) map[string]map[string]int {
	out := map[string]map[string]int{}
	for _, rt := range wr.Ratings {
		if rt.Assessment != month {
			continue
		}
		if out[rt.Rater] == nil {
			out[rt.Rater] = map[string]int{}
		}
		for qid, v := range rt.Scores {
			out[rt.Rater][qid] = v
		}
	}
	return out
}

// AssessedDimension is one dimension's score in one assessment.
type AssessedDimension struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Current *float64 `json:"current"`
	Target  float64  `json:"target"`
}

// AssessmentSummary is one assessment scored: what a trend chart draws.
type AssessmentSummary struct {
	// Month is the assessment month ("YYYY-MM"), "" for undated ratings.
	Month            string              `json:"month"`
	Index            float64             `json:"index"`
	TargetAttainment float64             `json:"target_attainment"`
	Raters           int                 `json:"raters"`
	Dimensions       []AssessedDimension `json:"dimensions"`
}

// ReadinessTrend is every assessment of the questionnaire, earliest first
// (the last is current everywhere), and the current one set against an
// earlier one.
type ReadinessTrend struct {
	Assessments []AssessmentSummary `json:"assessments"`
	// Comparison is nil when there is only one assessment.
	Comparison *readiness.Comparison `json:"comparison"`
}

// RunReadinessTrend scores every assessment and compares the current one
// with against ("" for the one before it).
func RunReadinessTrend(ws *workspace.Workspace, set settings.Settings, against string) (*ReadinessTrend, error) {
	wr, err := ws.NeedReadiness()
	if err != nil {
		return nil, err
	}
	months := Assessments(wr)
	results := make([]readiness.Result, len(months))
	t := &ReadinessTrend{}
	for i, m := range months {
		results[i] = scoreReadiness(wr, ws.Config.Lang(), set, m)
		s := AssessmentSummary{Month: m, Index: results[i].Index, TargetAttainment: results[i].TargetAttainment, Raters: len(ratingsOf(wr, m))}
		for _, d := range results[i].Dimensions {
			s.Dimensions = append(s.Dimensions, AssessedDimension{ID: d.ID, Name: d.Name, Current: d.Current, Target: d.Target})
		}
		t.Assessments = append(t.Assessments, s)
	}
	last := len(months) - 1
	if last == 0 {
		if against != "" {
			return nil, fmt.Errorf("nothing to compare: readiness has one assessment; rate again with \"assessment: YYYY-MM\" on the new ratings")
		}
		return t, nil
	}
	prev := last - 1
	if against != "" {
		prev = -1
		for i, m := range months[:last] {
			if m == against {
				prev = i
			}
		}
		if prev < 0 {
			return nil, fmt.Errorf("no earlier assessment %q; the assessments are %s (the last is current)", against, strings.Join(labels(months), ", "))
		}
	}
	c := readiness.Compare(results[prev], results[last], AssessmentLabel(months[prev]), AssessmentLabel(months[last]))
	t.Comparison = &c
	return t, nil
}

// AssessmentLabel names an assessment month; undated ratings are the baseline.
func AssessmentLabel(month string) string {
	if month == "" {
		return "baseline"
	}
	return month
}

func labels(months []string) []string {
	out := make([]string, len(months))
	for i, m := range months {
		out[i] = AssessmentLabel(m)
	}
	return out
}
