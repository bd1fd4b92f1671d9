package workshop

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/dsc-workbench/dsc/internal/text"
)

// keyMap is every key binding of the workshop, shown by bubbles/help.
type keyMap struct {
	Answer, Up, Down, Confirm, Back, Skip, Clear, Jump, Help, Quit, Escape key.Binding
}

// newKeyMap is the key bindings with their help in the workspace's
// language: the participant reads them under every question (an English
// key line on a German screen, trial7 N12).
func newKeyMap(l text.Lang) keyMap {
	w := func(k text.W) string { return text.Word(l, k) }
	return keyMap{
		Answer:  key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", w(text.WKeyAnswer))),
		Up:      key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", w(text.WKeySelect))),
		Down:    key.NewBinding(key.WithKeys("down", "j")),
		Confirm: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", w(text.WKeyConfirm))),
		Back:    key.NewBinding(key.WithKeys("left", "h", "b"), key.WithHelp("←", w(text.WKeyBack))),
		Skip:    key.NewBinding(key.WithKeys("right", "l", "s"), key.WithHelp("→", w(text.WKeySkip))),
		Clear:   key.NewBinding(key.WithKeys("x", "delete"), key.WithHelp("x", w(text.WKeyClear))),
		Jump:    key.NewBinding(key.WithKeys("g"), key.WithHelp("g", w(text.WKeyJump))),
		Help:    key.NewBinding(key.WithKeys("?"), key.WithHelp("?", w(text.WKeyMore))),
		Quit:    key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", w(text.WKeyQuit))),
		Escape:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", w(text.WKeyClose))),
	}
}

// ShortHelp is the one-line help under the question.
func (k keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Answer, k.Up, k.Confirm, k.Back, k.Skip, k.Jump, k.Quit}
}

// FullHelp is shown with "?".
func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Answer, k.Up, k.Confirm}, {k.Back, k.Skip, k.Clear}, {k.Jump, k.Help, k.Quit}}
}
