package server

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/workshop"
)

// FuzzAPI sends arbitrary bodies to the join and answer endpoints: the
// server answers with a status from the documented set, never a 5xx and
// never a panic, and a 200 answer is on disk.
func FuzzAPI(f *testing.F) {
	for _, s := range []string{`{"functional":1,"dysfunctional":5}`, `{"importance":9}`, `{"skip":["importance"]}`, `{"score":3}`,
		`{"functional":1}{"functional":2}`, `{"functional":1e400}`, `{"functional":-1}`, `[]`, `null`, `{"code":"K7Q2MX","name":"\u0000","segment":"B2B"}`,
		`{"code":"K7Q2MX","name":"` + strings.Repeat("é", 70) + `","segment":"B2B"}`, "\xff\xfe", `{"skip":["functional","functional"]}`} {
		f.Add(s, "live-stock")
	}
	fx := newFixture(f, "automotive-aftermarket", workshop.KindKano, "", Limits{AnswersPerSecond: 1e9, AnswerBurst: 1 << 30, JoinsPerMinute: 1e9, JoinBurst: 1 << 30})
	tok, _ := fx.join("Fuzz", "B2B")
	// 301 and 307: the mux redirects unclean paths such as "/api/answers/.".
	allowed := map[int]bool{200: true, 301: true, 307: true, 400: true, 401: true, 403: true, 404: true, 405: true, 409: true, 413: true, 415: true, 429: true}
	f.Fuzz(func(t *testing.T, body, entry string) {
		for _, target := range []string{"/api/join", "/api/answers/" + entry} {
			method := "PUT"
			if target == "/api/join" {
				method = "POST"
			}
			req := httptest.NewRequest(method, "/", strings.NewReader(body))
			req.URL.Path = target
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Authorization", "Bearer "+tok)
			rec := httptest.NewRecorder()
			fx.srv.ServeHTTP(rec, req)
			if !allowed[rec.Code] {
				t.Fatalf("%s %q: %d %s", target, body, rec.Code, rec.Body)
			}
			if rec.Code >= 400 && !strings.Contains(rec.Body.String(), `"message"`) {
				t.Fatalf("%s %q: %d without a message", target, body, rec.Code)
			}
		}
	})
}
