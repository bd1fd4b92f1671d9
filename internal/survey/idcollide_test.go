package survey

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/kano"
	"github.com/dsc-workbench/dsc/third_party/excelize"
)

// fewHashes makes a batch's ids share hashes: only 7 bits are left, 3 at
// the top (so a check on several cores still walks several ranges) and 4
// at the bottom, 128 hashes for hundreds of ids.
const fewHashes = 0xe00000000000000f

// readJSON reads srcs as one wave's files (and those of a second wave) and
// returns the stats and problems as JSON.
func readJSON(t *testing.T, srcs []Source) string {
	t.Helper()
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

// TestIDBatchHashCollisions: ids of a batch that share a hash are told
// apart by their texts read again from the file: with only 128 hashes for
// 400 ids, within a file, across the parts of a file read on several
// cores (every test of this package reads so) and across the files of a
// wave, the messages are exactly those of the check row by row, which
// hashes with all 64 bits.
func TestIDBatchHashCollisions(t *testing.T) {
	defer func() { hashMask, batchIDs = ^uint64(0), true }()
	rng := rand.New(rand.NewPCG(18, 8))
	for round := 0; round < 40; round++ {
		fsys := fstest.MapFS{}
		var srcs []Source
		for f := 0; f < 1+rng.IntN(4); f++ {
			var b strings.Builder
			b.WriteString("respondent,a_functional,a_dysfunctional\n")
			for r := 0; r < 1+rng.IntN(600); r++ {
				id := randomID(rng)
				if rng.IntN(50) == 0 {
					id = `"` + id + "\n" + id + `"` // a cell of two lines: the id's line is the row's first
				}
				fmt.Fprintf(&b, "%s,%d,%d\n", id, 1+rng.IntN(5), 1+rng.IntN(5))
			}
			name := fmt.Sprintf("f%d.csv", f)
			fsys[name] = &fstest.MapFile{Data: []byte(b.String())}
			srcs = append(srcs, Source{FS: fsys, Path: name, Display: name, Wave: []string{"", "w2"}[rng.IntN(2)]})
		}
		hashMask = fewHashes
		batch := readJSON(t, srcs)
		hashMask, batchIDs = ^uint64(0), false
		rows := readJSON(t, srcs)
		batchIDs = true
		if batch != rows {
			t.Fatalf("round %d: batch:\n%s\nrow by row:\n%s", round, batch, rows)
		}
	}
}

// TestIDBatchSharedHashNoDuplicate: two respondents whose ids share a hash
// (all of them share one here) are two respondents, in one file, in two
// files of a wave and in a workbook; the same id in two rows is still
// reported, at the line of its first row.
func TestIDBatchSharedHashNoDuplicate(t *testing.T) {
	defer func() { hashMask = ^uint64(0) }()
	hashMask = 0
	fsys := fstest.MapFS{
		"a.csv": {Data: []byte("respondent,a_functional,a_dysfunctional\nr1,1,5\nr2,2,4\n r3 ,1,5\n")},
		"b.csv": {Data: []byte("respondent,a_functional,a_dysfunctional\nr4,1,5\nr5,2,4\n")},
		"c.csv": {Data: []byte("respondent,a_functional,a_dysfunctional\nr6,1,5\nr7,1,5\nr6,2,4\nr2,1,5\n")},
	}
	var buf bytes.Buffer
	x := excelize.NewFile()
	for i, r := range [][]any{{"respondent", "a_functional", "a_dysfunctional"}, {"r8", 1, 5}, {"r9", 2, 4}, {"r8", 3, 3}} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := x.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.Write(&buf); err != nil {
		t.Fatal(err)
	}
	fsys["d.xlsx"] = &fstest.MapFile{Data: buf.Bytes()}
	src := func(name string) Source { return Source{FS: fsys, Path: name, Display: name} }

	st, err := ReadAll([]Source{src("a.csv"), src("b.csv")}, Config{}, kano.NewSurvey(), nil)
	if err != nil {
		t.Fatalf("two files of different respondents: %v", err)
	}
	if n := st[0].Respondents + st[1].Respondents; n != 5 {
		t.Errorf("respondents = %d, want 5", n)
	}
	_, err = ReadAll([]Source{src("a.csv"), src("c.csv")}, Config{}, kano.NewSurvey(), nil)
	want := []string{
		`c.csv:4:1: respondent "r6" is also at line 2 of this file`,
		`c.csv:5:1: respondent "r2" is also in a.csv:3`,
	}
	checkProblems(t, err, want)
	_, err = ReadAll([]Source{src("d.xlsx")}, Config{}, kano.NewSurvey(), nil)
	checkProblems(t, err, []string{`d.xlsx:4:1: respondent "r8" is also at line 2 of this file`})
}

// checkProblems fails unless err holds exactly the problems that start so.
func checkProblems(t *testing.T, err error, want []string) {
	t.Helper()
	var de *diag.Error
	if !errors.As(err, &de) {
		t.Fatalf("err = %v, want problems %q", err, want)
	}
	if len(de.Problems) != len(want) {
		t.Fatalf("problems:\n%v\nwant %d: %q", de, len(want), want)
	}
	for i, p := range de.Problems {
		if got := fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Col, p.Msg); !strings.HasPrefix(got, want[i]) {
			t.Errorf("problem %d = %q, want %q", i, got, want[i])
		}
	}
}

// TestIDBatchFileChanged: a file whose ids read again are not the ones
// read first (it changed in between) is reported so, not as duplicates of
// ids it no longer holds.
func TestIDBatchFileChanged(t *testing.T) {
	fsys := fstest.MapFS{"a.csv": {Data: []byte("respondent,a_functional,a_dysfunctional\nr1,1,5\nr2,2,4\nr1,1,5\n")}}
	r := newReader(Source{FS: fsys, Path: "a.csv", Display: "a.csv"}, Config{}, kano.NewSurvey())
	r.stats.Format = "csv"
	g := NewIDRegistry()
	rc := &respondentCheck{col: 0, reader: r, local: g, lfile: g.addFile("a.csv")}
	g.sources[rc.lfile] = &idSource{src: r.src, col: 0, seed: g.seed}
	rc.batch = &idBatch{seed: g.seed}
	for i, id := range []string{"r1", "r2", "r1"} {
		rc.batch.add([]byte(id), i+2)
	}
	fsys["a.csv"] = &fstest.MapFile{Data: []byte("respondent,a_functional,a_dysfunctional\nr1,1,5\nr2,2,4\nr3,1,5\n")}
	rc.finish()
	checkProblems(t, r.probs.Err(), []string{"a.csv:0:0: cannot read the respondent ids again to compare them: the file changed while dsc read it"})
}
