package main

import (
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/diff"
	"github.com/dsc-workbench/dsc/internal/golden"
	"github.com/dsc-workbench/dsc/internal/iostreams"
)

func TestNewCmdDiff(t *testing.T) {
	for _, c := range []struct {
		args     string
		old, new string
		rev      string
		fail     []diff.Class
		wantErr  string
	}{
		{args: "a b", old: "a", new: "b"},
		{args: "a b --fail-on kano,critical-path --threshold 0.2", old: "a", new: "b", fail: []diff.Class{diff.ClassKano, diff.ClassCriticalPath}},
		{args: "--rev main", new: ".", rev: "main"},
		{args: "--rev main ws", new: "ws", rev: "main"},
		{args: "--rev main --workspace ws", new: "ws", rev: "main"},
		{args: "a", wantErr: "give two workspaces"},
		{args: "", wantErr: "give two workspaces"},
		{args: "--rev main a b", wantErr: "at most one path"},
		{args: "--rev main a --workspace b", wantErr: "give the new side once"},
		{args: "a b --fail-on kano,money", wantErr: `unknown class "money"`},
		{args: "a b --fail-on data", wantErr: `unknown class "data"`},
		{args: "a b --threshold 0", wantErr: "--threshold"},
		{args: "a b --format xml", wantErr: "unknown format"},
		{args: "a b --example automotive-aftermarket", wantErr: "--example"},
		{args: "a b c", wantErr: "accepts at most 2 arg"},
	} {
		ios, _, _, _ := iostreams.Test()
		f := &cmdutil.Factory{IOStreams: ios}
		root := NewRootCmd(f)
		var got *DiffOptions
		// Replace the real diff command with one that captures its options.
		for _, sub := range root.Commands() {
			if sub.Name() == "diff" {
				root.RemoveCommand(sub)
			}
		}
		root.AddCommand(NewCmdDiff(f, func(o *DiffOptions) error { got = o; return nil }))
		root.SetArgs(append([]string{"diff"}, strings.Fields(c.args)...))
		_, err := root.ExecuteC()
		if c.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), c.wantErr) {
				t.Errorf("%q: error %v, want %q", c.args, err, c.wantErr)
			}
			continue
		}
		if err != nil || got == nil {
			t.Errorf("%q: %v", c.args, err)
			continue
		}
		if got.Old != c.old || got.New != c.new || got.Rev != c.rev || strings.Join(classNames(got.FailOn), ",") != strings.Join(classNames(c.fail), ",") {
			t.Errorf("%q: options %+v", c.args, got)
		}
	}
}

// diffPair runs dsc diff on the hand-made pair and decodes the JSON.
func diffPair(t *testing.T, args ...string) diff.Result {
	t.Helper()
	r := runInProcess(append([]string{"diff", "--format", "json"}, args...)...)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var res diff.Result
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
		t.Fatal(err)
	}
	return res
}

func find(t *testing.T, res diff.Result, kind diff.Kind, id string) diff.Change {
	t.Helper()
	for _, c := range res.Changes {
		if c.Kind == kind && c.ID == id {
			return c
		}
	}
	t.Fatalf("no %s change of %q in %d changes", kind, id, len(res.Changes))
	return diff.Change{}
}

func near(t *testing.T, what string, got any, want float64) {
	t.Helper()
	f, ok := got.(float64)
	if !ok || math.Abs(f-want) > 1e-6 {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

// testdata/diff/new changes every class of result against old (same
// settings). Survey w1.csv (20 respondents) is in both; new adds w2.csv
// (20 more) and the entry "remote"; answer pairs: A (1,3), O (1,5), M (2,5), I (3,3).
func TestDiffHandMadePair(t *testing.T) {
	res := diffPair(t, "testdata/diff/old", "testdata/diff/new")
	wantCounts(t, res, map[diff.Class]int{"kano": 9, "target": 4, "journey": 4, "readiness": 3, "critical-path": 1, "schedule": 4, "data": 3})

	// Kano. Live chat: I 14 A 6 of 20, then with w2 (A 18 I 2) A 24 I 16 of 40.
	// Column sums A 30, I 30 of 60: expected A 10 I 10 (old), A 20 I 20 (new);
	// chi-square = 16/10 + 16/10 + 16/20 + 16/20 = 4.8, df 1,
	// p = erfc(sqrt(2.4)) = 0.02846: significant, so it comes first.
	chat := find(t, res, diff.KindCategory, "chat")
	if res.Changes[0].ID != "chat" || chat.From != "I" || chat.To != "A" || chat.Test == nil || !chat.Test.Significant || chat.Test.DF != 1 {
		t.Errorf("chat %+v first %+v", chat, res.Changes[0])
	}
	near(t, "chat chi-square", chat.Test.ChiSquare, 4.8)
	near(t, "chat p", chat.Test.P, 0.028459737)
	// Portal: A 12 O 6 I 2, then A 14 O 22 I 4. Column sums A 26, O 28, I 6 of 60;
	// expected old 8.667, 9.333, 2; new 17.333, 18.667, 4. chi-square =
	// (10/3)^2 (1/8.667 + 1/9.333 + 1/17.333 + 1/18.667) + 0 + 0 = 3.7088, df 2,
	// p = exp(-3.7088/2) = 0.1565: not significant.
	portal := find(t, res, diff.KindCategory, "portal")
	near(t, "portal chi-square", portal.Test.ChiSquare, 3.708791209)
	near(t, "portal p", portal.Test.P, math.Exp(-3.708791209/2))
	if portal.From != "A" || portal.To != "O" || portal.Test.Significant {
		t.Errorf("portal %+v", portal)
	}
	// Better of chat: 6/20 = 0.30 -> 24/40 = 0.60; Worse of portal:
	// -6/20 = -0.30 -> -22/40 = -0.55; Better of the newsletter 11/20 -> 16/40.
	near(t, "chat Better shift", *find(t, res, diff.KindBetter, "chat").Delta, 0.3)
	near(t, "portal Worse shift", *find(t, res, diff.KindWorse, "portal").Delta, -0.25)
	near(t, "newsletter Better shift", *find(t, res, diff.KindBetter, "newsletter").Delta, -0.15)
	if c := find(t, res, diff.KindFeatureAdded, "remote"); c.To != "M" || c.From != nil {
		t.Errorf("remote %+v", c)
	}

	// Target picture: the configurator left by pin; the newsletter, A/I
	// mixed (A 11 : I 9, Better 0.55 >= 0.50: in as attractive, out as
	// indifferent) and so to discuss before, is excluded by rule (now
	// indifferent); chat entered (Better 0.60 >= 0.50), remote entered as a
	// new entry (must-be).
	if c := find(t, res, diff.KindLeft, "configurator"); !c.Pinned || c.From != "in" || c.To != "out" {
		t.Errorf("configurator %+v", c)
	}
	if c := find(t, res, diff.KindMoved, "newsletter"); c.Pinned || c.From != "discuss" || c.To != "out" || !strings.Contains(c.Reason, "indifferent") {
		t.Errorf("newsletter %+v", c)
	}
	if c := find(t, res, diff.KindEntered, "remote"); c.From != nil || c.To != "in" {
		t.Errorf("remote %+v", c)
	}
	find(t, res, diff.KindEntered, "chat")

	// Journey: a touchpoint at awareness closes its no-touchpoint hole; the
	// portal (now one-dimensional) closes information's; service now serves
	// only the (indifferent) newsletter: a hole opens.
	if c := find(t, res, diff.KindHoleOpened, "buyer/service"); c.To != "no-must-be-or-one-dimensional" {
		t.Errorf("service hole %+v", c)
	}
	find(t, res, diff.KindHoleClosed, "buyer/information")
	find(t, res, diff.KindHoleClosed, "buyer/awareness")
	find(t, res, diff.KindCoverage, "awareness")

	// Readiness: digital sales (2 + 2)/2 = 2.00 -> ((3+2+3)/3 + (3+1)/2)/2 = 2.333;
	// IT stays 2. Index = 100 (mean current - 1)/4: 25.0 -> 100 (2.1667 - 1)/4 = 29.167.
	near(t, "index from", find(t, res, diff.KindIndex, "").From, 25)
	near(t, "index to", find(t, res, diff.KindIndex, "").To, 29.166666667)
	near(t, "digital sales", find(t, res, diff.KindDimension, "digital-sales").To, 2.333333333)
	near(t, "IT target", find(t, res, diff.KindDimensionTarget, "it").To, 5)

	// Critical path: training (1 -> 6 months with a team of one) outruns
	// shop + pim (2 + 3 months).
	cp := find(t, res, diff.KindCriticalPath, "")
	if strings.Join(cp.Joined, ",") != "training" || strings.Join(cp.Left, ",") != "shop,pim" {
		t.Errorf("critical path %+v", cp)
	}
	// Schedule: step 3 runs months 3-4, then 3-9 (5 months longer); the
	// programme finishes at 8 (shop 3-5, pim 5-8), then at 9.
	near(t, "step 3 lengthened", *find(t, res, diff.KindStepLonger, "step-3").Delta, 5)
	near(t, "finish moved", *find(t, res, diff.KindFinish, "").Delta, 1)
	near(t, "training finish moved", *find(t, res, diff.KindDates, "training").Delta, 5)

	// Data: 20 -> 40 respondents, w2.csv added (20 x 7 features x 2 answers), a third rater.
	near(t, "respondents", *find(t, res, diff.KindRespondents, "").Delta, 20)
	find(t, res, diff.KindSurveyAdded, "surveys/w2.csv")
	find(t, res, diff.KindRaterAdded, "r3")

	// The same workspace on both sides: nothing.
	if same := diffPair(t, "testdata/diff/old", "testdata/diff/old"); len(same.Changes) != 0 {
		t.Errorf("same workspace: %d changes", len(same.Changes))
	}
}

func TestDiffMarkdown(t *testing.T) {
	r := runInProcess("diff", "testdata/diff/old", "testdata/diff/new", "--format", "markdown")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	golden.Text(t, "", []byte(r.stdout))
}

func TestDiffTable(t *testing.T) {
	r := runTTY(100, "diff", "testdata/diff/old", "testdata/diff/new")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	golden.Text(t, "", []byte(r.stdout))
	piped := runInProcess("diff", "testdata/diff/old", "testdata/diff/new")
	lines := strings.Split(strings.TrimSpace(piped.stdout), "\n")
	if lines[0] != "class\tchange\tsubject\tfrom\tto\tnote" || len(lines) != 1+28 {
		t.Errorf("piped: %d lines, header %q", len(lines), lines[0])
	}
}

func TestDiffFailOn(t *testing.T) {
	for _, c := range []struct {
		fail string
		code int
	}{
		{"", 0},
		{"kano", 3},
		{"critical-path,schedule", 3},
		{"readiness", 3},
	} {
		args := []string{"diff", "testdata/diff/old", "testdata/diff/new", "--format", "json"}
		if c.fail != "" {
			args = append(args, "--fail-on", c.fail)
		}
		r := runInProcess(args...)
		if r.code != c.code || !json.Valid([]byte(r.stdout)) {
			t.Errorf("--fail-on %q: exit %d, want %d (%s)", c.fail, r.code, c.code, r.stderr)
		}
		if c.code == 3 && !strings.Contains(r.stderr, "--fail-on") {
			t.Errorf("--fail-on %q: stderr %q", c.fail, r.stderr)
		}
	}
	// Only the workspace's own change: the same folder never fails.
	if r := runInProcess("diff", "testdata/diff/old", "testdata/diff/old", "--fail-on", "kano,target,journey,readiness,critical-path,schedule"); r.code != 0 {
		t.Errorf("no change: exit %d", r.code)
	}
	// Invalid input stays 1, distinct from 3.
	if r := runInProcess("diff", "testdata/broken", "testdata/diff/new", "--fail-on", "kano"); r.code != 1 {
		t.Errorf("broken workspace: exit %d", r.code)
	}
}

// report.json files give the same changes as the folders they came from.
func TestDiffReportFiles(t *testing.T) {
	dir := t.TempDir()
	for _, side := range []string{"old", "new"} {
		if r := runInProcess("report", "--workspace", "testdata/diff/"+side, "--out", filepath.Join(dir, side), "--formats", "json"); r.code != 0 {
			t.Fatalf("report %s: %s", side, r.stderr)
		}
	}
	folders := diffPair(t, "testdata/diff/old", "testdata/diff/new")
	files := diffPair(t, filepath.Join(dir, "old", "report.json"), filepath.Join(dir, "new", "report.json"))
	// A folder holding only report.json is that file.
	outputs := diffPair(t, filepath.Join(dir, "old"), filepath.Join(dir, "new"))
	a, _ := json.Marshal(folders.Changes)
	for name, other := range map[string]diff.Result{"files": files, "output folders": outputs} {
		if b, _ := json.Marshal(other.Changes); string(a) != string(b) {
			t.Errorf("%s differ from the workspace folders:\n%s\n%s", name, a, b)
		}
	}
	// Not a report: invalid input naming the file.
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"hello": 1}`), 0o644)
	if r := runInProcess("diff", bad, filepath.Join(dir, "new", "report.json")); r.code != 1 || !strings.Contains(r.stderr, "bad.json") {
		t.Errorf("not a report: exit %d %s", r.code, r.stderr)
	}
}

// --rev reads the old side from a real git repository and leaves the
// working tree, the index and HEAD as they were.
func TestDiffRev(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	repo := t.TempDir()
	git := gitIn(t, repo)
	ws := filepath.Join(repo, "clients", "acme")
	copyDir(t, "testdata/diff/old", ws)
	git("init", "-q", "-b", "main")
	git("add", ".")
	git("commit", "-q", "-m", "old")
	// The working tree becomes the new state, uncommitted, with one change staged.
	os.RemoveAll(ws)
	copyDir(t, "testdata/diff/new", ws)
	git("add", "clients/acme/catalog.yaml")
	statusBefore, headBefore := git("status", "--porcelain"), git("rev-parse", "HEAD")

	want := diffPair(t, "testdata/diff/old", "testdata/diff/new")
	got := diffPair(t, "--rev", "main", ws)
	a, _ := json.Marshal(want.Changes)
	if b, _ := json.Marshal(got.Changes); string(a) != string(b) {
		t.Errorf("--rev main differs from the folders:\n%s\n%s", a, b)
	}
	if got.Old.Label != "main:"+filepath.ToSlash(ws) {
		t.Errorf("old label %q", got.Old.Label)
	}
	if s, h := git("status", "--porcelain"), git("rev-parse", "HEAD"); s != statusBefore || h != headBefore {
		t.Errorf("the repository changed:\n%s%s\n%s%s", statusBefore, headBefore, s, h)
	}

	// From inside the workspace, NEW defaults to the current folder.
	wd, _ := os.Getwd()
	if err := os.Chdir(ws); err != nil {
		t.Fatal(err)
	}
	r := runInProcess("diff", "--rev", "HEAD", "--format", "json")
	os.Chdir(wd)
	if r.code != 0 || !strings.Contains(r.stdout, `"label": "HEAD:."`) {
		t.Errorf("from inside: exit %d %s %.200s", r.code, r.stderr, r.stdout)
	}

	// A report.json committed at the revision is read with git as well.
	report := filepath.Join(repo, "out", "report.json")
	if r := runInProcess("report", "--workspace", "testdata/diff/old", "--out", filepath.Dir(report), "--formats", "json"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	git("add", "out/report.json")
	git("commit", "-q", "-m", "report")
	if r := runInProcess("report", "--workspace", "testdata/diff/new", "--out", filepath.Dir(report), "--formats", "json"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	fromFile := diffPair(t, "--rev", "HEAD", report)
	if b, _ := json.Marshal(fromFile.Changes); string(a) != string(b) {
		t.Errorf("--rev on report.json differs:\n%s\n%s", a, b)
	}

	// What git cannot give is invalid input (exit 1), said plainly.
	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{"--rev", "no-such-branch", ws}, `"no-such-branch" is not a commit`},
		{[]string{"--rev", "HEAD~1", report}, "out/report.json did not exist at HEAD~1"},
		{[]string{"--rev", "main", t.TempDir()}, "not inside a git repository"},
		{[]string{"--rev", "--upload-pack=x", ws}, "cannot start with -"},
		{[]string{"--rev", "main", filepath.Join(repo, "clients", "nosuch")}, "nosuch not found: give the workspace folder or report.json to compare with its state at main"},
	} {
		r := runInProcess(append([]string{"diff"}, c.args...)...)
		if r.code != 1 || !strings.Contains(r.stderr, c.msg) {
			t.Errorf("%v: exit %d, stderr %q, want %q", c.args, r.code, r.stderr, c.msg)
		}
	}

	// A workspace the change adds (a new client's first pull request) had
	// nothing at the base: it is compared with nothing, all of it new, and
	// the CI workflow of docs/ci.md stays green.
	beta := filepath.Join(repo, "clients", "beta")
	copyDir(t, "testdata/diff/new", beta)
	r = runInProcess("diff", "--rev", "main", beta, "--format", "json")
	if r.code != 0 || !strings.Contains(r.stderr, "clients/beta did not exist at main; everything in it counts as new") ||
		!strings.Contains(r.stdout, `"kind": "section-added"`) {
		t.Errorf("new workspace: exit %d, stderr %q, stdout %.300s", r.code, r.stderr, r.stdout)
	}
}

// gitIn runs git in repo, isolated from the user's configuration, and
// fails the test when git does.
func gitIn(t *testing.T, repo string) func(args ...string) string {
	return func(args ...string) string {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = repo
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_SYSTEM=/dev/null",
			"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
}

// A workspace that is the repository itself (one repository per client):
// --rev reads the repository's top tree (trial 6, H4: "the repository's top
// folder was not a folder at HEAD").
func TestDiffRevRepositoryTop(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	repo := t.TempDir()
	git := gitIn(t, repo)
	copyDir(t, "testdata/diff/old", repo)
	git("init", "-q", "-b", "main")
	git("add", ".")
	git("commit", "-q", "-m", "old")
	entries, _ := os.ReadDir(repo)
	for _, e := range entries {
		if e.Name() != ".git" {
			os.RemoveAll(filepath.Join(repo, e.Name()))
		}
	}
	copyDir(t, "testdata/diff/new", repo)

	want := diffPair(t, "testdata/diff/old", "testdata/diff/new")
	got := diffPair(t, "--rev", "main", repo)
	a, _ := json.Marshal(want.Changes)
	if b, _ := json.Marshal(got.Changes); string(a) != string(b) {
		t.Errorf("--rev main on the repository's top differs from the folders:\n%s\n%s", a, b)
	}
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		target := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// Adding a survey wave: the Kano analysis moves to the new wave, so the
// Kano changes are the migration between the waves, with the same test as
// dsc kano --by-wave (click-collect: chi-square 11.43, p 0.000723).
func TestDiffNewWave(t *testing.T) {
	old := filepath.Join(t.TempDir(), "waves")
	copyDir(t, "testdata/waves", old)
	cfg := "client: Wave Test GmbH\nsurveys:\n  - file: surveys/spring-2026.csv\n    wave: 2026-03\nsettings:\n  kano:\n    min_n: 10\n"
	if err := os.WriteFile(filepath.Join(old, "dsc.yaml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	res := diffPair(t, old, "testdata/waves")
	cc := find(t, res, diff.KindCategory, "click-collect")
	if cc.From != "A" || cc.To != "O" || !cc.Test.Significant || math.Abs(cc.Test.ChiSquare-11.428571429) > 1e-6 {
		t.Errorf("click-collect %+v", cc)
	}
	if c := find(t, res, diff.KindCurrentWave, ""); c.From != "2026-03" || c.To != "2027-03" {
		t.Errorf("current wave %+v", c)
	}
	find(t, res, diff.KindWaveAdded, "2027-03")
	for _, c := range res.Changes {
		if c.Kind == diff.KindSurveyRemoved || c.Kind == diff.KindSurveyAdded && c.ID != "surveys/spring-2027.csv" {
			t.Errorf("the earlier wave's file is still read: %+v", c)
		}
		// Its answers are counted for the current wave only: that the new
		// side has none for it is no change (trial 6, M3: "answers 3879 -> 0").
		if c.Kind == diff.KindSurveyChanged {
			t.Errorf("the earlier wave's file did not change: %+v", c)
		}
	}
}
