package main

import (
	"errors"
	"net"
	"strconv"

	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/workspace"
)

// planError classifies why a workshop's questions could not be planned: a
// missing workspace file is invalid input (exit 1, as `dsc readiness` says
// it), anything else (an unknown rater, segment or feature) names a flag
// value (exit 2).
func planError(err error) error {
	var missing *workspace.MissingFileError
	if errors.As(err, &missing) {
		return err
	}
	return &cmdutil.FlagError{Err: err}
}

// checkListen refuses a --listen value that is no HOST:PORT before the
// server tries it: a usage error, not a busy port.
func checkListen(addr string) error {
	_, port, err := net.SplitHostPort(addr)
	if err == nil {
		if n, perr := strconv.Atoi(port); perr != nil || n < 0 || n > 65535 {
			err = errors.New("the port must be a number from 0 to 65535")
		}
	}
	if err != nil {
		return cmdutil.FlagErrorf("--listen %q is not an address (%v); write HOST:PORT, e.g. 127.0.0.1:8080 (port 0 picks a free one)", addr, err)
	}
	return nil
}
