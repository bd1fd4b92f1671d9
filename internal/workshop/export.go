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
	"github.com/dsc-workbench/dsc/internal/numfmt"
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
	// Rated counts the workshop's own ratings (a rater's score for a
	// question). Carried counts the ratings of the assessment before the
	// workshop's (CarriedFrom, "" the undated baseline) that the workshop
	// did not rate, carried over into its assessment (trial7 N25).
	Rated, Carried int
	CarriedFrom    string
}

// ExportOptions tune an export.
type ExportOptions struct {
	// Assessment is the month ("YYYY-MM") the exported readiness ratings
	// belong to. It is required when the workspace's other ratings carry
	// assessment months: an undated rating would count as the baseline,
	// before every dated assessment, which a workshop held today is not.
	Assessment string
	// OnlyWorkshop exports the workshop's ratings alone. By default a
	// workshop exported as a new, latest assessment carries over every
	// rating of the assessment before it that the workshop did not rate:
	// the latest assessment is the client's current readiness, and a
	// one-question workshop must not replace a full assessment with one
	// rating (trial7 N25).
	OnlyWorkshop bool
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
		out.Rated += len(ratings.Ratings[i].Scores)
	}
	if len(ratings.Ratings) > 0 {
		out.Raters = len(ratings.Ratings)
		header := "# Readiness ratings captured with `dsc workshop`; rewritten by `dsc workshop export`.\n"
		if prev, before, ok := previousAssessment(ws, opt.Assessment); ok {
			if opt.OnlyWorkshop {
				if n := countScores(before); n > out.Rated {
					out.Warnings = append(out.Warnings, fmt.Sprintf("assessment %s holds only the workshop's %s, the assessment before it (%s) %d: as the latest assessment it is now the client's readiness in dsc readiness and dsc report; export without --only-workshop to carry the other ratings over",
						opt.Assessment, numfmt.Count(out.Rated, "rating", "ratings"), assessmentName(prev), n))
				}
			} else {
				ratings.Ratings, out.Carried = carryOver(ratings.Ratings, before, opt.Assessment)
				out.CarriedFrom = prev
				if out.Carried > 0 {
					header += fmt.Sprintf("# Assessment %s: %s.\n", opt.Assessment,
						CarriedOver(out.Rated, out.Carried, "the assessment before it ("+assessmentName(prev)+")"))
				}
			}
		}
		if err := writeYAML(filepath.Join(dir, filepath.FromSlash(RatingsExportFile)), header, ratings); err != nil {
			return out, err
		}
		out.Files = append(out.Files, RatingsExportFile)
	}
	return out, nil
}

// previousAssessment finds the assessment a workshop dated month follows:
// the latest one among the ratings outside the export file, and its
// ratings, when month is later than all of them (ok). When month is ""
// (undated), is an assessment other files hold already (the workshop joins
// it) or is earlier than the latest (it dates a past one), nothing is
// carried over.
func previousAssessment(ws *workspace.Workspace, month string) (prev string, ratings []workspace.Rating, ok bool) {
	if ws.Readiness == nil || month == "" {
		return "", nil, false
	}
	byMonth := map[string][]workspace.Rating{}
	for _, r := range ws.Readiness.Ratings {
		if r.Loc.File != ws.Path(RatingsExportFile) && len(r.Scores) > 0 {
			byMonth[r.Assessment] = append(byMonth[r.Assessment], r)
		}
	}
	if len(byMonth) == 0 {
		return "", nil, false
	}
	months := slices.Sorted(maps.Keys(byMonth)) // "" (the baseline) first
	last := months[len(months)-1]
	if last >= month {
		return "", nil, false
	}
	return last, byMonth[last], true
}

// carryOver adds to the workshop's ratings (dated month) every score of
// the assessment before it that the workshop did not rate: a rater's other
// questions, and the raters who did not take part. The workshop's scores
// win. It returns the ratings sorted by rater and how many were carried.
func carryOver(workshop, before []workspace.Rating, month string) ([]workspace.Rating, int) {
	byRater := map[string]workspace.Rating{}
	for _, r := range workshop {
		byRater[r.Rater] = r
	}
	carried := 0
	for _, r := range before {
		rt, ok := byRater[r.Rater]
		if !ok {
			rt = workspace.Rating{Rater: r.Rater, Assessment: month, Scores: map[string]int{}}
		}
		for q, s := range r.Scores {
			if _, rated := rt.Scores[q]; !rated {
				rt.Scores[q] = s
				carried++
			}
		}
		byRater[r.Rater] = rt
	}
	out := make([]workspace.Rating, 0, len(byRater))
	for _, rater := range slices.Sorted(maps.Keys(byRater)) {
		out = append(out, byRater[rater])
	}
	return out, carried
}

func countScores(rs []workspace.Rating) int {
	n := 0
	for _, r := range rs {
		n += len(r.Scores)
	}
	return n
}

// assessmentName names an assessment month for messages; "" is the
// undated baseline.
// CarriedOver says what an export with carried-over ratings holds: the
// workshop's rated ratings and the carried ones of from (how the caller
// names the assessment before it). The export file's header and the
// command's report both say it.
func CarriedOver(rated, carried int, from string) string {
	return fmt.Sprintf("the workshop's %s, and %s of %s that the workshop did not rate, carried over unchanged",
		numfmt.Count(rated, "rating", "ratings"), numfmt.Count(carried, "rating", "ratings"), from)
}

func assessmentName(month string) string {
	if month == "" {
		return "the undated baseline"
	}
	return month
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
				return fmt.Errorf("%s already rates %q for %s%s; export the session as a re-assessment with --assessment YYYY-MM, a month after the latest assessment (the workshop's ratings replace these, the others are carried over), or remove those ratings there", r.Loc.File, rt.Rater, q, when)
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
