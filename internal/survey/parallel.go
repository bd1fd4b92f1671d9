package survey

import (
	"io"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/dsc-workbench/dsc/internal/bytestr"
	"github.com/dsc-workbench/dsc/internal/csvscan"
)

// Reading a wide CSV on all cores.
//
// After the header and the rows looked at to understand the columns, the
// rest of a large UTF-8 file is cut into chunks where lines end
// (csvscan.Cut, reading only around the cuts) and each chunk is counted by
// a worker: a copy of the reader with its own survey, values and checks,
// its lines numbered from 1 and renumbered when the chunks before it are
// counted. A cut inside a quoted cell shows as the chunk before it ending
// inside quotes; the chunks are then cut again where the quotes allow
// (csvscan.Split, which counts them) and read again. The parts are merged
// in file order only if every worker read its chunk without a single
// problem; the counts are integers, so the merged survey is exactly the
// one a single core reads. Respondent ids are collected and checked
// afterwards in file order, as one core would check them. Any problem (a
// bad cell, a header row in the data, a bare quote that misled the split,
// bytes that are not UTF-8, too many segments) discards the parts, and the
// rows are read again on one core from where the header ended, so messages
// are the same as ever.

// minParallel is the least data worth reading in parallel.
var minParallel int64 = 4 << 20

// parallelReads counts the tables read in parallel (tests check that the
// parallel path ran).
var parallelReads atomic.Int64

// cores is how many workers read in parallel.
var cores = func() int { return runtime.GOMAXPROCS(0) }

// parallel tries to count the table's remaining rows on all cores; it
// reports whether it did.
func (w *wideRows) parallel(t table, ids *respondentCheck) bool {
	if w.tried {
		return false
	}
	w.tried = true
	ct, ok := t.(*csvTable)
	if !ok || w.r.inspect != nil {
		return false
	}
	parts, line := readInChunks(ct, func(i int, c csvscan.Chunk, in io.Reader, opts csvscan.Options, line int) *chunkReader {
		p := w.newChunkReader(ids, i == 0, line)
		p.w.fastPath().input = c.End - c.Start
		p.ok = p.read(in, opts)
		if p.ok && p.batch != nil {
			p.batch.sorted() // here, while the other chunks are read
		}
		return p
	})
	if !w.mergeParts(parts) {
		return false
	}
	for i, p := range parts {
		p.renumber(line - 1)
		line += p.lines
		w.absorb(p, ids, i == 0)
	}
	parallelReads.Add(1)
	return true
}

// chunkPart is what reads one chunk of a parallel read: a wide read's
// (chunkReader) or a routed read's (chunkRoute).
type chunkPart interface {
	// done reports whether the chunk was read without a problem, and
	// whether it ended inside quotes.
	done() (clean, inQuote bool)
}

// readInChunks reads the rest of a large CSV table on all cores: cut where
// a line ends near each equal part, each chunk read on a core of its own
// by read (i counts the chunks from 0; the chunk's lines are numbered from
// 1, and line is the file's line where the rest starts). If a cut fell
// inside a quoted cell (a cell holding a line feed: a chunk before the
// last ended inside quotes), the rest is cut again where the quotes allow
// and read again. It returns the parts, in file order, when every chunk
// was read without a problem, and line; nil when the table is not read in
// parallel (one core, a small rest, not UTF-8) or a part was not clean.
func readInChunks[P chunkPart](t *csvTable, read func(i int, c csvscan.Chunk, in io.Reader, opts csvscan.Options, line int) P) ([]P, int) {
	workers := cores()
	if workers < 2 {
		return nil, 0
	}
	ra, start, end, line, ok := t.remainder()
	if !ok || end-start < minParallel {
		return nil, 0
	}
	chunks, err := csvscan.Cut(ra, start, end, workers)
	if err != nil || len(chunks) < 2 {
		return nil, 0
	}
	opts := csvscan.Options{Comma: t.sep, LazyQuotes: true, ValidateUTF8: true}
	parts, cutInQuotes := readEachChunk(ra, chunks, opts, line, read)
	if parts == nil && cutInQuotes {
		if chunks, err = csvscan.Split(ra, start, end, line, workers); err != nil || len(chunks) < 2 {
			return nil, 0
		}
		parts, _ = readEachChunk(ra, chunks, opts, line, read)
	}
	return parts, line
}

// readEachChunk reads each chunk on a core of its own, where its part is
// made: what a part writes per row shares no cache line with another
// chunk's. It returns the parts when every chunk was read without a
// problem, else nil, and whether a chunk before the last ended inside
// quotes (it was cut inside a quoted cell).
func readEachChunk[P chunkPart](ra io.ReaderAt, chunks []csvscan.Chunk, opts csvscan.Options, line int, read func(int, csvscan.Chunk, io.Reader, csvscan.Options, int) P) (parts []P, cutInQuotes bool) {
	parts = make([]P, len(chunks))
	var wg sync.WaitGroup
	for i, c := range chunks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			parts[i] = read(i, c, c.Section(ra), opts, line)
		}()
	}
	wg.Wait()
	ok := true
	for i, p := range parts {
		clean, inQuote := p.done()
		ok = ok && clean
		cutInQuotes = cutInQuotes || inQuote && i < len(parts)-1
	}
	if !ok {
		return nil, cutInQuotes
	}
	return parts, false
}

// mergeParts merges the parts' counts into the reader's survey if every
// part was read cleanly and their segments fit; it reports whether it did.
func (w *wideRows) mergeParts(parts []*chunkReader) bool {
	if parts == nil {
		return false
	}
	merged := w.r.survey.Empty()
	for _, p := range parts {
		if !p.ok {
			return false
		}
		merged.Merge(p.r.survey)
	}
	if !w.r.survey.Fits(merged) {
		return false
	}
	w.r.survey.Merge(merged)
	return true
}

// chunkReader counts one chunk.
type chunkReader struct {
	w *wideRows
	r *reader
	// The chunk's respondent ids: a batch when the file's check takes
	// them so (it joins the check's batches, sorted), else the cells the
	// check reads, to be replayed.
	batch *idBatch
	ids   *idRecorder
	ok    bool
	// lines is how many lines the chunk holds, inQuote whether it ended
	// inside quotes.
	lines   int
	inQuote bool
}

// newChunkReader sets up a chunk's reader. The first chunk's batch of ids
// starts with a copy of the file's (the ids of the rows read to understand
// the columns, a few): the file's ids are then two sorted lists on two
// cores, not three, and the file's batch is left as it was should the
// parts be discarded. The first chunk's own lines are pushed at their
// lines in the file (offset), after those.
func (w *wideRows) newChunkReader(ids *respondentCheck, first bool, line int) *chunkReader {
	r := w.r
	cr := &reader{src: r.src, cfg: r.cfg, stats: &Stats{Format: r.stats.Format}, values: newValueReader(r.src.Mapping),
		entries: r.entries, matcher: r.matcher, header: r.header, columns: r.columns, survey: r.survey.Empty(),
		hasWave: r.hasWave, waveCol: r.waveCol, inChunk: true}
	p := &chunkReader{r: cr}
	var check responseChecker
	if ids.batch != nil {
		p.batch = &idBatch{seed: ids.batch.seed, col: ids.batch.col}
		if first {
			p.batch.rows = slices.Clone(ids.batch.rows)
			p.batch.offset = uint32(line - 1)
		}
		check = p.batch
	} else {
		p.ids = &idRecorder{cols: ids.columns(), withAnswers: ids.across}
		check = p.ids
	}
	p.w = &wideRows{r: cr, cols: w.cols, feats: w.feats, seg: w.seg, ids: check, watch: cr.newKanoWatch(w.cols),
		hl: w.hl, answers: make([]pendingAnswer, len(w.feats)), tried: true, cross: w.cross}
	return p
}

func (p *chunkReader) done() (clean, inQuote bool) { return p.ok, p.inQuote }

// read counts the chunk's rows; false when anything was not clean.
func (p *chunkReader) read(in io.Reader, opts csvscan.Options) bool {
	sc, err := csvscan.NewScanner(in, opts)
	if err != nil {
		return false
	}
	var arena bytestr.Arena
	var row []string
	for {
		done, err := p.w.next(sc, 0, &arena, &row)
		if err != nil {
			return false
		}
		if done {
			break
		}
		if !clean(p.r) {
			return false
		}
	}
	p.lines, p.inQuote = sc.Line()-1, sc.EndedInQuote()
	p.w.fastCounted()
	return !p.inQuote && clean(p.r)
}

// renumber adds before, the lines of the file before the chunk, to the
// line of each respondent id recorded (a batch adds it when it is checked).
func (p *chunkReader) renumber(before int) {
	if p.batch != nil {
		p.batch.base = uint32(before) - p.batch.offset
		return
	}
	for i := range p.ids.lines {
		p.ids.lines[i] += int32(before)
	}
}

// absorb adds a clean chunk's counts to the reader, and its respondent
// ids to the file's check in file order.
func (w *wideRows) absorb(p *chunkReader, ids *respondentCheck, first bool) {
	st, ps := w.r.stats, p.r.stats
	st.Respondents += ps.Respondents
	st.Answers += ps.Answers
	st.Blank += ps.Blank
	addLeftOut(&st.LeftOut, ps.LeftOut)
	if ps.Screened != nil {
		if st.Screened == nil {
			st.Screened = &ScreenStats{MaxQuestionable: ps.Screened.MaxQuestionable, MaxIndifferent: ps.Screened.MaxIndifferent}
		}
		st.Screened.Dropped += ps.Screened.Dropped
		st.Screened.Questionable += ps.Screened.Questionable
		st.Screened.Indifferent += ps.Screened.Indifferent
	}
	w.watch.merge(p.w.watch)
	switch {
	case p.batch != nil && first:
		ids.batch = p.batch // the file's ids, with the chunk's
	case p.batch != nil:
		ids.later = append(ids.later, p.batch)
	default:
		p.ids.replay(ids)
	}
}

// merge adds the counts of the same columns watched in a later chunk.
func (kw *kanoWatch) merge(o *kanoWatch) {
	for i := range kw.cols {
		c, oc := &kw.cols[i], &o.cols[i]
		c.nonBlank += oc.nonBlank
		c.labels += oc.labels
		c.codes += oc.codes
		c.scale += oc.scale
		if c.example == "" {
			c.example = oc.example
		}
		for _, v := range oc.distinct {
			if len(c.distinct) <= 5 && !slices.Contains(c.distinct, v) {
				c.distinct = append(c.distinct, v)
			}
		}
	}
}

// idRecorder keeps the cells of a chunk's rows that the respondent check
// reads, and their answers, to be checked later in file order: a few bytes
// per respondent, in one buffer.
type idRecorder struct {
	cols        []int
	withAnswers bool // the check compares answers too: keep them
	text        []byte
	ends        []uint32 // per row and column: where its cell ends in text
	answers     []pendingAnswer
	perRow      int
	lines       []int32
}

func (ir *idRecorder) check(row []string, line int, answers []pendingAnswer) {
	if len(ir.cols) == 0 {
		return
	}
	for _, i := range ir.cols {
		ir.text = append(ir.text, cell(row, i)...)
		ir.ends = append(ir.ends, uint32(len(ir.text)))
	}
	if ir.withAnswers {
		ir.perRow = len(answers)
		ir.answers = append(ir.answers, answers...)
	}
	ir.lines = append(ir.lines, int32(line))
}

// replay checks the recorded rows with the file's respondent check.
func (ir *idRecorder) replay(ids responseChecker) {
	if len(ir.cols) == 0 {
		return
	}
	n := 0
	for _, i := range ir.cols {
		n = max(n, i+1)
	}
	row := make([]string, n)
	text := string(ir.text)
	start := uint32(0)
	for r, line := range ir.lines {
		for k, i := range ir.cols {
			end := ir.ends[r*len(ir.cols)+k]
			row[i] = text[start:end]
			start = end
		}
		ids.check(row, int(line), ir.answers[r*ir.perRow:(r+1)*ir.perRow])
	}
}
