package gen

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// doc builds a YAML document line by line, so generated files keep a
// human order and comments that a consultant can read and edit.
type doc struct {
	b strings.Builder
}

func (d *doc) line(indent int, format string, args ...any) {
	d.b.WriteString(strings.Repeat("  ", indent))
	fmt.Fprintf(&d.b, format, args...)
	d.b.WriteByte('\n')
}

func (d *doc) comment(indent int, text string) {
	for _, l := range strings.Split(text, "\n") {
		d.line(indent, "# %s", l)
	}
}

func (d *doc) blank() { d.b.WriteByte('\n') }

func (d *doc) String() string { return d.b.String() }

var plainRE = regexp.MustCompile(`^[A-Za-z0-9ÄÖÜäöüß][A-Za-z0-9ÄÖÜäöüß ()/.,&'+_-]*$`)

// q quotes s for YAML only when it needs quoting.
func q(s string) string {
	reserved := map[string]bool{"yes": true, "no": true, "true": true, "false": true, "on": true, "off": true, "null": true, "y": true, "n": true}
	if plainRE.MatchString(s) && !reserved[strings.ToLower(s)] && !strings.HasSuffix(s, " ") && !looksNumeric(s) {
		return s
	}
	b, _ := json.Marshal(s)
	return string(b)
}

func looksNumeric(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}

// list renders a flow sequence of plain ids.
func list(items []string) string {
	qs := make([]string, len(items))
	for i, s := range items {
		qs[i] = q(s)
	}
	return "[" + strings.Join(qs, ", ") + "]"
}

// num formats a number without trailing zeros.
func num(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

func split(s string) []string {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}
