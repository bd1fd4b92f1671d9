package survey

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/kano"
)

// readTable reads a CSV or XLSX export: header, columns, then the rows of
// the wide or the long layout.
func (r *reader) readTable(open tableOpener) error {
	t, err := open(r.src)
	if err != nil {
		return r.fileError(err)
	}
	defer t.Close()
	r.stats.FileInfo = t.Info()
	rr := &rowReader{t: t}
	h, err := r.readHeader(rr)
	if err != nil {
		return r.fileError(err)
	}
	r.header = h
	r.stats.HeaderRows = h.rows
	if h.tool != nil {
		r.stats.Tool = string(h.tool.tool)
	}
	cols := r.classify(h, rr.pending)
	r.columns = cols
	for _, c := range cols {
		if c.Decision != "" && !c.echo && !r.mappingMisses {
			r.probs.Add(r.src.Display, h.first, c.Index, c.quoted()+": "+c.Decision, c.Hint)
		}
		if c.Kind == KindRespondent {
			r.stats.RespondentColumn = fmt.Sprintf("%s %q", c.Ref, c.Text)
		}
	}
	if r.src.WaveColumn != nil {
		if r.waveCol = r.resolveWaveColumn(h, cols); r.waveCol < 0 {
			return nil
		}
		r.hasWave = true
		c := &cols[r.waveCol]
		c.By = fmt.Sprintf("each respondent's wave (%s line %d: wave_column)", r.src.WaveColumn.File, r.src.WaveColumn.Line)
		r.stats.WaveColumn = fmt.Sprintf("%s %q", c.Ref, c.Text)
	}
	layout := r.src.Layout
	if layout == "" && r.src.Mapping != nil {
		layout = r.src.Mapping.Layout
	}
	if layout == "" {
		layout = "wide"
		for _, c := range cols {
			if c.Kind == KindFeature {
				layout = "long"
			}
		}
	}
	r.stats.Layout = layout
	if r.scan != nil {
		return r.scanWaveRows(rr, cols)
	}
	if r.route != nil && layout != "wide" {
		r.route.fail = true // the long layout is read per wave
		return nil
	}
	if layout == "long" {
		err = r.readLong(rr, cols)
	} else {
		err = r.readWide(rr, cols)
	}
	if err == nil && r.route == nil { // a routed read asks each wave
		r.noResponses()
	}
	return err
}

// noResponses reports an export that holds its header rows and no
// response: almost always a wrong download (a filter, an empty collector),
// and an analysis of nobody. Not said when other problems explain it.
func (r *reader) noResponses() {
	if r.stats.Respondents > 0 || r.probs.Len() > 0 || r.stats.Screened != nil && r.stats.Screened.Dropped > 0 {
		return
	}
	if n := r.stats.LeftOut.Total(); n > 0 {
		r.probs.Add(r.src.Display, r.header.first+r.header.rows, 1, fmt.Sprintf("none of the %d responses is one to count (%s): 0 respondents", n, r.stats.LeftOut.Reasons()),
			"an export of the wrong survey or of its test responses? export the collected responses again")
		return
	}
	r.probs.Add(r.src.Display, r.header.first+r.header.rows, 1, "the export holds its header but no responses (0 respondents)",
		"an empty download? export the responses again, and check the survey tool's filters and that the survey collected answers")
}

// featureCols are the answer columns of one feature in the wide layout.
type featureCols struct {
	id            string
	index         int
	fun, dys, imp int // column indexes, -1 when absent
}

func (r *reader) readWide(rr *rowReader, cols []Column) error {
	byID := map[string]*featureCols{}
	var feats []*featureCols
	for i, c := range cols {
		switch {
		case c.Kind == KindAttribute || c.Kind == KindMetadata:
			r.stats.Attributes = append(r.stats.Attributes, c.Attribute)
			continue
		case c.Kind != KindAnswer:
			continue
		case c.Entry == "" && c.Decision == "":
			if r.unmatchedSaid() {
				continue
			}
			r.probs.Add(r.src.Display, r.header.first, i+1, fmt.Sprintf("column %q has answers but no feature", c.Text),
				`name it "<feature>_functional" (or _dysfunctional, _importance), or map it in the survey's mapping file`)
			continue
		case c.Decision != "":
			continue
		}
		fc := byID[c.Entry]
		if fc == nil {
			fc = &featureCols{id: c.Entry, fun: -1, dys: -1, imp: -1}
			byID[c.Entry] = fc
			feats = append(feats, fc)
		}
		switch c.Question {
		case Functional:
			fc.fun = i
		case Dysfunctional:
			fc.dys = i
		case Importance:
			fc.imp = i
		}
	}
	usable := feats[:0]
	for _, fc := range feats {
		if fc.fun >= 0 && fc.dys >= 0 {
			fc.index, _ = r.feature(fc.id)
			usable = append(usable, fc)
		}
	}
	// Without the segment column the rows are read all the same: every
	// other problem of the file is reported with it, at once.
	seg, _ := r.segmentColumn(cols)
	for _, fc := range usable {
		r.stats.Features = append(r.stats.Features, fc.id)
	}
	return r.rowsWide(rr, cols, usable, seg)
}

func (r *reader) anyDecision() bool {
	for _, c := range r.columns {
		if c.Decision != "" {
			return true
		}
	}
	return false
}

func (r *reader) respondentColumn(cols []Column) int {
	for i, c := range cols {
		if c.Kind == KindRespondent {
			return i
		}
	}
	return -1
}

func (r *reader) rowsWide(rr *rowReader, cols []Column, feats []*featureCols, seg int) error {
	if r.route != nil {
		return r.route.rows(rr, cols, feats, seg)
	}
	ids := r.newRespondentCheck(r.respondentColumn(cols), cols, r.header.tool)
	w := &wideRows{r: r, cols: cols, feats: feats, seg: seg, ids: ids, watch: r.newKanoWatch(cols),
		hl: newHeaderLike(r.header), answers: make([]pendingAnswer, len(feats))}
	if r.cfg.Responses != nil {
		w.cross = r.crossColumns(cols, r.respondentColumn(cols))
	}
	// Once the rows looked at for the header are counted, a CSV's other
	// rows may be read on all cores (parallel.go, large files only), or
	// by the fast path (fastwide.go), both with the collector quiet
	// (collector.go) until their ids are checked; both keep a wave
	// column's rows of the wave read and compare responses across waves
	// as row does.
	var restore func()
	defer func() {
		if restore != nil {
			restore()
		}
	}()
	err := rr.rows(func(ct *csvTable) error {
		restore = quietCollector()
		if w.parallel(ct, ids) {
			return nil
		}
		return w.scanRows(ct)
	}, func(row []string, line int) bool {
		w.row(row, line)
		return true
	})
	w.fastCounted()
	if err != nil {
		ids.stopped()
		return r.fileError(err)
	}
	ids.finish()
	if found := w.watch.report(r); found == 0 && len(feats) == 0 && !r.anyDecision() {
		w.watch.noAnswers(r)
	}
	if r.segmentMissing {
		// Now that the rows showed which columns hold Kano answers, the
		// hint lists only the columns that can be segments.
		r.segmentNotFound(cols)
	}
	return nil
}

// responseChecker checks each respondent's row, with the answers read from it.
type responseChecker interface {
	check(row []string, line int, answers []pendingAnswer)
}

// wideRows counts the data rows of a wide table.
type wideRows struct {
	r       *reader
	cols    []Column
	feats   []*featureCols
	seg     int
	ids     responseChecker
	watch   *kanoWatch
	hl      *headerLike
	answers []pendingAnswer
	tried   bool      // the parallel read was considered
	fast    *fastWide // the fast path (fastwide.go), once it is set up
	cross   crossColumns
	// whole: the rows run to the end of the file (not a parallel chunk,
	// which may end inside quotes where it was cut).
	whole bool
	// marks are the columns that mark preview and spam responses
	// (leftout.go), found on first use.
	marks    []int
	marksSet bool
}

// markCols are the columns that mark a response as a preview or spam.
func (w *wideRows) markCols() []int {
	if !w.marksSet {
		w.marks, w.marksSet = w.r.markColumns(w.cols), true
	}
	return w.marks
}

// row counts one respondent's row.
func (w *wideRows) row(row []string, line int) {
	r, cols := w.r, w.cols
	if blankRow(row) || w.hl.check(r, row, line) || r.ragged(row, line) {
		return
	}
	w.watch.see(row, r.values)
	if !r.inWave(row) {
		return // another wave's respondent: read with that wave
	}
	if marks := w.markCols(); len(marks) > 0 && r.marked(row, marks) {
		return // a preview, test or spam response: counted apart
	}
	for k, fc := range w.feats {
		w.answers[k] = pendingAnswer{
			feature: fc.index,
			f:       r.answerAt(cols, row, line, fc.fun),
			d:       r.answerAt(cols, row, line, fc.dys),
			imp:     r.importanceAt(cols, row, line, fc.imp),
		}
	}
	if r.cfg.Responses != nil {
		r.crossWave(w.cross.response(row, line, w.answers), sameRow)
	}
	w.ids.check(row, line, w.answers)
	r.keep(trimSpace(cell(row, w.seg)), line, w.seg+1, w.answers)
}

// trimSpace trims without allocating; most cells need no trimming.
func trimSpace(s string) string {
	if s == "" || (s[0] > ' ' && s[len(s)-1] > ' ') {
		return s
	}
	return strings.TrimSpace(s)
}

// segmentColumn finds the attribute column named by SegmentBy.
func (r *reader) segmentColumn(cols []Column) (int, bool) {
	if r.cfg.SegmentBy == "" {
		return -1, true
	}
	for i, c := range cols {
		if (c.Kind == KindAttribute || c.Kind == KindMetadata) && strings.EqualFold(c.Attribute, r.cfg.SegmentBy) {
			return i, true
		}
	}
	if r.cfg.SegmentOptional {
		return -1, true
	}
	r.segmentMissing = true
	return -1, false
}

// segmentNotFound reports the segment column missing, with the columns
// that could be segments: attributes and metadata, not Kano answers.
func (r *reader) segmentNotFound(cols []Column) {
	if r.segmentLineSaid {
		return // the mapping's attributes: line for it is the message
	}
	var attrs []string
	for _, c := range cols {
		if c.Kind == KindAttribute || c.Kind == KindMetadata {
			attrs = append(attrs, c.Attribute)
		}
	}
	hint := "this file has no column that can be a segment (no attribute or metadata columns); remove segment_by, or add the column to the export"
	if len(attrs) > 0 {
		hint = "columns that can be segments: " + diag.QuoteList(attrs) + "; set settings.kano.segment_by in dsc.yaml (or --segment-by) to one of them, or rename one with attributes: in the mapping file"
	}
	r.probs.Add(r.src.Display, r.header.first, 1, fmt.Sprintf("segment column %q not found", r.cfg.SegmentBy), hint)
}

func (r *reader) answerAt(cols []Column, row []string, line, i int) kano.Answer {
	v := cell(row, i)
	if r.inspect != nil {
		r.inspect.see(cols, i, v, r.values.lookup(v))
	}
	a, ok := r.values.answer(v)
	if ok {
		return a
	}
	t := strings.TrimSpace(v)
	if r.values.kind(v) == valueBadCode {
		msg := fmt.Sprintf("answer code %s is out of range 1-5 (%s)", t, r.where(cols, line, i))
		hint := "codes run from 1 (like) to 5 (dislike); if your tool exports 5 = like, set \"codes: dislike-first\" in the mapping file; for other codes give values: {CODE: like, ...}"
		if r.values.numeric {
			msg = fmt.Sprintf("answer code %s is not among the mapping's values (%s)", t, r.where(cols, line, i))
			hint = "add it to values: in the mapping file"
		}
		r.valueProblem("code "+t, line, i+1, msg, hint)
		return kano.Missing
	}
	hint := "use " + Accepted() + ", or add the wording under labels in the mapping file"
	if sug := suggestAnswer(t); sug != "" {
		hint = "did you mean " + diag.Quote(sug) + "? " + hint
	}
	r.badCell(cols, line, i, "answer", v, hint)
	return kano.Missing
}

func (r *reader) importanceAt(cols []Column, row []string, line, i int) int {
	if i < 0 {
		return 0
	}
	n, ok := r.values.importance(cell(row, i))
	if ok {
		return n
	}
	r.badCell(cols, line, i, "importance", cell(row, i), `use a number from 1 to 9, or a label that starts with one, e.g. "9 - Extremely important"`)
	return 0
}

// where names a cell for messages: its column (letter and header), and its
// reference in a workbook. A long header keeps its grid row or
// sub-question, which tells the columns of a question apart.
func (r *reader) where(cols []Column, line, i int) string {
	c := cols[i]
	header := c.Text
	const most = 100
	if len([]rune(header)) > most && c.Item != "" && len([]rune(c.Item)) < most/2 {
		header = clip(c.Stem, most-len([]rune(c.Item))-3) + " [" + c.Item + "]"
	} else {
		header = clip(header, most)
	}
	if ref := r.cellRef(line, i); ref != "" {
		return fmt.Sprintf("cell %s, column %q", ref, header)
	}
	return fmt.Sprintf("column %s %q", ColumnLetter(i), header)
}

func (r *reader) cellRef(line, i int) string {
	if r.stats.Format != "xlsx" {
		return ""
	}
	return ColumnLetter(i) + strconv.Itoa(line)
}

func (r *reader) badCell(cols []Column, line, i int, what, value, hint string) {
	r.valueProblem(what+" "+value, line, i+1, fmt.Sprintf("unknown %s %q (%s)", what, clip(value, 60), r.where(cols, line, i)), hint)
}
