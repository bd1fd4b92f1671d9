package questionnaire_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/third_party/excelize"

	"github.com/dsc-workbench/dsc/internal/questionnaire"
	"github.com/dsc-workbench/dsc/internal/survey"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/kano"
)

// features include a name with a negation and one inside another's name.
var features = []questionnaire.Feature{
	{ID: "live-chat", Name: "Live chat with a parts expert"},
	{ID: "guest-checkout", Name: "Checkout without an account"},
	{ID: "login", Name: "Login"},
	{ID: "social-login", Name: "Social login"},
}

func catalog() []survey.CatalogEntry {
	out := make([]survey.CatalogEntry, len(features))
	for i, f := range features {
		out[i] = survey.CatalogEntry{ID: f.ID, Name: f.Name}
	}
	return out
}

func TestBuild(t *testing.T) {
	q := questionnaire.Build(features[:1], text.German)
	if len(q.Questions) != 3 {
		t.Fatalf("%d questions", len(q.Questions))
	}
	want := []string{
		"Wie fänden Sie es, wenn es „Live chat with a parts expert“ gäbe?",
		"Wie fänden Sie es, wenn es „Live chat with a parts expert“ nicht gäbe?",
		"Wie wichtig ist Ihnen „Live chat with a parts expert“? (1 = gar nicht wichtig, 9 = äußerst wichtig)",
	}
	for i, w := range want {
		if q.Questions[i].Text != w || q.Questions[i].No != i+1 {
			t.Errorf("question %d: %q", i+1, q.Questions[i].Text)
		}
	}
	if a := q.Questions[0].Answers; len(a) != 5 || a[0] != "Das würde mich sehr freuen" || a[4] != "Das würde mich sehr stören" {
		t.Errorf("answers %v", a)
	}
	if a := q.Questions[2].Answers; len(a) != 9 || a[8] != "9" {
		t.Errorf("scale %v", a)
	}
}

// A name that starts like a formula stays text in CSV and XLSX, and markup
// in a name is escaped in the form.
func TestOutputsAreSafeAndDeterministic(t *testing.T) {
	q := questionnaire.Build([]questionnaire.Feature{{ID: "x", Name: "=HYPERLINK(\"http://evil\")"}, {ID: "y", Name: "<script>alert(1)</script>"}}, text.English)
	var c bytes.Buffer
	if err := q.WriteCSV(&c); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(c.String(), "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if recs[0][0] != "No." || recs[1][2] != `'=HYPERLINK("http://evil")` || len(recs) != 7 {
		t.Errorf("csv %q", recs[:2])
	}
	var x1, x2 bytes.Buffer
	if err := q.WriteXLSX(&x1); err != nil {
		t.Fatal(err)
	}
	if err := q.WriteXLSX(&x2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(x1.Bytes(), x2.Bytes()) {
		t.Error("two workbooks of the same questionnaire differ")
	}
	f, err := excelize.OpenReader(&x1)
	if err != nil {
		t.Fatal(err)
	}
	cell, _ := f.GetCellValue("Kano questionnaire", "C2")
	formula, _ := f.GetCellFormula("Kano questionnaire", "C2")
	typ, _ := f.GetCellType("Kano questionnaire", "E2")
	if cell != `=HYPERLINK("http://evil")` || formula != "" || typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
		t.Errorf("C2 %q formula %q, E2 type %v", cell, formula, typ)
	}
	var h bytes.Buffer
	if err := q.WriteHTML(&h); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(h.String(), "<script>") || !strings.Contains(h.String(), "&lt;script&gt;") || strings.Contains(h.String(), "http-equiv") {
		t.Error("form does not escape a name")
	}
	if n := strings.Count(h.String(), `class="box"`); n != 2*(5+5+9) {
		t.Errorf("%d answer boxes, want 38", n)
	}
}

// answersOf are the known answers: respondent r answers every feature with
// pairs[r]. By the standard table: like/dislike O, expect/dislike M,
// like/neutral A, neutral/neutral I; importance 9, 5, 3, blank.
var pairs = [][2]kano.Answer{{kano.Like, kano.Dislike}, {kano.Expect, kano.Dislike}, {kano.Like, kano.Neutral}, {kano.Neutral, kano.Neutral}}
var importances = []string{"9", "5", "3", ""}

// cellFor is respondent r's answer to question x, as the tool writes it.
func cellFor(q *questionnaire.Questionnaire, x questionnaire.Question, r int, code bool) string {
	switch x.Kind {
	case kano.QuestionImportance:
		return importances[r]
	case kano.QuestionFunctional:
		if code {
			return fmt.Sprint(int(pairs[r][0]))
		}
		return text.KanoAnswer(q.Lang, pairs[r][0])
	}
	if code {
		return fmt.Sprint(int(pairs[r][1]))
	}
	return text.KanoAnswer(q.Lang, pairs[r][1])
}

// layout fills a questionnaire into one tool's export: its header rows,
// metadata and respondent rows.
type layout struct {
	tool Tool
	ext  string
	rows func(q *questionnaire.Questionnaire) [][]string
}

type Tool = survey.Tool

func questionTexts(q *questionnaire.Questionnaire) []string {
	out := make([]string, len(q.Questions))
	for i, x := range q.Questions {
		out[i] = x.Text
	}
	return out
}

func answerRow(q *questionnaire.Questionnaire, r int, code bool) []string {
	out := make([]string, len(q.Questions))
	for i, x := range q.Questions {
		out[i] = cellFor(q, x, r, code)
	}
	return out
}

var layouts = []layout{
	{survey.GoogleForms, ".csv", func(q *questionnaire.Questionnaire) [][]string {
		rows := [][]string{append([]string{"Timestamp", "Email address"}, questionTexts(q)...)}
		for r := range pairs {
			rows = append(rows, append([]string{fmt.Sprintf("2024/03/0%d 9:12:05 AM GMT+1", r+1), ""}, answerRow(q, r, false)...))
		}
		return rows
	}},
	{survey.MicrosoftForms, ".xlsx", func(q *questionnaire.Questionnaire) [][]string {
		rows := [][]string{append([]string{"ID", "Start time", "Completion time", "Email", "Name"}, questionTexts(q)...)}
		for r := range pairs {
			rows = append(rows, append([]string{fmt.Sprint(r + 1), "3/1/24 10:00:00", "3/1/24 10:05:00", "anonymous", ""}, answerRow(q, r, false)...))
		}
		return rows
	}},
	{survey.SurveyMonkey, ".csv", func(q *questionnaire.Questionnaire) [][]string {
		meta := []string{"Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name", "Last Name", "Custom Data 1"}
		second := make([]string, len(meta))
		for range q.Questions {
			second = append(second, "Response")
		}
		rows := [][]string{append(meta, questionTexts(q)...), second}
		for r := range pairs {
			rows = append(rows, append([]string{fmt.Sprint(114000000 + r), "4242", "03/05/2024", "03/05/2024", "10.0.0.1", "", "", "", ""}, answerRow(q, r, false)...))
		}
		return rows
	}},
	{survey.Qualtrics, ".csv", func(q *questionnaire.Questionnaire) [][]string {
		names := []string{"StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished", "RecordedDate", "ResponseId"}
		labels := []string{"Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)", "Finished", "Recorded Date", "Response ID"}
		var ids []string
		for _, n := range names {
			ids = append(ids, `{"ImportId":"`+n+`"}`)
		}
		for i := range q.Questions {
			names = append(names, fmt.Sprintf("Q%d", i+1))
			ids = append(ids, fmt.Sprintf(`{"ImportId":"QID%d"}`, i+1))
		}
		rows := [][]string{names, append(labels, questionTexts(q)...), ids}
		for r := range pairs {
			rows = append(rows, append([]string{"2024-06-03 09:20:44", "2024-06-03 09:25:44", "0", "10.0.0.1", "100", "300", "1", "2024-06-03 09:25:45", fmt.Sprintf("R_%015d", r)}, answerRow(q, r, true)...))
		}
		return rows
	}},
	{survey.LimeSurvey, ".csv", func(q *questionnaire.Questionnaire) [][]string {
		rows := [][]string{append([]string{"Response ID", "Date submitted", "Last page", "Start language", "Seed"}, questionTexts(q)...)}
		for r := range pairs {
			rows = append(rows, append([]string{fmt.Sprint(r + 1), "2024-07-01 09:01:35", "2", string(q.Lang), "1843201957"}, answerRow(q, r, false)...))
		}
		return rows
	}},
	{survey.Typeform, ".csv", func(q *questionnaire.Questionnaire) [][]string {
		rows := [][]string{append(append([]string{"#"}, questionTexts(q)...), "Response Type", "Start Date (UTC)", "Submit Date (UTC)", "Network ID")}
		for r := range pairs {
			rows = append(rows, append(append([]string{fmt.Sprintf("tok%029d", r)}, answerRow(q, r, false)...), "completed", "2024-08-05 12:01:17", "2024-08-05 12:03:17", "98eebf3737"))
		}
		return rows
	}},
}

func encode(t *testing.T, rows [][]string, ext string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if ext == ".xlsx" {
		f := excelize.NewFile()
		defer f.Close()
		for r, row := range rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				f.SetCellStr("Sheet1", cell, v)
			}
		}
		if err := f.Write(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	w := csv.NewWriter(&buf)
	w.WriteAll(rows)
	return buf.Bytes()
}

// The questionnaire's own questions, filled in as each tool exports them,
// read back with no mapping to exact counts: every feature O 1, M 1, A 1,
// I 1 of 4, importance from 3 answers, mean (9+5+3)/3.
func TestRoundTripThroughEveryTool(t *testing.T) {
	for _, lang := range text.Langs {
		q := questionnaire.Build(features, lang)
		for _, l := range layouts {
			t.Run(fmt.Sprintf("%s/%s", lang, l.tool), func(t *testing.T) {
				name := "export" + l.ext
				fsys := fstest.MapFS{name: {Data: encode(t, l.rows(q), l.ext)}}
				s := kano.NewSurvey()
				st, err := survey.Read(survey.Source{FS: fsys, Path: name, Display: name}, survey.Config{Catalog: catalog()}, s)
				if err != nil {
					t.Fatal(err)
				}
				if survey.Tool(st.Tool) != l.tool || st.Respondents != 4 {
					t.Errorf("read as %q, %d respondents", st.Tool, st.Respondents)
				}
				a := s.Analyze(kano.Options{})
				if len(a.Features) != len(features) {
					t.Fatalf("%d features: %v", len(a.Features), st.Features)
				}
				for _, f := range a.Features {
					c := f.Continuous
					if f.Counts != (kano.Counts{A: 1, O: 1, M: 1, I: 1}) || c.ImportanceN != 3 || c.ImportanceMean < 5.66 || c.ImportanceMean > 5.67 {
						t.Errorf("%s: %+v, importance %d / %.3f", f.ID, f.Counts, c.ImportanceN, c.ImportanceMean)
					}
				}
			})
		}
	}
}
