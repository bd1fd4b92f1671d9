package cmdutil

import (
	"encoding/json"
	"io"
)

// WriteJSON is the one JSON exporter: indented, keys in struct order (maps
// sorted by encoding/json), a trailing newline; byte-identical across runs.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
