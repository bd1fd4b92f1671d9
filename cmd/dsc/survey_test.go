package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/golden"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/survey"
	"github.com/dsc-workbench/dsc/internal/workspace"
)

// exports are the per-tool export fixtures and their workspace.
const exports = "../../internal/survey/testdata/exports"

// exportsWorkspace copies the sample exports' workspace (its catalog fits
// every export) into a temporary folder and returns it with the export at
// path under the exports folder, to be changed and written with writeSurvey.
func exportsWorkspace(t *testing.T, path string) (ws string, export []byte) {
	t.Helper()
	ws = filepath.Join(t.TempDir(), "ws")
	copyDir(t, filepath.Join(exports, "workspace"), ws)
	export, err := os.ReadFile(filepath.Join(exports, filepath.FromSlash(path)))
	if err != nil {
		t.Fatal(err)
	}
	return ws, export
}

// writeSurvey writes data as the workspace's surveys/name.
func writeSurvey(t *testing.T, ws, name string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Join(ws, "surveys"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(ws, "surveys", name), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestNewCmdSurveyInspectAndMap(t *testing.T) {
	for _, c := range []struct {
		args    string
		wantErr bool
	}{
		{"survey inspect x.csv", false},
		{"survey inspect x.csv --format json --sheet S --mapping m.yaml", false},
		{"survey inspect", true},
		{"survey inspect a.csv b.csv", true},
		{"survey inspect x.csv --format csv", true},
		{"survey map x.csv -o x.map.yaml --force", false},
		{"survey map x.csv --format json", false},
		{"survey map x.csv --format table", true},
	} {
		ios, _, _, _ := iostreams.Test()
		f := &cmdutil.Factory{IOStreams: ios}
		root := NewRootCmd(f)
		s := findCmd(root, "survey")
		var ran any
		s.RemoveCommand(findCmd(s, "inspect"), findCmd(s, "map"))
		s.AddCommand(NewCmdSurveyInspect(f, func(o *SurveyInspectOptions) error { ran = o; return nil }),
			NewCmdSurveyMap(f, func(o *SurveyMapOptions) error { ran = o; return nil }))
		root.SetArgs(strings.Fields(c.args))
		err := root.Execute()
		if c.wantErr != (err != nil) || (!c.wantErr && ran == nil) {
			t.Errorf("%q: err %v, ran %v", c.args, err, ran != nil)
		}
		if o, ok := ran.(*SurveyInspectOptions); ok && strings.Contains(c.args, "--mapping") && (o.Mapping != "m.yaml" || o.Sheet != "S" || o.File != "x.csv") {
			t.Errorf("%q: options %+v", c.args, o)
		}
	}
}

// fixtureWS loads the exports' workspace for the run functions.
func fixtureWS(t *testing.T) func() (*workspace.Workspace, error) {
	t.Helper()
	ws, err := workspace.Load(os.DirFS(filepath.Join(exports, "workspace")), "fixtures", "")
	if err != nil {
		t.Fatal(err)
	}
	return func() (*workspace.Workspace, error) { return ws, nil }
}

// `dsc survey inspect` on every export fixture, as a terminal shows it.
func TestSurveyInspectExports(t *testing.T) {
	ws := fixtureWS(t)
	var files []string
	for _, dir := range []string{"google-forms", "microsoft-forms", "surveymonkey", "qualtrics", "limesurvey", "typeform", "resaved", "broken"} {
		names, err := filepath.Glob(filepath.Join(exports, dir, "*"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, names...)
	}
	if len(files) < 20 {
		t.Fatalf("found %d export fixtures", len(files))
	}
	for _, file := range files {
		rel, _ := filepath.Rel(exports, file)
		t.Run(rel, func(t *testing.T) {
			name := t.Name()
			wd, _ := os.Getwd()
			t.Chdir(exports) // files are named as an analyst in the folder would
			ios, _, out, errOut := iostreams.Test()
			ios.SetTTY(true)
			ios.SetWidth(160)
			ios.DisableColor()
			err := surveyInspectRun(&SurveyInspectOptions{IO: ios, Workspace: ws, File: rel, Format: "table"})
			// What the terminal shows: stdout, then the problems on stderr.
			if code := exitCode(ios, nil, err); code != map[bool]int{true: 0, false: 1}[err == nil] {
				t.Fatalf("exit %d for %v", code, err)
			}
			t.Chdir(wd)
			golden.Text(t, name, append(out.Bytes(), errOut.Bytes()...))
		})
	}
}

// Piped, inspect prints one clean table; with problems it exits 1.
func TestSurveyInspectPipedAndJSON(t *testing.T) {
	ws := fixtureWS(t)
	ios, _, out, _ := iostreams.Test()
	err := surveyInspectRun(&SurveyInspectOptions{IO: ios, Workspace: ws, File: filepath.Join(exports, "google-forms/kano-grids.csv"), Format: "table"})
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	// A header row and one row per column (A..M).
	if lines[0] != "col\tkind\tentry\tquestion\theader\twhy" || len(lines) != 1+13 {
		t.Errorf("got %d lines, first %q", len(lines), lines[0])
	}
	ios, _, out, errOut := iostreams.Test()
	err = surveyInspectRun(&SurveyInspectOptions{IO: ios, Workspace: ws, File: filepath.Join(exports, "google-forms/kano-sections.csv"), Format: "json"})
	var de *diag.Error
	if !errors.As(err, &de) || exitCode(ios, nil, err) != 1 || !strings.Contains(errOut.String(), "kano-sections.csv:1:2:") {
		t.Fatalf("want exit 1 and the problems on stderr for a file that needs a mapping, got %v, stderr %q", err, errOut.String())
	}
	var in survey.Inspection
	if err := json.Unmarshal(out.Bytes(), &in); err != nil {
		t.Fatal(err)
	}
	if in.Tool != "Google Forms" || len(in.Columns) != 11 || len(in.Problems) != 2 || in.Columns[1].Decision == "" {
		t.Errorf("tool %q, %d columns, %d problems", in.Tool, len(in.Columns), len(in.Problems))
	}
}

// The draft of a form with a section per feature holds two lines; filled
// in, it reads the file.
func TestSurveyMapDraftsOnlyDecisions(t *testing.T) {
	ws := fixtureWS(t)
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join(exports, "google-forms/kano-sections.csv"))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "sections.csv")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	ios, _, out, errOut := iostreams.Test()
	draft := filepath.Join(dir, "sections.map.yaml")
	if err := surveyMapRun(&SurveyMapOptions{IO: ios, Workspace: ws, File: file, Output: draft, Format: "yaml"}); err != nil {
		t.Fatal(err)
	}
	if out.Len() != 0 || !strings.Contains(errOut.String(), "2 lines to decide") {
		t.Errorf("stdout %q, stderr %q", out.String(), errOut.String())
	}
	text, _ := os.ReadFile(draft)
	if n := strings.Count(string(text), "- {stem:"); n != 2 {
		t.Errorf("%d stem lines in\n%s", n, text)
	}
	// Unfilled, the draft is refused.
	ios, _, _, _ = iostreams.Test()
	if err := surveyInspectRun(&SurveyInspectOptions{IO: ios, Workspace: ws, File: file, Format: "json"}); exitCode(ios, nil, err) != 1 {
		t.Errorf("unfilled draft accepted: %v", err)
	}
	// Filled in with the sections' features, the file reads.
	filled := strings.ReplaceAll(string(text), `["", "", "", "", ""]`, "[order-tracking, click-and-collect, part-finder, live-chat, net-prices]")
	if err := os.WriteFile(draft, []byte(filled), 0o644); err != nil {
		t.Fatal(err)
	}
	ios, _, out, _ = iostreams.Test()
	if err := surveyInspectRun(&SurveyInspectOptions{IO: ios, Workspace: ws, File: file, Format: "json"}); err != nil {
		t.Fatalf("filled draft: %v\n%s", err, out.String())
	}
	// An existing file is not replaced without --force.
	ios, _, _, _ = iostreams.Test()
	if err := surveyMapRun(&SurveyMapOptions{IO: ios, Workspace: ws, File: file, Output: draft, Format: "yaml"}); err == nil {
		t.Error("draft replaced an existing file")
	}
}

func TestNewCmdSurveyQuestionnaire(t *testing.T) {
	for _, c := range []struct {
		args    string
		wantErr bool
	}{
		{"survey questionnaire", false},
		{"survey questionnaire --lang de --entries a,b --out q", false},
		{"survey questionnaire --format json", false},
		{"survey questionnaire --lang fr", true},
		{"survey questionnaire --format csv", true},
		{"survey questionnaire extra", true},
	} {
		ios, _, _, _ := iostreams.Test()
		f := &cmdutil.Factory{IOStreams: ios}
		root := NewRootCmd(f)
		s := findCmd(root, "survey")
		var got *SurveyQuestionnaireOptions
		s.RemoveCommand(findCmd(s, "questionnaire"))
		s.AddCommand(NewCmdSurveyQuestionnaire(f, func(o *SurveyQuestionnaireOptions) error { got = o; return nil }))
		root.SetArgs(strings.Fields(c.args))
		err := root.Execute()
		if c.wantErr != (err != nil) || (!c.wantErr && got == nil) {
			t.Errorf("%q: err %v", c.args, err)
		}
		if got != nil && strings.Contains(c.args, "--entries") && (strings.Join(got.Entries, ",") != "a,b" || got.Lang != "de" || got.Out != "q") {
			t.Errorf("%q: %+v", c.args, got)
		}
	}
}

// The questionnaire of an example: three files, and the questions of the
// sheet read back through dsc kano's reader as the example's entries.
func TestSurveyQuestionnaireRun(t *testing.T) {
	ws := fixtureWS(t)
	dir := t.TempDir()
	ios, _, out, errOut := iostreams.Test()
	if err := surveyQuestionnaireRun(&SurveyQuestionnaireOptions{IO: ios, Workspace: ws, Out: dir, Format: "files", Lang: "de"}); err != nil {
		t.Fatal(err)
	}
	if out.Len() != 0 || !strings.Contains(errOut.String(), "15 questions about 5 features") {
		t.Errorf("stdout %q stderr %q", out.String(), errOut.String())
	}
	for _, ext := range []string{".csv", ".xlsx", ".html"} {
		if st, err := os.Stat(filepath.Join(dir, "kano-questionnaire-de"+ext)); err != nil || st.Size() == 0 {
			t.Errorf("%s: %v", ext, err)
		}
	}
	ios, _, _, _ = iostreams.Test()
	err := surveyQuestionnaireRun(&SurveyQuestionnaireOptions{IO: ios, Workspace: ws, Out: dir, Format: "json", Entries: []string{"live-chat", "live-chta"}})
	if err == nil || !strings.Contains(err.Error(), `--entries: unknown catalog entry "live-chta"; did you mean "live-chat"?`) {
		t.Errorf("got %v", err)
	}
}
