package survey

import (
	"io"

	"github.com/dsc-workbench/dsc/internal/bytestr"
	"github.com/dsc-workbench/dsc/internal/csvscan"
	"github.com/dsc-workbench/dsc/kano"
)

// The fast path of the wide CSV layout: a row is counted from the bytes of
// its cells, without making a string of each. Answers are classified by
// their first byte (codes 1-5) or through the value reader's cache of
// cells already parsed; the few cells kept as strings (segment values,
// cells of columns watched for unmapped answers) come from a small table
// of interned strings. A row the fast path cannot count exactly as
// wideRows.row would (a value not seen before, a cell that may repeat the
// header, a blank row) is turned into strings and goes through
// wideRows.row, so the result and every message are the same either way.

// fastRows switches the fast path on (tests compare it with the full path).
var fastRows = true

// scanRows counts the rest of a CSV table's rows.
func (w *wideRows) scanRows(t *csvTable) error {
	for {
		rec, err := t.sc.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return csvProblem(err, t.skip)
		}
		w.record(rec, rec.Line+t.skip, &t.arena, &t.row)
	}
}

// record counts one record, fast when it can.
func (w *wideRows) record(rec *csvscan.Record, line int, arena *bytestr.Arena, row *[]string) {
	if w.fast == nil {
		w.fast = newFastWide(w)
	}
	if w.fast.ok && w.fast.count(rec, line) {
		return
	}
	*row = rec.StringsIn(arena, *row)
	w.row(*row, line)
}

// fastWide holds what the fast path needs beyond wideRows.
type fastWide struct {
	w  *wideRows
	ok bool // the fast path applies to this table at all
	// headerLens[i] has bit n set when a header text of column i is n
	// bytes long (n < 64; longer texts set bit 63): a cell of another
	// length cannot repeat the header.
	headerLens []uint64
	idCols     []int             // the columns the respondent check reads
	idRow      []string          // their cells
	strs       map[string]string // interned cells (segments, watched columns)
	roles      []cellRole        // per column: the answer it holds
	blank      []pendingAnswer   // the answers of a row with every answer blank
	watchRow   []string          // the watched columns' cells, for kanoWatch.see
}

// cellRole says which answer of which feature a column holds.
type cellRole struct {
	kind uint8 // roleNone, roleFunctional, roleDysfunctional, roleImportance
	k    int32 // the feature's place in wideRows.feats
}

const (
	roleNone uint8 = iota
	roleFunctional
	roleDysfunctional
	roleImportance
)

// maxInterned bounds the interned strings; past it cells are copied.
const maxInterned = 4096

func newFastWide(w *wideRows) *fastWide {
	f := &fastWide{w: w, ok: fastRows && w.r.inspect == nil}
	switch ids := w.ids.(type) {
	case *respondentCheck:
		f.idCols = ids.columns()
	case *idRecorder:
		f.idCols = ids.cols
	default:
		f.ok = false
		return f
	}
	for _, i := range f.idCols {
		if i >= len(f.idRow) {
			f.idRow = append(f.idRow, make([]string, i+1-len(f.idRow))...)
		}
	}
	f.headerLens = make([]uint64, len(w.hl.texts))
	for i, texts := range w.hl.texts {
		for _, t := range texts {
			f.headerLens[i] |= 1 << min(len(t), 63)
		}
	}
	f.strs = map[string]string{}
	// What each column holds, for the one pass over a row's cells. A blank
	// answer is kano.Missing and a blank importance 0, as the full path
	// reads them.
	need := 0
	for _, fc := range w.feats {
		need = max(need, fc.fun+1, fc.dys+1, fc.imp+1)
	}
	f.roles = make([]cellRole, need)
	f.blank = make([]pendingAnswer, len(w.feats))
	for k, fc := range w.feats {
		f.blank[k] = pendingAnswer{feature: fc.index}
		for _, c := range [...]struct {
			col  int
			kind uint8
		}{{fc.fun, roleFunctional}, {fc.dys, roleDysfunctional}, {fc.imp, roleImportance}} {
			if c.col < 0 {
				continue
			}
			if f.roles[c.col].kind != roleNone {
				f.ok = false // a column read twice: left to the full path
				return f
			}
			f.roles[c.col] = cellRole{kind: c.kind, k: int32(k)}
		}
	}
	if len(w.watch.cols) > 0 {
		n := 0
		for _, c := range w.watch.cols {
			n = max(n, c.col.Index)
		}
		f.watchRow = make([]string, n)
	}
	return f
}

// count counts a record and reports true, or does nothing and reports
// false when the row needs the full path.
func (f *fastWide) count(rec *csvscan.Record, line int) bool {
	w := f.w
	r := w.r
	v := r.values
	raw, bounds := rec.Bytes(), rec.Bounds()
	answers := w.answers[:len(w.feats)]
	copy(answers, f.blank)
	// One pass over the cells. A row that may repeat the header, hold
	// import ids or be blank goes to the full path (a row is surely not
	// blank with a cell that starts with a printable ASCII character), so
	// does an answer the value reader does not know yet; the answers are
	// read on the way.
	printable := false
	lens, roles := f.headerLens, f.roles
	codes, numeric := &v.codes, v.numeric
	for i, n := 0, len(bounds)/2; i < n; i++ {
		s, e := bounds[2*i], bounds[2*i+1]
		if s >= e {
			continue
		}
		c := raw[s]
		if c == '{' {
			return false
		}
		printable = printable || c > ' ' && c < 0x7f
		if i < len(lens) && lens[i]&(1<<min(e-s, 63)) != 0 {
			return false
		}
		if i >= len(roles) {
			continue
		}
		switch ro := roles[i]; ro.kind {
		case roleFunctional, roleDysfunctional:
			var a kano.Answer
			if !numeric && e-s == 1 && c >= '1' && c <= '5' {
				a = codes[c-'0'] // the common case, as valueReader.answer
			} else {
				var ok bool
				if a, ok = answerBytes(v, raw[s:e]); !ok {
					return false
				}
			}
			if ro.kind == roleFunctional {
				answers[ro.k].f = a
			} else {
				answers[ro.k].d = a
			}
		case roleImportance:
			if e-s != 1 || c < '1' || c > '9' {
				return false
			}
			answers[ro.k].imp = int(c - '0')
		}
	}
	if !printable {
		return false
	}
	seg := field(rec, w.seg)
	if len(seg) > 0 && (seg[0] <= ' ' || seg[len(seg)-1] <= ' ') {
		return false // trimmed on the full path
	}
	// Every cell of a watched column must be one the value reader knows.
	for _, c := range w.watch.cols {
		if b := field(rec, c.col.Index-1); len(b) > 0 {
			if _, ok := v.cache[string(b)]; !ok {
				return false
			}
		}
	}
	if len(f.idCols) > 0 {
		for _, i := range f.idCols {
			f.idRow[i] = string(field(rec, i))
		}
		w.ids.check(f.idRow, line, answers)
	}
	if f.watchRow != nil {
		for _, c := range w.watch.cols {
			f.watchRow[c.col.Index-1] = f.intern(field(rec, c.col.Index-1))
		}
		w.watch.see(f.watchRow, v)
	}
	r.keep(f.intern(seg), line, w.seg+1, w.answers)
	return true
}

// intern returns a cell as a string, one string per value.
func (f *fastWide) intern(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	if s, ok := f.strs[string(b)]; ok {
		return s
	}
	s := string(b)
	if len(f.strs) < maxInterned {
		f.strs[s] = s
	}
	return s
}

func field(rec *csvscan.Record, i int) []byte {
	if i < 0 || i >= rec.Len() {
		return nil
	}
	return rec.Field(i)
}

// answerBytes classifies an answer cell as valueReader.answer does, for
// codes 1-5 and for cells already in the cache; ok is false otherwise.
func answerBytes(v *valueReader, b []byte) (kano.Answer, bool) {
	if !v.numeric && len(b) == 1 && b[0] >= '1' && b[0] <= '5' {
		return v.codes[b[0]-'0'], true
	}
	p, ok := v.cache[string(b)]
	if !ok {
		return 0, false
	}
	switch p.kind {
	case valueMissing, valueCode, valueLabel:
		return p.answer, true
	}
	return 0, false
}
