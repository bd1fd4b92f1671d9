// Command bytescan measures the practical limit of the Kano scale
// benchmark: reading a file from the page cache and counting its lines,
// what `wc -l` does. A single pass over a file of tens of megabytes takes
// a few milliseconds, below what /usr/bin/time resolves, so it reads the
// file again and again for at least a second and prints the fastest pass:
// "seconds cpu-seconds" per pass, as bench/kano.sh's other rows.
//
//	go run ./bench/bytescan bench/out/survey-100000x50.csv
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"syscall"
	"time"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: bytescan FILE")
		os.Exit(2)
	}
	buf := make([]byte, 1<<20)
	best, bestCPU := time.Duration(1<<62), time.Duration(1<<62)
	lines := 0
	for start, n := time.Now(), 0; n < 5 || time.Since(start) < time.Second; n++ {
		w0, c0 := time.Now(), cpuTime()
		l, err := countLines(os.Args[1], buf)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		best, bestCPU, lines = min(best, time.Since(w0)), min(bestCPU, cpuTime()-c0), l
	}
	fmt.Printf("%.6f %.6f\n", best.Seconds(), bestCPU.Seconds())
	fmt.Fprintf(os.Stderr, "%d lines\n", lines)
}

// countLines reads the file once and counts its line feeds.
func countLines(path string, buf []byte) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n := 0
	for {
		m, err := f.Read(buf)
		n += bytes.Count(buf[:m], []byte{'\n'})
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
	}
}

// cpuTime is the process's user and system time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
