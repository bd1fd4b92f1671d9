package survey

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestIDBatchSameAsRowByRow: respondent ids checked in a batch when each
// file ends give exactly the messages the check row by row gives, within a
// file and across the files of a wave, whatever the layout of the files
// between (a long-layout file checks its ids row by row in the same
// registry), with ids repeated, padded with spaces and blank.
func TestIDBatchSameAsRowByRow(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	seen := map[string]bool{}
	for round := 0; round < 60; round++ {
		fsys := fstest.MapFS{}
		var srcs []Source
		for f := 0; f < 1+rng.IntN(4); f++ {
			var b strings.Builder
			name := fmt.Sprintf("f%d.csv", f)
			if rng.IntN(4) == 0 {
				b.WriteString("respondent,feature,functional,dysfunctional\n")
				for r := 0; r < 1+rng.IntN(30); r++ {
					fmt.Fprintf(&b, "%s,a,%d,%d\n", randomID(rng), 1+rng.IntN(5), 1+rng.IntN(5))
				}
			} else {
				b.WriteString("respondent,a_functional,a_dysfunctional\n")
				// UTF-8, then past the part read to tell the encoding a byte
				// that is not: the file stops there, with an error.
				broken := rng.IntN(4) == 0
				rows := 1 + rng.IntN(300)
				if broken {
					rows = 12000
				}
				for r := 0; r < rows; r++ {
					id := randomID(rng)
					if broken && r == 5 {
						id += "é"
					}
					if broken && r == rows-10 {
						id += "\xff"
					}
					fmt.Fprintf(&b, "%s,%d,%d\n", id, 1+rng.IntN(5), 1+rng.IntN(5))
				}
			}
			fsys[name] = &fstest.MapFile{Data: []byte(b.String())}
			srcs = append(srcs, Source{FS: fsys, Path: name, Display: name, Wave: []string{"", "w2"}[rng.IntN(2)]})
		}
		read := func() string { return readJSON(t, srcs) }
		batch := read()
		batchIDs = false
		rows := read()
		batchIDs = true
		if batch != rows {
			t.Fatalf("round %d: batch:\n%s\nrow by row:\n%s", round, batch, rows)
		}
		for _, m := range []string{"of this file", "is also in", "more responses of this file", "not UTF-8"} {
			seen[m] = seen[m] || strings.Contains(batch, m)
		}
	}
	if len(seen) != 4 || !seen["of this file"] || !seen["is also in"] || !seen["more responses of this file"] || !seen["not UTF-8"] {
		t.Errorf("the rounds did not meet every kind of message: %v", seen)
	}
}

// randomID draws from few ids, so that they repeat, some padded or blank.
func randomID(rng *rand.Rand) string {
	id := fmt.Sprintf("r%d", rng.IntN(400))
	switch rng.IntN(20) {
	case 0:
		return " " + id
	case 1:
		return id + "\t"
	case 2:
		return ""
	}
	return id
}

// TestIDBatchSorted: the radix sort orders by hash and keeps file order
// among equal hashes.
func TestIDBatchSorted(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	b := &idBatch{}
	for k := 0; k < 5000; k++ {
		h := rng.Uint64()
		if k%7 == 0 {
			h = uint64(k % 5) // repeats
		}
		b.rows = append(b.rows, newHashedID(h, uint32(k+2)))
	}
	want := slices.Clone(b.rows)
	slices.SortStableFunc(want, func(x, y hashedID) int {
		switch {
		case x.hash() < y.hash():
			return -1
		case x.hash() > y.hash():
			return 1
		}
		return 0
	})
	if got, _ := b.sorted(); !slices.Equal(got, want) {
		t.Errorf("sorted wrongly")
	}
}
