// Package examples embeds the two complete example engagements so that every
// command can run on them with --example NAME, on a machine with nothing but
// the dsc binary. Regenerate them with `go run ./examples/gen`.
package examples

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"testing/fstest"
)

//go:embed automotive-aftermarket intralogistics
var files embed.FS

// Names lists the embedded examples.
func Names() []string {
	entries, _ := fs.ReadDir(files, ".")
	var names []string
	for _, e := range entries {
		if e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names
}

// FS returns the files of the named example.
func FS(name string) (fs.FS, error) {
	for _, n := range Names() {
		if n == name {
			return fs.Sub(files, name)
		}
	}
	return nil, fmt.Errorf("unknown example %q; available: %s", name, strings.Join(Names(), ", "))
}

// MapFS copies the named example into memory, so tests can change files
// without touching the embedded original.
func MapFS(name string) (fstest.MapFS, error) {
	src, err := FS(name)
	if err != nil {
		return nil, err
	}
	return Copy(src)
}

// Copy copies every file of src into memory (templates.MapFS uses it too).
func Copy(src fs.FS) (fstest.MapFS, error) {
	m := fstest.MapFS{}
	err := fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(src, p)
		m[p] = &fstest.MapFile{Data: b}
		return err
	})
	return m, err
}
