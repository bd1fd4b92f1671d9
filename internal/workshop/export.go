package workshop

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"

	"github.com/dsc-workbench/dsc/internal/atomicfile"
	"github.com/dsc-workbench/dsc/internal/survey"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/internal/yamlx"
)

// KanoExportFile is where `dsc workshop export` writes the Kano answers: a
// YAML survey that `dsc kano` reads with the other surveys.
const KanoExportFile = "surveys/workshop-kano.yaml"

// RatingsExportFile is where the readiness ratings of every workshop rater go.
var RatingsExportFile = filepath.ToSlash(filepath.Join(workspace.RatingsDir, "workshop-readiness.yaml"))

// SourceAttribute and SourceWorkshop mark every exported respondent, so the
// workshop's answers can be shown apart from the customer survey or merged.
const (
	SourceAttribute = "source"
	SourceWorkshop  = "workshop"
)

// Exported says what an export wrote.
type Exported struct {
	Files       []string
	Respondents int
	Raters      int
	Warnings    []string
}

// ExportOptions tune an export.
type ExportOptions struct {
	// Assessment is the month ("YYYY-MM") the exported readiness ratings
	// belong to. It is required when the workspace's other ratings carry
	// assessment months: an undated rating would count as the baseline,
	// before every dated assessment, which a workshop held today is not.
	Assessment string
}

// ErrAssessmentNeeded says the workspace dates its ratings and the export
// was given no month for the workshop's.
var ErrAssessmentNeeded = errors.New("the workspace's ratings carry assessment months")

// Export writes every journal in journalDir into the workspace folder dir,
// each file atomically, in the formats `dsc kano` and `dsc readiness` read.
// The same journals always give the same bytes.
func Export(ws *workspace.Workspace, dir, journalDir string, opt ExportOptions) (Exported, error) {
	var out Exported
	kanoLogs, w1, err := ReadLogs(journalDir, KindKano)
	if err != nil {
		return out, err
	}
	readLogs, w2, err := ReadLogs(journalDir, KindReadiness)
	if err != nil {
		return out, err
	}
	out.Warnings = append(w1, w2...)
	if doc := KanoSurvey(ws, kanoLogs); len(doc.Respondents) > 0 {
		if err := writeYAML(filepath.Join(dir, filepath.FromSlash(KanoExportFile)),
			"# Kano answers captured with `dsc workshop`; rewritten by `dsc workshop export`.\n", doc); err != nil {
			return out, err
		}
		out.Files = append(out.Files, KanoExportFile)
		out.Respondents = len(doc.Respondents)
	}
	ratings, err := Ratings(ws, readLogs)
	if err != nil {
		return out, err
	}
	if len(ratings.Ratings) > 0 && opt.Assessment == "" && datesRatings(ws) {
		return out, ErrAssessmentNeeded
	}
	for i := range ratings.Ratings {
		ratings.Ratings[i].Assessment = opt.Assessment
		if err := clashes(ws, ratings.Ratings[i]); err != nil {
			return out, err
		}
	}
	if len(ratings.Ratings) > 0 {
		if err := writeYAML(filepath.Join(dir, filepath.FromSlash(RatingsExportFile)),
			"# Readiness ratings captured with `dsc workshop`; rewritten by `dsc workshop export`.\n", ratings); err != nil {
			return out, err
		}
		out.Files = append(out.Files, RatingsExportFile)
		out.Raters = len(ratings.Ratings)
	}
	return out, nil
}

// KanoSurvey turns Kano journals into the YAML survey format: one respondent
// per participant who answered, in join order, with a stable id, the segment
// under the workspace's segment attribute and source: workshop.
func KanoSurvey(ws *workspace.Workspace, logs []Log) survey.YAMLSurvey {
	segAttr := ws.Settings.Kano.SegmentBy
	if segAttr == "" {
		segAttr = "segment"
	}
	var doc survey.YAMLSurvey
	for _, l := range logs {
		st := Apply(l.Events)
		r := survey.YAMLRespondent{ID: l.ID(), Attributes: map[string]string{SourceAttribute: SourceWorkshop}, Answers: map[string]survey.YAMLAnswer{}}
		if st.Segment != "" {
			r.Attributes[segAttr] = st.Segment
		}
		for k, v := range st.Answers {
			a := r.Answers[k.Item]
			s := strconv.Itoa(v)
			switch k.Question {
			case survey.Functional:
				a.Functional = s
			case survey.Dysfunctional:
				a.Dysfunctional = s
			case survey.Importance:
				a.Importance = s
			}
			r.Answers[k.Item] = a
		}
		if len(r.Answers) > 0 {
			doc.Respondents = append(doc.Respondents, r)
		}
	}
	return doc
}

// Ratings turns readiness journals into a ratings file: one rating per
// rater, sorted by rater. A rater who joined twice (a terminal and a phone)
// has their journals applied in join order, the later answer winning.
func Ratings(ws *workspace.Workspace, logs []Log) (workspace.RatingsFile, error) {
	var out workspace.RatingsFile
	if len(logs) == 0 {
		return out, nil
	}
	byRater := map[string]State{}
	for _, l := range logs {
		st, ok := byRater[l.Name]
		if !ok {
			st = NewState()
		}
		for _, e := range l.Events {
			st.Apply(e)
		}
		byRater[l.Name] = st
	}
	raters := make([]string, 0, len(byRater))
	for r := range byRater {
		raters = append(raters, r)
	}
	sort.Strings(raters)
	for _, rater := range raters {
		st := byRater[rater]
		if len(st.Answers) == 0 {
			continue
		}
		rt := workspace.Rating{Rater: rater, Scores: map[string]int{}}
		for k, v := range st.Answers {
			rt.Scores[k.Item] = v
		}
		out.Ratings = append(out.Ratings, rt)
	}
	return out, nil
}

// datesRatings reports whether a rating outside the workshop's own export
// file carries an assessment month.
func datesRatings(ws *workspace.Workspace) bool {
	if ws.Readiness == nil {
		return false
	}
	for _, r := range ws.Readiness.Ratings {
		if r.Assessment != "" && r.Loc.File != ws.Path(RatingsExportFile) {
			return true
		}
	}
	return false
}

// clashes refuses to export ratings a rater already has in another file
// for the same assessment: the loader would report them twice. The same
// rater in another assessment month is a re-assessment, not a clash.
func clashes(ws *workspace.Workspace, rt workspace.Rating) error {
	if ws.Readiness == nil {
		return fmt.Errorf("readiness.yaml is missing: the ratings of %q have no questionnaire", rt.Rater)
	}
	for _, r := range ws.Readiness.Ratings {
		if r.Rater != rt.Rater || r.Assessment != rt.Assessment || r.Loc.File == ws.Path(RatingsExportFile) {
			continue
		}
		for _, q := range slices.Sorted(maps.Keys(rt.Scores)) {
			if _, dup := r.Scores[q]; dup {
				when := ""
				if rt.Assessment != "" {
					when = " in assessment " + rt.Assessment
				}
				return fmt.Errorf("%s already rates %q for %s%s; remove those ratings there, drop them from the workshop or export them as another assessment with --assessment", r.Loc.File, rt.Rater, q, when)
			}
		}
	}
	return nil
}

func writeYAML(path, header string, v any) error {
	body, err := yamlx.Marshal(v)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("create %s: %w", filepath.Dir(path), err)
	}
	return atomicfile.WriteFile(path, append([]byte(header), body...))
}
