package survey

import (
	"bytes"
	"io"

	"github.com/dsc-workbench/dsc/internal/bytestr"
	"github.com/dsc-workbench/dsc/internal/csvscan"
)

// A routed read on all cores: the rest of a large file is cut into chunks
// as a wide read cuts it (parallel.go), and each chunk's rows go to chunk
// readers of their waves (chunkReader, one per wave the chunk holds, set
// up from the file's reader of that wave). When every chunk was read
// without a problem, each wave's parts are merged into its reader in file
// order, as a read of that wave on all cores merges its chunks; anything
// else (a problem) reads the rows on one core instead. The responses with
// a time are compared across waves when the chunks are merged, in file
// order within each wave (crossLog).

// parallel tries to count the table's remaining rows on all cores; it
// reports whether it did.
func (rt *waveRoute) parallel(t *csvTable) bool {
	parts, line := readInChunks(t, func(_ int, _ csvscan.Chunk, in io.Reader, opts csvscan.Options, _ int) *chunkRoute {
		p := &chunkRoute{file: rt, subs: map[*waveSub]*chunkReader{}, byCel: map[string]*waveSub{}}
		p.read(in, opts)
		return p
	})
	if parts == nil {
		return false
	}
	for _, p := range parts {
		for _, cr := range p.subs {
			cr.ok = true // merged only when every chunk was clean
		}
	}
	// Each wave's parts, in file order, merged into its reader.
	for _, s := range rt.order {
		var mine []*chunkReader
		for _, p := range parts {
			if cr := p.subs[s]; cr != nil {
				mine = append(mine, cr)
			}
		}
		if len(mine) > 0 && !s.w.mergeParts(mine) {
			rt.fail = true // more segments than a wave keeps apart: its read says so
			return true
		}
	}
	for _, p := range parts {
		for _, s := range p.order {
			cr := p.subs[s]
			cr.renumber(line - 1)
			s.w.absorb(cr, s.ids, false)
			if cr.r.crossLog != nil {
				cr.r.crossLog.replay(s.w.r, line-1, sameRow)
				rt.counted(s.w) // a response of another wave: the per-wave reads say which
			}
		}
		line += p.lines
	}
	parallelReads.Add(1)
	return true
}

// chunkRoute routes the rows of one chunk to the chunk readers of their
// waves.
type chunkRoute struct {
	file  *waveRoute
	subs  map[*waveSub]*chunkReader
	order []*waveSub // in the order first seen in the chunk
	byCel map[string]*waveSub
	last  *waveSub
	lastW *wideRows
	routeFail
	// lines is how many lines the chunk holds, inQuote whether it ended
	// inside quotes.
	lines   int
	inQuote bool
}

func (p *chunkRoute) done() (clean, inQuote bool) { return !p.fail, p.inQuote }

// read counts the chunk's rows; fail is set when anything was not clean.
func (p *chunkRoute) read(in io.Reader, opts csvscan.Options) {
	sc, err := csvscan.NewScanner(in, opts)
	if err != nil {
		p.fail = true
		return
	}
	var arena bytestr.Arena
	var row []string
	if err := scanRouted(p, sc, 0, p.file.r.waveCol, &arena, &row, false); err != nil {
		p.fail = true
	}
	p.lines, p.inQuote = sc.Line()-1, sc.EndedInQuote()
	p.fail = p.fail || p.inQuote
	for _, cr := range p.subs {
		cr.w.fastCounted()
	}
}

func (p *chunkRoute) known(b []byte) *wideRows {
	if p.last != nil && bytes.Equal(b, p.last.wave) {
		return p.lastW
	}
	s := p.byCel[string(b)]
	if s == nil {
		return nil
	}
	return p.enter(s)
}

// enter makes s the chunk's current wave, its chunk reader set up when
// the chunk first sees it, and returns that reader's rows.
func (p *chunkRoute) enter(s *waveSub) *wideRows {
	cr := p.subs[s]
	if cr == nil {
		cr = s.w.newChunkReader(s.ids, false, 1)
		if cr.r.cfg.Responses != nil {
			cr.r.crossLog = &crossLog{} // compared across waves when merged
		}
		p.subs[s] = cr
		p.order = append(p.order, s)
	}
	p.last, p.lastW = s, cr.w
	return cr.w
}

func (p *chunkRoute) row(row []string, line int) {
	if blankRow(row) {
		return
	}
	v := trimSpace(cell(row, p.file.r.waveCol))
	s := p.byCel[v]
	if s == nil {
		if s = p.file.sub(v); s == nil {
			p.fail = true
			return
		}
		p.byCel[v] = s
	}
	w := p.enter(s)
	w.row(row, line)
	p.counted(w)
}
