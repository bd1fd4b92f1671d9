// Package console is the facilitator's terminal while `dsc workshop serve`
// runs: the join URL, code and QR code, who has joined and how far each
// participant is, and the keys that open and close voting for the whole
// questionnaire or one core element (readiness: one dimension).
package console

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/dsc-workbench/dsc/internal/termtext"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/internal/workshop"
	"github.com/dsc-workbench/dsc/internal/workshop/server"
)

// Workshop is what the console reads and changes (a *server.Server).
type Workshop interface {
	People() []server.Person
	Voting() server.Voting
	Groups() []server.Group
	SetVoting(group string, open bool) error
	Subscribe() (<-chan struct{}, func())
}

// Info is what the console shows about the server.
type Info struct {
	Kind, Client, Lang string
	JoinURL, JoinLink  string
	Code, LiveURL      string
}

// LogMsg is one line of the server's log.
type LogMsg string

type changedMsg struct{}
type tickMsg time.Time

type keyMap struct {
	Up, Down, Toggle, OpenAll, CloseAll, QR, Quit key.Binding
}

func newKeyMap() keyMap {
	return keyMap{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", "choose part")),
		Down:     key.NewBinding(key.WithKeys("down", "j")),
		Toggle:   key.NewBinding(key.WithKeys(" ", "enter"), key.WithHelp("space", "open/close it")),
		OpenAll:  key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "open all")),
		CloseAll: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "close all")),
		QR:       key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "QR code")),
		Quit:     key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q q", "stop the server")),
	}
}

func (k keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Toggle, k.OpenAll, k.CloseAll, k.QR, k.Quit}
}
func (k keyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// Model is the console's state.
type Model struct {
	ws      Workshop
	info    Info
	lang    text.Lang
	keys    keyMap
	help    help.Model
	people  []server.Person
	voting  server.Voting
	groups  []server.Group
	sel     int // 0: the whole questionnaire, i: groups[i-1]
	logs    []string
	qr      string
	showQR  bool
	quitArm bool
	width   int
	height  int
	now     time.Time
	changes <-chan struct{}
	stop    func()
}

// New builds the console over a running workshop.
func New(ws Workshop, info Info) Model {
	m := Model{ws: ws, info: info, lang: text.LangOf(info.Lang), keys: newKeyMap(), help: help.New(), width: 80, height: 24, now: time.Now()}
	m.qr, _ = server.QRTerminal(info.JoinLink)
	m.changes, m.stop = ws.Subscribe()
	m.refresh()
	return m
}

func (m *Model) refresh() {
	m.people, m.voting, m.groups = m.ws.People(), m.ws.Voting(), m.ws.Groups()
}

func (m Model) wait() tea.Cmd {
	c := m.changes
	return func() tea.Msg {
		if _, ok := <-c; !ok {
			return nil
		}
		return changedMsg{}
	}
}

func tick() tea.Cmd { return tea.Tick(time.Second, func(t time.Time) tea.Msg { return tickMsg(t) }) }

// Init starts listening for changes and the clock of "last seen".
func (m Model) Init() tea.Cmd { return tea.Batch(m.wait(), tick()) }

// Update handles one message.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.Width = msg.Width
	case changedMsg:
		m.refresh()
		return m, m.wait()
	case tickMsg:
		m.now = time.Time(msg)
		return m, tick()
	case LogMsg:
		m.logs = append(m.logs, time.Now().Format("15:04:05")+" "+string(msg))
		if len(m.logs) > 50 {
			m.logs = m.logs[len(m.logs)-50:]
		}
	case tea.KeyMsg:
		return m.key(msg)
	}
	return m, nil
}

func (m Model) key(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	if key.Matches(msg, m.keys.Quit) {
		if msg.String() == "ctrl+c" || m.quitArm {
			m.stop()
			return m, tea.Quit
		}
		m.quitArm = true
		return m, nil
	}
	m.quitArm = false
	switch {
	case key.Matches(msg, m.keys.Up):
		m.sel = max(0, m.sel-1)
	case key.Matches(msg, m.keys.Down):
		m.sel = min(len(m.groups), m.sel+1)
	case key.Matches(msg, m.keys.Toggle):
		if m.sel == 0 {
			m.ws.SetVoting("", !m.voting.Open)
		} else {
			g := m.groups[m.sel-1].ID
			m.ws.SetVoting(g, !(m.voting.Open && !m.voting.Closed[g]))
		}
		m.refresh()
	case key.Matches(msg, m.keys.OpenAll):
		m.ws.SetVoting("", true)
		m.refresh()
	case key.Matches(msg, m.keys.CloseAll):
		m.ws.SetVoting("", false)
		m.refresh()
	case key.Matches(msg, m.keys.QR):
		m.showQR = !m.showQR
	}
	return m, nil
}

var (
	accent = workshop.ColorAccent
	good   = workshop.ColorGood
	bad    = workshop.ColorBad
	muted  = workshop.ColorMuted

	titleStyle = lipgloss.NewStyle().Bold(true).Foreground(accent)
	boldStyle  = lipgloss.NewStyle().Bold(true)
	mutedStyle = lipgloss.NewStyle().Foreground(muted)
	openStyle  = lipgloss.NewStyle().Foreground(good).Bold(true)
	shutStyle  = lipgloss.NewStyle().Foreground(bad).Bold(true)
	selStyle   = lipgloss.NewStyle().Reverse(true)
	codeStyle  = lipgloss.NewStyle().Bold(true).Foreground(accent)
)

// View draws the console.
func (m Model) View() string {
	w := max(40, m.width)
	if m.showQR {
		return m.qr + "\n" + m.info.JoinLink + "\n" + mutedStyle.Render("r: back")
	}
	title := text.Word(m.lang, text.WKanoWorkshop)
	if m.info.Kind == "readiness" {
		title = text.Word(m.lang, text.WReadinessWorkshop)
	}
	var b strings.Builder
	b.WriteString(fit(titleStyle.Render("DSC · "+title)+mutedStyle.Render(" · "+termtext.Line(m.info.Client)), w) + "\n")
	b.WriteString(fit("Join: "+boldStyle.Render(m.info.JoinURL)+"   code "+codeStyle.Render(m.info.Code), w) + "\n")
	b.WriteString(fit(mutedStyle.Render("Projector: "+m.info.LiveURL), w) + "\n\n")
	// The links keep the whole width: beside the QR code the narrower
	// column hard-wrapped the projector link inside its token, and the
	// copied link was refused (trial7 N12).
	head := b.String()
	b.Reset()

	// Voting.
	state := func(open bool) string {
		if open {
			return openStyle.Render("open  ")
		}
		return shutStyle.Render("closed")
	}
	rows := []string{fmt.Sprintf("%s  %s", state(m.voting.Open), "all questions")}
	for _, g := range m.groups {
		rows = append(rows, fmt.Sprintf("%s  %s", state(m.voting.Open && !m.voting.Closed[g.ID]), termtext.Line(g.Name)))
	}
	b.WriteString(boldStyle.Render("Voting") + "\n")
	for i, r := range rows {
		line := "  " + r
		if i == m.sel {
			line = selStyle.Render("›") + " " + r
		}
		b.WriteString(fit(line, w) + "\n")
	}
	// A terminal wide enough shows the QR code beside the voting, so the
	// room can scan it off the facilitator's screen too.
	if qrW := lipgloss.Width(m.qr); w >= qrW+60 && m.height >= lipgloss.Height(m.qr)+8 {
		left := lipgloss.NewStyle().Width(w - qrW - 2).Render(strings.TrimRight(b.String(), "\n"))
		b.Reset()
		b.WriteString(lipgloss.JoinHorizontal(lipgloss.Top, left, "  ", strings.TrimRight(m.qr, "\n")))
		b.WriteString("\n")
	}
	voting := b.String()
	b.Reset()
	b.WriteString(head + voting)
	b.WriteString("\n")

	// Participants.
	done := 0
	for _, p := range m.people {
		if p.Total > 0 && p.Done == p.Total {
			done++
		}
	}
	b.WriteString(boldStyle.Render(fmt.Sprintf("Participants %d", len(m.people))) + mutedStyle.Render(fmt.Sprintf(" · %d finished", done)) + "\n")
	used := strings.Count(b.String(), "\n")
	logLines := min(3, len(m.logs))
	room := max(1, m.height-used-logLines-3)
	nameW := max(10, min(28, w-40))
	for i, p := range m.people {
		if i == room-1 && len(m.people) > room {
			b.WriteString(mutedStyle.Render(fmt.Sprintf("  … and %d more", len(m.people)-i)) + "\n")
			break
		}
		seen := ""
		if !p.LastSeen.IsZero() {
			seen = ago(m.now.Sub(p.LastSeen))
		}
		name := termtext.Line(p.Name)
		if p.Segment != "" {
			name += " (" + termtext.Line(p.Segment) + ")"
		}
		line := fmt.Sprintf("%3d %s %s %3d/%-3d %s", p.N, pad(truncate(name, nameW), nameW), bar(p.Done, p.Total, 12), p.Done, p.Total, mutedStyle.Render(seen))
		b.WriteString(fit(line, w) + "\n")
	}
	if len(m.people) == 0 {
		b.WriteString(mutedStyle.Render("  nobody yet: open "+m.info.JoinURL+" on a phone, or press r for the QR code") + "\n")
	}
	// Log tail and keys at the bottom.
	gap := m.height - strings.Count(b.String(), "\n") - logLines - 2
	if gap > 0 {
		b.WriteString(strings.Repeat("\n", gap))
	}
	for _, l := range m.logs[len(m.logs)-logLines:] {
		b.WriteString(fit(mutedStyle.Render(termtext.Line(l)), w) + "\n")
	}
	if m.quitArm {
		b.WriteString(shutStyle.Render("press q again to stop the server (answers are saved)") + "\n")
	} else {
		b.WriteString(m.help.View(m.keys) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

func bar(done, total, width int) string {
	if total <= 0 {
		return strings.Repeat("░", width)
	}
	n := done * width / total
	return openStyle.Render(strings.Repeat("█", n)) + mutedStyle.Render(strings.Repeat("░", width-n))
}

func ago(d time.Duration) string {
	switch {
	case d < 10*time.Second:
		return "now"
	case d < time.Minute:
		return fmt.Sprintf("%ds ago", int(d.Seconds()))
	default:
		return fmt.Sprintf("%dm ago", int(d.Minutes()))
	}
}

// pad fills s with spaces to w display cells (names in any script).
func pad(s string, w int) string { return s + strings.Repeat(" ", max(0, w-ansi.StringWidth(s))) }

func truncate(s string, w int) string { return ansi.Truncate(s, w, "…") }

func fit(s string, w int) string { return ansi.Truncate(s, w, "…") }
