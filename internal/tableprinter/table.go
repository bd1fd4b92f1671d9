// Package tableprinter prints rows as an aligned table on a terminal and as
// tab-separated values when piped, so humans read it and scripts cut it.
package tableprinter

import (
	"io"
	"strings"
	"unicode/utf8"
)

// Table collects a header and rows, then prints them.
type Table struct {
	out    io.Writer
	tty    bool
	width  int
	header []string
	rows   [][]string
	right  map[int]bool
	paint  func(string) string
}

// New returns a table that writes to out; tty chooses alignment over TSV,
// width limits a terminal row, and paint (may be nil) styles the header.
func New(out io.Writer, tty bool, width int, paint func(string) string) *Table {
	return &Table{out: out, tty: tty, width: width, right: map[int]bool{}, paint: paint}
}

// Header sets the column names.
func (t *Table) Header(cols ...string) { t.header = cols }

// AlignRight right-aligns columns (numbers).
func (t *Table) AlignRight(cols ...int) {
	for _, c := range cols {
		t.right[c] = true
	}
}

// Row adds one row.
func (t *Table) Row(cells ...string) { t.rows = append(t.rows, cells) }

// Len is the number of rows.
func (t *Table) Len() int { return len(t.rows) }

// Print writes the table.
func (t *Table) Print() error {
	if !t.tty {
		var b strings.Builder
		if t.header != nil {
			b.WriteString(strings.Join(t.header, "\t"))
			b.WriteByte('\n')
		}
		for _, r := range t.rows {
			for i, c := range r {
				if i > 0 {
					b.WriteByte('\t')
				}
				b.WriteString(strings.NewReplacer("\t", " ", "\n", " ").Replace(c))
			}
			b.WriteByte('\n')
		}
		_, err := io.WriteString(t.out, b.String())
		return err
	}
	all := t.rows
	if t.header != nil {
		all = append([][]string{t.header}, t.rows...)
	}
	n := 0
	for _, r := range all {
		n = max(n, len(r))
	}
	widths := make([]int, n)
	for _, r := range all {
		for i, c := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	t.fit(widths)
	var b strings.Builder
	for ri, r := range all {
		var line strings.Builder
		for i := 0; i < n; i++ {
			c := ""
			if i < len(r) {
				c = truncate(r[i], widths[i])
			}
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			if ri == 0 && t.header != nil && t.paint != nil {
				c = t.paint(c)
			}
			if t.right[i] {
				line.WriteString(pad + c)
			} else if i < n-1 {
				line.WriteString(c + pad)
			} else {
				line.WriteString(c)
			}
			if i < n-1 {
				line.WriteString("  ")
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " "))
		b.WriteByte('\n')
	}
	_, err := io.WriteString(t.out, b.String())
	return err
}

// fit shrinks the widest columns until a row fits the terminal width.
func (t *Table) fit(widths []int) {
	if t.width <= 0 {
		return
	}
	total := func() int {
		s := 2 * (len(widths) - 1)
		for _, w := range widths {
			s += w
		}
		return s
	}
	for total() > t.width {
		wi := 0
		for i, w := range widths {
			if w > widths[wi] {
				wi = i
			}
		}
		if widths[wi] <= 8 {
			return
		}
		widths[wi]--
	}
}

func truncate(s string, w int) string {
	if utf8.RuneCountInString(s) <= w {
		return s
	}
	r := []rune(s)
	return string(r[:w-1]) + "…"
}
