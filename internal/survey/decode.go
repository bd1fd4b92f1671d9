package survey

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"unicode/utf16"
	"unicode/utf8"
)

// Encoding names how a text export is encoded, as shown to the analyst.
type Encoding string

// The encodings survey tools and Excel write.
const (
	UTF8        Encoding = "UTF-8"
	UTF8BOM     Encoding = "UTF-8 with BOM"
	UTF16LE     Encoding = "UTF-16LE"
	UTF16BE     Encoding = "UTF-16BE"
	Windows1252 Encoding = "Windows-1252"
)

// sniffSize is how much of a file is looked at to tell its encoding and separator.
const sniffSize = 64 << 10

// DecodeError says the bytes of a text export are not in the encoding it
// was read as. Line is where the bad bytes are (1-based), 0 when unknown.
type DecodeError struct {
	Encoding Encoding
	Line     int
	Msg      string
	Hint     string
}

func (e *DecodeError) Error() string {
	if e.Encoding == "" {
		return "cannot decode the file: " + e.Msg
	}
	return fmt.Sprintf("cannot decode the file as %s: %s", e.Encoding, e.Msg)
}

// decodeText detects the encoding of a text export and returns a reader of
// its content as UTF-8. It refuses files that are not text at all (a
// workbook saved with a .csv name, binary data) and says what they are.
func decodeText(r io.Reader) (io.Reader, Encoding, error) {
	br := bufio.NewReaderSize(r, sniffSize)
	head, err := br.Peek(sniffSize)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, "", err
	}
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return nil, "", &DecodeError{Line: 1, Msg: "this is a zip file (an .xlsx workbook?), not a text export",
			Hint: "give it the extension .xlsx, or export the survey as CSV"}
	case bytes.HasPrefix(head, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		return nil, "", &DecodeError{Line: 1, Msg: "this is an old Excel .xls workbook, not a text export",
			Hint: "open it in Excel and save it as .xlsx or as \"CSV UTF-8\""}
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		br.Discard(3)
		return &utf8Reader{r: br}, UTF8BOM, nil
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		br.Discard(2)
		return &utf16Reader{r: br, little: true, line: 1}, UTF16LE, nil
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		br.Discard(2)
		return &utf16Reader{r: br, line: 1}, UTF16BE, nil
	}
	if enc, ok := utf16WithoutBOM(head); ok {
		return &utf16Reader{r: br, little: enc == UTF16LE, line: 1}, enc, nil
	}
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return nil, "", &DecodeError{Line: 1 + bytes.Count(head[:i], []byte{'\n'}),
			Msg: "the file holds binary data (a NUL byte), not text", Hint: "export the survey again as CSV, or as .xlsx"}
	}
	if validUTF8Prefix(head) {
		return &utf8Reader{r: br}, UTF8, nil
	}
	if i := undefined1252(head); i >= 0 {
		return nil, "", notText(head, i)
	}
	return &cp1252Reader{r: br, line: 1}, Windows1252, nil
}

// notText explains a file that is neither UTF-8 nor Windows-1252.
func notText(head []byte, i int) *DecodeError {
	bad := invalidUTF8At(head)
	return &DecodeError{Line: 1 + bytes.Count(head[:bad], []byte{'\n'}),
		Msg: fmt.Sprintf("it is neither UTF-8 (byte 0x%02X at line %d is not UTF-8) nor Windows-1252 (byte 0x%02X at line %d is undefined there)",
			head[bad], 1+bytes.Count(head[:bad], []byte{'\n'}), head[i], 1+bytes.Count(head[:i], []byte{'\n'})),
		Hint: "open it in the tool that wrote it and save it as \"CSV UTF-8\""}
}

// utf16WithoutBOM recognises UTF-16 text that lost its byte-order mark:
// most of its ASCII characters have a zero byte on the same side.
func utf16WithoutBOM(head []byte) (Encoding, bool) {
	if len(head) < 4 {
		return "", false
	}
	var even, odd int
	for i, b := range head {
		if b == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	half := len(head) / 2
	switch {
	case odd > half*3/4 && even == 0:
		return UTF16LE, true
	case even > half*3/4 && odd == 0:
		return UTF16BE, true
	}
	return "", false
}

// validUTF8Prefix reports whether head is UTF-8, allowing a rune cut off at its end.
func validUTF8Prefix(head []byte) bool {
	return invalidUTF8At(head) < 0
}

// invalidUTF8At returns the offset of the first byte that is not UTF-8, or
// -1; a rune cut off at the end of b is not counted as invalid.
func invalidUTF8At(b []byte) int {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			if !utf8.FullRune(b[i:]) {
				return -1
			}
			return i
		}
		i += n
	}
	return -1
}

// utf8Reader passes UTF-8 through and checks it. A file whose first 64 KB
// are plain ASCII may turn out to be Windows-1252 further down (German
// Excel's "CSV" with the first umlaut on line 2,000): when the first
// invalid byte comes before any multi-byte character, it decodes the rest
// as Windows-1252. After real UTF-8 has been seen, an invalid byte is an error.
type utf8Reader struct {
	r        io.Reader
	pending  []byte // bytes of a rune cut off at the end of the last read
	line     int    // newlines passed so far
	nonASCII bool   // a multi-byte UTF-8 character has been seen
	cp1252   *cp1252Reader
	err      error
	// A caller with less room than a character (bufio filling the last
	// bytes of its buffer, after a BOM or a character cut off at the end of
	// the previous read) is served from stage: decoded into it, then copied.
	stage     [64]byte
	staged    []byte
	stagedErr error
}

func (u *utf8Reader) Read(p []byte) (int, error) {
	if len(u.staged) == 0 && u.stagedErr == nil && len(p) <= utf8.UTFMax && len(p) > 0 {
		n, err := u.read(u.stage[:])
		u.staged, u.stagedErr = u.stage[:n], err
	}
	if len(u.staged) > 0 || u.stagedErr != nil {
		n := copy(p, u.staged)
		if u.staged = u.staged[n:]; len(u.staged) > 0 {
			return n, nil
		}
		err := u.stagedErr
		u.stagedErr = nil
		return n, err
	}
	return u.read(p)
}

// read decodes into p, which has room for a whole character.
func (u *utf8Reader) read(p []byte) (int, error) {
	if u.cp1252 != nil {
		return u.cp1252.Read(p)
	}
	if u.err != nil {
		return 0, u.err
	}
	n := copy(p, u.pending)
	u.pending = u.pending[:0]
	m, err := u.r.Read(p[n:])
	n += m
	b := p[:n]
	for i := 0; i < len(b); {
		// ASCII runs a word at a time; lines are counted for messages.
		j := i + asciiLen(b[i:])
		u.line += bytes.Count(b[i:j], newline)
		if i = j; i == len(b) {
			break
		}
		c := b[i]
		r, size := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || size > 1 {
			u.nonASCII = true
			i += size
			continue
		}
		if !utf8.FullRune(b[i:]) && err == nil {
			// Keep the start of the rune for the next read.
			u.pending = append(u.pending, b[i:]...)
			return i, nil
		}
		if u.nonASCII {
			u.err = &DecodeError{Encoding: UTF8, Line: u.line + 1,
				Msg:  fmt.Sprintf("byte 0x%02X at line %d is not UTF-8, although the lines before it are", c, u.line+1),
				Hint: "the file mixes encodings; open it in the tool that wrote it and save it again as \"CSV UTF-8\""}
			return i, nil
		}
		// Only ASCII so far: the file is Windows-1252 from here on.
		rest := append([]byte(nil), b[i:]...)
		u.cp1252 = &cp1252Reader{r: io.MultiReader(bytes.NewReader(rest), u.r), line: u.line + 1}
		return i, nil
	}
	if err == io.EOF && len(u.pending) > 0 {
		u.err = &DecodeError{Encoding: UTF8, Line: u.line + 1, Msg: "the file ends inside a character", Hint: "the file is cut short; export it again"}
		return n, nil
	}
	return n, err
}

// cp1252Reader decodes Windows-1252, the "CSV" of German Excel.
type cp1252Reader struct {
	r    io.Reader
	buf  []byte
	out  []byte
	line int
	err  error
}

// cp1252High maps bytes 0x80-0x9F; 0 marks the five undefined bytes.
var cp1252High = [32]rune{
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
}

// undefined1252 returns the offset of the first byte Windows-1252 leaves undefined, or -1.
func undefined1252(b []byte) int {
	for i, c := range b {
		if c >= 0x80 && c <= 0x9F && cp1252High[c-0x80] == 0 {
			return i
		}
	}
	return -1
}

func (c *cp1252Reader) Read(p []byte) (int, error) {
	for len(c.out) == 0 {
		if c.err != nil {
			return 0, c.err
		}
		if cap(c.buf) == 0 {
			c.buf = make([]byte, 16<<10)
		}
		n, err := c.r.Read(c.buf[:cap(c.buf)])
		c.err = c.decode(c.buf[:n])
		if c.err == nil {
			c.err = err
		}
	}
	n := copy(p, c.out)
	c.out = c.out[n:]
	return n, nil
}

// decode appends the UTF-8 of b to c.out.
func (c *cp1252Reader) decode(b []byte) error {
	c.out = c.out[:0]
	for _, x := range b {
		switch {
		case x < 0x80:
			if x == '\n' {
				c.line++
			}
			c.out = append(c.out, x)
		case x < 0xA0:
			r := cp1252High[x-0x80]
			if r == 0 {
				return &DecodeError{Encoding: Windows1252, Line: c.line,
					Msg:  fmt.Sprintf("byte 0x%02X at line %d is neither UTF-8 nor defined in Windows-1252", x, c.line),
					Hint: "open the file in the tool that wrote it and save it as \"CSV UTF-8\""}
			}
			c.out = utf8.AppendRune(c.out, r)
		default:
			c.out = utf8.AppendRune(c.out, rune(x)) // the Latin-1 range
		}
	}
	return nil
}

// utf16Reader decodes UTF-16 (Excel's "Unicode text") to UTF-8.
type utf16Reader struct {
	r      io.Reader
	little bool
	in     []byte
	held   []byte // an odd byte or a high surrogate waiting for its pair
	out    []byte
	line   int
	err    error
}

func (u *utf16Reader) Read(p []byte) (int, error) {
	for len(u.out) == 0 {
		if u.err != nil {
			return 0, u.err
		}
		if cap(u.in) == 0 {
			u.in = make([]byte, 32<<10)
		}
		n, err := u.r.Read(u.in[:cap(u.in)])
		b := append(u.held, u.in[:n]...)
		u.held = nil
		u.out = u.out[:0]
		i := 0
		for ; i+1 < len(b); i += 2 {
			r := u.unit(b[i:])
			if utf16.IsSurrogate(rune(r)) {
				if r >= 0xDC00 {
					u.err = u.bad("a stray low surrogate")
					break
				}
				if i+3 >= len(b) {
					break // wait for the pair
				}
				r2 := u.unit(b[i+2:])
				dec := utf16.DecodeRune(rune(r), rune(r2))
				if dec == utf8.RuneError {
					u.err = u.bad("a high surrogate without its pair")
					break
				}
				u.out = utf8.AppendRune(u.out, dec)
				i += 2
				continue
			}
			if r == '\n' {
				u.line++
			}
			u.out = utf8.AppendRune(u.out, rune(r))
		}
		if u.err == nil && i < len(b) {
			u.held = append([]byte(nil), b[i:]...)
		}
		if err != nil && u.err == nil {
			if err == io.EOF && len(u.held) > 0 {
				u.err = u.bad("the file ends in the middle of a character")
			} else {
				u.err = err
			}
		}
	}
	n := copy(p, u.out)
	u.out = u.out[n:]
	return n, nil
}

func (u *utf16Reader) unit(b []byte) uint16 {
	if u.little {
		return uint16(b[0]) | uint16(b[1])<<8
	}
	return uint16(b[0])<<8 | uint16(b[1])
}

func (u *utf16Reader) bad(what string) *DecodeError {
	enc := UTF16BE
	if u.little {
		enc = UTF16LE
	}
	return &DecodeError{Encoding: enc, Line: u.line, Msg: fmt.Sprintf("line %d holds %s", u.line, what),
		Hint: "the file is damaged or cut short; export it again"}
}

var newline = []byte{'\n'}

// asciiLen returns the length of b's leading run of ASCII bytes.
func asciiLen(b []byte) int {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 != 0 {
			break
		}
	}
	for i < len(b) && b[i] < utf8.RuneSelf {
		i++
	}
	return i
}
