// Command survey writes a synthetic wide Kano survey for scale benchmarks:
//
//	go run ./bench/survey -respondents 100000 -features 100 -out bench/out/survey.csv
//	go run ./bench/survey -respondents 20000 -features 50 -out bench/out/survey.xlsx
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dsc-workbench/dsc/internal/gen"
)

func main() {
	n := flag.Int("respondents", 100000, "rows")
	items := flag.Int("features", 100, "features (each with functional, dysfunctional and importance columns)")
	out := flag.String("out", "bench/out/survey.csv", "file to write (.csv or .xlsx)")
	flag.Parse()
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		fail(err)
	}
	f, err := os.Create(*out)
	if err != nil {
		fail(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	if strings.HasSuffix(*out, ".xlsx") {
		err = gen.WriteSurveyXLSX(w, *n, *items, 1)
	} else {
		err = gen.WriteSurveyCSV(w, *n, *items, 1)
	}
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = f.Close()
	}
	if err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}
