package workshop

import "github.com/charmbracelet/lipgloss"

// palette and styles live here so a colour change is one edit.
var (
	colorAccent = lipgloss.AdaptiveColor{Light: "#1F4E79", Dark: "#5DADE2"}
	colorMuted  = lipgloss.AdaptiveColor{Light: "#7B8794", Dark: "#9AA5B1"}
	colorGood   = lipgloss.AdaptiveColor{Light: "#1E8449", Dark: "#58D68D"}
	colorBad    = lipgloss.AdaptiveColor{Light: "#C0392B", Dark: "#EC7063"}
)

type styles struct {
	header, group, title, detail, prompt, option, selected, chosen, muted, status, err, ok lipgloss.Style
}

func newStyles() styles {
	return styles{
		header:   lipgloss.NewStyle().Bold(true).Foreground(colorAccent),
		group:    lipgloss.NewStyle().Foreground(colorMuted),
		title:    lipgloss.NewStyle().Bold(true),
		detail:   lipgloss.NewStyle().Foreground(colorMuted),
		prompt:   lipgloss.NewStyle().Bold(true).Foreground(colorAccent),
		option:   lipgloss.NewStyle(),
		selected: lipgloss.NewStyle().Bold(true).Foreground(colorAccent),
		chosen:   lipgloss.NewStyle().Foreground(colorGood),
		muted:    lipgloss.NewStyle().Foreground(colorMuted),
		status:   lipgloss.NewStyle().Foreground(colorMuted),
		err:      lipgloss.NewStyle().Bold(true).Foreground(colorBad),
		ok:       lipgloss.NewStyle().Foreground(colorGood),
	}
}
