// Package jsonout is the one JSON writer: every command's --format json and
// report.json go through it, so they share indentation, escaping and the
// trailing newline, and stay byte-identical across runs.
package jsonout

import (
	"encoding/json"
	"io"
)

// Write encodes v indented by two spaces, keys in struct order (map keys
// sorted by encoding/json), "<", ">" and "&" unescaped, with a trailing newline.
func Write(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
