package workshop

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/dsc-workbench/dsc/internal/testenv"
	"github.com/muesli/termenv"
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
	p, err := KanoPlan(testenv.LoadExample(t, "automotive-aftermarket"), "Anna", "B2B", only, true)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestAnswerBackSkipClear(t *testing.T) {
	rec := &memory{}
	plan := kanoPlan(t, "single-sign-on", "live-stock")
	var m tea.Model = New(plan, rec, State{}, "")
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
	m := keys(New(kanoPlan(t, "single-sign-on"), rec, State{}, ""), "1").(Model)
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
	m := New(plan, &memory{}, st, "")
	if m.Current() != 3 { // live-stock functional
		t.Errorf("resumed at %d, want 3", m.Current())
	}
}

func TestJump(t *testing.T) {
	plan := kanoPlan(t)
	var m tea.Model = New(plan, &memory{}, State{}, "")
	m = keys(m, "g", "l", "i", "v", "e", " ", "s", "t", "o", "c", "k", "enter")
	wm := m.(Model)
	if q := plan.Questions[wm.Current()]; q.Item != "live-stock" || q.Question != "functional" {
		t.Fatalf("jumped to %+v", q)
	}
}

// Regression: every participant could open the room's tally with "f".
func TestParticipantsCannotOpenTheTally(t *testing.T) {
	var m tea.Model = New(kanoPlan(t), &memory{}, State{}, "")
	before := m.View()
	m = keys(m, "f")
	if m.View() != before || strings.Contains(m.View(), "tally") {
		t.Errorf("f changed the participant's screen:\n%s", m.View())
	}
}

// Regression: two keys arriving in one read ("15" from fast typing or a
// paste) were dropped; they answer two questions.
func TestBurstKeysAreTakenOneByOne(t *testing.T) {
	rec := &memory{}
	var m tea.Model = New(kanoPlan(t, "single-sign-on", "live-stock"), rec, State{}, "")
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("15")})
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("7"), Paste: true})
	a := m.(Model).Answers()
	if a[Key{"single-sign-on", "functional"}] != 1 || a[Key{"single-sign-on", "dysfunctional"}] != 5 || a[Key{"single-sign-on", "importance"}] != 7 || len(rec.events) != 3 {
		t.Errorf("answers %v events %d", a, len(rec.events))
	}
	if _, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("2q")}); cmd == nil {
		t.Error("q inside a burst does not quit")
	}
}

// Regression: a questionnaire without questions (validate accepts it) made
// the readiness workshop panic.
func TestReadinessWithoutQuestions(t *testing.T) {
	ws := testenv.LoadExample(t, "intralogistics")
	for i := range ws.Readiness.Dimensions {
		ws.Readiness.Dimensions[i].Questions = nil
	}
	if _, err := ReadinessPlan(ws, "cso"); err == nil || !strings.Contains(err.Error(), "no questions") {
		t.Errorf("err %v", err)
	}
}

func TestViewFitsAndAdapts(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}, {60, 20}} {
		var m tea.Model = New(kanoPlan(t), &memory{}, State{}, "")
		m, _ = m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		for _, ks := range [][]string{nil, {"1", "5"}, {"g"}, {"esc"}} {
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
	ws := testenv.LoadExample(t, "intralogistics")
	p, _ := KanoPlan(ws, "Claudia", "", nil, false)
	v := New(p, &memory{}, State{}, "").View()
	// The key line and the question are German too, and the question
	// speaks the participant's words, not the consultant's "DSC" (trial7 N12).
	for _, want := range []string{"Kano-Workshop", "Das würde mich sehr freuen", "Zentraler Login",
		"Wie würden Sie es finden, wenn es dieses Angebot gäbe?", "1-5 antworten", "enter bestätigen", "q beenden"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q", want)
		}
	}
	for _, english := range []string{"answer", "confirm", "quit", "das DSC"} {
		if strings.Contains(v, english) {
			t.Errorf("German view holds %q:\n%s", english, v)
		}
	}
}

func TestReadinessPlan(t *testing.T) {
	ws := testenv.LoadExample(t, "intralogistics")
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
	m := keys(New(p, &memory{}, State{}, ""), "3", "4")
	if m.(Model).Answers()[Key{"ss-1", ""}] != 3 || !strings.Contains(m.View(), "Initial") {
		t.Errorf("answers %v", m.(Model).Answers())
	}
}

// Progress counts units whose required questions are answered or skipped;
// the optional importance does not hold a unit open.
func TestProgress(t *testing.T) {
	plan := kanoPlan(t, "single-sign-on", "live-stock", "click-and-collect")
	st := Apply([]Event{
		{V: 1, Action: ActionAnswer, Item: "single-sign-on", Question: "functional", Value: 1},
		{V: 1, Action: ActionAnswer, Item: "single-sign-on", Question: "dysfunctional", Value: 5},
		{V: 1, Action: ActionAnswer, Item: "live-stock", Question: "functional", Value: 1},
		{V: 1, Action: ActionSkip, Item: "click-and-collect", Question: "functional"},
		{V: 1, Action: ActionAnswer, Item: "click-and-collect", Question: "dysfunctional", Value: 3},
	})
	if done, total := plan.Progress(st); done != 2 || total != 3 {
		t.Errorf("progress %d/%d, want 2/3", done, total)
	}
	if done, total := plan.Progress(NewState()); done != 0 || total != 3 {
		t.Errorf("empty progress %d/%d", done, total)
	}
}
