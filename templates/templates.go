// Package templates holds the workspace templates `dsc init` writes: a
// blank workspace to fill in, and the two example engagements.
package templates

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"

	"github.com/dsc-workbench/dsc/examples"
)

//go:embed all:blank
var blank embed.FS

// Names lists the templates.
func Names() []string { return append([]string{"blank"}, examples.Names()...) }

// FS returns the files of the named template.
func FS(name string) (fs.FS, error) {
	if name == "blank" {
		return fs.Sub(blank, "blank")
	}
	for _, n := range examples.Names() {
		if n == name {
			return examples.FS(name)
		}
	}
	return nil, fmt.Errorf("unknown template %q; available: %s", name, strings.Join(Names(), ", "))
}
