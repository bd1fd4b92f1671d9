package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/internal/iostreams"
)

var binary string

// TestMain builds the real binary once; CLI tests run it like a user would.
func TestMain(m *testing.M) {
	// Under GitHub Actions validate would answer in annotations; the tests
	// ask for the format they check.
	os.Unsetenv("GITHUB_ACTIONS")
	dir, err := os.MkdirTemp("", "dsc-cli-")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "dsc")
	if runtime.GOOS == "windows" {
		binary += ".exe"
	}
	// Built as the README installs it: static, without cgo.
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	stdout, stderr string
	code           int
}

// run executes the built binary in dir with a clean, colourless environment.
func run(t *testing.T, dir string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{out.String(), errOut.String(), code}
}

// runInProcess calls Main with test streams that are not a terminal.
func runInProcess(args ...string) result {
	ios, _, out, errOut := iostreams.Test()
	code := Main(args, ios)
	return result{out.String(), errOut.String(), code}
}

// runTTY calls Main with test streams that act as a colourless terminal of
// width columns.
func runTTY(width int, args ...string) result {
	ios, _, out, errOut := iostreams.Test()
	ios.SetTTY(true)
	ios.SetWidth(width)
	ios.DisableColor()
	code := Main(args, ios)
	return result{out.String(), errOut.String(), code}
}

func TestUsageErrorsExit2(t *testing.T) {
	for _, args := range [][]string{
		{"validate", "--bogus"},
		{"validate", "--example", "nope"},
		{"validate", "--example", "intralogistics", "--workspace", "."},
		{"validate", "--format", "xml", "--example", "intralogistics"},
		{"validate", "extra-arg"},
		{"frobnicate"},
		{"init"},
		{"init", "x", "--template", "nope"},
	} {
		r := runInProcess(args...)
		if r.code != 2 {
			t.Errorf("dsc %s: exit %d, want 2; stderr: %s", strings.Join(args, " "), r.code, r.stderr)
		}
		if !strings.Contains(r.stderr, "error:") {
			t.Errorf("dsc %s: stderr lacks an error line: %q", strings.Join(args, " "), r.stderr)
		}
	}
}

func TestVersion(t *testing.T) {
	r := run(t, ".", "version")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "dsc ") {
		t.Fatalf("version: %+v", r)
	}
}

func TestCompletion(t *testing.T) {
	r := run(t, ".", "completion", "bash")
	if r.code != 0 || !strings.Contains(r.stdout, "bash completion") {
		t.Fatalf("completion: exit %d, %q", r.code, r.stderr)
	}
}

func findCmd(root *cobra.Command, name string) *cobra.Command {
	for _, c := range root.Commands() {
		if c.Name() == name {
			return c
		}
	}
	return nil
}
