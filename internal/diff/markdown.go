package diff

import (
	"fmt"
	"io"
	"strings"

	"github.com/dsc-workbench/dsc/internal/numfmt"
)

// MarkdownLimit is how many changes per class the pull-request summary
// lists; the rest are counted (--format json lists every one).
const MarkdownLimit = 10

// Markdown writes a compact summary fit for a pull-request comment: a
// headline with the count per class, then per class its changes, most
// significant first, at most limit each (0: MarkdownLimit).
func Markdown(w io.Writer, r Result, limit int) error {
	if limit <= 0 {
		limit = MarkdownLimit
	}
	var b strings.Builder
	fmt.Fprintf(&b, "### dsc diff: %s → %s\n\n", mdCode(r.Old.Label), mdCode(r.New.Label))
	client := r.New.Client
	if client == "" {
		client = r.Old.Client
	}
	if len(r.Changes) == 0 {
		fmt.Fprintf(&b, "%s: no change in the results.\n", mdText(client))
		_, err := io.WriteString(w, b.String())
		return err
	}
	var counts []string
	for _, c := range Classes {
		if n := r.Counts[c]; n > 0 {
			counts = append(counts, fmt.Sprintf("%s %d", strings.ToLower(ClassTitle(c)), n))
		}
	}
	fmt.Fprintf(&b, "%s: **%s** (%s)\n", mdText(client), numfmt.Count(len(r.Changes), "change", "changes"), strings.Join(counts, " · "))
	for _, class := range Classes {
		cs := r.ByClass(class)
		if len(cs) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n#### %s (%d)\n\n", ClassTitle(class), len(cs))
		for i, c := range cs {
			if i == limit {
				fmt.Fprintf(&b, "- … and %d more (`dsc diff --format json` lists every change)\n", len(cs)-limit)
				break
			}
			b.WriteString(markdownLine(c.Words()))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// markdownLine is "- **subject** (`id`) what: from → to · note".
func markdownLine(w Words) string {
	line := "- **" + mdText(w.Subject) + "**"
	if w.ID != "" {
		line += " (" + mdCode(w.ID) + ")"
	}
	line += " " + w.What
	switch {
	case w.From != "-" && w.To != "-":
		line += ": " + mdText(w.From) + " → " + mdText(w.To)
	case w.To != "-":
		line += ": " + mdText(w.To)
	case w.From != "-":
		line += " (was " + mdText(w.From) + ")"
	}
	if w.Note != "" {
		line += " · " + mdText(w.Note)
	}
	return line + "\n"
}

// mdText escapes workspace text for Markdown: no emphasis, link, table,
// heading or HTML tag can come from a name, and it stays on one line (the
// text never starts a line, so ">" cannot start a quote).
var mdEscaper = strings.NewReplacer(
	"\\", "\\\\", "*", "\\*", "_", "\\_", "`", "\\`", "[", "\\[", "]", "\\]", "|", "\\|", "~", "\\~", "#", "\\#",
	"<", "&lt;", "\r", " ", "\n", " ",
)

func mdText(s string) string { return mdEscaper.Replace(s) }

// mdCode puts a label in a code span, with enough backticks around it.
func mdCode(s string) string {
	s = strings.NewReplacer("\r", " ", "\n", " ").Replace(s)
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + s + fence
}
