package survey

import (
	"fmt"
)

// A text export's rows are as wide as its header: a row with more cells
// (an unquoted separator in a comment) or fewer (a cell left out, a line
// break in an unquoted cell) would have its answers read from the wrong
// columns, or dropped. Such a row is an input problem at the first cell
// that does not line up, and is not read: one message, not one per shifted
// answer. No survey tool in testdata/exports leaves out trailing empty
// cells (every row of every export is as wide as its header), so a short
// row is refused too. Workbooks are exempt: a sheet's row leaves out its
// trailing empty cells as a matter of course.

// ragged reports whether a CSV row's cell count differs from the header's,
// and records the problem when it does.
func (r *reader) ragged(row []string, line int) bool {
	width := len(r.columns)
	if len(row) == width || r.stats.Format != "csv" || width == 0 {
		return false
	}
	sep := r.stats.Separator
	if sep == "" {
		sep = "comma"
	}
	if len(row) > width {
		r.cellProblem(line, width+1, fmt.Sprintf("row has %d cells, the header %d: its cells from column %s on have no column", len(row), width, ColumnLetter(width)),
			fmt.Sprintf("an unquoted separator (%s) in a cell? quote the cell, or export the file again; the row is not read until it fits", sep))
		return true
	}
	c := r.columns[len(row)]
	r.cellProblem(line, len(row)+1, fmt.Sprintf("row has %d cells, the header %d: it ends before column %s %q", len(row), width, ColumnLetter(len(row)), clip(c.Text, 60)),
		"a cell left out, or a line break in an unquoted cell? fix the row, or export the file again; the row is not read until it fits")
	return true
}
