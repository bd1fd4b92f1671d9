package server

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"sync"

	"github.com/dsc-workbench/dsc/internal/text"
)

//go:embed static templates
var assets embed.FS

// pageTemplates parses the page templates on first use, not when the
// program starts: every dsc command would pay for it.
var pageTemplates = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("").ParseFS(assets, "templates/*.html"))
})

func handleStatic(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	data, err := assets.ReadFile("static/" + path.Base(name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	switch path.Ext(name) {
	case ".js":
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	case ".css":
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
	}
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(data)
}

func jsonBytes(v any) ([]byte, error) { return json.Marshal(v) }

// page is what the participant's page template draws.
type page struct {
	Lang, Title, Client string
	W                   map[string]string
	Kind                string
	Join                *joinView
	Q                   *questionView
	Done, Waiting       bool
	Name                string
	Progress            progressView
}

type progressView struct {
	Done, Total, Pct int
}

type joinView struct {
	Code, Name, Segment string
	Segments, Raters    []Choice
	Error               string
}

type questionView struct {
	At, Prev                               int
	Entry, Question, Group, Title, Detail  string
	Prompt                                 string
	Options                                []optionView
	Optional, Skipped, Closed, Saved, Grid bool
	Unit, Units                            int
	Error                                  string
	Negative                               bool
	// ScaleLow and ScaleHigh explain the ends of a numeric scale ("1 = not
	// important at all").
	ScaleLow, ScaleHigh string
}

type optionView struct {
	Value              int
	Label, Description string
	Chosen             bool
}

// words are the page's labels in the workspace language.
func (s *Server) words() map[string]string {
	w := func(k text.W) string { return text.Word(s.lang, k) }
	return map[string]string{"join": w(text.WJoin), "code": w(text.WJoinCode), "name": w(text.WYourName), "name_hint": w(text.WNameHint),
		"answering_as": w(text.WAnsweringAs), "who": w(text.WWhoAreYou), "intro": w(text.WJoinIntro), "back": w(text.WBack),
		"skip": w(text.WSkip), "saved": w(text.WSaved), "done": w(text.WDone), "review": w(text.WReview), "closed": w(text.WClosed),
		"waiting": w(text.WWaiting), "not_saved": w(text.WNotSaved), "of": w(text.WOf), "skipped": w(text.WSkipped),
		"resume": w(text.WResume), "answered": w(text.WAnswered)}
}

func (s *Server) basePage() page {
	q := s.questions()
	return page{Lang: string(s.lang), Title: q.Title, Client: q.Client, W: s.words(), Kind: s.cfg.Plan.Kind}
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, pg page) {
	var buf bytes.Buffer
	name := "page.html"
	if r.Header.Get("X-Partial") == "1" {
		name = "main"
	}
	if err := pageTemplates().ExecuteTemplate(&buf, name, pg); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// handlePage shows the join form, the current question, "waiting" or "done".
func (s *Server) handlePage(w http.ResponseWriter, r *http.Request) {
	p := s.participantOf(r)
	if p == nil {
		pg := s.basePage()
		segs, raters := s.choices()
		pg.Join = &joinView{Code: NormalizeCode(r.URL.Query().Get("code")), Segments: segs, Raters: raters}
		s.render(w, r, http.StatusOK, pg)
		return
	}
	at := -1
	if v, err := strconv.Atoi(r.URL.Query().Get("at")); err == nil && v >= 0 && v < len(s.cfg.Plan.Questions) {
		at = v
	}
	s.render(w, r, http.StatusOK, s.questionPage(p, at, r.URL.Query().Get("saved") == "1", ""))
}

// questionPage builds the page at plan index at, or where the participant
// goes on when at is -1.
func (s *Server) questionPage(p *participant, at int, saved bool, errMsg string) page {
	pg := s.basePage()
	s.mu.Lock()
	defer s.mu.Unlock()
	pg.Name = p.Name
	done, total := s.cfg.Plan.Progress(p.state)
	pg.Progress = progressView{done, total, 100 * done / max(1, total)}
	if at < 0 {
		at = s.nextOpen(p, -1)
		if at < 0 {
			// Nothing open is left: done, or waiting for a closed part.
			for _, q := range s.cfg.Plan.Questions {
				if _, ok := p.state.Answers[q.Key()]; !ok && !p.state.Skipped[q.Key()] && !q.Optional {
					pg.Waiting = true
				}
			}
			pg.Done = !pg.Waiting
			return pg
		}
	}
	q := s.cfg.Plan.Questions[at]
	qv := &questionView{At: at, Prev: at - 1, Entry: q.Item, Question: questionName(s.cfg.Plan.Kind, q.Question), Group: q.Group,
		Title: q.Title, Detail: q.Detail, Prompt: q.Prompt, Optional: q.Optional, Skipped: p.state.Skipped[q.Key()],
		Closed: !s.voting.isOpen(q.GroupID), Saved: saved, Unit: q.Unit, Units: q.Units, Error: errMsg,
		Grid: len(q.Options) > 5, Negative: q.Question == "dysfunctional"}
	given, has := p.state.Answers[q.Key()]
	for _, o := range q.Options {
		qv.Options = append(qv.Options, optionView{Value: o.Value, Label: o.Label, Description: o.Description, Chosen: has && o.Value == given})
	}
	if qv.Grid {
		lo, hi := q.Options[0], q.Options[len(q.Options)-1]
		qv.ScaleLow, qv.ScaleHigh = fmt.Sprintf("%d = %s", lo.Value, lo.Label), fmt.Sprintf("%d = %s", hi.Value, hi.Label)
	}
	pg.Q = qv
	return pg
}

// handleJoinForm is the join without JavaScript: a form post, then a redirect.
func (s *Server) handleJoinForm(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	req := JoinRequest{Code: r.PostForm.Get("code"), Name: r.PostForm.Get("name"), Segment: r.PostForm.Get("segment")}
	_, tok, err := s.join(req, clientAddr(r))
	if err != nil {
		pg := s.basePage()
		segs, raters := s.choices()
		pg.Join = &joinView{Code: NormalizeCode(req.Code), Name: req.Name, Segment: req.Segment, Segments: segs, Raters: raters, Error: s.wordOf(err)}
		s.render(w, r, statusOf(err), pg)
		return
	}
	setCookie(w, participantCookie, tok)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// handleAnswerForm is an answer without JavaScript.
func (s *Server) handleAnswerForm(w http.ResponseWriter, r *http.Request) {
	p := s.participantOf(r)
	if p == nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	at, err := strconv.Atoi(r.PostForm.Get("at"))
	if err != nil || at < 0 || at >= len(s.cfg.Plan.Questions) {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	q := s.cfg.Plan.Questions[at]
	var req AnswerRequest
	name := questionName(s.cfg.Plan.Kind, q.Question)
	if r.PostForm.Get("skip") != "" {
		req.Skip = []string{name}
	} else {
		v, err := strconv.Atoi(r.PostForm.Get("value"))
		if err != nil {
			http.Error(w, "bad form", http.StatusBadRequest)
			return
		}
		switch name {
		case "functional":
			req.Functional = &v
		case "dysfunctional":
			req.Dysfunctional = &v
		case "importance":
			req.Importance = &v
		default:
			req.Score = &v
		}
	}
	res, err := s.answer(p, q.Item, req, at)
	if err != nil {
		s.render(w, r, statusOf(err), s.questionPage(p, at, false, s.wordOf(err)))
		return
	}
	if res.Next == nil {
		http.Redirect(w, r, "/?saved=1", http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/?at="+strconv.Itoa(res.Next.Index)+"&saved=1", http.StatusSeeOther)
}

func statusOf(err error) int {
	if ae, ok := err.(*apiError); ok {
		return ae.Status
	}
	return http.StatusInternalServerError
}

// wordOf is an error as the participant reads it, in the workspace language.
func (s *Server) wordOf(err error) string {
	if ae, ok := err.(*apiError); ok {
		return text.Word(s.lang, ae.Word)
	}
	return text.Word(s.lang, text.WNotSaved)
}

// livePage is what the projector template draws.
type livePage struct {
	Lang, Title, Client string
	JoinURL, Code       string
	Display             string
	QR                  template.HTML
	Denied              bool
}

// handleLive shows the projector view. The link the facilitator opens
// carries ?token=; the page keeps it as a cookie and removes it from the
// address bar.
func (s *Server) handleLive(w http.ResponseWriter, r *http.Request) {
	q := s.questions()
	lp := livePage{Lang: string(s.lang), Title: q.Title, Client: q.Client, JoinURL: s.cfg.JoinURL, Code: s.cfg.Code, Display: displayURL(s.cfg.JoinURL)}
	tok := r.URL.Query().Get("token")
	switch {
	case tok != "" && equal(tok, s.cfg.FacilitatorToken):
		setCookie(w, facilitatorCookie, tok)
	case s.isFacilitator(r):
	default:
		lp.Denied = true
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusUnauthorized)
		pageTemplates().ExecuteTemplate(w, "live.html", lp)
		return
	}
	if s.cfg.JoinURL != "" {
		if svg, err := QRSVG(s.JoinLink()); err == nil {
			lp.QR = template.HTML(svg) // built from QR modules, no input text inside
		}
	}
	var buf bytes.Buffer
	if err := pageTemplates().ExecuteTemplate(&buf, "live.html", lp); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(buf.Bytes())
}

// JoinLink is the join URL with the code, for QR codes: scanning it
// fills in the code.
func (s *Server) JoinLink() string {
	if s.cfg.JoinURL == "" {
		return ""
	}
	return strings.TrimSuffix(s.cfg.JoinURL, "/") + "/?code=" + url.QueryEscape(s.cfg.Code)
}

// displayURL drops the scheme for showing a URL to people.
func displayURL(u string) string {
	return strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(u, "http://"), "https://"), "/")
}
