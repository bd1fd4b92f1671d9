package atomicfile

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sort"
	"syscall"
	"testing"
	"time"
)

func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	sort.Strings(out)
	return out
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, _ := os.ReadFile(path)
	return string(b)
}

func TestWriteCommitsOrLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "report.json")
	if err := WriteFile(p, []byte("one")); err != nil {
		t.Fatal(err)
	}
	// A failed fill keeps the old file and leaves no temporary file behind.
	err := Write(p, func(w io.Writer) error {
		w.Write([]byte("half"))
		return errors.New("renderer failed")
	})
	if err == nil {
		t.Fatal("want the fill error")
	}
	if got := read(t, p); got != "one" {
		t.Errorf("file now %q", got)
	}
	if got := names(t, dir); len(got) != 1 {
		t.Errorf("files left in the folder: %v", got)
	}
}

// A report set is replaced whole or not at all: when the second file fails,
// the first keeps its old content too.
func TestSetCommitsAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "report.xlsx"), filepath.Join(dir, "report.html")
	WriteFile(a, []byte("old a"))
	WriteFile(b, []byte("old b"))
	s := NewSet(context.Background())
	s.Write(a, func(w io.Writer) error { _, err := io.WriteString(w, "new a"); return err })
	if err := s.Write(b, func(w io.Writer) error { return errors.New("chart failed") }); err == nil {
		t.Fatal("want the error")
	}
	s.Abort()
	if read(t, a) != "old a" || read(t, b) != "old b" {
		t.Errorf("set partly replaced: %q %q", read(t, a), read(t, b))
	}
	if got := names(t, dir); len(got) != 2 {
		t.Errorf("files left: %v", got)
	}
}

// Ctrl-C cancels the context: nothing is renamed, nothing is left behind.
func TestCancelledSetRenamesNothing(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "report.json")
	WriteFile(p, []byte("old"))
	ctx, cancel := context.WithCancel(context.Background())
	s := NewSet(ctx)
	s.Write(p, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err })
	cancel()
	if err := s.Commit(); !errors.Is(err, context.Canceled) {
		t.Fatalf("commit after cancel: %v", err)
	}
	if read(t, p) != "old" || len(names(t, dir)) != 1 {
		t.Errorf("old report replaced or temp left: %q %v", read(t, p), names(t, dir))
	}
	if _, err := NewSet(ctx).Create(p); !errors.Is(err, context.Canceled) {
		t.Errorf("create after cancel: %v", err)
	}
}

func TestModeKeptAndUmaskRespected(t *testing.T) {
	dir := t.TempDir()
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	fresh := filepath.Join(dir, "new.json")
	WriteFile(fresh, []byte("x"))
	kept := filepath.Join(dir, "kept.json")
	os.WriteFile(kept, []byte("x"), 0o600)
	os.Chmod(kept, 0o604) // a mode the umask would not give
	WriteFile(kept, []byte("y"))
	for path, want := range map[string]os.FileMode{fresh: 0o640, kept: 0o604} {
		st, err := os.Stat(path)
		if err != nil || st.Mode().Perm() != want {
			t.Errorf("%s: mode %v, want %v (%v)", filepath.Base(path), st.Mode().Perm(), want, err)
		}
	}
}

// A writer killed with SIGKILL leaves its temporary file; the next writer
// into the folder removes it.
func TestStaleTempFilesAreRemoved(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, ".report.json.tmp-dead")
	os.WriteFile(stale, []byte("half"), 0o644)
	other := filepath.Join(dir, ".notes.txt.tmp-other") // another file's: not ours to judge
	os.WriteFile(other, []byte("x"), 0o644)
	if err := WriteFile(filepath.Join(dir, "report.json"), []byte("ok")); err != nil {
		t.Fatal(err)
	}
	if got := names(t, dir); len(got) != 2 || got[0] != ".notes.txt.tmp-other" || got[1] != "report.json" {
		t.Errorf("folder holds %v", got)
	}
}

// Two writers into one folder take turns: the second waits for the first
// to commit.
func TestWritersIntoOneFolderTakeTurns(t *testing.T) {
	dir := t.TempDir()
	first := NewSet(context.Background())
	if err := first.Write(filepath.Join(dir, "a"), func(w io.Writer) error { return nil }); err != nil {
		t.Fatal(err)
	}
	done := make(chan time.Time)
	go func() {
		WriteFile(filepath.Join(dir, "b"), []byte("b"))
		done <- time.Now()
	}()
	time.Sleep(100 * time.Millisecond)
	committed := time.Now()
	if err := first.Commit(); err != nil {
		t.Fatal(err)
	}
	if second := <-done; second.Before(committed) {
		t.Error("the second writer did not wait for the first")
	}
}

// An interrupted process calls Cleanup before it exits: open sets lose
// their temporary files and can commit nothing afterwards.
func TestCleanupRemovesOpenTempFiles(t *testing.T) {
	defer func() { live.Lock(); live.stopped = false; live.Unlock() }()
	dir := t.TempDir()
	p := filepath.Join(dir, "report.json")
	WriteFile(p, []byte("old"))
	s := NewSet(context.Background())
	s.Write(p, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err })
	Cleanup()
	if err := s.Commit(); !errors.Is(err, ErrStopped) {
		t.Errorf("commit after cleanup: %v", err)
	}
	if read(t, p) != "old" || len(names(t, dir)) != 1 {
		t.Errorf("folder %v, report %q", names(t, dir), read(t, p))
	}
	if err := WriteFile(p, []byte("later")); !errors.Is(err, ErrStopped) {
		t.Errorf("write after cleanup: %v", err)
	}
}

// A secret stays the owner's even when the file it replaces was readable
// by everyone.
func TestWritePrivate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "serve-kano.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WritePrivate(path, []byte("token")); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 || read(t, path) != "token" {
		t.Errorf("mode %v, content %q; want 0600 and the new content", st.Mode().Perm(), read(t, path))
	}
	if got := names(t, filepath.Dir(path)); len(got) != 1 {
		t.Errorf("files left: %v", got)
	}
}
