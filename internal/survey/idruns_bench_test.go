package survey

import (
	"fmt"
	"hash/maphash"
	"runtime"
	"slices"
	"testing"
)

// benchFlush checks 100,000 distinct ids in parts batches, sorted already
// (as the parts read on other cores sort theirs), the batches restored
// from a copy before each check (a check compacts them).
func benchFlush(b *testing.B, parts int) {
	const n = 100000
	seed := maphash.MakeSeed()
	r := &reader{src: Source{Display: "s.csv"}, stats: &Stats{}}
	var batches []*idBatch
	var pristine [][]hashedID
	per := n / parts
	for p := 0; p < parts; p++ {
		bt := &idBatch{seed: seed, base: uint32(p * per)}
		for i := p * per; i < (p+1)*per; i++ {
			bt.add(fmt.Appendf(nil, "r%06d", i), i-p*per+1)
		}
		rows, _ := bt.sorted()
		batches = append(batches, bt)
		pristine = append(pristine, slices.Clone(rows))
	}
	b.ReportAllocs()
	for b.Loop() {
		g := NewIDRegistry()
		g.seed = seed
		rc := &respondentCheck{col: 0, reader: r, local: g, lfile: g.addFile("s.csv")}
		for p, bt := range batches {
			bt.rows = bt.rows[:len(pristine[p])]
			copy(bt.rows, pristine[p])
		}
		rc.batch, rc.later = batches[0], batches[1:]
		rc.flush()
	}
}

// BenchmarkFlush checks the ids of a file read on one core (one batch),
// and of a file read on two or three (a batch each), walked on all cores
// and on one.
func BenchmarkFlush(b *testing.B) {
	defer func(c func() int) { cores = c }(cores)
	all := func() int { return runtime.GOMAXPROCS(0) }
	for _, parts := range []int{1, 2, 3} {
		cores = all
		b.Run(fmt.Sprintf("batches=%d", parts), func(b *testing.B) { benchFlush(b, parts) })
		if parts > 1 {
			cores = func() int { return 1 }
			b.Run(fmt.Sprintf("batches=%d/one-core", parts), func(b *testing.B) { benchFlush(b, parts) })
		}
	}
}
