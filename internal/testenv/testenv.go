// Package testenv holds what tests share about their environment: the
// switch for slow end-to-end tests and the external tools they drive.
package testenv

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// EndToEnd skips a slow end-to-end test (a real terminal under tmux, a real
// browser, LibreOffice) unless DSC_E2E=1, so that `go test ./...` stays
// fast. Such tests are named TestE2E...; .ci/run runs them in a step of
// their own with `DSC_E2E=1 go test -run '^TestE2E' ./...`.
func EndToEnd(t testing.TB) {
	t.Helper()
	if !strings.HasPrefix(t.Name(), "TestE2E") {
		t.Fatalf("%s calls testenv.EndToEnd but its name does not start with TestE2E, so .ci/run would never run it", t.Name())
	}
	if os.Getenv("DSC_E2E") == "" {
		t.Skip("end-to-end test: set DSC_E2E=1 to run it (.ci/run does)")
	}
}

// Tool returns the path of the first of names found on PATH. Without one,
// the test fails in CI (.ci/run installs every tool) and is skipped elsewhere.
func Tool(t testing.TB, names ...string) string {
	t.Helper()
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s is required in CI (.ci/run installs it)", names[0])
	}
	t.Skipf("%s not installed", names[0])
	return ""
}
