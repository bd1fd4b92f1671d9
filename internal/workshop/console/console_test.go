package console

import (
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/dsc-workbench/dsc/internal/workshop/server"
)

func init() { lipgloss.SetColorProfile(termenv.Ascii) }

// fake is a workshop with two groups and a few people.
type fake struct {
	mu     sync.Mutex
	people []server.Person
	voting server.Voting
	c      chan struct{}
}

func newFake() *fake {
	return &fake{voting: server.Voting{Open: true, Closed: map[string]bool{}}, c: make(chan struct{}, 1),
		people: []server.Person{{N: 1, Name: "Anna", Segment: "B2B", Done: 10, Total: 50, LastSeen: time.Now()},
			{N: 2, Name: "李雷\x1b[31m", Done: 50, Total: 50}}}
}
func (f *fake) People() []server.Person { f.mu.Lock(); defer f.mu.Unlock(); return f.people }
func (f *fake) Voting() server.Voting   { f.mu.Lock(); defer f.mu.Unlock(); return f.voting }
func (f *fake) Groups() []server.Group {
	return []server.Group{{ID: "login", Name: "Central login"}, {ID: "direct-sales", Name: "Direct Sales"}}
}
func (f *fake) SetVoting(g string, open bool) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if g == "" {
		f.voting.Open = open
		return nil
	}
	if open {
		delete(f.voting.Closed, g)
	} else {
		f.voting.Closed[g] = true
	}
	return nil
}
func (f *fake) Subscribe() (<-chan struct{}, func()) { return f.c, func() {} }

func press(m tea.Model, keys ...string) tea.Model {
	for _, k := range keys {
		msg := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
		switch k {
		case "down":
			msg = tea.KeyMsg{Type: tea.KeyDown}
		case "space":
			msg = tea.KeyMsg{Type: tea.KeySpace, Runes: []rune(" ")}
		}
		m, _ = m.Update(msg)
	}
	return m
}

func TestConsoleVotingAndPeople(t *testing.T) {
	f := newFake()
	var m tea.Model = New(f, Info{Kind: "kano", Client: "Acme", JoinURL: "http://10.0.0.2:8080/", JoinLink: "http://10.0.0.2:8080/?code=K7Q2MX", Code: "K7Q2MX", LiveURL: "http://10.0.0.2:8080/live?token=x"})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	// Close Direct Sales (the third row), then everything, then open all.
	m = press(m, "down", "down", "space")
	if !f.Voting().Closed["direct-sales"] {
		t.Fatal("direct-sales not closed")
	}
	v := m.View()
	for _, want := range []string{"K7Q2MX", "Participants 2", "1 finished", "closed  Direct Sales", "open    Central login", "Anna (B2B)", "李雷"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "\x1b[31m") {
		t.Error("a name's terminal escape reached the screen")
	}
	for _, l := range strings.Split(v, "\n") {
		if w := lipgloss.Width(l); w > 80 {
			t.Errorf("line of %d cells: %q", w, l)
		}
	}
	if n := len(strings.Split(v, "\n")); n > 24 {
		t.Errorf("%d lines", n)
	}
	m = press(m, "c")
	if f.Voting().Open {
		t.Error("c did not close all")
	}
	m = press(m, "o")
	if !f.Voting().Open {
		t.Error("o did not open all")
	}
	// q once warns, q twice quits.
	m = press(m, "q")
	if !strings.Contains(m.View(), "press q again") {
		t.Error("no warning before stopping")
	}
	if _, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q")}); cmd == nil {
		t.Error("q q does not quit")
	}
	// r shows the QR code.
	if v := press(m, "x", "r").View(); !strings.Contains(v, "▀") {
		t.Error("no QR code")
	}
}

// trial7 N12: beside the QR code (a terminal of 100x40) the projector link
// was hard-wrapped inside its token; the copied link was refused. The
// links keep the whole width, on one line each.
func TestConsoleLinksAreNotWrappedBesideTheQRCode(t *testing.T) {
	live := "http://127.0.0.1:41180/live?token=HSpNLbIHE1JTAlnUjGHqw3ax5iHDkbkkRzflzSdRYjU"
	var m tea.Model = New(newFake(), Info{Kind: "kano", Client: "Acme", JoinURL: "http://127.0.0.1:41180/", JoinLink: "http://127.0.0.1:41180/?code=K7Q2MX", Code: "K7Q2MX", LiveURL: live})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
	v := m.View()
	if !strings.Contains(v, "▀") {
		t.Fatalf("no QR code beside the voting at 100x40:\n%s", v)
	}
	if !strings.Contains(v, "Projector: "+live) {
		t.Errorf("the projector link is not on one line:\n%s", v)
	}
	for _, l := range strings.Split(v, "\n") {
		if w := lipgloss.Width(l); w > 100 {
			t.Errorf("line of %d cells: %q", w, l)
		}
	}
}
