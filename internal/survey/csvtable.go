package survey

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/dsc-workbench/dsc/internal/bytestr"
	"github.com/dsc-workbench/dsc/internal/csvscan"
	"github.com/dsc-workbench/dsc/internal/diag"
)

// csvTable reads a text export: comma, semicolon, tab or pipe separated,
// in any encoding decodeText recognises.
type csvTable struct {
	f   fs.File
	sc  *csvscan.Scanner
	row []string
	// Rows are copied into blocks shared by many rows: one allocation per
	// block, not per row (or cell).
	arena bytestr.Arena
	info  FileInfo
	skip  int // lines before the header (a "sep=;" line)
	// prefix counts the bytes of the file before the scanner's input (a
	// byte-order mark, a "sep=;" line), and sep is the separator: what a
	// parallel read of the rest of the file needs.
	prefix int64
	sep    byte
	utf8   *utf8Reader // the decoder of a UTF-8 file
}

func newCSVTable(src Source) (table, error) {
	f, err := src.FS.Open(src.Path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", src.Display, err)
	}
	text, enc, err := decodeText(f)
	if err != nil {
		f.Close()
		return nil, decodeProblem(err)
	}
	br := bufio.NewReaderSize(text, sniffSize)
	head, err := br.Peek(sniffSize)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		f.Close()
		return nil, decodeProblem(err)
	}
	t := &csvTable{f: f, info: FileInfo{Encoding: enc}}
	t.utf8, _ = text.(*utf8Reader)
	if crLineEnds(head) {
		// Excel for Mac's "CSV (Macintosh)" ends its lines with CR alone:
		// read as line feeds, on one core (the file's offsets are no
		// longer the scanner's lines).
		br, t.utf8 = bufio.NewReaderSize(crReader{br}, sniffSize), nil
		if head, err = br.Peek(sniffSize); err != nil && err != io.EOF && err != bufio.ErrBufferFull {
			f.Close()
			return nil, decodeProblem(err)
		}
	}
	sep, declared := declaredSeparator(head)
	if enc == UTF8BOM {
		t.prefix = 3
	}
	if declared {
		// Excel writes and honours a first line "sep=;".
		line, _ := br.ReadSlice('\n')
		t.prefix += int64(len(line))
		t.skip = 1
	} else {
		sep = sniffSeparator(head)
	}
	t.info.Separator = separatorName(sep)
	sc, err := csvscan.NewScanner(br, csvscan.Options{Comma: byte(sep), LazyQuotes: true})
	if err != nil {
		f.Close()
		return nil, err
	}
	t.sc, t.sep = sc, byte(sep)
	return t, nil
}

// declaredSeparator reads Excel's "sep=X" first line.
func declaredSeparator(head []byte) (rune, bool) {
	line, _, _ := bytes.Cut(head, []byte{'\n'})
	line = bytes.TrimRight(line, "\r")
	if len(line) == 5 && bytes.EqualFold(line[:4], []byte("sep=")) {
		switch line[4] {
		case ',', ';', '\t', '|':
			return rune(line[4]), true
		}
	}
	return 0, false
}

// sniffSeparator picks the separator that splits the first rows of head
// into the most rows of equal width: a header of several columns followed
// by rows of the same width. Quoted cells holding other separators (a
// question text with commas in a semicolon file) do not fool it.
func sniffSeparator(head []byte) rune {
	best, bestScore := ',', -1
	for _, sep := range []rune{',', ';', '\t', '|'} {
		if score := separatorScore(head, sep); score > bestScore {
			best, bestScore = sep, score
		}
	}
	return best
}

// separatorScore rates a separator on up to 20 rows of head: rows as wide
// as the header count most, then the header's width.
func separatorScore(head []byte, sep rune) int {
	if !bytes.ContainsRune(head, sep) {
		return 0
	}
	// Only whole lines: the last one may be cut off by the sniff window.
	if i := bytes.LastIndexByte(head, '\n'); i > 0 && len(head) == sniffSize {
		head = head[:i+1]
	}
	cr := csv.NewReader(bytes.NewReader(head))
	cr.Comma = sep
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = true // only the widths are compared: no row of fresh memory each
	width, same := 0, 0
	for i := 0; i < 20; i++ {
		rec, err := cr.Read()
		if err != nil {
			break
		}
		if i == 0 {
			width = len(rec)
			continue
		}
		if len(rec) == width {
			same++
		}
	}
	if width < 2 {
		return 0
	}
	return same*10000 + min(width, 9999)
}

func (t *csvTable) Next() ([]string, int, error) {
	rec, line, err := nextRecord(t.sc, t.skip, true)
	if err != nil {
		if err == io.EOF {
			return nil, 0, io.EOF
		}
		return nil, 0, t.scanError(err)
	}
	t.row = rec.StringsIn(&t.arena, t.row)
	return t.row, line, nil
}

// nextRecord reads the scanner's next record and its line in the file
// (skip lines below where the scanner counts). whole: the scanner reads
// to the end of the file, so a record that ended inside quotes ran to the
// end of the file in a quote never closed (unclosedQuote); a chunk of the
// file may end inside quotes where it was cut.
func nextRecord(sc *csvscan.Scanner, skip int, whole bool) (*csvscan.Record, int, error) {
	rec, err := sc.Next()
	if err != nil {
		return nil, 0, err
	}
	if whole && sc.EndedInQuote() {
		return nil, 0, unclosedQuote(rec, sc, skip)
	}
	return rec, rec.Line + skip, nil
}

// unclosedQuote is the problem of the record that ran to the end of the
// file inside a quoted cell: its last cell opened a quote that is never
// closed, and every line after it became part of that cell. Said as that,
// not as an unknown answer of many lines.
func unclosedQuote(rec *csvscan.Record, sc *csvscan.Scanner, skip int) error {
	line := rec.Line + skip
	return &diag.Error{Problems: []diag.Problem{{Line: line, Col: rec.Len(),
		Msg:  fmt.Sprintf("a quote opened in cell %d of line %d is never closed: the rest of the file (%d lines) was read as that one cell", rec.Len(), line, max(sc.Line()-rec.Line, 1)),
		Hint: "close the quote, or remove it (a quote inside a cell is written twice, \"\"), or export the file again"}}}
}

// scanError places a scanner error: a problem at its line and column,
// or a failure below the scanner at the line it stopped at.
func (t *csvTable) scanError(err error) error {
	if _, ok := err.(*diag.Error); ok {
		return err
	}
	if p := csvProblem(err, t.skip); p != err {
		return p
	}
	return &lineError{line: t.sc.Line() + t.skip + 1, err: err}
}

// csvProblem turns a scanner error into an input problem at its place.
func csvProblem(err error, skip int) error {
	var pe *csvscan.ParseError
	if !errors.As(err, &pe) {
		return decodeProblem(err)
	}
	p := diag.Problem{Line: pe.Line + skip, Col: pe.Column, Msg: "malformed CSV: " + pe.Err.Error(), Hint: "re-export the file from the survey tool"}
	switch pe.Err {
	case csvscan.ErrCellTooLarge:
		p.Msg = fmt.Sprintf("a cell holds more than %d MB", pe.Limit>>20)
		p.Hint = "no survey answer is that long: check that the file is a survey export (a quote opened and never closed swallows the rest of the file)"
	case csvscan.ErrRecordTooLarge:
		p.Msg = fmt.Sprintf("a row holds more than %d MB", pe.Limit>>20)
		p.Hint = "check that the file is a survey export with one respondent per line"
	case csvscan.ErrTooManyFields:
		p.Msg = fmt.Sprintf("a row holds more than %d cells", pe.Limit)
		p.Hint = "that is more columns than Excel has (XFD); check that the file is a survey export and that its separator is right"
	}
	return &diag.Error{Problems: []diag.Problem{p}}
}

// decodeProblem turns a decoding failure into an input problem.
func decodeProblem(err error) error {
	var de *DecodeError
	if errors.As(err, &de) {
		return &diag.Error{Problems: []diag.Problem{{Line: de.Line, Col: 1, Msg: de.Error(), Hint: de.Hint}}}
	}
	return err
}

func (t *csvTable) CellRef(int, int) string { return "" }
func (t *csvTable) Info() FileInfo          { return t.info }
func (t *csvTable) Close() error            { return t.f.Close() }

// remainder says where the rows not read yet are in the file, for reading
// them in parallel: only a UTF-8 file (whose bytes are what the scanner
// reads) that can be read at any offset.
func (t *csvTable) remainder() (ra io.ReaderAt, start, end int64, line int, ok bool) {
	if t.utf8 == nil || t.utf8.cp1252 != nil {
		// Not UTF-8, or it turned out to be Windows-1252 further down:
		// the scanner's offsets are no longer the file's.
		return nil, 0, 0, 0, false
	}
	ra, ok = t.f.(io.ReaderAt)
	if !ok {
		return nil, 0, 0, 0, false
	}
	st, err := t.f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return nil, 0, 0, 0, false
	}
	return ra, t.prefix + t.sc.Offset(), st.Size(), t.sc.Line() + t.skip, true
}

// crLineEnds reports whether a file's start ends its lines with CR alone
// (classic Mac OS, Excel for Mac's "CSV (Macintosh)"): CRs and no LF.
func crLineEnds(head []byte) bool {
	return bytes.IndexByte(head, '\n') < 0 && bytes.IndexByte(head, '\r') >= 0
}

// crReader reads CR line ends as LF.
type crReader struct{ r io.Reader }

func (c crReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i, b := range p[:n] {
		if b == '\r' {
			p[i] = '\n'
		}
	}
	return n, err
}
