// Package templates holds the workspace templates `dsc init` writes: a blank
// workspace (structure and comments only: no sample content can reach a
// client's report), a small filled-in starter, and the two example
// engagements.
package templates

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/examples"
)

//go:embed all:blank all:starter
var files embed.FS

// own are the templates of this package, before the examples.
var own = []string{"blank", "starter"}

// Names lists the templates.
func Names() []string { return append(append([]string(nil), own...), examples.Names()...) }

// MapFS copies the named template into memory, so tests can change files
// without touching the embedded original.
func MapFS(name string) (fstest.MapFS, error) {
	src, err := FS(name)
	if err != nil {
		return nil, err
	}
	return examples.Copy(src)
}

// FS returns the files of the named template.
func FS(name string) (fs.FS, error) {
	if slices.Contains(own, name) {
		return fs.Sub(files, name)
	}
	for _, n := range examples.Names() {
		if n == name {
			return examples.FS(name)
		}
	}
	return nil, fmt.Errorf("unknown template %q; available: %s", name, strings.Join(Names(), ", "))
}
