package survey

import (
	"bytes"
	"io"
	"sync/atomic"
)

// The fast path of the long CSV layout (one row per respondent and
// feature): a plain line (csvscan.Scanner.Plain) that goes on with the
// respondent being read is counted from its bytes, without a string per
// cell: the feature through the features already met, the answers as the
// wide layout's fast path reads them (a code directly, other cells
// through the value reader's cache). A respondent's first row, a feature
// or an answer not met before, a repeated feature, a cell that may repeat
// the header, a row not as wide as the header, a quoted record: anything else is cut into strings and read
// by longReader.row, so the result and every message are the same either
// way.

// fastLong holds what the long layout's fast path needs.
type fastLong struct {
	lr *longReader
	hl *headerLike
	// The columns read: the respondent id, the feature, the answers and
	// importance (-1 when absent) and the wave column (-1 without).
	id, feature, fun, dys, imp, wave int
	cells                            [][]byte // the current row's cells of those columns, by column
	waveBytes                        []byte
	// next is the feature met after the previous one: a respondent's rows
	// name the features in the same order, so most are found without a
	// map look-up.
	order []knownFeature
	next  int
	// rows counts the rows counted here (tests check that the fast path
	// ran: fastLongRows).
	rows int64
}

// knownFeature is a feature id met in the file and its index in the survey.
type knownFeature struct {
	id    []byte
	index int
}

func newFastLong(lr *longReader, hl *headerLike) *fastLong {
	r := lr.r
	f := &fastLong{lr: lr, hl: hl, id: lr.idx["respondent"], feature: lr.idx["feature"], fun: lr.idx[Functional],
		dys: lr.idx[Dysfunctional], imp: lr.idx[Importance], wave: -1}
	if r.hasWave {
		f.wave, f.waveBytes = r.waveCol, []byte(r.src.Wave)
	}
	n := len(hl.texts)
	for _, i := range []int{f.id, f.feature, f.fun, f.dys, f.imp, f.wave} {
		n = max(n, i+1)
	}
	f.cells = make([][]byte, n)
	return f
}

// fastLongRows counts the rows the long layout's fast path counted.
var fastLongRows atomic.Int64

// scanRows reads the rest of a CSV table's rows, each as readLong does.
func (f *fastLong) scanRows(t *csvTable) error {
	defer func() { fastLongRows.Add(f.rows) }()
	sc, sep := t.sc, t.sc.Comma()
	for {
		if line, n, ok := sc.Plain(); ok {
			if !f.countLine(line, sep, n+t.skip) {
				t.row = cutLine(line, sep, &t.arena, t.row)
				f.lr.read(t.row, n+t.skip, f.hl)
			}
			continue
		}
		// Not plain: csvTable.Next reads it as the plain path does, with
		// its checks (a quote never closed, errors placed in the file).
		row, line, err := t.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		f.lr.read(row, line, f.hl)
	}
}

// countLine counts a plain line that goes on with the respondent being
// read and reports true; it does nothing and reports false when the row
// needs longReader.row.
func (f *fastLong) countLine(line []byte, sep byte, lineNo int) bool {
	lr := f.lr
	if !lr.started || lr.current == "" {
		return false
	}
	clear(f.cells)
	printable := false
	i := 0
	for p := 0; ; i++ {
		e := p // the cells are short: a loop beats a call per cell
		for e < len(line) && line[e] != sep {
			e++
		}
		if c := line[p:e]; len(c) > 0 {
			// A row that may hold import ids or repeat the header goes
			// to the full path (headerLike.check).
			if c[0] == '{' || f.hl.mayRepeat(i, c) && isHeaderText(f.hl, i, c) {
				return false
			}
			printable = printable || c[0] > ' ' && c[0] < 0x7f
			if i < len(f.cells) {
				f.cells[i] = c
			}
		}
		if e == len(line) {
			break
		}
		p = e + 1
	}
	if !printable || i+1 != len(lr.cols) {
		return false // blank (or not surely not blank), or not as wide as the header (ragged)
	}
	if f.wave >= 0 {
		if b := f.cells[f.wave]; !bytes.Equal(b, f.waveBytes) {
			if needsTrim(b) {
				return false // trimmed on the full path
			}
			return true // another wave's row: read with that wave
		}
	}
	if id := f.cells[f.id]; string(id) != lr.current {
		return false // the next respondent (or the id needs trimming)
	}
	fi, ok := f.featureIndex(f.cells[f.feature])
	if !ok {
		return false
	}
	if _, dup := lr.answered.at(fi); dup {
		return false
	}
	v := lr.r.values
	a, ok := answerBytes(v, f.cells[f.fun])
	if !ok {
		return false
	}
	d, ok := answerBytes(v, f.cells[f.dys])
	if !ok {
		return false
	}
	imp := 0
	if f.imp >= 0 {
		switch b := f.cells[f.imp]; {
		case len(b) == 1 && b[0] >= '1' && b[0] <= '9':
			imp = int(b[0] - '0')
		case len(b) != 0:
			return false
		}
	}
	lr.answered.set(fi, lineNo)
	lr.answers = append(lr.answers, pendingAnswer{feature: fi, f: a, d: d, imp: imp})
	f.rows++
	return true
}

// featureIndex finds a feature id already met in the file, as written
// (an id with spaces at its ends is trimmed on the full path).
func (f *fastLong) featureIndex(b []byte) (int, bool) {
	if f.next < len(f.order) && bytes.Equal(f.order[f.next].id, b) {
		k := f.next
		f.next++
		return f.order[k].index, true
	}
	if needsTrim(b) {
		return 0, false
	}
	fi, ok := f.lr.features[string(b)]
	if !ok || fi < 0 {
		return 0, false // not met yet, or left out by items: (longReader.row)
	}
	f.next = len(f.order)
	for k := range f.order {
		if f.order[k].index == fi {
			f.next = k
			break
		}
	}
	if f.next == len(f.order) {
		f.order = append(f.order, knownFeature{id: bytes.Clone(b), index: fi})
	}
	f.next++
	return fi, true
}
