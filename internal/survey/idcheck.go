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
// the rows of a hash together. When the file was read on several cores,
// each core walks a range of the hashes. A hash met in one row and not in
// the registry is a new id (almost every id); the rows of the others are
// set aside and their ids' texts read again (idSource), so that only the
// same text makes the same respondent.
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
	// Every range is cut before any walk starts: a walk writes its new ids
	// over the start of its rows, where the next range's binary search
	// would otherwise read (a data race, and a wrong bound).
	for j := range walks {
		w := &walks[j]
		w.g, w.batches = g, batches
		w.rows = make([][]hashedID, len(rows))
		for k, r := range rows {
			w.rows[k] = hashRange(r, j, ranges)
		}
	}
	var wg sync.WaitGroup
	for j := range walks {
		w := &walks[j]
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
	// Each range wrote its batch's new ids over the start of its rows:
	// move them together, one list per batch.
	fresh := make([][]hashedID, len(rows), len(rows)+1)
	var repeats []repeatedRow
	for k, r := range rows {
		n := 0
		for j := range walks {
			n += copy(r[n:], walks[j].rows[k][:walks[j].fresh[k]])
		}
		fresh[k] = r[:n]
	}
	for j := range walks {
		repeats = append(repeats, walks[j].repeats...)
	}
	if len(repeats) > 0 {
		fresh = append(fresh, rc.repeated(g, file, repeats))
	}
	g.insert(file, fresh...)
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
		i, _ := slices.BinarySearchFunc(rows, lo, func(e hashedID, h uint64) int { return cmp.Compare(e.hash(), h) })
		return i
	}
	if n == 1 {
		return rows
	}
	return rows[bound(j):bound(j+1)]
}

// repeatedRow is a row, at line in the file, whose id's hash is in another
// row of the file or in the registry.
type repeatedRow struct {
	h    uint64
	line uint32
}

// seenID is a row, at line in the file, whose id was seen first at first.
type seenID struct {
	id    string
	line  uint32
	first idPlace
}

// idWalk checks the rows of a range of hashes, one list per batch.
type idWalk struct {
	g       *IDRegistry
	batches []*idBatch
	rows    [][]hashedID
	// read[k]: the rows of rows[k] read; fresh[k]: how many ids new to the
	// registry were written over the start of rows[k] (behind the rows
	// read).
	read, fresh []int
	// repeats: the rows whose hash is in another row or in the registry.
	repeats []repeatedRow
}

// walk meets the rows in hash order.
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
		// The least hash not read yet, and how many rows have it.
		var h uint64
		n, at := 0, 0
		for k, r := range w.rows {
			i := w.read[k]
			if i == len(r) {
				continue
			}
			switch x := r[i].hash(); {
			case n == 0 || x < h:
				h, n, at = x, 1, k
			case x == h:
				n++
			}
		}
		if n == 0 {
			return
		}
		if r := w.rows[at]; n == 1 && (w.read[at]+1 == len(r) || r[w.read[at]+1].hash() != h) && (empty || !w.g.has(h)) {
			w.keep(at, w.read[at])
			w.read[at]++
			continue
		}
		w.repeat(h)
	}
}

// keep keeps row i of list k as an id new to the registry.
func (w *idWalk) keep(k, i int) {
	r := w.rows[k]
	r[w.fresh[k]] = hashedID{hi: r[i].hi, lo: r[i].lo, line: r[i].line + w.batches[k].base}
	w.fresh[k]++
}

// repeat sets aside the rows of the hash h, in file order (by batch, then
// within its batch).
func (w *idWalk) repeat(h uint64) {
	for k, r := range w.rows {
		base := w.batches[k].base
		i := w.read[k]
		for ; i < len(r) && r[i].hash() == h; i++ {
			w.repeats = append(w.repeats, repeatedRow{h, r[i].line + base})
		}
		w.read[k] = i
	}
}

// walk1 is walk over one list in a registry without ids: an id in one
// row only (almost every id) is kept as new at once; the others are set
// aside.
func (w *idWalk) walk1() {
	a, base := w.rows[0], w.batches[0].base
	i, fa := w.read[0], w.fresh[0]
	for i < len(a) {
		if x := a[i].hash(); i+1 == len(a) || a[i+1].hash() != x {
			a[fa] = hashedID{hi: a[i].hi, lo: a[i].lo, line: a[i].line + base}
			i, fa = i+1, fa+1
			continue
		}
		w.read[0], w.fresh[0] = i, fa
		w.repeat(a[i].hash())
		i, fa = w.read[0], w.fresh[0]
	}
	w.read[0], w.fresh[0] = i, fa
}

// walk2 is walk over two lists, while both have rows, in a registry
// without ids: an id in one row only (almost every id) is kept as new
// without looking at the lists one by one; the few others are set aside.
func (w *idWalk) walk2() {
	a, b := w.rows[0], w.rows[1]
	baseA, baseB := w.batches[0].base, w.batches[1].base
	i, j, fa, fb := w.read[0], w.read[1], w.fresh[0], w.fresh[1]
	for i < len(a) && j < len(b) {
		x, y := a[i].hash(), b[j].hash()
		switch {
		case x < y && (i+1 == len(a) || a[i+1].hash() != x):
			a[fa] = hashedID{hi: a[i].hi, lo: a[i].lo, line: a[i].line + baseA}
			i, fa = i+1, fa+1
		case y < x && (j+1 == len(b) || b[j+1].hash() != y):
			b[fb] = hashedID{hi: b[j].hi, lo: b[j].lo, line: b[j].line + baseB}
			j, fb = j+1, fb+1
		default:
			w.read[0], w.read[1], w.fresh[0], w.fresh[1] = i, j, fa, fb
			w.repeat(min(x, y))
			i, j, fa, fb = w.read[0], w.read[1], w.fresh[0], w.fresh[1]
		}
	}
	w.read[0], w.read[1], w.fresh[0], w.fresh[1] = i, j, fa, fb
}

// repeated checks the rows set aside, whose hashes repeat, by their ids'
// texts read again: a row whose id is in an earlier file of the registry
// is reported as in that file, one whose id is in an earlier row of this
// file at that row's line; the first row of each id not seen before is
// returned, sorted by hash, to join the registry. Rows of the same hash
// and different ids are different respondents. Ids of a file checked row
// by row cannot be read again: there the hash decides, as that check's
// does.
func (rc *respondentCheck) repeated(g *IDRegistry, file uint32, repeats []repeatedRow) []hashedID {
	slices.SortFunc(repeats, func(x, y repeatedRow) int {
		if c := cmp.Compare(x.h, y.h); c != 0 {
			return c
		}
		return cmp.Compare(x.line, y.line)
	})
	// The places in earlier files of each hash, and the lines whose ids
	// are read again, by file.
	places := map[uint64][]idPlace{}
	want := map[uint32]map[uint32]uint64{file: {}}
	for i, r := range repeats {
		want[file][r.line] = r.h
		if i > 0 && repeats[i-1].h == r.h {
			continue
		}
		ps := g.places(r.h)
		places[r.h] = ps
		for _, p := range ps {
			if g.sources[p.file] == nil {
				continue
			}
			if want[p.file] == nil {
				want[p.file] = map[uint32]uint64{}
			}
			want[p.file][p.line] = r.h
		}
	}
	texts := map[uint32]map[uint32]string{}
	for f, lines := range want {
		t, err := g.sources[f].ids(lines)
		if err != nil {
			rc.reader.probs.Append(unreadableAgain(g.files[f], err))
			return nil
		}
		texts[f] = t
	}
	var again, elsewhere []seenID
	var fresh []hashedID
	for i := 0; i < len(repeats); {
		h := repeats[i].h
		here := map[string]uint32{} // the ids of the hash first seen in this file
		for ; i < len(repeats) && repeats[i].h == h; i++ {
			line := repeats[i].line
			id := texts[file][line]
			if p, ok := sameID(places[h], texts, id); ok {
				elsewhere = append(elsewhere, seenID{id, line, p})
				continue
			}
			if first, ok := here[id]; ok {
				again = append(again, seenID{id, line, idPlace{file, first}})
				continue
			}
			here[id] = line
			fresh = append(fresh, newHashedID(h, line))
		}
	}
	rc.report(g, again, elsewhere)
	return fresh
}

// sameID finds the place of id among places of its hash: one whose text
// is id, or one whose text cannot be read again (there the hash decides).
func sameID(places []idPlace, texts map[uint32]map[uint32]string, id string) (idPlace, bool) {
	for _, p := range places {
		if t, ok := texts[p.file]; !ok || t[p.line] == id {
			return p, true
		}
	}
	return idPlace{}, false
}

// report words the rows seen before, in file order, as a check row by row
// meets them, the two kinds together: the first row of each other file
// gets the message, past the cap on messages the first ones are listed,
// and the first rounded id of either kind gets the one message about
// rounding.
func (rc *respondentCheck) report(g *IDRegistry, again, elsewhere []seenID) {
	byLine := func(x, y seenID) int { return cmp.Compare(x.line, y.line) }
	slices.SortFunc(again, byLine)
	slices.SortFunc(elsewhere, byLine)
	for len(again) > 0 || len(elsewhere) > 0 {
		if len(elsewhere) == 0 || len(again) > 0 && again[0].line < elsewhere[0].line {
			a := again[0]
			again = again[1:]
			rc.again(int(a.line), a.id, a.first.line, sameUnknown)
			continue
		}
		o := elsewhere[0]
		elsewhere = elsewhere[1:]
		if !rc.roundedIDs(int(o.line), o.id, g.files[o.first.file], o.first.line) {
			rc.elsewhereAt(o.first, int(o.line), rc.col+1, fmt.Sprintf("respondent %q is also in %s", o.id, g.where(o.first)))
		}
	}
}
