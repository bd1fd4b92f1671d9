package survey

import (
	"bytes"
	"io"
	"slices"
	"sync/atomic"

	"github.com/dsc-workbench/dsc/internal/bytestr"
	"github.com/dsc-workbench/dsc/internal/csvscan"
	"github.com/dsc-workbench/dsc/kano"
)

// The fast path of the wide CSV layout: a row is counted from the bytes of
// its cells, without making a string of each. A plain line (no quote, the
// common case: csvscan.Scanner.Plain) is walked once, byte by byte: at each
// separator the column says what the cell is (an answer of a feature, an
// importance, a cell the row's checks read, nothing), and an answer is
// classified from its bytes (codes 1-5 directly, other cells through the
// value reader's cache of cells already parsed) into the row's answers.
// A record with quoted cells is walked the same way over its field list.
// The few cells kept as strings (segment values, cells of columns watched
// for unmapped answers) come from a small table of interned strings, and
// respondent ids go to the file's batch of ids (respondents.go), checked
// when the file ends.
//
// A row the fast path cannot count exactly as wideRows.row would (a value
// not seen before, a cell that may repeat the header, a blank row) is
// turned into strings and goes through wideRows.row, so the result and
// every message are the same either way.

// fastRows switches the fast path on (tests compare it with the full path).
var fastRows = true

// scanRows counts the rest of a CSV table's rows.
func (w *wideRows) scanRows(t *csvTable) error {
	if st, err := t.f.Stat(); err == nil && st.Mode().IsRegular() {
		w.fastPath().input = st.Size() - t.prefix
	}
	w.whole = true
	for {
		done, err := w.next(t.sc, t.skip, &t.arena, &t.row)
		if err != nil {
			return t.scanError(err)
		}
		if done {
			return nil
		}
	}
}

// next counts the scanner's next record, skip lines below where the
// scanner counts; done is true at the end of the input.
func (w *wideRows) next(sc *csvscan.Scanner, skip int, arena *bytestr.Arena, row *[]string) (done bool, err error) {
	if f := w.fastPath(); f.ok {
		if line, n, ok := sc.Plain(); ok {
			f.measure(len(line), sc)
			if !f.countLine(line, sc.Comma(), n+skip) {
				*row = cutLine(line, sc.Comma(), arena, *row)
				w.row(*row, n+skip)
			}
			return false, nil
		}
	}
	rec, line, err := nextRecord(sc, skip, w.whole)
	if err == io.EOF {
		return true, nil
	}
	if err != nil {
		return true, err
	}
	if f := w.fastPath(); !f.ok || !f.count(rec, line) {
		*row = rec.StringsIn(arena, *row)
		w.row(*row, line)
	}
	return false, nil
}

// reserveAt is the plain line after which the batch of respondent ids is
// sized for the rest of the input: growing it row by row would copy it
// again and again, and fresh memory costs page faults.
const reserveAt = 256

// measure counts a plain line of n bytes (and its line end) and sizes the
// batch of ids once there are enough lines to tell the average.
func (f *fastWide) measure(n int, sc *csvscan.Scanner) {
	f.plain++
	f.plainBytes += int64(n) + 1
	if f.plain == reserveAt && f.batch != nil && f.input > 0 {
		rest := f.input - sc.Offset()
		f.batch.reserve(int(rest * reserveAt / f.plainBytes * 9 / 8))
	}
}

// cutLine cuts a plain line into its cells, copied into the arena.
func cutLine(line []byte, sep byte, arena *bytestr.Arena, dst []string) []string {
	raw := arena.String(line)
	dst = dst[:0]
	for {
		i := bytes.IndexByte(line, sep)
		if i < 0 {
			return append(dst, raw)
		}
		dst = append(dst, raw[:i])
		raw, line = raw[i+1:], line[i+1:]
	}
}

// fastPath returns the fast path, set up on first use.
func (w *wideRows) fastPath() *fastWide {
	if w.fast == nil {
		w.fast = newFastWide(w)
	}
	return w.fast
}

// fastWide holds what the fast path needs beyond wideRows.
type fastWide struct {
	w  *wideRows
	ok bool // the fast path applies to this table at all
	// cols says per column what a cell of it is (the header's columns,
	// and any column the fast path reads); cells further right are only
	// looked at for the blank-row and import-id checks.
	cols []colInfo
	// special lists the columns whose cells the row's checks read (the
	// segment, the respondent check's, the watched ones); cell holds the
	// current row's cells of them, in the same order.
	special []int
	cell    [][]byte
	batch   *idBatch          // the file's respondent ids, when the check takes them in a batch
	idCols  []int             // otherwise: the columns the respondent check reads
	idRow   []string          // and their cells
	strs    map[string]string // interned cells (segments, watched columns)
	// vals holds the current row's answers, three a feature (functional,
	// dysfunctional, importance; as kano.Answer and 1-9), and one more
	// place that cells of other columns write to; blankVals is a row of
	// blanks (kano.Missing, importance 0).
	vals, blankVals []uint8
	features        []int // the features' indexes in the survey, in wideRows.feats order
	// oneByte[t][c] is the value of a one-byte cell c in a column whose
	// table is t, or notOne when the cell needs a closer look (see).
	oneByte [tables][256]uint8
	// watched holds per watched column (kanoWatch.cols) the last cell
	// read and how the value reader reads it: a column's cells repeat a
	// few values (a segment, a country), and counting a repeat needs no
	// look-up.
	watched []watchedCell
	joined  []byte // a record's fields joined, for count
	segs    []rememberedSegment
	// wave is the wave read, when a wave column keeps only its rows
	// (wavecolumn.go): a row whose cell there differs is another wave's.
	wave []byte
	// times are the columns the cross-wave check reads a response's time
	// from (crosswave.go), when it runs; a row where one reads as a time
	// is compared across waves with its cells of crossCols as strings,
	// in crossRow.
	times     []timeCell
	crossCols []int
	crossRow  []string
	// input is the size of what the scanner reads (0: unknown), plain
	// and plainBytes count the plain lines read and their bytes.
	input      int64
	plain      int
	plainBytes int64
	rows       int64 // the rows counted here (fastCounted)
}

// watchedCell is a watched column's last cell, interned, and its kind.
type watchedCell struct {
	cell []byte
	s    string
	kind valueKind
}

// timeCell is a column that may hold a response's time: the tool's
// metadata (any timestamp) or an attribute (a date with a clock), with
// its last cell and whether that read as a time. Most such columns repeat
// a few values, or hold no digit, and need no parsing.
type timeCell struct {
	col  int
	meta bool
	seen bool
	last []byte
	time bool
}

// rememberedSegment is a segment value and its handle in the survey.
type rememberedSegment struct {
	value []byte
	h     kano.Segment
}

// maxRemembered is how many segment values the fast path remembers: a
// segment column holds a few groups.
const maxRemembered = 8

// colInfo is what the fast path does with a cell of one column.
type colInfo struct {
	// lens is headerLike's for the column, kept here with the rest of
	// what a cell needs: a cell of another length cannot repeat the header.
	lens  lenMask
	val   int32 // where its value goes in fastWide.vals
	kind  uint8 // roleNone, roleFunctional, roleDysfunctional, roleImportance
	table uint8 // which of fastWide.oneByte reads its one-byte cells
	slot  int8  // the column's place in special, or -1
}

// The tables of one-byte cells: of answer columns, of importance columns,
// of other columns, and of columns whose one-byte cells always need a
// closer look (the header has a one-byte text there, or the row's checks
// read the cell).
const (
	tableAnswer = iota
	tableImportance
	tableOther
	tableLook
	tables
)

// notOne marks a one-byte cell that needs a closer look.
const notOne = 0xff

const (
	roleNone uint8 = iota
	roleFunctional
	roleDysfunctional
	roleImportance
)

// maxInterned bounds the interned strings; past it cells are copied.
const maxInterned = 4096

// maxSpecial bounds the columns the row's checks may read on the fast
// path (slot is an int8).
const maxSpecial = 127

func newFastWide(w *wideRows) *fastWide {
	f := &fastWide{w: w, ok: fastRows && w.r.inspect == nil}
	switch ids := w.ids.(type) {
	case *respondentCheck:
		if f.batch = ids.batch; f.batch == nil {
			f.idCols = ids.columns()
		}
	case *idBatch:
		f.batch = ids
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
	f.strs = map[string]string{}
	// The columns the row's checks read.
	addSpecial := func(i int) {
		if i >= 0 && !slices.Contains(f.special, i) {
			f.special = append(f.special, i)
		}
	}
	addSpecial(w.seg)
	if f.batch != nil {
		addSpecial(f.batch.col)
	}
	for _, i := range f.idCols {
		addSpecial(i)
	}
	for _, c := range w.watch.cols {
		addSpecial(c.col.Index - 1)
	}
	for _, i := range w.markCols() {
		addSpecial(i)
	}
	if r := w.r; r.hasWave {
		addSpecial(r.waveCol)
		f.wave = []byte(r.src.Wave)
	}
	if w.r.cfg.Responses != nil {
		cc := w.cross
		for _, i := range cc.metadata {
			f.times = append(f.times, timeCell{col: i, meta: true})
		}
		for _, i := range cc.attributes {
			f.times = append(f.times, timeCell{col: i})
		}
		for _, i := range slices.Concat(cc.metadata, cc.attributes, cc.ident, []int{cc.id}) {
			if i >= 0 && !slices.Contains(f.crossCols, i) {
				f.crossCols = append(f.crossCols, i)
				addSpecial(i)
			}
		}
	}
	if len(f.special) > maxSpecial {
		f.ok = false
		return f
	}
	f.cell = make([][]byte, len(f.special))
	n := len(w.hl.texts)
	for _, fc := range w.feats {
		n = max(n, fc.fun+1, fc.dys+1, fc.imp+1)
	}
	for _, i := range f.special {
		n = max(n, i+1)
	}
	f.cols = make([]colInfo, n)
	for i := range f.cols {
		f.cols[i].slot = -1
	}
	if len(f.crossCols) > 0 {
		f.crossRow = make([]string, n)
	}
	for i, m := range w.hl.lens {
		f.cols[i].lens = m
	}
	for s, i := range f.special {
		f.cols[i].slot = int8(s)
	}
	// What each column holds, for the one pass over a row's cells. A blank
	// answer is kano.Missing and a blank importance 0, as the full path
	// reads them.
	for _, fc := range w.feats {
		f.features = append(f.features, fc.index)
	}
	other := int32(3 * len(w.feats))
	f.vals, f.blankVals = make([]uint8, other+1), make([]uint8, other+1)
	for i := range f.cols {
		f.cols[i].val, f.cols[i].table = other, tableOther
	}
	for k, fc := range w.feats {
		for q, c := range [...]struct {
			col  int
			kind uint8
		}{{fc.fun, roleFunctional}, {fc.dys, roleDysfunctional}, {fc.imp, roleImportance}} {
			if c.col < 0 {
				continue
			}
			ci := &f.cols[c.col]
			if ci.kind != roleNone {
				f.ok = false // a column read twice: left to the full path
				return f
			}
			ci.kind, ci.val, ci.table = c.kind, int32(3*k+q), tableAnswer
			if c.kind == roleImportance {
				ci.table = tableImportance
			}
		}
	}
	for i := range f.cols {
		if ci := &f.cols[i]; ci.lens.has(1) || ci.slot >= 0 {
			ci.table = tableLook
		}
	}
	v := w.r.values
	for t := range f.oneByte {
		for c := range f.oneByte[t] {
			f.oneByte[t][c] = notOne
		}
	}
	for c := byte('1'); c <= '9'; c++ {
		f.oneByte[tableImportance][c] = c - '0'
		if c <= '5' && !v.numeric {
			f.oneByte[tableAnswer][c] = uint8(v.codes[c-'0']) // as valueReader.answer
		}
	}
	for c := byte('!'); c < 0x7f; c++ {
		f.oneByte[tableOther][c] = 0 // printable: the row is not blank
	}
	// An import id starts with '{'; a separator (or the NUL count joins
	// with) is an empty cell.
	for _, c := range []byte{'{', ',', ';', '|'} {
		f.oneByte[tableOther][c] = notOne
	}
	f.watched = make([]watchedCell, len(w.watch.cols))
	return f
}

// countLine counts a plain line (csvscan.Scanner.Plain) in one pass over
// its bytes and reports true, or does nothing and reports false when the
// row needs the full path.
func (f *fastWide) countLine(line []byte, sep byte, lineNo int) bool {
	vals := f.vals
	copy(vals, f.blankVals)
	clear(f.cell)
	cols := f.cols
	// A row that may repeat the header, hold import ids or be blank goes
	// to the full path (a row is surely not blank with a cell that starts
	// with a printable ASCII character), so does an answer the value
	// reader does not know yet.
	printable := false
	n := len(line)
	i := 0
	for p := 0; ; i++ {
		// Most cells are one byte: a code, read through the column's table.
		if p < n && (p+1 == n || line[p+1] == sep) && i < len(cols) {
			ci := &cols[i]
			if v := f.oneByte[ci.table][line[p]]; v != notOne {
				vals[ci.val] = v
				printable = true
				if p+1 == n {
					break
				}
				p += 2
				continue
			}
		}
		// Any other cell ends at the next separator.
		e := n
		if k := bytes.IndexByte(line[p:], sep); k >= 0 {
			e = p + k
		}
		if e > p {
			if !f.see(i, line[p:e]) {
				return false
			}
			printable = printable || line[p] > ' ' && line[p] < 0x7f
		}
		if e >= n {
			break
		}
		p = e + 1
	}
	// A row as wide as the header, or the full path reports it (ragged).
	if !printable || i+1 != len(f.w.cols) || !f.finish(lineNo) {
		return false
	}
	f.rows++
	return true
}

// fastWideRows counts the rows the wide layout's fast path counted
// (fastCounted): tests check that it ran.
var fastWideRows atomic.Int64

// fastCounted adds the rows the fast path counted, once the rows are read.
func (w *wideRows) fastCounted() {
	if w.fast != nil {
		fastWideRows.Add(w.fast.rows)
	}
}

// see reads a row's cell b of column i (not empty) into the row's values
// or its special cells; false when the row needs the full path: the cell
// may be an import id (Qualtrics' {"ImportId": ...}), may repeat the
// header, or is an answer the value reader does not know yet.
func (f *fastWide) see(i int, b []byte) bool {
	c := b[0]
	if c == '{' {
		return false
	}
	if i >= len(f.cols) {
		return true
	}
	ci := &f.cols[i]
	if ci.lens.has(len(b)) {
		return false
	}
	switch ci.kind {
	case roleFunctional, roleDysfunctional:
		a, ok := answerBytes(f.w.r.values, b)
		if !ok {
			return false
		}
		f.vals[ci.val] = uint8(a)
	case roleImportance:
		if len(b) != 1 || c < '1' || c > '9' {
			return false
		}
		f.vals[ci.val] = c - '0'
	}
	if ci.slot >= 0 {
		f.cell[ci.slot] = b
	}
	return true
}

// count counts a record and reports true, or does nothing and reports
// false when the row needs the full path. Its fields (quoted ones
// unescaped) are joined with a NUL byte, which no field holds, and counted
// as a plain line.
func (f *fastWide) count(rec *csvscan.Record, line int) bool {
	raw, bounds := rec.Bytes(), rec.Bounds()
	if bytes.IndexByte(raw, 0) >= 0 {
		return false
	}
	joined := f.joined[:0]
	for i := 0; i < len(bounds); i += 2 {
		if i > 0 {
			joined = append(joined, 0)
		}
		joined = append(joined, raw[bounds[i]:bounds[i+1]]...)
	}
	f.joined = joined
	return f.countLine(joined, 0, line)
}

// cellAt is the current row's cell of a special column (nil for others).
func (f *fastWide) cellAt(i int) []byte {
	if i < 0 || i >= len(f.cols) || f.cols[i].slot < 0 {
		return nil
	}
	return f.cell[f.cols[i].slot]
}

// finish checks and counts a row whose answers were read: false, with
// nothing counted, when it needs the full path after all.
func (f *fastWide) finish(line int) bool {
	w := f.w
	r := w.r
	v := r.values
	seg := f.cellAt(w.seg)
	if needsTrim(seg) {
		return false // trimmed on the full path
	}
	if f.leftOut() {
		return false // counted apart on the full path (leftout.go)
	}
	// Every cell of a watched column must be one the value reader knows.
	for k, c := range w.watch.cols {
		if b, last := f.cellAt(c.col.Index-1), &f.watched[k]; len(b) > 0 && !bytes.Equal(b, last.cell) {
			p, ok := v.cache[string(b)]
			if !ok {
				return false
			}
			last.cell, last.s, last.kind = append(last.cell[:0], b...), f.intern(b), p.kind
		}
	}
	if f.wave != nil {
		if b := f.cellAt(r.waveCol); !bytes.Equal(b, f.wave) {
			if needsTrim(b) {
				return false // trimmed on the full path
			}
			f.countWatched() // another wave's row: read with that wave
			return true
		}
	}
	if f.times != nil && f.hasTime() {
		// As wideRows.row: a response with a time is compared across waves.
		for _, i := range f.crossCols {
			f.crossRow[i] = string(f.cellAt(i))
		}
		r.crossWave(w.cross.response(f.crossRow, line, f.rowAnswers()), sameRow)
	}
	// Screening and a respondent check of whole responses read the
	// answers as the full path holds them.
	answers := f.needAnswers()
	switch {
	case f.batch != nil:
		f.batch.add(f.cellAt(f.batch.col), line)
	case len(f.idCols) > 0:
		for _, i := range f.idCols {
			f.idRow[i] = string(f.cellAt(i))
		}
		w.ids.check(f.idRow, line, answers)
	}
	f.countWatched()
	if answers != nil {
		r.keep(f.intern(seg), line, w.seg+1, answers)
		return true
	}
	// As keep, with the row's answers counted where they are.
	h, ok := f.segment(seg)
	if ok {
		r.stats.Respondents++
		r.survey.Respondent(h)
	} else {
		v := f.intern(seg)
		h = r.respondent(v, line, w.seg+1)
		f.remember(seg, v, h)
	}
	blank := r.survey.AddRow(h, f.features, f.vals)
	r.stats.Blank += blank
	r.stats.Answers += 2*len(f.features) - blank
	return true
}

// countWatched counts the row's cells of the watched columns, as
// kanoWatch.see does.
func (f *fastWide) countWatched() {
	w := f.w
	for k := range w.watch.cols {
		c := &w.watch.cols[k]
		if len(f.cellAt(c.col.Index-1)) > 0 {
			c.count(f.watched[k].s, f.watched[k].kind)
		}
	}
}

// hasTime reports whether one of the row's cells the cross-wave check
// reads is a response's time (crossColumns.response): then the check
// compares the response across waves, else it has nothing to compare.
func (f *fastWide) hasTime() bool {
	found := false
	for k := range f.times {
		t := &f.times[k]
		b := f.cellAt(t.col)
		if !t.seen || !bytes.Equal(b, t.last) {
			t.seen, t.last, t.time = true, append(t.last[:0], b...), false
			if bytes.ContainsAny(b, "0123456789") { // a time has digits
				if s := trimSpace(string(b)); t.meta {
					_, t.time = parseStamp(s)
				} else {
					t.time = writtenTime(s)
				}
			}
		}
		found = found || t.time
	}
	return found
}

// segment finds a segment value's handle among the ones remembered.
func (f *fastWide) segment(b []byte) (kano.Segment, bool) {
	for i := range f.segs {
		if bytes.Equal(f.segs[i].value, b) {
			return f.segs[i].h, true
		}
	}
	return kano.Segment{}, false
}

// remember keeps the handle of a segment value that is sure to count as it
// did now: one of the segment ids (or any value when there are none), and
// a segment the survey has room for (or none).
func (f *fastWide) remember(b []byte, v string, h kano.Segment) {
	r := f.w.r
	if len(f.segs) >= maxRemembered || h == (kano.Segment{}) && v != "" || !r.knownSegment(v) {
		return
	}
	f.segs = append(f.segs, rememberedSegment{value: []byte(v), h: h})
}

// needAnswers returns the row's answers as the full path holds them, when
// screening or the respondent check reads them; nil otherwise.
func (f *fastWide) needAnswers() []pendingAnswer {
	w := f.w
	if w.r.cfg.Screening == nil && (f.batch != nil || len(f.idCols) == 0) {
		return nil
	}
	return f.rowAnswers()
}

// rowAnswers returns the row's answers as the full path holds them.
func (f *fastWide) rowAnswers() []pendingAnswer {
	w := f.w
	answers := w.answers[:len(w.feats)]
	for k := range answers {
		a := &answers[k]
		a.feature = f.features[k]
		a.f, a.d, a.imp = kano.Answer(f.vals[3*k]), kano.Answer(f.vals[3*k+1]), int(f.vals[3*k+2])
	}
	return answers
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

// leftOut reports whether the row is a response the full path leaves out
// (leftout.go): one without any Kano answer, or one the tool marks as a
// preview or spam. A row with an answer in its first feature, the common
// case, costs one look.
func (f *fastWide) leftOut() bool {
	for _, i := range f.w.marks {
		if responseMark(f.cellAt(i)) != markNone {
			return true
		}
	}
	for k := range f.features {
		if f.vals[3*k] != uint8(kano.Missing) || f.vals[3*k+1] != uint8(kano.Missing) {
			return false
		}
	}
	return len(f.features) > 0
}
