// Package atomicfile writes output files so that a reader never sees half
// of one and a failure never replaces one: each file is written to a
// temporary file in the same folder, synced, and renamed into place.
//
// A Set commits several files together (the report's xlsx, html and json):
// nothing is renamed until every file is written, and a cancelled context
// renames nothing. While a Set is open it holds a lock on each folder it
// writes to, so two writers into one folder take turns, and it removes the
// temporary files a killed writer left there. A new file gets the mode
// 0666 less the umask; a replaced file keeps its mode.
package atomicfile

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

// tempMarker is part of every temporary file's name: .NAME.tmp-RANDOM
const tempMarker = ".tmp-"

// live holds the temporary files of every open Set, so that Cleanup can
// remove them when the process is interrupted.
var live = struct {
	sync.Mutex
	files   map[string]bool
	stopped bool
}{files: map[string]bool{}}

// ErrStopped is returned for files created or committed after Cleanup.
var ErrStopped = errors.New("interrupted")

// Cleanup removes the temporary files of every Set that has not committed,
// after waiting for a commit in progress to finish, and refuses every file
// after it. The command runner calls it when the process is interrupted and
// about to exit.
func Cleanup() {
	live.Lock()
	defer live.Unlock()
	live.stopped = true
	for name := range live.files {
		os.Remove(name)
		delete(live.files, name)
	}
}

// Set is a group of files committed together.
type Set struct {
	ctx   context.Context
	files []*File
	locks map[string]*os.File
	done  bool
}

// NewSet starts a group of files; a cancelled ctx makes Commit fail
// without renaming anything.
func NewSet(ctx context.Context) *Set {
	return &Set{ctx: ctx, locks: map[string]*os.File{}}
}

// File is an output file being written; nothing appears at its path until
// its Set commits.
type File struct {
	*os.File
	path    string
	private bool
}

// Create starts writing path.
func (s *Set) Create(path string) (*File, error) {
	if s.done {
		return nil, errors.New("atomicfile: Create after Commit or Abort")
	}
	if err := s.ctx.Err(); err != nil {
		return nil, err
	}
	dir, base := filepath.Dir(path), filepath.Base(path)
	if _, locked := s.locks[dir]; !locked {
		l, err := lockDir(dir)
		if err != nil {
			return nil, fmt.Errorf("create %s: %w", path, err)
		}
		s.locks[dir] = l
	}
	removeStale(dir, base)
	live.Lock()
	defer live.Unlock()
	if live.stopped {
		return nil, ErrStopped
	}
	for {
		name := filepath.Join(dir, "."+base+tempMarker+strconv.FormatUint(rand.Uint64(), 36))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, os.ErrExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("create %s: %w", path, err)
		}
		live.files[name] = true
		file := &File{File: f, path: path}
		s.files = append(s.files, file)
		return file, nil
	}
}

// removeStale deletes temporary files for base that a killed writer left
// in dir. Under the folder lock no living writer has one open.
func removeStale(dir, base string) {
	matches, _ := filepath.Glob(filepath.Join(dir, "."+globEscape(base)+tempMarker+"*"))
	live.Lock()
	defer live.Unlock()
	for _, m := range matches {
		if !live.files[m] {
			os.Remove(m)
		}
	}
}

func globEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "?", `\?`, "[", `\[`).Replace(s)
}

// Write calls fill with a writer for path; the file commits with the Set.
func (s *Set) Write(path string, fill func(io.Writer) error) error {
	f, err := s.Create(path)
	if err != nil {
		return err
	}
	return fill(f)
}

// Commit syncs every file and renames them all into place, unless the
// context was cancelled or a file failed: then nothing is renamed and no
// temporary file is left.
func (s *Set) Commit() error {
	if s.done {
		return errors.New("atomicfile: Commit twice")
	}
	defer s.Abort()
	if err := s.stopped(); err != nil {
		return err
	}
	for _, f := range s.files {
		if err := f.Sync(); err != nil {
			return fmt.Errorf("write %s: %w", f.path, err)
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("write %s: %w", f.path, err)
		}
		if st, err := os.Stat(f.path); err == nil && !f.private {
			if err := os.Chmod(f.Name(), st.Mode().Perm()); err != nil {
				return fmt.Errorf("write %s: %w", f.path, err)
			}
		}
	}
	live.Lock()
	defer live.Unlock()
	if err := s.stoppedLocked(); err != nil {
		return err
	}
	dirs := map[string]bool{}
	for _, f := range s.files {
		if err := os.Rename(f.Name(), f.path); err != nil {
			return fmt.Errorf("write %s: %w", f.path, err)
		}
		delete(live.files, f.Name())
		dirs[filepath.Dir(f.path)] = true
	}
	for d := range dirs {
		syncDir(d)
	}
	return nil
}

// stopped says why the set may not commit: its context is done, or the
// process is being interrupted.
func (s *Set) stopped() error {
	live.Lock()
	defer live.Unlock()
	return s.stoppedLocked()
}

func (s *Set) stoppedLocked() error {
	if err := s.ctx.Err(); err != nil {
		return err
	}
	if live.stopped {
		return ErrStopped
	}
	return nil
}

// Abort discards every file not yet committed and releases the folder
// locks; it is safe to call after Commit.
func (s *Set) Abort() {
	if s.done {
		return
	}
	s.done = true
	live.Lock()
	for _, f := range s.files {
		f.Close()
		if live.files[f.Name()] {
			os.Remove(f.Name())
			delete(live.files, f.Name())
		}
	}
	live.Unlock()
	for _, l := range s.locks {
		unlockDir(l)
	}
}

// WritePrivate writes data to path atomically, readable and writable by
// the owner only (0600), whatever mode an earlier file had: for files that
// hold secrets such as a workshop's facilitator token.
func WritePrivate(path string, data []byte) error {
	s := NewSet(context.Background())
	defer s.Abort()
	f, err := s.Create(path)
	if err != nil {
		return err
	}
	f.private = true
	if err := f.Chmod(0o600); err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	if _, err := f.Write(data); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return s.Commit()
}

// WriteFile writes data to path atomically.
func WriteFile(path string, data []byte) error {
	return Write(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// Write calls fill with a writer for path and commits the file if fill succeeds.
func Write(path string, fill func(io.Writer) error) error {
	s := NewSet(context.Background())
	defer s.Abort()
	if err := s.Write(path, fill); err != nil {
		return err
	}
	return s.Commit()
}

// syncDir makes the rename durable; failure is harmless on systems that cannot sync folders.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
