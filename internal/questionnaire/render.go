package questionnaire

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"sync"

	"github.com/dsc-workbench/dsc/third_party/excelize"

	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/internal/xlsxutil"
	"github.com/dsc-workbench/dsc/kano"
)

// WriteXLSX writes the sheet as a workbook: one row per question, text
// cells only, the header row frozen; reproducible byte for byte.
func (q *Questionnaire) WriteXLSX(w io.Writer) error {
	f := excelize.NewFile()
	defer f.Close()
	sheet := text.Questionnaire(q.Lang, text.QuestionnaireTitle)
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top"}})
	if err != nil {
		return err
	}
	rows := append([][]string{q.header()}, q.rows()...)
	for r, row := range rows {
		for c, v := range row {
			cell, err := excelize.CoordinatesToCellName(c+1, r+1)
			if err != nil {
				return err
			}
			// Strings only: a question is never a formula or a number.
			if err := f.SetCellStr(sheet, cell, v); err != nil {
				return err
			}
		}
	}
	lastHead, _ := excelize.CoordinatesToCellName(len(rows[0]), 1)
	if err := f.SetCellStyle(sheet, "A1", lastHead, bold); err != nil {
		return err
	}
	// One line per question, wide enough to read: rows of wrapped text
	// would need heights no workbook computes by itself.
	for _, w := range []struct {
		from, to string
		width    float64
	}{{"A", "A", 5}, {"B", "B", 22}, {"C", "C", 44}, {"D", "D", 14}, {"E", "E", 100}, {"F", "N", 26}} {
		if err := f.SetColWidth(sheet, w.from, w.to, w.width); err != nil {
			return err
		}
	}
	// The sheet is for building the survey; the printable form is the HTML.
	// Printed anyway, it goes landscape with its header row on every page.
	landscape := "landscape"
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &landscape}); err != nil {
		return err
	}
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: "'" + sheet + "'!$1:$1", Scope: sheet}); err != nil {
		return err
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return xlsxutil.Write(f, w)
}

//go:embed form.html.tmpl
var forms embed.FS

// formTemplate parses the form's template on first use, not when the
// program starts: every dsc command would pay for it.
var formTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.ParseFS(forms, "form.html.tmpl"))
})

// formBlock is one feature on the paper form.
type formBlock struct {
	No         int
	Feature    string
	Functional Question
	Dysfunct   Question
	Importance Question
}

// WriteHTML writes the printable form: a page header to fill in, then one
// block per feature with its two questions and the importance scale. All
// text is escaped by html/template; the page loads nothing from outside.
func (q *Questionnaire) WriteHTML(w io.Writer) error {
	var blocks []formBlock
	for i := 0; i+2 < len(q.Questions); i += 3 {
		f, d, imp := q.Questions[i], q.Questions[i+1], q.Questions[i+2]
		if f.Kind != kano.QuestionFunctional || d.Kind != kano.QuestionDysfunctional || imp.Kind != kano.QuestionImportance {
			return fmt.Errorf("questionnaire: questions of %q out of order", f.Entry)
		}
		blocks = append(blocks, formBlock{No: len(blocks) + 1, Feature: f.Feature, Functional: f, Dysfunct: d, Importance: imp})
	}
	return formTemplate().Execute(w, map[string]any{
		"Lang":       string(q.Lang),
		"Title":      q.Title,
		"Intro":      q.Intro,
		"HowTo":      q.HowTo,
		"Respondent": text.Questionnaire(q.Lang, text.QuestionnaireRespondent),
		"Date":       text.Questionnaire(q.Lang, text.QuestionnaireDate),
		"Segment":    text.Questionnaire(q.Lang, text.QuestionnaireSegment),
		"Thanks":     text.Questionnaire(q.Lang, text.QuestionnaireThanks),
		"Blocks":     blocks,
	})
}
