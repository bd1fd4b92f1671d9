// Package server is the workshop for a whole room: participants answer on
// their own phones through a small web page, the projector shows the result
// forming live, and the facilitator's terminal is the console. It is the
// standard library's net/http with every asset embedded, so it works on a
// room's Wi-Fi without the internet.
//
// Every answer goes through the participant's journal (package workshop):
// appended and synced before the server answers 200. A restart replays the
// journals, so after a crash or kill -9 every participant resumes with the
// token their browser kept.
package server

import (
	"fmt"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/internal/workshop"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/kano"
)

// Config is what a workshop server needs.
type Config struct {
	Workspace *workspace.Workspace
	// Plan holds the questions (for nobody in particular): workshop.KanoPlan
	// or workshop.ReadinessQuestions.
	Plan       workshop.Plan
	JournalDir string
	// Code is the short join code people type or scan; FacilitatorToken
	// opens the projector view and the facilitator's API.
	Code             string
	FacilitatorToken string
	// JoinURL is the address participants open (shown on /live with a QR code).
	JoinURL string
	Limits  Limits
	// Voting is the voting state to start with (nil: everything open), and
	// OnVoting is told every change, so a restart can keep it.
	Voting   *Voting
	OnVoting func(Voting)
	// Logf receives one line per notable event (joins, failed writes).
	Logf func(format string, args ...any)
	// Now is the clock of the rate limits and "last seen" (tests fix it).
	Now func() time.Time
}

// Limits bound what one participant or one address may do.
type Limits struct {
	// AnswersPerSecond and AnswerBurst limit one participant token.
	AnswersPerSecond float64
	AnswerBurst      int
	// JoinsPerMinute and JoinBurst limit joins (and wrong codes) per address.
	JoinsPerMinute float64
	JoinBurst      int
}

// DefaultLimits are generous for a person tapping answers and tight for a
// script guessing codes.
func DefaultLimits() Limits {
	return Limits{AnswersPerSecond: 10, AnswerBurst: 30, JoinsPerMinute: 20, JoinBurst: 20}
}

// Server is a running workshop.
type Server struct {
	cfg      Config
	lang     text.Lang
	kanoOpts kano.Options
	units    []unit
	byItem   map[string]int // item id -> index in units
	handler  http.Handler

	joinMu  sync.Mutex // one join at a time (a rater joins once)
	mu      sync.Mutex // guards people, voting, version and every state
	people  []*participant
	voting  Voting
	version uint64
	cache   struct {
		version uint64
		body    []byte
	}

	hub        *hub
	joinLimits *limiterSet
}

type (
	workspaceRater   = workspace.Rater
	workspaceSegment = workspace.Segment
)

// unit is one feature (Kano) or one readiness question: the questions a
// PUT /api/answers/{entry} may answer.
type unit struct {
	Item      string
	Title     string
	Detail    string
	Group     string
	GroupID   string
	Questions []workshop.Question
}

// participant is one person who joined, with their journal and answers.
type participant struct {
	workshop.Participant
	write   sync.Mutex // serialises this participant's journal writes
	journal *workshop.Journal
	state   workshop.State // guarded by Server.mu
	limiter *bucket
	seen    time.Time
}

// New replays the journals in cfg.JournalDir and returns a server ready to
// serve. Participants who joined through the web before a restart resume
// with their tokens; terminal participants' answers count in the tally.
func New(cfg Config) (*Server, error) {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logf == nil {
		cfg.Logf = func(string, ...any) {}
	}
	if cfg.Limits == (Limits{}) {
		cfg.Limits = DefaultLimits()
	}
	if len(cfg.Plan.Questions) == 0 {
		return nil, fmt.Errorf("the workshop has no questions")
	}
	if len(cfg.Code) < 4 || len(cfg.FacilitatorToken) < 16 {
		return nil, fmt.Errorf("the join code needs 4 characters or more and the facilitator token 16 or more")
	}
	s := &Server{cfg: cfg, lang: text.LangOf(cfg.Workspace.Config.Language), kanoOpts: cfg.Workspace.Settings.Kano.Options(),
		byItem: map[string]int{}, voting: Voting{Open: true, Closed: map[string]bool{}}, hub: newHub(),
		joinLimits: newLimiterSet(cfg.Limits.JoinsPerMinute/60, cfg.Limits.JoinBurst)}
	for _, q := range cfg.Plan.Questions {
		i, ok := s.byItem[q.Item]
		if !ok {
			i = len(s.units)
			s.byItem[q.Item] = i
			s.units = append(s.units, unit{Item: q.Item, Title: q.Title, Detail: q.Detail, Group: q.Group, GroupID: q.GroupID})
		}
		s.units[i].Questions = append(s.units[i].Questions, q)
	}
	if cfg.Voting != nil {
		s.voting = cfg.Voting.clone()
		for g := range s.voting.Closed {
			if !s.knownGroup(g) {
				delete(s.voting.Closed, g)
			}
		}
	}
	if err := s.replay(); err != nil {
		return nil, err
	}
	s.handler = s.routes()
	return s, nil
}

// replay reads every journal of the workshop's kind.
func (s *Server) replay() error {
	logs, warnings, err := workshop.ReadLogs(s.cfg.JournalDir, s.cfg.Plan.Kind)
	if err != nil {
		return err
	}
	for _, w := range warnings {
		s.cfg.Logf("warning: %s", w)
	}
	for _, l := range logs {
		p := &participant{Participant: l.Participant, state: workshop.Apply(l.Events), limiter: s.newAnswerLimiter()}
		if l.Via == workshop.ViaWeb {
			// Open the journal now: it repairs a tail torn by a kill.
			j, rep, err := workshop.OpenJournal(l.Journal)
			if err != nil {
				return err
			}
			p.journal, p.state = j, workshop.Apply(rep.Events)
		}
		s.people = append(s.people, p)
	}
	return nil
}

func (s *Server) newAnswerLimiter() *bucket {
	return newBucket(s.cfg.Limits.AnswersPerSecond, s.cfg.Limits.AnswerBurst, s.cfg.Now())
}

// ServeHTTP serves the page, the projector view and the API.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Close closes every journal; call it after the HTTP server has stopped.
func (s *Server) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hub.close()
	var first error
	for _, p := range s.people {
		if p.journal != nil {
			if err := p.journal.Close(); err != nil && first == nil {
				first = err
			}
		}
	}
	return first
}

// changed records that answers, people or voting changed and wakes the
// live views. The caller holds s.mu.
func (s *Server) changed() {
	s.version++
	s.hub.notify()
}

// Voting says which parts of the questionnaire take answers: all of it when
// Open, except the groups (core elements or dimensions) in Closed.
type Voting struct {
	Open   bool            `json:"open"`
	Closed map[string]bool `json:"closed_groups"`
}

// isOpen reports whether a group takes answers. The caller holds s.mu.
func (v Voting) isOpen(group string) bool { return v.Open && !v.Closed[group] }

func (v Voting) clone() Voting {
	c := Voting{Open: v.Open, Closed: map[string]bool{}}
	if v.Closed == nil {
		return c
	}
	for k, x := range v.Closed {
		c.Closed[k] = x
	}
	return c
}

// SetVoting opens or closes the whole questionnaire (group "") or one group.
func (s *Server) SetVoting(group string, open bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.setVoting(group, open)
	if err == nil && s.cfg.OnVoting != nil {
		s.cfg.OnVoting(s.voting.clone())
	}
	return err
}

func (s *Server) setVoting(group string, open bool) error {
	if group == "" {
		s.voting.Open = open
		if open {
			s.voting.Closed = map[string]bool{}
		}
		s.changed()
		return nil
	}
	if !s.knownGroup(group) {
		return fmt.Errorf("unknown group %q; groups: %s", group, strings.Join(s.groupIDs(), ", "))
	}
	if open {
		delete(s.voting.Closed, group)
		s.voting.Open = true
	} else {
		s.voting.Closed[group] = true
	}
	s.changed()
	return nil
}

// Voting returns the current voting state.
func (s *Server) Voting() Voting {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.voting.clone()
}

// Group is one core element (or readiness dimension) of the questionnaire.
type Group struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Groups lists the questionnaire's groups in order.
func (s *Server) Groups() []Group {
	var out []Group
	seen := map[string]bool{}
	for _, u := range s.units {
		if !seen[u.GroupID] {
			seen[u.GroupID] = true
			out = append(out, Group{u.GroupID, u.Group})
		}
	}
	return out
}

func (s *Server) knownGroup(id string) bool {
	for _, g := range s.Groups() {
		if g.ID == id {
			return true
		}
	}
	return false
}

func (s *Server) groupIDs() []string {
	var ids []string
	for _, g := range s.Groups() {
		ids = append(ids, g.ID)
	}
	return ids
}

// Person is one participant as the facilitator's console lists them.
type Person struct {
	N        int       `json:"n"`
	Name     string    `json:"name"`
	Segment  string    `json:"segment,omitempty"`
	Via      string    `json:"via"`
	Done     int       `json:"done"`
	Total    int       `json:"total"`
	LastSeen time.Time `json:"last_seen,omitzero"`
}

// People lists everyone who joined, in join order, with their progress.
func (s *Server) People() []Person {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Person, 0, len(s.people))
	for _, p := range s.people {
		done, total := s.cfg.Plan.Progress(p.state)
		out = append(out, Person{N: p.N, Name: p.Name, Segment: p.Segment, Via: p.Via, Done: done, Total: total, LastSeen: p.seen})
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].N < out[b].N })
	return out
}

// Subscribe returns a channel that receives a value whenever something
// changes (for the console), and a function to stop.
func (s *Server) Subscribe() (<-chan struct{}, func()) {
	c := s.hub.subscribe()
	return c, func() { s.hub.unsubscribe(c) }
}
