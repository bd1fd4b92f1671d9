package xlsxscan

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"
)

// tokenizer is a minimal XML token scanner over a stream, enough for the
// parts of a workbook: start and end tags with attributes, text with
// entities, and the declarations, comments and CDATA sections it skips or
// keeps. It keeps no tree: a tag is valid until the next call.
type tokenizer struct {
	r        io.Reader
	buf      []byte
	pos, end int
	eof      bool
	err      error

	// The current token.
	kind    tokenKind
	name    []byte // local name (after any prefix)
	attrs   []attr
	self    bool   // a start tag that closes itself
	text    []byte // text (entities decoded) for textToken
	scratch []byte
}

type tokenKind int8

const (
	startToken tokenKind = iota
	endToken
	textToken
	eofToken
)

type attr struct{ name, value []byte }

// maxToken bounds a tag or a run of text held at once.
const maxToken = 4 << 20

var errTokenTooLarge = errors.New("an XML element is larger than 4 MB")

// tokenizerBuffer is the most a tokenizer reads at once; the buffer only
// grows past it for a token that does not fit.
const tokenizerBuffer = 256 << 10

func newTokenizer(r io.Reader) *tokenizer {
	return &tokenizer{r: r, buf: make([]byte, tokenizerBuffer)}
}

// newPartTokenizer is a tokenizer for a part of size bytes (as its zip
// entry says): a small part (the relationships, the workbook: a few hundred
// bytes each) gets a buffer its size, not 256 KiB, which a short-lived
// process pays for in fresh pages. A size that lies only costs reads.
func newPartTokenizer(r io.Reader, size uint64) *tokenizer {
	n := tokenizerBuffer
	if size < uint64(n) {
		n = max(int(size)+1, 4<<10) // +1: the first fill meets the end
	}
	return &tokenizer{r: r, buf: make([]byte, n)}
}

// more reads input, keeping buf[keep:]; false at the end of input.
func (t *tokenizer) more(keep int) bool {
	if t.eof || t.err != nil {
		return false
	}
	n := copy(t.buf, t.buf[keep:t.end])
	t.pos -= keep
	t.end = n
	if t.end == len(t.buf) {
		if len(t.buf) >= maxToken {
			t.err = errTokenTooLarge
			return false
		}
		nb := make([]byte, 2*len(t.buf))
		copy(nb, t.buf[:t.end])
		t.buf = nb
	}
	for t.end < len(t.buf) {
		m, err := t.r.Read(t.buf[t.end:])
		t.end += m
		if err == io.EOF {
			t.eof = true
			break
		}
		if err != nil {
			t.err = err
			return false
		}
		if m == 0 {
			break
		}
	}
	return true
}

// next reads the next token; it returns false at the end of input or on
// an error (t.err).
func (t *tokenizer) next() bool {
	for {
		if t.pos >= t.end {
			if !t.more(t.pos) {
				t.kind = eofToken
				return false
			}
			continue
		}
		if t.buf[t.pos] != '<' {
			return t.readText()
		}
		// A markup: make sure all of it is in the buffer.
		gt := bytes.IndexByte(t.buf[t.pos:t.end], '>')
		if gt < 0 || (t.pos+1 < t.end && t.buf[t.pos+1] == '!' && !t.markupComplete()) {
			if !t.more(t.pos) {
				if t.err == nil {
					t.err = io.ErrUnexpectedEOF
				}
				t.kind = eofToken
				return false
			}
			continue
		}
		tag := t.buf[t.pos+1 : t.pos+gt]
		switch {
		case len(tag) > 0 && tag[0] == '?':
			t.pos += gt + 1
			continue
		case len(tag) > 0 && tag[0] == '!':
			if bytes.HasPrefix(tag, []byte("![CDATA[")) {
				i := bytes.Index(t.buf[t.pos:t.end], []byte("]]>"))
				t.text = append(t.text[:0], t.buf[t.pos+9:t.pos+i]...)
				t.pos += i + 3
				t.kind = textToken
				return true
			}
			if bytes.HasPrefix(tag, []byte("!--")) {
				i := bytes.Index(t.buf[t.pos:t.end], []byte("-->"))
				t.pos += i + 3
				continue
			}
			t.pos += gt + 1 // a DOCTYPE: workbooks have none
			continue
		case len(tag) > 0 && tag[0] == '/':
			t.kind = endToken
			t.name = localName(bytes.TrimSpace(tag[1:]))
			t.pos += gt + 1
			return true
		}
		t.kind = startToken
		t.self = len(tag) > 0 && tag[len(tag)-1] == '/'
		if t.self {
			tag = tag[:len(tag)-1]
		}
		if err := t.parseTag(tag); err != nil {
			t.err = err
			t.kind = eofToken
			return false
		}
		t.pos += gt + 1
		return true
	}
}

// markupComplete reports whether a comment or CDATA section at pos ends in
// the buffer (its text may hold '>').
func (t *tokenizer) markupComplete() bool {
	b := t.buf[t.pos:t.end]
	switch {
	case bytes.HasPrefix(b, []byte("<![CDATA[")):
		return bytes.Contains(b, []byte("]]>"))
	case bytes.HasPrefix(b, []byte("<!--")):
		return bytes.Contains(b, []byte("-->"))
	case len(b) < 9:
		return t.eof
	}
	return true
}

// readText reads text up to the next markup, decoding entities.
func (t *tokenizer) readText() bool {
	t.text = t.text[:0]
	for {
		lt := bytes.IndexByte(t.buf[t.pos:t.end], '<')
		if lt < 0 {
			// Keep a cut-off entity for the next read.
			chunk := t.buf[t.pos:t.end]
			amp := bytes.LastIndexByte(chunk, '&')
			if amp >= 0 && bytes.IndexByte(chunk[amp:], ';') < 0 && !t.eof {
				chunk = chunk[:amp]
			}
			if err := t.decode(chunk); err != nil {
				t.err = err
				return false
			}
			t.pos += len(chunk)
			if len(t.text) > maxToken {
				t.err = errTokenTooLarge
				return false
			}
			if !t.more(t.pos) {
				if t.err != nil {
					return false
				}
				t.kind = textToken
				return true
			}
			continue
		}
		if err := t.decode(t.buf[t.pos : t.pos+lt]); err != nil {
			t.err = err
			return false
		}
		t.pos += lt
		t.kind = textToken
		return true
	}
}

// decode appends text with its entities decoded to t.text.
func (t *tokenizer) decode(b []byte) error {
	for {
		i := bytes.IndexByte(b, '&')
		if i < 0 {
			t.text = append(t.text, b...)
			return nil
		}
		t.text = append(t.text, b[:i]...)
		b = b[i:]
		j := bytes.IndexByte(b, ';')
		if j < 0 {
			return fmt.Errorf("unterminated entity %q", clip(b))
		}
		name := b[1:j]
		switch string(name) {
		case "lt":
			t.text = append(t.text, '<')
		case "gt":
			t.text = append(t.text, '>')
		case "amp":
			t.text = append(t.text, '&')
		case "quot":
			t.text = append(t.text, '"')
		case "apos":
			t.text = append(t.text, '\'')
		default:
			if len(name) < 2 || name[0] != '#' {
				return fmt.Errorf("unknown entity %q", clip(b[:j+1]))
			}
			var n uint64
			var err error
			if name[1] == 'x' {
				n, err = strconv.ParseUint(string(name[2:]), 16, 32)
			} else {
				n, err = strconv.ParseUint(string(name[1:]), 10, 32)
			}
			if err != nil || !utf8.ValidRune(rune(n)) {
				return fmt.Errorf("bad character reference %q", clip(b[:j+1]))
			}
			t.text = utf8.AppendRune(t.text, rune(n))
		}
		b = b[j+1:]
	}
}

func clip(b []byte) string {
	if len(b) > 20 {
		b = b[:20]
	}
	return string(b)
}

// parseTag reads a start tag's name and attributes (values decoded).
func (t *tokenizer) parseTag(tag []byte) error {
	i := 0
	for i < len(tag) && !isSpace(tag[i]) {
		i++
	}
	t.name = localName(tag[:i])
	t.attrs = t.attrs[:0]
	t.scratch = t.scratch[:0]
	type span struct{ ns, ne, vs, ve int }
	var spans [8]span
	found := spans[:0]
	for {
		for i < len(tag) && isSpace(tag[i]) {
			i++
		}
		if i >= len(tag) {
			break
		}
		ns := i
		for i < len(tag) && tag[i] != '=' && !isSpace(tag[i]) {
			i++
		}
		ne := i
		for i < len(tag) && isSpace(tag[i]) {
			i++
		}
		if i >= len(tag) || tag[i] != '=' {
			return fmt.Errorf("malformed attribute in <%s>", clip(tag))
		}
		i++
		for i < len(tag) && isSpace(tag[i]) {
			i++
		}
		if i >= len(tag) || (tag[i] != '"' && tag[i] != '\'') {
			return fmt.Errorf("malformed attribute in <%s>", clip(tag))
		}
		q := tag[i]
		end := bytes.IndexByte(tag[i+1:], q)
		if end < 0 {
			return fmt.Errorf("malformed attribute in <%s>", clip(tag))
		}
		found = append(found, span{ns, ne, i + 1, i + 1 + end})
		i += end + 2
	}
	for _, s := range found {
		v := tag[s.vs:s.ve]
		if bytes.IndexByte(v, '&') >= 0 {
			saved := t.text
			t.text = t.text[:0]
			if err := t.decode(v); err != nil {
				t.text = saved
				return err
			}
			start := len(t.scratch)
			t.scratch = append(t.scratch, t.text...)
			v = t.scratch[start:]
			t.text = saved[:0]
		}
		t.attrs = append(t.attrs, attr{localName(tag[s.ns:s.ne]), v})
	}
	return nil
}

// attr returns the value of the attribute with the local name n.
func (t *tokenizer) attr(n string) []byte {
	for _, a := range t.attrs {
		if string(a.name) == n {
			return a.value
		}
	}
	return nil
}

func localName(b []byte) []byte {
	if i := bytes.IndexByte(b, ':'); i >= 0 {
		return b[i+1:]
	}
	return b
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
