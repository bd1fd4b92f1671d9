// Package golden compares test output with files under testdata/ and
// rewrites them when tests run with -update (in a package that has golden
// files: go test ./cmd/dsc -update), or with UPDATE_GOLDEN=1 in the
// environment, which works for the whole tree: UPDATE_GOLDEN=1 go test ./...
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/jsonout"
)

var update = flag.Bool("update", false, "rewrite golden files (or set UPDATE_GOLDEN=1)")

// updating reports whether golden files are to be rewritten.
func updating() bool { return *update || os.Getenv("UPDATE_GOLDEN") == "1" }

// Path is the golden file for name: testdata/<name>.golden.
func Path(name string) string {
	return filepath.Join("testdata", strings.ReplaceAll(name, "/", "_")+".golden")
}

// Text compares got with the golden file named after the test (or name when given).
func Text(t testing.TB, name string, got []byte) {
	t.Helper()
	if name == "" {
		name = t.Name()
	}
	p := Path(name)
	got = normalize(got)
	if updating() {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("read golden file (run with -update to create it): %v", err)
	}
	want = normalize(want)
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run with -update to accept):\n%s", p, diff(string(want), string(got)))
	}
}

// JSON marshals v with indentation and compares it like Text.
func JSON(t testing.TB, name string, v any) {
	t.Helper()
	var b bytes.Buffer
	if err := jsonout.Write(&b, v); err != nil {
		t.Fatal(err)
	}
	Text(t, name, b.Bytes())
}

func normalize(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n")) }

// diff shows the first lines that differ, with context: enough to review.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 20; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("line " + strconv.Itoa(i+1) + ":\n  - " + wl + "\n  + " + gl + "\n")
			shown++
		}
	}
	return b.String()
}
