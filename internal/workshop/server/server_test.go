package server

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dsc-workbench/dsc/internal/qrcode"
	"github.com/dsc-workbench/dsc/internal/testenv"
	"github.com/dsc-workbench/dsc/internal/workshop"
	"github.com/dsc-workbench/dsc/internal/workspace"
)

const (
	testCode  = "K7Q2MX"
	testToken = "facilitator-token-for-tests"
)

// fixture is a server over a journal folder, reachable through httptest.
type fixture struct {
	t   testing.TB
	ws  *workspace.Workspace
	dir string
	srv *Server
	ts  *httptest.Server

	logMu sync.Mutex
	logs  []string // what the server told the facilitator's terminal
}

func newFixture(t testing.TB, example, kind, dir string, limits Limits, only ...string) *fixture {
	t.Helper()
	ws := testenv.LoadExample(t, example)
	var plan workshop.Plan
	var err error
	if kind == workshop.KindKano {
		plan, err = workshop.KanoPlan(ws, "", "", only, true)
	} else {
		plan, err = workshop.ReadinessQuestions(ws)
	}
	if err != nil {
		t.Fatal(err)
	}
	if dir == "" {
		dir = t.TempDir()
	}
	f := &fixture{t: t, ws: ws, dir: dir}
	srv, err := New(Config{Workspace: ws, Plan: plan, JournalDir: dir, Code: testCode, FacilitatorToken: testToken,
		JoinURL: "http://127.0.0.1:1/", Limits: limits, Logf: f.logf})
	if err != nil {
		t.Fatal(err)
	}
	f.srv, f.ts = srv, httptest.NewServer(srv)
	t.Cleanup(f.close)
	return f
}

func (f *fixture) logf(format string, args ...any) {
	f.logMu.Lock()
	defer f.logMu.Unlock()
	f.logs = append(f.logs, fmt.Sprintf(format, args...))
}

// close stops the server: the live streams first (they end when the hub
// closes), then the listener.
func (f *fixture) close() {
	f.srv.Close()
	f.ts.Close()
}

// call sends a JSON request with a bearer token and decodes the answer.
func (f *fixture) call(method, path, token string, body any, out any) int {
	f.t.Helper()
	var r io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		r = strings.NewReader(string(b))
	}
	req, _ := http.NewRequest(method, f.ts.URL+path, r)
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := f.ts.Client().Do(req)
	if err != nil {
		f.t.Fatal(err)
	}
	defer res.Body.Close()
	data, _ := io.ReadAll(res.Body)
	if out != nil && len(data) > 0 {
		if err := json.Unmarshal(data, out); err != nil {
			f.t.Fatalf("%s %s: %v: %s", method, path, err, data)
		}
	}
	return res.StatusCode
}

func (f *fixture) join(name, segment string) (string, Me) {
	f.t.Helper()
	var res JoinResponse
	if code := f.call("POST", "/api/join", "", JoinRequest{Code: testCode, Name: name, Segment: segment}, &res); code != 200 {
		f.t.Fatalf("join %s: %d", name, code)
	}
	return res.Token, res.Participant
}

func ip(v int) *int { return &v }

// The whole flow through the API: join, questions, answers (partial,
// repeated, invalid), progress, the facilitator's tally and the errors.
func TestAPIFlow(t *testing.T) {
	f := newFixture(t, "automotive-aftermarket", workshop.KindKano, "", Limits{})
	var msg map[string]string
	// Joining needs the right code (any case, spaces allowed) and a known segment.
	if code := f.call("POST", "/api/join", "", JoinRequest{Code: "WRONG1", Name: "Anna", Segment: "B2B"}, &msg); code != 403 || msg["message"] == "" {
		t.Errorf("wrong code: %d %v", code, msg)
	}
	if code := f.call("POST", "/api/join", "", JoinRequest{Code: testCode, Name: "Anna"}, &msg); code != 400 {
		t.Errorf("missing segment: %d", code)
	}
	if code := f.call("POST", "/api/join", "", map[string]string{"code": testCode, "nme": "x"}, &msg); code != 400 {
		t.Errorf("unknown field: %d", code)
	}
	tok, me := f.join("Anna Berg", "B2B")
	if me.N != 1 || me.Name != "Anna Berg" || me.Total != 50 || me.Next == nil || me.Next.Index != 0 {
		t.Fatalf("me %+v", me)
	}
	var qs QuestionsResponse
	if code := f.call("GET", "/api/questions", tok, nil, &qs); code != 200 || len(qs.Entries) != 50 || len(qs.Entries[0].Questions) != 3 ||
		qs.Entries[0].Questions[0].Options[0].Label != "I like it" || len(qs.Segments) != 2 {
		t.Fatalf("questions %d: %+v", code, qs.Entries[0])
	}
	// The keys are lower case, as docs/workshop.md lists them (Go's decoder
	// above would accept "Value" too, so look at the bytes).
	var raw json.RawMessage
	f.call("GET", "/api/questions", tok, nil, &raw)
	if !bytes.Contains(raw, []byte(`"options":[{"value":1,"label":"I like it"}`)) {
		t.Errorf("options are not in the documented shape: %.300s", raw[bytes.Index(raw, []byte(`"options"`)):])
	}
	// One half of the pair, then the other with the importance.
	var ack AnswerResponse
	if code := f.call("PUT", "/api/answers/live-stock", tok, AnswerRequest{Functional: ip(1)}, &ack); code != 200 || ack.Saved != 1 || ack.Done != 0 {
		t.Fatalf("functional: %d %+v", code, ack)
	}
	if code := f.call("PUT", "/api/answers/live-stock", tok, AnswerRequest{Dysfunctional: ip(5), Importance: ip(8)}, &ack); code != 200 || ack.Saved != 2 || ack.Done != 1 {
		t.Fatalf("rest: %d %+v", code, ack)
	}
	// Storing the same answer again is harmless: nothing new is written.
	if code := f.call("PUT", "/api/answers/live-stock", tok, AnswerRequest{Functional: ip(1), Dysfunctional: ip(5)}, &ack); code != 200 || ack.Saved != 0 || ack.Done != 1 {
		t.Fatalf("repeat: %d %+v", code, ack)
	}
	for _, c := range []struct {
		path string
		body any
		want int
	}{
		{"/api/answers/no-such-entry", AnswerRequest{Functional: ip(1)}, 404},
		{"/api/answers/live-stock", AnswerRequest{Functional: ip(6)}, 400},
		{"/api/answers/live-stock", AnswerRequest{Importance: ip(0)}, 400},
		{"/api/answers/live-stock", AnswerRequest{Score: ip(3)}, 400},
		{"/api/answers/live-stock", AnswerRequest{}, 400},
		{"/api/answers/live-stock", AnswerRequest{Skip: []string{"score"}}, 400},
		{"/api/answers/live-stock", map[string]any{"functional": "1"}, 400},
	} {
		if code := f.call("PUT", c.path, tok, c.body, &msg); code != c.want || msg["message"] == "" {
			t.Errorf("PUT %s %v: %d %v, want %d", c.path, c.body, code, msg, c.want)
		}
	}
	// Tokens: none, wrong, a participant's where the facilitator's is needed.
	if code := f.call("PUT", "/api/answers/live-stock", "", AnswerRequest{Functional: ip(1)}, nil); code != 401 {
		t.Errorf("no token: %d", code)
	}
	if code := f.call("PUT", "/api/answers/live-stock", "p1.forged", AnswerRequest{Functional: ip(1)}, nil); code != 401 {
		t.Errorf("forged token: %d", code)
	}
	if code := f.call("GET", "/api/tally", tok, nil, nil); code != 403 {
		t.Errorf("participant opened the tally: %d", code)
	}
	if code := f.call("GET", "/api/tally", "nope", nil, nil); code != 401 {
		t.Errorf("wrong facilitator token: %d", code)
	}
	// A second participant; the facilitator's tally classifies both.
	tok2, _ := f.join("Ben", "B2C")
	f.call("PUT", "/api/answers/live-stock", tok2, AnswerRequest{Functional: ip(2), Dysfunctional: ip(5)}, nil)
	var live Live
	if code := f.call("GET", "/api/tally", testToken, nil, &live); code != 200 {
		t.Fatalf("tally %d", code)
	}
	// Anna like/dislike = O, Ben expect/dislike = M: M and O tie 1:1 and the
	// influence rule M > O > A > I picks M. Better = (A+O)/(A+O+M+I) = 1/2,
	// |Worse| = (O+M)/(A+O+M+I) = 2/2.
	var ls *LiveFeature
	for i := range live.Features {
		if live.Features[i].ID == "live-stock" {
			ls = &live.Features[i]
		}
	}
	if ls == nil || ls.N != 2 || ls.Category != "M" || ls.Better != 0.5 || ls.AbsWorse != 1 || live.Participants != 2 || live.Answers != 5 {
		t.Fatalf("live %+v %+v", live.Participants, ls)
	}
	var people []Person
	f.call("GET", "/api/participants", testToken, nil, &people)
	if len(people) != 2 || people[0].Done != 1 || people[1].Name != "Ben" {
		t.Errorf("people %+v", people)
	}
	// Participants never see each other's answers.
	var me2 Me
	f.call("GET", "/api/me", tok2, nil, &me2)
	if len(me2.Answers) != 1 || me2.Answers["live-stock"]["functional"] != 2 {
		t.Errorf("me2 %+v", me2)
	}
}

// Closing a core element or the whole questionnaire refuses answers with
// 409 and moves participants on to what is open.
func TestVoting(t *testing.T) {
	f := newFixture(t, "automotive-aftermarket", workshop.KindKano, "", Limits{})
	tok, _ := f.join("Anna", "B2B")
	var v Voting
	if code := f.call("POST", "/api/voting", tok, VotingRequest{Open: false}, nil); code != 403 {
		t.Errorf("participant changed voting: %d", code)
	}
	if code := f.call("POST", "/api/voting", testToken, VotingRequest{Group: "login", Open: false}, &v); code != 200 || !v.Closed["login"] {
		t.Fatalf("close login: %d %+v", code, v)
	}
	if code := f.call("POST", "/api/voting", testToken, VotingRequest{Group: "nowhere", Open: false}, nil); code != 404 {
		t.Errorf("unknown group: %d", code)
	}
	var msg map[string]string
	if code := f.call("PUT", "/api/answers/single-sign-on", tok, AnswerRequest{Functional: ip(1)}, &msg); code != 409 || !strings.Contains(msg["message"], "closed") {
		t.Errorf("answer to a closed element: %d %v", code, msg)
	}
	var me Me
	f.call("GET", "/api/me", tok, nil, &me)
	if me.Next == nil || me.Next.Entry == "single-sign-on" {
		t.Errorf("next %+v skips nothing", me.Next)
	}
	var live Live
	if f.call("GET", "/api/tally", testToken, nil, &live); len(live.Closed) != 1 || live.Closed[0] != "Central login" {
		t.Errorf("projector's closed parts %v", live.Closed)
	}
	f.call("POST", "/api/voting", testToken, VotingRequest{Open: false}, nil)
	if f.call("GET", "/api/me", tok, nil, &me); me.Next != nil {
		t.Errorf("next %+v while everything is closed", me.Next)
	}
	// The page says the facilitator opens the next part (and refreshes).
	req, _ := http.NewRequest("GET", f.ts.URL+"/", nil)
	req.AddCookie(&http.Cookie{Name: participantCookie, Value: tok})
	res, _ := f.ts.Client().Do(req)
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(page), "The facilitator opens the next part shortly.") || !strings.Contains(string(page), `http-equiv="refresh"`) {
		t.Errorf("waiting page:\n%s", page)
	}
	f.call("POST", "/api/voting", testToken, VotingRequest{Open: true}, nil)
	if code := f.call("PUT", "/api/answers/single-sign-on", tok, AnswerRequest{Functional: ip(1)}, nil); code != 200 {
		t.Errorf("reopened: %d", code)
	}
}

// A restart (after a crash or kill -9) replays the journals: the same token
// resumes the same participant at the same place.
func TestResumeAfterRestart(t *testing.T) {
	dir := t.TempDir()
	f := newFixture(t, "automotive-aftermarket", workshop.KindKano, dir, Limits{})
	tok, _ := f.join("Anna", "B2B")
	second := f.srv.units[1].Item
	f.call("PUT", "/api/answers/single-sign-on", tok, AnswerRequest{Functional: ip(1), Dysfunctional: ip(4), Importance: ip(5)}, nil)
	f.call("PUT", "/api/answers/"+second, tok, AnswerRequest{Functional: ip(2)}, nil)
	f.close()
	// A torn line, as a kill in the middle of a write leaves it.
	files, _ := filepath.Glob(filepath.Join(dir, "kano-001-*.jsonl"))
	fh, _ := os.OpenFile(files[0], os.O_APPEND|os.O_WRONLY, 0)
	fh.WriteString(`{"v":1,"seq":9,"act`)
	fh.Close()
	g := newFixture(t, "automotive-aftermarket", workshop.KindKano, dir, Limits{})
	var me Me
	if code := g.call("GET", "/api/me", tok, nil, &me); code != 200 {
		t.Fatalf("token after restart: %d", code)
	}
	if me.Answers["single-sign-on"]["importance"] != 5 || me.Answers[second]["functional"] != 2 || me.Done != 1 ||
		me.Next == nil || me.Next.Entry != second || me.Next.Question != "dysfunctional" {
		t.Errorf("resumed %+v next %+v", me.Answers, me.Next)
	}
	if code := g.call("PUT", "/api/answers/"+second, tok, AnswerRequest{Dysfunctional: ip(5)}, nil); code != 200 {
		t.Fatal(code)
	}
	// A new participant after the restart gets the next join number.
	if _, me2 := g.join("Ben", "B2C"); me2.N != 2 {
		t.Errorf("join number %d", me2.N)
	}
	data, _ := os.ReadFile(files[0])
	if strings.Contains(string(data), `"act`+"\n") || strings.Contains(string(data), `"act{`) {
		t.Errorf("torn line kept:\n%s", data)
	}
}

// Two people with the same name, or names that normalise alike, or names
// in other scripts, are distinct participants with distinct journals and
// export ids; names are escaped on the page.
func TestSameAndNonLatinNames(t *testing.T) {
	f := newFixture(t, "automotive-aftermarket", workshop.KindKano, "", Limits{})
	names := []string{"Anna", "Anna", "anna", "李雷", "韩梅梅", "Олег", "<script>alert(1)</script>", ""}
	toks := map[string]bool{}
	for i, n := range names {
		tok, me := f.join(n, "B2B")
		if toks[tok] || me.N != i+1 {
			t.Fatalf("%q: %s %+v", n, tok, me)
		}
		toks[tok] = true
		f.call("PUT", "/api/answers/live-stock", tok, AnswerRequest{Functional: ip(i%5 + 1), Dysfunctional: ip(5)}, nil)
		if n == "" && me.Name != "Anonymous 8" {
			t.Errorf("anonymous is %q", me.Name)
		}
		if strings.HasPrefix(n, "<") {
			// The join form shown again (a wrong code) repeats the name, escaped.
			res, _ := f.ts.Client().PostForm(f.ts.URL+"/join", url.Values{"code": {"WRONG1"}, "name": {n}, "segment": {"B2B"}})
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode != 403 || strings.Contains(string(body), "<script>alert") || !strings.Contains(string(body), "&lt;script&gt;") {
				t.Errorf("name not escaped on the page: %d", res.StatusCode)
			}
		}
	}
	logs, _, err := workshop.ReadLogs(f.dir, workshop.KindKano)
	if err != nil || len(logs) != len(names) {
		t.Fatalf("%d journals, %v", len(logs), err)
	}
	doc := workshop.KanoSurvey(f.ws, logs)
	ids := map[string]bool{}
	for _, r := range doc.Respondents {
		ids[r.ID] = true
	}
	if len(doc.Respondents) != len(names) || len(ids) != len(names) || doc.Respondents[0].ID != "workshop-001-anna" ||
		doc.Respondents[1].ID != "workshop-002-anna" || doc.Respondents[3].ID != "workshop-004-participant" {
		t.Errorf("ids %v", ids)
	}
}

// The same token in two tabs is one participant: concurrent answers are
// serialised, every one is in the journal exactly once.
func TestSameTokenInTwoTabs(t *testing.T) {
	f := newFixture(t, "automotive-aftermarket", workshop.KindKano, "", Limits{AnswersPerSecond: 1000, AnswerBurst: 1000, JoinsPerMinute: 60, JoinBurst: 10})
	tok, _ := f.join("Anna", "B2B")
	var qs QuestionsResponse
	f.call("GET", "/api/questions", tok, nil, &qs)
	var wg sync.WaitGroup
	for tab := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, e := range qs.Entries {
				if i%2 != tab {
					continue
				}
				if code := f.call("PUT", "/api/answers/"+e.ID, tok, AnswerRequest{Functional: ip(1), Dysfunctional: ip(3)}, nil); code != 200 {
					t.Errorf("%s: %d", e.ID, code)
				}
			}
		}()
	}
	wg.Wait()
	files, _ := filepath.Glob(filepath.Join(f.dir, "kano-001-*.jsonl"))
	data, _ := os.ReadFile(files[0])
	rep, keep := workshop.ReadEvents(files[0], data)
	if keep != len(data) || len(rep.Events) != 1+2*len(qs.Entries) || len(rep.Warnings) > 0 {
		t.Fatalf("%d events, %d of %d bytes sound", len(rep.Events), keep, len(data))
	}
	seen := map[int]bool{}
	for _, e := range rep.Events {
		if seen[e.Seq] {
			t.Fatalf("seq %d twice", e.Seq)
		}
		seen[e.Seq] = true
	}
}

// The page works without JavaScript: a form joins, a form answers, the
// server redirects to the next question; the cookie is HttpOnly and
// SameSite=Strict.
func TestPageWithoutJavaScript(t *testing.T) {
	f := newFixture(t, "intralogistics", workshop.KindKano, "", Limits{})
	jar := &cookieJar{}
	client := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := client.Get(f.ts.URL + "/?code=k7q2mx")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	// The workspace speaks German: the page does too, and the code is filled in.
	if !strings.Contains(string(body), `value="K7Q2MX"`) || !strings.Contains(string(body), "Teilnehmen") {
		t.Fatalf("join page:\n%s", body)
	}
	res, _ = client.PostForm(f.ts.URL+"/join", url.Values{"code": {"K7Q2MX"}, "name": {"Jörg"}, "segment": {"enterprise"}})
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("join form: %d", res.StatusCode)
	}
	c := res.Cookies()[0]
	if c.Name != participantCookie || !c.HttpOnly || c.SameSite != http.SameSiteStrictMode {
		t.Errorf("cookie %+v", c)
	}
	res, _ = client.Get(f.ts.URL + "/")
	body, _ = io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(body), "Das würde mich sehr freuen") || !strings.Contains(string(body), `name="at" value="0"`) {
		t.Fatalf("question page:\n%s", body)
	}
	res, _ = client.PostForm(f.ts.URL+"/answer", url.Values{"at": {"0"}, "value": {"2"}})
	if loc := res.Header.Get("Location"); res.StatusCode != http.StatusSeeOther || loc != "/?at=1&saved=1" {
		t.Fatalf("answer form: %d %s", res.StatusCode, loc)
	}
	res, _ = client.PostForm(f.ts.URL+"/answer", url.Values{"at": {"1"}, "skip": {"1"}})
	if loc := res.Header.Get("Location"); loc != "/?at=2&saved=1" {
		t.Fatalf("skip: %s", loc)
	}
	res, _ = client.Get(f.ts.URL + "/?at=0")
	body, _ = io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(body), `value="2" class="opt chosen"`) {
		t.Errorf("the given answer is not marked:\n%s", body)
	}
	// A form post from another site is refused.
	req, _ := http.NewRequest("POST", f.ts.URL+"/answer", strings.NewReader("at=0&value=1"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", "http://evil.example")
	res, _ = client.Do(req)
	if res.StatusCode != http.StatusForbidden {
		t.Errorf("cross-origin post: %d", res.StatusCode)
	}
}

// cookieJar is the smallest jar: one host, cookies by name.
type cookieJar struct {
	mu sync.Mutex
	c  map[string]*http.Cookie
}

func (j *cookieJar) SetCookies(_ *url.URL, cs []*http.Cookie) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.c == nil {
		j.c = map[string]*http.Cookie{}
	}
	for _, c := range cs {
		j.c[c.Name] = c
	}
}

func (j *cookieJar) Cookies(*url.URL) []*http.Cookie {
	j.mu.Lock()
	defer j.mu.Unlock()
	var out []*http.Cookie
	for _, c := range j.c {
		out = append(out, c)
	}
	return out
}

// Readiness: raters join by id (once), score on the scale, and the live
// radar shows each dimension's mean with the spread between raters.
func TestReadinessWorkshop(t *testing.T) {
	f := newFixture(t, "intralogistics", workshop.KindReadiness, "", Limits{})
	cso, _ := f.join("cso", "")
	// readiness.yaml already rates cso in 2027-01 and 2027-10: the
	// facilitator is told at the join, not only when the export refuses.
	f.logMu.Lock()
	logs := strings.Join(f.logs, "\n")
	f.logMu.Unlock()
	if !strings.Contains(logs, `readiness.yaml:207 already rates "cso" (`) || !strings.Contains(logs, `in assessment 2027-01): export this session as a re-assessment with --assessment YYYY-MM, a month after the latest assessment`) {
		t.Errorf("facilitator log:\n%s", logs)
	}
	var msg map[string]string
	if code := f.call("POST", "/api/join", "", JoinRequest{Code: testCode, Name: "cso"}, &msg); code != 409 {
		t.Errorf("second join as cso: %d %v", code, msg)
	}
	if code := f.call("POST", "/api/join", "", JoinRequest{Code: testCode, Name: "nobody"}, nil); code != 400 {
		t.Errorf("unknown rater: %d", code)
	}
	var qs QuestionsResponse
	f.call("GET", "/api/questions", cso, nil, &qs)
	dim := qs.Entries[0].Group
	var other string
	for _, r := range qs.Raters {
		if r.ID != "cso" {
			other = r.ID
			break
		}
	}
	tok2, _ := f.join(other, "")
	for _, e := range qs.Entries {
		if e.Group != dim {
			continue
		}
		f.call("PUT", "/api/answers/"+e.ID, cso, AnswerRequest{Score: ip(2)}, nil)
		f.call("PUT", "/api/answers/"+e.ID, tok2, AnswerRequest{Score: ip(4)}, nil)
	}
	if code := f.call("PUT", "/api/answers/"+qs.Entries[0].ID, cso, AnswerRequest{Functional: ip(2)}, nil); code != 400 {
		t.Errorf("kano answer to readiness: %d", code)
	}
	var live Live
	f.call("GET", "/api/tally", testToken, nil, &live)
	var d *LiveDimension
	for i := range live.Dimensions {
		if live.Dimensions[i].ID == dim {
			d = &live.Dimensions[i]
		}
	}
	// Every question 2 from one rater and 4 from the other: mean 3, spread 2 to 4.
	if d == nil || d.Mean == nil || *d.Mean != 3 || *d.Min != 2 || *d.Max != 4 || d.Raters != 2 {
		t.Fatalf("dimension %+v", d)
	}
	for _, x := range live.Dimensions {
		if x.ID != dim && x.Mean != nil {
			t.Errorf("unrated dimension %s has a mean", x.ID)
		}
	}
}

// Rate limits: joins per address, answers per token; bodies are capped.
func TestLimits(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	f := newFixture(t, "automotive-aftermarket", workshop.KindKano, "", Limits{AnswersPerSecond: 1, AnswerBurst: 3, JoinsPerMinute: 1, JoinBurst: 2})
	f.srv.cfg.Now = func() time.Time { return now }
	tok, _ := f.join("Anna", "B2B")
	if code := f.call("POST", "/api/join", "", JoinRequest{Code: "BAD999", Name: "x", Segment: "B2B"}, nil); code != 403 {
		t.Errorf("wrong code: %d", code)
	}
	if code := f.call("POST", "/api/join", "", JoinRequest{Code: testCode, Name: "x", Segment: "B2B"}, nil); code != 429 {
		t.Errorf("third join in a burst of 2: %d", code)
	}
	for i := range 3 {
		if code := f.call("PUT", "/api/answers/live-stock", tok, AnswerRequest{Functional: ip(i + 1)}, nil); code != 200 {
			t.Errorf("answer %d: %d", i, code)
		}
	}
	if code := f.call("PUT", "/api/answers/live-stock", tok, AnswerRequest{Functional: ip(4)}, nil); code != 429 {
		t.Errorf("fourth answer in a burst of 3: %d", code)
	}
	now = now.Add(2 * time.Second)
	if code := f.call("PUT", "/api/answers/live-stock", tok, AnswerRequest{Functional: ip(4)}, nil); code != 200 {
		t.Errorf("after a pause: %d", code)
	}
	big := map[string]string{"code": strings.Repeat("x", 5000)}
	if code := f.call("POST", "/api/join", "", big, nil); code != 413 {
		t.Errorf("5 kB body: %d", code)
	}
}

// The projector view needs the facilitator token; its stream sends the
// live picture.
func TestLiveAndEvents(t *testing.T) {
	f := newFixture(t, "automotive-aftermarket", workshop.KindKano, "", Limits{})
	res, _ := f.ts.Client().Get(f.ts.URL + "/live")
	if res.StatusCode != 401 {
		t.Errorf("/live without token: %d", res.StatusCode)
	}
	res.Body.Close()
	res, _ = f.ts.Client().Get(f.ts.URL + "/live?token=" + testToken)
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(body), "<svg") || !strings.Contains(string(body), testCode) {
		t.Fatalf("/live: %d", res.StatusCode)
	}
	req, _ := http.NewRequest("GET", f.ts.URL+"/api/events", nil)
	req.Header.Set("Authorization", "Bearer "+testToken)
	res, err := f.ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	rd := bufio.NewReader(res.Body)
	readEvent := func() (string, Live) {
		var name string
		var l Live
		for {
			line, err := rd.ReadString('\n')
			if err != nil {
				t.Fatal(err)
			}
			line = strings.TrimRight(line, "\n")
			switch {
			case strings.HasPrefix(line, "event: "):
				name = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &l)
			case line == "" && name != "":
				return name, l
			}
		}
	}
	if name, l := readEvent(); name != "tally" || l.Participants != 0 {
		t.Fatalf("first event %s %+v", name, l.Participants)
	}
	tok, _ := f.join("Anna", "B2B")
	f.call("PUT", "/api/answers/live-stock", tok, AnswerRequest{Functional: ip(1), Dysfunctional: ip(5)}, nil)
	for {
		_, l := readEvent()
		if l.Answers == 2 {
			break
		}
	}
}

func TestQRCodeEncodesTheJoinLink(t *testing.T) {
	svg, err := QRSVG("http://192.168.1.20:8080/?code=K7Q2MX")
	if err != nil || !strings.HasPrefix(svg, "<svg") || strings.Count(svg, "M") < 100 {
		t.Fatalf("%v %.80s", err, svg)
	}
	term, err := QRTerminal("http://192.168.1.20:8080/?code=K7Q2MX")
	if err != nil || !strings.Contains(term, "▀") {
		t.Fatal(err)
	}
}

// The terminal's QR code is the join link's: its half blocks, turned into
// modules, are module for module the code qrcode.Encode makes of the link,
// which qrcode's tests read back (TestE2EJoinCodeScans scans it as an image
// with zbarimg).
func TestTerminalQRCodeDecodes(t *testing.T) {
	link := "http://192.168.1.20:8080/?code=K7Q2MX"
	term, err := QRTerminal(link)
	if err != nil {
		t.Fatal(err)
	}
	want, err := qrcode.Encode(link, qrcode.Low)
	if err != nil {
		t.Fatal(err)
	}
	got := withoutMargin(terminalModules(term), 2)
	if len(got) != want.Size() {
		t.Fatalf("%d rows of modules, want %d", len(got), want.Size())
	}
	for y, row := range got {
		if len(row) != want.Size() {
			t.Fatalf("row %d: %d modules, want %d", y, len(row), want.Size())
		}
		for x, dark := range row {
			if dark != want.Dark(x, y) {
				t.Fatalf("module (%d, %d) dark %v, want %v", x, y, dark, want.Dark(x, y))
			}
		}
	}
}

// The voting state goes to OnVoting on every change and comes back through
// Config.Voting after a restart; groups that no longer exist are dropped.
func TestVotingSurvivesARestart(t *testing.T) {
	f := newFixture(t, "automotive-aftermarket", workshop.KindKano, "", Limits{})
	var saved Voting
	f.srv.cfg.OnVoting = func(v Voting) { saved = v }
	f.srv.SetVoting("after-sales", false)
	if !saved.Open || !saved.Closed["after-sales"] {
		t.Fatalf("saved %+v", saved)
	}
	saved.Closed["gone"] = true
	ws := testenv.LoadExample(t, "automotive-aftermarket")
	plan, _ := workshop.KanoPlan(ws, "", "", nil, true)
	srv, err := New(Config{Workspace: ws, Plan: plan, JournalDir: t.TempDir(), Code: testCode, FacilitatorToken: testToken, Voting: &saved})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	if v := srv.Voting(); !v.Open || !v.Closed["after-sales"] || v.Closed["gone"] || len(v.Closed) != 1 {
		t.Errorf("restored %+v", v)
	}
}
