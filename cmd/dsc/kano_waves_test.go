package main

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/golden"
	"github.com/dsc-workbench/dsc/kano"
)

// testdata/waves: one panel of 40 asked in 2026-03 and again in 2027-03
// (the same respondent ids: legitimate across waves).
//
//	click-collect: A 30 O 10 -> A 15 O 25
//	invoice:       M 29 O 11 -> M 30 O 10
func TestKanoByWave(t *testing.T) {
	r := runInProcess("kano", "--workspace", "testdata/waves", "--by-wave", "--format", "json")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var res analysis.KanoWaves
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Waves) != 2 || res.Waves[0].Wave != "2026-03" || res.Waves[0].Respondents != 40 || res.Down != 1 || res.Significant != 1 {
		t.Fatalf("waves %+v down %d/%d", res.Waves, res.Down, res.Significant)
	}
	by := map[string]analysis.WaveFeature{}
	for _, f := range res.Features {
		by[f.ID] = f
	}
	// Click and collect: column sums A 45, O 35 of 80, expected per wave
	// A 22.5, O 17.5; chi-square = 2 (7.5^2/22.5 + 7.5^2/17.5) = 11.4286,
	// df 1, p = erfc(sqrt(11.4286/2)) = 0.000723 (Pearson's test of
	// independence, Agresti 2007 section 2.4). Attractive -> one-dimensional
	// is down Kano's life cycle (Kano 2001).
	cc := by["click-collect"]
	s := cc.Steps[0]
	if s.FromCat != kano.Attractive || s.ToCat != kano.OneDimensional || s.Move != kano.MoveDown || !cc.Down() || !s.Test.Significant || s.Test.DF != 1 {
		t.Errorf("click-collect %+v", cc)
	}
	if math.Abs(s.Test.ChiSquare-11.428571429) > 1e-6 || math.Abs(s.Test.P-0.000723233) > 1e-8 {
		t.Errorf("click-collect test %+v", s.Test)
	}
	// Worse: -10/40 = -0.25 -> -25/40 = -0.625.
	if s.Worse != -0.375 || s.Better != 0 {
		t.Errorf("click-collect shifts %v %v", s.Better, s.Worse)
	}
	// Invoice: column sums M 59, O 21; expected M 29.5, O 10.5; chi-square =
	// 2 (0.5^2/29.5 + 0.5^2/10.5) = 0.064568, p = 0.7994: the same category.
	inv := by["invoice"].Steps[0]
	if inv.Move != kano.MoveSame || inv.Test.Significant || math.Abs(inv.Test.ChiSquare-0.064568) > 1e-6 {
		t.Errorf("invoice %+v", inv)
	}

	// The terminal view flags the life cycle.
	tty := runTTY(100, "kano", "--workspace", "testdata/waves", "--by-wave")
	if tty.code != 0 {
		t.Fatal(tty.stderr)
	}
	golden.Text(t, "TestKanoByWave_tty", []byte(tty.stdout))
}

// The latest wave is the current Kano analysis; validate reads every wave.
func TestKanoLatestWaveIsCurrent(t *testing.T) {
	r := runInProcess("kano", "--workspace", "testdata/waves", "--format", "json")
	var res analysis.Kano
	if err := json.Unmarshal([]byte(r.stdout), &res); r.code != 0 || err != nil {
		t.Fatalf("exit %d %v: %s", r.code, err, r.stderr)
	}
	if res.Wave != "2027-03" || res.Respondents != 40 || len(res.Sources) != 1 || res.Sources[0].File != "surveys/spring-2027.csv" {
		t.Errorf("wave %q, %d respondents, sources %+v", res.Wave, res.Respondents, res.Sources)
	}
	for _, f := range res.Features {
		if f.ID == "click-collect" && (f.Category != kano.OneDimensional || f.Counts.A != 15) {
			t.Errorf("click-collect %+v", f.Result)
		}
	}
	v := runInProcess("validate", "--workspace", "testdata/waves")
	if v.code != 0 || !strings.Contains(v.stdout, "spring-2026.csv") || !strings.Contains(v.stdout, "spring-2027.csv") {
		t.Errorf("validate: %s %s", v.stdout, v.stderr)
	}
	// report.json carries the waves.
	dir := t.TempDir()
	if r := runInProcess("report", "--workspace", "testdata/waves", "--out", dir, "--formats", "json"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		KanoWaves *analysis.KanoWaves `json:"kano_waves"`
	}
	if err := json.Unmarshal(data, &rep); err != nil || rep.KanoWaves == nil || rep.KanoWaves.Down != 1 {
		t.Errorf("report.json kano_waves: %v %+v", err, rep.KanoWaves)
	}
}

func TestKanoByWaveNeedsWaves(t *testing.T) {
	// The hand-made diff workspace has two surveys without waves.
	r := runInProcess("kano", "--workspace", "testdata/diff/new", "--by-wave")
	if r.code != 1 || !strings.Contains(r.stderr, "w1.csv: the survey has no wave") {
		t.Errorf("exit %d: %s", r.code, r.stderr)
	}
	if r := runInProcess("kano", "--survey", "testdata/diff/old/surveys/w1.csv", "--by-wave"); r.code != 2 {
		t.Errorf("--survey with --by-wave: exit %d %s", r.code, r.stderr)
	}
}

// testdata/waves-mixed: click-collect is A 10, I 9, O 1 of 20 in 2026-03.
// Fong's test needs |A-I| >= 1.65 sqrt((10+9)(40-19)/40) = 1.65 * 3.158 =
// 5.21, and 10-9 = 1: the first wave is mixed A/I. In 2027-03 it is O 16,
// A 4 of 20 (16-4 = 12 >= 1.65 sqrt(20*20/40) = 5.22: clearly O). The move
// A -> O is down the life cycle, but from a mixed result, so no view may
// show it as a clean "attractive -> one-dimensional". Chi-square: column
// sums A 14, I 9, O 17 of 40, expected per wave 7, 4.5, 8.5;
// 2 (3^2/7 + 4.5^2/4.5 + 7.5^2/8.5) = 2 (1.285714 + 4.5 + 6.617647) = 24.806723, df 2.
func TestKanoByWaveMixed(t *testing.T) {
	tty := runTTY(120, "kano", "--workspace", "testdata/waves-mixed", "--by-wave")
	if tty.code != 0 {
		t.Fatal(tty.stderr)
	}
	for _, want := range []string{"A/I", "down (mixed)", "2026-03 mixed A/I", "2027-03 O"} {
		if !strings.Contains(tty.stdout, want) {
			t.Errorf("terminal view lacks %q:\n%s", want, tty.stdout)
		}
	}
	if strings.Contains(tty.stdout, "2026-03 A ") {
		t.Errorf("the life-cycle table shows the mixed first wave as a clean A:\n%s", tty.stdout)
	}
	piped := runInProcess("kano", "--workspace", "testdata/waves-mixed", "--by-wave")
	if !strings.Contains(piped.stdout, "\tfrom_mixed\tto_mixed\n") || !strings.Contains(piped.stdout, "\t24.806723\t2\t") ||
		!strings.Contains(piped.stdout, "\ttrue\tA/I\t\n") {
		t.Errorf("TSV lacks the mixed columns:\n%s", piped.stdout)
	}
}

// --survey FILE on a file dsc.yaml gives a wave_column (trial 4 M3): one
// clear message, not the waves pooled or a duplicate per panel member.
func TestKanoSurveyWithWaveColumn(t *testing.T) {
	r := runInProcess("kano", "--workspace", "testdata/waves3", "--survey", "testdata/waves3/surveys/panel.csv")
	want := "testdata/waves3/surveys/panel.csv has waves in dsc.yaml (wave_column: wave at line 6); --survey reads a file as one wave, which would pool them: " +
		"run dsc kano without --survey (the latest wave) or dsc kano --by-wave (every wave)"
	if r.code != 2 || !strings.Contains(r.stderr, want) || r.stdout != "" {
		t.Errorf("exit %d: %s", r.code, r.stderr)
	}
}

// A feature nobody answered in one wave (its columns blank for every
// 2026-03 respondent, trial 4 LOW 7): that wave's Better and Worse are
// unknown, null in the JSON (0 would read as "no effect"), and the wave is
// low n (0 answers < min_n 10). The terminal shows "-" for it.
func TestKanoByWaveNoAnswersInAWave(t *testing.T) {
	dir := copyWorkspace(t, "testdata/waves")
	path := filepath.Join(dir, "surveys", "spring-2026.csv")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	for i := 1; i < len(lines); i++ {
		cells := strings.Split(lines[i], ",")
		cells[3], cells[4] = "", "" // invoice_functional, invoice_dysfunctional
		lines[i] = strings.Join(cells, ",")
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runInProcess("kano", "--workspace", dir, "--by-wave", "--format", "json")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, []byte(r.stdout)); err != nil {
		t.Fatal(err)
	}
	// Invoice 2027-03: M 30 O 10 of 40: Better 10/40 = 0.25, Worse -40/40 = -1.
	for _, want := range []string{
		`{"wave":"2026-03","n":0,"counts":{"A":0,"O":0,"M":0,"I":0,"R":0,"Q":0},"category":"","mixed":false,"better":null,"worse":null,"low_n":true}`,
		`{"wave":"2027-03","n":40,"counts":{"A":0,"O":10,"M":30,"I":0,"R":0,"Q":0},"category":"M","mixed":false,"better":0.25,"worse":-1,"low_n":false}`,
	} {
		if !strings.Contains(compact.String(), want) {
			t.Errorf("JSON lacks %s:\n%s", want, compact.String())
		}
	}
	tty := runTTY(100, "kano", "--workspace", dir, "--by-wave")
	if tty.code != 0 || !regexp.MustCompile(`(?m)^Invoice.* - +M `).MatchString(tty.stdout) {
		t.Errorf("terminal: exit %d\n%s%s", tty.code, tty.stdout, tty.stderr)
	}
}

// A feature the first wave did not ask about (trial 6 L5): testdata/waves
// with the invoice columns cut from the 2026-03 export. Its move is "new"
// with no test (p null, not 0), the terminal says "new", and piped TSV
// has its row: 2026-03 without answers (n 0), 2027-03 M (M 30 O 10, n 40).
func TestKanoByWaveFeatureNewInLaterWave(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"catalog.yaml", "dsc.yaml", "surveys/spring-2027.csv"} {
		data, err := os.ReadFile(filepath.Join("testdata/waves", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, f)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile("testdata/waves/surveys/spring-2026.csv")
	if err != nil {
		t.Fatal(err)
	}
	var cut []string
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		cut = append(cut, strings.Join(strings.Split(strings.TrimSpace(line), ",")[:3], ","))
	}
	if err := os.WriteFile(filepath.Join(dir, "surveys/spring-2026.csv"), []byte(strings.Join(cut, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runInProcess("kano", "--workspace", dir, "--by-wave", "--format", "json")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var res struct {
		Features []struct {
			ID   string          `json:"id"`
			Move string          `json:"move"`
			Test json.RawMessage `json:"test"`
		} `json:"features"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range res.Features {
		found = found || f.ID == "invoice"
		var test bytes.Buffer
		_ = json.Compact(&test, f.Test)
		if f.ID == "invoice" && (f.Move != "new" || test.String() != `{"chi_square":0,"df":0,"p":null,"significant":false}`) {
			t.Errorf("invoice move %q test %s", f.Move, f.Test)
		}
	}
	if !found {
		t.Error("invoice is not in the JSON")
	}
	piped := runInProcess("kano", "--workspace", dir, "--by-wave")
	if !strings.Contains(piped.stdout, "invoice\tInvoice download\tself-service\t2026-03\t2027-03\t\tM\t0\t40\tnew\t\t\t\t\t\t\ttrue\tfalse\t\t\n") {
		t.Errorf("piped:\n%s", piped.stdout)
	}
	tty := runTTY(100, "kano", "--workspace", dir, "--by-wave")
	if !regexp.MustCompile(`Invoice download +- +M +new +- +0/40`).MatchString(tty.stdout) {
		t.Errorf("terminal:\n%s", tty.stdout)
	}
}
