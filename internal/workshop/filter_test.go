package workshop

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

func TestFilterLine(t *testing.T) {
	runes := func(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }
	key := func(k tea.KeyType) tea.KeyMsg { return tea.KeyMsg{Type: k} }
	var f filterLine
	steps := []struct {
		msg     tea.KeyMsg
		changed bool
		want    string
		pos     int
	}{
		{runes("Zah"), true, "Zah", 3},
		{runes("lung"), true, "Zahlung", 7},
		{key(tea.KeySpace), true, "Zahlung ", 8},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("per\nApp\x1b[31m"), Paste: true}, true, "Zahlung perApp[31m", 18},
		{key(tea.KeyCtrlW), true, "Zahlung ", 8},
		{key(tea.KeyCtrlW), true, "", 0},
		{key(tea.KeyBackspace), false, "", 0},
		{runes("Rückgabe"), true, "Rückgabe", 8},
		{key(tea.KeyHome), false, "Rückgabe", 0},
		{key(tea.KeyRight), false, "Rückgabe", 1},
		{key(tea.KeyDelete), true, "Rckgabe", 1},
		{runes("ü"), true, "Rückgabe", 2},
		{key(tea.KeyCtrlK), true, "Rü", 2},
		{key(tea.KeyLeft), false, "Rü", 1},
		{key(tea.KeyCtrlU), true, "ü", 0},
		{key(tea.KeyEnd), false, "ü", 1},
		{key(tea.KeyRight), false, "ü", 1},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("x"), Alt: true}, false, "ü", 1},
	}
	for i, s := range steps {
		if got := f.Update(s.msg); got != s.changed || f.Value() != s.want || f.pos != s.pos {
			t.Fatalf("step %d (%q): changed %v, text %q, cursor %d; want %v, %q, %d", i, s.msg.String(), got, f.Value(), f.pos, s.changed, s.want, s.pos)
		}
	}
	// The cursor is drawn on the character under it, or on a space at the
	// end; a plain style (no terminal colours) draws the text alone.
	f = filterLine{text: []rune("abc"), pos: 1}
	if got := f.View("› ", lipgloss.NewStyle()); got != "› abc" {
		t.Errorf("View = %q", got)
	}
	f.pos = 3
	if got := f.View("› ", lipgloss.NewStyle()); got != "› abc " {
		t.Errorf("View at end = %q", got)
	}
}
