// Package noprobe keeps dsc from probing the terminal when it starts.
//
// Bubble Tea's package initialiser asks Lip Gloss for the terminal's
// background colour, which writes ESC]11;? and ESC[6n to a terminal and
// waits up to five seconds for the answer. Every dsc command links Bubble
// Tea (for the workshop), so without this `dsc kano` would stall for five
// seconds wherever the terminal does not answer: under script(1), in some
// CI pseudo-terminals and editor shells. This package's initialiser runs
// before Bubble Tea's (it imports only os, and Go initialises packages in
// dependency order, then by import path; TestNoTerminalProbe in cmd/dsc
// proves it on the real binary) and sets TERM=dumb, for which termenv never
// queries; Restore puts TERM back before any command runs. Colours are
// then picked without asking: dark background unless COLORFGBG says
// otherwise.
package noprobe

import "os"

var (
	term    string
	hadTerm bool
	pending bool
)

func init() {
	term, hadTerm = os.LookupEnv("TERM")
	os.Setenv("TERM", "dumb")
	pending = true
}

// Restore gives TERM back its value from before start-up. It is safe to
// call more than once.
func Restore() {
	if !pending {
		return
	}
	pending = false
	if hadTerm {
		os.Setenv("TERM", term)
	} else {
		os.Unsetenv("TERM")
	}
}
