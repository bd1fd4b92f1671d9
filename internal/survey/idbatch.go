package survey

import (
	"bytes"
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
}

// batchIDs switches batches on (tests compare them with the check row by
// row).
var batchIDs = true

// hashedID is a respondent id by its hash, with its line and a number: in
// a batch, the row's place in the batch (and its id's in text); in an
// IDRegistry, the file where the id was first seen. One type serves both so
// that a sorted batch's scratch space becomes the registry's list.
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
	b.rows = slices.Grow(b.rows, n)
	b.text = slices.Grow(b.text, n*(len(b.text)/len(b.rows)+1))
}

// grow makes room for the ids of later parts, to join them without
// growing the batch step by step.
func (b *idBatch) grow(parts ...*idBatch) {
	rows, text := 0, 0
	for _, o := range parts {
		rows, text = rows+len(o.rows), text+len(o.text)
	}
	b.rows, b.text = slices.Grow(b.rows, rows), slices.Grow(b.text, text)
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

// join appends a later part of the file's ids.
func (b *idBatch) join(o *idBatch) {
	base := uint32(len(b.rows))
	for _, r := range o.rows {
		r.n += base
		b.rows = append(b.rows, r)
	}
	b.text = append(b.text, o.text...)
}

// sorted returns the rows sorted by hash, rows of the same hash in file
// order (a stable radix sort, 11 bits a pass), and as much scratch space.
func (b *idBatch) sorted() (rows, scratch []hashedID) {
	const bits = 11
	src := b.rows
	dst := make([]hashedID, len(src))
	var count [1 << bits]int
	for shift := 0; shift < 64; shift += bits {
		clear(count[:])
		for _, r := range src {
			count[r.h>>shift&(1<<bits-1)]++
		}
		sum := 0
		for i, c := range count {
			count[i] = sum
			sum += c
		}
		for _, r := range src {
			d := r.h >> shift & (1<<bits - 1)
			dst[count[d]] = r
			count[d]++
		}
		src, dst = dst, src
	}
	return src, dst
}
