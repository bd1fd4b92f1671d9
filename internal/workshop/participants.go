package workshop

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dsc-workbench/dsc/internal/workspace"
)

// How a participant joined.
const (
	ViaTerminal = "terminal"
	ViaWeb      = "web"
)

// Participant is one person answering a workshop. A participant is who
// joined, not a name: two people called alike are two participants with two
// journals, and the join order N keeps their export ids apart.
type Participant struct {
	N       int    `json:"n"`
	Name    string `json:"name"`
	Segment string `json:"segment,omitempty"`
	Via     string `json:"via"`
	// TokenHash is the hex SHA-256 of a web participant's token.
	TokenHash string `json:"-"`
	Journal   string `json:"-"`
}

// ID is the participant's id in exports: built from the join order and the
// name, so it is stable across exports and never reveals the token.
func (p Participant) ID() string { return fmt.Sprintf("workshop-%03d-%s", p.N, Slug(p.Name)) }

// Log is a participant with the events of their journal.
type Log struct {
	Participant
	Events []Event
}

// Slug is a participant's name as it appears in their rater id and journal
// file: workspace.Slug, or "participant" for a name with no letter or digit
// it keeps. It is not unique (the join number is).
func Slug(name string) string {
	if s := workspace.Slug(name); s != "" {
		return s
	}
	return "participant"
}

// journalName is the file of the n-th participant of a kind.
func journalName(kind string, n int, name string) string {
	return fmt.Sprintf("%s-%03d-%s.jsonl", kind, n, Slug(name))
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

// participantOf reads who a journal belongs to from its first line (the join
// event). Journals of dsc before join events name the participant in every
// event; they count as terminal participants with join number 0.
//
// ok is false for a journal without a whole first event: a join that was
// killed between creating the file and syncing its join event. Nobody was
// told they had joined and no answer can be in it, so it is nobody's.
func participantOf(path string) (p Participant, ok bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return Participant{}, false, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	p = Participant{Journal: path, Via: ViaTerminal}
	if sc.Scan() {
		var e Event
		if json.Unmarshal(sc.Bytes(), &e) == nil && e.V == 1 {
			ok = true
			p.Name, p.Segment = e.Participant, e.Segment
			if e.Action == ActionJoin {
				p.N, p.Via, p.TokenHash = e.N, e.Via, e.TokenHash
			}
		}
	}
	return p, ok, sc.Err()
}

// journalNumber is the join number in a journal's file name
// (kano-007-anna.jsonl: 7), or 0.
func journalNumber(path, kind string) int {
	var n int
	fmt.Sscanf(strings.TrimPrefix(filepath.Base(path), kind+"-"), "%d", &n)
	return n
}

// Participants lists who has joined a workshop in a folder, in join order.
func Participants(dir, kind string) ([]Participant, error) {
	files, err := Journals(dir, kind)
	if err != nil {
		return nil, err
	}
	var out []Participant
	for _, path := range files {
		p, ok, err := participantOf(path)
		if err != nil {
			return nil, fmt.Errorf("read journal %s: %w", path, err)
		}
		if ok {
			out = append(out, p)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].N < out[b].N })
	return out, nil
}

// withJoinLock runs f holding the folder's join lock, so that two processes
// joining at once get distinct join numbers.
func withJoinLock(dir string, f func() error) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create journal folder: %w", err)
	}
	lf, err := os.OpenFile(filepath.Join(dir, ".join.lock"), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("open join lock: %w", err)
	}
	defer lf.Close()
	if err := lockFile(lf); err != nil {
		return fmt.Errorf("take join lock: %w", err)
	}
	defer unlockFile(lf)
	return f()
}

// Join adds a participant: it takes the next join number, creates their
// journal with a join event and syncs both the file and the folder. The
// returned journal is open for their answers.
func Join(dir, kind string, p Participant) (*Journal, Participant, error) {
	var j *Journal
	err := withJoinLock(dir, func() error {
		var err error
		j, p, _, err = create(dir, kind, p)
		return err
	})
	return j, p, err
}

// create joins p under the next join number: one more than the highest in
// the folder's journal names, which also covers a journal a killed join left
// without its join event (nobody's, see participantOf), so no number is
// ever taken twice. Legacy journals without a number count as 0.
func create(dir, kind string, p Participant) (*Journal, Participant, Event, error) {
	files, err := Journals(dir, kind)
	if err != nil {
		return nil, p, Event{}, err
	}
	for _, f := range files {
		p.N = max(p.N, journalNumber(f, kind))
	}
	p.N++
	p.Journal = filepath.Join(dir, journalName(kind, p.N, p.Name))
	f, err := os.OpenFile(p.Journal, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return nil, p, Event{}, fmt.Errorf("create journal: %w", err)
	}
	f.Close()
	j, _, err := OpenJournal(p.Journal)
	if err != nil {
		return nil, p, Event{}, err
	}
	join := Event{Workshop: kind, Participant: p.Name, Segment: p.Segment, Action: ActionJoin, N: p.N, Via: p.Via, TokenHash: p.TokenHash}
	if err := j.Record(join); err != nil {
		j.Close()
		os.Remove(p.Journal)
		return nil, p, Event{}, err
	}
	syncDir(dir)
	join.V, join.Seq = 1, 1
	return j, p, join, nil
}

// syncDir makes a new file's name durable (best effort: not every system
// can sync a folder).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// OpenTerminal opens the journal of the terminal participant called exactly
// name (the same person resuming, perhaps in a second terminal), or joins
// them as a new participant. Names that differ in any way, "Ops Lead" and
// "ops.lead" or two names in another script, are different participants.
func OpenTerminal(dir, kind, name, segment string) (*Journal, Participant, Replay, error) {
	var j *Journal
	var p Participant
	var rep Replay
	err := withJoinLock(dir, func() error {
		all, err := Participants(dir, kind)
		if err != nil {
			return err
		}
		for _, o := range all {
			if o.Via == ViaTerminal && o.Name == name {
				p = o
				j, rep, err = OpenJournal(o.Journal)
				return err
			}
		}
		var join Event
		j, p, join, err = create(dir, kind, Participant{Name: name, Segment: segment, Via: ViaTerminal})
		rep.Events = []Event{join}
		return err
	})
	if err != nil {
		return nil, p, rep, err
	}
	return j, p, rep, nil
}

// ReadLogs reads every journal of a kind in a folder, in join order, for
// the tally and the export. Unreadable lines become warnings.
func ReadLogs(dir, kind string) ([]Log, []string, error) {
	ps, err := Participants(dir, kind)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	var out []Log
	var warnings []string
	for _, p := range ps {
		data, err := os.ReadFile(p.Journal)
		if err != nil {
			return nil, nil, err
		}
		rep, _ := ReadEvents(p.Journal, data)
		warnings = append(warnings, rep.Warnings...)
		out = append(out, Log{Participant: p, Events: rep.Events})
	}
	return out, warnings, nil
}
