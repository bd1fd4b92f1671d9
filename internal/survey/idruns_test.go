package survey

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/kano"
)

// TestIDRunsManyFiles: a wave of many files, each read in parallel (its
// parts' ids checked as sorted lists of their own), with ids repeated
// within a file, within a part and across files: the registry merges its
// lists as they pile up, and the messages are those of the check row by
// row, in the same order and at the same lines.
func TestIDRunsManyFiles(t *testing.T) {
	rng := rand.New(rand.NewPCG(18, 6))
	fsys := fstest.MapFS{}
	var srcs []Source
	for f := 0; f < 12; f++ {
		var b strings.Builder
		b.WriteString("respondent,a_functional,a_dysfunctional\n")
		var ids []int
		for r := 0; r < 200; r++ {
			id := rng.IntN(3000)
			switch r {
			case 120, 199: // a row read to understand the columns, again in a later part
				id = ids[r%3]
			}
			ids = append(ids, id)
			fmt.Fprintf(&b, "r%d,%d,%d\n", id, 1+rng.IntN(5), 1+rng.IntN(5))
		}
		name := fmt.Sprintf("f%02d.csv", f)
		fsys[name] = &fstest.MapFile{Data: []byte(b.String())}
		srcs = append(srcs, Source{FS: fsys, Path: name, Display: name})
	}
	read := func() string {
		st, err := ReadAll(srcs, Config{}, kano.NewSurvey(), nil)
		var de *diag.Error
		if err != nil && !errors.As(err, &de) {
			t.Fatal(err)
		}
		out, _ := json.Marshal(struct {
			Stats []Stats
			Err   *diag.Error
		}{st, de})
		return string(out)
	}
	before := parallelReads.Load()
	batch := read()
	if n := parallelReads.Load() - before; n != int64(len(srcs)) {
		t.Errorf("%d files read in parallel, want %d", n, len(srcs))
	}
	batchIDs = false
	rows := read()
	batchIDs = true
	if batch != rows {
		t.Fatalf("batch:\n%s\nrow by row:\n%s", batch, rows)
	}
	for _, m := range []string{"of this file", "is also in", "more responses of this file"} {
		if !strings.Contains(batch, m) {
			t.Errorf("no message %q: %.400s", m, batch)
		}
	}
}

// TestIDRegistryRuns: lists inserted one after another are merged once
// there are more than maxRuns, and every id is found where it was first
// registered.
func TestIDRegistryRuns(t *testing.T) {
	g := NewIDRegistry()
	rng := rand.New(rand.NewPCG(1, 2))
	want := map[uint64]idPlace{}
	for file := uint32(0); file < 3*maxRuns; file++ {
		b := &idBatch{}
		for k := 0; k < 50; k++ {
			h := rng.Uint64()
			if _, ok := want[h]; ok {
				continue
			}
			want[h] = idPlace{file, uint32(k + 2)}
			b.rows = append(b.rows, newHashedID(h, uint32(k+2)))
		}
		rows, _ := b.sorted()
		g.insert(file, rows, nil)
		if len(g.runs) > maxRuns {
			t.Fatalf("%d lists after file %d, want at most %d", len(g.runs), file, maxRuns)
		}
	}
	for h, p := range want {
		if got, ok := g.lookup(h); !ok || got != p {
			t.Fatalf("lookup(%x) = %v, %v; want %v", h, got, ok, p)
		}
	}
	if _, ok := g.lookup(12345); ok {
		t.Error("found an id never registered")
	}
}
