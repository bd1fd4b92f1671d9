package jsonout

import (
	"bytes"
	"testing"
)

func TestWrite(t *testing.T) {
	var b bytes.Buffer
	v := struct {
		Name string         `json:"name"`
		Map  map[string]int `json:"map"`
	}{"R&D <B2B>", map[string]int{"b": 2, "a": 1}}
	if err := Write(&b, v); err != nil {
		t.Fatal(err)
	}
	want := "{\n  \"name\": \"R&D <B2B>\",\n  \"map\": {\n    \"a\": 1,\n    \"b\": 2\n  }\n}\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}
