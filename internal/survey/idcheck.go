package survey

import (
	"cmp"
	"fmt"
	"slices"
	"sync"
)

// flush checks the batch of ids, and those of the parts read on other
// cores, as check would have row by row: an id seen in an earlier file of
// the registry is reported as in that file, an id seen again in this file
// at its first line here; then the file's ids join the registry. Each
// batch is sorted by hash, so one walk over them all in hash order meets
// the rows of an id together, in file order. When the file was read on
// several cores, each core walks a range of the hashes.
func (rc *respondentCheck) flush() {
	batches := append([]*idBatch{rc.batch}, rc.later...)
	rc.batch, rc.later = nil, nil
	g, file := rc.registry()
	rows := make([][]hashedID, len(batches))
	total := 0
	for k, b := range batches {
		rows[k], _ = b.sorted()
		rows[k] = rows[k][:len(b.rows):len(b.rows)]
		total += len(rows[k])
	}
	ranges := 1
	if len(batches) > 1 && total >= minParallelFlush {
		ranges = cores()
	}
	walks := make([]idWalk, ranges)
	var wg sync.WaitGroup
	for j := range walks {
		w := &walks[j]
		w.g, w.file, w.batches = g, file, batches
		w.rows = make([][]hashedID, len(rows))
		for k, r := range rows {
			w.rows[k] = hashRange(r, j, ranges)
		}
		if j == len(walks)-1 {
			w.walk()
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			w.walk()
		}()
	}
	wg.Wait()
	var again, elsewhere []seenID
	for j := range walks {
		again = append(again, walks[j].again...)
		elsewhere = append(elsewhere, walks[j].elsewhere...)
	}
	// In file order, as a check row by row meets them, the two kinds
	// together: the first row of each other file gets the message, past
	// the cap on messages the first ones are listed, and the first rounded
	// id of either kind gets the one message about rounding.
	byLine := func(x, y seenID) int { return cmp.Compare(x.line, y.line) }
	slices.SortFunc(again, byLine)
	slices.SortFunc(elsewhere, byLine)
	for len(again) > 0 || len(elsewhere) > 0 {
		if len(elsewhere) == 0 || len(again) > 0 && again[0].line < elsewhere[0].line {
			a := again[0]
			again = again[1:]
			rc.again(int(a.line), batches[a.b].id(a.row), a.first.line)
			continue
		}
		o := elsewhere[0]
		elsewhere = elsewhere[1:]
		if id := batches[o.b].id(o.row); !rc.roundedIDs(int(o.line), id, g.files[o.first.file], o.first.line) {
			rc.elsewhereAt(o.first, int(o.line), rc.col+1, fmt.Sprintf("respondent %q is also in %s", id, g.where(o.first)))
		}
	}
	// Each range wrote its batch's new ids over the start of its rows:
	// move them together, one list per batch.
	fresh := make([][]hashedID, len(rows))
	for k, r := range rows {
		n := 0
		for j := range walks {
			n += copy(r[n:], walks[j].rows[k][:walks[j].fresh[k]])
		}
		fresh[k] = r[:n]
	}
	g.insert(fresh...)
}

// minParallelFlush is the least number of ids whose check is shared by
// the cores that read them.
const minParallelFlush = 1 << 14

// hashRange is the part of rows, sorted by hash, whose hashes fall in the
// j-th of n equal ranges.
func hashRange(rows []hashedID, j, n int) []hashedID {
	bound := func(j int) int {
		if j == n {
			return len(rows)
		}
		// The first hash of range j, as a fraction of 2^64 (n is small).
		lo := ^uint64(0)/uint64(n)*uint64(j) + uint64(j)
		i, _ := slices.BinarySearchFunc(rows, lo, func(e hashedID, h uint64) int { return cmp.Compare(e.h, h) })
		return i
	}
	if n == 1 {
		return rows
	}
	return rows[bound(j):bound(j+1)]
}

// seenID is a row (of batch b, at line in the file) whose id was seen
// first at first.
type seenID struct {
	b     int
	row   hashedID
	line  uint32
	first idPlace
}

// idWalk checks the rows of a range of hashes, one list per batch.
type idWalk struct {
	g       *IDRegistry
	file    uint32
	batches []*idBatch
	rows    [][]hashedID
	// read[k]: the rows of rows[k] read; fresh[k]: how many ids new to the
	// registry were written over the start of rows[k] (behind the rows
	// read).
	read, fresh []int
	// again and elsewhere: rows seen in this file before, in an earlier
	// file.
	again, elsewhere []seenID
}

// walk meets the ids in hash order, each id's rows in file order (by
// batch, then within its batch).
func (w *idWalk) walk() {
	w.read, w.fresh = make([]int, len(w.rows)), make([]int, len(w.rows))
	empty := len(w.g.seen) == 0 && len(w.g.runs) == 0
	switch {
	case empty && len(w.rows) == 1:
		w.walk1()
	case empty && len(w.rows) == 2:
		w.walk2()
	}
	for {
		// The least hash not read yet.
		var h uint64
		found := false
		for k, r := range w.rows {
			if i := w.read[k]; i < len(r) && (!found || r[i].h < h) {
				h, found = r[i].h, true
			}
		}
		if !found {
			return
		}
		var first idPlace
		known := false
		if !empty {
			first, known = w.g.lookup(h)
		}
		w.id(h, first, known)
	}
}

// id reads the rows of the id hashed to h, seen first at first if known.
func (w *idWalk) id(h uint64, first idPlace, known bool) {
	unseen := !known
	for k, r := range w.rows {
		base := w.batches[k].base
		i := w.read[k]
		for ; i < len(r) && r[i].h == h; i++ {
			line := r[i].line + base
			switch {
			case known:
				w.elsewhere = append(w.elsewhere, seenID{k, r[i], line, first})
			case unseen: // the id's first row in the file
				first, unseen = idPlace{w.file, line}, false
				r[w.fresh[k]] = hashedID{h: h, line: line, n: w.file}
				w.fresh[k]++
			default:
				w.again = append(w.again, seenID{k, r[i], line, first})
			}
		}
		w.read[k] = i
	}
}

// walk1 is walk over one list in a registry without ids: an id in one
// row only (almost every id) is kept as new at once; the others go
// through id.
func (w *idWalk) walk1() {
	a, base := w.rows[0], w.batches[0].base
	i, fa := w.read[0], w.fresh[0]
	for i < len(a) {
		if x := a[i].h; i+1 == len(a) || a[i+1].h != x {
			a[fa] = hashedID{h: x, line: a[i].line + base, n: w.file}
			i, fa = i+1, fa+1
			continue
		}
		w.read[0], w.fresh[0] = i, fa
		w.id(a[i].h, idPlace{}, false)
		i, fa = w.read[0], w.fresh[0]
	}
	w.read[0], w.fresh[0] = i, fa
}

// walk2 is walk over two lists, while both have rows, in a registry
// without ids: an id in one row only (almost every id) is kept as new
// without looking at the lists one by one; the few others go through id.
func (w *idWalk) walk2() {
	a, b := w.rows[0], w.rows[1]
	baseA, baseB := w.batches[0].base, w.batches[1].base
	i, j, fa, fb := w.read[0], w.read[1], w.fresh[0], w.fresh[1]
	for i < len(a) && j < len(b) {
		x, y := a[i].h, b[j].h
		switch {
		case x < y && (i+1 == len(a) || a[i+1].h != x):
			a[fa] = hashedID{h: x, line: a[i].line + baseA, n: w.file}
			i, fa = i+1, fa+1
		case y < x && (j+1 == len(b) || b[j+1].h != y):
			b[fb] = hashedID{h: y, line: b[j].line + baseB, n: w.file}
			j, fb = j+1, fb+1
		default:
			w.read[0], w.read[1], w.fresh[0], w.fresh[1] = i, j, fa, fb
			w.id(min(x, y), idPlace{}, false)
			i, j, fa, fb = w.read[0], w.read[1], w.fresh[0], w.fresh[1]
		}
	}
	w.read[0], w.read[1], w.fresh[0], w.fresh[1] = i, j, fa, fb
}
