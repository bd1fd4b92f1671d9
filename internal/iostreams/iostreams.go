// Package iostreams is the one place that knows where a command's input and
// output go, whether they are terminals, and whether colour is on. Commands
// write only through it, so tests run them over buffers.
package iostreams

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/mattn/go-isatty"

	"github.com/dsc-workbench/dsc/internal/noprobe"
)

// IOStreams are a command's standard streams and what is known about them.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	stdinTTY, stdoutTTY, stderrTTY bool
	colorDisabled                  bool
	width                          int

	mu       sync.Mutex
	progress string
}

// System returns streams over the process's stdin, stdout and stderr.
func System() *IOStreams {
	noprobe.Restore() // TERM was "dumb" while packages initialised
	s := &IOStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr,
		stdinTTY:  isTerminal(os.Stdin),
		stdoutTTY: isTerminal(os.Stdout),
		stderrTTY: isTerminal(os.Stderr),
		width:     80,
	}
	if s.stdoutTTY {
		if w, _, err := term.GetSize(os.Stdout.Fd()); err == nil && w > 0 {
			s.width = w
		}
	}
	// no-color.org: set and not empty. An empty NO_COLOR= leaves colour on.
	if os.Getenv("NO_COLOR") != "" {
		s.colorDisabled = true
	}
	if os.Getenv("TERM") == "dumb" {
		s.colorDisabled = true
	}
	return s
}

func isTerminal(f *os.File) bool {
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}

// Test returns streams over buffers, none of them a terminal.
func Test() (s *IOStreams, in, out, errOut *bytes.Buffer) {
	in, out, errOut = &bytes.Buffer{}, &bytes.Buffer{}, &bytes.Buffer{}
	return &IOStreams{In: in, Out: out, ErrOut: errOut, width: 120}, in, out, errOut
}

// SetTTY marks all three streams as terminals or not (for tests).
func (s *IOStreams) SetTTY(tty bool) { s.stdinTTY, s.stdoutTTY, s.stderrTTY = tty, tty, tty }

// IsStdinTTY reports whether input comes from a terminal.
func (s *IOStreams) IsStdinTTY() bool { return s.stdinTTY }

// IsStdoutTTY reports whether output goes to a terminal.
func (s *IOStreams) IsStdoutTTY() bool { return s.stdoutTTY }

// IsStderrTTY reports whether error output goes to a terminal.
func (s *IOStreams) IsStderrTTY() bool { return s.stderrTTY }

// DisableColor turns colour off (the --no-color flag).
func (s *IOStreams) DisableColor() { s.colorDisabled = true }

// ColorEnabled reports whether output may be coloured: only on a terminal,
// never with NO_COLOR or --no-color.
func (s *IOStreams) ColorEnabled() bool { return s.stdoutTTY && !s.colorDisabled }

// Width is the terminal width tables should fit (80 when a terminal does
// not say; 0 means no limit).
func (s *IOStreams) Width() int { return s.width }

// heldHyphen stands for "-" while Fit wraps: U+2011 NON-BREAKING HYPHEN.
const heldHyphen = "\u2011"

// Fit wraps text at word boundaries so that no line is wider than the
// terminal; off a terminal, or without a known width, it returns text as is.
func (s *IOStreams) Fit(text string) string {
	if !s.stdoutTTY || s.width <= 0 {
		return text
	}
	// ansi.Wrap breaks after any hyphen, which would part a month
	// ("2027-\n07") or an id ("digital-\nsales"): hyphens are held as a
	// non-breaking hyphen while wrapping (same width), then restored.
	wrapped := ansi.Wrap(strings.ReplaceAll(text, "-", heldHyphen), s.width, "")
	lines := strings.Split(strings.ReplaceAll(wrapped, heldHyphen, "-"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

// SetWidth sets the terminal width (for tests).
func (s *IOStreams) SetWidth(w int) { s.width = w }

// StartProgress shows a status line on a terminal's stderr; elsewhere it
// does nothing. The line shown already is not drawn again: a file with a
// wave column is read once per wave under one label, and the terminal
// shows one line for the whole read.
func (s *IOStreams) StartProgress(label string) {
	if !s.stderrTTY {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if label == s.progress {
		return
	}
	s.progress = label
	fmt.Fprintf(s.ErrOut, "\r\033[K%s ...", label)
}

// StopProgress clears the status line.
func (s *IOStreams) StopProgress() {
	if !s.stderrTTY {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.progress = ""
	fmt.Fprint(s.ErrOut, "\r\033[K")
}
