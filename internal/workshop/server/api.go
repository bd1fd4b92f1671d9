package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/internal/workshop"
)

// maxBody caps every request body: an answer or a join is a few dozen bytes.
const maxBody = 4 << 10

// maxName is the longest name (in characters) a participant may give.
const maxName = 60

// apiError is an error with its HTTP status and, for the page, the
// participant-facing word in the workspace language.
type apiError struct {
	Status  int
	Message string
	Word    text.W
}

func (e *apiError) Error() string { return e.Message }

func errorf(status int, word text.W, format string, args ...any) *apiError {
	return &apiError{Status: status, Message: fmt.Sprintf(format, args...), Word: word}
}

// writeJSON answers with a JSON value.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(v)
}

// writeError answers with {"message": ...}.
func writeError(w http.ResponseWriter, err error) {
	var ae *apiError
	if !errors.As(err, &ae) {
		ae = &apiError{Status: http.StatusInternalServerError, Message: err.Error()}
	}
	writeJSON(w, ae.Status, map[string]string{"message": ae.Message})
}

// decode reads one JSON value of at most maxBody bytes with no unknown
// fields and nothing after it.
func decode[T any](w http.ResponseWriter, r *http.Request) (T, error) {
	var v T
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		return v, errorf(http.StatusUnsupportedMediaType, text.WNotSaved, "send application/json, not %s", ct)
	}
	err := decodeJSON(http.MaxBytesReader(w, r.Body, maxBody), &v)
	return v, err
}

// decodeJSON is decode without the request, for the fuzz test.
func decodeJSON(r io.Reader, v any) error {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return errorf(http.StatusRequestEntityTooLarge, text.WNotSaved, "request body larger than %d bytes", maxBody)
		}
		return errorf(http.StatusBadRequest, text.WNotSaved, "malformed JSON: %v", err)
	}
	if dec.More() {
		return errorf(http.StatusBadRequest, text.WNotSaved, "malformed JSON: more than one value")
	}
	return nil
}

// JoinRequest is the body of POST /api/join.
type JoinRequest struct {
	Code    string `json:"code"`
	Name    string `json:"name"`
	Segment string `json:"segment"`
}

// JoinResponse is what a join returns.
type JoinResponse struct {
	Token       string `json:"token"`
	Participant Me     `json:"participant"`
}

// cleanName trims a name, composes it (NFC) and refuses control characters
// and names too long to show.
func cleanName(s string) (string, error) {
	s = norm.NFC.String(strings.TrimSpace(s))
	if !utf8.ValidString(s) {
		return "", errorf(http.StatusBadRequest, text.WNameTooLong, "name is not valid UTF-8")
	}
	if utf8.RuneCountInString(s) > maxName {
		return "", errorf(http.StatusBadRequest, text.WNameTooLong, "name longer than %d characters", maxName)
	}
	for _, r := range s {
		if unicode.IsControl(r) || unicode.In(r, unicode.Cf) && r != '\u200d' {
			return "", errorf(http.StatusBadRequest, text.WNameTooLong, "name contains control characters")
		}
	}
	return s, nil
}

// join adds a participant and returns their token.
func (s *Server) join(req JoinRequest, addr string) (*participant, string, error) {
	if !s.joinLimits.allow(addr, s.cfg.Now()) {
		return nil, "", errorf(http.StatusTooManyRequests, text.WTooMany, "too many joins from %s; wait a minute", addr)
	}
	if !equal(NormalizeCode(req.Code), NormalizeCode(s.cfg.Code)) {
		return nil, "", errorf(http.StatusForbidden, text.WBadCode, "wrong join code")
	}
	name, err := cleanName(req.Name)
	if err != nil {
		return nil, "", err
	}
	seg := strings.TrimSpace(req.Segment)
	ws := s.cfg.Workspace
	if s.cfg.Plan.Kind == workshop.KindReadiness {
		if seg != "" {
			return nil, "", errorf(http.StatusBadRequest, text.WChooseSegment, "a readiness workshop has no segments")
		}
		if !slices.ContainsFunc(ws.Readiness.Raters, func(r workspaceRater) bool { return r.ID == name }) {
			return nil, "", errorf(http.StatusBadRequest, text.WWhoAreYou, "unknown rater %q; name one of the raters in readiness.yaml", name)
		}
	} else if len(ws.Config.Segments) > 0 {
		if !slices.ContainsFunc(ws.Config.Segments, func(x workspaceSegment) bool { return x.ID == seg }) {
			return nil, "", errorf(http.StatusBadRequest, text.WChooseSegment, "segment %q is not one of dsc.yaml's segments", seg)
		}
	} else if seg != "" {
		return nil, "", errorf(http.StatusBadRequest, text.WChooseSegment, "this workshop has no segments")
	}
	secret := NewToken()
	s.joinMu.Lock()
	defer s.joinMu.Unlock()
	if s.cfg.Plan.Kind == workshop.KindReadiness {
		s.mu.Lock()
		taken := slices.ContainsFunc(s.people, func(p *participant) bool { return p.Via == workshop.ViaWeb && p.Name == name })
		s.mu.Unlock()
		if taken {
			return nil, "", errorf(http.StatusConflict, text.WRaterTaken, "rater %q has already joined; resume on the device that joined", name)
		}
	}
	anonymous := name == ""
	if anonymous {
		name = text.Word(s.lang, text.WAnonymous)
	}
	j, wp, err := workshop.Join(s.cfg.JournalDir, s.cfg.Plan.Kind, workshop.Participant{Name: name, Segment: seg, Via: workshop.ViaWeb, TokenHash: hashSecret(secret)})
	if err != nil {
		s.cfg.Logf("join failed: %v", err)
		return nil, "", errorf(http.StatusInternalServerError, text.WNotSaved, "could not save the join: %v", err)
	}
	p := &participant{Participant: wp, journal: j, state: workshop.NewState(), limiter: s.newAnswerLimiter(), seen: s.cfg.Now()}
	if anonymous {
		// "Anonymous 7": the join number tells anonymous people apart.
		p.Name = fmt.Sprintf("%s %d", name, wp.N)
	}
	s.mu.Lock()
	s.people = append(s.people, p)
	s.changed()
	s.mu.Unlock()
	s.cfg.Logf("joined: #%d %s %s", p.N, p.Name, p.Segment)
	if s.cfg.Plan.Kind == workshop.KindReadiness {
		for _, pr := range workshop.PriorRatings(ws, name) {
			s.cfg.Logf("warning: %s", pr)
		}
	}
	return p, participantToken(p.N, secret), nil
}

// Me is a participant's own view: who they are, their answers, where to go on.
type Me struct {
	N       int                       `json:"n"`
	Name    string                    `json:"name"`
	Segment string                    `json:"segment,omitempty"`
	Done    int                       `json:"done"`
	Total   int                       `json:"total"`
	Answers map[string]map[string]int `json:"answers"`
	Skipped map[string][]string       `json:"skipped"`
	// Next is the first question still open for this participant, or nil
	// when every open question is answered.
	Next *Position `json:"next"`
}

// Position is one question of the plan.
type Position struct {
	Index    int    `json:"index"`
	Entry    string `json:"entry"`
	Question string `json:"question,omitempty"`
}

// me builds a participant's view. The caller holds s.mu.
func (s *Server) me(p *participant) Me {
	done, total := s.cfg.Plan.Progress(p.state)
	m := Me{N: p.N, Name: p.Name, Segment: p.Segment, Done: done, Total: total, Answers: map[string]map[string]int{}, Skipped: map[string][]string{}}
	for k, v := range p.state.Answers {
		if m.Answers[k.Item] == nil {
			m.Answers[k.Item] = map[string]int{}
		}
		m.Answers[k.Item][questionName(s.cfg.Plan.Kind, k.Question)] = v
	}
	for k := range p.state.Skipped {
		m.Skipped[k.Item] = append(m.Skipped[k.Item], questionName(s.cfg.Plan.Kind, k.Question))
	}
	for _, v := range m.Skipped {
		slices.Sort(v)
	}
	if i := s.nextOpen(p, -1); i >= 0 {
		m.Next = s.position(i)
	}
	return m
}

// questionName is a question's name in the API: Kano's three, "score" for readiness.
func questionName(kind, q string) string {
	if kind == workshop.KindReadiness {
		return "score"
	}
	return q
}

func (s *Server) position(i int) *Position {
	q := s.cfg.Plan.Questions[i]
	return &Position{Index: i, Entry: q.Item, Question: questionName(s.cfg.Plan.Kind, q.Question)}
}

// nextOpen is the first question after index from that is open for voting
// and neither answered nor skipped, wrapping round; -1 when there is none.
// The caller holds s.mu.
func (s *Server) nextOpen(p *participant, from int) int {
	n := len(s.cfg.Plan.Questions)
	for k := 1; k <= n; k++ {
		i := (from + k) % n
		if from < 0 {
			i = k - 1
		}
		q := s.cfg.Plan.Questions[i]
		if !s.voting.isOpen(q.GroupID) {
			continue
		}
		if _, ok := p.state.Answers[q.Key()]; !ok && !p.state.Skipped[q.Key()] {
			return i
		}
	}
	return -1
}

// AnswerRequest is the body of PUT /api/answers/{entry}. Kano sends any of
// functional, dysfunctional (1-5) and importance (1-9); readiness sends
// score (a level of the scale). Skip names questions passed over.
type AnswerRequest struct {
	Functional    *int     `json:"functional,omitempty"`
	Dysfunctional *int     `json:"dysfunctional,omitempty"`
	Importance    *int     `json:"importance,omitempty"`
	Score         *int     `json:"score,omitempty"`
	Skip          []string `json:"skip,omitempty"`
}

// AnswerResponse acknowledges answers that are on disk.
type AnswerResponse struct {
	Saved int       `json:"saved"`
	Done  int       `json:"done"`
	Total int       `json:"total"`
	Next  *Position `json:"next"`
}

// answer validates and records a participant's answers for one entry; it
// returns only when they are synced to the journal. from is the plan index
// the participant answered at (-1 when unknown), for choosing the next one.
func (s *Server) answer(p *participant, entry string, req AnswerRequest, from int) (AnswerResponse, error) {
	if !p.limiter.allow(s.cfg.Now()) {
		return AnswerResponse{}, errorf(http.StatusTooManyRequests, text.WTooMany, "too many answers; slow down")
	}
	ui, ok := s.byItem[entry]
	if !ok {
		return AnswerResponse{}, errorf(http.StatusNotFound, text.WNotSaved, "unknown entry %q", entry)
	}
	u := s.units[ui]
	given := map[string]*int{"functional": req.Functional, "dysfunctional": req.Dysfunctional, "importance": req.Importance}
	if s.cfg.Plan.Kind == workshop.KindReadiness {
		if req.Functional != nil || req.Dysfunctional != nil || req.Importance != nil {
			return AnswerResponse{}, errorf(http.StatusBadRequest, text.WNotSaved, "a readiness question takes \"score\", not Kano answers")
		}
		given = map[string]*int{"": req.Score}
	} else if req.Score != nil {
		return AnswerResponse{}, errorf(http.StatusBadRequest, text.WNotSaved, "a Kano entry takes functional, dysfunctional and importance, not \"score\"")
	}
	var events []workshop.Event
	for _, q := range u.Questions {
		v := given[q.Question]
		if v == nil {
			continue
		}
		if !slices.ContainsFunc(q.Options, func(o workshop.Option) bool { return o.Value == *v }) {
			lo, hi := q.Options[0].Value, q.Options[len(q.Options)-1].Value
			return AnswerResponse{}, errorf(http.StatusBadRequest, text.WNotSaved, "%s must be %d to %d, got %d", questionName(s.cfg.Plan.Kind, q.Question), lo, hi, *v)
		}
		events = append(events, workshop.Event{Action: workshop.ActionAnswer, Item: entry, Question: q.Question, Value: *v})
		given[q.Question] = nil
	}
	for name, v := range given {
		if v != nil {
			return AnswerResponse{}, errorf(http.StatusBadRequest, text.WNotSaved, "%s is not asked in this workshop", name)
		}
	}
	for _, name := range req.Skip {
		i := slices.IndexFunc(u.Questions, func(q workshop.Question) bool { return questionName(s.cfg.Plan.Kind, q.Question) == name })
		if i < 0 {
			return AnswerResponse{}, errorf(http.StatusBadRequest, text.WNotSaved, "cannot skip %q: not a question of %s", name, entry)
		}
		events = append(events, workshop.Event{Action: workshop.ActionSkip, Item: entry, Question: u.Questions[i].Question})
	}
	if len(events) == 0 {
		return AnswerResponse{}, errorf(http.StatusBadRequest, text.WNotSaved, "no answer given")
	}
	p.write.Lock()
	defer p.write.Unlock()
	s.mu.Lock()
	open := s.voting.isOpen(u.GroupID)
	// Storing the same answer again is harmless: only changes are written.
	var changes []workshop.Event
	for _, e := range events {
		k := workshop.Key{Item: e.Item, Question: e.Question}
		old, had := p.state.Answers[k]
		if (e.Action == workshop.ActionAnswer && had && old == e.Value && !p.state.Skipped[k]) || (e.Action == workshop.ActionSkip && p.state.Skipped[k]) {
			continue
		}
		e.Workshop, e.Participant, e.Segment = s.cfg.Plan.Kind, p.Name, p.Segment
		changes = append(changes, e)
	}
	s.mu.Unlock()
	if !open {
		return AnswerResponse{}, errorf(http.StatusConflict, text.WClosed, "voting on %s is closed", u.Group)
	}
	if len(changes) > 0 {
		if err := p.journal.RecordAll(changes...); err != nil {
			s.cfg.Logf("could not save an answer of #%d %s: %v", p.N, p.Name, err)
			return AnswerResponse{}, errorf(http.StatusServiceUnavailable, text.WNotSaved, "could not save the answer: %v", err)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, e := range changes {
		p.state.Apply(e)
	}
	p.seen = s.cfg.Now()
	if len(changes) > 0 {
		s.changed()
	}
	if from < 0 {
		from = slices.IndexFunc(s.cfg.Plan.Questions, func(q workshop.Question) bool { return q.Item == entry })
	}
	done, total := s.cfg.Plan.Progress(p.state)
	res := AnswerResponse{Saved: len(changes), Done: done, Total: total}
	if i := s.nextOpen(p, from); i >= 0 {
		res.Next = s.position(i)
	}
	return res, nil
}

// QuestionsResponse is GET /api/questions: every entry with its questions
// and answer options, worded in the workspace language.
type QuestionsResponse struct {
	Kind    string       `json:"kind"`
	Lang    string       `json:"lang"`
	Title   string       `json:"title"`
	Client  string       `json:"client"`
	Entries []EntryQs    `json:"entries"`
	Groups  []GroupState `json:"groups"`
	// Segments are the choices at join (Kano); Raters the names (readiness).
	Segments []Choice `json:"segments,omitempty"`
	Raters   []Choice `json:"raters,omitempty"`
}

// EntryQs is one entry (or readiness question) and its questions.
type EntryQs struct {
	ID          string        `json:"id"`
	Name        string        `json:"name"`
	Description string        `json:"description,omitempty"`
	Group       string        `json:"group"`
	Questions   []QuestionOut `json:"questions"`
}

// QuestionOut is one question with its options.
type QuestionOut struct {
	Name     string            `json:"name"`
	Prompt   string            `json:"prompt"`
	Optional bool              `json:"optional,omitempty"`
	Options  []workshop.Option `json:"options"`
}

// GroupState is a group and whether it takes answers.
type GroupState struct {
	Group
	Open bool `json:"open"`
}

// Choice is an id with a name.
type Choice struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

func (s *Server) questions() QuestionsResponse {
	ws := s.cfg.Workspace
	title := text.Word(s.lang, text.WKanoWorkshop)
	if s.cfg.Plan.Kind == workshop.KindReadiness {
		title = text.Word(s.lang, text.WReadinessWorkshop)
	}
	out := QuestionsResponse{Kind: s.cfg.Plan.Kind, Lang: string(s.lang), Title: title, Client: ws.Config.Client}
	for _, u := range s.units {
		e := EntryQs{ID: u.Item, Name: u.Title, Description: u.Detail, Group: u.GroupID}
		for _, q := range u.Questions {
			e.Questions = append(e.Questions, QuestionOut{Name: questionName(s.cfg.Plan.Kind, q.Question), Prompt: q.Prompt, Optional: q.Optional, Options: q.Options})
		}
		out.Entries = append(out.Entries, e)
	}
	v := s.Voting()
	for _, g := range s.Groups() {
		out.Groups = append(out.Groups, GroupState{g, v.isOpen(g.ID)})
	}
	out.Segments, out.Raters = s.choices()
	return out
}

// choices are the segments (Kano) or raters (readiness) to pick at join.
func (s *Server) choices() (segments, raters []Choice) {
	ws := s.cfg.Workspace
	if s.cfg.Plan.Kind == workshop.KindReadiness {
		for _, r := range ws.Readiness.Raters {
			raters = append(raters, Choice{r.ID, r.Name})
		}
		return nil, raters
	}
	for _, sg := range ws.Config.Segments {
		name := sg.Name
		if name == "" {
			name = sg.ID
		}
		segments = append(segments, Choice{sg.ID, name})
	}
	return segments, nil
}

// VotingRequest is POST /api/voting: open or close the whole questionnaire
// (no group) or one core element / dimension.
type VotingRequest struct {
	Group string `json:"group,omitempty"`
	Open  bool   `json:"open"`
}
