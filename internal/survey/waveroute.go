package survey

import (
	"bytes"
	"io"
	"time"

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
	// failed: the routed read cannot be taken (a problem, or a file it
	// does not read); the caller reads per wave.
	failed bool
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
	if err != nil || rt.failed || r.cells > 0 || r.probs.Len() > 0 || len(rt.order) == 0 {
		return nil, nil, false
	}
	return rt.order, r, true
}

// rows reads the data rows of a wide table, each with its wave's reader.
func (rt *waveRoute) rows(rr *rowReader, cols []Column, feats []*featureCols, seg int) error {
	r := rt.r
	if r.segmentMissing || len(feats) == 0 || r.probs.Len() > 0 {
		rt.failed = true
		return nil
	}
	rt.cols, rt.feats, rt.seg = cols, feats, seg
	rt.watch, rt.hl = r.newKanoWatch(cols), newHeaderLike(r.header)
	for !rt.failed {
		if ct, ok := rr.t.(*csvTable); ok && len(rr.pending) == 0 {
			restore := quietCollector()
			err := rt.scan(ct)
			restore()
			if err != nil {
				return r.fileError(err)
			}
			break
		}
		row, line, err := rr.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return r.fileError(err)
		}
		rt.row(row, line)
	}
	if rt.failed {
		return nil
	}
	for _, s := range rt.order {
		s.ids.finish()
		rt.check(s)
		st := s.w.r.stats
		if st.Respondents == 0 && (st.Screened == nil || st.Screened.Dropped == 0) {
			rt.failed = true // the wave's read says it has no responses
		}
	}
	if rt.watch.report(r) > 0 {
		rt.failed = true // a column of answers nothing maps
	}
	return nil
}

// scan reads the rest of a CSV table: a plain line whose wave cell names a
// wave seen before goes to that wave's fast path, any other row to row.
func (rt *waveRoute) scan(t *csvTable) error {
	sc, sep := t.sc, t.sc.Comma()
	col := rt.r.waveCol
	for !rt.failed {
		if line, n, ok := sc.Plain(); ok {
			s := rt.known(waveCell(line, sep, col))
			if s == nil || !s.w.fastPath().ok || !s.w.fast.countLine(line, sep, n+t.skip) {
				t.row = cutLine(line, sep, &t.arena, t.row)
				rt.routeRow(s, t.row, n+t.skip)
			}
			continue
		}
		rec, err := sc.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return t.scanError(err)
		}
		if sc.EndedInQuote() {
			return unclosedQuote(rec, sc, t.skip)
		}
		line := rec.Line + t.skip
		var b []byte
		if bounds := rec.Bounds(); 2*col+1 < len(bounds) {
			b = rec.Bytes()[bounds[2*col]:bounds[2*col+1]]
		}
		s := rt.known(b)
		if s == nil || !s.w.fastPath().ok || !s.w.fast.count(rec, line) {
			t.row = rec.StringsIn(&t.arena, t.row)
			rt.routeRow(s, t.row, line)
		}
	}
	return nil
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

// known is the reader of the wave a cell names as written, if one was
// seen before.
func (rt *waveRoute) known(b []byte) *waveSub {
	if rt.last != nil && bytes.Equal(b, rt.last.wave) {
		return rt.last
	}
	s := rt.subs[string(b)]
	if s != nil {
		rt.last = s
	}
	return s
}

// routeRow counts a row with its wave's reader s, or finds its wave when
// s is nil.
func (rt *waveRoute) routeRow(s *waveSub, row []string, line int) {
	if s == nil {
		rt.row(row, line)
		return
	}
	s.w.row(row, line)
	rt.check(s)
}

// row counts a row of the full path with its wave's reader. A blank row is
// no wave's (every read skips it); a row whose wave is blank or no month
// needs the per-wave reads, which report it.
func (rt *waveRoute) row(row []string, line int) {
	if blankRow(row) {
		return
	}
	v := trimSpace(cell(row, rt.r.waveCol))
	s := rt.subs[v]
	if s == nil {
		if s = rt.newSub(v); s == nil {
			rt.failed = true
			return
		}
	}
	s.w.row(row, line)
	rt.check(s)
}

// check ends the routed read when a wave's reader found a problem.
func (rt *waveRoute) check(s *waveSub) {
	r := s.w.r
	if r.cells > 0 || r.probs.Len() > 0 || r.segmentsFull {
		rt.failed = true
	}
}

// newSub sets up the reader of wave v, as that wave's read sets itself
// up; nil when v is no wave (waveOf's rule: a month, YYYY-MM).
func (rt *waveRoute) newSub(v string) *waveSub {
	if m, err := time.Parse(WaveLayout, v); err != nil || m.Format(WaveLayout) != v {
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
	st.Respondents, st.Answers, st.Blank, st.Screened = ws.Respondents, ws.Answers, ws.Blank, ws.Screened
	return st
}
