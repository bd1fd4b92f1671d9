package xlsxscan

import (
	"io"
	"runtime"
)

// readAhead inflates a zip entry on a goroutine of its own, a chunk ahead
// of the scanner: inflating is about half the work of reading a sheet, so
// on two cores the two halves overlap. On one core the entry is read
// directly.
type readAhead struct {
	src    io.ReadCloser
	full   chan chunk // inflated chunks, in order
	free   chan []byte
	stop   chan struct{}
	done   chan struct{} // closed when the goroutine has returned
	cur    chunk
	off    int
	err    error
	closed bool
}

type chunk struct {
	b   []byte
	err error // after b: the end of the entry or a read error
}

const (
	readAheadChunk   = 256 << 10
	readAheadBuffers = 4
)

// newReadAhead reads rc ahead when there is more than one core to do it on.
func newReadAhead(rc io.ReadCloser) io.ReadCloser {
	if runtime.GOMAXPROCS(0) < 2 {
		return rc
	}
	ra := &readAhead{src: rc, full: make(chan chunk, readAheadBuffers), free: make(chan []byte, readAheadBuffers),
		stop: make(chan struct{}), done: make(chan struct{})}
	for i := 0; i < readAheadBuffers; i++ {
		ra.free <- make([]byte, readAheadChunk)
	}
	go ra.fill()
	return ra
}

func (ra *readAhead) fill() {
	defer close(ra.done)
	for {
		var buf []byte
		select {
		case buf = <-ra.free:
		case <-ra.stop:
			return
		}
		n, err := io.ReadFull(ra.src, buf)
		if err == io.ErrUnexpectedEOF {
			err = io.EOF
		}
		select {
		case ra.full <- chunk{buf[:n], err}:
		case <-ra.stop:
			return
		}
		if err != nil {
			return
		}
	}
}

func (ra *readAhead) Read(p []byte) (int, error) {
	for ra.off == len(ra.cur.b) {
		if ra.err != nil {
			return 0, ra.err
		}
		if ra.cur.b != nil {
			ra.free <- ra.cur.b[:cap(ra.cur.b)]
		}
		ra.cur, ra.off = <-ra.full, 0
		ra.err = ra.cur.err
	}
	n := copy(p, ra.cur.b[ra.off:])
	ra.off += n
	return n, nil
}

// Close stops the goroutine, then closes the entry.
func (ra *readAhead) Close() error {
	if ra.closed {
		return nil
	}
	ra.closed = true
	close(ra.stop)
	<-ra.done
	return ra.src.Close()
}
