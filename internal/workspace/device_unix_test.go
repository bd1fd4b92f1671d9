//go:build unix

package workspace

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// exampleDir writes the intralogistics example into a temporary folder.
func exampleDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, exampleFS(t, "intralogistics")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// On a real folder: a FIFO would block the loader for ever if it were
// opened, and a symlink to /dev/zero would fill the memory; both are one
// problem at once.
func TestFIFOAndDeviceOnDisk(t *testing.T) {
	for _, c := range []struct {
		name string
		make func(path string) error
		want string
	}{
		{"fifo", func(p string) error { return syscall.Mkfifo(p, 0o644) }, "catalog.yaml: cannot read: it is a named pipe (FIFO), not a file"},
		{"symlink to /dev/zero", func(p string) error { return os.Symlink("/dev/zero", p) }, "catalog.yaml: cannot read: it is a device, not a file"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, err := os.Stat("/dev/zero"); err != nil {
				t.Skip("no /dev/zero")
			}
			dir := exampleDir(t)
			p := filepath.Join(dir, CatalogFile)
			if err := os.Remove(p); err != nil {
				t.Fatal(err)
			}
			if err := c.make(p); err != nil {
				t.Skipf("cannot make it here: %v", err)
			}
			got := problems(t, os.DirFS(dir))
			if len(got) != 1 || !strings.HasPrefix(got[0], c.want) {
				t.Errorf("got %q", got)
			}
		})
	}
}
