// Package lazyre holds regular expressions compiled on first use. Go runs
// every linked package's initialisers at every start of dsc, whatever the
// command, so a package-level regexp.MustCompile costs its compilation (and
// the memory it first touches) in every command, also in those that never
// match it.
package lazyre

import (
	"regexp"
	"sync"
)

// Regexp is a regular expression compiled when it is first used. Its
// methods are regexp.Regexp's; it is safe for concurrent use.
type Regexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

// New returns expr to be compiled by regexp.MustCompile on first use.
func New(expr string) *Regexp { return &Regexp{expr: expr} }

// Regexp returns the compiled expression; it panics, as
// regexp.MustCompile does, if expr does not compile.
func (r *Regexp) Regexp() *regexp.Regexp {
	r.once.Do(func() { r.re = regexp.MustCompile(r.expr) })
	return r.re
}

// MatchString reports whether s contains a match.
func (r *Regexp) MatchString(s string) bool { return r.Regexp().MatchString(s) }

// FindStringSubmatch returns the leftmost match in s and its submatches.
func (r *Regexp) FindStringSubmatch(s string) []string { return r.Regexp().FindStringSubmatch(s) }

// FindAllIndex returns the index pairs of up to n matches in b (all if n < 0).
func (r *Regexp) FindAllIndex(b []byte, n int) [][]int { return r.Regexp().FindAllIndex(b, n) }

// ReplaceAll replaces the matches in src by repl, expanding $ references.
func (r *Regexp) ReplaceAll(src, repl []byte) []byte { return r.Regexp().ReplaceAll(src, repl) }
