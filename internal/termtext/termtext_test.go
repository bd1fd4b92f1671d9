package termtext

import "testing"

func TestLineStripsEscapesAndControls(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Portal", "Portal"},
		{"Über-Portal", "Über-Portal"},
		{"red \x1b[31mtext\x1b[0m", "red text"},
		{"title \x1b]0;pwned\x07done", "title done"},
		{"link \x1b]8;;http://x\x1b\\here\x1b]8;;\x1b\\", "link here"},
		{"clear \x1b[2J\x1b[Hscreen", "clear screen"},
		{"bell\x07 back\bspace", "bell backspace"},
		{"c1 \u009b31mcsi", "c1 31mcsi"},
		{"two\nlines\r\nand\ttab", "two lines and tab"},
		{"bidi \u202Eevil\u202C", "bidi evil"},
		{"bad \xff utf8", "bad \uFFFD utf8"},
		{"del\x7f", "del"},
	} {
		if got := Line(c.in); got != c.want {
			t.Errorf("Line(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestBlockKeepsLineBreaks(t *testing.T) {
	if got, want := Block("a\r\nb\rc\nd\x1b[1m!\tx"), "a\nb\nc\nd! x"; got != want {
		t.Errorf("Block = %q, want %q", got, want)
	}
}
