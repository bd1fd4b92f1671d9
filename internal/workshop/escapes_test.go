package workshop

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// Workspace text with terminal escapes (retitle the window, clear the
// screen, ask for the cursor) shows as plain text on the workshop screen.
func TestViewStripsEscapesFromWorkspaceText(t *testing.T) {
	p := kanoPlan(t, "single-sign-on")
	for i := range p.Questions {
		p.Questions[i].Group = "Login\x1b[2J"
		p.Questions[i].Title = "One login\x1b]0;owned\a for all\x1b[6n"
		p.Questions[i].Detail = "shop\r\napp"
	}
	var m tea.Model = New(p, &memory{}, State{}, "")
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	v := m.View()
	if strings.ContainsAny(v, "\x1b\a\r") {
		t.Errorf("escape on the screen: %q", v)
	}
	if !strings.Contains(v, "One login for all") || !strings.Contains(v, "shop app") {
		t.Errorf("text lost:\n%s", v)
	}
}
