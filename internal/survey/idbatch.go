package survey

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"hash/maphash"
	"slices"
)

// idBatch collects the respondent ids of a file's rows (or of a part of
// the file read on another core) to be checked all at once when the file
// ends (respondentCheck.flush): per respondent a hash and a line, and the
// id's bytes for messages. Sorting the hashes finds the ids seen twice far
// more cheaply than a map look-up per row, and the messages are the ones a
// check row by row gives.
type idBatch struct {
	seed maphash.Seed
	col  int // the id column
	rows []hashedID
	// text holds the ids one after the other, each after its length
	// (uvarint); offs, made when a message needs an id, says where each
	// starts.
	text []byte
	offs []int
	// base is added to the rows' lines: a part of the file read on another
	// core numbers its lines from 1 and learns where it starts in the file
	// when the parts before it are counted.
	base uint32
	// byHash says the rows are sorted already (a part sorts its own on its
	// core, while the other parts are still read).
	byHash bool
}

// batchIDs switches batches on (tests compare them with the check row by
// row).
var batchIDs = true

// hashedID is a respondent id by its hash, with its line and a number: in
// a batch, the row's place in the batch (and its id's in text); in an
// IDRegistry, the file where the id was first seen. One type serves both so
// that a sorted batch's rows become the registry's list.
type hashedID struct {
	h    uint64
	line uint32
	n    uint32
}

// check takes a row's id (the full path's rows; responseChecker).
func (b *idBatch) check(row []string, line int, _ []pendingAnswer) {
	if id := trimSpace(cell(row, b.col)); id != "" {
		b.push(maphash.String(b.seed, id), line)
		b.text = binary.AppendUvarint(b.text, uint64(len(id)))
		b.text = append(b.text, id...)
	}
}

// add takes a row's id cell as bytes (the fast path's rows).
func (b *idBatch) add(cell []byte, line int) {
	if len(cell) > 0 && (cell[0] <= ' ' || cell[len(cell)-1] <= ' ') {
		cell = bytes.TrimSpace(cell) // as trimSpace does
	}
	if len(cell) == 0 {
		return
	}
	b.push(maphash.Bytes(b.seed, cell), line)
	b.text = binary.AppendUvarint(b.text, uint64(len(cell)))
	b.text = append(b.text, cell...)
}

func (b *idBatch) push(h uint64, line int) {
	b.rows = append(b.rows, hashedID{h: h, line: uint32(line), n: uint32(len(b.rows))})
}

// reserve makes room for about n more ids.
func (b *idBatch) reserve(n int) {
	if n <= 0 || len(b.rows) == 0 {
		return
	}
	b.rows = grown(b.rows, n)
	b.text = grown(b.text, n*(len(b.text)/len(b.rows)+1))
}

// grown is s with room for n more elements, in a new array when it has
// not: unlike append and slices.Grow, which clear the room they add, make
// leaves memory fresh from the system untouched until the batch writes
// it (a batch is megabytes, and clearing it costs as much as filling it).
func grown[E any](s []E, n int) []E {
	if n <= cap(s)-len(s) {
		return s
	}
	g := make([]E, len(s), len(s)+n)
	copy(g, s)
	return g
}

// id is the text of a row's id.
func (b *idBatch) id(r hashedID) string {
	if b.offs == nil {
		b.offs = make([]int, 0, len(b.rows))
		for off := 0; off < len(b.text); {
			b.offs = append(b.offs, off)
			n, k := binary.Uvarint(b.text[off:])
			off += k + int(n)
		}
	}
	off := b.offs[r.n]
	n, k := binary.Uvarint(b.text[off:])
	return string(b.text[off+k : off+k+int(n)])
}

// sorted sorts the rows by hash in place, rows of the same hash in file
// order, and returns them with their own space (rows[:0]) for what the
// caller keeps of them: written behind where it reads, it overwrites only
// rows already read. The sort needs no second array (a batch is megabytes,
// and fresh memory costs page faults): the rows are dealt into 256
// buckets by the hash's top byte in place (an American flag sort, whose
// 256 places being written stay in the cache), each bucket the same way
// by the next byte, down to buckets of a few rows, sorted by insertion.
func (b *idBatch) sorted() (rows, space []hashedID) {
	if !b.byHash {
		flagSort(b.rows, 56)
		b.byHash = true
	}
	return b.rows, b.rows[:0]
}

// flagSort sorts rows whose hashes agree above bit shift+8 by hash, then
// by n (file order).
func flagSort(rows []hashedID, shift int) {
	switch {
	case len(rows) <= 32:
		insertionSort(rows)
		return
	case shift < 0: // the same hash: ids seen again and again
		slices.SortFunc(rows, hashedID.compare)
		return
	}
	// start[d] is where bucket d starts, next[d] its next row to place.
	var start [257]int
	for _, r := range rows {
		start[r.h>>shift&0xff+1]++
	}
	for d := 1; d < len(start); d++ {
		start[d] += start[d-1]
	}
	next := [256]int(start[:256])
	for d := range next {
		for next[d] < start[d+1] {
			r := rows[next[d]]
			for k := r.h >> shift & 0xff; k != uint64(d); k = r.h >> shift & 0xff {
				r, rows[next[k]] = rows[next[k]], r
				next[k]++
			}
			rows[next[d]] = r
			next[d]++
		}
	}
	for d := range 256 {
		flagSort(rows[start[d]:start[d+1]], shift-8)
	}
}

// insertionSort sorts a few rows by hash, then by n.
func insertionSort(rows []hashedID) {
	for i := 1; i < len(rows); i++ {
		for j := i; j > 0 && rows[j].compare(rows[j-1]) < 0; j-- {
			rows[j], rows[j-1] = rows[j-1], rows[j]
		}
	}
}

// compare orders rows by hash, then by place.
func (r hashedID) compare(o hashedID) int {
	if c := cmp.Compare(r.h, o.h); c != 0 {
		return c
	}
	return cmp.Compare(r.n, o.n)
}
