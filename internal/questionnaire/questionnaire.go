// Package questionnaire writes the Kano questionnaire for catalog entries:
// a sheet (CSV or XLSX) to build the survey from in any survey tool, and a
// printable HTML form for paper workshops. Its questions are worded from the
// text catalogue so that `dsc kano` recognises them in the tool's export
// without a mapping: each names its entry, the dysfunctional one is negated,
// the importance one says "important".
package questionnaire

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/dsc-workbench/dsc/internal/tableprinter"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/kano"
)

// Feature is a catalog entry to ask about.
type Feature struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Question is one question of the questionnaire and the answers to offer.
type Question struct {
	No      int               `json:"no"`
	Entry   string            `json:"entry"`
	Feature string            `json:"feature"`
	Kind    kano.QuestionKind `json:"kind"`
	Text    string            `json:"text"`
	Answers []string          `json:"answers"`
}

// Questionnaire is the Kano questionnaire in one language.
type Questionnaire struct {
	Lang      text.Lang  `json:"lang"`
	Title     string     `json:"title"`
	Intro     string     `json:"intro"`
	HowTo     string     `json:"how_to"`
	Features  []Feature  `json:"features"`
	Questions []Question `json:"questions"`
}

// Build asks the three Kano questions about each feature, in order:
// functional, dysfunctional, importance.
func Build(features []Feature, l text.Lang) *Questionnaire {
	q := &Questionnaire{Lang: l, Features: features, Questions: []Question{},
		Title: text.Questionnaire(l, text.QuestionnaireTitle), Intro: text.Questionnaire(l, text.QuestionnaireIntro),
		HowTo: text.Questionnaire(l, text.QuestionnaireHowTo)}
	answers := make([]string, len(kano.Answers))
	for i, a := range kano.Answers {
		answers[i] = text.KanoAnswer(l, a)
	}
	scale := make([]string, 9)
	for i := range scale {
		scale[i] = strconv.Itoa(i + 1)
	}
	for _, f := range features {
		for _, kind := range kano.QuestionKinds {
			opts := answers
			if kind == kano.QuestionImportance {
				opts = scale
			}
			q.Questions = append(q.Questions, Question{No: len(q.Questions) + 1, Entry: f.ID, Feature: f.Name, Kind: kind,
				Text: text.KanoQuestion(l, kind, f.Name), Answers: opts})
		}
	}
	return q
}

// KindName is a question kind in the questionnaire's language.
func (q *Questionnaire) KindName(k kano.QuestionKind) string {
	switch k {
	case kano.QuestionFunctional:
		return text.Questionnaire(q.Lang, text.QuestionnaireFunctional)
	case kano.QuestionDysfunctional:
		return text.Questionnaire(q.Lang, text.QuestionnaireDysfunctional)
	}
	return text.Questionnaire(q.Lang, text.QuestionnaireImportance)
}

// header is the sheet's header row.
func (q *Questionnaire) header() []string {
	h := []string{text.Questionnaire(q.Lang, text.QuestionnaireNo), text.Questionnaire(q.Lang, text.QuestionnaireEntry),
		text.Questionnaire(q.Lang, text.QuestionnaireFeature), text.Questionnaire(q.Lang, text.QuestionnaireKind),
		text.Questionnaire(q.Lang, text.QuestionnaireQuestion)}
	for i := 1; i <= 9; i++ {
		h = append(h, text.Questionnaire(q.Lang, text.QuestionnaireAnswers)+" "+strconv.Itoa(i))
	}
	return h
}

// rows are the sheet's rows: one per question, the answers to offer in
// order after it.
func (q *Questionnaire) rows() [][]string {
	var out [][]string
	for _, x := range q.Questions {
		row := make([]string, 5+9) // every row as wide as the header
		copy(row, []string{strconv.Itoa(x.No), x.Entry, x.Feature, q.KindName(x.Kind), x.Text})
		copy(row[5:], x.Answers)
		out = append(out, row)
	}
	return out
}

// WriteCSV writes the sheet as CSV (UTF-8 with BOM, so Excel shows the
// umlauts); no cell can start a formula.
func (q *Questionnaire) WriteCSV(w io.Writer) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(q.header()); err != nil {
		return err
	}
	for _, r := range q.rows() {
		for i := range r {
			r[i] = tableprinter.Safe(r[i])
		}
		if err := cw.Write(r); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
