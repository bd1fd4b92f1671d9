package survey

import (
	"fmt"
	"strings"
)

// kanoWatch watches the columns nothing maps for Kano answers: a question
// whose feature the reader could not find must not vanish from the result.
type kanoWatch struct {
	cols []watched
}

type watched struct {
	col                     *Column
	nonBlank, labels, codes int
	example                 string
}

func (r *reader) newKanoWatch(cols []Column) *kanoWatch {
	w := &kanoWatch{}
	for i := range cols {
		if cols[i].kanoCheck {
			w.cols = append(w.cols, watched{col: &cols[i]})
		}
	}
	return w
}

// see counts one row's cells; the reader is passed for its value parser.
func (w *kanoWatch) see(row []string, v *valueReader) {
	for i := range w.cols {
		c := &w.cols[i]
		s := cell(row, c.col.Index-1)
		if s == "" {
			continue
		}
		switch v.kind(s) {
		case valueMissing:
		case valueLabel:
			c.nonBlank++
			c.labels++
			if c.example == "" {
				c.example = strings.TrimSpace(s)
			}
		case valueCode:
			c.nonBlank++
			c.codes++
		default:
			c.nonBlank++
		}
	}
}

// report names every unmapped column that holds Kano answers: wordings, or
// codes in a grid whose other rows are answers. Without a catalog one
// message says why none could be matched.
func (w *kanoWatch) report(r *reader) int {
	var found []string
	for _, c := range w.cols {
		if c.nonBlank == 0 {
			continue
		}
		var what string
		switch {
		case c.labels == c.nonBlank:
			what = fmt.Sprintf("Kano answers (%d, such as %q)", c.labels, clip(c.example, 40))
		case c.col.sharedStem && c.labels+c.codes == c.nonBlank:
			what = fmt.Sprintf("Kano answers (%d), like the other rows of its question", c.nonBlank)
		default:
			continue
		}
		found = append(found, c.col.Ref)
		if r.matcher == nil {
			continue
		}
		r.probs.Add(r.src.Display, r.header.first, c.col.Index, fmt.Sprintf("%s holds %s, but no catalog entry is matched to it", c.col.quoted(), what),
			fmt.Sprintf("if it asks about a catalog entry, add the words it uses to that entry's aliases: in catalog.yaml, or map it: columns: - {column: %s, entry: ID, question: functional}; to leave it out, map it with question: ignore", c.col.Ref))
	}
	if r.matcher == nil && len(found) > 0 {
		r.probs.Add(r.src.Display, r.header.first, w.cols[0].col.Index, fmt.Sprintf("%d columns hold Kano answers (%s), but without a workspace nothing says which feature each asks about", len(found), refList(found)),
			"run it inside a workspace whose catalog names the features (dsc kano --workspace DIR --survey FILE), name the columns <feature>_functional and <feature>_dysfunctional, or map them (dsc survey map FILE)")
	}
	return len(found)
}

// refList shortens a list of column letters: "B, C, D ... Y (22)".
func refList(refs []string) string {
	if len(refs) <= 6 {
		return strings.Join(refs, ", ")
	}
	return fmt.Sprintf("%s ... %s", strings.Join(refs[:4], ", "), refs[len(refs)-1])
}

// headerLike spots a row inside the data that repeats the header: two
// exports pasted one below the other, or a header row the reader did not
// expect (Qualtrics' import ids).
type headerLike struct {
	texts [][]string // per column, the header texts
}

func newHeaderLike(h *header) *headerLike {
	hl := &headerLike{texts: make([][]string, len(h.cells))}
	for _, l := range h.lines {
		for i, t := range l {
			if i < len(hl.texts) && strings.TrimSpace(t) != "" {
				hl.texts[i] = append(hl.texts[i], t)
			}
		}
	}
	return hl
}

// check reports whether row looks like a header row, and says so.
func (hl *headerLike) check(r *reader, row []string, line int) bool {
	same, nonBlank := 0, 0
	for i, v := range row {
		if v == "" {
			continue
		}
		nonBlank++
		if v[0] == '{' && isImportID(v) {
			r.probs.Add(r.src.Display, line, i+1, "this row holds Qualtrics import ids ({\"ImportId\": ...}): a header row inside the data",
				"Qualtrics exports have three header rows; remove header_rows from the mapping file, or remove the row")
			return true
		}
		if i < len(hl.texts) {
			for _, t := range hl.texts[i] {
				if len(t) == len(v) && t == v {
					same++
					break
				}
			}
		}
	}
	if same >= 2 && same*2 >= nonBlank {
		r.probs.Add(r.src.Display, line, 1, fmt.Sprintf("this row repeats the header (%d of its %d cells are header texts): a header row inside the data", same, nonBlank),
			"remove it; if a second export was pasted below the first, check that no respondent is now in the file twice")
		return true
	}
	return false
}
