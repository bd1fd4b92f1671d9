package workshop

import "github.com/charmbracelet/lipgloss"

// The terminal palette of the workshop screens and the facilitator's
// console (package console): a colour change is one edit.
var (
	ColorAccent = lipgloss.AdaptiveColor{Light: "#1F4E79", Dark: "#5DADE2"}
	ColorMuted  = lipgloss.AdaptiveColor{Light: "#7B8794", Dark: "#9AA5B1"}
	ColorGood   = lipgloss.AdaptiveColor{Light: "#1E8449", Dark: "#58D68D"}
	ColorBad    = lipgloss.AdaptiveColor{Light: "#C0392B", Dark: "#EC7063"}
	// colorBar fills the progress bar, which takes one colour: a mid blue
	// that reads on light and dark terminals.
	colorBar = "#2E75B6"
)

type styles struct {
	header, group, title, detail, prompt, option, selected, chosen, muted, status, err, ok, cursor lipgloss.Style
}

func newStyles() styles {
	return styles{
		header:   lipgloss.NewStyle().Bold(true).Foreground(ColorAccent),
		group:    lipgloss.NewStyle().Foreground(ColorMuted),
		title:    lipgloss.NewStyle().Bold(true),
		detail:   lipgloss.NewStyle().Foreground(ColorMuted),
		prompt:   lipgloss.NewStyle().Bold(true).Foreground(ColorAccent),
		option:   lipgloss.NewStyle(),
		selected: lipgloss.NewStyle().Bold(true).Foreground(ColorAccent),
		chosen:   lipgloss.NewStyle().Foreground(ColorGood),
		muted:    lipgloss.NewStyle().Foreground(ColorMuted),
		status:   lipgloss.NewStyle().Foreground(ColorMuted),
		err:      lipgloss.NewStyle().Bold(true).Foreground(ColorBad),
		ok:       lipgloss.NewStyle().Foreground(ColorGood),
		cursor:   lipgloss.NewStyle().Reverse(true),
	}
}
