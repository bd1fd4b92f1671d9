package workshop

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/dsc-workbench/dsc/examples"
	"github.com/dsc-workbench/dsc/internal/workspace"
)

func init() { lipgloss.SetColorProfile(termenv.Ascii) }

// memory records events in memory; fail makes the next Record fail.
type memory struct {
	events []Event
	fail   bool
}

func (m *memory) Record(e Event) error {
	if m.fail {
		return errors.New("disk full")
	}
	e.V, e.Seq = 1, len(m.events)+1
	m.events = append(m.events, e)
	return nil
}

func exampleWorkspace(t testing.TB, name string) *workspace.Workspace {
	t.Helper()
	m, err := examples.MapFS(name)
	if err != nil {
		t.Fatal(err)
	}
	ws, err := workspace.Load(m, name, "")
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

func keys(m tea.Model, ks ...string) tea.Model {
	for _, k := range ks {
		var msg tea.KeyMsg
		switch k {
		case "enter":
			msg = tea.KeyMsg{Type: tea.KeyEnter}
		case "left":
			msg = tea.KeyMsg{Type: tea.KeyLeft}
		case "right":
			msg = tea.KeyMsg{Type: tea.KeyRight}
		case "up":
			msg = tea.KeyMsg{Type: tea.KeyUp}
		case "down":
			msg = tea.KeyMsg{Type: tea.KeyDown}
		case "esc":
			msg = tea.KeyMsg{Type: tea.KeyEsc}
		default:
			msg = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
		}
		m, _ = m.Update(msg)
	}
	return m
}

func kanoPlan(t testing.TB, only ...string) Plan {
	p, err := KanoPlan(exampleWorkspace(t, "automotive-aftermarket"), "Anna", "B2B", only, true)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestAnswerBackSkipClear(t *testing.T) {
	rec := &memory{}
	plan := kanoPlan(t, "single-sign-on", "live-stock")
	var m tea.Model = New(plan, rec, State{}, nil, "")
	// functional 1, dysfunctional 5, importance by arrows + enter (down x2 from 1 -> 3).
	m = keys(m, "1", "5", "down", "down", "enter")
	wm := m.(Model)
	if wm.Current() != 3 || wm.Answers()[Key{"single-sign-on", "importance"}] != 3 {
		t.Fatalf("current %d answers %v", wm.Current(), wm.Answers())
	}
	// Back to the importance question: the cursor sits on the given answer.
	m = keys(m, "left")
	if wm = m.(Model); wm.Current() != 2 || wm.sel != 2 {
		t.Errorf("back: current %d sel %d", wm.Current(), wm.sel)
	}
	// Clear it, then skip it.
	m = keys(m, "x", "right")
	wm = m.(Model)
	if _, ok := wm.Answers()[Key{"single-sign-on", "importance"}]; ok || !wm.state.Skipped[Key{"single-sign-on", "importance"}] || wm.Current() != 3 {
		t.Errorf("clear+skip: %+v current %d", wm.state, wm.Current())
	}
	// A key outside the options (6 on a 1-5 question) does nothing.
	m = keys(m, "6")
	if m.(Model).Current() != 3 {
		t.Error("6 answered a 1-5 question")
	}
	m = keys(m, "2", "4", "7")
	if !m.(Model).Done() {
		t.Error("not done after the last question")
	}
	var actions []string
	for _, e := range rec.events {
		actions = append(actions, fmt.Sprintf("%s:%s:%s=%d", e.Action, e.Item, e.Question, e.Value))
	}
	want := []string{"answer:single-sign-on:functional=1", "answer:single-sign-on:dysfunctional=5", "answer:single-sign-on:importance=3",
		"clear:single-sign-on:importance=0", "skip:single-sign-on:importance=0",
		"answer:live-stock:functional=2", "answer:live-stock:dysfunctional=4", "answer:live-stock:importance=7"}
	if !reflect.DeepEqual(actions, want) {
		t.Errorf("events\n%v\nwant\n%v", actions, want)
	}
	if rec.events[0].Participant != "Anna" || rec.events[0].Segment != "B2B" || rec.events[0].Workshop != KindKano {
		t.Errorf("event %+v", rec.events[0])
	}
}

func TestAFailedWriteDoesNotAdvance(t *testing.T) {
	rec := &memory{fail: true}
	m := keys(New(kanoPlan(t, "single-sign-on"), rec, State{}, nil, ""), "1").(Model)
	if m.Current() != 0 || len(m.Answers()) != 0 || m.Err() == nil {
		t.Fatalf("current %d answers %v err %v", m.Current(), m.Answers(), m.Err())
	}
	if !strings.Contains(m.View(), "could not save the answer: disk full") {
		t.Error("the failure is not shown")
	}
	rec.fail = false
	if m = keys(m, "1").(Model); m.Current() != 1 || m.Err() != nil {
		t.Errorf("retry: current %d err %v", m.Current(), m.Err())
	}
}

func TestResumeAtFirstOpenQuestion(t *testing.T) {
	plan := kanoPlan(t, "single-sign-on", "live-stock")
	st := Apply([]Event{
		{V: 1, Action: ActionAnswer, Item: "single-sign-on", Question: "functional", Value: 1},
		{V: 1, Action: ActionAnswer, Item: "single-sign-on", Question: "dysfunctional", Value: 5},
		{V: 1, Action: ActionSkip, Item: "single-sign-on", Question: "importance"},
		{V: 1, Action: ActionAnswer, Item: "live-stock", Question: "dysfunctional", Value: 3},
	})
	m := New(plan, &memory{}, st, nil, "")
	if m.Current() != 3 { // live-stock functional
		t.Errorf("resumed at %d, want 3", m.Current())
	}
}

func TestJumpAndFacilitator(t *testing.T) {
	plan := kanoPlan(t)
	others := map[string]State{"Ben": Apply([]Event{
		{V: 1, Action: ActionAnswer, Item: "live-stock", Question: "functional", Value: 1},
		{V: 1, Action: ActionAnswer, Item: "live-stock", Question: "dysfunctional", Value: 5},
	})}
	var m tea.Model = New(plan, &memory{}, State{}, others, "")
	m = keys(m, "g", "l", "i", "v", "e", " ", "s", "t", "o", "c", "k", "enter")
	wm := m.(Model)
	if q := plan.Questions[wm.Current()]; q.Item != "live-stock" || q.Question != "functional" {
		t.Fatalf("jumped to %+v", q)
	}
	m = keys(m, "1", "4") // like / live with -> A
	m = keys(m, "f")
	view := m.View()
	if !strings.Contains(view, "Facilitator view") {
		t.Fatal("no facilitator view")
	}
	// Ben O (like/dislike) + Anna A (like/live with): n 2, A 1, O 1, mixed O/A or A/O.
	tl := TallyOf(plan, m.(Model).state, others)
	found := false
	for _, r := range tl.Rows {
		if r.Item == "live-stock" {
			found = true
			if r.N != 2 || r.Result.Counts.A != 1 || r.Result.Counts.O != 1 {
				t.Errorf("tally %+v", r.Result)
			}
		}
	}
	if !found {
		t.Error("live-stock missing from the tally")
	}
	if m = keys(m, "esc"); m.(Model).mode != modeAsk {
		t.Error("esc does not close the tally")
	}
	// Opening the tally re-reads the other journals.
	refreshed := m.(Model).WithRefresh(func() map[string]State { return map[string]State{"Cem": Apply(nil)} })
	next, cmd := refreshed.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("f")})
	if cmd == nil {
		t.Fatal("no refresh command")
	}
	next, _ = next.Update(cmd())
	if _, ok := next.(Model).others["Cem"]; !ok {
		t.Errorf("others not refreshed: %v", next.(Model).others)
	}
}

func TestViewFitsAndAdapts(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}, {60, 20}} {
		var m tea.Model = New(kanoPlan(t), &memory{}, State{}, nil, "")
		m, _ = m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		for _, ks := range [][]string{nil, {"1", "5"}, {"g"}, {"esc", "f"}} {
			m = keys(m, ks...)
			v := m.View()
			lines := strings.Split(v, "\n")
			if len(lines) > size[1] {
				t.Errorf("%dx%d after %v: %d lines", size[0], size[1], ks, len(lines))
			}
			for _, l := range lines {
				if w := lipgloss.Width(l); w > size[0] {
					t.Errorf("%dx%d after %v: line of %d cells: %q", size[0], size[1], ks, w, l)
				}
			}
		}
	}
}

func TestGermanLabels(t *testing.T) {
	ws := exampleWorkspace(t, "intralogistics")
	p, _ := KanoPlan(ws, "Claudia", "", nil, false)
	v := New(p, &memory{}, State{}, nil, "").View()
	for _, want := range []string{"Kano-Workshop", "Das würde mich sehr freuen", "Zentraler Login"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q", want)
		}
	}
}

func TestReadinessPlan(t *testing.T) {
	ws := exampleWorkspace(t, "intralogistics")
	if _, err := ReadinessPlan(ws, "nobody"); err == nil {
		t.Error("unknown rater accepted")
	}
	p, err := ReadinessPlan(ws, "cso")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Questions) != 33 || len(p.Questions[0].Options) != 5 || p.Questions[0].Options[0].Description == "" {
		t.Fatalf("plan %+v", p.Questions[0])
	}
	m := keys(New(p, &memory{}, State{}, nil, ""), "3", "4")
	if m.(Model).Answers()[Key{"ss-1", ""}] != 3 || !strings.Contains(m.View(), "Initial") {
		t.Errorf("answers %v", m.(Model).Answers())
	}
}

func TestJournalTornLastLine(t *testing.T) {
	dir := t.TempDir()
	path := JournalPath(dir, KindKano, "Anna Berg")
	j, rep, err := OpenJournal(path)
	if err != nil || len(rep.Events) != 0 {
		t.Fatal(err)
	}
	for i := 1; i <= 3; i++ {
		if err := j.Record(Event{Workshop: KindKano, Participant: "Anna Berg", Action: ActionAnswer, Item: "f", Question: "functional", Value: i}); err != nil {
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
	if err := j.Record(Event{Workshop: KindKano, Participant: "Anna Berg", Action: ActionAnswer, Item: "g", Question: "functional", Value: 2}); err != nil {
		t.Fatal(err)
	}
	j.Close()
	data, _ := os.ReadFile(path)
	rep2, keep := ReadEvents(path, data)
	if len(rep2.Events) != 4 || len(rep2.Warnings) != 0 || keep != len(data) || rep2.Events[3].Seq != 4 {
		t.Errorf("after repair: %d events, warnings %v", len(rep2.Events), rep2.Warnings)
	}
	if got := Apply(rep2.Events).Answers; got[Key{"f", "functional"}] != 3 || got[Key{"g", "functional"}] != 2 {
		t.Errorf("state %v", got)
	}
}

func TestJournalWholeLastLineWithoutNewline(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "kano-x.jsonl")
	os.WriteFile(path, []byte(`{"v":1,"seq":1,"action":"answer","item":"a","question":"functional","value":1}`), 0o644)
	j, rep, err := OpenJournal(path)
	if err != nil || len(rep.Events) != 1 {
		t.Fatalf("%v %+v", err, rep)
	}
	j.Record(Event{Action: ActionAnswer, Item: "b", Question: "functional", Value: 2})
	j.Close()
	data, _ := os.ReadFile(path)
	if rep, _ := ReadEvents(path, data); len(rep.Events) != 2 || rep.Events[1].Seq != 2 {
		t.Errorf("events %+v", rep.Events)
	}
}

func TestExport(t *testing.T) {
	dir := t.TempDir()
	src, _ := examples.FS("automotive-aftermarket")
	fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dir, p), 0o755)
		}
		b, _ := fs.ReadFile(src, p)
		return os.WriteFile(filepath.Join(dir, p), b, 0o644)
	})
	journals := filepath.Join(dir, "workshops")
	record := func(kind, who, seg string, evs ...Event) {
		j, _, err := OpenJournal(JournalPath(journals, kind, who))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range evs {
			e.Workshop, e.Participant, e.Segment = kind, who, seg
			j.Record(e)
		}
		j.Close()
	}
	record(KindKano, "Anna", "B2B", Event{Action: ActionAnswer, Item: "live-stock", Question: "functional", Value: 1},
		Event{Action: ActionAnswer, Item: "live-stock", Question: "dysfunctional", Value: 5}, Event{Action: ActionAnswer, Item: "live-stock", Question: "importance", Value: 8})
	record(KindKano, "Ben", "B2C", Event{Action: ActionAnswer, Item: "live-stock", Question: "functional", Value: 2},
		Event{Action: ActionAnswer, Item: "live-stock", Question: "dysfunctional", Value: 5})
	// A new rater (added to readiness.yaml) rates two questions.
	ry := filepath.Join(dir, "readiness.yaml")
	b, _ := os.ReadFile(ry)
	os.WriteFile(ry, []byte(strings.Replace(string(b), "raters:\n", "raters:\n  - id: cfo\n    name: Chief Financial Officer\n", 1)), 0o644)
	record(KindReadiness, "cfo", "", Event{Action: ActionAnswer, Item: "ss-1", Value: 2}, Event{Action: ActionAnswer, Item: "pr-1", Value: 4})

	ws, err := workspace.Load(os.DirFS(dir), "ws", "")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Export(ws, dir, journals)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(res.Files, []string{KanoExportFile, "ratings/workshop-cfo.yaml"}) || res.Respondents != 2 || res.Raters != 1 {
		t.Fatalf("export %+v", res)
	}
	got, _ := os.ReadFile(filepath.Join(dir, KanoExportFile))
	want := `# Kano answers captured with ` + "`dsc workshop kano`; rewritten by `dsc workshop export`." + `
respondents:
  - id: workshop-anna
    attributes:
      segment: B2B
    answers:
      live-stock:
        functional: "1"
        dysfunctional: "5"
        importance: "8"
  - id: workshop-ben
    attributes:
      segment: B2C
    answers:
      live-stock:
        functional: "2"
        dysfunctional: "5"
`
	if string(got) != want {
		t.Errorf("kano export:\n%s\nwant\n%s", got, want)
	}
	// The exported files load with the workspace.
	if _, err := workspace.Load(os.DirFS(dir), "ws", ""); err != nil {
		t.Fatalf("workspace with exports does not load: %v", err)
	}
}
