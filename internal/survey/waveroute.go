package survey

import (
	"bytes"
	"io"
	"sync"

	"github.com/dsc-workbench/dsc/internal/bytestr"
	"github.com/dsc-workbench/dsc/internal/csvscan"

	"github.com/dsc-workbench/dsc/kano"
)

// One read for every wave of a wave column (ReadWaves).
//
// The per-wave reads (wavecolumn.go) read a file once to list its waves
// and once more for each wave, each read keeping its wave's rows. A routed
// read reads the file once and hands each data row to a reader of its
// wave: a copy of the file's reader whose source names the wave, with its
// own survey, counts and respondent check, set up as that wave's read
// would set it up (its fast path too). A wave's reader so sees exactly the
// rows its own read would count, in the same order, and counts them the
// same. The columns watched for unmapped Kano answers are counted once for
// the file, as each wave's read counts every row of the file.
//
// The routed read is taken only while it is clean: any problem (a bad
// cell, a bad or blank wave, a row repeating the header, a respondent
// twice) ends it, and the caller reads per wave, which words every
// problem as ever.

// waveRoute routes the data rows of one file to the readers of their waves.
type waveRoute struct {
	r *reader // the file's reader (its survey holds the features only)
	// ids are the waves' registries of respondent ids, shared with the
	// waves' other files (ReadWaves).
	ids   func(wave string) *IDRegistry
	subs  map[string]*waveSub // by wave
	order []*waveSub          // in the order first seen
	last  *waveSub            // the wave of the row before
	// watch counts the watched columns of every row, once.
	watch *kanoWatch
	cols  []Column
	feats []*featureCols
	seg   int
	hl    *headerLike
	// fail: the routed read cannot be taken (a problem, or a file it
	// does not read); the caller reads per wave.
	routeFail
	// mu guards subs and order while chunks are read on other cores.
	mu sync.Mutex
}

// waveSub is the reader of one wave's rows.
type waveSub struct {
	wave []byte
	w    *wideRows
	ids  *respondentCheck
}

// routeWaves reads src once, routing its rows by their wave; it returns
// the waves' surveys and stats, in the order first seen, or false when
// the file needs the per-wave reads.
func routeWaves(src Source, cfg Config, ids func(wave string) *IDRegistry) ([]*waveSub, *reader, bool) {
	if src.WaveColumn == nil || formatOf(src.Path) == "yaml" {
		return nil, nil, false
	}
	cfg.IDs = nil
	r := newReader(src, cfg, kano.NewSurvey())
	r.route = &waveRoute{r: r, ids: ids, subs: map[string]*waveSub{}}
	err := r.read()
	rt := r.route
	if err != nil || rt.fail || r.cells > 0 || r.probs.Len() > 0 || len(rt.order) == 0 {
		return nil, nil, false
	}
	return rt.order, r, true
}

// rows reads the data rows of a wide table, each with its wave's reader.
func (rt *waveRoute) rows(rr *rowReader, cols []Column, feats []*featureCols, seg int) error {
	r := rt.r
	if r.segmentMissing || len(feats) == 0 || r.probs.Len() > 0 {
		rt.fail = true
		return nil
	}
	rt.cols, rt.feats, rt.seg = cols, feats, seg
	rt.watch, rt.hl = r.newKanoWatch(cols), newHeaderLike(r.header)
	var restore func() // the collector quiet until the waves' ids are checked, as rowsWide
	defer func() {
		if restore != nil {
			restore()
		}
	}()
	err := rr.rows(func(ct *csvTable) error {
		restore = quietCollector()
		return rt.scan(ct)
	}, func(row []string, line int) bool {
		rt.row(row, line)
		return !rt.fail
	})
	for _, s := range rt.order {
		s.w.fastCounted()
	}
	if err != nil {
		return r.fileError(err)
	}
	if rt.fail {
		return nil
	}
	for _, s := range rt.order {
		s.ids.finish()
		rt.counted(s.w)
		st := s.w.r.stats
		if st.Respondents == 0 && (st.Screened == nil || st.Screened.Dropped == 0) && st.LeftOut.Total() == 0 {
			rt.fail = true // the wave's read says it has no responses
		}
	}
	if rt.watch.report(r) > 0 {
		rt.fail = true // a column of answers nothing maps
	}
	return nil
}

// scan reads the rest of a CSV table, on all cores when it is large
// (waveparallel.go).
func (rt *waveRoute) scan(t *csvTable) error {
	if rt.parallel(t) {
		return nil
	}
	if err := scanRouted(rt, t.sc, t.skip, rt.r.waveCol, &t.arena, &t.row, true); err != nil {
		return t.scanError(err)
	}
	return nil
}

// router hands rows to the readers of their waves: the file's
// (waveRoute) or, on another core, a chunk's (chunkRoute).
type router interface {
	// known is the reader of the wave a cell names as written, if one
	// was seen before.
	known(b []byte) *wideRows
	// row counts a row of the full path with its wave's reader, which it
	// sets up for a wave not seen before.
	row(row []string, line int)
	// counted checks a wave reader's state after a row: a problem ends
	// the routed read.
	counted(w *wideRows)
	failed() bool
}

// scanRouted reads the scanner's rows, each with its wave's reader: a
// plain line whose wave cell (column col) names a wave seen before goes
// to that wave's fast path, any other row to the router's row. whole: the
// rows run to the end of the file (a chunk may end inside quotes).
func scanRouted(rt router, sc *csvscan.Scanner, skip, col int, arena *bytestr.Arena, row *[]string, whole bool) error {
	sep := sc.Comma()
	for !rt.failed() {
		if line, n, ok := sc.Plain(); ok {
			w := rt.known(waveCell(line, sep, col))
			if w == nil || !w.fastPath().ok || !w.fast.countLine(line, sep, n+skip) {
				*row = cutLine(line, sep, arena, *row)
				routeRow(rt, w, *row, n+skip)
			}
			continue
		}
		rec, line, err := nextRecord(sc, skip, whole)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		var b []byte
		if bounds := rec.Bounds(); 2*col+1 < len(bounds) {
			b = rec.Bytes()[bounds[2*col]:bounds[2*col+1]]
		}
		w := rt.known(b)
		if w == nil || !w.fastPath().ok || !w.fast.count(rec, line) {
			*row = rec.StringsIn(arena, *row)
			routeRow(rt, w, *row, line)
		}
	}
	return nil
}

// routeRow counts a row of the full path with its wave's reader w, or
// has the router find its wave when w is nil.
func routeRow(rt router, w *wideRows, row []string, line int) {
	if w == nil {
		rt.row(row, line)
		return
	}
	w.row(row, line)
	rt.counted(w)
}

// waveCell is the cell of column col in a plain line (nil if it has none).
func waveCell(line []byte, sep byte, col int) []byte {
	for ; col > 0; col-- {
		i := bytes.IndexByte(line, sep)
		if i < 0 {
			return nil
		}
		line = line[i+1:]
	}
	if i := bytes.IndexByte(line, sep); i >= 0 {
		return line[:i]
	}
	return line
}

func (rt *waveRoute) known(b []byte) *wideRows {
	if rt.last != nil && bytes.Equal(b, rt.last.wave) {
		return rt.last.w
	}
	s := rt.subs[string(b)]
	if s == nil {
		return nil
	}
	rt.last = s
	return s.w
}

// row counts a row of the full path with its wave's reader. A blank row is
// no wave's (every read skips it); a row whose wave is blank or no month
// needs the per-wave reads, which report it.
func (rt *waveRoute) row(row []string, line int) {
	if blankRow(row) {
		return
	}
	s := rt.sub(trimSpace(cell(row, rt.r.waveCol)))
	if s == nil {
		rt.fail = true
		return
	}
	s.w.row(row, line)
	rt.counted(s.w)
}

// routeFail ends a routed read, the file's or a chunk's, at its first
// problem (router's counted and failed).
type routeFail struct{ fail bool }

func (f *routeFail) counted(w *wideRows) {
	if !clean(w.r) {
		f.fail = true
	}
}

func (f *routeFail) failed() bool { return f.fail }

// clean reports whether a reader has found no problem so far.
func clean(r *reader) bool {
	return r.cells == 0 && r.probs.Len() == 0 && !r.segmentsFull && !r.crossInChunk
}

// sub is the reader of wave v, set up when it is first seen; nil when v
// is no wave.
func (rt *waveRoute) sub(v string) *waveSub {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if s := rt.subs[v]; s != nil {
		return s
	}
	return rt.newSub(v)
}

// newSub sets up the reader of wave v, as that wave's read sets itself
// up; nil when v is no wave (waveOf's rule: a month, YYYY-MM).
func (rt *waveRoute) newSub(v string) *waveSub {
	if !isMonth(v) {
		return nil
	}
	f := rt.r
	src := f.src
	src.Wave = v
	cfg := f.cfg
	cfg.IDs = rt.ids(v)
	r := &reader{src: src, cfg: cfg, stats: &Stats{Format: f.stats.Format, FileInfo: f.stats.FileInfo}, values: f.values,
		entries: f.entries, matcher: f.matcher, header: f.header, columns: f.columns, survey: f.survey.Empty(),
		hasWave: true, waveCol: f.waveCol}
	id := r.respondentColumn(rt.cols)
	s := &waveSub{wave: []byte(v), ids: r.newRespondentCheck(id, rt.cols, f.header.tool)}
	s.w = &wideRows{r: r, cols: rt.cols, feats: rt.feats, seg: rt.seg, ids: s.ids, watch: rt.watch,
		hl: rt.hl, answers: make([]pendingAnswer, len(rt.feats)), tried: true, whole: true}
	if cfg.Responses != nil {
		s.w.cross = r.crossColumns(rt.cols, id)
	}
	rt.subs[v] = s
	rt.order = append(rt.order, s)
	return s
}

// waveStats is a wave's stats: the file's, with the wave's counts.
func waveStats(file *Stats, s *waveSub) Stats {
	st := *file
	ws := s.w.r.stats
	st.Wave = string(s.wave)
	st.Respondents, st.Answers, st.Blank, st.Screened, st.LeftOut = ws.Respondents, ws.Answers, ws.Blank, ws.Screened, ws.LeftOut
	return st
}
