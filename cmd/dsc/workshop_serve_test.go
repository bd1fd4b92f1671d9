package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/dsc-workbench/dsc/internal/survey"
	"github.com/dsc-workbench/dsc/internal/testenv"
	"github.com/dsc-workbench/dsc/internal/yamlx"
)

// Headless serve prints one JSON line and usage errors exit 2, in-process.
func TestWorkshopServeFlags(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"workshop", "serve", "survey"}, `unknown workshop "survey"`},
		{[]string{"workshop", "serve", "kano", "--code", "ab"}, "--code must have 4 to 16 characters"},
		{[]string{"workshop", "serve", "kano", "--facilitator-token", "short"}, "16 characters or more"},
		{[]string{"workshop", "serve", "kano", "--lan", "--listen", "0.0.0.0:1"}, "give one"},
	} {
		r := run(t, t.TempDir(), append(c.args, "--example", "automotive-aftermarket")...)
		if r.code != 2 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%v: exit %d %s", c.args, r.code, r.stderr)
		}
	}
}

// server is the real binary serving a workshop headless.
type serveProc struct {
	cmd *exec.Cmd
	url string
}

func startServer(t *testing.T, dir string, args ...string) *serveProc {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"workshop", "serve", "kano", "--workspace", "ws", "--listen", "127.0.0.1:0"}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("no JSON line: %v; stderr: %s", err, stderr.String())
	}
	var hello struct{ URL, Code, Facilitator_token string }
	if err := json.Unmarshal([]byte(line), &hello); err != nil || hello.URL == "" || hello.Code != "KILLME" {
		t.Fatalf("first line %q: %v", line, err)
	}
	return &serveProc{cmd: cmd, url: strings.TrimSuffix(hello.URL, "/")}
}

// The kill test of issue 14: ten participants answer through the API of
// the real binary while it is killed with SIGKILL at random moments and
// restarted; at the end every acknowledged answer is in the export exactly
// once, and the workspace is valid.
func TestE2EWorkshopServeSurvivesKill9(t *testing.T) {
	t.Parallel()
	testenv.EndToEnd(t)
	dir := starterWorkspace(t)
	args := []string{"--code", "KILLME", "--facilitator-token", "kill-test-facilitator-token"}
	var mu sync.Mutex
	srv := startServer(t, dir, args...)
	current := func() string { mu.Lock(); defer mu.Unlock(); return srv.url }
	client := &http.Client{Timeout: 5 * time.Second}
	do := func(method, path, token string, body any) (int, []byte, error) {
		b, _ := json.Marshal(body)
		req, _ := http.NewRequest(method, current()+path, bytes.NewReader(b))
		req.Header.Set("Content-Type", "application/json")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		res, err := client.Do(req)
		if err != nil {
			return 0, nil, err
		}
		defer res.Body.Close()
		data, _ := io.ReadAll(res.Body)
		return res.StatusCode, data, nil
	}
	// Every call is retried until the server (perhaps restarted) answers.
	retry := func(method, path, token string, body any) (int, []byte) {
		for range 400 {
			code, data, err := do(method, path, token, body)
			if err == nil {
				return code, data
			}
			time.Sleep(25 * time.Millisecond)
		}
		t.Errorf("%s %s: no answer for 10 s", method, path)
		return 0, nil
	}
	entries := []string{"single-login", "online-shop", "order-tracking", "document-download", "expert-chat"}
	questions := []string{"functional", "dysfunctional", "importance"}
	value := func(p, i, q int) int {
		if q == 2 {
			return (p+i)%9 + 1
		}
		return (p*(q+2)+i)%5 + 1
	}
	type ack struct{ id, entry, question string }
	acked := map[ack]int{}
	var ackMu sync.Mutex
	ctx, stopKilling := context.WithCancel(context.Background())
	kills := 0
	killerDone := make(chan struct{})
	go func() {
		defer close(killerDone)
		rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 14))
		for {
			select {
			case <-ctx.Done():
				return
			case <-time.After(time.Duration(60+rng.IntN(250)) * time.Millisecond):
			}
			mu.Lock()
			old := srv
			mu.Unlock()
			old.cmd.Process.Signal(syscall.SIGKILL)
			old.cmd.Wait()
			kills++
			next := startServer(t, dir, args...)
			mu.Lock()
			srv = next
			mu.Unlock()
		}
	}()
	var wg sync.WaitGroup
	for p := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			code, data := retry("POST", "/api/join", "", map[string]string{"code": "killme", "name": fmt.Sprintf("Person %d", p+1), "segment": "B2B"})
			if code != 200 {
				t.Errorf("join %d: %d %s", p, code, data)
				return
			}
			var joined struct {
				Token       string
				Participant struct{ N int }
			}
			json.Unmarshal(data, &joined)
			id := fmt.Sprintf("workshop-%03d-person-%d", joined.Participant.N, p+1)
			for i, e := range entries {
				for q, name := range questions {
					v := value(p, i, q)
					if code, data := retry("PUT", "/api/answers/"+e, joined.Token, map[string]int{name: v}); code != 200 {
						t.Errorf("%s %s %s: %d %s", id, e, name, code, data)
						return
					}
					ackMu.Lock()
					acked[ack{id, e, name}] = v
					ackMu.Unlock()
					time.Sleep(70 * time.Millisecond) // people take time; the killer strikes meanwhile
				}
			}
		}()
	}
	wg.Wait()
	stopKilling()
	<-killerDone
	mu.Lock()
	srv.cmd.Process.Signal(syscall.SIGTERM)
	srv.cmd.Wait()
	mu.Unlock()
	if kills < 3 {
		t.Fatalf("only %d kills happened during the answers", kills)
	}
	t.Logf("%d kills, %d acknowledged answers", kills, len(acked))

	if r := run(t, dir, "workshop", "export", "--workspace", "ws"); r.code != 0 {
		t.Fatalf("export: %s", r.stderr)
	}
	path := filepath.Join(dir, "ws", "surveys", "workshop-kano.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc survey.YAMLSurvey
	if ps := yamlx.Decode(path, data, &doc); len(ps) > 0 {
		t.Fatal(ps)
	}
	found := map[ack]int{}
	for _, r := range doc.Respondents {
		for e, a := range r.Answers {
			for name, s := range map[string]string{"functional": a.Functional, "dysfunctional": a.Dysfunctional, "importance": a.Importance} {
				if s == "" {
					continue
				}
				k := ack{r.ID, e, name}
				if _, dup := found[k]; dup {
					t.Errorf("%v twice", k)
				}
				var v int
				fmt.Sscanf(s, "%d", &v)
				found[k] = v
			}
		}
	}
	for k, v := range acked {
		if found[k] != v {
			t.Errorf("acknowledged %v = %d, exported %d", k, v, found[k])
		}
	}
	if len(found) != len(acked) || len(acked) != 10*len(entries)*len(questions) {
		t.Errorf("exported %d answers, acknowledged %d", len(found), len(acked))
	}
	if r := run(t, dir, "validate", "--workspace", "ws"); r.code != 0 {
		t.Errorf("validate after export: %s %s", r.stdout, r.stderr)
	}
}
