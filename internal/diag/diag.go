// Package diag holds the problems found in a workspace: each one names a file
// position, what is wrong and how to fix it, so a consultant can act on it
// without reading code.
package diag

import (
	"fmt"
	"sort"
	"strings"
)

// Problem is one fault found in an input file.
type Problem struct {
	File string `json:"file"`
	Line int    `json:"line"`
	Col  int    `json:"col"`
	Msg  string `json:"message"`
	Hint string `json:"hint,omitempty"`
	// Repeats counts the further cells with the same mistake that the
	// problem stands for (its Msg says so in words); 0 for one cell. Kept
	// typed so that problems merged later add counts instead of reading
	// them out of the words.
	Repeats int `json:"-"`
}

// String renders the problem as "file:line:col: what is wrong; how to fix it".
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", p.Line, max(p.Col, 1))
	}
	b.WriteString(": ")
	b.WriteString(p.Msg)
	if p.Hint != "" {
		b.WriteString("; ")
		b.WriteString(p.Hint)
	}
	return b.String()
}

// List collects problems; its zero value is ready to use.
type List struct {
	items []Problem
}

// Add records a problem at file:line:col.
func (l *List) Add(file string, line, col int, msg, hint string) {
	l.items = append(l.items, Problem{File: file, Line: line, Col: col, Msg: msg, Hint: hint})
}

// Append adds problems found elsewhere.
func (l *List) Append(ps ...Problem) { l.items = append(l.items, ps...) }

// Remove takes back a problem recorded earlier, when a later finding
// names the same mistake in one message; it reports whether p was there.
func (l *List) Remove(p Problem) bool {
	for i, q := range l.items {
		if q == p {
			l.items = append(l.items[:i], l.items[i+1:]...)
			return true
		}
	}
	return false
}

// Len reports how many problems were found.
func (l *List) Len() int { return len(l.items) }

// Sorted returns the problems ordered by file, line, column and message,
// with exact duplicates removed.
func (l *List) Sorted() []Problem {
	out := append([]Problem(nil), l.items...)
	Sort(out)
	uniq := out[:0]
	for i, p := range out {
		if i > 0 && p == out[i-1] {
			continue
		}
		uniq = append(uniq, p)
	}
	return uniq
}

// Err returns nil when the list is empty, else an *Error holding the sorted problems.
func (l *List) Err() error {
	if len(l.items) == 0 {
		return nil
	}
	return &Error{Problems: l.Sorted()}
}

// Sort orders problems by file, position and message.
func Sort(ps []Problem) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return a.Msg < b.Msg
	})
}

// Error is invalid input: one or more problems. Commands exit 1 on it.
type Error struct {
	Problems []Problem
}

func (e *Error) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}
