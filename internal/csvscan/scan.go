// Package csvscan is a byte-level CSV scanner built for survey exports.
//
// It reads the dialect encoding/csv reads (RFC 4180 quotes, embedded
// newlines, "\r\n" folded to "\n", empty lines skipped, LazyQuotes as an
// option) with the same records and the same errors at the same line and
// column, but works on a buffer of bytes: a record is a list of byte ranges
// in that buffer, so reading costs no allocation per field and converting a
// record to strings costs one (Record.Strings). Quoted fields are unescaped
// in place.
//
// Limits keep a hostile file from exhausting memory: a cell holds at most
// MaxCell bytes, a record at most MaxRecord bytes and MaxFields fields
// (Options); past them the scanner stops with ErrCellTooLarge,
// ErrRecordTooLarge or ErrTooManyFields at the place.
//
// Split cuts a large file into chunks at record boundaries, aware of quoted
// newlines, so the chunks can be scanned in parallel (see Split).
package csvscan

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/dsc-workbench/dsc/internal/bytestr"
)

// Default limits. Excel holds at most 32,767 characters in a cell (at most
// 128 KiB of UTF-8) and 16,384 columns (XFD); no survey tool writes more.
// The field limit bounds what a row of short cells costs: without it a
// 16 MiB line of commas is 16 million fields.
const (
	DefaultMaxCell   = 1 << 20  // 1 MiB
	DefaultMaxRecord = 16 << 20 // 16 MiB
	DefaultMaxFields = 16384    // Excel's last column, XFD
)

// Errors besides encoding/csv's ErrQuote and ErrBareQuote, which the
// scanner returns where encoding/csv would.
var (
	ErrCellTooLarge   = errors.New("cell too large")
	ErrRecordTooLarge = errors.New("record too large")
	ErrTooManyFields  = errors.New("too many fields")
	ErrInvalidUTF8    = errors.New("invalid UTF-8")
)

// ParseError is a malformed record, placed as encoding/csv places it:
// lines and columns count from 1, columns in bytes.
type ParseError struct {
	StartLine int // line where the record starts
	Line      int // line of the error
	Column    int // byte column of the error
	Err       error
	Limit     int // the limit passed, for ErrCellTooLarge, ErrRecordTooLarge and ErrTooManyFields
}

func (e *ParseError) Error() string {
	if e.StartLine != e.Line {
		return fmt.Sprintf("record on line %d; parse error on line %d, column %d: %v", e.StartLine, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("parse error on line %d, column %d: %v", e.Line, e.Column, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// Options configure a Scanner. The zero value reads comma-separated,
// strict quotes, default limits.
type Options struct {
	// Comma separates fields: ',' (0 means ','), ';', '\t', '|' or any
	// byte other than a quote, CR or LF.
	Comma byte
	// LazyQuotes accepts a quote inside an unquoted field and a stray
	// quote inside a quoted one, as encoding/csv's LazyQuotes does.
	LazyQuotes bool
	// MaxCell and MaxRecord bound a cell and a record in bytes, MaxFields
	// the fields of a record (0: the defaults).
	MaxCell, MaxRecord, MaxFields int
	// ValidateUTF8 makes a record holding bytes that are not UTF-8 an
	// error (ErrInvalidUTF8), for callers that read raw files.
	ValidateUTF8 bool
	// FirstLine numbers the first line of the input (0 means 1): a chunk
	// of a file starts at the chunk's line.
	FirstLine int
}

func (o Options) withDefaults() (Options, error) {
	if o.Comma == 0 {
		o.Comma = ','
	}
	if o.Comma == '"' || o.Comma == '\r' || o.Comma == '\n' || o.Comma >= utf8.RuneSelf {
		return o, fmt.Errorf("csvscan: invalid separator %q", o.Comma)
	}
	if o.MaxCell <= 0 {
		o.MaxCell = DefaultMaxCell
	}
	if o.MaxRecord <= 0 {
		o.MaxRecord = DefaultMaxRecord
	}
	if o.MaxFields <= 0 {
		o.MaxFields = DefaultMaxFields
	}
	if o.FirstLine <= 0 {
		o.FirstLine = 1
	}
	return o, nil
}

// Scanner reads records from a stream of UTF-8 (or any ASCII-compatible) text.
type Scanner struct {
	r    io.Reader
	opts Options
	// special marks the bytes that end an unquoted run: the separator, LF
	// and (strict) the quote.
	special [256]bool

	buf      []byte
	base     int64 // input bytes before buf[0]
	pos, end int   // unread bytes are buf[pos:end]
	eof      bool  // r has no more bytes
	readErr  error
	line     int // line of buf[pos]
	inQuote  bool
	err      error
	rec      Record
	unescape []int // fields (indexes) whose bytes need unescaping
}

// Record is one record: byte ranges of the scanner's buffer, valid until
// the next call to Next.
type Record struct {
	buf        []byte
	start, end int     // the record's bytes in buf
	bounds     []int32 // per field: start, end (relative to start)
	Line       int     // line where the record starts
}

// NewScanner reads records from r.
func NewScanner(r io.Reader, opts Options) (*Scanner, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	s := &Scanner{r: r, opts: opts, line: opts.FirstLine, buf: make([]byte, 64<<10)}
	s.special[opts.Comma] = true
	s.special['\n'] = true
	if !opts.LazyQuotes {
		s.special['"'] = true
	}
	return s, nil
}

// EndedInQuote reports whether the input ended inside a quoted field that
// LazyQuotes accepted: a chunk of a file cut inside a quoted cell.
func (s *Scanner) EndedInQuote() bool { return s.inQuote }

// Line is the line the next record starts on (after the last one read).
func (s *Scanner) Line() int { return s.line }

// Offset is the input offset where the next record starts (or empty lines
// before it): what the scanner has read so far.
func (s *Scanner) Offset() int64 { return s.base + int64(s.pos) }

// fill reads more input, keeping buf[keep:end]; it grows the buffer when
// the kept bytes fill it.
func (s *Scanner) fill(keep int) error {
	if s.readErr != nil {
		return s.readErr
	}
	if keep > 0 {
		s.base += int64(keep)
		n := copy(s.buf, s.buf[keep:s.end])
		s.pos -= keep
		s.end = n
	}
	if s.end == len(s.buf) {
		if len(s.buf) >= s.opts.MaxRecord+1 {
			return errBufferFull
		}
		nb := make([]byte, min(2*len(s.buf), s.opts.MaxRecord+1))
		copy(nb, s.buf[:s.end])
		s.buf = nb
	}
	// Fill the buffer: a record that did not fit is parsed again from its
	// start, so reading in small pieces would parse it again and again.
	for empty := 0; s.end < len(s.buf); {
		n, err := s.r.Read(s.buf[s.end:])
		s.end += n
		if err == io.EOF {
			s.eof = true
			return nil
		}
		if err != nil {
			s.readErr = err
			return err
		}
		if n == 0 {
			if empty++; empty == 100 {
				s.readErr = io.ErrNoProgress
				return s.readErr
			}
		}
	}
	return nil
}

var errBufferFull = errors.New("buffer full")

// Next returns the next record, or io.EOF after the last. After an error
// the scanner stays in error.
func (s *Scanner) Next() (*Record, error) {
	if s.err != nil {
		return nil, s.err
	}
	for {
		status, err := s.parse()
		switch status {
		case done:
			return &s.rec, nil
		case atEOF:
			s.err = io.EOF
			return nil, io.EOF
		case failed:
			s.err = err
			return nil, err
		}
		// needMore: read on, keeping the record's bytes.
		if err := s.fill(s.pos); err != nil {
			if err == errBufferFull {
				err = s.tooLarge()
			}
			s.err = err
			return nil, err
		}
	}
}

// Plain returns the next record when it is a plain line: one line that
// holds no quote and is not empty, whole in the buffer and within the
// limits. Its fields are the line cut at every separator, as Next would
// return them (a final "\r" is dropped), so a caller can walk the bytes
// once instead of reading a field list. ok is false, and nothing is
// consumed, when the next record is anything else (quoted fields, empty
// lines before it, the last line without a line end, an error): Next reads
// it then. The line is valid until the next call to Next or Plain.
func (s *Scanner) Plain() (line []byte, lineNo int, ok bool) {
	if s.err != nil {
		return nil, 0, false
	}
	for filled := false; ; filled = true {
		buf := s.buf[s.pos:s.end]
		if len(buf) == 0 && s.eof || len(buf) > 0 && (buf[0] == '\n' || buf[0] == '\r') {
			return nil, 0, false
		}
		k := bytes.IndexByte(buf, '\n')
		if k < 0 {
			if filled || s.eof || s.fill(s.pos) != nil {
				return nil, 0, false
			}
			continue
		}
		line = buf[:k]
		if line[len(line)-1] == '\r' {
			line = line[:len(line)-1]
		}
		if !s.plain(line, k+1) {
			return nil, 0, false
		}
		lineNo = s.line
		s.pos += k + 1
		s.line++
		s.inQuote = false
		return line, lineNo, true
	}
}

// plain reports whether a line of n bytes with its line end reads as
// one record of unquoted fields within the limits.
func (s *Scanner) plain(line []byte, n int) bool {
	if n > s.opts.MaxRecord || len(line) > s.opts.MaxCell || bytes.IndexByte(line, '"') >= 0 {
		return false
	}
	if len(line) >= s.opts.MaxFields && bytes.Count(line, []byte{s.opts.Comma}) >= s.opts.MaxFields {
		return false
	}
	return !s.opts.ValidateUTF8 || utf8.Valid(line)
}

// Comma is the separator the scanner reads.
func (s *Scanner) Comma() byte { return s.opts.Comma }

// tooLarge reports the record that starts at the scanner's line as over
// MaxRecord: one that outgrew the largest buffer before it ended, or that
// ended past the limit. (A cell over MaxCell is found while parsing.)
func (s *Scanner) tooLarge() error {
	return &ParseError{StartLine: s.line, Line: s.line, Column: 1, Err: ErrRecordTooLarge, Limit: s.opts.MaxRecord}
}

type parseStatus int8

const (
	done parseStatus = iota
	needMore
	atEOF
	failed
)

// parse reads one record from buf[pos:end]. It changes nothing but the
// record's field list until the record is complete, so it can start again
// after more input is read.
func (s *Scanner) parse() (parseStatus, error) {
	buf := s.buf[:s.end]
	i := s.pos
	line := s.line
	// Skip empty lines ("\n", "\r\n"); a "\r" at the very end is dropped.
	for {
		if i >= len(buf) {
			if !s.eof {
				s.pos, s.line = i, line
				return needMore, nil
			}
			s.pos, s.line = i, line
			return atEOF, nil
		}
		c := buf[i]
		if c == '\n' {
			i++
			line++
			continue
		}
		if c == '\r' {
			if i+1 == len(buf) {
				if !s.eof {
					s.pos, s.line = i, line
					return needMore, nil
				}
				i++
				continue
			}
			if buf[i+1] == '\n' {
				i += 2
				line++
				continue
			}
		}
		break
	}
	s.pos, s.line = i, line // the record starts here
	recStart := i
	bounds := s.rec.bounds[:0]
	s.unescape = s.unescape[:0]
	comma := s.opts.Comma
	maxCell := s.opts.MaxCell
	special := &s.special
	inQuote := false
	maxBounds := 2 * s.opts.MaxFields
	for {
		// One field from buf[i:].
		if len(bounds) >= maxBounds {
			return failed, &ParseError{StartLine: s.line, Line: line, Column: i - lineStart(buf, recStart, i) + 1, Err: ErrTooManyFields, Limit: s.opts.MaxFields}
		}
		if i < len(buf) && buf[i] == '"' {
			// Quoted field: content up to the closing quote.
			cs := i + 1
			j := cs
			needs := false
			for {
				k := bytes.IndexByte(buf[j:], '"')
				if k < 0 {
					if !s.eof {
						if len(buf)-cs > maxCell {
							return failed, s.cellError(recStart, cs-1, line)
						}
						return s.needMore(bounds)
					}
					// End of input inside the quotes.
					e := len(buf)
					if buf[e-1] == '\r' {
						e-- // encoding/csv drops a final "\r"
					}
					if !s.opts.LazyQuotes {
						return failed, s.eofQuoteError(recStart, e, line)
					}
					if bytes.Contains(buf[cs:e], crlf) {
						needs = true
					}
					line += bytes.Count(buf[cs:e], nl)
					if e-cs > maxCell {
						return failed, s.cellError(recStart, cs-1, line)
					}
					bounds = append(bounds, int32(cs-recStart), int32(e-recStart))
					if needs {
						s.unescape = append(s.unescape, len(bounds)/2-1)
					}
					inQuote = true
					i = len(buf)
					goto record
				}
				q := j + k
				next := q + 1
				if next >= len(buf) && !s.eof {
					return s.needMore(bounds)
				}
				if next < len(buf) && buf[next] == '"' {
					needs = true // "" stands for "
					j = next + 1
					continue
				}
				// What follows the quote: a separator ends the field; a line
				// end or the end of input ends the record.
				endField, endRecord, newline, after := false, false, false, next
				switch {
				case next >= len(buf):
					endRecord = true
				case buf[next] == comma:
					endField, after = true, next+1
				case buf[next] == '\n':
					endRecord, newline, after = true, true, next+1
				case buf[next] == '\r' && next+1 < len(buf) && buf[next+1] == '\n':
					endRecord, newline, after = true, true, next+2
				case buf[next] == '\r' && next+1 >= len(buf):
					if !s.eof {
						return s.needMore(bounds)
					}
					endRecord, after = true, next+1 // a final "\r" is dropped
				}
				if !endField && !endRecord {
					if !s.opts.LazyQuotes {
						// The quote's line: lines passed inside the field so far.
						ql := line + bytes.Count(buf[cs:q], nl)
						return failed, &ParseError{StartLine: s.line, Line: ql, Column: q - lineStart(buf, recStart, q) + 1, Err: csv.ErrQuote}
					}
					needs = true // a stray quote is kept; the field may hold "" too
					j = next
					continue
				}
				if q-cs > maxCell {
					return failed, s.cellError(recStart, cs-1, line)
				}
				nls := bytes.Count(buf[cs:q], nl)
				if nls > 0 {
					line += nls
					if !needs && bytes.Contains(buf[cs:q], crlf) {
						needs = true
					}
				}
				bounds = append(bounds, int32(cs-recStart), int32(q-recStart))
				if needs {
					s.unescape = append(s.unescape, len(bounds)/2-1)
				}
				i = after
				if endRecord {
					if newline {
						line++
					}
					goto record
				}
				break
			}
			continue
		}
		// Unquoted field: up to the separator or the end of the line.
		fs := i
		j := i
		for j < len(buf) && !special[buf[j]] {
			j++
		}
		if j < len(buf) && buf[j] == comma && j-fs <= maxCell {
			// The common case first: a field that ends at a separator.
			bounds = append(bounds, int32(fs-recStart), int32(j-recStart))
			i = j + 1
			continue
		}
		if j < len(buf) && buf[j] == '"' {
			// Strict quotes: a quote inside an unquoted field.
			return failed, &ParseError{StartLine: s.line, Line: line, Column: j - lineStart(buf, recStart, j) + 1, Err: csv.ErrBareQuote}
		}
		if j >= len(buf) {
			if !s.eof {
				if j-fs > maxCell {
					return failed, s.cellError(recStart, fs, line)
				}
				return s.needMore(bounds)
			}
			e := j
			if e > fs && buf[e-1] == '\r' {
				e--
			}
			if e-fs > maxCell {
				return failed, s.cellError(recStart, fs, line)
			}
			bounds = append(bounds, int32(fs-recStart), int32(e-recStart))
			i = j
			goto record
		}
		if j-fs > maxCell {
			return failed, s.cellError(recStart, fs, line)
		}
		if buf[j] == comma {
			bounds = append(bounds, int32(fs-recStart), int32(j-recStart))
			i = j + 1
			continue
		}
		// LF: the end of the record; "\r\n" is a line end too.
		e := j
		if e > fs && buf[e-1] == '\r' {
			e--
		}
		bounds = append(bounds, int32(fs-recStart), int32(e-recStart))
		i = j + 1
		line++
		goto record
	}
record:
	if i-recStart > s.opts.MaxRecord {
		return failed, s.tooLarge()
	}
	if s.opts.ValidateUTF8 && !utf8.Valid(buf[recStart:i]) {
		return failed, &ParseError{StartLine: s.line, Line: s.line, Column: 1, Err: ErrInvalidUTF8}
	}
	s.rec.bounds = bounds
	for _, f := range s.unescape {
		b := bounds[2*f : 2*f+2]
		n := unescapeInPlace(buf[recStart+int(b[0]) : recStart+int(b[1])])
		b[1] = b[0] + int32(n)
	}
	s.rec.buf, s.rec.start, s.rec.end, s.rec.Line = buf, recStart, i, s.line
	s.inQuote = inQuote
	s.pos, s.line = i, line
	return done, nil
}

// needMore keeps the field list grown so far for the next attempt at the
// record: a record read again after each fill would otherwise grow it from
// nothing each time, copying it over and over (a 16 MB row of short cells).
func (s *Scanner) needMore(bounds []int32) (parseStatus, error) {
	s.rec.bounds = bounds[:0]
	return needMore, nil
}

var (
	nl   = []byte{'\n'}
	crlf = []byte{'\r', '\n'}
)

// lineStart finds the start of the line holding position p of a record
// that starts at recStart (records start at the start of a line).
func lineStart(buf []byte, recStart, p int) int {
	if k := bytes.LastIndexByte(buf[recStart:p], '\n'); k >= 0 {
		return recStart + k + 1
	}
	return recStart
}

// eofQuoteError places an unterminated quoted field as encoding/csv does:
// on the last line that holds text, after its last byte ("\r\n" counting
// as one).
func (s *Scanner) eofQuoteError(recStart, e int, line int) error {
	buf := s.buf
	last := e - 1 // the last byte that counts
	ls := lineStart(buf, recStart, last)
	n := e - ls // the line's length, with its newline
	if n >= 2 && buf[e-1] == '\n' && buf[e-2] == '\r' {
		n--
	}
	l := s.line + bytes.Count(buf[recStart:ls], nl)
	return &ParseError{StartLine: s.line, Line: l, Column: n + 1, Err: csv.ErrQuote}
}

// cellError reports a cell over the limit at its start.
func (s *Scanner) cellError(recStart, p, line int) error {
	l := s.line + bytes.Count(s.buf[recStart:p], nl)
	return &ParseError{StartLine: s.line, Line: l, Column: p - lineStart(s.buf, recStart, p) + 1, Err: ErrCellTooLarge, Limit: s.opts.MaxCell}
}

// unescapeInPlace folds `""` to `"` and "\r\n" to "\n" in b and returns the
// new length.
func unescapeInPlace(b []byte) int {
	w := 0
	for r := 0; r < len(b); r++ {
		c := b[r]
		if c == '"' && r+1 < len(b) && b[r+1] == '"' {
			r++
		} else if c == '\r' && r+1 < len(b) && b[r+1] == '\n' {
			continue
		}
		b[w] = c
		w++
	}
	return w
}

// Len is the number of fields.
func (r *Record) Len() int { return len(r.bounds) / 2 }

// Field returns the bytes of field i, valid until the next call to Next.
func (r *Record) Field(i int) []byte {
	return r.buf[r.start+int(r.bounds[2*i]) : r.start+int(r.bounds[2*i+1])]
}

// Strings returns the fields as strings, reusing dst: the record's bytes
// are copied into one string that the fields share, so a record costs one
// allocation however many fields it has.
func (r *Record) Strings(dst []string) []string {
	return r.cut(string(r.buf[r.start:r.end]), dst)
}

// cut slices raw, a copy of the record's bytes, into its fields.
func (r *Record) cut(raw string, dst []string) []string {
	n := r.Len()
	if cap(dst) < n {
		dst = make([]string, n)
	}
	dst = dst[:n]
	for i := range dst {
		dst[i] = raw[r.bounds[2*i]:r.bounds[2*i+1]]
	}
	return dst
}

// Bounds returns where each field is in Bytes: field i is
// Bytes()[b[2i]:b[2i+1]]. Valid until the next call to Next.
func (r *Record) Bounds() []int32 { return r.bounds }

// Bytes returns the raw bytes of the record (fields unescaped, separators
// kept), valid until the next call to Next.
func (r *Record) Bytes() []byte { return r.buf[r.start:r.end] }

// StringsIn is Strings with the record's bytes copied into the arena.
func (r *Record) StringsIn(a *bytestr.Arena, dst []string) []string {
	return r.cut(a.String(r.buf[r.start:r.end]), dst)
}
