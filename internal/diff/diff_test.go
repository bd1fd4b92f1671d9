package diff

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/examples"
	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/report"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/kano"
)

// The contract with report.json: every field diff compares is there, under
// the name diff reads, when the example is analysed and written as
// report.json. A renamed field fails here instead of silently diffing zeros.
func TestDocumentReadsReportJSON(t *testing.T) {
	fsys, err := examples.FS("automotive-aftermarket")
	if err != nil {
		t.Fatal(err)
	}
	ws, err := workspace.Load(fsys, "automotive-aftermarket", "")
	if err != nil {
		t.Fatal(err)
	}
	r, err := analysis.RunAll(ws, ws.Settings, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := report.WriteJSON(r, &buf); err != nil {
		t.Fatal(err)
	}
	d, err := Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	check := func(what string, ok bool) {
		t.Helper()
		if !ok {
			t.Errorf("report.json: %s not read", what)
		}
	}
	check("meta", d.Meta.Client != "" && d.Meta.Workspace != "" && d.Meta.Start != "")
	k := d.Kano
	check("kano", k != nil && k.Respondents > 0 && len(k.Sources) > 0 && k.Sources[0].File != "" && k.Sources[0].Answers > 0)
	if k != nil && len(k.Features) > 0 {
		f := k.Features[0]
		check("kano features", f.ID != "" && f.Name != "" && f.N > 0 && f.Category != "" && f.Counts.N() == f.N && f.Better > 0 && f.Worse < 0 && f.Rank == 1)
		mixed := false
		for _, f := range k.Features {
			mixed = mixed || strings.Contains(string(f.Mixed), "/")
		}
		check("kano mixed pairs", mixed)
	}
	tp := d.Target
	check("target picture", tp != nil && tp.BetterThreshold > 0 && len(tp.Elements) > 0 && len(tp.Out) > 0)
	if tp != nil {
		in, _ := tp.decisions()
		pinned := false
		for _, s := range in {
			check("decision "+s.ID, s.Decision != "" && s.ReasonCode != "" && s.Name != "")
			pinned = pinned || s.Pinned
		}
		check("pins", pinned)
	}
	j := d.Journey
	check("journey", j != nil && len(j.Stages) > 0 && len(j.Personas) > 0 && len(j.Holes) > 0 && j.Holes[0].Kind != "" &&
		j.Coverage != nil && len(j.Coverage.Stages) == len(j.Coverage.StageTotals) && j.Coverage.StageTotals[0].Features > 0)
	rd := d.Readiness
	check("readiness", rd != nil && rd.Index > 0 && len(rd.Raters) > 0 && len(rd.Dimensions) > 0 && rd.Dimensions[0].Current != nil && rd.Dimensions[0].Target > 0)
	rm := d.Roadmap
	check("roadmap", rm != nil && rm.Start != "" && rm.Finish > 0 && len(rm.CriticalPath) > 0 && len(rm.Steps) == 7 &&
		rm.Steps[6].Finish > 0 && len(rm.Capabilities) > 0 && rm.Capabilities[0].Finish > rm.Capabilities[0].Start)
	// Same document on both sides: no change.
	if r := Compare(d, d, Options{}); len(r.Changes) != 0 {
		t.Errorf("%d changes between a document and itself", len(r.Changes))
	}
}

func TestDecode(t *testing.T) {
	d, err := Decode(strings.NewReader(`{"meta": {"client": "X", "future": [1, 2]}, "new_section": {"a": 1},
		"kano": {"features": [{"id": "a", "mixed": false, "category": "A"}, {"id": "b", "mixed": "M/O", "category": "M"}]}}`))
	if err != nil {
		t.Fatal(err)
	}
	if d.Meta.Client != "X" || d.Kano.Features[0].Label() != "A" || d.Kano.Features[1].Label() != "M/O" || d.Journey != nil {
		t.Errorf("%+v", d)
	}
	for _, bad := range []string{`[1]`, `{"kano": {}}`, `not json`} {
		if _, err := Decode(strings.NewReader(bad)); err == nil {
			t.Errorf("%s: want an error", bad)
		}
	}
}

func doc() *Document {
	cur := func(x float64) *float64 { return &x }
	return &Document{
		Meta: Meta{Client: "C"},
		Kano: &Kano{Respondents: 10, Sources: []Source{{File: "surveys/a.csv", Respondents: 10, Answers: 40}},
			Features: []Feature{{ID: "a", Name: "Alpha", Category: "A", Better: 0.5, Worse: -0.1, Counts: kano.Counts{A: 8, I: 2}, Rank: 1}}},
		Readiness: &Readiness{Index: 50, Dimensions: []Dimension{{ID: "d", Name: "D", Current: cur(3), Target: 4}}},
		Roadmap:   &Roadmap{Finish: 10, CriticalPath: []string{"x"}},
	}
}

func TestSectionsAddedAndRemoved(t *testing.T) {
	old, new := doc(), doc()
	new.Readiness, new.Journey = nil, &Journey{}
	r := Compare(old, new, Options{})
	got := map[Class]Kind{}
	for _, c := range r.Changes {
		got[c.Class] = c.Kind
	}
	if got[ClassReadiness] != KindSectionRemoved || got[ClassJourney] != KindSectionAdded || len(r.Changes) != 2 {
		t.Errorf("%+v", r.Changes)
	}
}

func TestSmallChanges(t *testing.T) {
	old, new := doc(), doc()
	// Better moves by exactly the threshold (0.1): reported; Worse by 0.05: not.
	new.Kano.Features[0].Better, new.Kano.Features[0].Worse = 0.6, -0.15
	// Same file, one respondent more: the survey changed.
	new.Kano.Sources[0].Respondents, new.Kano.Sources[0].Answers = 11, 44
	new.Kano.Respondents = 11
	// The dimension is no longer rated.
	new.Readiness.Dimensions[0].Current = nil
	r := Compare(old, new, Options{})
	kinds := map[Kind]int{}
	for _, c := range r.Changes {
		kinds[c.Kind]++
	}
	if kinds[KindBetter] != 1 || kinds[KindWorse] != 0 || kinds[KindSurveyChanged] != 1 || kinds[KindRespondents] != 1 || kinds[KindDimension] != 1 {
		t.Errorf("%v", kinds)
	}
	for _, c := range r.Changes {
		if c.Kind == KindDimension && c.Words().To != "not rated" {
			t.Errorf("dimension %+v", c.Words())
		}
	}
	// A larger threshold hides the shift.
	if r := Compare(old, new, Options{Threshold: 0.2}); r.Counts[ClassKano] != 0 {
		t.Errorf("threshold 0.2: %+v", r.ByClass(ClassKano))
	}
}

// Within a class: significant category changes, features added and
// removed, other category changes, then shifts, largest first.
func TestOrderWithinKano(t *testing.T) {
	old, new := doc(), doc()
	old.Kano.Features = []Feature{
		{ID: "big-shift", Category: "A", Better: 0.1, Counts: kano.Counts{A: 10}},
		{ID: "small-shift", Category: "A", Better: 0.1, Counts: kano.Counts{A: 10}},
		{ID: "noise", Category: "A", Counts: kano.Counts{A: 6, O: 4}},
		{ID: "real", Category: "A", Counts: kano.Counts{A: 30, O: 5}},
		{ID: "gone", Category: "I", Counts: kano.Counts{I: 10}},
	}
	new.Kano.Features = []Feature{
		{ID: "big-shift", Category: "A", Better: 0.6, Counts: kano.Counts{A: 10}},
		{ID: "small-shift", Category: "A", Better: 0.25, Counts: kano.Counts{A: 10}},
		{ID: "noise", Category: "O", Counts: kano.Counts{A: 4, O: 6}},
		{ID: "real", Category: "O", Counts: kano.Counts{A: 5, O: 30}},
	}
	var got []string
	for _, c := range Compare(old, new, Options{}).ByClass(ClassKano) {
		got = append(got, c.ID+":"+string(c.Kind))
	}
	want := "real:category gone:feature-removed noise:category big-shift:better small-shift:better"
	if strings.Join(got, " ") != want {
		t.Errorf("order\n got %s\nwant %s", strings.Join(got, " "), want)
	}
}

func TestSpanOnTheCalendar(t *testing.T) {
	// Months 3 to 6 from 2027-02: May to July (the sixth month is index 5).
	if s := span("2027-02", 3, 6); s.StartMonth != "2027-05" || s.EndMonth != "2027-07" {
		t.Errorf("%+v", s)
	}
	// A milestone (no length) ends in the month it starts.
	if s := span("2027-02", 3, 3); s.EndMonth != "2027-05" {
		t.Errorf("%+v", s)
	}
	if s := span("", 3, 6); s.StartMonth != "" || spanWords(s) != "months 3-6" {
		t.Errorf("%+v", s)
	}
	if monthsBetween("2027-02", "2028-01") != 11 || monthsBetween("", "2028-01") != 0 {
		t.Error("monthsBetween")
	}
}

// A later start moves every date on the calendar, even with the same plan.
func TestStartMovesDates(t *testing.T) {
	old, new := doc(), doc()
	old.Roadmap.Start, new.Roadmap.Start = "2027-01", "2027-03"
	old.Roadmap.Capabilities = []Activity{{ID: "x", Start: 3, Finish: 5}}
	new.Roadmap.Capabilities = []Activity{{ID: "x", Start: 3, Finish: 5}}
	r := Compare(old, new, Options{})
	kinds := map[Kind]*float64{}
	for _, c := range r.Changes {
		kinds[c.Kind] = c.Delta
	}
	if d, ok := kinds[KindDates]; !ok || *d != 2 {
		t.Errorf("%+v", r.Changes)
	}
	if _, ok := kinds[KindStart]; !ok {
		t.Error("start change missing")
	}
}

func TestMarkdownEscapesAndLimits(t *testing.T) {
	old, new := doc(), doc()
	new.Meta.Client = "Evil <img src=x> *Corp*"
	new.Kano.Features = nil
	for i := 0; i < 12; i++ {
		id := string(rune('a' + i))
		old.Kano.Features = append(old.Kano.Features, Feature{ID: id, Name: "Name | with `ticks` and [link](x)\nnext", Category: "A"})
	}
	r := Compare(old, new, Options{})
	r.Old.Label, r.New.Label = "main", "feature`branch"
	var b bytes.Buffer
	if err := Markdown(&b, r, 0); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{"<img", " *Corp*", "Name | with", " [link](x)", "\nnext"} {
		if strings.Contains(out, bad) {
			t.Errorf("unescaped %q in\n%s", bad, out)
		}
	}
	for _, want := range []string{"``feature`branch``", "&lt;img", `\*Corp\*`, "- … and 3 more", "#### Kano (13)"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	var none bytes.Buffer
	Markdown(&none, Compare(doc(), doc(), Options{}), 0)
	if !strings.Contains(none.String(), "no change in the results") {
		t.Error(none.String())
	}
}

func TestMatches(t *testing.T) {
	r := Result{Counts: map[Class]int{ClassKano: 2, ClassData: 1}}
	if m := r.Matches([]Class{ClassTarget, ClassKano}); len(m) != 1 || m[0] != ClassKano {
		t.Errorf("%v", m)
	}
	if m := r.Matches(nil); m != nil {
		t.Errorf("%v", m)
	}
}

// An entry between out and to discuss (neither side in the picture) has
// moved; waves that lost respondents or went away are data changes.
func TestMovedAndWaves(t *testing.T) {
	old, new := doc(), doc()
	old.Target = &Target{BetterThreshold: 0.5, Out: []Selection{{ID: "x", Name: "X", Category: "I", Source: "kano", ReasonCode: "indifferent"}}}
	new.Target = &Target{BetterThreshold: 0.5, Discuss: []Selection{{ID: "x", Name: "X", ReasonCode: "too-few-answers"}}}
	old.KanoWaves = &KanoWaves{Waves: []Wave{{Wave: "2025-04", Respondents: 180}, {Wave: "2025-10", Respondents: 200}, {Wave: "2026-04", Respondents: 240}}}
	new.KanoWaves = &KanoWaves{Waves: []Wave{{Wave: "2025-04", Respondents: 175}, {Wave: "2026-04", Respondents: 240}}}
	old.Kano.Wave, new.Kano.Wave = "2026-04", "2026-04"
	r := Compare(old, new, Options{})
	var got []string
	for _, c := range r.Changes {
		got = append(got, string(c.Kind)+":"+c.ID)
	}
	// Data: respondents in all waves 180 + 200 + 240 = 620 -> 175 + 240 =
	// 415 (trial 4 M1: all surveys, not the current wave's 240 -> 240), the
	// wave removed (200 respondents) before the wave changed (5 fewer).
	if want := "moved:x respondents: wave-removed:2025-10 wave-changed:2025-04"; strings.Join(got, " ") != want {
		t.Fatalf("got %s, want %s", strings.Join(got, " "), want)
	}
	if c := r.Changes[1]; c.From != 620 || c.To != 415 || *c.Delta != -205 {
		t.Errorf("respondents %+v", c)
	}
	if c := r.Changes[0]; c.From != "out" || c.To != "discuss" || c.ReasonCode != "too-few-answers" || c.Reason != "too few answers to classify it" {
		t.Errorf("moved %+v", c)
	}
	if c := r.Changes[3]; *c.Delta != -5 || c.From != 180 || c.To != 175 {
		t.Errorf("wave changed %+v", c)
	}
}

// Counts in the change notes take the word for the count.
func TestCountWords(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{moreFewer(1, "feature"), "1 more feature"},
		{moreFewer(-3, "touchpoint"), "3 fewer touchpoints"},
		{moreFewer(0, "feature"), ""},
		{cellWords(Cell{Features: 1, Touchpoints: 2}), "1 feature, 2 touchpoints"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

// Files of earlier waves count too (trial 4 M1): a.csv (waves 2025-03 and
// 2025-09 by its column) and b.csv (2026-03) replaced by all.csv holding
// the three waves: 24 + 30 + 27 = 81 respondents before and after, all.csv
// added and both a.csv and b.csv removed.
func TestEarlierWaveFiles(t *testing.T) {
	old, new := doc(), doc()
	old.Kano.Wave, old.Kano.Sources = "2026-03", []Source{{File: "surveys/b.csv", Wave: "2026-03", Respondents: 27, Answers: 252}}
	old.KanoWaves = &KanoWaves{Waves: []Wave{{Wave: "2025-03", Respondents: 24, Sources: []string{"surveys/a.csv"}},
		{Wave: "2025-09", Respondents: 30, Sources: []string{"surveys/a.csv"}}, {Wave: "2026-03", Respondents: 27, Sources: []string{"surveys/b.csv"}}}}
	new.Kano.Wave, new.Kano.Sources = "2026-03", []Source{{File: "surveys/all.csv", Wave: "2026-03", Respondents: 27, Answers: 252}}
	new.KanoWaves = &KanoWaves{Waves: []Wave{{Wave: "2025-03", Respondents: 24, Sources: []string{"surveys/all.csv"}},
		{Wave: "2025-09", Respondents: 30, Sources: []string{"surveys/all.csv"}}, {Wave: "2026-03", Respondents: 27, Sources: []string{"surveys/all.csv"}}}}
	old.Kano.Respondents, new.Kano.Respondents = 27, 27
	var got []string
	for _, c := range Compare(old, new, Options{}).Changes {
		if c.Class == ClassData {
			got = append(got, string(c.Kind)+":"+c.ID)
		}
	}
	// By respondents: all.csv 24 + 30 + 27 = 81, a.csv 24 + 30 = 54, b.csv 27.
	if want := "survey-added:surveys/all.csv survey-removed:surveys/a.csv survey-removed:surveys/b.csv"; strings.Join(got, " ") != want {
		t.Errorf("got %s, want %s", strings.Join(got, " "), want)
	}
}

// An earlier wave read from two files (review debt 1): report.json counts
// the wave's 24 respondents for the wave, not per file, so a1.csv's and
// a2.csv's own counts are unknown. Replacing a2.csv by a3.csv shows both
// with "respondents unknown" (null in JSON), never "0 respondents"; a1.csv,
// in the same wave on both sides, is no change. b.csv, the current wave's
// only file, keeps its counts: 27 respondents, 252 answers.
func TestEarlierWaveOfTwoFiles(t *testing.T) {
	old, new := doc(), doc()
	wave := func(d *Document, files ...string) {
		d.Kano.Wave, d.Kano.Respondents = "2026-03", 27
		d.Kano.Sources = []Source{{File: "surveys/b.csv", Wave: "2026-03", Respondents: 27, Answers: 252}}
		d.KanoWaves = &KanoWaves{Waves: []Wave{{Wave: "2025-03", Respondents: 24, Sources: files},
			{Wave: "2026-03", Respondents: 27, Sources: []string{"surveys/b.csv"}}}}
	}
	wave(old, "surveys/a1.csv", "surveys/a2.csv")
	wave(new, "surveys/a1.csv", "surveys/a3.csv")
	var got []string
	var added Change
	for _, c := range Compare(old, new, Options{}).Changes {
		if c.Class != ClassData {
			continue
		}
		w := c.Words()
		got = append(got, string(c.Kind)+":"+c.ID+" ["+w.From+" -> "+w.To+"]")
		if c.Kind == KindSurveyAdded {
			added = c
		}
	}
	want := "survey-removed:surveys/a2.csv [respondents unknown, wave 2025-03 -> -]\n" +
		"survey-added:surveys/a3.csv [- -> respondents unknown, wave 2025-03]"
	if strings.Join(got, "\n") != want {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(added.To); err != nil {
		t.Fatal(err)
	}
	if want := `{"respondents":null,"answers":null,"wave":"2025-03"}` + "\n"; buf.String() != want {
		t.Errorf("JSON %s, want %s", buf.String(), want)
	}
	// The current wave's file keeps its known count: 27 respondents, 252 answers.
	files, _ := surveyFiles(new)
	if c := files["surveys/b.csv"].counts(); c.Respondents == nil || *c.Respondents != 27 || c.Answers == nil || *c.Answers != 252 {
		t.Errorf("b.csv counts %+v, want 27 respondents and 252 answers", c)
	}
}

// A report.json written before reason codes and pin_reason (review debt
// 7; testdata/old-report.json, in the shape of roadmap.Selection then:
// "reason": "pinned: <why>" or "pinned (exclude)", a rule's own sentence)
// against today's: the entries gone from the catalog are worded from the
// old file, the pins with their reasons.
func TestDiffReadsAnOldReportsPinReason(t *testing.T) {
	f, err := os.Open("testdata/old-report.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	old, err := Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if p := old.Target.Elements[0].Services[0]; p.PinReason != "Contractual commitment to the partner-workshop network" {
		t.Fatalf("pin reason %q", p.PinReason)
	}
	// Today: marketplace-third-party entered by the rule, the rest left the catalog.
	new, err := Decode(strings.NewReader(`{"meta": {"client": "Meyer Autoteile GmbH & Co. KG"}, "target_picture": {"better_threshold": 0.5,
		"elements": [{"element": "shop", "features": [{"id": "marketplace-third-party", "name": "Third-party marketplace", "category": "A",
		"source": "kano", "better": 0.62, "rank": 12, "decision": "in", "reason_code": "attractive-above-threshold", "pinned": false, "pin_reason": ""}],
		"services": [], "revenue_streams": []}], "discuss": [], "out": [], "selected": 1}}`))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range Compare(old, new, Options{}).Changes {
		if c.Class == ClassTarget {
			w := c.Words()
			got = append(got, c.ID+": "+w.What+", "+w.Note)
		}
	}
	want := []string{
		"single-sign-on: left, no longer in the catalog; was by rule: must-be in the survey",
		"technical-hotline: left, no longer in the catalog; was by pin: Contractual commitment to the partner-workshop network",
		"marketplace-third-party: entered, rule: attractive, Better 0.62 ≥ 0.50",
		"fax-orders: moved, no longer in the catalog; was by pin",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// The current wave moved but no feature changed category: the note does
// not point at Kano changes "above" that are not there (trial 6, L6). The
// features are doc()'s on both sides, so nothing else changes either.
func TestCurrentWaveWithoutKanoChanges(t *testing.T) {
	old, new := doc(), doc()
	old.Kano.Wave, new.Kano.Wave = "2025-03", "2026-03"
	var notes []string
	for _, c := range Compare(old, new, Options{}).Changes {
		if c.Kind == KindCurrentWave {
			notes = append(notes, c.Words().Note)
		}
	}
	if want := "no feature changed its Kano category between these waves"; len(notes) != 1 || notes[0] != want {
		t.Errorf("notes %q, want [%q]", notes, want)
	}
	// A changed setting is listed under Kano, but it is no category change
	// for the note to point at (review).
	old.Kano.MinN, new.Kano.MinN, old.Kano.Table, new.Kano.Table = 20, 10, "standard", "standard"
	for _, c := range Compare(old, new, Options{}).Changes {
		if c.Kind == KindCurrentWave && !c.kanoUnchanged {
			t.Errorf("with only min_n changed: %q", c.Words().Note)
		}
	}
}

// Schedules move in thirds and sixths of a month: the words show at most two
// decimals; the readiness note is the difference of the two numbers shown
// (40.26 -> 39.64 prints 40.3 -> 39.6, so -0.7, not the -0.6 of -0.62).
func TestWordsRoundWhatTheyShow(t *testing.T) {
	if got := months(7.0/6, "later", "earlier"); got != "1.17 months later" {
		t.Errorf("months(7/6) = %q", got)
	}
	if got := months(-10.0/3, "later", "earlier"); got != "3.33 months earlier" {
		t.Errorf("months(-10/3) = %q", got)
	}
	if got := spanWords(Span{Start: 2, Finish: 61.0 / 3}); got != "months 2-20.33" {
		t.Errorf("spanWords = %q", got)
	}
	d := 39.64 - 40.26
	w := Change{Class: ClassReadiness, Kind: KindIndex, From: 40.26, To: 39.64, Delta: &d}.Words()
	if w.From != "40.3" || w.To != "39.6" || w.Note != "-0.7" {
		t.Errorf("readiness words %q -> %q, note %q", w.From, w.To, w.Note)
	}
}

// Another evaluation table classifies the same answers differently (trial
// 6, M12: the change was silent and the categories' chi-square called it
// "significant"). The setting is listed first; the category change has no
// test, since both sides are one sample. A report.json without the settings
// (written before they were recorded) compares no settings, and the
// category change is tested as before.
func TestKanoSettingsChange(t *testing.T) {
	old, new := doc(), doc()
	old.Kano.Table, old.Kano.Rule, old.Kano.MinN = "standard", "frequency", 20
	new.Kano.Table, new.Kano.Rule, new.Kano.MinN = "pouliot", "frequency", 10
	new.Kano.Features[0].Category, new.Kano.Features[0].Counts = "O", kano.Counts{O: 8, I: 2}
	var got []string
	for _, c := range Compare(old, new, Options{}).Changes {
		if c.Class == ClassKano {
			w := c.Words()
			got = append(got, fmt.Sprintf("%s:%s %s->%s test=%v", c.Kind, c.ID, w.From, w.To, c.Test != nil))
		}
	}
	want := []string{"kano-setting:min_n 20->10 test=false", "kano-setting:table standard->pouliot test=false", "category:a attractive->one-dimensional test=false"}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	old.Kano.Table, old.Kano.Rule, old.Kano.MinN = "", "", 0
	for _, c := range Compare(old, new, Options{}).Changes {
		if c.Kind == KindKanoSetting || c.Kind == KindCategory && c.Test == nil {
			t.Errorf("without the old settings (tested as before): %+v", c)
		}
	}
}

// The market analysis is compared (trial 6, M10: a changed market.yaml or
// today/value/effort gave "changes": []): a competitor dropped, what the
// client offers today, value/effort with the quadrant, and the flags.
func TestMarketChanges(t *testing.T) {
	num := func(x float64) *float64 { return &x }
	old, new := doc(), doc()
	old.Market = &Market{Competitors: []Named{{ID: "c1", Name: "C1"}, {ID: "c2", Name: "C2"}},
		Entries: []MarketEntry{{ID: "a", Name: "Alpha", Today: "partial", Value: num(5), Effort: num(6), Quadrant: "strategic-bet", Flags: []string{"table-stakes"}}}}
	new.Market = &Market{Competitors: []Named{{ID: "c1", Name: "C1"}},
		Entries: []MarketEntry{{ID: "a", Name: "Alpha", Today: "live", Value: num(2), Effort: num(6), Quadrant: "time-sink"}}}
	var got []string
	for _, c := range Compare(old, new, Options{}).Changes {
		w := c.Words()
		got = append(got, fmt.Sprintf("%s %s: %s | %s -> %s", c.Class, w.What, c.subject(), w.From, w.To))
	}
	want := []string{
		"market competitor removed: C2 | assessed -> -",
		"market flags: Alpha | table-stakes -> -",
		"market offered today: Alpha | partial -> live",
		"market value/effort: Alpha | value 5, effort 6 (strategic-bet) -> value 2, effort 6 (time-sink)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A file with a wave column is read by the current analysis and stands in
// an earlier wave too: its answers are the current wave's, 300 then 250, a
// change (review: they were set to 0 when the earlier wave was added in,
// and the change went unseen). Respondents: 27 now + 24 earlier = 51.
func TestWaveColumnFileKeepsItsAnswers(t *testing.T) {
	old, new := doc(), doc()
	wave := func(d *Document, answers int) {
		d.Kano.Wave, d.Kano.Respondents = "2026-03", 27
		d.Kano.Sources = []Source{{File: "surveys/all.csv", Wave: "2026-03", Respondents: 27, Answers: answers}}
		d.KanoWaves = &KanoWaves{Waves: []Wave{{Wave: "2025-03", Respondents: 24, Sources: []string{"surveys/all.csv"}},
			{Wave: "2026-03", Respondents: 27, Sources: []string{"surveys/all.csv"}}}}
	}
	wave(old, 300)
	wave(new, 250)
	var got []string
	for _, c := range Compare(old, new, Options{}).Changes {
		if c.Kind == KindSurveyChanged {
			w := c.Words()
			got = append(got, w.From+" -> "+w.To)
		}
	}
	want := "51 respondents, 300 answers, wave 2026-03 -> 51 respondents, 250 answers, wave 2026-03"
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %q, want [%q]", got, want)
	}
}

// A value/effort change that moves an entry to another quadrant comes
// before one that stays in its quadrant, however large that one's move
// (review: a fixed weight of 100 let an effort move of 80 -> 200 person-
// months, 120, pass a quadrant change).
func TestQuadrantChangeFirst(t *testing.T) {
	num := func(x float64) *float64 { return &x }
	old, new := doc(), doc()
	old.Market = &Market{Entries: []MarketEntry{
		{ID: "big", Value: num(5), Effort: num(80), Quadrant: "time-sink"},
		{ID: "flip", Value: num(5), Effort: num(6), Quadrant: "strategic-bet"}}}
	new.Market = &Market{Entries: []MarketEntry{
		{ID: "big", Value: num(5), Effort: num(200), Quadrant: "time-sink"},
		{ID: "flip", Value: num(2), Effort: num(6), Quadrant: "time-sink"}}}
	var got []string
	for _, c := range Compare(old, new, Options{}).Changes {
		if c.Kind == KindValueEffort {
			got = append(got, c.ID)
		}
	}
	if !slices.Equal(got, []string{"flip", "big"}) {
		t.Errorf("order %v, want [flip big]", got)
	}
}
