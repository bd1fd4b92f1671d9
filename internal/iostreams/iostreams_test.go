package iostreams

import "testing"

func TestColourOnlyOnATerminalAndNeverWithNoColor(t *testing.T) {
	s, _, _, _ := Test()
	if s.ColorEnabled() || s.ColorScheme().Bold("x") != "x" {
		t.Error("colour without a terminal")
	}
	s.SetTTY(true)
	if !s.ColorEnabled() || s.ColorScheme().Bold("x") != "\033[1mx\033[0m" {
		t.Error("no colour on a terminal")
	}
	s.DisableColor()
	if s.ColorEnabled() {
		t.Error("--no-color ignored")
	}
	t.Setenv("NO_COLOR", "1")
	if sys := System(); sys.ColorEnabled() {
		t.Error("NO_COLOR ignored")
	}
}

// no-color.org: NO_COLOR turns colour off when it is set and not empty.
func TestNoColorMustBeNonEmpty(t *testing.T) {
	t.Setenv("TERM", "xterm")
	for value, disabled := range map[string]bool{"": false, "1": true, "0": true} {
		t.Setenv("NO_COLOR", value)
		if got := System().colorDisabled; got != disabled {
			t.Errorf("NO_COLOR=%q: colour disabled %v, want %v", value, got, disabled)
		}
	}
}

// Fit wraps at spaces, never inside a hyphenated month or id.
func TestFitKeepsHyphenatedWordsWhole(t *testing.T) {
	ios, _, _, _ := Test()
	ios.SetTTY(true)
	ios.SetWidth(30)
	got := ios.Fit("the roadmap runs 2027-01 – 2027-07 for digital-sales-skills")
	want := "the roadmap runs 2027-01 –\n2027-07 for\ndigital-sales-skills"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
