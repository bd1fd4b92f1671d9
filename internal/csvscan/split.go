package csvscan

import (
	"bytes"
	"io"
	"sync"
)

// Chunk is a part of a file that starts at the start of a record:
// bytes [Start, End), whose first line is Line.
type Chunk struct {
	Start, End int64
	Line       int
}

// Section returns a reader of the chunk's bytes.
func (c Chunk) Section(ra io.ReaderAt) *io.SectionReader {
	return io.NewSectionReader(ra, c.Start, c.End-c.Start)
}

// splitBlock is how much each step of Split reads.
const splitBlock = 256 << 10

// MinChunk is the smallest chunk Split makes: below it, starting a
// goroutine costs more than it saves.
var MinChunk int64 = 1 << 20

// Split cuts bytes [start, end) of ra, whose first line is firstLine, into
// at most n chunks of about equal size for parallel scanning. A cut goes
// after a line feed that is outside quotes: quotes are counted from start,
// and in a well-formed file an even number of them before a line feed means
// it ends a record (a doubled quote inside a cell counts twice). A quote the
// count misreads (a bare quote, which only LazyQuotes accepts) can put a
// cut inside a quoted cell; the scanner of the chunk before it then ends
// inside quotes (an error, or EndedInQuote with LazyQuotes), and the caller
// reads the file in one piece instead. The counting reads every block once,
// in parallel.
func Split(ra io.ReaderAt, start, end int64, firstLine, n int) ([]Chunk, error) {
	if firstLine <= 0 {
		firstLine = 1
	}
	size := end - start
	if n <= 1 || size < int64(n)*MinChunk {
		return []Chunk{{start, end, firstLine}}, nil
	}
	// Count quotes and line feeds in n equal parts, in parallel.
	type count struct {
		quotes, lines int
		err           error
	}
	counts := make([]count, n)
	bound := func(k int) int64 { return start + size*int64(k)/int64(n) }
	var wg sync.WaitGroup
	for k := 0; k < n-1; k++ { // the last part's counts are not needed
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			c := &counts[k]
			buf := make([]byte, min(splitBlock, size/int64(n)+1))
			for off := bound(k); off < bound(k+1); {
				m := int(min(int64(len(buf)), bound(k+1)-off))
				if err := readAt(ra, buf[:m], off); err != nil {
					c.err = err
					return
				}
				c.quotes += bytes.Count(buf[:m], quote)
				c.lines += bytes.Count(buf[:m], nl)
				off += int64(m)
			}
		}(k)
	}
	wg.Wait()
	chunks := []Chunk{{Start: start, Line: firstLine}}
	quotes, lines := 0, firstLine-1
	buf := make([]byte, min(splitBlock, size/int64(n)+1))
	for k := 1; k < n; k++ {
		c := counts[k-1]
		if c.err != nil {
			return nil, c.err
		}
		quotes += c.quotes
		lines += c.lines
		// From the part's start, find the first line feed with an even
		// number of quotes before it.
		off, limit := bound(k), bound(k+1)
		q, l := quotes, lines
		cut := int64(-1)
		for off < limit && cut < 0 {
			m := int(min(int64(len(buf)), limit-off))
			if err := readAt(ra, buf[:m], off); err != nil {
				return nil, err
			}
			for i, b := range buf[:m] {
				if b == '"' {
					q++
				} else if b == '\n' {
					l++
					if q%2 == 0 {
						cut = off + int64(i) + 1
						break
					}
				}
			}
			off += int64(m)
		}
		if cut < 0 || cut >= end {
			continue // no cut in this part: the chunk before grows
		}
		last := &chunks[len(chunks)-1]
		last.End = cut
		chunks = append(chunks, Chunk{Start: cut, Line: l + 1})
	}
	chunks[len(chunks)-1].End = end
	return chunks, nil
}

var quote = []byte{'"'}

// Cut cuts bytes [start, end) of ra into at most n chunks of about equal
// size, each cut after the first line feed past the start of an equal
// part. It reads only around the cuts, where Split reads the whole range
// once more to count quotes and lines: a chunk's Line is not known (0),
// and a cut falls inside a quoted cell when a cell there holds a line
// feed. The scanner of the chunk before such a cut ends inside quotes (an
// error, or EndedInQuote with LazyQuotes), since it starts where a record
// starts; the caller then splits with Split, or reads in one piece. A
// caller numbers a chunk's lines from 1 and adds the lines of the chunks
// before it once all are read.
func Cut(ra io.ReaderAt, start, end int64, n int) ([]Chunk, error) {
	size := end - start
	chunks := []Chunk{{Start: start, End: end}}
	if n <= 1 || size < int64(n)*MinChunk {
		return chunks, nil
	}
	// A cut is a line feed a survey line (a few hundred bytes) or so
	// further: a page's worth is read at a time, and more only for longer
	// lines.
	buf := make([]byte, 4<<10)
	for k := 1; k < n; k++ {
		last := &chunks[len(chunks)-1]
		cut := int64(-1)
		for off := max(start+size*int64(k)/int64(n), last.Start); off < end && cut < 0; {
			m := int(min(int64(len(buf)), end-off))
			if err := readAt(ra, buf[:m], off); err != nil {
				return nil, err
			}
			if i := bytes.IndexByte(buf[:m], '\n'); i >= 0 {
				cut = off + int64(i) + 1
			}
			off += int64(m)
		}
		if cut < 0 || cut >= end {
			break
		}
		last.End = cut
		chunks = append(chunks, Chunk{Start: cut, End: end})
	}
	return chunks, nil
}

// readAt fills b from offset off of ra.
func readAt(ra io.ReaderAt, b []byte, off int64) error {
	n, err := ra.ReadAt(b, off)
	if n < len(b) {
		if err == nil {
			err = io.ErrUnexpectedEOF
		}
		return err
	}
	return nil
}
