// Package termtext makes text from a workspace safe to show on a terminal:
// escape sequences and control characters in a name could otherwise move
// the cursor, retitle the window, or hide the rest of a table.
package termtext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Line returns s as one line of plain text: escape sequences and control
// characters are removed, and tabs, carriage returns and line feeds become
// single spaces, so one value never breaks a row.
func Line(s string) string { return clean(s, false) }

// Block is Line for text that may span lines: line breaks (LF, CRLF or a
// lone CR) are kept as "\n".
func Block(s string) string { return clean(s, true) }

func clean(s string, keepLines bool) string {
	if isPlain(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = ansi.Strip(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n' && keepLines:
			b.WriteByte('\n')
		case r == '\r' && keepLines:
			b.WriteByte('\n')
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case unicode.IsControl(r) || isBidiControl(r):
			// dropped: C0 and C1 controls (U+009B is a one-character CSI on
			// some terminals) and bidirectional overrides that reorder text
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isPlain reports whether s is printable ASCII only, the common case.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == 0x7f || c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isBidiControl(r rune) bool {
	return (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069')
}
