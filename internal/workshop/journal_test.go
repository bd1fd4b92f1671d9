package workshop

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/dsc-workbench/dsc/examples"
	"github.com/dsc-workbench/dsc/internal/workspace"
)

func answer(item, question string, v int) Event {
	return Event{Workshop: KindKano, Action: ActionAnswer, Item: item, Question: question, Value: v}
}

func readBack(t *testing.T, path string) Replay {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rep, keep := ReadEvents(path, data)
	if keep != len(data) {
		t.Errorf("%s: %d of %d bytes sound", path, keep, len(data))
	}
	return rep
}

func TestJournalTornLastLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kano-001-anna.jsonl")
	j, rep, err := OpenJournal(path)
	if err != nil || len(rep.Events) != 0 {
		t.Fatal(err)
	}
	for i := 1; i <= 3; i++ {
		if err := j.Record(answer("f", "functional", i)); err != nil {
			t.Fatal(err)
		}
	}
	j.Close()
	// A crash in the middle of the fourth write.
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"v":1,"seq":4,"workshop":"kano","parti`)
	f.Close()
	j, rep, err = OpenJournal(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Events) != 3 || len(rep.Warnings) != 1 || !strings.Contains(rep.Warnings[0], "dropped a torn last line") {
		t.Fatalf("replay %+v", rep)
	}
	if err := j.Record(answer("g", "functional", 2)); err != nil {
		t.Fatal(err)
	}
	j.Close()
	rep2 := readBack(t, path)
	if len(rep2.Events) != 4 || len(rep2.Warnings) != 0 || rep2.Events[3].Seq != 4 {
		t.Errorf("after repair: %d events, warnings %v", len(rep2.Events), rep2.Warnings)
	}
	if got := Apply(rep2.Events).Answers; got[Key{"f", "functional"}] != 3 || got[Key{"g", "functional"}] != 2 {
		t.Errorf("state %v", got)
	}
}

func TestJournalWholeLastLineWithoutNewline(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kano-x.jsonl")
	os.WriteFile(path, []byte(`{"v":1,"seq":1,"action":"answer","item":"a","question":"functional","value":1}`), 0o644)
	j, rep, err := OpenJournal(path)
	if err != nil || len(rep.Events) != 1 {
		t.Fatalf("%v %+v", err, rep)
	}
	j.Record(answer("b", "functional", 2))
	j.Close()
	if rep := readBack(t, path); len(rep.Events) != 2 || rep.Events[1].Seq != 2 {
		t.Errorf("events %+v", rep.Events)
	}
}

// Regression: after a full disk a failed write left a partial line and the
// next answer was glued onto it and lost. A failed write is rolled back.
func TestFailedWriteIsRolledBack(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kano-001-anna.jsonl")
	j, _, err := OpenJournal(path)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	if err := j.Record(answer("a", "functional", 1)); err != nil {
		t.Fatal(err)
	}
	good, _ := os.ReadFile(path)
	// The disk fills up half-way through the next line.
	j.write = func(b []byte) (int, error) {
		n, _ := j.f.Write(b[:len(b)/2])
		return n, errors.New("no space left on device")
	}
	if err := j.Record(answer("b", "functional", 2)); err == nil || !strings.Contains(err.Error(), "no space left") {
		t.Fatalf("err %v", err)
	}
	if now, _ := os.ReadFile(path); string(now) != string(good) {
		t.Fatalf("not rolled back:\n%s", now)
	}
	// A failed sync is rolled back too: the answer was never acknowledged.
	j.write = j.f.Write
	j.sync = func() error { return errors.New("EIO") }
	if err := j.Record(answer("b", "functional", 2)); err == nil {
		t.Fatal("a failed sync was acknowledged")
	}
	j.sync = j.f.Sync
	if err := j.Record(answer("b", "functional", 3)); err != nil {
		t.Fatal(err)
	}
	rep := readBack(t, path)
	if len(rep.Events) != 2 || rep.Events[1].Value != 3 || rep.Events[1].Seq != 2 || len(rep.Warnings) != 0 {
		t.Errorf("events %+v warnings %v", rep.Events, rep.Warnings)
	}
}

// Regression: two terminal sessions of one participant overwrote each
// other's journal. They are one participant with one journal, and every line
// of both sessions is kept.
func TestSameParticipantTwiceKeepsEveryAnswer(t *testing.T) {
	dir := t.TempDir()
	j1, p1, _, err := OpenTerminal(dir, KindKano, "Anna", "B2B")
	if err != nil {
		t.Fatal(err)
	}
	j2, p2, _, err := OpenTerminal(dir, KindKano, "Anna", "B2B")
	if err != nil {
		t.Fatal(err)
	}
	if p1.Journal != p2.Journal || p1.N != 1 || p2.N != 1 {
		t.Fatalf("%+v vs %+v", p1, p2)
	}
	var wg sync.WaitGroup
	for w, j := range []*Journal{j1, j2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 6 {
				if err := j.Record(answer("f"+string(rune('a'+w)), "functional", i%5+1)); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	j1.Close()
	j2.Close()
	rep := readBack(t, p1.Journal)
	if len(rep.Events) != 13 { // the join and 2 x 6 answers
		t.Fatalf("%d events, want 13", len(rep.Events))
	}
	seqs := map[int]bool{}
	for _, e := range rep.Events {
		seqs[e.Seq] = true
	}
	if len(seqs) != 13 {
		t.Errorf("sequence numbers collide: %v", seqs)
	}
}

// Regression: "Ops Lead" and "ops.lead", and every name in a non-Latin
// script, shared one journal.
func TestNamesThatLookAlikeGetTheirOwnJournals(t *testing.T) {
	dir := t.TempDir()
	names := []string{"Ops Lead", "ops.lead", "李雷", "韩梅梅", "Олег", "Ελένη", "!!!"}
	files := map[string]bool{}
	for i, n := range names {
		j, p, rep, err := OpenTerminal(dir, KindKano, n, "")
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Events) != 1 || rep.Events[0].Action != ActionJoin {
			t.Errorf("%s starts with %d events", n, len(rep.Events))
		}
		if p.N != i+1 || files[p.Journal] {
			t.Errorf("%s: %+v", n, p)
		}
		files[p.Journal] = true
		j.Record(answer("a", "functional", i%5+1))
		j.Close()
	}
	// File names follow the one id rule (workspace.Slug): a name in another
	// script keeps its join number and becomes "participant".
	if got := filepath.Base(filepathOf(t, dir, "李雷")); got != "kano-003-participant.jsonl" {
		t.Errorf("journal %s", got)
	}
	logs, _, err := ReadLogs(dir, KindKano)
	if err != nil || len(logs) != len(names) {
		t.Fatalf("%d logs, %v", len(logs), err)
	}
	ids := map[string]bool{}
	for i, l := range logs {
		if l.Name != names[i] || ids[l.ID()] {
			t.Errorf("log %d: %s %s", i, l.Name, l.ID())
		}
		ids[l.ID()] = true
	}
	if logs[0].ID() != "workshop-001-ops-lead" || logs[1].ID() != "workshop-002-ops-lead" || logs[6].ID() != "workshop-007-participant" {
		t.Errorf("ids %s %s %s", logs[0].ID(), logs[1].ID(), logs[6].ID())
	}
}

func filepathOf(t *testing.T, dir, name string) string {
	ps, err := Participants(dir, KindKano)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if p.Name == name {
			return p.Journal
		}
	}
	t.Fatalf("no journal for %s", name)
	return ""
}

// copyExample writes an example workspace into a folder.
func copyExample(t testing.TB, name string) string {
	dir := t.TempDir()
	src, _ := examples.FS(name)
	fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dir, p), 0o755)
		}
		b, _ := fs.ReadFile(src, p)
		return os.WriteFile(filepath.Join(dir, p), b, 0o644)
	})
	return dir
}

func TestExport(t *testing.T) {
	dir := copyExample(t, "automotive-aftermarket")
	journals := filepath.Join(dir, "workshops")
	record := func(kind, who, seg string, evs ...Event) {
		j, _, _, err := OpenTerminal(journals, kind, who, seg)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range evs {
			e.Workshop, e.Participant, e.Segment = kind, who, seg
			j.Record(e)
		}
		j.Close()
	}
	record(KindKano, "Anna", "B2B", answer("live-stock", "functional", 1), answer("live-stock", "dysfunctional", 5), answer("live-stock", "importance", 8))
	record(KindKano, "anna", "B2C", answer("live-stock", "functional", 2), answer("live-stock", "dysfunctional", 5))
	record(KindKano, "Nobody", "B2C") // joined, never answered: not a respondent
	// Regression: raters ext_a and ext-a overwrote each other's export.
	ry := filepath.Join(dir, "readiness.yaml")
	b, _ := os.ReadFile(ry)
	os.WriteFile(ry, []byte(strings.Replace(string(b), "raters:\n", "raters:\n  - id: ext_a\n    name: External A\n  - id: ext-a\n    name: External A too\n", 1)), 0o644)
	record(KindReadiness, "ext_a", "", Event{Action: ActionAnswer, Item: "ss-1", Value: 2}, Event{Action: ActionAnswer, Item: "pr-1", Value: 4})
	record(KindReadiness, "ext-a", "", Event{Action: ActionAnswer, Item: "ss-1", Value: 5})

	ws, err := workspace.Load(os.DirFS(dir), "ws", "")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Export(ws, dir, journals, ExportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(res.Files, []string{KanoExportFile, RatingsExportFile}) || res.Respondents != 2 || res.Raters != 2 {
		t.Fatalf("export %+v", res)
	}
	got, _ := os.ReadFile(filepath.Join(dir, KanoExportFile))
	want := "# Kano answers captured with `dsc workshop`; rewritten by `dsc workshop export`." + `
respondents:
  - id: workshop-001-anna
    attributes:
      segment: B2B
      source: workshop
    answers:
      live-stock:
        functional: "1"
        dysfunctional: "5"
        importance: "8"
  - id: workshop-002-anna
    attributes:
      segment: B2C
      source: workshop
    answers:
      live-stock:
        functional: "2"
        dysfunctional: "5"
`
	if string(got) != want {
		t.Errorf("kano export:\n%s\nwant\n%s", got, want)
	}
	got, _ = os.ReadFile(filepath.Join(dir, RatingsExportFile))
	want = "# Readiness ratings captured with `dsc workshop`; rewritten by `dsc workshop export`." + `
ratings:
  - rater: ext-a
    scores:
      ss-1: 5
  - rater: ext_a
    scores:
      pr-1: 4
      ss-1: 2
`
	if string(got) != want {
		t.Errorf("ratings export:\n%s\nwant\n%s", got, want)
	}
	// The exported files load and validate with the workspace, and the same
	// journals export the same bytes again.
	if _, err := workspace.Load(os.DirFS(dir), "ws", ""); err != nil {
		t.Fatalf("workspace with exports does not load: %v", err)
	}
	before, _ := os.ReadFile(filepath.Join(dir, KanoExportFile))
	if _, err := Export(ws, dir, journals, ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, KanoExportFile)); string(after) != string(before) {
		t.Error("export is not deterministic")
	}
}

// A workspace whose ratings carry assessment months needs one for the
// workshop's ratings too: undated, they would count as the baseline before
// every dated assessment. The same rater in a later month is a re-assessment.
func TestExportDatesRatings(t *testing.T) {
	dir := copyExample(t, "intralogistics") // its ratings are dated 2027-01 and 2027-10
	journals := filepath.Join(dir, "workshops")
	j, _, _, err := OpenTerminal(journals, KindReadiness, "cso", "")
	if err != nil {
		t.Fatal(err)
	}
	e := Event{Action: ActionAnswer, Item: "ss-1", Value: 4, Workshop: KindReadiness, Participant: "cso"}
	j.Record(e)
	j.Close()
	ws, err := workspace.Load(os.DirFS(dir), "ws", "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Export(ws, dir, journals, ExportOptions{}); !errors.Is(err, ErrAssessmentNeeded) {
		t.Fatalf("undated export next to dated ratings: err %v, want ErrAssessmentNeeded", err)
	}
	if _, err := Export(ws, dir, journals, ExportOptions{Assessment: "2027-10"}); err == nil || !strings.Contains(err.Error(), `already rates "cso" for ss-1 in assessment 2027-10`) {
		t.Fatalf("same rater, question and month: err %v", err)
	}
	// --only-workshop: the workshop's one rating alone, and a warning that
	// it is now the current readiness against the 130 ratings of 2027-10.
	res, err := Export(ws, dir, journals, ExportOptions{Assessment: "2028-04", OnlyWorkshop: true})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(filepath.Join(dir, RatingsExportFile))
	if !strings.HasSuffix(string(got), "ratings:\n  - rater: cso\n    assessment: 2028-04\n    scores:\n      ss-1: 4\n") || res.Carried != 0 ||
		len(res.Warnings) != 1 || !strings.HasPrefix(res.Warnings[0], "assessment 2028-04 holds only the workshop's 1 rating, the assessment before it (2027-10) 130:") {
		t.Errorf("only the workshop: %+v\n%s", res, got)
	}
	ws2, err := workspace.Load(os.DirFS(dir), "ws", "")
	if err != nil {
		t.Fatalf("workspace with the dated export does not load: %v", err)
	}
	if len(ws2.Warnings) != 0 {
		t.Errorf("warnings after a dated export: %v", ws2.Warnings)
	}
}

// trial7 N25: a workshop exported as a new assessment becomes the current
// readiness, so a one-question workshop replaced a full assessment with
// one rating (index 24 -> 50 on one rating). The export now carries over
// every rating of the assessment before it that the workshop did not rate:
// 2027-10 holds 130 ratings of 4 raters (cso 33, head-ebusiness 33,
// head-service 33, cio 31); cso re-rates ss-1 (3 in 2027-10) as 4, so
// 2028-04 is 2027-10 with that one score changed: 1 rated + 129 carried.
func TestExportCarriesTheAssessmentOver(t *testing.T) {
	dir := copyExample(t, "intralogistics")
	journals := filepath.Join(dir, "workshops")
	j, _, _, err := OpenTerminal(journals, KindReadiness, "cso", "")
	if err != nil {
		t.Fatal(err)
	}
	j.Record(Event{Action: ActionAnswer, Item: "ss-1", Value: 4, Workshop: KindReadiness, Participant: "cso"})
	j.Close()
	ws, err := workspace.Load(os.DirFS(dir), "ws", "")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Export(ws, dir, journals, ExportOptions{Assessment: "2028-04"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Rated != 1 || res.Carried != 129 || res.CarriedFrom != "2027-10" || res.Raters != 1 || len(res.Warnings) != 0 {
		t.Errorf("export: %+v", res)
	}
	got, _ := os.ReadFile(filepath.Join(dir, RatingsExportFile))
	if !strings.Contains(string(got), "# Assessment 2028-04: the workshop's 1 rating, and 129 ratings of the assessment before it (2027-10) that the workshop did not rate, carried over unchanged.\n") {
		t.Errorf("ratings export:\n%s", got)
	}
	ws2, err := workspace.Load(os.DirFS(dir), "ws", "")
	if err != nil || len(ws2.Warnings) != 0 {
		t.Fatalf("load after export: %v %v", err, ws2.Warnings)
	}
	scores := func(month string) map[string]int {
		out := map[string]int{}
		for _, r := range ws2.Readiness.Ratings {
			if r.Assessment == month {
				for q, v := range r.Scores {
					out[r.Rater+" "+q] = v
				}
			}
		}
		return out
	}
	before, after := scores("2027-10"), scores("2028-04")
	if len(before) != 130 || len(after) != 130 || before["cso ss-1"] != 3 || after["cso ss-1"] != 4 {
		t.Fatalf("2027-10 %d ratings (cso ss-1 %d), 2028-04 %d (cso ss-1 %d)", len(before), before["cso ss-1"], len(after), after["cso ss-1"])
	}
	for k, v := range before {
		if k != "cso ss-1" && after[k] != v {
			t.Errorf("%s: %d in 2027-10, %d in 2028-04", k, v, after[k])
		}
	}
	// Exported again, the same bytes (the export file itself is never carried).
	ws3, _ := workspace.Load(os.DirFS(dir), "ws", "")
	if _, err := Export(ws3, dir, journals, ExportOptions{Assessment: "2028-04"}); err != nil {
		t.Fatal(err)
	}
	if again, _ := os.ReadFile(filepath.Join(dir, RatingsExportFile)); string(again) != string(got) {
		t.Error("a second export differs")
	}
	// A month other files already hold, or one before the latest, carries
	// nothing: the workshop joins that assessment or dates a past one.
	for _, month := range []string{"2027-06"} {
		res, err := Export(ws3, dir, journals, ExportOptions{Assessment: month})
		if err != nil || res.Carried != 0 {
			t.Errorf("%s: %+v %v", month, res, err)
		}
	}
}
