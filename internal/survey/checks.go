package survey

import (
	"fmt"
	"github.com/dsc-workbench/dsc/internal/diag"
	"slices"
	"sort"
	"strconv"
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
	// scale counts the cells that are importance numbers 1 to 9.
	scale   int
	example string
	// distinct unknown values, up to six: five or fewer may be answer codes.
	distinct []string
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

// see counts one row's cells.
func (w *kanoWatch) see(row []string, v *valueReader) {
	for i := range w.cols {
		if s := cell(row, w.cols[i].col.Index-1); s != "" {
			w.cols[i].count(s, v.kind(s))
		}
	}
}

// count counts a cell s (not empty) that the value reader reads as kind k.
func (c *watched) count(s string, k valueKind) {
	switch k {
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
		if len(s) == 1 {
			c.scale++ // "1" to "5"
		}
	default:
		c.nonBlank++
		if n, ok := importance(s); ok && n > 0 && strings.TrimSpace(s) == strconv.Itoa(n) {
			c.scale++
		}
		if len(c.distinct) <= 5 && !slices.Contains(c.distinct, s) {
			c.distinct = append(c.distinct, s)
		}
	}
}

// kano says whether a watched column holds Kano answers, and in what words.
func (c *watched) kano() (string, bool) {
	switch {
	case c.nonBlank == 0:
		return "", false
	case c.labels == c.nonBlank:
		return fmt.Sprintf("Kano answers (%d, such as %q)", c.labels, clip(c.example, 40)), true
	case c.col.sharedStem && c.labels+c.codes == c.nonBlank:
		return fmt.Sprintf("Kano answers (%d), like the other rows of its question", c.nonBlank), true
	}
	return "", false
}

// coded says whether a column holds at most five distinct values that are
// no answers dsc knows: maybe answer codes such as LimeSurvey's A1..A5.
func (c *watched) coded() bool {
	return c.nonBlank > 0 && c.labels == 0 && c.codes == 0 && len(c.distinct) <= 5
}

// importanceLike says whether a column holds whole numbers 1 to 9 only, some
// above 5: no Kano answer codes, but the scale of an importance question.
func (c *watched) importanceLike() bool {
	return c.nonBlank > 0 && c.labels == 0 && c.scale == c.nonBlank && c.scale > c.codes
}

// report names every unmapped column that holds Kano answers: wordings, or
// codes in a grid whose other rows are answers. Columns under one repeated
// question (a form with a section per feature) get one message; without a
// catalog one message says why none could be matched. It returns how many
// columns it reported.
func (w *kanoWatch) report(r *reader) int {
	type group struct {
		cols []*watched
		what string
	}
	var groups []*group
	byText := map[string]*group{}
	n := 0
	for i := range w.cols {
		c := &w.cols[i]
		what, ok := c.kano()
		if !ok {
			continue
		}
		n++
		// It is an answer column, whatever the header looked like: inspect
		// and the segment hint say so too.
		c.col.Kind, c.col.By = KindAnswer, "holds "+what
		r.dropAttribute(c.col.Attribute)
		key := Normalize(c.col.Text)
		g := byText[key]
		if g == nil || key == "" {
			g = &group{what: what}
			if key != "" {
				byText[key] = g
			}
			groups = append(groups, g)
		}
		g.cols = append(g.cols, c)
	}
	if n == 0 {
		return 0
	}
	if r.unmatchedSaid() {
		// A mapping line that matched nothing, or a catalog entry whose
		// names could not be read, is the message; these columns are what
		// it should have matched.
		for _, g := range groups {
			for _, c := range g.cols {
				c.col.Decision = "holds " + g.what + ", but no catalog entry is matched to it"
			}
		}
		return n
	}
	if r.matcher == nil {
		var refs []string
		for _, g := range groups {
			for _, c := range g.cols {
				refs = append(refs, c.col.Ref)
			}
		}
		r.probs.Add(r.src.Display, r.header.first, groups[0].cols[0].col.Index, fmt.Sprintf("%d columns hold Kano answers (%s), but without a catalog nothing says which feature each asks about", n, refList(refs)),
			"run it inside a workspace whose catalog names the features (dsc kano --workspace DIR --survey FILE), name the columns <feature>_functional and <feature>_dysfunctional, or map them (dsc survey map FILE)")
		return n
	}
	// The questions of one feature no entry is named as (an entry renamed
	// after the survey went out) are one message, its importance included.
	var single []*Column
	for _, g := range groups {
		if len(g.cols) == 1 {
			single = append(single, g.cols[0].col)
		}
	}
	said := map[*Column]bool{}
	for _, u := range r.unnamedFeatures(single, r.columns) {
		r.reportUnnamed(u)
		for _, c := range u.cols {
			said[c] = true
		}
	}
	for _, g := range groups {
		first := g.cols[0].col
		if said[first] {
			continue
		}
		for _, c := range g.cols {
			c.col.Decision = "holds " + g.what + ", but no catalog entry is matched to it"
			c.col.Hint = "add the words it uses to an entry's aliases, or map it"
			c.col.repeated = len(g.cols)
		}
		if len(g.cols) == 1 {
			r.probs.Add(r.src.Display, r.header.first, first.Index, fmt.Sprintf("%s holds %s, but no catalog entry is matched to it", first.quoted(), g.what),
				fmt.Sprintf("if it asks about a catalog entry, add the words it uses to that entry's aliases: in catalog.yaml, or map it: columns: - {column: %s, entry: ID, question: %s}; to leave it out, map it with question: ignore",
					first.Ref, questionCue(words(first.questionStem()+" "+first.Item), nil).question))
			continue
		}
		refs := make([]string, len(g.cols))
		for i, c := range g.cols {
			refs[i] = c.col.Ref
		}
		r.probs.Add(r.src.Display, r.header.first, first.Index,
			fmt.Sprintf("the question %q heads %d columns of Kano answers (%s) and names no feature: one section per feature?", clip(first.Text, 80), len(g.cols), refList(refs)),
			fmt.Sprintf("map the stem with the features in column order: questions: - {stem: %q, entries: [ID, ...]} (dsc survey map drafts it)", first.Text))
	}
	return n
}

// noAnswers explains a file in which nothing is a Kano question.
func (w *kanoWatch) noAnswers(r *reader) {
	var coded []string
	var values []string
	for i := range w.cols {
		if c := &w.cols[i]; c.coded() && c.col.Kind == KindAttribute {
			coded = append(coded, c.col.Ref)
			for _, v := range c.distinct {
				if !slices.Contains(values, v) && len(values) < 6 {
					values = append(values, v)
				}
			}
		}
	}
	sort.Strings(values)
	msg := "no answer columns found"
	hint := `inside a workspace, name the catalog's entries (or their aliases) in the questions; else name columns "<feature>_functional" and "<feature>_dysfunctional", or add a mapping file (dsc survey inspect shows how each column was read)`
	for i := range w.cols {
		c := &w.cols[i]
		switch {
		case c.coded() && c.col.Kind == KindAttribute && len(coded) >= 2:
			c.col.codes = c.distinct
		case c.importanceLike() && c.col.Kind == KindAttribute && c.col.Item != "" && len(coded) >= 2:
			// Beside coded answers, sub-questions holding 1 to 9 are an
			// importance matrix: the draft asks about them too.
			c.col.scaled = true
		}
	}
	if len(coded) >= 2 {
		msg = fmt.Sprintf("no answer columns found; %d columns (%s) hold a few codes (%s) that may be answers", len(coded), refList(coded), strings.Join(values, ", "))
		hint = "if the export has question and answer codes (as LimeSurvey's \"Question code\" and \"Answer codes\" do), export it again with full question texts and full answers, or map the codes: dsc survey map FILE drafts the lines"
	}
	r.probs.Add(r.src.Display, r.header.first, 1, msg, hint)
}

// refList shortens a list of column letters: "B, C, D, E ... W".
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
	// lens has, per column, the lengths of its header texts: a cell of
	// another length cannot repeat the header, so the fast paths compare
	// text only when mayRepeat says so.
	lens []lenMask
}

func newHeaderLike(h *header) *headerLike {
	hl := &headerLike{texts: make([][]string, len(h.cells)), lens: make([]lenMask, len(h.cells))}
	for _, l := range h.lines {
		for i, t := range l {
			if i < len(hl.texts) && strings.TrimSpace(t) != "" {
				hl.texts[i] = append(hl.texts[i], t)
				hl.lens[i] |= 1 << min(len(t), 63)
			}
		}
	}
	return hl
}

// lenMask has bit n set when a text n bytes long is among a column's
// header texts (n < 63; longer texts set bit 63).
type lenMask uint64

// has reports whether a header text may be n bytes long.
func (m lenMask) has(n int) bool { return m>>min(n, 63)&1 != 0 }

// mayRepeat reports whether cell c of column i may repeat one of the
// column's header texts (one is as long), which check would compare.
func (hl *headerLike) mayRepeat(i int, c []byte) bool {
	return i < len(hl.lens) && hl.lens[i].has(len(c))
}

// needsTrim reports whether a cell starts or ends with a space or a
// control byte, which the full path trims: the fast paths leave it to it.
func needsTrim(b []byte) bool { return len(b) > 0 && (b[0] <= ' ' || b[len(b)-1] <= ' ') }

// isHeaderText reports whether cell c of column i is one of the column's
// header texts: check's test of a string cell, and the fast paths' of a
// cell's bytes (compared without a copy).
func isHeaderText[C string | []byte](hl *headerLike, i int, c C) bool {
	if i >= len(hl.texts) {
		return false
	}
	for _, t := range hl.texts[i] {
		if len(t) == len(c) && t == string(c) {
			return true
		}
	}
	return false
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
		if isHeaderText(hl, i, v) {
			same++
		}
	}
	if same >= 2 && same*2 >= nonBlank {
		p := diag.Problem{File: r.src.Display, Line: line, Col: 1, Msg: fmt.Sprintf("this row repeats the header (%d of its %d cells are header texts): a header row inside the data", same, nonBlank),
			Hint: "remove it; if a second export was pasted below the first, check that no respondent is now in the file twice"}
		r.probs.Append(p)
		r.pastedHeaders = append(r.pastedHeaders, p)
		return true
	}
	return false
}

// dropAttribute takes a column found to hold Kano answers out of the file's attributes.
func (r *reader) dropAttribute(name string) {
	if i := slices.Index(r.stats.Attributes, name); i >= 0 {
		r.stats.Attributes = slices.Delete(r.stats.Attributes, i, i+1)
	}
}
