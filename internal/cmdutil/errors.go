// Package cmdutil holds what every command shares: the factory that resolves
// the workspace from the global flags, the typed errors that decide exit
// codes, and the --format flag.
package cmdutil

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/dsc-workbench/dsc/examples"
	"github.com/dsc-workbench/dsc/internal/diag"
)

// FlagError is a usage error: wrong flags or arguments. The command exits 2.
type FlagError struct{ Err error }

func (e *FlagError) Error() string { return e.Err.Error() }
func (e *FlagError) Unwrap() error { return e.Err }

// FlagErrorf builds a FlagError.
func FlagErrorf(format string, args ...any) error {
	return &FlagError{Err: fmt.Errorf(format, args...)}
}

// NoWorkspaceError says the workspace folder does not exist, or is a file:
// invalid input (exit 1), not a usage error.
type NoWorkspaceError struct {
	Dir    string
	IsFile bool
}

func (e *NoWorkspaceError) Error() string {
	if e.IsFile {
		return fmt.Sprintf("--workspace %s is a file; give the workspace folder (the one holding dsc.yaml)", e.Dir)
	}
	return fmt.Sprintf("workspace folder %q not found; pass --workspace DIR, or try --example %s", e.Dir, examples.Names()[0])
}

// Problem is the error as a problem at the folder, for outputs that list
// problems (validate --format json or github).
func (e *NoWorkspaceError) Problem() diag.Problem {
	if e.IsFile {
		return diag.Problem{File: e.Dir, Msg: "is a file, not a workspace folder", Hint: "give the workspace folder (the one holding dsc.yaml)"}
	}
	return diag.Problem{File: e.Dir, Msg: "workspace folder not found", Hint: "check the path; dsc init DIR creates a workspace"}
}

// ErrSilent means the command already reported what went wrong; exit 1 quietly.
var ErrSilent = errors.New("silent error")

// ErrChanges means a comparison found changes the user asked to fail on
// (dsc diff --fail-on); the command already said which. Exit 3.
var ErrChanges = errors.New("changes found")

// ErrCancel means the user cancelled; exit quietly.
var ErrCancel = errors.New("cancelled")

// Exit codes.
const (
	ExitOK      = 0
	ExitInvalid = 1
	ExitUsage   = 2
	ExitChanges = 3
	ExitCancel  = 130
)

// OrBackground is ctx, or context.Background() when a test left it nil.
func OrBackground(ctx context.Context) context.Context {
	if ctx == nil {
		return context.Background()
	}
	return ctx
}

// UnknownValue is the usage error for a value outside a fixed set (a format,
// a --fail-on class, an example): it names the closest allowed value when
// the value looks like a typo or the start of exactly one, and lists them all.
func UnknownValue(what, value string, allowed []string) error {
	if s := diag.Closest(value, allowed); s != "" {
		return FlagErrorf("unknown %s %q: did you mean %q? Use one of %s", what, value, s, strings.Join(allowed, ", "))
	}
	return FlagErrorf("unknown %s %q; use one of %s", what, value, strings.Join(allowed, ", "))
}
