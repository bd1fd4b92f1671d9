// Package jsonout is the one JSON writer: every command's --format json and
// report.json go through it, so they share indentation, escaping and the
// trailing newline, and stay byte-identical across runs.
package jsonout

import (
	"bytes"
	"encoding/json"
	"io"
)

// Write encodes v indented by two spaces, keys in struct order (map keys
// sorted by encoding/json), "<", ">" and "&" unescaped, with a trailing
// newline: what json.Encoder writes with SetIndent("", "  ") and
// SetEscapeHTML(false), byte for byte.
//
// The encoder marshals into one buffer and indents into a second through
// encoding/json's validating scanner, a call per byte. Marshal's output is
// compact and valid, so Write indents it in one pass that only tells
// strings apart, into a buffer of chunkSize written as it fills: a
// report's JSON is hundreds of kilobytes, and a second buffer of that size
// is fresh memory (page faults) for a short command.
func Write(w io.Writer, v any) error {
	var compact bytes.Buffer
	enc := json.NewEncoder(&compact)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	return indent(w, compact.Bytes())
}

// chunkSize is how much indented JSON is written at a time.
const chunkSize = 32 << 10

// indent writes src, compact JSON followed by a newline (as
// json.Encoder.Encode writes it), indented as json.Indent(dst, src, "",
// "  ") does: a newline and two spaces per level after '{', '[' and ',',
// a space after ':', and "{}" and "[]" for empty objects and arrays.
func indent(w io.Writer, src []byte) error {
	out := make([]byte, 0, chunkSize+64)
	depth := 0
	open := false // after '{' or '[': the newline waits for the next byte
	newline := func() {
		out = append(out, '\n')
		for range depth {
			out = append(out, ' ', ' ')
		}
	}
	for i := 0; i < len(src); i++ {
		if len(out) >= chunkSize {
			if _, err := w.Write(out); err != nil {
				return err
			}
			out = out[:0]
		}
		c := src[i]
		if open && c != '}' && c != ']' {
			open = false
			depth++
			newline()
		}
		switch c {
		case '"':
			// A string, copied as it is up to its closing quote (a quote
			// after a backslash is escaped; a backslash escapes one byte).
			j := i + 1
			for j < len(src) {
				k := bytes.IndexAny(src[j:], "\"\\")
				if k < 0 {
					j = len(src)
					break
				}
				j += k
				if src[j] == '"' {
					break
				}
				j += 2
			}
			end := min(j+1, len(src))
			out = append(out, src[i:end]...)
			i = end - 1
		case '{', '[':
			open = true
			out = append(out, c)
		case ',':
			out = append(out, c)
			newline()
		case ':':
			out = append(out, c, ' ')
		case '}', ']':
			if open {
				open = false // empty: {} or []
			} else {
				depth--
				newline()
			}
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	_, err := w.Write(out)
	return err
}
