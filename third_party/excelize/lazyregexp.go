// Not part of upstream excelize: see PATCH.md. Package-level regular
// expressions are compiled on first use instead of at program start, so a
// program that links excelize but does not call the code using them does not
// pay for compiling them.

package excelize

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled on first use.
type lazyRegexp struct {
	expr string
	once sync.Once
	rx   *regexp.Regexp
}

// lazyMustCompile is regexp.MustCompile deferred to the first use.
func lazyMustCompile(expr string) *lazyRegexp { return &lazyRegexp{expr: expr} }

func (r *lazyRegexp) re() *regexp.Regexp {
	r.once.Do(func() { r.rx = regexp.MustCompile(r.expr) })
	return r.rx
}

func (r *lazyRegexp) FindAllString(s string, n int) []string { return r.re().FindAllString(s, n) }

func (r *lazyRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return r.re().FindAllStringSubmatchIndex(s, n)
}

func (r *lazyRegexp) FindStringSubmatch(s string) []string { return r.re().FindStringSubmatch(s) }

func (r *lazyRegexp) MatchString(s string) bool { return r.re().MatchString(s) }

func (r *lazyRegexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return r.re().ReplaceAllStringFunc(src, repl)
}
