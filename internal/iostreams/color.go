package iostreams

// ColorScheme paints text with ANSI colours when colour is enabled and
// returns it unchanged otherwise.
type ColorScheme struct{ enabled bool }

// ColorScheme returns the palette for these streams.
func (s *IOStreams) ColorScheme() ColorScheme { return ColorScheme{enabled: s.ColorEnabled()} }

func (c ColorScheme) paint(code, text string) string {
	if !c.enabled || text == "" {
		return text
	}
	return "\033[" + code + "m" + text + "\033[0m"
}

// Bold emphasises headers.
func (c ColorScheme) Bold(t string) string { return c.paint("1", t) }

// Red marks problems.
func (c ColorScheme) Red(t string) string { return c.paint("31", t) }

// Green marks success.
func (c ColorScheme) Green(t string) string { return c.paint("32", t) }

// Yellow marks warnings.
func (c ColorScheme) Yellow(t string) string { return c.paint("33", t) }

// Gray de-emphasises secondary text.
func (c ColorScheme) Gray(t string) string { return c.paint("90", t) }
