package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dsc-workbench/dsc/internal/testenv"
)

// tmuxSession drives the real binary in a terminal of a fixed size, on a
// tmux server of its own: the socket lives in the test's temporary folder,
// so tests never share a server.
type tmuxSession struct {
	t      *testing.T
	socket string
	name   string
	starts int
}

func newTmux(t *testing.T) *tmuxSession {
	t.Helper()
	testenv.EndToEnd(t)
	testenv.Tool(t, "tmux")
	s := &tmuxSession{t: t, socket: filepath.Join(t.TempDir(), "tmux.sock")}
	t.Cleanup(func() { exec.Command("tmux", "-S", s.socket, "kill-server").Run() })
	return s
}

func (s *tmuxSession) tmux(args ...string) string {
	out, err := exec.Command("tmux", append([]string{"-S", s.socket}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %v: %v: %s", args, err, out)
	}
	return string(out)
}

// start runs the command in a new 80x24 session; the shell waits afterwards
// so the pane can be read after the program exits. A restart opens the new
// session before closing the old one: closing the last session stops the
// server, and a session opened while it stops fails ("server exited
// unexpectedly"), which made the SIGKILL test fail one run in four.
func (s *tmuxSession) start(dir string, args ...string) {
	quoted := make([]string, len(args))
	for i, a := range args {
		quoted[i] = strconv.Quote(a)
	}
	cmd := fmt.Sprintf("cd %s && NO_COLOR=1 %s %s; code=$?; stty sane; printf '\\r\\nEXITED %%s\\n' $code; sleep 60", strconv.Quote(dir), binary, strings.Join(quoted, " "))
	old := s.name
	s.starts++
	s.name = fmt.Sprintf("w%d", s.starts)
	s.tmux("new-session", "-d", "-s", s.name, "-x", "80", "-y", "24", cmd)
	if old != "" {
		s.tmux("kill-session", "-t", old)
	}
}

func (s *tmuxSession) screen() string { return s.tmux("capture-pane", "-p", "-t", s.name) }

func (s *tmuxSession) keys(keys ...string) {
	for _, k := range keys {
		s.tmux("send-keys", "-t", s.name, k)
		time.Sleep(60 * time.Millisecond)
	}
}

// waitFor polls the screen until it shows text.
func (s *tmuxSession) waitFor(text string) string {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		sc := s.screen()
		if strings.Contains(sc, text) {
			return sc
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("screen never showed %q:\n%s", text, sc)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func lines(path string) int {
	b, _ := os.ReadFile(path)
	return strings.Count(string(b), "\n")
}

func waitLines(t *testing.T, path string, n int) {
	deadline := time.Now().Add(5 * time.Second)
	for lines(path) < n {
		if time.Now().After(deadline) {
			t.Fatalf("%s has %d lines, want %d", path, lines(path), n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func starterWorkspace(t *testing.T) string {
	dir := t.TempDir()
	if r := run(t, dir, "init", "ws", "--template", "starter"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	return dir
}

func TestWorkshopNeedsATerminal(t *testing.T) {
	dir := starterWorkspace(t)
	r := run(t, dir, "workshop", "kano", "--workspace", "ws", "--participant", "x")
	if r.code != 2 || !strings.Contains(r.stderr, "needs a terminal") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
}

// A whole short workshop through the real binary, then the export, then the
// Kano analysis of what was captured.
func TestE2EWorkshop(t *testing.T) {
	dir := starterWorkspace(t)
	s := newTmux(t)
	s.start(dir, "workshop", "kano", "--workspace", "ws", "--participant", "Tess Tester", "--segment", "B2B", "--no-importance")
	s.waitFor("1 of 5")
	// Five entries, functional then dysfunctional: must-be (3/5) for the first
	// three, attractive (1/3) for the last two.
	s.keys("3", "5", "3", "5", "3", "5", "1", "3", "1", "3")
	s.waitFor("All questions are answered")
	s.keys("q")
	s.waitFor("EXITED 0")
	r := run(t, dir, "workshop", "export", "--workspace", "ws")
	if r.code != 0 || !strings.Contains(r.stdout, "workshop-kano.yaml") {
		t.Fatalf("export: exit %d %s %s", r.code, r.stdout, r.stderr)
	}
	k := run(t, dir, "kano", "--workspace", "ws", "--format", "csv")
	if k.code != 0 {
		t.Fatalf("kano: %s", k.stderr)
	}
	for _, want := range []string{",single-login,One login for every digital product,login,all,1,0,0,0,1,", ",expert-chat,Chat with an expert,digital-service,all,1,0,1,0,0,"} {
		if !strings.Contains(k.stdout, want) {
			t.Errorf("kano output lacks %q:\n%s", want, k.stdout)
		}
	}
}

// Kill the process in the middle of a workshop: every answer given before the
// kill is on disk, and the restart resumes at the right question.
func TestE2EWorkshopSurvivesSIGKILL(t *testing.T) {
	dir := starterWorkspace(t)
	// The join line, then one line per answer.
	journal := filepath.Join(dir, "ws", "workshops", "kano-001-kim.jsonl")
	s := newTmux(t)
	s.start(dir, "workshop", "kano", "--workspace", "ws", "--participant", "Kim", "--segment", "B2C", "--no-importance")
	s.waitFor("1 of 5")
	s.keys("1", "5", "2")
	waitLines(t, journal, 4)
	// Only the dsc process itself: the shell around it also names the command.
	out, err := exec.Command("pgrep", "-f", "^"+regexp.QuoteMeta(binary)+" workshop kano").Output()
	if err != nil {
		t.Fatalf("pgrep: %v", err)
	}
	for _, f := range strings.Fields(string(out)) {
		pid, _ := strconv.Atoi(f)
		syscall.Kill(pid, syscall.SIGKILL)
	}
	s.t.Logf("killed %q", out)
	s.waitFor("EXITED 137")
	if n := lines(journal); n != 4 {
		t.Fatalf("journal has %d lines after the kill, want the join and 3 answers", n)
	}
	s.start(dir, "workshop", "kano", "--workspace", "ws", "--participant", "Kim", "--segment", "B2C", "--no-importance")
	sc := s.waitFor("2 of 5")
	if !strings.Contains(sc, "3/10 answered") || !strings.Contains(sc, "were NOT offered") {
		t.Errorf("did not resume at question 4 (entry 2, dysfunctional):\n%s", sc)
	}
	s.keys("q")
	s.waitFor("EXITED 0")
}

// A journal whose last line was torn by a crash starts with a warning and
// resumes after the last whole answer.
func TestE2EWorkshopRecoversATornJournal(t *testing.T) {
	dir := starterWorkspace(t)
	jdir := filepath.Join(dir, "ws", "workshops")
	os.MkdirAll(jdir, 0o755)
	journal := filepath.Join(jdir, "kano-lee.jsonl")
	os.WriteFile(journal, []byte(`{"v":1,"seq":1,"workshop":"kano","participant":"Lee","action":"answer","item":"single-login","question":"functional","value":1}
{"v":1,"seq":2,"workshop":"kano","participant":"Lee","action":"answer","item":"single-login","question":"dysfunctional","value":5}
{"v":1,"seq":3,"workshop":"kano","participant":"Lee","action":"ans`), 0o644)
	s := newTmux(t)
	s.start(dir, "workshop", "kano", "--workspace", "ws", "--participant", "Lee", "--segment", "B2C", "--no-importance")
	sc := s.waitFor("2 of 5")
	if !strings.Contains(sc, "dropped a torn last line") || !strings.Contains(sc, "2/10 answered") {
		t.Errorf("screen:\n%s", sc)
	}
	s.keys("3")
	waitLines(t, journal, 3)
	s.keys("q")
	s.waitFor("EXITED 0")
	data, _ := os.ReadFile(journal)
	if strings.Contains(string(data), `"ans`+"\n") || strings.Count(string(data), "\n") != 3 {
		t.Errorf("journal not repaired:\n%s", data)
	}
}

func TestE2EReadinessWorkshopExport(t *testing.T) {
	dir := starterWorkspace(t)
	s := newTmux(t)
	s.start(dir, "workshop", "readiness", "--workspace", "ws", "--rater", "rater-1")
	// The header names the rater; the status line warns before the session
	// that readiness.yaml already holds rater-1's ratings (trial5 L11).
	if sc := s.waitFor("1 of 2"); !strings.Contains(sc, "First rater (rater-1)") || !strings.Contains(sc, `already rates "rater-1" (2 questions): export this session`) {
		t.Errorf("screen:\n%s", sc)
	}
	s.keys("3", "4")
	s.waitFor("All questions are answered")
	s.keys("q")
	s.waitFor("EXITED 0")
	// rater-1 already rated both questions in readiness.yaml: the export refuses to duplicate them.
	r := run(t, dir, "workshop", "export", "--workspace", "ws")
	if r.code != 1 || !strings.Contains(r.stderr, `already rates "rater-1"`) {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	ry := filepath.Join(dir, "ws", "readiness.yaml")
	b, _ := os.ReadFile(ry)
	os.WriteFile(ry, []byte(strings.Split(string(b), "ratings:")[0]), 0o644)
	if r := run(t, dir, "workshop", "export", "--workspace", "ws"); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	// Piped, --questions lists every question with a column per rater.
	rd := run(t, dir, "readiness", "--workspace", "ws", "--questions")
	lines := strings.Split(rd.stdout, "\n")
	if rd.code != 0 || len(lines) < 3 || !strings.HasSuffix(lines[0], "\trater-1") || !strings.HasPrefix(lines[1], "ss-1\t") || !strings.HasSuffix(lines[1], "\t3") ||
		!strings.HasPrefix(lines[2], "it-1\t") || !strings.HasSuffix(lines[2], "\t4") {
		t.Errorf("readiness after export: %s %s", rd.stdout, rd.stderr)
	}
}
