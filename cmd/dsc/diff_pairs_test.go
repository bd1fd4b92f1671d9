package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/diff"
)

// The hand-made pair read backwards (new -> old) gives the other side of
// every change of TestDiffHandMadePair: features, entries, holes, surveys
// and raters removed instead of added, a step shortened, the critical path
// swapped back, and the same number of changes per class.
func TestDiffReversedPair(t *testing.T) {
	res := diffPair(t, "testdata/diff/new", "testdata/diff/old")
	wantCounts(t, res, map[diff.Class]int{"kano": 9, "target": 4, "journey": 4, "readiness": 3, "critical-path": 1, "schedule": 4, "data": 3})
	// Kano: remote diagnosis (M 15 I 5 in w2.csv) is no longer surveyed;
	// live chat falls back, A 24 I 16 -> A 6 I 14, with the same test
	// (chi-square is symmetric in the two sides: 4.8, p 0.0285).
	if c := find(t, res, diff.KindFeatureRemoved, "remote"); c.From != "M" || c.To != nil {
		t.Errorf("remote %+v", c)
	}
	chat := find(t, res, diff.KindCategory, "chat")
	if chat.From != "A" || chat.To != "I" || !chat.Test.Significant {
		t.Errorf("chat %+v", chat)
	}
	near(t, "chat chi-square", chat.Test.ChiSquare, 4.8)
	near(t, "chat Better shift", *find(t, res, diff.KindBetter, "chat").Delta, -0.3)

	// Target picture: remote left the catalog (its reason is the one it had:
	// must-be by rule); chat left by rule; the configurator, no longer
	// pinned out, entered by rule (attractive, Better 20/20 = 1.00 >= 0.50).
	if c := find(t, res, diff.KindLeft, "remote"); c.From != "in" || c.To != nil || c.Pinned {
		t.Errorf("remote %+v", c)
	}
	if c := find(t, res, diff.KindLeft, "chat"); c.Pinned || c.To != "out" || !strings.Contains(c.Reason, "indifferent") {
		t.Errorf("chat %+v", c)
	}
	if c := find(t, res, diff.KindEntered, "configurator"); c.Pinned || c.From != "out" || !strings.Contains(c.Reason, "Better 1.00 ≥ 0.50") {
		t.Errorf("configurator %+v", c)
	}

	// Journey, readiness, roadmap: each change of the forward diff reversed.
	find(t, res, diff.KindHoleClosed, "buyer/service")
	find(t, res, diff.KindHoleOpened, "buyer/information")
	find(t, res, diff.KindHoleOpened, "buyer/awareness")
	near(t, "index to", find(t, res, diff.KindIndex, "").To, 25)
	near(t, "step 3 shortened", *find(t, res, diff.KindStepShorter, "step-3").Delta, -5)
	near(t, "finish earlier", *find(t, res, diff.KindFinish, "").Delta, -1)
	if cp := find(t, res, diff.KindCriticalPath, ""); strings.Join(cp.Joined, ",") != "shop,pim" || strings.Join(cp.Left, ",") != "training" {
		t.Errorf("critical path %+v", cp)
	}
	near(t, "respondents", *find(t, res, diff.KindRespondents, "").Delta, -20)
	find(t, res, diff.KindSurveyRemoved, "surveys/w2.csv")
	find(t, res, diff.KindRaterRemoved, "r3")
}

// editedPair writes a copy of testdata/diff/new with the edits of
// TestDiffEditedPair and returns its folder.
func editedPair(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "edited")
	copyDir(t, "testdata/diff/new", dir)
	edit := func(name string, pairs ...string) {
		t.Helper()
		p := filepath.Join(dir, name)
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		s := string(data)
		for i := 0; i < len(pairs); i += 2 {
			if !strings.Contains(s, pairs[i]) {
				t.Fatalf("%s: no %q to replace", name, pairs[i])
			}
			s = strings.Replace(s, pairs[i], pairs[i+1], 1)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	edit("dsc.yaml",
		"better_threshold: 0.5", "better_threshold: 0.4",
		"        reason: Budget goes to the portal first\n",
		"        reason: Budget goes to the portal first\n"+
			"      - {entry: newsletter, decision: include, reason: The dealers ask for it}\n"+
			"      - {entry: remote, decision: include, reason: Board decision}\n")
	edit("capabilities.yaml",
		"  - {id: pim, name: Product information, element: it, dimension: it-systems, current: 1, target: 3, effort: 3, depends_on: [shop]}\n", "",
		"effort: 6}\n", "effort: 6}\n  - {id: crm, name: Customer data, element: it, dimension: it-systems, current: 1, target: 3, effort: 1, depends_on: [shop]}\n")
	edit("readiness.yaml",
		"raters:", "  - id: data\n    name: Data quality\n    target: 3\n    questions:\n      - {id: dq-1, text: Customer records have one owner}\nraters:",
		"scores: {ds-1: 3, ds-2: 3, it-1: 2}", "scores: {ds-1: 3, ds-2: 3, it-1: 2, dq-1: 2}")
	// The last respondent of w1.csv leaves (I, I, A, I, I, O for portal,
	// tracking, chat, returns, newsletter, configurator).
	edit("surveys/w1.csv", "w1020,B2B,3,3,3,3,1,3,3,3,3,3,1,5\n", "")
	return dir
}

// The kinds the hand-made pair does not show, from a second pair: new and
// a copy of it with a pin in, a pin that confirms the rule, a lower Better
// threshold, a capability swapped for a shorter one, a readiness dimension
// added and one respondent fewer in a survey file.
func TestDiffEditedPair(t *testing.T) {
	edited := editedPair(t)
	res := diffPair(t, "testdata/diff/new", edited)
	wantCounts(t, res, map[diff.Class]int{"kano": 2, "target": 4, "journey": 0, "readiness": 2, "critical-path": 0, "schedule": 3, "data": 2})

	// Kano: live chat was A 24 I 16 of 40 and is A 23 I 16 of 39. Fong's
	// test (z 1.65): before 24 - 16 = 8 > 1.65 sqrt(40 x 40 / 80) = 7.38,
	// attractive; after 23 - 16 = 7 < 1.65 sqrt(39 x 39 / 78) = 7.29, so
	// mixed A/I. The two distributions hardly differ: 2x2 chi-square
	// N (ad - bc)^2 / (row and column sums) = 79 (24x16 - 16x23)^2 /
	// (40 x 39 x 47 x 32) = 20224 / 2346240 = 0.00862, p 0.926.
	chat := find(t, res, diff.KindCategory, "chat")
	if chat.From != "A" || chat.To != "A/I" || chat.Test.Significant || chat.Test.DF != 1 {
		t.Errorf("chat %+v", chat)
	}
	near(t, "chat chi-square", chat.Test.ChiSquare, 20224.0/2346240)
	// No Better shift: 24/40 = 0.600 -> 23/39 = 0.590, under 0.1.
	for _, c := range res.ByClass(diff.ClassKano) {
		if c.Kind == diff.KindBetter || c.Kind == diff.KindWorse {
			t.Errorf("shift under the threshold reported: %+v", c)
		}
	}

	// Target picture: the threshold moved first, then the newsletter
	// entered by pin, and remote stays in, now by pin instead of the rule.
	tc := res.ByClass(diff.ClassTarget)
	if tc[0].Kind != diff.KindBetterThreshold || tc[0].From != 0.5 || tc[0].To != 0.4 {
		t.Errorf("first target change %+v", tc[0])
	}
	if c := find(t, res, diff.KindEntered, "newsletter"); !c.Pinned || c.ReasonCode != "pinned-include" || c.PinReason != "The dealers ask for it" || c.Reason != "set by hand: included (The dealers ask for it)" {
		t.Errorf("newsletter %+v", c)
	}
	if c := find(t, res, diff.KindWhy, "remote"); !c.Pinned || c.From != "in" || c.To != "in" {
		t.Errorf("remote %+v", c)
	}
	// Live chat, now A/I mixed with Better 23/39 = 0.59 >= 0.40, would be
	// in as attractive and out as indifferent: it leaves the picture to be
	// discussed (trial6 M9), its reason naming both alternatives.
	if c := find(t, res, diff.KindLeft, "chat"); c.From != "in" || c.To != "discuss" || c.ReasonCode != "mixed-split" ||
		c.Reason != "A/I mixed in the survey (not significant): as attractive included (Better 0.59 ≥ 0.40), as indifferent excluded" {
		t.Errorf("chat %+v", c)
	}

	// Readiness: data quality rated 2 by one rater. Index = 100 (mean
	// current - 1) / 4 over three dimensions: (2.333 + 2 + 2)/3 = 2.111,
	// 100 x 1.111 / 4 = 27.78 (was 29.17 over two).
	if c := find(t, res, diff.KindDimensionAdded, "data"); c.To != 2.0 {
		t.Errorf("data quality %+v", c)
	}
	near(t, "index", find(t, res, diff.KindIndex, "").To, 100*((7.0/3+2+2)/3-1)/4)

	// Schedule: pim (3 months after the shop, months 5-8) gives way to crm
	// (1 month, 5-6): step 6 runs months 3-6 instead of 3-8; training
	// (3-9) still ends the programme, so neither the finish nor the
	// critical path moves.
	near(t, "step 6 shortened", *find(t, res, diff.KindStepShorter, "step-6").Delta, -2)
	find(t, res, diff.KindCapabilityAdded, "crm")
	find(t, res, diff.KindCapabilityRemoved, "pim")

	// Data: one respondent and its 6 x 2 answers fewer in w1.csv.
	c := find(t, res, diff.KindSurveyChanged, "surveys/w1.csv")
	if from, to := c.From.(map[string]any), c.To.(map[string]any); from["respondents"] != 20.0 || to["respondents"] != 19.0 || from["answers"] != 240.0 || to["answers"] != 228.0 {
		t.Errorf("w1.csv %+v", c)
	}
	near(t, "respondents", *find(t, res, diff.KindRespondents, "").Delta, -1)

	// Backwards, the dimension is removed and the capabilities swap.
	back := diffPair(t, edited, "testdata/diff/new")
	find(t, back, diff.KindDimensionRemoved, "data")
	find(t, back, diff.KindCapabilityAdded, "pim")
	find(t, back, diff.KindCapabilityRemoved, "crm")
	if c := find(t, back, diff.KindWhy, "remote"); c.Pinned || !strings.Contains(c.Reason, "must-be") {
		t.Errorf("remote back to the rule %+v", c)
	}

	// --fail-on names only classes that changed: journey and the critical
	// path did not, so they pass; schedule did, so it fails with 3.
	for fail, code := range map[string]int{"journey,critical-path": 0, "schedule": 3, "target": 3} {
		if r := runInProcess("diff", "testdata/diff/new", edited, "--fail-on", fail); r.code != code {
			t.Errorf("--fail-on %s: exit %d, want %d (%s)", fail, r.code, code, r.stderr)
		}
	}
}

// --threshold sets the smallest Better or Worse shift reported. In the
// hand-made pair the shifts are chat Better +0.30, portal Worse -0.25 and
// newsletter Better -0.15.
func TestDiffThreshold(t *testing.T) {
	for _, c := range []struct {
		threshold string
		want      string
	}{
		{"0.1", "chat:better portal:worse newsletter:better"},
		{"0.15", "chat:better portal:worse newsletter:better"}, // exactly the threshold counts
		{"0.2", "chat:better portal:worse"},
		{"0.3", "chat:better"},
		{"0.31", ""},
	} {
		res := diffPair(t, "testdata/diff/old", "testdata/diff/new", "--threshold", c.threshold)
		var got []string
		for _, ch := range res.ByClass(diff.ClassKano) {
			if ch.Kind == diff.KindBetter || ch.Kind == diff.KindWorse {
				got = append(got, ch.ID+":"+string(ch.Kind))
			}
		}
		if strings.Join(got, " ") != c.want || strconv.FormatFloat(res.Threshold, 'f', -1, 64) != c.threshold {
			t.Errorf("--threshold %s: %q (threshold %v), want %q", c.threshold, strings.Join(got, " "), res.Threshold, c.want)
		}
	}
}

// Under GitHub Actions the --fail-on failure is also an error annotation
// (on stderr, which the runner reads too), so the run's summary says why.
func TestDiffFailOnAnnotation(t *testing.T) {
	t.Setenv("GITHUB_ACTIONS", "true")
	r := runInProcess("diff", "testdata/diff/old", "testdata/diff/new", "--format", "markdown", "--fail-on", "target,schedule")
	want := "::error title=dsc diff::target, schedule changed, and --fail-on target,schedule asks to fail on it (exit 3)\n"
	if r.code != 3 || r.stderr != want || !strings.HasPrefix(r.stdout, "### dsc diff") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

// wantCounts checks the number of changes per class.
func wantCounts(t *testing.T, res diff.Result, want map[diff.Class]int) {
	t.Helper()
	for _, c := range diff.Classes {
		if res.Counts[c] != want[c] {
			t.Errorf("%s: %d changes, want %d", c, res.Counts[c], want[c])
		}
	}
}
