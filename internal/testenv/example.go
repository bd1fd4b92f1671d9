package testenv

import (
	"testing"

	"github.com/dsc-workbench/dsc/examples"
	"github.com/dsc-workbench/dsc/internal/workspace"
)

// LoadExample loads an embedded example engagement the way `dsc --example`
// does, failing the test if it does not load.
func LoadExample(t testing.TB, name string) *workspace.Workspace {
	t.Helper()
	m, err := examples.MapFS(name)
	if err != nil {
		t.Fatal(err)
	}
	ws, err := workspace.Load(m, name, "")
	if err != nil {
		t.Fatal(err)
	}
	return ws
}
