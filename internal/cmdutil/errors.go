// Package cmdutil holds what every command shares: the factory that resolves
// the workspace from the global flags, the typed errors that decide exit
// codes, and the --format flag.
package cmdutil

import (
	"context"
	"errors"
	"fmt"
)

// FlagError is a usage error: wrong flags or arguments. The command exits 2.
type FlagError struct{ Err error }

func (e *FlagError) Error() string { return e.Err.Error() }
func (e *FlagError) Unwrap() error { return e.Err }

// FlagErrorf builds a FlagError.
func FlagErrorf(format string, args ...any) error {
	return &FlagError{Err: fmt.Errorf(format, args...)}
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
