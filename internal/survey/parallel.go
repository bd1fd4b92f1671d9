package survey

import (
	"io"
	"runtime"
	"sync"

	"github.com/dsc-workbench/dsc/internal/bytestr"
	"github.com/dsc-workbench/dsc/internal/csvscan"
)

// Reading a wide CSV on all cores.
//
// After the header and the rows looked at to understand the columns, the
// rest of a large UTF-8 file is cut into chunks at record boundaries
// (csvscan.Split, aware of quoted newlines) and each chunk is counted by a
// worker: a copy of the reader with its own survey, values and checks. The
// parts are merged in file order only if every worker read its chunk
// without a single problem; the counts are integers, so the merged survey
// is exactly the one a single core reads. Respondent ids are collected and
// checked afterwards in file order, as one core would check them. Any
// problem (a bad cell, a header row in the data, a bare quote that misled
// the split, bytes that are not UTF-8, too many segments) discards the
// parts, and the rows are read again on one core from where the header
// ended, so messages are the same as ever.

// minParallel is the least data worth reading in parallel.
var minParallel int64 = 4 << 20

// cores is how many workers read in parallel.
var cores = func() int { return runtime.GOMAXPROCS(0) }

// parallel tries to count the table's remaining rows on all cores; it
// reports whether it did.
func (w *wideRows) parallel(t table, ids *respondentCheck) bool {
	if w.tried {
		return false
	}
	w.tried = true
	r := w.r
	workers := cores()
	ct, ok := t.(*csvTable)
	if !ok || workers < 2 || r.inspect != nil || ids.rows {
		return false // rows compared whole are checked on one core
	}
	ra, start, end, line, ok := ct.remainder()
	if !ok || end-start < minParallel {
		return false
	}
	chunks, err := csvscan.Split(ra, start, end, line, workers)
	if err != nil || len(chunks) < 2 {
		return false
	}
	parts := make([]*chunkReader, len(chunks))
	var wg sync.WaitGroup
	for i, c := range chunks {
		parts[i] = w.newChunkReader(ids)
		wg.Add(1)
		go func(p *chunkReader, c csvscan.Chunk) {
			defer wg.Done()
			p.ok = p.read(c.Section(ra), csvscan.Options{Comma: ct.sep, LazyQuotes: true, ValidateUTF8: true, FirstLine: c.Line})
		}(parts[i], c)
	}
	wg.Wait()
	merged := r.survey.Empty()
	for _, p := range parts {
		if !p.ok {
			return false
		}
		merged.Merge(p.r.survey)
	}
	if !r.survey.Fits(merged) {
		return false
	}
	r.survey.Merge(merged)
	for _, p := range parts {
		w.absorb(p)
	}
	return true
}

// chunkReader counts one chunk.
type chunkReader struct {
	w   *wideRows
	r   *reader
	ids *idRecorder
	ok  bool
}

func (w *wideRows) newChunkReader(ids *respondentCheck) *chunkReader {
	r := w.r
	cr := &reader{src: r.src, cfg: r.cfg, stats: &Stats{Format: r.stats.Format}, values: newValueReader(r.src.Mapping),
		entries: r.entries, matcher: r.matcher, header: r.header, columns: r.columns, survey: r.survey.Empty()}
	rec := &idRecorder{col: ids.col, with: ids.with}
	cw := &wideRows{r: cr, cols: w.cols, feats: w.feats, seg: w.seg, ids: rec, watch: cr.newKanoWatch(w.cols),
		hl: w.hl, answers: make([]pendingAnswer, len(w.feats)), tried: true}
	return &chunkReader{w: cw, r: cr, ids: rec}
}

// read counts the chunk's rows; false when anything was not clean.
func (p *chunkReader) read(in io.Reader, opts csvscan.Options) bool {
	sc, err := csvscan.NewScanner(in, opts)
	if err != nil {
		return false
	}
	var arena bytestr.Arena
	var row []string
	for {
		rec, err := sc.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return false
		}
		p.w.record(rec, rec.Line, &arena, &row)
		if p.r.cells > 0 || p.r.probs.Len() > 0 || p.r.segmentsFull {
			return false
		}
	}
	return !sc.EndedInQuote() && p.r.cells == 0 && p.r.probs.Len() == 0
}

// absorb adds a clean chunk's counts to the reader, and checks its
// respondent ids in file order.
func (w *wideRows) absorb(p *chunkReader) {
	st, ps := w.r.stats, p.r.stats
	st.Respondents += ps.Respondents
	st.Answers += ps.Answers
	st.Blank += ps.Blank
	if ps.Screened != nil {
		if st.Screened == nil {
			st.Screened = &ScreenStats{MaxQuestionable: ps.Screened.MaxQuestionable, MaxIndifferent: ps.Screened.MaxIndifferent}
		}
		st.Screened.Dropped += ps.Screened.Dropped
		st.Screened.Questionable += ps.Screened.Questionable
		st.Screened.Indifferent += ps.Screened.Indifferent
	}
	w.watch.merge(p.w.watch)
	p.ids.replay(w.ids)
}

// merge adds the counts of the same columns watched in a later chunk.
func (kw *kanoWatch) merge(o *kanoWatch) {
	for i := range kw.cols {
		c, oc := &kw.cols[i], &o.cols[i]
		c.nonBlank += oc.nonBlank
		c.labels += oc.labels
		c.codes += oc.codes
		if c.example == "" {
			c.example = oc.example
		}
		for _, v := range oc.distinct {
			if len(c.distinct) <= 5 && !containsString(c.distinct, v) {
				c.distinct = append(c.distinct, v)
			}
		}
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// idRecorder keeps a chunk's respondent ids (and the column that makes
// them unique across files) to be checked later in file order: a few bytes
// per respondent, in one buffer.
type idRecorder struct {
	col, with int
	text      []byte
	ends      []uint32 // per row: end of the id, end of the with value
	lines     []int32
}

func (ir *idRecorder) check(row []string, line int) {
	if ir.col < 0 {
		return
	}
	ir.text = append(ir.text, cell(row, ir.col)...)
	ir.ends = append(ir.ends, uint32(len(ir.text)))
	if ir.with >= 0 {
		ir.text = append(ir.text, cell(row, ir.with)...)
	}
	ir.ends = append(ir.ends, uint32(len(ir.text)))
	ir.lines = append(ir.lines, int32(line))
}

// replay checks the recorded ids with the file's respondent check.
func (ir *idRecorder) replay(ids interface{ check(row []string, line int) }) {
	if ir.col < 0 {
		return
	}
	row := make([]string, max(ir.col, ir.with)+1)
	text := string(ir.text)
	start := uint32(0)
	for i, line := range ir.lines {
		idEnd, withEnd := ir.ends[2*i], ir.ends[2*i+1]
		row[ir.col] = text[start:idEnd]
		if ir.with >= 0 {
			row[ir.with] = text[idEnd:withEnd]
		}
		start = withEnd
		ids.check(row, int(line))
	}
}
