// Package tableprinter prints a command's rows the way its reader needs
// them: on a terminal an aligned table that fits the window, truncating the
// widest text column with an ellipsis (as gh's tableprinter does); piped,
// plain tab-separated values with one header row and full values; and CSV
// on request. Every cell is cleaned of terminal escapes, and text cells that
// a spreadsheet would read as a formula are neutralised in TSV and CSV.
//
// Commands only declare columns and add rows; width, colour, truncation and
// escaping live here.
package tableprinter

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/lazyre"
	"github.com/dsc-workbench/dsc/internal/termtext"
)

type kind int

const (
	text kind = iota
	fixed
	number
)

// Column is one column of a table: its header and how it behaves on a
// terminal that is too narrow for every value.
type Column struct {
	Header string
	kind   kind
	hide   int
}

// Text is a left-aligned column whose values may be truncated with an
// ellipsis on a narrow terminal; the widest text column gives way first.
func Text(header string) Column { return Column{Header: header, kind: text} }

// Fixed is a left-aligned column that keeps its full width (ids, codes,
// short labels), truncated only when nothing else is left to shorten.
func Fixed(header string) Column { return Column{Header: header, kind: fixed} }

// Number is a right-aligned column that is never truncated.
func Number(header string) Column { return Column{Header: header, kind: number} }

// Optional lets a terminal too narrow for the table hide the column.
// Columns of the highest priority are hidden first, all of them together
// (the counts of a Kano table go as a group). Piped and CSV output always
// carry every column.
func (c Column) Optional(priority int) Column {
	c.hide = max(priority, 1)
	return c
}

// Table collects rows under declared columns, then prints them.
type Table struct {
	ios  *iostreams.IOStreams
	cols []Column
	rows [][]string
}

// New returns a table writing to the streams' output.
func New(ios *iostreams.IOStreams, cols ...Column) *Table {
	return &Table{ios: ios, cols: cols}
}

// AddRow adds one row; missing cells are empty, extra cells are an error
// in the caller and panic.
func (t *Table) AddRow(cells ...string) {
	if len(cells) > len(t.cols) {
		panic(fmt.Sprintf("tableprinter: row of %d cells for %d columns", len(cells), len(t.cols)))
	}
	row := make([]string, len(t.cols))
	copy(row, cells)
	t.rows = append(t.rows, row)
}

// Len is the number of rows.
func (t *Table) Len() int { return len(t.rows) }

// Headers are the column names in order.
func (t *Table) Headers() []string {
	h := make([]string, len(t.cols))
	for i, c := range t.cols {
		h[i] = c.Header
	}
	return h
}

// Render prints the table: aligned and fitted on a terminal, TSV otherwise.
func (t *Table) Render() error {
	if !t.ios.IsStdoutTTY() {
		return t.WriteTSV(t.ios.Out)
	}
	return t.writeTerminal(t.ios.Out, t.ios.Width())
}

// WriteTSV writes one header row and one line per row, cells separated by
// tabs. Tabs, carriage returns and line feeds inside a cell become spaces.
func (t *Table) WriteTSV(w io.Writer) error {
	var b strings.Builder
	line := func(cells []string) {
		for i, c := range cells {
			if i > 0 {
				b.WriteByte('\t')
			}
			b.WriteString(Safe(c))
		}
		b.WriteByte('\n')
	}
	line(t.Headers())
	for _, r := range t.rows {
		line(r)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteCSV writes the table as RFC 4180 CSV with a header row. Line breaks
// inside a cell are kept (quoted); formulas are neutralised.
func (t *Table) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	record := func(cells []string) []string {
		out := make([]string, len(cells))
		for i, c := range cells {
			out[i] = neutralise(c, termtext.Block(c))
		}
		return out
	}
	if err := cw.Write(record(t.Headers())); err != nil {
		return err
	}
	for _, r := range t.rows {
		if err := cw.Write(record(r)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// Safe is a cell as TSV carries it: one line, no escapes, no formula.
func Safe(cell string) string { return neutralise(cell, termtext.Line(cell)) }

// plainNumber matches what stays a number in a spreadsheet: -0.35, 12, 1e-3.
var plainNumber = lazyre.New(`^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$`)

// neutralise prefixes a text cell with an apostrophe when a spreadsheet
// would read it as a formula: it starts with =, +, -, @, a tab or a carriage
// return (OWASP, "CSV Injection"), before or after escapes are removed.
// Plain numbers, such as a negative Worse, and a lone "-" stay as they are.
func neutralise(raw, clean string) string {
	if !risky(raw) && !risky(clean) {
		return clean
	}
	if plainNumber.MatchString(clean) || clean == "-" {
		return clean
	}
	return "'" + clean
}

func risky(s string) bool {
	return s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0]))
}

// gap is the space between two columns on a terminal.
const gap = 2

// writeTerminal aligns the table into width columns (0: no limit).
func (t *Table) writeTerminal(w io.Writer, width int) error {
	header := t.Headers()
	cells := make([][]string, len(t.rows))
	for i, r := range t.rows {
		cells[i] = make([]string, len(r))
		for j, c := range r {
			cells[i][j] = termtext.Line(c)
		}
	}
	natural := make([]int, len(t.cols)) // widest cell or header
	content := make([]int, len(t.cols)) // widest cell
	lengths := make([][]int, len(t.cols))
	for j, h := range header {
		hw := ansi.StringWidth(termtext.Line(h))
		lengths[j] = append(make([]int, 0, len(cells)+1), hw)
		for _, r := range cells {
			cw := ansi.StringWidth(r[j])
			content[j] = max(content[j], cw)
			lengths[j] = append(lengths[j], cw)
		}
		natural[j] = max(content[j], hw, 1)
	}
	widths, shown := fit(t.cols, natural, content, lengths, width)
	cs := t.ios.ColorScheme()
	var b strings.Builder
	line := func(r []string, paint func(string) string) {
		var l strings.Builder
		last := len(shown) - 1
		for k, j := range shown {
			c := ansi.Truncate(r[j], widths[j], "…")
			pad := strings.Repeat(" ", max(0, widths[j]-ansi.StringWidth(c)))
			if paint != nil {
				c = paint(c)
			}
			switch {
			case t.cols[j].kind == number:
				l.WriteString(pad + c)
			case k < last:
				l.WriteString(c + pad)
			default:
				l.WriteString(c)
			}
			if k < last {
				l.WriteString(strings.Repeat(" ", gap))
			}
		}
		b.WriteString(strings.TrimRight(l.String(), " "))
		b.WriteByte('\n')
	}
	h := make([]string, len(header))
	for j := range header {
		h[j] = termtext.Line(header[j])
	}
	line(h, cs.Bold)
	for _, r := range cells {
		line(r, nil)
	}
	if hidden := t.hidden(shown); len(hidden) > 0 {
		b.WriteString(t.ios.Fit(cs.Gray(fmt.Sprintf("Hidden to fit %d columns: %s (--format csv has every column).", width, strings.Join(hidden, ", ")))))
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func (t *Table) hidden(shown []int) []string {
	var out []string
	k := 0
	for j, c := range t.cols {
		if k < len(shown) && shown[k] == j {
			k++
			continue
		}
		out = append(out, termtext.Line(c.Header))
	}
	return out
}

// minText is how narrow a text column gets before optional columns are
// hidden to make room.
const minText = 16

// fit returns each column's width and the columns to show so that a row
// fits width. Text columns are shortened first, one cell at a time, down to
// minText, each step taken where it shortens the fewest values (lengths holds
// each column's header and cell widths); then optional columns are hidden,
// a priority at a time, highest first; then the headers of fixed and number
// columns are shortened to their widest value; then text and fixed columns
// shrink to an ellipsis. Numbers are never shortened, so a table of many
// numbers may still overflow.
func fit(cols []Column, natural, content []int, lengths [][]int, width int) (widths []int, shown []int) {
	hidden := make([]bool, len(cols))
	for {
		widths = append(widths[:0], natural...)
		shown = shown[:0]
		for j := range cols {
			if !hidden[j] {
				shown = append(shown, j)
			}
		}
		if width <= 0 || shrink(cols, widths, lengths, shown, width, minText, text) {
			return widths, shown
		}
		top := 0
		for j, c := range cols {
			if !hidden[j] {
				top = max(top, c.hide)
			}
		}
		if top == 0 {
			break
		}
		for j, c := range cols {
			if c.hide == top {
				hidden[j] = true
			}
		}
	}
	if shrinkHeaders(cols, widths, content, shown, width) {
		return widths, shown
	}
	if !shrink(cols, widths, lengths, shown, width, 2, text) {
		shrink(cols, widths, lengths, shown, width, 2, fixed)
	}
	return widths, shown
}

// total is the width of a row of the shown columns.
func total(widths, shown []int) int {
	n := gap * (len(shown) - 1)
	for _, j := range shown {
		n += widths[j]
	}
	return n
}

// shrinkHeaders shortens the widest header of a fixed or number column that
// is wider than its values, one cell at a time, until the row fits.
func shrinkHeaders(cols []Column, widths, content, shown []int, width int) bool {
	for total(widths, shown) > width {
		widest := -1
		for _, j := range shown {
			if cols[j].kind != text && widths[j] > max(content[j], 2) && (widest < 0 || widths[j] >= widths[widest]) {
				widest = j
			}
		}
		if widest < 0 {
			return false
		}
		widths[widest]--
	}
	return true
}

// shrink takes one cell at a time from a column of kind k that is wider
// than floor until the shown columns fit width; it reports whether they fit.
// Each cell is taken where it shortens the fewest values (a column of
// mostly short owners gives way before one of long names, so the names a
// reader needs stay readable), the widest such column on a tie.
func shrink(cols []Column, widths []int, lengths [][]int, shown []int, width, floor int, k kind) bool {
	for total(widths, shown) > width {
		best, bestCut := -1, 0
		for _, j := range shown {
			if cols[j].kind != k || widths[j] <= floor {
				continue
			}
			if cut := cutBy(lengths[j], widths[j]); best < 0 || cut < bestCut || cut == bestCut && widths[j] >= widths[best] {
				best, bestCut = j, cut
			}
		}
		if best < 0 {
			return false
		}
		widths[best]--
	}
	return true
}

// cutBy counts the values (header included) that lose a character when a
// column of width w becomes one narrower: those w wide or wider, whether
// already cut or not, so that the table as a whole hides the fewest
// characters.
func cutBy(lengths []int, w int) int {
	n := 0
	for _, l := range lengths {
		if l >= w {
			n++
		}
	}
	return n
}
