package workshop

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/progress"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/dsc-workbench/dsc/internal/termtext"
	"github.com/dsc-workbench/dsc/internal/text"
)

type mode int

const (
	modeAsk mode = iota
	modeJump
	modeDone
)

// Model is the workshop's state. Update records every answer through the
// Recorder before it moves on; View only draws.
type Model struct {
	plan  Plan
	rec   Recorder
	state State
	t     wording
	keys  keyMap
	st    styles

	cur, sel int
	mode     mode
	jump     filterLine
	jumpSel  int
	help     help.Model
	bar      progress.Model
	width    int
	height   int
	err      error
	notice   string
}

// New builds the model. state is what the journal replayed; notice is shown
// once (e.g. a dropped torn line). The plan must have questions (KanoPlan
// and ReadinessPlan refuse to build an empty one).
//
// The participant's screen has no tally: the facilitator reads it with
// `dsc workshop tally` or the console of `dsc workshop serve`, so nobody
// sees the room's answers before answering.
func New(plan Plan, rec Recorder, state State, notice string) Model {
	if state.Answers == nil {
		state = NewState()
	}
	m := Model{plan: plan, rec: rec, state: state, t: texts(plan.Lang), keys: newKeyMap(text.LangOf(plan.Lang)), st: newStyles(),
		help: help.New(), bar: progress.New(progress.WithSolidFill(colorBar), progress.WithoutPercentage()),
		width: 80, height: 24, notice: notice}
	m.cur = m.firstOpen(0)
	if m.cur < 0 {
		m.cur, m.mode = len(plan.Questions)-1, modeDone
	}
	m.syncSelection()
	return m
}

// Init starts nothing: the workshop waits for keys.
func (m Model) Init() tea.Cmd { return nil }

// Current is the index of the question on screen (for tests and resume).
func (m Model) Current() int { return m.cur }

// Done reports whether every question is answered or skipped.
func (m Model) Done() bool { return m.mode == modeDone }

// Answers returns the answers given so far.
func (m Model) Answers() map[Key]int { return m.state.Answers }

// Err is the last error saving an answer.
func (m Model) Err() error { return m.err }

// firstOpen is the first question from i on that is neither answered nor skipped, or -1.
func (m Model) firstOpen(from int) int {
	for i := from; i < len(m.plan.Questions); i++ {
		k := m.plan.Questions[i].Key()
		if _, ok := m.state.Answers[k]; !ok && !m.state.Skipped[k] {
			return i
		}
	}
	return -1
}

// syncSelection puts the cursor on the given answer, or the first option.
func (m *Model) syncSelection() {
	q := m.plan.Questions[m.cur]
	m.sel = 0
	if v, ok := m.state.Answers[q.Key()]; ok {
		for i, o := range q.Options {
			if o.Value == v {
				m.sel = i
			}
		}
	}
}

// Update handles one message.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.Width = msg.Width
		m.bar.Width = max(10, msg.Width-20)
		return m, nil
	case tea.KeyMsg:
		if msg.Type == tea.KeyRunes && (len(msg.Runes) > 1 || msg.Paste) && m.mode != modeJump {
			// Keys typed fast or pasted arrive as one message ("15", or
			// "[15]" when the terminal marks a paste): take
			// them one by one, as if they had come apart.
			var cmd tea.Cmd
			var next tea.Model = m
			for _, r := range msg.Runes {
				next, cmd = next.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt})
				if cmd != nil {
					return next, cmd // only Quit returns a command here
				}
			}
			return next, nil
		}
		if key.Matches(msg, m.keys.Quit) && (m.mode != modeJump || msg.String() == "ctrl+c") {
			return m, tea.Quit
		}
		if m.mode == modeJump {
			return m.updateJump(msg)
		}
		return m.updateAsk(msg), nil
	}
	return m, nil
}

func (m Model) updateAsk(msg tea.KeyMsg) Model {
	q := m.plan.Questions[m.cur]
	m.notice = ""
	switch {
	case key.Matches(msg, m.keys.Answer):
		v, _ := strconv.Atoi(msg.String())
		for _, o := range q.Options {
			if o.Value == v {
				return m.record(q, ActionAnswer, v)
			}
		}
	case key.Matches(msg, m.keys.Up):
		m.sel = max(0, m.sel-1)
	case key.Matches(msg, m.keys.Down):
		m.sel = min(len(q.Options)-1, m.sel+1)
	case key.Matches(msg, m.keys.Confirm):
		if m.mode == modeDone {
			return m
		}
		return m.record(q, ActionAnswer, q.Options[m.sel].Value)
	case key.Matches(msg, m.keys.Back):
		if m.cur > 0 {
			m.cur--
			m.mode = modeAsk
			m.syncSelection()
		}
	case key.Matches(msg, m.keys.Skip):
		if m.mode == modeDone {
			return m
		}
		return m.record(q, ActionSkip, 0)
	case key.Matches(msg, m.keys.Clear):
		if _, ok := m.state.Answers[q.Key()]; ok {
			return m.record(q, ActionClear, 0)
		}
	case key.Matches(msg, m.keys.Jump):
		m.mode = modeJump
		m.jump = filterLine{}
		m.jumpSel = 0
	case key.Matches(msg, m.keys.Help):
		m.help.ShowAll = !m.help.ShowAll
	}
	return m
}

// record saves the event first; only when it is on disk does the model move on.
func (m Model) record(q Question, action string, value int) Model {
	if err := m.rec.Record(m.plan.Event(q, action, value)); err != nil {
		m.err = err
		return m
	}
	m.err = nil
	k := q.Key()
	switch action {
	case ActionAnswer:
		m.state.Answers[k] = value
		delete(m.state.Skipped, k)
	case ActionSkip:
		m.state.Skipped[k] = true
	case ActionClear:
		delete(m.state.Answers, k)
		return m
	}
	if m.cur+1 < len(m.plan.Questions) {
		m.cur++
		m.mode = modeAsk
	} else if next := m.firstOpen(0); next >= 0 {
		m.cur = next
		m.mode = modeAsk
	} else {
		m.mode = modeDone
	}
	m.syncSelection()
	return m
}

// jumpTargets lists the first question of every unit matching the filter.
func (m Model) jumpTargets() []int {
	f := strings.ToLower(strings.TrimSpace(m.jump.Value()))
	var out []int
	last := -1
	for i, q := range m.plan.Questions {
		if q.Unit == last {
			continue
		}
		last = q.Unit
		if f == "" || strings.Contains(strings.ToLower(q.Title), f) || strconv.Itoa(q.Unit) == f || strings.Contains(q.Item, f) {
			out = append(out, i)
		}
	}
	return out
}

func (m Model) updateJump(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	targets := m.jumpTargets()
	switch msg.String() {
	case "esc":
		m.mode = modeAsk
		return m, nil
	case "up":
		m.jumpSel = max(0, m.jumpSel-1)
		return m, nil
	case "down":
		m.jumpSel = min(len(targets)-1, m.jumpSel+1)
		return m, nil
	case "enter":
		if len(targets) > 0 {
			m.cur = targets[min(m.jumpSel, len(targets)-1)]
			m.mode = modeAsk
			m.syncSelection()
		}
		return m, nil
	}
	if m.jump.Update(msg) {
		m.jumpSel = 0
	}
	return m, nil
}

// View draws the current screen.
func (m Model) View() string {
	w := max(40, m.width)
	var b strings.Builder
	b.WriteString(m.headerLine(w))
	b.WriteString("\n")
	answered := 0
	for _, q := range m.plan.Questions {
		if _, ok := m.state.Answers[q.Key()]; ok {
			answered++
		}
	}
	pct := float64(answered) / float64(len(m.plan.Questions))
	b.WriteString(m.bar.ViewAs(pct))
	b.WriteString(m.st.status.Render(fmt.Sprintf(" %d/%d %s", answered, len(m.plan.Questions), m.t.answered)))
	b.WriteString("\n\n")
	var body string
	switch m.mode {
	case modeJump:
		body = m.viewJump()
	case modeDone:
		body = m.st.ok.Render(m.t.done) + "\n\n" + m.st.muted.Render(m.t.doneHint)
	default:
		body = m.viewQuestion(w)
	}
	b.WriteString(body)
	status := ""
	if m.err != nil {
		status = m.st.err.Render(m.t.writeFailed + ": " + m.err.Error())
	} else if m.notice != "" {
		status = m.st.muted.Render(m.notice)
	}
	keys := m.keys
	keys.Answer.SetHelp(fmt.Sprintf("1-%d", len(m.plan.Questions[m.cur].Options)), text.Word(m.t.lang, text.WKeyAnswer))
	footer := m.help.View(keys)
	// Keep the help line at the bottom of the screen.
	used := lipgloss.Height(b.String())
	gap := m.height - used - lipgloss.Height(footer) - 1
	if status != "" {
		gap--
	}
	if gap > 0 {
		b.WriteString(strings.Repeat("\n", gap))
	}
	if status != "" {
		b.WriteString("\n" + truncate(status, w))
	}
	b.WriteString("\n" + footer)
	return b.String()
}

func (m Model) headerLine(w int) string {
	title := m.t.kano
	if m.plan.Kind == KindReadiness {
		title = m.t.readiness
	}
	name := m.plan.Participant
	if m.plan.Display != "" {
		name = m.plan.Display
	}
	who := m.t.participant + ": " + name
	if m.plan.Segment != "" {
		who += " (" + m.plan.Segment + ")"
	}
	return truncate(m.st.header.Render("DSC · "+title)+m.st.muted.Render(" · "+who), w)
}

func (m Model) viewQuestion(w int) string {
	q := m.plan.Questions[m.cur]
	var b strings.Builder
	b.WriteString(m.st.group.Render(truncate(fmt.Sprintf("%s · %d %s %d", termtext.Line(q.Group), q.Unit, m.t.of, q.Units), w)))
	b.WriteString("\n")
	b.WriteString(m.st.title.Render(wrap(termtext.Line(q.Title), w, 2)))
	b.WriteString("\n")
	if q.Detail != "" && m.height >= 22 {
		b.WriteString(m.st.detail.Render(wrap(termtext.Line(q.Detail), w, 2)))
		b.WriteString("\n")
	}
	b.WriteString("\n")
	b.WriteString(m.st.prompt.Render(truncate(q.Prompt, w)))
	b.WriteString("\n")
	given, hasAnswer := m.state.Answers[q.Key()]
	for i, o := range q.Options {
		cursor := "  "
		style := m.st.option
		if i == m.sel {
			cursor = "› "
			style = m.st.selected
		}
		line := strings.TrimRight(fmt.Sprintf("%s%d  %s", cursor, o.Value, o.Label), " ")
		if o.Description != "" {
			line += m.st.muted.Render(" – " + o.Description)
		}
		if hasAnswer && o.Value == given {
			line += m.st.chosen.Render("  ✓")
		}
		b.WriteString(style.Render(truncate(line, w-2)))
		b.WriteString("\n")
	}
	if m.state.Skipped[q.Key()] {
		b.WriteString(m.st.muted.Render("(" + m.t.skipped + ")"))
		b.WriteString("\n")
	}
	return b.String()
}

func (m Model) viewJump() string {
	var b strings.Builder
	b.WriteString(m.st.prompt.Render(m.t.jumpPrompt))
	b.WriteString("\n")
	b.WriteString(m.jump.View("› ", m.st.cursor))
	b.WriteString("\n\n")
	targets := m.jumpTargets()
	if len(targets) == 0 {
		b.WriteString(m.st.muted.Render(m.t.noMatch))
		return b.String()
	}
	rows := max(3, m.height-10)
	start := 0
	if m.jumpSel >= rows {
		start = m.jumpSel - rows + 1
	}
	for i := start; i < len(targets) && i < start+rows; i++ {
		q := m.plan.Questions[targets[i]]
		line := fmt.Sprintf("%3d  %s", q.Unit, termtext.Line(q.Title))
		if i == m.jumpSel {
			b.WriteString(m.st.selected.Render("› " + truncate(line, m.width-4)))
		} else {
			b.WriteString("  " + truncate(line, m.width-4))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// truncate cuts s to w display cells.
func truncate(s string, w int) string {
	if w <= 1 || lipgloss.Width(s) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && lipgloss.Width(string(r))+1 > w {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}

// wrap breaks text into at most n lines of width w.
func wrap(s string, w, n int) string {
	words := strings.Fields(s)
	var lines []string
	line := ""
	for _, word := range words {
		if line != "" && lipgloss.Width(line+" "+word) > w {
			lines = append(lines, line)
			line = word
			continue
		}
		if line == "" {
			line = word
		} else {
			line += " " + word
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	if len(lines) > n {
		lines = lines[:n]
		lines[n-1] = truncate(lines[n-1]+" …", w)
	}
	return strings.Join(lines, "\n")
}
