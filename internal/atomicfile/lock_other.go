//go:build !unix

package atomicfile

import "os"

// lockDir does not lock where flock is missing; writers are not serialised there.
func lockDir(dir string) (*os.File, error) { return nil, nil }

func unlockDir(*os.File) {}
