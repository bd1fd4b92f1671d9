package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/diag"
)

// A value outside a flag's fixed set is a usage error (exit 2) that names
// the value meant when it is a typo or the start of exactly one, and lists
// every allowed value.
func TestUnknownValueSuggests(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"diff", "a", "b", "--fail-on", "targets"},
			`--fail-on: unknown class "targets": did you mean "target"? Use one of kano, target, market, journey, readiness, critical-path, schedule`},
		{[]string{"kano", "--example", "intralogistics", "--format", "jsno"},
			`unknown format "jsno": did you mean "json"? Use one of table, json, csv`},
		{[]string{"kano", "--example", "intra"},
			`unknown example "intra": did you mean "intralogistics"? Use one of automotive-aftermarket, intralogistics`},
		{[]string{"init", filepath.Join(t.TempDir(), "x"), "--template", "startr"},
			`unknown template "startr": did you mean "starter"? Use one of blank, starter, automotive-aftermarket, intralogistics`},
		{[]string{"journey", "--example", "intralogistics", "--persona", "strategic-buyers"},
			`unknown persona "strategic-buyers": did you mean "strategic-buyer"?`},
		{[]string{"workshop", "tally", "kanoo", "--example", "intralogistics"},
			`unknown workshop "kanoo": did you mean "kano"? Use one of kano, readiness`},
		{[]string{"survey", "questionnaire", "--lang", "fr", "--example", "intralogistics"},
			`unknown --lang "fr"; use one of en, de`},
	} {
		r := runInProcess(c.args...)
		if r.code != 2 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("dsc %s: exit %d, stderr %q; want exit 2 and %q", strings.Join(c.args, " "), r.code, r.stderr, c.want)
		}
	}
}

// A workspace, survey or comparison side that does not exist is invalid
// input (exit 1, as docs/ci.md says), not a usage error: the command was
// typed right, the folder is missing.
func TestMissingPathIsInvalidInput(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nosuch")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"kano", "--workspace", missing}, `workspace folder "` + missing + `" not found`},
		{[]string{"validate", "--workspace", missing}, `workspace folder "` + missing + `" not found`},
		{[]string{"kano", "--survey", missing + ".csv"}, "survey file " + missing + ".csv not found"},
		{[]string{"survey", "inspect", missing + ".csv"}, "survey file " + missing + ".csv not found"},
		{[]string{"diff", "testdata/diff/old", missing}, missing + " not found: give a workspace folder or a report.json file"},
	} {
		r := runInProcess(c.args...)
		if r.code != 1 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("dsc %s: exit %d, stderr %q; want exit 1 and %q", strings.Join(c.args, " "), r.code, r.stderr, c.want)
		}
		if strings.Contains(r.stderr, "--help") {
			t.Errorf("dsc %s: a missing path is not a usage error, yet stderr points at --help: %q", strings.Join(c.args, " "), r.stderr)
		}
	}
}

// "--compare 2027-01" (a space, not "=") names the fix, not an unknown command.
func TestReadinessCompareMonthNeedsEquals(t *testing.T) {
	r := runInProcess("readiness", "--example", "intralogistics", "--compare", "2027-01")
	if want := "give the month to compare with after an equals sign: --compare=2027-01"; r.code != 2 || !strings.Contains(r.stderr, want) {
		t.Errorf("exit %d, stderr %q; want exit 2 and %q", r.code, r.stderr, want)
	}
	if r := runInProcess("readiness", "--example", "intralogistics", "extra"); r.code != 2 || !strings.Contains(r.stderr, `unknown command "extra"`) {
		t.Errorf("an argument without --compare: exit %d, stderr %q", r.code, r.stderr)
	}
}

// A folder or a workspace file given where a survey file belongs, or a file
// given as the workspace folder, is one plain message (exit 1), not a
// YAML-survey problem per key of dsc.yaml.
func TestWrongKindOfPath(t *testing.T) {
	ws := filepath.Join(t.TempDir(), "ws")
	if r := runInProcess("init", ws, "--template", "starter"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	dscYAML := filepath.Join(ws, "dsc.yaml")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"kano", "--survey", dscYAML}, "error: " + dscYAML + " is a workspace file, not a survey; analyse the workspace with --workspace " + ws + "\n"},
		{[]string{"survey", "inspect", ws}, "error: " + ws + " is a folder; give a survey file (CSV, TSV, XLSX or YAML), or analyse the workspace with --workspace " + ws + "\n"},
		{[]string{"kano", "--workspace", dscYAML}, "error: --workspace " + dscYAML + " is a file; give the workspace folder (the one holding dsc.yaml)\n"},
	} {
		r := runInProcess(c.args...)
		if r.code != 1 || r.stderr != c.want || r.stdout != "" {
			t.Errorf("dsc %s: exit %d, stdout %q, stderr %q; want exit 1 and %q", strings.Join(c.args, " "), r.code, r.stdout, r.stderr, c.want)
		}
	}
}

// validate --format json and github report a missing workspace folder like
// any other problem, so CI validating several workspaces sees which one.
func TestValidateMissingWorkspaceAsProblem(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "acme")
	r := runInProcess("validate", "--workspace", missing, "--format", "json")
	var s Summary
	if err := json.Unmarshal([]byte(r.stdout), &s); err != nil || r.code != 1 {
		t.Fatalf("exit %d, stdout %q: %v", r.code, r.stdout, err)
	}
	want := diag.Problem{File: missing, Msg: "workspace folder not found", Hint: "check the path; dsc init DIR creates a workspace"}
	if s.Workspace != "acme" || s.Valid || len(s.Problems) != 1 || s.Problems[0] != want {
		t.Errorf("summary %+v", s)
	}
	r = runInProcess("validate", "--workspace", missing, "--format", "github")
	if want := "::error file=" + missing + ",title=dsc validate::workspace folder not found; check the path; dsc init DIR creates a workspace\n1 problem found\n"; r.code != 1 || r.stdout != want {
		t.Errorf("github: exit %d, stdout %q, want %q", r.code, r.stdout, want)
	}
}

// A file dsc cannot read at all (here a README) is its problem, exit 1:
// survey map never drafts "nothing to decide" for it, inspect prints no
// empty table.
func TestSurveyMapAndInspectOfAnUnreadableFile(t *testing.T) {
	ws := filepath.Join(t.TempDir(), "ws")
	if r := runInProcess("init", ws, "--template", "starter"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	readme := filepath.Join(ws, "surveys", "README.md")
	want := readme + `: unknown survey file type ".md"; export the survey as CSV, TSV, XLSX or YAML (.csv, .tsv, .txt, .xlsx, .xlsm, .yaml, .yml)` + "\n1 problem found\n"
	for _, cmd := range []string{"map", "inspect"} {
		r := runInProcess("survey", cmd, readme)
		if r.code != 1 || r.stdout != "" || r.stderr != want {
			t.Errorf("survey %s: exit %d, stdout %q, stderr %q", cmd, r.code, r.stdout, r.stderr)
		}
	}
}
