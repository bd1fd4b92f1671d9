package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// bigWorkspace is the intralogistics example with its survey repeated until
// reading it takes a while: 186 respondents x copies, each with its own id.
func bigWorkspace(t *testing.T, copies int) string {
	t.Helper()
	dir := t.TempDir()
	ws := filepath.Join(dir, "ws")
	if r := runInProcess("init", ws, "--template", "intralogistics"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	path := filepath.Join(ws, "surveys", "kano-survey.csv")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	var b bytes.Buffer
	b.WriteString(lines[0] + "\n")
	for c := 0; c < copies; c++ {
		for _, l := range lines[1:] {
			fmt.Fprintf(&b, "c%d-%s\n", c, l)
		}
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return ws
}

// started runs the real binary and returns once it has a file open whose
// path satisfies open: its Ctrl-C handler is installed by then.
func started(t *testing.T, open func(string) bool, args ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	fds := fmt.Sprintf("/proc/%d/fd", cmd.Process.Pid)
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		entries, _ := os.ReadDir(fds)
		for _, e := range entries {
			if target, err := os.Readlink(filepath.Join(fds, e.Name())); err == nil && open(target) {
				return cmd, &errOut
			}
		}
		time.Sleep(2 * time.Millisecond)
	}
	t.Fatalf("%v never opened the file to interrupt it at; stderr: %s", args, errOut.String())
	return nil, nil
}

// promptExit bounds how long an interrupted command may take to exit. It
// guards against a Ctrl-C that is ignored or hangs, not a speed claim: on a
// busy two-core machine a prompt exit was seen to take 1.13 s, so the bound
// leaves room for the scheduler.
const promptExit = 5 * time.Second

// interrupt sends SIGINT and returns the exit code and how long the exit took.
func interrupt(t *testing.T, cmd *exec.Cmd) (int, time.Duration) {
	t.Helper()
	at := time.Now()
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	took := time.Since(at)
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	}
	return code, took
}

// Ctrl-C while the report is being written: exit 130 promptly, the
// previous report set untouched, no temporary file left.
func TestInterruptedReportKeepsThePreviousOne(t *testing.T) {
	t.Parallel()
	ws := bigWorkspace(t, 40)
	out := filepath.Join(t.TempDir(), "out")
	if r := runInProcess("report", "--example", "intralogistics", "--out", out); r.code != 0 {
		t.Fatal(r.stderr)
	}
	before := map[string][]byte{}
	for _, f := range []string{"report.xlsx", "report.html", "report.json"} {
		before[f], _ = os.ReadFile(filepath.Join(out, f))
	}
	cmd, errOut := started(t, func(p string) bool { return strings.Contains(p, ".report.") && strings.Contains(p, ".tmp-") },
		"report", "--workspace", ws, "--out", out)
	code, took := interrupt(t, cmd)
	if code != 130 || took > promptExit {
		t.Errorf("exit %d after %v, want 130 within %v; stderr: %s", code, took, promptExit, errOut)
	}
	for f, b := range before {
		if now, _ := os.ReadFile(filepath.Join(out, f)); !bytes.Equal(now, b) {
			t.Errorf("%s was replaced", f)
		}
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != 3 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("folder holds %v, want the three report files only", names)
	}
}

// Ctrl-C while kano or validate read a large survey: exit 130 promptly.
func TestInterruptWhileReadingSurveys(t *testing.T) {
	t.Parallel()
	ws := bigWorkspace(t, 200)
	survey := filepath.Join(ws, "surveys", "kano-survey.csv")
	for _, args := range [][]string{
		{"kano", "--workspace", ws, "--format", "json"},
		{"validate", "--workspace", ws},
	} {
		cmd, errOut := started(t, func(p string) bool { return p == survey }, args...)
		if code, took := interrupt(t, cmd); code != 130 || took > promptExit {
			t.Errorf("dsc %s: exit %d after %v, want 130 within %v; stderr: %s", args[0], code, took, promptExit, errOut)
		}
	}
}
