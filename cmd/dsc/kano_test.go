package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/golden"
	"github.com/dsc-workbench/dsc/internal/iostreams"
)

func TestNewCmdKano(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		args       string
		standalone bool
		wantErr    bool
	}{
		{"--survey x.csv", true, false},
		{"--survey x.csv --workspace ws", false, false},
		{"--format csv --table pouliot --rule aom --min-n 5", false, false},
		{"--format xml", false, true},
		{"--table fancy", false, true},
		{"--rule majority", false, true},
		{"--sheet Data", false, true},
	} {
		ios, _, _, _ := iostreams.Test()
		f := &cmdutil.Factory{IOStreams: ios}
		root := NewRootCmd(f)
		var got *KanoOptions
		root.RemoveCommand(findCmd(root, "kano"))
		root.AddCommand(NewCmdKano(f, func(o *KanoOptions) error { got = o; return nil }))
		root.SetArgs(append([]string{"kano"}, strings.Fields(c.args)...))
		err := root.Execute()
		if c.wantErr {
			if err == nil {
				t.Errorf("%q: want error", c.args)
			}
			continue
		}
		if err != nil || got == nil || got.Standalone != c.standalone {
			t.Errorf("%q: err %v standalone %v", c.args, err, got != nil && got.Standalone)
		}
	}
}

// kanoJSON is the CI contract of `dsc kano --format json`.
type kanoJSON struct {
	Respondents int `json:"respondents"`
	Features    []struct {
		ID          string         `json:"id"`
		Name        string         `json:"name"`
		N           int            `json:"n"`
		Counts      map[string]int `json:"counts"`
		Category    string         `json:"category"`
		Mixed       any            `json:"mixed"`
		Significant bool           `json:"significant"`
		Better      float64        `json:"better"`
		Worse       float64        `json:"worse"`
		Continuous  map[string]any `json:"continuous"`
		Flags       []string       `json:"flags"`
		Segments    map[string]struct {
			Category string `json:"category"`
			N        int    `json:"n"`
		} `json:"segments"`
	} `json:"features"`
}

func TestKanoExampleJSON(t *testing.T) {
	t.Parallel()
	r := run(t, ".", "kano", "--example", "automotive-aftermarket", "--format", "json")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	golden.Text(t, "", []byte(r.stdout))
	var k kanoJSON
	if err := json.Unmarshal([]byte(r.stdout), &k); err != nil {
		t.Fatal(err)
	}
	if k.Respondents != 240 || len(k.Features) != 50 {
		t.Fatalf("respondents %d features %d", k.Respondents, len(k.Features))
	}
	for _, f := range k.Features {
		c := f.Counts
		if c["A"]+c["O"]+c["M"]+c["I"]+c["R"]+c["Q"] != f.N || f.Worse > 0 || f.Better < 0 || f.Name == "" {
			t.Errorf("%s: inconsistent %+v", f.ID, f)
		}
		if _, ok := f.Mixed.(bool); !ok && f.Mixed.(string) == "" {
			t.Errorf("%s: mixed %v", f.ID, f.Mixed)
		}
		if len(f.Segments) != 2 || f.Segments["B2B"].N+f.Segments["B2C"].N != f.N {
			t.Errorf("%s: segments %+v", f.ID, f.Segments)
		}
	}
	// The must-be features lead the priority order.
	if k.Features[0].Category != "M" {
		t.Errorf("first feature %s is %s", k.Features[0].ID, k.Features[0].Category)
	}
	again := run(t, ".", "kano", "--example", "automotive-aftermarket", "--format", "json")
	if again.stdout != r.stdout {
		t.Error("two runs differ")
	}
}

func TestKanoStandaloneSurvey(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	csv := "respondent,segment,portal_functional,portal_dysfunctional\nr1,B2B,1,5\nr2,B2B,2,5\nr3,B2C,3,5\n"
	os.WriteFile(filepath.Join(dir, "export.csv"), []byte(csv), 0o644)
	r := run(t, dir, "kano", "--survey", "export.csv", "--segment-by", "segment")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	golden.Text(t, "", []byte(r.stdout))
	c := run(t, dir, "kano", "--survey", "export.csv", "--format", "csv")
	if c.code != 0 || !strings.HasPrefix(c.stdout, "rank,id,name,element,scope,n,") || !strings.Contains(c.stdout, ",portal,portal,,all,3,0,0,1,2,0,0,0,M,M/O,false,") {
		t.Errorf("csv: %d %s", c.code, c.stdout)
	}
}

func TestKanoBadCellsExit1(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "bad.csv"), []byte("respondent,a_functional,a_dysfunctional\nr1,like,5\nr2,sometimes,never\n"), 0o644)
	r := run(t, dir, "kano", "--survey", "bad.csv")
	if r.code != 1 {
		t.Fatalf("exit %d", r.code)
	}
	golden.Text(t, "", []byte(r.stderr))
}

func TestKanoNoSurvey(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if r := run(t, dir, "init", "ws", "--template", "starter"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	r := run(t, dir, "kano", "--workspace", "ws")
	if r.code != 1 || !strings.Contains(r.stderr, "no survey export under surveys/ (the folder holds none)") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
}

func TestNewCmdKanoSettingsFlags(t *testing.T) {
	t.Parallel()
	ios, _, _, _ := iostreams.Test()
	f := &cmdutil.Factory{IOStreams: ios}
	root := NewRootCmd(f)
	var got *KanoOptions
	root.RemoveCommand(findCmd(root, "kano"))
	root.AddCommand(NewCmdKano(f, func(o *KanoOptions) error { got = o; return nil }))
	root.SetArgs([]string{"kano", "--min-n", "0", "--table", "pouliot", "--segment-by", "country"})
	if err := root.Execute(); err != nil {
		t.Fatal(err)
	}
	// --min-n 0 must override dsc.yaml's min_n, not read as "not given".
	s := got.Settings
	if s.MinN == nil || *s.MinN != 0 || s.Table != "pouliot" || s.Rule != "" || s.SegmentBy != "country" || s.NoSegments {
		t.Errorf("got %+v", s)
	}
	// --segment-by "" is "no segments", not "not given" (trial 6, M1).
	root.SetArgs([]string{"kano", "--segment-by", ""})
	if err := root.Execute(); err != nil {
		t.Fatal(err)
	}
	if !got.Settings.NoSegments {
		t.Errorf(`--segment-by "": got %+v`, got.Settings)
	}
}

// A feature nobody answered has no Better or Worse: "-" on a terminal and
// blank when piped, never 0.00 (both divide by A+O+M+I).
func TestKanoFeatureWithoutAnswersHasNoCoefficients(t *testing.T) {
	ws, data := exportsWorkspace(t, "google-forms/kano-grids.csv")
	// Blank both click-and-collect questions (columns E and J) in every row.
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows[1:] {
		r[4], r[9] = "", ""
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	if err := w.WriteAll(rows); err != nil {
		t.Fatal(err)
	}
	writeSurvey(t, ws, "g.csv", b.Bytes())
	r := runInProcess("kano", "--workspace", ws)
	if want := "click-and-collect\tClick and collect\tdirect-sales\tall\t0\t10\t0\t0\t0\t0\t0\t0\t\t\tfalse\t\t\t"; r.code != 0 || !strings.Contains(r.stdout, want) {
		t.Errorf("piped: exit %d, want a row starting %q in:\n%s%s", r.code, want, r.stdout, r.stderr)
	}
	r = runTTY(120, "kano", "--workspace", ws)
	// columns: # feature n A O M I R Q category better worse imp flags
	if want := "5  Click and collect   0  0  0  0  0  0  0  -              -      -    -  no-answers\n"; r.code != 0 || !strings.Contains(r.stdout, want) {
		t.Errorf("terminal: want %q in:\n%s", want, r.stdout)
	}
}
