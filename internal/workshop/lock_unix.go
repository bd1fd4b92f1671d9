//go:build unix

package workshop

import (
	"os"
	"syscall"
)

// lockFile takes an exclusive advisory lock on f, waiting for it. Together
// with O_APPEND it serialises writers in different processes (the same
// participant's terminal workshop started twice, or a server and a terminal).
func lockFile(f *os.File) error {
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
		if err != syscall.EINTR {
			return err
		}
	}
}

func unlockFile(f *os.File) error { return syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }
