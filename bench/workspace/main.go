// Command workspace writes a synthetic workspace for scale benchmarks:
//
//	go run ./bench/workspace -out bench/out/large
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/dsc-workbench/dsc/internal/gen"
)

func main() {
	out := flag.String("out", "bench/out/large", "folder to write")
	s := gen.Size{}
	flag.IntVar(&s.Entries, "entries", 500, "catalog entries")
	flag.IntVar(&s.Personas, "personas", 20, "personas")
	flag.IntVar(&s.Stages, "stages", 12, "journey stages")
	flag.IntVar(&s.Channels, "channels", 15, "channels")
	flag.IntVar(&s.Touchpoints, "touchpoints", 2000, "touchpoints")
	flag.IntVar(&s.Capabilities, "capabilities", 200, "capabilities")
	flag.IntVar(&s.Dimensions, "dimensions", 13, "readiness dimensions")
	flag.IntVar(&s.Questions, "questions", 3, "questions per dimension")
	flag.IntVar(&s.Raters, "raters", 5, "raters")
	flag.IntVar(&s.Respondents, "respondents", 20000, "survey respondents")
	flag.IntVar(&s.SurveyItems, "survey-features", 50, "features asked in the survey")
	flag.Parse()
	files := gen.Synthetic(s, 1)
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		p := filepath.Join(*out, filepath.FromSlash(n))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			fail(err)
		}
		if err := os.WriteFile(p, files[n], 0o644); err != nil {
			fail(err)
		}
	}
	fmt.Println("wrote", *out)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}
