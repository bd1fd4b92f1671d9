package server

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/dsc-workbench/dsc/internal/text"
)

// routes lists every route in one place.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	// The participant's page (works without JavaScript: forms and redirects).
	mux.HandleFunc("GET /{$}", s.handlePage)
	mux.HandleFunc("POST /join", s.handleJoinForm)
	mux.HandleFunc("POST /answer", s.handleAnswerForm)
	mux.HandleFunc("GET /static/{file}", handleStatic)
	// The projector view.
	mux.HandleFunc("GET /live", s.handleLive)
	// The JSON API (docs/workshop.md).
	mux.HandleFunc("POST /api/join", s.handleJoin)
	mux.Handle("GET /api/questions", s.anyone(s.handleQuestions))
	mux.Handle("GET /api/me", s.participantOnly(s.handleMe))
	mux.Handle("PUT /api/answers/{entry}", s.participantOnly(s.handleAnswer))
	mux.Handle("GET /api/tally", s.facilitatorOnly(s.handleTally))
	mux.Handle("GET /api/participants", s.facilitatorOnly(s.handleParticipants))
	mux.Handle("GET /api/voting", s.anyone(s.handleGetVoting))
	mux.Handle("POST /api/voting", s.facilitatorOnly(s.handleSetVoting))
	mux.Handle("GET /api/events", s.anyone(s.handleEvents))
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, errorf(http.StatusNotFound, text.WNotSaved, "no such API: %s %s", r.Method, r.URL.Path))
	})
	return secure(mux)
}

// secure sets the headers every response carries and refuses state changes
// sent from another origin (a second line behind SameSite=Strict cookies).
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			if o := r.Header.Get("Origin"); o != "" && o != "null" {
				if u, err := url.Parse(o); err != nil || u.Host != r.Host {
					writeError(w, errorf(http.StatusForbidden, text.WNotSaved, "cross-origin request refused"))
					return
				}
			}
		}
		next.ServeHTTP(w, r)
	})
}

type participantHandler func(http.ResponseWriter, *http.Request, *participant)

// participantOnly answers 401 without a participant token.
func (s *Server) participantOnly(h participantHandler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := s.participantOf(r)
		if p == nil {
			writeError(w, errorf(http.StatusUnauthorized, text.WNotSaved, "missing or unknown participant token; join first (POST /api/join)"))
			return
		}
		h(w, r, p)
	})
}

// facilitatorOnly answers 401 without a token and 403 with a participant's.
func (s *Server) facilitatorOnly(h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.isFacilitator(r) {
			if s.participantOf(r) != nil {
				writeError(w, errorf(http.StatusForbidden, text.WNotSaved, "participants cannot see the facilitator's view"))
				return
			}
			writeError(w, errorf(http.StatusUnauthorized, text.WNotSaved, "missing or wrong facilitator token"))
			return
		}
		h(w, r)
	})
}

// anyone lets a participant or the facilitator in.
func (s *Server) anyone(h func(http.ResponseWriter, *http.Request, *participant)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.isFacilitator(r) {
			h(w, r, nil)
			return
		}
		p := s.participantOf(r)
		if p == nil {
			writeError(w, errorf(http.StatusUnauthorized, text.WNotSaved, "missing or unknown token"))
			return
		}
		h(w, r, p)
	})
}

func (s *Server) handleJoin(w http.ResponseWriter, r *http.Request) {
	req, err := decode[JoinRequest](w, r)
	if err != nil {
		writeError(w, err)
		return
	}
	p, tok, err := s.join(req, clientAddr(r))
	if err != nil {
		writeError(w, err)
		return
	}
	setCookie(w, participantCookie, tok)
	s.mu.Lock()
	me := s.me(p)
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, JoinResponse{Token: tok, Participant: me})
}

func (s *Server) handleQuestions(w http.ResponseWriter, r *http.Request, _ *participant) {
	writeJSON(w, http.StatusOK, s.questions())
}

func (s *Server) handleMe(w http.ResponseWriter, r *http.Request, p *participant) {
	s.mu.Lock()
	me := s.me(p)
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, me)
}

func (s *Server) handleAnswer(w http.ResponseWriter, r *http.Request, p *participant) {
	req, err := decode[AnswerRequest](w, r)
	if err != nil {
		writeError(w, err)
		return
	}
	from := -1
	if at, err := strconv.Atoi(r.URL.Query().Get("at")); err == nil && at >= 0 && at < len(s.cfg.Plan.Questions) {
		from = at
	}
	res, err := s.answer(p, r.PathValue("entry"), req, from)
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

func (s *Server) handleTally(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(s.snapshot())
}

func (s *Server) handleParticipants(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, s.People())
}

func (s *Server) handleGetVoting(w http.ResponseWriter, r *http.Request, _ *participant) {
	writeJSON(w, http.StatusOK, s.Voting())
}

func (s *Server) handleSetVoting(w http.ResponseWriter, r *http.Request) {
	req, err := decode[VotingRequest](w, r)
	if err != nil {
		writeError(w, err)
		return
	}
	if err := s.SetVoting(req.Group, req.Open); err != nil {
		writeError(w, errorf(http.StatusNotFound, text.WNotSaved, "%v", err))
		return
	}
	s.cfg.Logf("voting: group %q open %v", req.Group, req.Open)
	writeJSON(w, http.StatusOK, s.Voting())
}

// handleEvents streams server-sent events: the facilitator gets "tally"
// with the live picture, a participant gets "voting" when it changes.
// Changes are coalesced to at most a few events a second.
func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request, p *participant) {
	rc := http.NewResponseController(w)
	// A stream outlives the server's read and write timeouts (an expired
	// read deadline would cancel the request's context).
	rc.SetReadDeadline(time.Time{})
	rc.SetWriteDeadline(time.Time{})
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	changes, stop := s.Subscribe()
	defer stop()
	send := func() error {
		if p == nil {
			fmt.Fprintf(w, "event: tally\ndata: %s\n\n", s.snapshot())
		} else {
			b, _ := jsonBytes(s.Voting())
			fmt.Fprintf(w, "event: voting\ndata: %s\n\n", b)
		}
		return rc.Flush()
	}
	if err := send(); err != nil {
		return
	}
	keepAlive := time.NewTicker(20 * time.Second)
	defer keepAlive.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case _, ok := <-changes:
			if !ok {
				return
			}
			// Let a burst of answers settle into one picture.
			time.Sleep(150 * time.Millisecond)
			if err := send(); err != nil {
				return
			}
		case <-keepAlive.C:
			if _, err := fmt.Fprint(w, ": keep-alive\n\n"); err != nil || rc.Flush() != nil {
				return
			}
		}
	}
}
