package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/dsc-workbench/dsc/examples"
	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/kano"
)

// The TestXRun tests call each command's run function with options built by
// hand and streams over buffers, as a terminal (80 columns, no colour) and
// piped: no flag parsing, no process.

// streams returns test streams, a colourless 80-column terminal when tty.
func streams(tty bool) (*iostreams.IOStreams, *bytes.Buffer, *bytes.Buffer) {
	ios, _, out, errOut := iostreams.Test()
	ios.SetTTY(tty)
	ios.SetWidth(80)
	ios.DisableColor()
	return ios, out, errOut
}

var exampleCache sync.Map

// example loads an embedded example once per test binary.
func example(t *testing.T, name string) func() (*workspace.Workspace, error) {
	t.Helper()
	if ws, ok := exampleCache.Load(name); ok {
		return func() (*workspace.Workspace, error) { return ws.(*workspace.Workspace), nil }
	}
	fsys, err := examples.FS(name)
	if err != nil {
		t.Fatal(err)
	}
	ws, err := workspace.Load(fsys, name, "")
	if err != nil {
		t.Fatal(err)
	}
	exampleCache.Store(name, ws)
	return func() (*workspace.Workspace, error) { return ws, nil }
}

// onDisk loads a workspace folder the way --workspace does.
func onDisk(t *testing.T, dir string) func() (*workspace.Workspace, error) {
	return func() (*workspace.Workspace, error) { return workspace.Load(os.DirFS(dir), filepath.Base(dir), dir) }
}

// unratedWorkspace is the starter template with one dimension nobody rated.
func unratedWorkspace(t *testing.T) string {
	t.Helper()
	ws := filepath.Join(t.TempDir(), "ws")
	if r := runInProcess("init", ws, "--template", "starter"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	p := filepath.Join(ws, "readiness.yaml")
	b, _ := os.ReadFile(p)
	if !bytes.Contains(b, []byte("      it-1: 2\n")) {
		t.Fatal("the starter template changed: no rating of it-1")
	}
	os.WriteFile(p, bytes.Replace(b, []byte("      it-1: 2\n"), nil, 1), 0o644)
	return ws
}

// A dimension nobody rated: apart and "not rated" on a terminal, empty
// cells piped, null in JSON; never ranked.
func TestReadinessRun(t *testing.T) {
	t.Parallel()
	ws := onDisk(t, unratedWorkspace(t))

	ios, out, _ := streams(true)
	if err := readinessRun(&ReadinessOptions{IO: ios, Workspace: ws, Format: "table", Questions: true}); err != nil {
		t.Fatal(err)
	}
	tty := out.String()
	ranked := tty[strings.Index(tty, "DIMENSIONS"):strings.Index(tty, "NOT RATED")]
	if !strings.Contains(ranked, "\n1  Sales structure") || strings.Contains(ranked, "IT and management") {
		t.Errorf("ranked table:\n%s", ranked)
	}
	apart := tty[strings.Index(tty, "NOT RATED"):]
	if !strings.Contains(apart, "IT and management systems") || !strings.Contains(apart, "not rated") {
		t.Errorf("not-rated section:\n%s", apart)
	}
	if !strings.Contains(tty, "it-1 ERP, CRM") || !strings.Contains(tty, "not rated") {
		t.Errorf("questions table lacks the unrated question:\n%s", tty)
	}

	ios, out, _ = streams(false)
	readinessRun(&ReadinessOptions{IO: ios, Workspace: ws, Format: "table"})
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	// rank, id, dimension, importance, current, target, gap, weighted gap, ...
	if len(lines) != 3 || !strings.HasPrefix(lines[1], "1\tsales-structure\tSales structure and operations\t2\t2.00\t4.00\t2.00\t4.00\t") ||
		!strings.HasPrefix(lines[2], "\tit-systems\tIT and management systems\t3\t\t4.00\t\t\t0\t1\t") {
		t.Errorf("piped:\n%s", out)
	}

	ios, out, _ = streams(false)
	readinessRun(&ReadinessOptions{IO: ios, Workspace: ws, Format: "json"})
	var res struct {
		NotRated   []string `json:"not_rated"`
		Dimensions []struct {
			ID          string
			Current     *float64
			Gap         *float64
			WeightedGap *float64 `json:"weighted_gap"`
			Rank        *int
		}
	}
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	it := res.Dimensions[1]
	if len(res.NotRated) != 1 || it.ID != "it-systems" || it.Current != nil || it.Gap != nil || it.WeightedGap != nil || it.Rank != nil {
		t.Errorf("json: not rated %v, it-systems %+v", res.NotRated, it)
	}
}

// minusZero is a number printed as negative zero: -0, -0.00.
var minusZero = regexp.MustCompile(`(^|[^\d.])-0(\.0+)?([^\d.]|$)`)

// A Worse of -0.004 prints as 0.00 on a terminal and -0.004000 piped, never -0.00.
func TestKanoRunNeverPrintsMinusZero(t *testing.T) {
	t.Parallel()
	f := analysis.KanoFeature{Name: "Invoices", Element: "self-service"}
	f.ID, f.Rank, f.N = "invoices", 1, 250
	f.Result = kano.Result{N: 250, Category: kano.Indifferent, Better: 0.3, Worse: -0.004, Counts: kano.Counts{A: 74, O: 1, I: 175}}
	res := &analysis.Kano{Table: "standard", Rule: "frequency", MinN: 10, Respondents: 250, Features: []analysis.KanoFeature{f}}
	for _, tty := range []bool{true, false} {
		ios, out, _ := streams(tty)
		var err error
		if tty {
			err = printKano(ios, res, false)
		} else {
			err = kanoTable(ios, res).Render()
		}
		if err != nil {
			t.Fatal(err)
		}
		if minusZero.MatchString(out.String()) || !strings.Contains(out.String(), "0.00") {
			t.Errorf("tty %v:\n%s", tty, out)
		}
	}
}

func TestKanoRun(t *testing.T) {
	t.Parallel()
	ws := example(t, "automotive-aftermarket")
	ios, out, _ := streams(true)
	if err := kanoRun(&KanoOptions{IO: ios, Workspace: ws, Format: "table"}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Kano analysis: 240 respondents (segment: B2B 100, B2C 140)", "LOGIN", "DIRECT-SALES", "Hidden to fit 80 columns"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("terminal lacks %q", want)
		}
	}
	ios, out, _ = streams(false)
	kanoRun(&KanoOptions{IO: ios, Workspace: ws, Format: "table"})
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	// One row per feature and scope: 50 features x (all, B2B, B2C).
	if len(lines) != 1+50*3 || !strings.HasPrefix(lines[0], "rank\tid\tname\telement\tscope\t") {
		t.Errorf("piped: %d lines, header %q", len(lines), lines[0])
	}
}

func TestJourneyRun(t *testing.T) {
	t.Parallel()
	ws := example(t, "automotive-aftermarket")
	ios, out, _ := streams(true)
	if err := journeyRun(&JourneyOptions{IO: ios, Workspace: ws, Format: "table", Persona: "fleet-manager"}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"COVERAGE: touchpoints/features per stage and channel for persona fleet-manager", "HOLES", "OMNI-CHANNEL PROCESSES"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("terminal lacks %q", want)
		}
	}
	ios, out, _ = streams(false)
	journeyRun(&JourneyOptions{IO: ios, Workspace: ws, Format: "csv"})
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	// The coverage grid in long form: 8 stages x 8 channels.
	if len(lines) != 1+8*8 || lines[0] != "stage,channel,touchpoints,features" {
		t.Errorf("csv: %d lines, header %q", len(lines), lines[0])
	}
}

func TestCapabilitiesRun(t *testing.T) {
	t.Parallel()
	ws := example(t, "intralogistics")
	ios, out, _ := streams(true)
	if err := capabilitiesRun(&CapabilitiesOptions{IO: ios, Workspace: ws, Format: "table"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "CAPABILITIES in sequence") || !strings.Contains(out.String(), "PROPOSED TRIBE TEAMS") {
		t.Errorf("terminal:\n%s", out)
	}
	ios, out, _ = streams(false)
	capabilitiesRun(&CapabilitiesOptions{IO: ios, Workspace: ws, Format: "table"})
	if lines := strings.Split(strings.TrimSpace(out.String()), "\n"); len(lines) != 24 || !strings.HasPrefix(lines[0], "id\tname\telement\tstep\twave\t") {
		t.Errorf("piped: %d lines, header %q", len(lines), lines[0])
	}
}

func TestValidateRun(t *testing.T) {
	t.Parallel()
	ws := example(t, "intralogistics")
	for _, tty := range []bool{true, false} {
		ios, out, _ := streams(tty)
		if err := validateRun(&ValidateOptions{IO: ios, Workspace: ws, Format: "table", Getenv: func(string) string { return "" }}); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(out.String(), "✓ intralogistics: Nordlift Intralogistik SE is valid") {
			t.Errorf("tty %v:\n%s", tty, out)
		}
	}
}

func TestReportRun(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ios, out, errOut := streams(false)
	err := reportRun(&ReportOptions{IO: ios, Workspace: example(t, "intralogistics"), Out: dir, Formats: []string{"json", "html"}})
	if err != nil {
		t.Fatal(err)
	}
	// Paths on stdout for scripts, the confirmation on stderr.
	if out.String() != filepath.Join(dir, "report.json")+"\n"+filepath.Join(dir, "report.html")+"\n" || !strings.Contains(errOut.String(), "Nordlift") {
		t.Errorf("stdout %q stderr %q", out, errOut)
	}
}

func TestInitRun(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "acme")
	ios, _, _ := streams(false)
	if err := initRun(&InitOptions{IO: ios, Dir: dir, Template: "starter"}); err != nil {
		t.Fatal(err)
	}
	if err := initRun(&InitOptions{IO: ios, Dir: dir, Template: "starter"}); err == nil {
		t.Error("init overwrote an existing workspace without --force")
	}
	if r := runInProcess("validate", "--workspace", dir); r.code != 0 {
		t.Errorf("the new workspace is not valid: %s", r.stderr)
	}
}
