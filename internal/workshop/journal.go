// Package workshop runs live Kano and readiness workshops and never loses an
// answer: every answer is appended to its participant's journal and synced to
// disk before the participant sees it as saved; opening a workshop again
// replays the journals and resumes every participant where they left off.
//
// The terminal UI (model.go) and the web server (package server) share the
// journal, the participants, the tally and the export defined here.
package workshop

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sync"
)

// Kinds of workshop.
const (
	KindKano      = "kano"
	KindReadiness = "readiness"
)

// Actions recorded in the journal.
const (
	ActionJoin   = "join"
	ActionAnswer = "answer"
	ActionSkip   = "skip"
	ActionClear  = "clear"
)

// Event is one line of a journal.
type Event struct {
	V           int    `json:"v"`
	Seq         int    `json:"seq"`
	Workshop    string `json:"workshop"`
	Participant string `json:"participant"`
	Segment     string `json:"segment,omitempty"`
	Action      string `json:"action"`
	Item        string `json:"item,omitempty"`     // feature or question id
	Question    string `json:"question,omitempty"` // kano: functional, dysfunctional or importance
	Value       int    `json:"value,omitempty"`
	// Join events only: the join order, how the participant joined and, for
	// the web, a hash of their token (never the token itself).
	N         int    `json:"n,omitempty"`
	Via       string `json:"via,omitempty"`
	TokenHash string `json:"token_hash,omitempty"`
}

// Key identifies one question of a workshop.
type Key struct {
	Item, Question string
}

// Recorder persists events; the UI calls it before it advances.
type Recorder interface {
	Record(Event) error
}

// Journal is an append-only file of events, one JSON object per line. Writes
// are serialised within the process by a mutex and across processes by a
// file lock, and the file is opened with O_APPEND, so two writers of one
// participant never overwrite each other.
type Journal struct {
	path string
	f    *os.File
	mu   sync.Mutex
	// size is where the last whole line this process knows of ends; a file
	// longer than that was appended by another writer (or holds a torn line).
	size int64
	seq  int
	// write and sync are the file's, replaced in tests to simulate a full disk.
	write func([]byte) (int, error)
	sync  func() error
}

// Replay is what a journal held when it was opened.
type Replay struct {
	Events []Event
	// Warnings describe lines that could not be read (a torn last line after
	// a crash); they were dropped, never a reason not to start.
	Warnings []string
}

// OpenJournal opens (creating when missing) a journal for appending and
// replays what it holds. A torn last line is cut off the file so new events
// start on a clean line.
func OpenJournal(path string) (*Journal, Replay, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return nil, Replay{}, fmt.Errorf("open journal %s: %w", path, err)
	}
	j := &Journal{path: path, f: f, write: f.Write, sync: f.Sync}
	if err := lockFile(f); err != nil {
		f.Close()
		return nil, Replay{}, fmt.Errorf("lock journal %s: %w", path, err)
	}
	defer unlockFile(f)
	rep, err := j.catchUp()
	if err != nil {
		f.Close()
		return nil, Replay{}, err
	}
	return j, rep, nil
}

// catchUp reads the whole file (the lock is held), repairs a torn tail and
// sets size and seq from what is on disk.
func (j *Journal) catchUp() (Replay, error) {
	if _, err := j.f.Seek(0, io.SeekStart); err != nil {
		return Replay{}, err
	}
	data, err := io.ReadAll(j.f)
	if err != nil {
		return Replay{}, fmt.Errorf("read journal %s: %w", j.path, err)
	}
	rep, keep := ReadEvents(j.path, data)
	if keep < len(data) {
		// Drop the torn tail so that the next event is a line of its own.
		if err := j.f.Truncate(int64(keep)); err != nil {
			return Replay{}, fmt.Errorf("repair journal %s: %w", j.path, err)
		}
	} else if keep > 0 && data[keep-1] != '\n' {
		// A whole last event without its line end: end the line.
		if _, err := j.f.Write([]byte{'\n'}); err != nil {
			return Replay{}, fmt.Errorf("repair journal %s: %w", j.path, err)
		}
		keep++
	}
	j.size = int64(keep)
	for _, e := range rep.Events {
		j.seq = max(j.seq, e.Seq)
	}
	return rep, nil
}

// ReadEvents parses journal bytes. It returns the events, warnings for
// unreadable lines, and how many leading bytes are sound (everything up to
// and including the last good line).
func ReadEvents(path string, data []byte) (Replay, int) {
	var rep Replay
	keep := 0
	line := 0
	for len(data[keep:]) > 0 {
		rest := data[keep:]
		nl := bytes.IndexByte(rest, '\n')
		line++
		if nl < 0 {
			// No newline: the process died while writing this line.
			var e Event
			if json.Unmarshal(rest, &e) == nil && e.V == 1 {
				// A complete object without its newline: keep it, and end the line.
				rep.Events = append(rep.Events, e)
				rep.Warnings = append(rep.Warnings, fmt.Sprintf("%s:%d: last line had no line end; kept it", path, line))
				return rep, len(data)
			}
			rep.Warnings = append(rep.Warnings, fmt.Sprintf("%s:%d: dropped a torn last line (%d bytes) left by an interrupted write", path, line, len(rest)))
			return rep, keep
		}
		var e Event
		if err := json.Unmarshal(rest[:nl], &e); err != nil || e.V != 1 {
			if len(bytes.TrimSpace(rest[:nl])) > 0 {
				rep.Warnings = append(rep.Warnings, fmt.Sprintf("%s:%d: dropped an unreadable line", path, line))
			}
		} else {
			rep.Events = append(rep.Events, e)
		}
		keep += nl + 1
	}
	return rep, keep
}

// Record appends one event and syncs it to disk before returning. A write
// or sync that fails is rolled back by cutting the file back to its last
// good line, so the next event never lands glued to a partial one.
func (j *Journal) Record(e Event) error { return j.RecordAll(e) }

// RecordAll appends events in one write and one sync: all of them are on
// disk when it returns nil, none of them when it fails.
func (j *Journal) RecordAll(events ...Event) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if err := lockFile(j.f); err != nil {
		return fmt.Errorf("lock journal: %w", err)
	}
	defer unlockFile(j.f)
	fi, err := j.f.Stat()
	if err != nil {
		return fmt.Errorf("stat journal: %w", err)
	}
	if fi.Size() != j.size {
		// Another writer appended (or an earlier rollback could not cut the
		// file): read what is there so seq stays unique and a torn tail goes.
		if _, err := j.catchUp(); err != nil {
			return err
		}
	}
	var b []byte
	for i, e := range events {
		e.V, e.Seq = 1, j.seq+1+i
		line, err := json.Marshal(e)
		if err != nil {
			return err
		}
		b = append(append(b, line...), '\n')
	}
	if _, err := j.write(b); err != nil {
		return j.rollback(fmt.Errorf("write journal: %w", err))
	}
	if err := j.sync(); err != nil {
		return j.rollback(fmt.Errorf("sync journal: %w", err))
	}
	j.size += int64(len(b))
	j.seq += len(events)
	return nil
}

// rollback cuts the file back to the last good line after a failed write.
func (j *Journal) rollback(cause error) error {
	if err := j.f.Truncate(j.size); err != nil {
		// The next Record sees the size mismatch and repairs the tail.
		return fmt.Errorf("%w (and could not roll back: %v)", cause, err)
	}
	j.f.Sync()
	return cause
}

// Path is the journal's file.
func (j *Journal) Path() string { return j.path }

// Close closes the file.
func (j *Journal) Close() error { return j.f.Close() }

// State is the answers a journal's events add up to.
type State struct {
	Answers map[Key]int
	Skipped map[Key]bool
	Segment string
}

// NewState is an empty state.
func NewState() State { return State{Answers: map[Key]int{}, Skipped: map[Key]bool{}} }

// Apply folds events into a state: the last event for a question wins.
func Apply(events []Event) State {
	s := NewState()
	for _, e := range events {
		s.Apply(e)
	}
	return s
}

// Apply folds one event into the state.
func (s *State) Apply(e Event) {
	k := Key{e.Item, e.Question}
	if e.Segment != "" {
		s.Segment = e.Segment
	}
	switch e.Action {
	case ActionAnswer:
		s.Answers[k] = e.Value
		delete(s.Skipped, k)
	case ActionSkip:
		s.Skipped[k] = true
	case ActionClear:
		delete(s.Answers, k)
		delete(s.Skipped, k)
	}
}
