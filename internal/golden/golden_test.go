package golden

import (
	"os"
	"path/filepath"
	"testing"
)

// UPDATE_GOLDEN=1 rewrites a golden file, the way -update does.
func TestUpdateFromTheEnvironment(t *testing.T) {
	dir := t.TempDir()
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	t.Setenv("UPDATE_GOLDEN", "1")
	Text(t, "sample", []byte("one\r\ntwo\n"))
	got, err := os.ReadFile(filepath.Join(dir, "testdata", "sample.golden"))
	if err != nil || string(got) != "one\ntwo\n" {
		t.Fatalf("golden file %q, %v", got, err)
	}
	t.Setenv("UPDATE_GOLDEN", "")
	Text(t, "sample", []byte("one\ntwo\n")) // matches now
}
