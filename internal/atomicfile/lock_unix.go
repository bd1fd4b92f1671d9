//go:build unix

package atomicfile

import (
	"os"
	"syscall"
)

// lockDir takes an exclusive lock on a folder, waiting for another writer
// that holds it.
func lockDir(dir string) (*os.File, error) {
	d, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	for {
		err = syscall.Flock(int(d.Fd()), syscall.LOCK_EX)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		d.Close()
		return nil, err
	}
	return d, nil
}

func unlockDir(d *os.File) {
	syscall.Flock(int(d.Fd()), syscall.LOCK_UN)
	d.Close()
}
