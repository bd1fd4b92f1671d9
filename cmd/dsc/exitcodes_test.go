package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Exit codes and messages that trial 5 (L10) found off: a missing file is
// invalid input (1) in the workshop server as in `dsc readiness`; a
// --listen that is no address is a usage error (2); a mistyped flag names
// the flag meant; an unknown rater lists the raters as words, not a Go
// slice.
func TestExitCodesAndFlagSuggestions(t *testing.T) {
	dir := t.TempDir()
	ws := filepath.Join(dir, "ws")
	if r := runInProcess("init", ws, "--template", "starter"); r.code != 0 {
		t.Fatalf("init: %d %s", r.code, r.stderr)
	}
	if err := os.Remove(filepath.Join(ws, "readiness.yaml")); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"readiness", "-w", ws}, 1, "readiness.yaml not found"},
		{[]string{"workshop", "serve", "readiness", "-w", ws, "--headless"}, 1, "readiness.yaml not found"},
		{[]string{"workshop", "serve", "kano", "-w", ws, "--headless", "--listen", "nonsense"}, 2,
			`error: --listen "nonsense" is not an address (address nonsense: missing port in address); write HOST:PORT, e.g. 127.0.0.1:8080`},
		{[]string{"workshop", "serve", "kano", "-w", ws, "--headless", "--listen", "127.0.0.1:http"}, 2,
			"the port must be a number from 0 to 65535"},
		{[]string{"roadmap", "-w", ws, "--fromat", "json"}, 2, "error: unknown flag: --fromat; did you mean --format?"},
		{[]string{"roadmap", "--fromat", "json", "-w", ws}, 2, "did you mean --format?"},
	} {
		r := runInProcess(c.args...)
		if r.code != c.code || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%v: exit %d, want %d with %q:\n%s", c.args, r.code, c.code, c.want, r.stderr)
		}
		if c.code == 1 && strings.Contains(r.stderr, "--help") {
			t.Errorf("%v: invalid input points at --help:\n%s", c.args, r.stderr)
		}
	}
}
