package survey_test

import (
	"encoding/json"
	"errors"
	"os"
	"path"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/survey"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/kano"
)

// exportsDir holds the per-tool export files, laid out as each tool writes
// them and written without dsc (see testdata/exports/NOTES.md). Their counts
// in expected.json were worked out by that folder's verify.py from the
// files' bytes, independently of the reader.
const exportsDir = "testdata/exports"

type expectedFile struct {
	File        string                     `json:"file"`
	Respondents int                        `json:"respondents"`
	HeaderRows  []int                      `json:"header_rows"`
	Respondent  *string                    `json:"respondent_id"`
	Features    map[string]expectedFeature `json:"features"`
	Error       string                     `json:"error"`
}

type expectedFeature struct {
	Counts     kano.Counts `json:"counts"`
	N          int         `json:"n"`
	Incomplete int         `json:"incomplete"`
}

func loadExpected(t *testing.T) []expectedFile {
	t.Helper()
	data, err := os.ReadFile(path.Join(exportsDir, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var e struct {
		Files []expectedFile `json:"files"`
	}
	if err := json.Unmarshal(data, &e); err != nil {
		t.Fatal(err)
	}
	return e.Files
}

// fixtureWorkspace is the fixtures' workspace with the given exports (and
// mappings) under surveys/.
func fixtureWorkspace(t *testing.T, files map[string]string) *workspace.Workspace {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, f := range []string{"dsc.yaml", "catalog.yaml"} {
		data, err := os.ReadFile(path.Join(exportsDir, "workspace", f))
		if err != nil {
			t.Fatal(err)
		}
		fsys[f] = &fstest.MapFile{Data: data}
	}
	for name, content := range files {
		if strings.HasSuffix(name, ".map.yaml") {
			fsys["surveys/"+name] = &fstest.MapFile{Data: []byte(content)}
			continue
		}
		data, err := os.ReadFile(path.Join(exportsDir, name))
		if err != nil {
			t.Fatal(err)
		}
		fsys["surveys/"+path.Base(name)] = &fstest.MapFile{Data: data}
	}
	ws, err := workspace.Load(fsys, "fixtures", "ws")
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

func readWorkspace(ws *workspace.Workspace) ([]survey.Stats, kano.Analysis, error) {
	s := kano.NewSurvey()
	st, err := survey.ReadAll(ws.SurveyInput(), survey.Config{Catalog: ws.SurveyCatalog()}, s, nil)
	return st, s.Analyze(kano.Options{}), err
}

// mappings are what the exports that cannot speak for themselves need:
// one line per question stem, one per code set.
var mappings = map[string]string{
	// Sections repeat the same two questions; only the order tells the feature.
	"google-forms/kano-sections.csv": `questions:
  - {stem: "How would you feel if this feature were available?", entries: [order-tracking, click-and-collect, part-finder, live-chat, net-prices]}
  - {stem: "How would you feel if this feature were not available?", entries: [order-tracking, click-and-collect, part-finder, live-chat, net-prices]}
`,
	// Question codes, sub-question codes and answer codes name nothing.
	"limesurvey/kano-codes.csv": `values: {A1: like, A2: expect, A3: neutral, A4: live-with, A5: dislike}
items: {SQ001: order-tracking, SQ002: click-and-collect, SQ003: part-finder, SQ004: live-chat, SQ005: net-prices}
questions:
  - {stem: K1, question: functional}
  - {stem: K2, question: dysfunctional}
`,
}

// Every tool's export reads inside a workspace whose catalog names the
// features, with no mapping file (but the two above), to the counts worked
// out independently. Spot checks by hand: in google-forms/kano-grids.csv
// order tracking is "expect/dislike" (M) for 6 respondents, plus
// expect/live-with (I), like/dislike (O), live-with/dislike (M),
// neutral/dislike (M): M 8, O 1, I 1 of 10.
func TestExportsReadWithoutMapping(t *testing.T) {
	for _, f := range loadExpected(t) {
		if f.Features == nil || f.Error != "" {
			continue // the broken files: see TestBrokenExports
		}
		t.Run(f.File, func(t *testing.T) {
			files := map[string]string{f.File: ""}
			if m, ok := mappings[f.File]; ok {
				base := path.Base(f.File)
				files[strings.TrimSuffix(base, path.Ext(base))+".map.yaml"] = m
			}
			stats, a, err := readWorkspace(fixtureWorkspace(t, files))
			if err != nil {
				t.Fatal(err)
			}
			st := stats[0]
			if st.Respondents != f.Respondents {
				t.Errorf("%d respondents, want %d", st.Respondents, f.Respondents)
			}
			if len(f.HeaderRows) > 0 && st.HeaderRows != len(f.HeaderRows) {
				t.Errorf("%d header rows, want %d", st.HeaderRows, len(f.HeaderRows))
			}
			if (f.Respondent == nil) != (st.RespondentColumn == "") || (f.Respondent != nil && !strings.Contains(st.RespondentColumn, *f.Respondent) &&
				!strings.Contains(st.RespondentColumn, "Response ID")) {
				t.Errorf("respondent column %q, want %v", st.RespondentColumn, f.Respondent)
			}
			got := map[string]kano.FeatureResult{}
			for _, r := range a.Features {
				got[r.ID] = r
			}
			if len(got) != len(f.Features) {
				t.Errorf("%d features, want %d", len(got), len(f.Features))
			}
			for id, want := range f.Features {
				r := got[id]
				// incomplete counts a respondent with either answer blank
				// or a missing token: dsc's missing, a respondent who
				// answered neither question included.
				if r.Counts != want.Counts || r.N != want.N || r.Missing != want.Incomplete {
					t.Errorf("%s: %+v n %d missing %d, want %+v n %d (%d incomplete)", id, r.Counts, r.N, r.Missing, want.Counts, want.N, want.Incomplete)
				}
			}
		})
	}
}

func problemsOf(t *testing.T, err error) string {
	t.Helper()
	var de *diag.Error
	if !errors.As(err, &de) {
		t.Fatalf("want problems, got %v", err)
	}
	var out []string
	for _, p := range de.Problems {
		out = append(out, p.String())
	}
	return strings.Join(out, "\n")
}

// Each broken export is an error that names the place, never a result.
func TestBrokenExports(t *testing.T) {
	for _, c := range []struct {
		files []string
		want  []string
	}{
		{[]string{"broken/surveymonkey_second-header-row-removed.csv"},
			[]string{"surveys/surveymonkey_second-header-row-removed.csv:2:1: this SurveyMonkey export has one header row, but SurveyMonkey writes two"}},
		{[]string{"broken/google-forms_header-row-inside-data.csv"},
			[]string{"surveys/google-forms_header-row-inside-data.csv:7:1: this row repeats the header (12 of its 12 cells are header texts)"}},
		{[]string{"broken/qualtrics_duplicate-response-id.csv"},
			[]string{`surveys/qualtrics_duplicate-response-id.csv:12:9: respondent "R_9aPz9LmC6tRw1Xe" is also at line 6 of this file`}},
		{[]string{"typeform/kano.csv", "broken/typeform_overlaps-typeform-kano.csv"},
			[]string{`surveys/typeform_overlaps-typeform-kano.csv:2:1: respondent "ivyyluor15s0pabkr4jgpk82kb5wtcq6" is also in ws/surveys/kano.csv:10`}},
		{[]string{"broken/google-forms_feature-not-in-catalog.csv"},
			[]string{`google-forms_feature-not-in-catalog.csv:1:7: column G "How would you feel if our web shop had the following features? [Loyalty points]" holds Kano answers (8, such as "I like it"), but no catalog entry is matched to it`,
				`google-forms_feature-not-in-catalog.csv:1:13: column M`}},
		{[]string{"resaved/undecodable.csv"},
			[]string{"surveys/undecodable.csv:3:1: cannot decode the file: it is neither UTF-8 (byte 0xC3 at line 3 is not UTF-8) nor Windows-1252 (byte 0x81 at line 4 is undefined there)"}},
	} {
		t.Run(c.files[len(c.files)-1], func(t *testing.T) {
			files := map[string]string{}
			for _, f := range c.files {
				files[f] = ""
			}
			_, _, err := readWorkspace(fixtureWorkspace(t, files))
			got := problemsOf(t, err)
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("missing %q in\n%s", w, got)
				}
			}
			if n := strings.Count(got, "\n") + 1; n != len(c.want) {
				t.Errorf("%d problems, want %d (one per mistake):\n%s", n, len(c.want), got)
			}
		})
	}
}

// Screening on a fixture, checked by hand from expected.json's categories
// per respondent (catalog order): MAOIQ MAOIQ MAOIR MI-IM OAAAO IOOIR MAORA
// MIIII MAOIM MIOIO. More than 0 Q: rows 1 and 2. More than 3 I: MIIII.
// 10 - 3 = 7 respondents stay.
func TestScreeningOnAnExport(t *testing.T) {
	ws := fixtureWorkspace(t, map[string]string{"qualtrics/kano-choice-text.csv": ""})
	zero, three := 0, 3
	s := kano.NewSurvey()
	st, err := survey.ReadAll(ws.SurveyInput(), survey.Config{Catalog: ws.SurveyCatalog(), Screening: survey.NewScreening(&zero, &three, kano.StandardTable)}, s, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sc := st[0].Screened; sc == nil || sc.Dropped != 3 || sc.Questionable != 2 || sc.Indifferent != 1 || st[0].Respondents != 7 || s.Analyze(kano.Options{}).Respondents != 7 {
		t.Errorf("screened %+v, %d respondents", st[0].Screened, st[0].Respondents)
	}
}

// An untouched draft mapping is refused at its own lines, one message per
// "" left in it, and the export behind it is not read (its problems would
// all follow from the blanks): the same problems whichever command loads
// the workspace.
func TestDraftBlanksReportedAtTheMapping(t *testing.T) {
	draft := `values: {"A1": like, "A2": "", "A3": neutral, "A4": live-with, "A5": dislike}
items: {"SQ001": "", "SQ002": click-and-collect, "SQ003": part-finder, "SQ004": live-chat, "SQ005": net-prices}
questions:
  - {stem: "K1", question: ""}
  - {stem: "K2", question: dysfunctional}
`
	fsys := fstest.MapFS{}
	for _, f := range []string{"dsc.yaml", "catalog.yaml"} {
		data, _ := os.ReadFile(path.Join(exportsDir, "workspace", f))
		fsys[f] = &fstest.MapFile{Data: data}
	}
	data, _ := os.ReadFile(path.Join(exportsDir, "limesurvey/kano-codes.csv"))
	fsys["surveys/kano-codes.csv"] = &fstest.MapFile{Data: data}
	fsys["surveys/kano-codes.map.yaml"] = &fstest.MapFile{Data: []byte(draft)}
	w, err := workspace.Load(fsys, "ws", "ws")
	got := problemsOf(t, err)
	want := []string{
		`ws/surveys/kano-codes.map.yaml:1:28: value "A2" is still ""`,
		`ws/surveys/kano-codes.map.yaml:2:18: item "SQ001" is still ""`,
		`ws/surveys/kano-codes.map.yaml:4:28: question is still ""`,
	}
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q in\n%s", w, got)
		}
	}
	if n := strings.Count(got, "\n") + 1; n != len(want) {
		t.Errorf("%d problems, want %d:\n%s", n, len(want), got)
	}
	if w == nil || len(w.SurveyInput()) != 0 {
		t.Errorf("the export behind the draft is read")
	}
}

// A typo in a mapping's stem is one message at the mapping's line with the
// stem it most likely means, not one more per column the stem should map.
func TestStemTypoIsOneMessage(t *testing.T) {
	typo := `questions:
  - {stem: "How would you feel if this feature was available?", entries: [order-tracking, click-and-collect, part-finder, live-chat, net-prices]}
  - {stem: "How would you feel if this feature were not available?", entries: [order-tracking, click-and-collect, part-finder, live-chat, net-prices]}
`
	_, _, err := readWorkspace(fixtureWorkspace(t, map[string]string{"google-forms/kano-sections.csv": "", "kano-sections.map.yaml": typo}))
	got := problemsOf(t, err)
	want := `ws/surveys/kano-sections.map.yaml:2:12: stem "How would you feel if this feature was available?" matches no question of ws/surveys/kano-sections.csv; did you mean "How would you feel if this feature were available?"?`
	if !strings.HasPrefix(got, want) || strings.Contains(got, "\n") {
		t.Errorf("got\n%s\nwant one problem: %s", got, want)
	}
}
