package jsonout

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"testing"
)

// encoderWrite is what Write must write: encoding/json's indenting encoder.
func encoderWrite(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	return b.Bytes(), err
}

// TestWriteSameAsEncoder: values of every shape (empty and nested
// objects and arrays, strings with quotes, backslashes, escapes, HTML and
// non-ASCII, numbers, nulls, maps, and JSON longer than a chunk) come out
// byte for byte as the indenting encoder writes them.
func TestWriteSameAsEncoder(t *testing.T) {
	type inner struct {
		A []int           `json:"a"`
		B map[string]any  `json:"b"`
		C *inner          `json:"c,omitempty"`
		D string          `json:"d"`
		E []inner         `json:"e"`
		F map[string]bool `json:"f,omitempty"`
	}
	long := make([]inner, 2000)
	for i := range long {
		long[i] = inner{A: []int{i, -i}, D: strings.Repeat(`"\`, i%5) + "<&>é\u2028\x01", B: map[string]any{"k": nil, "": []any{}, "{": map[string]any{}}}
	}
	values := []any{
		nil, 0, -1.5e300, "", `"`, `\`, `\"`, "a\"b\\c\n\t\u00e9<>&\u2028", []int{}, map[string]int{}, []any{[]any{}, map[string]any{}},
		inner{}, inner{A: []int{1}, C: &inner{D: "x"}, E: []inner{{}}, F: map[string]bool{"z": true, "a": false}},
		map[string]any{"a": []any{1, "two", nil, true, map[string]any{"x": []int{}}}},
		long,
		json.RawMessage(` { "a" : [ 1 , 2 ] , "b" : { } } `),
	}
	for i, v := range values {
		want, werr := encoderWrite(v)
		var got bytes.Buffer
		err := Write(&got, v)
		if (err != nil) != (werr != nil) || !bytes.Equal(got.Bytes(), want) {
			t.Errorf("value %d: got %q (%v), want %q (%v)", i, clip(got.String()), err, clip(string(want)), werr)
		}
	}
	// A value encoding/json refuses writes nothing.
	var got bytes.Buffer
	if err := Write(&got, map[string]any{"f": func() {}}); err == nil || got.Len() > 0 {
		t.Errorf("unencodable value: %v, wrote %q", err, got.String())
	}
}

func clip(s string) string {
	if len(s) > 300 {
		return s[:300] + "..."
	}
	return s
}

// FuzzWrite: any JSON value comes out as the indenting encoder writes it.
func FuzzWrite(f *testing.F) {
	for _, s := range []string{`{}`, `[]`, `{"a":[1,{"b":"\"\\"}],"c":{}}`, `"\u00e9<>"`, `[[],[{}],null,true,-0.5e10]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if !json.Valid(data) {
			return
		}
		v := json.RawMessage(data)
		want, werr := encoderWrite(v)
		var got bytes.Buffer
		err := Write(&got, v)
		if (err != nil) != (werr != nil) || !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%q: got %q (%v), want %q (%v)", data, got.String(), err, want, werr)
		}
	})
}

// benchValue is a report-sized value: about 300 KB of indented JSON.
func benchValue() any {
	type row struct {
		ID       string             `json:"id"`
		Counts   []int              `json:"counts"`
		Segments map[string]float64 `json:"segments"`
	}
	rows := make([]row, 1000)
	for i := range rows {
		rows[i] = row{ID: strings.Repeat("x", i%20), Counts: []int{i, 2 * i, 3 * i}, Segments: map[string]float64{"B2B": 0.25, "B2C": float64(i) / 7}}
	}
	return rows
}

// BenchmarkWrite and BenchmarkEncoder write the same value to a file-like
// sink: Write, and encoding/json's indenting encoder it replaces.
func BenchmarkWrite(b *testing.B) {
	v := benchValue()
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, v); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncoder(b *testing.B) {
	v := benchValue()
	b.ReportAllocs()
	for b.Loop() {
		enc := json.NewEncoder(io.Discard)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			b.Fatal(err)
		}
	}
}
