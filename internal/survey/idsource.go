package survey

import (
	"bytes"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"strings"

	"github.com/dsc-workbench/dsc/internal/diag"
)

// idSource reads the respondent ids of a file again, at the lines where a
// check needs their text: a batch of ids keeps only their hashes and lines
// (idBatch), and an id whose hash repeats is rare. Every survey file is a
// file of an fs.FS, opened again by the reader that read it (a CSV through
// its decoder, a workbook's sheet), so its rows come back at the same
// lines with the same cells.
type idSource struct {
	src  Source
	col  int
	seed maphash.Seed
}

// errChanged says a file's ids read again are not the ones read first.
var errChanged = errors.New("the file changed while dsc read it")

// ids reads the ids at the lines of want, each of which must hash to
// want[line] (as a batch hashes them): their texts, by line.
func (s *idSource) ids(want map[uint32]uint64) (map[uint32]string, error) {
	var open tableOpener
	switch formatOf(s.src.Path) {
	case "csv":
		open = newCSVTable
	case "xlsx":
		open = newXLSXTable
	default:
		return nil, fmt.Errorf("%s: no reader to read the respondent ids again", s.src.Display)
	}
	last := uint32(0)
	for line := range want {
		last = max(last, line)
	}
	t, err := open(s.src)
	if err != nil {
		return nil, err
	}
	defer t.Close()
	next := func() (string, int, error) {
		row, line, err := t.Next()
		return cell(row, s.col), line, err
	}
	if ct, ok := t.(*csvTable); ok {
		next = func() (string, int, error) { return ct.nextCell(s.col, want) }
	}
	got := make(map[uint32]string, len(want))
	for len(got) < len(want) {
		c, line, err := next()
		if err == io.EOF || err == nil && uint32(line) > last {
			return nil, errChanged
		}
		if err != nil {
			return nil, err
		}
		h, ok := want[uint32(line)]
		if !ok {
			continue
		}
		id := strings.Clone(trimSpace(c))
		if id == "" || maphash.String(s.seed, id)&hashMask != h {
			return nil, errChanged
		}
		got[uint32(line)] = id
	}
	return got, nil
}

// nextCell reads the next record as the line walk reads it (fastwide.go):
// a plain line first, so the lines held in the scanner's buffer come
// before a read error found behind them, as they did when the file was
// read. It returns the record's cell col, as a string only at the lines
// of want (the others are passed over without a copy), and its line.
func (t *csvTable) nextCell(col int, want map[uint32]uint64) (string, int, error) {
	if line, n, ok := t.sc.Plain(); ok {
		n += t.skip
		if _, ok := want[uint32(n)]; !ok {
			return "", n, nil
		}
		for i := 0; i < col && line != nil; i++ {
			if k := bytes.IndexByte(line, t.sep); k >= 0 {
				line = line[k+1:]
			} else {
				line = nil
			}
		}
		if k := bytes.IndexByte(line, t.sep); k >= 0 {
			line = line[:k]
		}
		return string(line), n, nil
	}
	rec, err := t.sc.Next()
	if err != nil {
		if err == io.EOF {
			return "", 0, io.EOF
		}
		return "", 0, t.scanError(err)
	}
	n := rec.Line + t.skip
	if _, ok := want[uint32(n)]; !ok || col >= rec.Len() {
		return "", n, nil
	}
	return string(rec.Field(col)), n, nil
}

// unreadableAgain is the problem of a file whose ids could not be read
// again to be compared.
func unreadableAgain(display string, err error) diag.Problem {
	var de *diag.Error
	if errors.As(err, &de) && len(de.Problems) > 0 {
		err = errors.New(de.Problems[0].Msg)
	}
	return diag.Problem{File: display, Msg: "cannot read the respondent ids again to compare them: " + err.Error(),
		Hint: "run again once the file is complete and no longer being written or synced"}
}
