package survey

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/dsc-workbench/dsc/internal/diag"
)

// rowReader reads a table's rows, first any rows already looked at.
type rowReader struct {
	t       table
	pending []bufferedRow
}

type bufferedRow struct {
	cells []string
	line  int
}

func (b *rowReader) next() ([]string, int, error) {
	if len(b.pending) > 0 {
		r := b.pending[0]
		b.pending = b.pending[1:]
		return r.cells, r.line, nil
	}
	return b.t.Next()
}

// rows reads the table's data rows after the ones read so far: each with
// row, until row reports false; or, once the rows looked at for the header
// are read, a CSV's others all at once with rest, when it is not nil (the
// fast paths: fastwide.go, fastlong.go, waveroute.go).
func (b *rowReader) rows(rest func(*csvTable) error, row func(row []string, line int) bool) error {
	for {
		if ct, ok := b.t.(*csvTable); ok && len(b.pending) == 0 && rest != nil {
			return rest(ct)
		}
		cells, line, err := b.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if !row(cells, line) {
			return nil
		}
	}
}

// sampleRows are the data rows looked at before deciding what a column is:
// enough to tell Kano answers from free text, small enough that memory
// stays flat however many respondents there are.
const sampleRows = 50

// header is what the header rows say.
type header struct {
	rows  int // how many rows above the answers
	first int // line of the first header row
	lines [][]string
	tool  *profile
	cells []headerCell
	pairs map[int]pairedColumn // columns named like "feat_1f" / "feat_1d"
}

// headerCell is one column's header: its name in the first row, and the
// question stem and item (grid row, matrix sub-question, answer option).
type headerCell struct {
	name  string
	stem  string
	item  string
	whole string   // a one-row header as written
	texts []string // every text a mapping's header: may name it by
	norms []string // Normalize of each text, made once: a mapping's lines are matched against every column
}

// text is the column's question as shown to people: the header as
// written, or "stem [item]" from two header rows.
func (h headerCell) text() string {
	if h.whole != "" {
		return h.whole
	}
	if h.item == "" {
		return h.stem
	}
	if h.stem == "" {
		return h.item
	}
	return h.stem + " [" + h.item + "]"
}

// readHeader reads the header rows and the sample rows, leaving the
// sample to be read again as data.
func (r *reader) readHeader(rr *rowReader) (*header, error) {
	var head []bufferedRow
	for len(head) < 4 {
		row, line, err := rr.t.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, r.fileError(err)
		}
		if len(head) == 0 && blankRow(row) {
			continue // blank lines above the header
		}
		head = append(head, bufferedRow{append([]string(nil), row...), line})
	}
	if len(head) == 0 {
		return nil, r.problem(1, 1, "the file is empty", "export the survey with its header row")
	}
	h := &header{first: head[0].line, tool: detectTool(head[0].cells)}
	n, err := r.headerRows(h, head)
	if err != nil {
		return nil, err
	}
	h.rows = n
	if err := r.missingHeader(h, head); err != nil {
		return nil, err
	}
	for _, hr := range head[:n] {
		h.lines = append(h.lines, hr.cells)
	}
	rr.pending = append(rr.pending, head[n:]...)
	h.cells = buildCells(h)
	h.pairs = findSuffixPairs(h.cells)
	for len(rr.pending) < sampleRows {
		row, line, err := rr.t.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, r.fileError(err)
		}
		rr.pending = append(rr.pending, bufferedRow{append([]string(nil), row...), line})
	}
	return h, nil
}

// headerRows decides how many rows the header has: as the mapping says,
// else where Qualtrics' import ids are, else as the tool writes them.
func (r *reader) headerRows(h *header, head []bufferedRow) (int, error) {
	if m := r.src.Mapping; m != nil && m.HeaderRows > 0 {
		if m.HeaderRows > len(head) && m.HeaderRows > 1 {
			p := m.Loc.At("header_rows")
			return 0, &diag.Error{Problems: []diag.Problem{{File: m.file(), Line: p.Line, Col: p.Col,
				Msg:  fmt.Sprintf("header_rows is %d but %s has only %d rows", m.HeaderRows, r.src.Display, len(head)),
				Hint: "give the number of rows above the first answers"}}}
		}
		return m.HeaderRows, nil
	}
	for i := 1; i < len(head); i++ {
		if rowHasImportIDs(head[i].cells) {
			return i + 1, nil // Qualtrics: names, question texts, import ids
		}
	}
	if h.tool == nil {
		return 1, nil
	}
	switch h.tool.tool {
	case Qualtrics:
		// Without the import-id row: names and question texts (older
		// exports), or names only (a file someone trimmed).
		if len(head) > 1 && secondRowIsText(h.tool, head[0].cells, head[1].cells) {
			return 2, nil
		}
		return 1, nil
	case SurveyMonkey:
		if len(head) > 1 && !secondRowIsText(h.tool, head[0].cells, head[1].cells) {
			return 0, r.problem(head[1].line, 1,
				"this SurveyMonkey export has one header row, but SurveyMonkey writes two (the question, then the sub-question or answer option): row 2 already holds answers",
				"download the export again with both header rows, or put header_rows: 1 in the mapping file to read it as it is")
		}
		return min(2, len(head)), nil
	}
	return 1, nil
}

// secondRowIsText tells a second header row from the first respondent: a
// header row has nothing, or a label, under the respondent id.
func secondRowIsText(p *profile, first, second []string) bool {
	for i, h := range first {
		if !containsNormalized(p.respondent, h) {
			continue
		}
		v := strings.TrimSpace(cell(second, i))
		return v == "" || containsNormalized(p.respondent, v) || containsNormalized(genericRespondent, v)
	}
	// No respondent column: a data row has answers where the first row has
	// blank cells carried from a question; a header row has item texts.
	return !blankRow(second)
}

func containsNormalized(list []string, s string) bool {
	n := headName(s)
	for _, x := range list {
		if x == n {
			return true
		}
	}
	return false
}

// buildCells works out each column's stem and item from the header rows.
func buildCells(h *header) []headerCell {
	width := 0
	for _, l := range h.lines {
		width = max(width, len(l))
	}
	cells := make([]headerCell, width)
	qualtrics := h.tool != nil && h.tool.tool == Qualtrics
	carried := ""
	for i := range cells {
		c := &cells[i]
		first := strings.TrimSpace(cell(h.lines[0], i))
		c.name = first
		switch {
		case h.rows == 1:
			c.stem, c.item = splitBracket(first)
			c.whole = first
		case qualtrics:
			text := strings.TrimSpace(cell(h.lines[1], i))
			if text == "" || isImportID(text) {
				text = first
			}
			c.stem, c.item = splitDash(text)
			// Shown as written ("Question - Statement"), so that inspect's
			// header can be copied into a mapping line as it is.
			c.whole = text
		default:
			// SurveyMonkey: a question heads the first of its columns; the
			// second row names the sub-question or answer option of each.
			second := strings.TrimSpace(cell(h.lines[1], i))
			if first != "" {
				carried = first
			} else if second != "" {
				first = carried
			}
			c.stem = first
			if !plainResponse[Normalize(second)] {
				c.item = second
			}
		}
		bracketed := ""
		if c.stem != "" && c.item != "" {
			bracketed = c.stem + " [" + c.item + "]" // as dsc showed a Qualtrics matrix column before
		}
		for _, t := range []string{c.name, c.text(), c.stem, bracketed} {
			if t != "" && !slices.Contains(c.texts, t) {
				c.texts = append(c.texts, t)
			}
		}
		for _, l := range h.lines[1:] {
			if t := strings.TrimSpace(cell(l, i)); t != "" && !isImportID(t) && !slices.Contains(c.texts, t) {
				c.texts = append(c.texts, t)
			}
		}
		c.norms = make([]string, len(c.texts))
		for k, t := range c.texts {
			c.norms[k] = Normalize(t)
		}
	}
	return cells
}

// splitBracket splits "Question [Row]" (Google Forms grids, LimeSurvey) into
// the question and the row.
func splitBracket(h string) (stem, item string) {
	if !strings.HasSuffix(h, "]") {
		return h, ""
	}
	open := strings.LastIndex(h, "[")
	if open <= 0 {
		return h, ""
	}
	return strings.TrimSpace(h[:open]), strings.TrimSpace(h[open+1 : len(h)-1])
}

// splitDash splits Qualtrics' "Question - Statement" of a matrix.
func splitDash(h string) (stem, item string) {
	i := strings.LastIndex(h, " - ")
	if i <= 0 {
		return h, ""
	}
	return strings.TrimSpace(h[:i]), strings.TrimSpace(h[i+3:])
}
