package main

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/golden"
	"github.com/dsc-workbench/dsc/kano"
)

// testdata/waves3: one export, surveys/panel.csv, whose "wave" column
// (dsc.yaml: wave_column: wave) puts its 30 rows in three waves of 10; the
// rows of the waves are interleaved. Answers: A = like/neutral (1,3),
// O = like/dislike (1,5), I = neutral/neutral (3,3), M = expect/dislike (2,5).
//
//	chat:    2025-03 A 8 I 2   2025-09 A 6 O 4   2026-03 A 2 O 8
//	invoice: M 7 O 3 in every wave
//
// Pearson's chi-square test of independence (Pearson 1900; Agresti 2007,
// An Introduction to Categorical Data Analysis, section 2.4), on the
// categories either wave used:
//
//	chat 2025-03 vs 2025-09: columns A 14 O 4 I 2 of 20, expected 7, 2, 1 per wave:
//	  1/7 + 1/7 + 4/2 + 4/2 + 1/1 + 1/1 = 6.285714, df 2, p = e^(-6.285714/2) = 0.043159
//	chat 2025-09 vs 2026-03: columns A 8 O 12, expected 4, 6:
//	  4/4 + 4/4 + 4/6 + 4/6 = 3.333333, df 1, p = erfc(sqrt(3.333333/2)) = 0.067889
//	chat 2025-03 vs 2026-03 (first against last): columns A 10 O 8 I 2, expected 5, 4, 1:
//	  9/5 + 9/5 + 16/4 + 16/4 + 1/1 + 1/1 = 13.6, df 2, p = e^(-6.8) = 0.0011138
//
// The move attractive -> one-dimensional is down Kano's life cycle (Kano
// 2001), and significant first against last though its last step is not:
// the p column shows the first-to-last test (e724c23), 0.001, not 0.068.
func TestKanoByWaveColumnThreeWaves(t *testing.T) {
	r := runInProcess("kano", "--workspace", "testdata/waves3", "--by-wave", "--format", "json")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var res analysis.KanoWaves
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
		t.Fatal(err)
	}
	total := 0
	for i, want := range []string{"2025-03", "2025-09", "2026-03"} {
		if w := res.Waves[i]; w.Wave != want || w.Respondents != 10 || len(w.Sources) != 1 || w.Sources[0] != "surveys/panel.csv" {
			t.Errorf("wave %d: %+v", i, w)
		}
		total += res.Waves[i].Respondents
	}
	if len(res.Waves) != 3 || total != 30 { // 30 rows in the file, each counted once
		t.Fatalf("waves %+v", res.Waves)
	}
	by := map[string]analysis.WaveFeature{}
	for _, f := range res.Features {
		by[f.ID] = f
	}
	chat := by["chat"]
	wantCounts := []kano.Counts{{A: 8, I: 2}, {A: 6, O: 4}, {A: 2, O: 8}}
	for i, w := range chat.Waves {
		if w.Counts != wantCounts[i] || w.N != 10 {
			t.Errorf("chat wave %s: %+v", w.Wave, w)
		}
	}
	near := func(got, want, tol float64) bool { return math.Abs(got-want) <= tol }
	s1, s2 := chat.Steps[0], chat.Steps[1]
	// Step 1: A 8, I 2 (clear A: Fong 8 - 2 = 6 >= 1.65 * sqrt(10 * 10 / 20)
	// = 3.69) -> A 6, O 4 (mixed A/O: 6 - 4 = 2 < 3.69): the same category,
	// now mixed, which is a change of category (kano.CategoryChanged, trial7
	// N14), significant at p 0.043.
	if s1.Move != kano.MoveUnsettled || !s1.Moved() || s1.Test.DF != 2 || !near(s1.Test.ChiSquare, 6.285714, 1e-6) || !near(s1.Test.P, 0.043159, 1e-6) {
		t.Errorf("chat step 1: %+v", s1)
	}
	if s2.Move != kano.MoveDown || s2.Test.DF != 1 || !near(s2.Test.ChiSquare, 10.0/3, 1e-9) || !near(s2.Test.P, 0.067889, 1e-6) || s2.Test.Significant {
		t.Errorf("chat step 2: %+v", s2)
	}
	if chat.Move != kano.MoveDown || chat.Test.DF != 2 || !near(chat.Test.ChiSquare, 13.6, 1e-9) || !near(chat.Test.P, math.Exp(-6.8), 1e-12) ||
		!chat.Significant() || !chat.Down() {
		t.Errorf("chat first to last: %+v", chat.Migration)
	}
	// Better (A+O)/n: 8/10 -> 10/10; Worse -(O+M)/n: 0 -> -8/10, over the two steps.
	if s1.Better+s2.Better != 0.2 || !near(s1.Worse+s2.Worse, -0.8, 1e-12) {
		t.Errorf("chat shifts %v %v / %v %v", s1.Better, s1.Worse, s2.Better, s2.Worse)
	}
	// Invoice: the same counts in every wave: chi-square 0, p 1.
	if inv := by["invoice"]; inv.Move != kano.MoveSame || inv.Test.ChiSquare != 0 || inv.Test.P != 1 || inv.Waves[2].Counts != (kano.Counts{M: 7, O: 3}) {
		t.Errorf("invoice %+v", inv.Migration)
	}
	if res.Down != 1 || res.Significant != 1 {
		t.Errorf("down %d significant %d", res.Down, res.Significant)
	}
	// chat changed (A -> A/O significantly, then A/O -> O); invoice never.
	if res.Moved != 1 || res.MovedSignificant != 1 {
		t.Errorf("changed %d, significantly %d; want 1 and 1", res.Moved, res.MovedSignificant)
	}

	// The terminal's p column is the first-to-last test: "0.001 sig", not
	// the last step's 0.068.
	tty := runTTY(100, "kano", "--workspace", "testdata/waves3", "--by-wave")
	if tty.code != 0 {
		t.Fatal(tty.stderr)
	}
	if !strings.Contains(tty.stdout, "0.001 sig") || strings.Contains(tty.stdout, "0.068") {
		t.Errorf("p column:\n%s", tty.stdout)
	}
	golden.Text(t, "TestKanoByWaveColumnThreeWaves_tty", []byte(tty.stdout))

	// The current analysis is the latest wave only: chat A 2 O 8.
	k := runInProcess("kano", "--workspace", "testdata/waves3", "--format", "json")
	var cur analysis.Kano
	if err := json.Unmarshal([]byte(k.stdout), &cur); k.code != 0 || err != nil {
		t.Fatalf("exit %d %v: %s", k.code, err, k.stderr)
	}
	if cur.Wave != "2026-03" || cur.Respondents != 10 || len(cur.Sources) != 1 || cur.Sources[0].WaveColumn != `B "wave"` {
		t.Errorf("current: wave %q, %d respondents, %+v", cur.Wave, cur.Respondents, cur.Sources)
	}
}

// survey inspect reads a listed file with a wave column wave by wave: the
// panel ids repeat across waves without a problem.
func TestSurveyInspectWaveColumn(t *testing.T) {
	r := runInProcess("survey", "inspect", "--workspace", "testdata/waves3", "testdata/waves3/surveys/panel.csv", "--format", "json")
	var in struct {
		Respondents int
		WaveColumn  string `json:"wave_column"`
		Waves       []struct {
			Wave string
			Rows int
		}
		Problems []any
	}
	if err := json.Unmarshal([]byte(r.stdout), &in); r.code != 0 || err != nil {
		t.Fatalf("exit %d %v: %s", r.code, err, r.stderr)
	}
	if in.Respondents != 30 || in.WaveColumn != `B "wave"` || len(in.Waves) != 3 || in.Waves[2].Wave != "2026-03" || in.Waves[2].Rows != 10 || len(in.Problems) != 0 {
		t.Errorf("%+v", in)
	}
}

// copyWorkspace copies a testdata workspace into a temporary folder.
func copyWorkspace(t *testing.T, from string) string {
	t.Helper()
	dir := t.TempDir()
	copyDir(t, from, dir)
	return dir
}

// Every mistake with a wave column is one message at its place, exit 1.
func TestWaveColumnMistakes(t *testing.T) {
	const config = "client: Wave Column GmbH\nsurveys:\n  - file: surveys/panel.csv\n"
	for _, c := range []struct {
		name, dsc string
		edit      func(csv string) string
		want      string
	}{
		{"both", config + "    wave: 2025-03\n    wave_column: wave\n", nil,
			`dsc.yaml:5:18: survey "surveys/panel.csv" has both wave: and wave_column:; keep wave: when the whole file is one wave, or wave_column: when a column of the export says each respondent's wave`},
		{"unknown column", config + "    wave_column: Welle\n", nil,
			`dsc.yaml:4:18: wave column "Welle" matches no column of surveys/panel.csv; name the column by its header text or its letter (dsc survey inspect lists every column)`},
		{"bad value", config + "    wave_column: wave\n", func(csv string) string { return strings.Replace(csv, "P01,2025-09", "P01,Sept 2025", 1) },
			`surveys/panel.csv:3:2: wave "Sept 2025" is not a month (column B "wave"); write the month the wave was fielded, YYYY-MM, e.g. 2026-03`},
		// A German spreadsheet's date (trial 4 LOW 2): the month meant.
		{"german date", config + "    wave_column: wave\n", func(csv string) string { return strings.Replace(csv, "P01,2025-09", "P01,14.09.2025", 1) },
			`surveys/panel.csv:3:2: wave "14.09.2025" is not a month (column B "wave"); write the month the wave was fielded, YYYY-MM (2025-09): a wave is the month it was fielded, not a response's date, which would split a wave fielded across a month's end`},
		{"blank cell", config + "    wave_column: wave\n", func(csv string) string { return strings.Replace(csv, "P01,2025-09", "P01,", 1) },
			`surveys/panel.csv:3:2: no wave (column B "wave"): the respondent would be in no wave; write the month the respondent's wave was fielded, YYYY-MM (e.g. 2026-03), in every row`},
	} {
		dir := copyWorkspace(t, "testdata/waves3")
		if err := os.WriteFile(filepath.Join(dir, "dsc.yaml"), []byte(c.dsc), 0o644); err != nil {
			t.Fatal(err)
		}
		if c.edit != nil {
			p := filepath.Join(dir, "surveys", "panel.csv")
			data, _ := os.ReadFile(p)
			if err := os.WriteFile(p, []byte(c.edit(string(data))), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		for _, args := range [][]string{{"validate"}, {"kano", "--by-wave"}, {"kano"}} {
			r := runInProcess(append(args, "--workspace", dir)...)
			got := strings.ReplaceAll(r.stderr, dir+string(filepath.Separator), "")
			if r.code != 1 || !strings.Contains(got, c.want) || !strings.Contains(got, "1 problem found") {
				t.Errorf("%s, %v: exit %d\n%s\nwant %s", c.name, args, r.code, got, c.want)
			}
		}
	}
}

// A wave: file and a wave column naming the same month form one wave, as
// two wave: files of one month do: their respondents add up, and a
// respondent in both is reported.
func TestWaveColumnMeetsWaveSource(t *testing.T) {
	const config = "client: Wave Column GmbH\nsurveys:\n  - file: surveys/panel.csv\n    wave_column: wave\n  - file: surveys/extra.csv\n    wave: 2025-03\nsettings:\n  kano:\n    min_n: 5\n"
	const header = "respondent,chat_functional,chat_dysfunctional,invoice_functional,invoice_dysfunctional\n"
	for _, c := range []struct {
		name, extra, want string
	}{
		{"merged", header + "P11,1,5,2,5\nP12,1,5,2,5\n", ""},
		{"duplicate", header + "P11,1,5,2,5\nP01,1,5,2,5\n", `surveys/extra.csv:3:1: respondent "P01" is also in surveys/panel.csv:2`},
	} {
		dir := copyWorkspace(t, "testdata/waves3")
		if err := os.WriteFile(filepath.Join(dir, "dsc.yaml"), []byte(config), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "surveys", "extra.csv"), []byte(c.extra), 0o644); err != nil {
			t.Fatal(err)
		}
		r := runInProcess("kano", "--by-wave", "--workspace", dir, "--format", "json")
		if c.want != "" {
			got := strings.ReplaceAll(r.stderr, dir+string(filepath.Separator), "")
			if r.code != 1 || !strings.Contains(got, c.want) || !strings.Contains(got, "1 problem found") {
				t.Errorf("%s: exit %d\n%s\nwant %s", c.name, r.code, got, c.want)
			}
			continue
		}
		var res analysis.KanoWaves
		if err := json.Unmarshal([]byte(r.stdout), &res); r.code != 0 || err != nil {
			t.Fatalf("%s: exit %d %v: %s", c.name, r.code, err, r.stderr)
		}
		// 2025-03: the column's 10 rows and extra.csv's 2; chat A 8 I 2 + O 2.
		w := res.Waves[0]
		if len(res.Waves) != 3 || w.Wave != "2025-03" || w.Respondents != 12 || strings.Join(w.Sources, " ") != "surveys/panel.csv surveys/extra.csv" {
			t.Errorf("%s: %+v", c.name, res.Waves)
		}
		for _, f := range res.Features {
			if f.ID == "chat" && f.Waves[0].Counts != (kano.Counts{A: 8, O: 2, I: 2}) {
				t.Errorf("%s: chat 2025-03 %+v", c.name, f.Waves[0])
			}
		}
	}
}

// dsc diff sees waves from a column as waves from wave:. The old state's
// export lacks the 2026-03 rows; the new one adds them, so the current wave
// moves from 2025-09 to 2026-03 and chat's change is the last step's:
// A 6 O 4 -> A 2 O 8, chi-square 3.33, df 1, p 0.068 (see the three-wave test).
func TestDiffWaveColumn(t *testing.T) {
	old := copyWorkspace(t, "testdata/waves3")
	p := filepath.Join(old, "surveys", "panel.csv")
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	var kept []string
	for _, l := range strings.SplitAfter(string(data), "\n") {
		if !strings.Contains(l, ",2026-03,") {
			kept = append(kept, l)
		}
	}
	if err := os.WriteFile(p, []byte(strings.Join(kept, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runInProcess("diff", old, "testdata/waves3", "--format", "markdown")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"**Live chat** (`chat`) category: A/O (mixed) → one-dimensional · chi² 3.33, df 1, p 0.068: not significant",
		"**current wave** Kano analysis of wave: 2025-09 → 2026-03", "**2026-03** wave added: 10 respondents"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("missing %q in\n%s", want, r.stdout)
		}
	}
}

// The same unknown answer in every wave of a wave column's file (review
// debt 2): each wave's read counts its own cells, typed, and the file gets
// one message at its first cell. "9" in chat_functional at lines 2 and 5
// (wave 2025-03: the message and 1 more), 3 (2025-09) and 4 (2026-03):
// 2 + 1 + 1 = 4 cells, the message at line 2 "and 3 more cells".
func TestWaveColumnSameValueInEveryWave(t *testing.T) {
	dir := copyWorkspace(t, "testdata/waves3")
	editSurvey(t, dir, "panel.csv", func(csv string) string {
		lines := strings.Split(csv, "\n")
		for _, i := range []int{1, 2, 3, 4} { // lines 2-5 of the file
			lines[i] = strings.Replace(lines[i], ",1,3,", ",9,3,", 1)
		}
		return strings.Join(lines, "\n")
	})
	const want = `surveys/panel.csv:2:3: answer code 9 is out of range 1-5 (column C "chat_functional"), and 3 more cells with it; codes run from 1 (like)`
	for _, args := range [][]string{{"kano", "--by-wave"}} {
		r := runInProcess(append(args, "--workspace", dir)...)
		got := strings.ReplaceAll(r.stderr, dir+string(filepath.Separator), "")
		if r.code != 1 || !strings.Contains(got, want) || !strings.Contains(got, "1 problem found") {
			t.Errorf("%v: exit %d\n%s\nwant %s", args, r.code, got, want)
		}
	}
}

// editSurvey rewrites the workspace's surveys/name through edit.
func editSurvey(t *testing.T, ws, name string, edit func(string) string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(ws, "surveys", name))
	if err != nil {
		t.Fatal(err)
	}
	writeSurvey(t, ws, name, []byte(edit(string(data))))
}
