package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/examples"
	"github.com/dsc-workbench/dsc/internal/golden"
)

// writeExample copies an embedded example into a temporary folder.
func writeExample(t *testing.T, name string) string {
	t.Helper()
	src, err := examples.FS(name)
	dir := t.TempDir()
	if err == nil {
		err = os.CopyFS(dir, src)
	}
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// One mistake, one message, also when validate goes on to read the surveys:
// with catalog.yaml broken the survey's columns cannot be checked against it.
// Before, the syntax error on line 28 came with 411 other problems and an
// empty catalog.yaml with 411 problems, none of them about catalog.yaml.
func TestValidateNoCascade(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		edit func(catalog string) string
	}{
		{"syntax-error", func(catalog string) string {
			lines := strings.Split(catalog, "\n")
			lines[27] = `    name: "TecAlliance TecDoc` // line 28: an unclosed quote
			return strings.Join(lines, "\n")
		}},
		{"empty", func(string) string { return "" }},
		// A misspelt name: is one message, not also one for each survey
		// column about the entry, which no name can match now (trial 6, M7).
		{"misspelt-name", func(catalog string) string {
			return strings.Replace(catalog, "    name: Live chat with parts experts\n", "    nmae: Live chat with parts experts\n", 1)
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := writeExample(t, "automotive-aftermarket")
			p := filepath.Join(dir, "catalog.yaml")
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(c.edit(string(data))), 0o644); err != nil {
				t.Fatal(err)
			}
			r := runInProcess("validate", "--workspace", dir)
			if r.code != 1 {
				t.Fatalf("exit %d, want 1: %s", r.code, r.stderr)
			}
			golden.Text(t, "", []byte(strings.ReplaceAll(r.stderr, filepath.ToSlash(dir), "WORKSPACE")))
		})
	}
}
