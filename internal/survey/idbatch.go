package survey

import (
	"bytes"
	"cmp"
	"hash/maphash"
	"slices"
)

// idBatch collects the respondent ids of a file's rows (or of a part of
// the file read on another core) to be checked all at once when the file
// ends (respondentCheck.flush): per respondent the hash of its id and its
// line, 12 bytes, and not the id's text. Sorting the hashes finds the ids
// seen twice far more cheaply than a map look-up per row; the text of an
// id whose hash repeats is read again from the file (idSource), to tell a
// respondent seen twice from two respondents whose ids share a hash and
// to word the message, which is the one a check row by row gives.
type idBatch struct {
	seed maphash.Seed
	col  int // the id column
	rows []hashedID
	// base is added to the rows' lines: a part of the file read on another
	// core numbers its lines from 1 and learns where it starts in the file
	// when the parts before it are counted.
	base uint32
	// offset is added to each line as it is pushed: the first part of a
	// file read on several cores knows where it starts, and holds the
	// rows read before it at their lines in the file, so its lines run
	// in file order from its first row.
	offset uint32
	// byHash says the rows are sorted already (a part sorts its own on its
	// core, while the other parts are still read).
	byHash bool
}

// batchIDs switches batches on (tests compare them with the check row by
// row).
var batchIDs = true

// hashMask is applied to the hashes of a batch's ids: tests clear most of
// its bits so that different ids share hashes.
var hashMask = ^uint64(0)

// hashedID is a respondent id by its hash, with its line: in a batch, a
// row; in an IDRegistry's list, an id's first row. The hash is held in two
// halves so that the type takes 12 bytes, not the 16 a uint64 field would
// align it to: a batch holds one per respondent, and fresh memory costs
// page faults.
type hashedID struct {
	hi, lo uint32
	line   uint32
}

func newHashedID(h uint64, line uint32) hashedID {
	return hashedID{hi: uint32(h >> 32), lo: uint32(h), line: line}
}

// hash is the id's hash.
func (r hashedID) hash() uint64 { return uint64(r.hi)<<32 | uint64(r.lo) }

// check takes a row's id (the full path's rows; responseChecker).
func (b *idBatch) check(row []string, line int, _ []pendingAnswer) {
	if id := trimSpace(cell(row, b.col)); id != "" {
		b.push(maphash.String(b.seed, id), line)
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
}

func (b *idBatch) push(h uint64, line int) {
	b.rows = append(b.rows, newHashedID(h&hashMask, uint32(line)+b.offset))
}

// reserve makes room for about n more ids.
func (b *idBatch) reserve(n int) {
	if n <= 0 || len(b.rows) == 0 {
		return
	}
	b.rows = grown(b.rows, n)
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
// by line (file order).
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
		start[r.hash()>>shift&0xff+1]++
	}
	for d := 1; d < len(start); d++ {
		start[d] += start[d-1]
	}
	next := [256]int(start[:256])
	for d := range next {
		for next[d] < start[d+1] {
			r := rows[next[d]]
			for k := r.hash() >> shift & 0xff; k != uint64(d); k = r.hash() >> shift & 0xff {
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

// insertionSort sorts a few rows by hash, then by line.
func insertionSort(rows []hashedID) {
	for i := 1; i < len(rows); i++ {
		for j := i; j > 0 && rows[j].compare(rows[j-1]) < 0; j-- {
			rows[j], rows[j-1] = rows[j-1], rows[j]
		}
	}
}

// compare orders rows by hash, then by line.
func (r hashedID) compare(o hashedID) int {
	if c := cmp.Compare(r.hash(), o.hash()); c != 0 {
		return c
	}
	return cmp.Compare(r.line, o.line)
}
