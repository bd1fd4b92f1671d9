package workshop

import (
	"strings"
	"unicode"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// filterLine is the one-line text the jump screen filters by. It is ours,
// not bubbles' textinput, because textinput links atotto/clipboard, whose
// set-up runs at every start of every dsc command and needs a patched copy
// of the module to stay cheap; a patched copy means a `replace` in go.mod,
// and `go install …/cmd/dsc@latest` refuses a module with one. A terminal's
// own paste (Ctrl+Shift+V, the mouse) arrives as typed runes and works here.
type filterLine struct {
	text []rune
	pos  int // cursor, 0..len(text)
}

func (f filterLine) Value() string { return string(f.text) }

// Update applies one key; it reports whether the text changed.
func (f *filterLine) Update(msg tea.KeyMsg) bool {
	switch msg.String() {
	case "backspace", "ctrl+h":
		if f.pos == 0 {
			return false
		}
		f.text = append(f.text[:f.pos-1], f.text[f.pos:]...)
		f.pos--
		return true
	case "delete", "ctrl+d":
		if f.pos == len(f.text) {
			return false
		}
		f.text = append(f.text[:f.pos], f.text[f.pos+1:]...)
		return true
	case "ctrl+w", "alt+backspace":
		start := f.pos
		for start > 0 && unicode.IsSpace(f.text[start-1]) {
			start--
		}
		for start > 0 && !unicode.IsSpace(f.text[start-1]) {
			start--
		}
		changed := start < f.pos
		f.text = append(f.text[:start], f.text[f.pos:]...)
		f.pos = start
		return changed
	case "ctrl+u":
		changed := f.pos > 0
		f.text, f.pos = f.text[f.pos:], 0
		return changed
	case "ctrl+k":
		changed := f.pos < len(f.text)
		f.text = f.text[:f.pos]
		return changed
	case "left", "ctrl+b":
		f.pos = max(0, f.pos-1)
	case "right", "ctrl+f":
		f.pos = min(len(f.text), f.pos+1)
	case "home", "ctrl+a":
		f.pos = 0
	case "end", "ctrl+e":
		f.pos = len(f.text)
	case " ":
		return f.insert([]rune{' '})
	default:
		if msg.Type == tea.KeyRunes && !msg.Alt {
			return f.insert(msg.Runes)
		}
	}
	return false
}

// insert adds typed or pasted runes at the cursor; control characters (a
// pasted newline or escape sequence) become nothing, so the line stays one
// line of plain text.
func (f *filterLine) insert(rs []rune) bool {
	clean := make([]rune, 0, len(rs))
	for _, r := range rs {
		if !unicode.IsControl(r) {
			clean = append(clean, r)
		}
	}
	if len(clean) == 0 {
		return false
	}
	rest := append(clean, f.text[f.pos:]...)
	f.text = append(f.text[:f.pos], rest...)
	f.pos += len(clean)
	return true
}

// View draws the prompt and the text with the cursor as a reversed cell.
func (f filterLine) View(prompt string, cursor lipgloss.Style) string {
	var b strings.Builder
	b.WriteString(prompt)
	b.WriteString(string(f.text[:f.pos]))
	under := " "
	if f.pos < len(f.text) {
		under = string(f.text[f.pos])
	}
	b.WriteString(cursor.Render(under))
	if f.pos < len(f.text) {
		b.WriteString(string(f.text[f.pos+1:]))
	}
	return b.String()
}
