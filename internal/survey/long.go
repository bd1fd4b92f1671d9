package survey

import (
	"fmt"
	"slices"
)

// readLong reads the long layout: one row per respondent and feature. Each
// respondent's rows come together, so only the respondent being read is
// held in memory; earlier respondents are remembered by a hash of their id.
func (r *reader) readLong(rr *rowReader, cols []Column) error {
	idx := map[string]int{"respondent": -1, "feature": -1, Functional: -1, Dysfunctional: -1, Importance: -1}
	for i, c := range cols {
		var key string
		switch {
		case c.Kind == KindAttribute || c.Kind == KindMetadata:
			r.stats.Attributes = append(r.stats.Attributes, c.Attribute)
			continue
		case c.Kind == KindRespondent:
			key = "respondent"
		case c.Kind == KindFeature:
			key = "feature"
		case c.Kind == KindAnswer && c.Entry == "":
			key = c.Question
		default:
			continue
		}
		if idx[key] < 0 {
			idx[key] = i
		}
	}
	r.longMissing(idx, cols)
	seg, found := r.segmentColumn(cols)
	if !found {
		r.segmentNotFound(cols)
	}
	if r.probs.Len() > 0 {
		return nil
	}
	lr := &longReader{r: r, cols: cols, idx: idx, seg: seg, features: map[string]int{}, unknown: map[string]bool{},
		ids: r.cfg.IDs}
	if lr.ids == nil {
		lr.ids = NewIDRegistry()
	}
	lr.file = lr.ids.addFile(r.src.Display)
	if r.cfg.Responses != nil {
		lr.cross = r.crossColumns(cols, idx["respondent"])
	}
	hl := newHeaderLike(r.header)
	// Once the rows looked at for the header are read, a CSV's other rows
	// are read by the fast path (fastlong.go).
	var rest func(*csvTable) error
	if fastRows && r.inspect == nil {
		rest = func(ct *csvTable) error {
			lr.fast = newFastLong(lr, hl)
			return lr.fast.scanRows(ct)
		}
	}
	err := rr.rows(rest, func(row []string, line int) bool {
		lr.read(row, line, hl)
		return true
	})
	if err != nil {
		return r.fileError(err)
	}
	lr.flush()
	r.unusedLongItems()
	return nil
}

// read reads a data row: blank rows, header rows inside the data, rows
// not as wide as the header (reported) and another wave's rows aside.
func (lr *longReader) read(row []string, line int, hl *headerLike) {
	if blankRow(row) || hl.check(lr.r, row, line) || lr.r.ragged(row, line) || !lr.r.inWave(row) {
		return
	}
	lr.row(row, line)
}

// longReader holds the respondent being read.
type longReader struct {
	r        *reader
	cols     []Column
	idx      map[string]int
	seg      int
	features map[string]int
	unknown  map[string]bool

	current  string           // id of the respondent being read; "" before the first
	line     int              // where their rows start
	segment  string           // their segment
	answers  []pendingAnswer  // their answers so far
	answered answeredFeatures // the features they answered, and where
	started  bool
	regroup  bool // a respondent came back: said once per file, not once per row

	// ids holds the respondents read so far, in this file and the other
	// files of its wave: one hash each.
	ids  *IDRegistry
	file uint32
	// cross reads the respondent's time and identifying cells from their
	// first row, compared across waves when they are done (crosswave.go).
	cross    crossColumns
	response response
	// fast is the fast path (fastlong.go), once the CSV's rows after the
	// header are read by it.
	fast *fastLong
}

func (lr *longReader) row(row []string, line int) {
	r := lr.r
	id := trimSpace(cell(row, lr.idx["respondent"]))
	if !lr.started || id != lr.current || id == "" {
		lr.flush()
		lr.start(id, row, line)
	}
	fid := trimSpace(cell(row, lr.idx["feature"]))
	fi, ok := lr.features[fid]
	if !ok {
		// The cell names its entry by id, name or alias, or the mapping's
		// items: does; each distinct cell is looked up once.
		id := r.longFeature(fid)
		if id == Ignore {
			lr.features[fid] = -1
			return
		}
		if fi, ok = r.feature(id); !ok || id == "" {
			if !lr.unknown[fid] {
				lr.unknown[fid] = true
				r.cellProblem(line, lr.idx["feature"]+1, fmt.Sprintf("unknown catalog entry %q in column %q", fid, lr.cols[lr.idx["feature"]].Text), r.unknownLongFeature(fid))
			}
			return
		}
		lr.features[fid] = fi
		if !slices.Contains(r.stats.Features, id) {
			r.stats.Features = append(r.stats.Features, id)
		}
	}
	if fi < 0 {
		return // items: leaves the feature out
	}
	if first, dup := lr.answered.at(fi); dup && id != "" {
		r.cellProblem(line, lr.idx["feature"]+1, fmt.Sprintf("respondent %q answers %q twice (also at line %d)", id, fid, first),
			"remove the duplicate row: each respondent answers each feature once")
		return
	}
	lr.answered.set(fi, line)
	lr.answers = append(lr.answers, pendingAnswer{
		feature: fi,
		f:       r.answerAt(lr.cols, row, line, lr.idx[Functional]),
		d:       r.answerAt(lr.cols, row, line, lr.idx[Dysfunctional]),
		imp:     r.importanceAt(lr.cols, row, line, lr.idx[Importance]),
	})
}

// start begins a respondent; one seen before in this file means the rows are
// not together, or the respondent is in the file twice.
func (lr *longReader) start(id string, row []string, line int) {
	r := lr.r
	lr.started, lr.current, lr.line = true, id, line
	lr.segment = trimSpace(cell(row, lr.seg))
	lr.answers = lr.answers[:0]
	lr.answered.next()
	if r.cfg.Responses != nil {
		lr.response = lr.cross.response(row, line, nil)
	}
	if id == "" {
		return
	}
	col := lr.idx["respondent"] + 1
	first, dup := lr.ids.see(id, lr.file, line)
	switch {
	case !dup:
	case first.file == lr.file && !lr.regroup:
		lr.regroup = true // a file sorted by feature would say so for nearly every row
		r.cellProblem(line, col, fmt.Sprintf("respondent %q appears again after other respondents (first at line %d); the long layout reads one respondent at a time, so its rows must come together (later rows like this one in the file are not listed)", id, first.line),
			"sort the rows by the respondent column, the header row staying first (a spreadsheet's Data > Sort does it); if it is a second response, remove it")
	case first.file == lr.file:
	default:
		r.cellProblem(line, col, fmt.Sprintf("respondent %q is also in %s", id, lr.ids.where(first)),
			"the same response in two files counts twice: remove the file that repeats it, "+otherWaveHint(r.src.Wave))
	}
}

// flush adds the respondent just read.
func (lr *longReader) flush() {
	if !lr.started || len(lr.answers) == 0 && lr.current == "" {
		return
	}
	if lr.r.cfg.Responses != nil {
		lr.response.answers = lr.answers
		lr.r.crossWave(lr.response, "the same time, answers and attributes")
	}
	lr.r.keep(lr.segment, lr.line, lr.seg+1, lr.answers)
	lr.answers = lr.answers[:0]
}

// answeredFeatures records the line where the respondent being read
// answered each feature, by the feature's index: a slice, not a map, as it
// is written for every row. An entry counts only when it was written for
// this respondent (its turn), so a new respondent clears nothing.
type answeredFeatures struct {
	lines []answeredAt
	turn  uint32
}

type answeredAt struct {
	turn, line uint32
}

// next starts the next respondent.
func (a *answeredFeatures) next() { a.turn++ }

// at returns the line where the respondent answered feature fi, if they did.
func (a *answeredFeatures) at(fi int) (int, bool) {
	if fi < len(a.lines) && a.lines[fi].turn == a.turn && a.turn != 0 {
		return int(a.lines[fi].line), true
	}
	return 0, false
}

// set records that the respondent answered feature fi at line.
func (a *answeredFeatures) set(fi, line int) {
	if fi >= len(a.lines) {
		a.lines = append(a.lines, make([]answeredAt, fi+1-len(a.lines))...)
	}
	a.lines[fi] = answeredAt{turn: a.turn, line: uint32(line)}
}
