package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal of 100 x 30 that nobody answers: what a
// program writes to it stays unread until the test reads the master.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals: %v", err)
	}
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := unix.IoctlSetWinsize(int(s.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Row: 30, Col: 100}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close(); s.Close() })
	return m, s
}

// On a terminal that never answers (script(1), some CI pseudo-terminals and
// editor shells), `dsc kano` must not ask for the background colour or the
// cursor position, and so must not wait five seconds for an answer.
func TestNoTerminalProbe(t *testing.T) {
	m, s := openPTY(t)
	cmd := exec.Command(binary, "kano", "--example", "automotive-aftermarket")
	cmd.Env = append(os.Environ(), "TERM=xterm-256color", "COLORTERM=truecolor")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = s, s, s
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	var screen bytes.Buffer
	read := make(chan struct{})
	go func() { io.Copy(&screen, m); close(read) }()
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s.Close() // the child holds its own copy; EOF on the master once it exits
	err := cmd.Wait()
	took := time.Since(start)
	select {
	case <-read:
	case <-time.After(5 * time.Second):
		t.Fatal("the terminal output never ended")
	}
	if err != nil {
		t.Fatalf("kano: %v\n%s", err, screen.String())
	}
	for _, q := range []string{"\x1b]11;?", "\x1b]10;?", "\x1b[6n", "\x1b[c"} {
		if strings.Contains(screen.String(), q) {
			t.Errorf("dsc kano sent the terminal query %q", q)
		}
	}
	// It waited 5 s for the answer before; printing takes a fraction of a second.
	if took > 3*time.Second {
		t.Errorf("dsc kano took %v on a terminal that does not answer", took)
	}
	if !strings.Contains(screen.String(), "Kano analysis:") || !strings.Contains(screen.String(), "\x1b[1m") {
		t.Errorf("no coloured terminal view:\n%q", screen.String()[:min(300, screen.Len())])
	}
}
