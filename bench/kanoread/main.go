// Command kanoread reads a survey file the way dsc kano does (survey.ReadAll
// into a kano.Survey, then Analyze) a number of times and reports the CPU
// time per read, which a busy machine disturbs less than the wall clock,
// with answers and megabytes per CPU second. -cpuprofile writes a profile.
//
//	go run ./bench/kanoread -n 5 bench/out/survey-100000x50.csv
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/dsc-workbench/dsc/internal/survey"
	"github.com/dsc-workbench/dsc/kano"
)

func main() {
	n := flag.Int("n", 3, "reads")
	seg := flag.String("segment-by", "segment", "segment column")
	prof := flag.String("cpuprofile", "", "write a CPU profile here")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: kanoread [-n N] [-cpuprofile FILE] SURVEY")
		os.Exit(2)
	}
	path, _ := filepath.Abs(flag.Arg(0))
	st, err := os.Stat(path)
	if err != nil {
		fail(err)
	}
	if *prof != "" {
		f, err := os.Create(*prof)
		if err != nil {
			fail(err)
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	src := survey.Source{FS: os.DirFS(filepath.Dir(path)), Path: filepath.Base(path), Display: path}
	bestCPU, bestWall := time.Duration(1<<62), time.Duration(1<<62)
	answers := 0
	for i := 0; i < *n; i++ {
		c0, w0 := cpuTime(), time.Now()
		s := kano.NewSurvey()
		stats, err := survey.ReadAll([]survey.Source{src}, survey.Config{SegmentBy: *seg}, s, nil)
		if err != nil {
			fail(err)
		}
		s.Analyze(kano.Options{})
		bestCPU, bestWall = min(bestCPU, cpuTime()-c0), min(bestWall, time.Since(w0))
		answers = stats[0].Answers + stats[0].Blank
	}
	mb := float64(st.Size()) / 1e6
	fmt.Printf("cpu %.3f s (%.0f MB/s, %.0f answers/s)  wall %.3f s (%.0f MB/s)\n",
		bestCPU.Seconds(), mb/bestCPU.Seconds(), float64(answers)/bestCPU.Seconds(), bestWall.Seconds(), mb/bestWall.Seconds())
}

// cpuTime is the process's user and system time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}
