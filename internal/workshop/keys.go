package workshop

import "github.com/charmbracelet/bubbles/key"

// keyMap is every key binding of the workshop, shown by bubbles/help.
type keyMap struct {
	Answer, Up, Down, Confirm, Back, Skip, Clear, Jump, Help, Quit, Escape key.Binding
}

func newKeyMap() keyMap {
	return keyMap{
		Answer:  key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", "answer")),
		Up:      key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", "select")),
		Down:    key.NewBinding(key.WithKeys("down", "j")),
		Confirm: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "confirm")),
		Back:    key.NewBinding(key.WithKeys("left", "h", "b"), key.WithHelp("←", "back")),
		Skip:    key.NewBinding(key.WithKeys("right", "l", "s"), key.WithHelp("→", "skip")),
		Clear:   key.NewBinding(key.WithKeys("x", "delete"), key.WithHelp("x", "clear")),
		Jump:    key.NewBinding(key.WithKeys("g"), key.WithHelp("g", "jump")),
		Help:    key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more")),
		Quit:    key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Escape:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close")),
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
