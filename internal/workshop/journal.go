// Package workshop runs live Kano and readiness workshops in a terminal UI
// and never loses an answer: every answer is appended to a journal file and
// synced to disk before the screen moves on; starting the same workshop again
// replays the journal and resumes at the first open question.
package workshop

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// Kinds of workshop.
const (
	KindKano      = "kano"
	KindReadiness = "readiness"
)

// Actions recorded in the journal.
const (
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
	Item        string `json:"item"`               // feature or question id
	Question    string `json:"question,omitempty"` // kano: functional, dysfunctional or importance
	Value       int    `json:"value,omitempty"`
}

// Key identifies one question of a workshop.
type Key struct {
	Item, Question string
}

// Recorder persists events; the UI calls it before it advances.
type Recorder interface {
	Record(Event) error
}

// Journal is an append-only file of events, one JSON object per line.
type Journal struct {
	path string
	f    *os.File
	seq  int
}

// JournalPath is where a participant's journal lives in a folder.
func JournalPath(dir, kind, participant string) string {
	return filepath.Join(dir, kind+"-"+Slug(participant)+".jsonl")
}

var slugRE = regexp.MustCompile(`[^a-z0-9]+`)

// Slug makes a participant name safe as part of a file name.
func Slug(s string) string {
	r := strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss")
	out := strings.Trim(slugRE.ReplaceAllString(r.Replace(strings.ToLower(s)), "-"), "-")
	if out == "" {
		return "participant"
	}
	return out
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
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, Replay{}, fmt.Errorf("create journal folder: %w", err)
	}
	data, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, Replay{}, fmt.Errorf("read journal %s: %w", path, err)
	}
	rep, keep := ReadEvents(path, data)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, Replay{}, fmt.Errorf("open journal %s: %w", path, err)
	}
	if keep < len(data) {
		// Drop the torn tail so that the next event is a line of its own.
		if err := f.Truncate(int64(keep)); err != nil {
			f.Close()
			return nil, Replay{}, fmt.Errorf("repair journal %s: %w", path, err)
		}
	}
	if _, err := f.Seek(0, io.SeekEnd); err != nil {
		f.Close()
		return nil, Replay{}, err
	}
	if keep == len(data) && keep > 0 && data[keep-1] != '\n' {
		// A whole last event without its line end: end the line.
		if _, err := f.Write([]byte{'\n'}); err != nil {
			f.Close()
			return nil, Replay{}, fmt.Errorf("repair journal %s: %w", path, err)
		}
	}
	j := &Journal{path: path, f: f}
	for _, e := range rep.Events {
		j.seq = max(j.seq, e.Seq)
	}
	return j, rep, nil
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

// Record appends one event and syncs it to disk before returning.
func (j *Journal) Record(e Event) error {
	j.seq++
	e.V, e.Seq = 1, j.seq
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	b = append(b, '\n')
	if _, err := j.f.Write(b); err != nil {
		return fmt.Errorf("write journal: %w", err)
	}
	if err := j.f.Sync(); err != nil {
		return fmt.Errorf("sync journal: %w", err)
	}
	return nil
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

// Apply folds events into a state: the last event for a question wins.
func Apply(events []Event) State {
	s := State{Answers: map[Key]int{}, Skipped: map[Key]bool{}}
	for _, e := range events {
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
	return s
}

// Journals lists the journal files of one kind in a folder, sorted.
func Journals(dir, kind string) ([]string, error) {
	matches, err := filepath.Glob(filepath.Join(dir, kind+"-*.jsonl"))
	if err != nil {
		return nil, err
	}
	sort.Strings(matches)
	return matches, nil
}

// ReadAll reads every journal of a kind in a folder, for the facilitator view
// and the export. Unreadable lines become warnings.
func ReadAll(dir, kind string) (map[string][]Event, []string, error) {
	files, err := Journals(dir, kind)
	if err != nil {
		return nil, nil, err
	}
	out := map[string][]Event{}
	var warnings []string
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, nil, err
		}
		rep, _ := ReadEvents(p, data)
		warnings = append(warnings, rep.Warnings...)
		for _, e := range rep.Events {
			out[e.Participant] = append(out[e.Participant], e)
		}
	}
	return out, warnings, nil
}
