// Package xlsxscan streams the rows of a worksheet of an .xlsx workbook:
// a token scanner over the zip entry of the sheet, shared strings held in
// one compact table (their text in one string, an offset per string), and
// no tree of the sheet in memory. It reads cells as excelize's row reader
// does with raw cell values (numbers as written, shared and inline strings
// resolved, trailing blank cells dropped, a row per row number with empty
// rows for the gaps), so the survey reader gets the same rows, faster and
// in memory that does not grow with the rows. Writing workbooks stays with
// excelize.
package xlsxscan

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/dsc-workbench/dsc/internal/bytestr"
)

// Limits of what a workbook may hold before it is refused: the largest
// sheet Excel makes, and shared strings and cells no survey needs.
const (
	MaxRows          = 1048576 // Excel's last row
	MaxColumns       = 16384   // Excel's last column, XFD
	MaxSharedStrings = 64 << 20
	MaxCell          = 1 << 20
)

// Workbook is an opened .xlsx file.
type Workbook struct {
	zr     *zip.Reader
	sheets []sheet
	shared *sharedStrings
}

type sheet struct {
	name string
	part string // zip entry, e.g. "xl/worksheets/sheet1.xml"
}

// Open reads a workbook's list of sheets and its shared strings, after
// checking the sizes its zip headers declare (zipcheck.go).
func Open(ra io.ReaderAt, size int64) (*Workbook, error) {
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		return nil, err
	}
	if err := checkSizes(zr, size); err != nil {
		return nil, err
	}
	wb := &Workbook{zr: zr}
	if err := wb.readSheets(); err != nil {
		return nil, err
	}
	if err := wb.readSharedStrings(); err != nil {
		return nil, fmt.Errorf("shared strings: %w", err)
	}
	return wb, nil
}

// Sheets lists the sheet names in workbook order.
func (wb *Workbook) Sheets() []string {
	out := make([]string, len(wb.sheets))
	for i, s := range wb.sheets {
		out[i] = s.name
	}
	return out
}

func (wb *Workbook) file(name string) *zip.File {
	for _, f := range wb.zr.File {
		if strings.EqualFold(strings.TrimPrefix(f.Name, "/"), name) {
			return f
		}
	}
	return nil
}

// readSheets reads xl/workbook.xml and its relationships.
func (wb *Workbook) readSheets() error {
	wbPart := "xl/workbook.xml"
	if rels := wb.file("_rels/.rels"); rels != nil {
		targets, err := relationships(rels, "")
		if err != nil {
			return err
		}
		for _, r := range targets {
			if strings.HasSuffix(r.kind, "/officeDocument") {
				wbPart = r.target
			}
		}
	}
	f := wb.file(wbPart)
	if f == nil {
		return fmt.Errorf("no %s in the workbook", wbPart)
	}
	targets := map[string]string{}
	if rels := wb.file(path.Join(path.Dir(wbPart), "_rels", path.Base(wbPart)+".rels")); rels != nil {
		list, err := relationships(rels, path.Dir(wbPart))
		if err != nil {
			return err
		}
		for _, r := range list {
			targets[r.id] = r.target
		}
	}
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	t := newPartTokenizer(io.LimitReader(rc, 64<<20), f.UncompressedSize64)
	for t.next() {
		if t.kind != startToken || string(t.name) != "sheet" {
			continue
		}
		name := string(t.attr("name"))
		target := targets[string(t.attr("id"))]
		if target == "" {
			target = path.Join(path.Dir(wbPart), "worksheets", "sheet"+string(t.attr("sheetId"))+".xml")
		}
		wb.sheets = append(wb.sheets, sheet{name: name, part: target})
	}
	return t.err
}

type relationship struct{ id, kind, target string }

// relationships reads a .rels part; targets are resolved against dir.
func relationships(f *zip.File, dir string) ([]relationship, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	var out []relationship
	t := newPartTokenizer(io.LimitReader(rc, 64<<20), f.UncompressedSize64)
	for t.next() {
		if t.kind != startToken || string(t.name) != "Relationship" {
			continue
		}
		target := string(t.attr("Target"))
		if strings.HasPrefix(target, "/") {
			target = strings.TrimPrefix(target, "/")
		} else {
			target = path.Join(dir, target)
		}
		out = append(out, relationship{string(t.attr("Id")), string(t.attr("Type")), target})
	}
	return out, t.err
}

// sharedStrings is the table of shared strings: their text in one string,
// and where each ends.
type sharedStrings struct {
	text string
	ends []uint32
}

func (s *sharedStrings) get(i int) (string, bool) {
	if s == nil || i < 0 || i >= len(s.ends) {
		return "", false
	}
	start := uint32(0)
	if i > 0 {
		start = s.ends[i-1]
	}
	return s.text[start:s.ends[i]], true
}

func (wb *Workbook) readSharedStrings() error {
	f := wb.file("xl/sharedStrings.xml")
	if f == nil {
		return nil
	}
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	var text []byte
	var ends []uint32
	t := newPartTokenizer(rc, f.UncompressedSize64)
	inSI, inT, phonetic := false, false, 0
	for t.next() {
		switch t.kind {
		case startToken:
			switch string(t.name) {
			case "si":
				inSI = !t.self
				if t.self {
					ends = append(ends, uint32(len(text)))
				}
			case "rPh":
				if !t.self {
					phonetic++
				}
			case "t":
				inT = inSI && phonetic == 0 && !t.self
			}
		case endToken:
			switch string(t.name) {
			case "si":
				inSI = false
				ends = append(ends, uint32(len(text)))
			case "rPh":
				phonetic--
			case "t":
				inT = false
			}
		case textToken:
			if inT {
				text = append(text, t.text...)
				if len(text) > MaxSharedStrings {
					return fmt.Errorf("more than %d MB of text", MaxSharedStrings>>20)
				}
			}
		}
	}
	if t.err != nil {
		return t.err
	}
	// Escapes of characters XML cannot hold (_x000D_) are decoded per string.
	if bytes.Contains(text, []byte("_x")) {
		var out []byte
		start := uint32(0)
		for i, e := range ends {
			out = append(out, unescapeBstr(string(text[start:e]))...)
			start = e
			ends[i] = uint32(len(out))
		}
		text = out
	}
	wb.shared = &sharedStrings{text: string(text), ends: ends}
	return nil
}

// unescapeBstr decodes the escapes of ST_Xstring: _xHHHH_ is the character
// HHHH, and _x005F_ an underscore.
func unescapeBstr(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' && isHex(s[i+2:i+6]) {
			n, _ := strconv.ParseUint(s[i+2:i+6], 16, 32)
			b.WriteRune(rune(n))
			i += 7
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// ErrNoSheet is returned by Rows for a name the workbook does not have.
var ErrNoSheet = errors.New("no such sheet")

// Rows streams the rows of the named sheet.
func (wb *Workbook) Rows(name string) (*Rows, error) {
	for _, s := range wb.sheets {
		if s.name != name {
			continue
		}
		f := wb.file(s.part)
		if f == nil {
			return nil, fmt.Errorf("sheet %q: part %s is missing", name, s.part)
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		ra := newReadAhead(rc)
		return &Rows{rc: ra, t: newPartTokenizer(ra, f.UncompressedSize64), shared: wb.shared}, nil
	}
	return nil, ErrNoSheet
}

// Rows reads one sheet's rows.
type Rows struct {
	rc     io.ReadCloser
	t      *tokenizer
	shared *sharedStrings
	arena  bytestr.Arena
	row    []string
	line   int // the row last returned
	next   int // the row number of the row read ahead, 0 when none
	cells  []string
	done   bool
	err    error
}

// Next returns the next row and its number, io.EOF after the last. Rows
// the sheet skips come back empty, so the numbers count up by one. The
// row is reused by the following call.
func (r *Rows) Next() ([]string, int, error) {
	if r.err != nil {
		return nil, 0, r.err
	}
	if r.next == 0 && !r.done {
		if err := r.readRow(); err != nil {
			r.err = err
			return nil, 0, err
		}
	}
	if r.next == 0 {
		r.err = io.EOF
		return nil, 0, io.EOF
	}
	r.line++
	if r.line < r.next {
		return r.row[:0], r.line, nil // a row the sheet leaves out
	}
	r.next = 0
	r.row, r.cells = r.cells, r.row
	return r.row, r.line, nil
}

// Close releases the sheet.
func (r *Rows) Close() error { return r.rc.Close() }

// readRow reads ahead the next <row> into r.cells and sets r.next; at the
// end of the sheet it sets r.done.
func (r *Rows) readRow() error {
	t := r.t
	for t.next() {
		if t.kind == endToken && string(t.name) == "sheetData" {
			break
		}
		if t.kind != startToken || string(t.name) != "row" {
			continue
		}
		n := r.line + 1
		if v := t.attr("r"); v != nil {
			num, err := strconv.Atoi(string(v))
			if err != nil || num < 1 {
				return fmt.Errorf("row number %q", v)
			}
			if num > MaxRows {
				return fmt.Errorf("row %d is past Excel's last row (%d)", num, MaxRows)
			}
			n = max(num, r.line+1)
		}
		r.next = n
		r.cells = r.cells[:0]
		if t.self {
			return nil
		}
		return r.readCells()
	}
	r.done = true
	return t.err
}

// readCells reads the cells of a row up to </row>.
func (r *Rows) readCells() error {
	t := r.t
	col := 0
	var (
		typ                  []byte
		typBuf               [16]byte
		value                []byte
		inV, inIS, inT, hasF bool
		phonetic             int
	)
	for {
		if cell, ok := r.fastCell(); ok {
			// The state the token loop leaves after the same cell.
			col++
			if cell.ref != nil {
				c, ok := columnOf(cell.ref)
				if !ok {
					return fmt.Errorf("cell reference %q", cell.ref)
				}
				col = c
			}
			if col > MaxColumns {
				return fmt.Errorf("cell past Excel's last column (XFD)")
			}
			typ = append(typBuf[:0], cell.typ...)
			value = append(value[:0], cell.value...)
			hasF, inV, inIS, inT, phonetic = false, false, false, false, 0
			t.pos += cell.size
			if err := r.endCell(col, typ, value, hasF); err != nil {
				return err
			}
			continue
		}
		if !t.next() {
			break
		}
		switch t.kind {
		case startToken:
			switch string(t.name) {
			case "c":
				col++
				if ref := t.attr("r"); ref != nil {
					c, ok := columnOf(ref)
					if !ok {
						return fmt.Errorf("cell reference %q", ref)
					}
					col = c
				}
				if col > MaxColumns {
					return fmt.Errorf("cell past Excel's last column (XFD)")
				}
				typ = append(typBuf[:0], t.attr("t")...)
				value, hasF, inV, inIS, inT, phonetic = value[:0], false, false, false, false, 0
				if t.self {
					r.endCell(col, typ, value, hasF)
				}
			case "v":
				inV = !t.self
			case "f":
				hasF = true
			case "is":
				inIS = !t.self
			case "rPh":
				if !t.self {
					phonetic++
				}
			case "t":
				inT = inIS && phonetic == 0 && !t.self
			}
		case endToken:
			switch string(t.name) {
			case "c":
				if err := r.endCell(col, typ, value, hasF); err != nil {
					return err
				}
			case "v":
				inV = false
			case "is":
				inIS = false
			case "t":
				inT = false
			case "rPh":
				phonetic--
			case "row":
				return nil
			}
		case textToken:
			if inV || inT {
				value = append(value, t.text...)
				if len(value) > MaxCell {
					return fmt.Errorf("a cell holds more than %d MB", MaxCell>>20)
				}
			}
		}
	}
	if t.err != nil {
		return t.err
	}
	return io.ErrUnexpectedEOF
}

// endCell adds a cell's value at column col, after blanks for the columns
// before it; empty cells without a formula are left out.
func (r *Rows) endCell(col int, typ, value []byte, hasF bool) error {
	var s string
	switch string(typ) {
	case "s":
		if len(value) > 0 {
			i, err := strconv.Atoi(strings.TrimSpace(string(value)))
			v, ok := r.shared.get(i)
			if err != nil || !ok {
				return fmt.Errorf("shared string %q does not exist", value)
			}
			s = v
		}
	case "inlineStr":
		s = r.arena.String(value)
		if strings.Contains(s, "_x") {
			s = unescapeBstr(s)
		}
	default:
		s = r.arena.String(value)
	}
	if s == "" && !hasF {
		return nil
	}
	for len(r.cells) < col-1 {
		r.cells = append(r.cells, "")
	}
	r.cells = append(r.cells, s)
	return nil
}

// columnOf reads the column of a cell reference such as "AB12" (1-based).
func columnOf(ref []byte) (int, bool) {
	col, i := 0, 0
	for ; i < len(ref); i++ {
		c := ref[i] | 0x20 // lower case
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a'+1)
		if col > MaxColumns {
			return 0, false
		}
	}
	if i == 0 || i == len(ref) {
		return 0, false
	}
	for ; i < len(ref); i++ {
		if ref[i] < '0' || ref[i] > '9' {
			return 0, false
		}
	}
	return col, true
}

// fastCells switches fastCell on (tests compare it with the token loop).
var fastCells = true

// simpleCell is a cell fastCell read: its attributes r and t, its value,
// and its size in bytes.
type simpleCell struct {
	ref, typ, value []byte
	size            int
}

// fastCell reads a whole simple cell straight from the buffer, the way
// writers lay out nearly every cell: <c r="B2" t="s"><v>3</v></c>, an
// inline string <c t="inlineStr"><is><t>text</t></is></c> or an empty
// <c .../>. Anything else (entities, formulas, rich text, spaces the
// tokenizer would read differently, a cell cut by the end of the buffer)
// is left to the token loop: ok is false and nothing is consumed. The
// caller checks the reference and consumes the cell.
func (r *Rows) fastCell() (cell simpleCell, ok bool) {
	if !fastCells {
		return cell, false
	}
	t := r.t
	b := t.buf[t.pos:t.end]
	if len(b) < 4 || b[0] != '<' || b[1] != 'c' || !(b[2] == ' ' || b[2] == '>' || b[2] == '/' && b[3] == '>') {
		return cell, false
	}
	gt := bytes.IndexByte(b, '>')
	if gt < 0 {
		return cell, false
	}
	tag := b[2:gt]
	self := len(tag) > 0 && tag[len(tag)-1] == '/'
	if self {
		tag = tag[:len(tag)-1]
	}
	if bytes.IndexByte(tag, '&') >= 0 {
		return cell, false
	}
	for i := 0; i < len(tag); {
		for i < len(tag) && isSpace(tag[i]) {
			i++
		}
		if i >= len(tag) {
			break
		}
		ns := i
		for i < len(tag) && tag[i] != '=' {
			if isSpace(tag[i]) {
				return cell, false // the tokenizer's rules for spaces around '='
			}
			i++
		}
		if i+1 >= len(tag) || (tag[i+1] != '"' && tag[i+1] != '\'') {
			return cell, false
		}
		name := localName(tag[ns:i])
		q := tag[i+1]
		end := bytes.IndexByte(tag[i+2:], q)
		if end < 0 {
			return cell, false
		}
		value := tag[i+2 : i+2+end]
		// The first of a repeated attribute counts, as in tokenizer.attr.
		switch string(name) {
		case "r":
			if cell.ref == nil {
				cell.ref = value
			}
		case "t":
			if cell.typ == nil {
				cell.typ = value
			}
		}
		i += end + 3
	}
	n := gt + 1
	if !self {
		rest := b[n:]
		var open, closing string
		switch {
		case bytes.HasPrefix(rest, []byte("</c>")):
			n += 4
		case bytes.HasPrefix(rest, []byte("<v>")):
			open, closing = "<v>", "</v></c>"
		case bytes.HasPrefix(rest, []byte("<is><t>")):
			open, closing = "<is><t>", "</t></is></c>"
		default:
			return cell, false
		}
		if open != "" {
			rest = rest[len(open):]
			lt := bytes.IndexByte(rest, '<')
			if lt < 0 || lt > MaxCell || !bytes.HasPrefix(rest[lt:], []byte(closing)) || bytes.IndexByte(rest[:lt], '&') >= 0 {
				return cell, false
			}
			cell.value = rest[:lt]
			n += len(open) + lt + len(closing)
		}
	}
	cell.size = n
	return cell, true
}
