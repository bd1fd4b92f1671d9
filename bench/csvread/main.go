// Command csvread is the baseline of the Kano scale benchmark: it reads a
// CSV with encoding/csv and does nothing else, so `dsc kano` can be compared
// with the fastest possible read of the same file.
//
//	go run ./bench/csvread bench/out/survey.csv
package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"time"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	start := time.Now()
	r := csv.NewReader(bufio.NewReaderSize(f, 1<<16))
	r.ReuseRecord = true
	r.FieldsPerRecord = -1
	fields := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fields += len(rec)
	}
	el := time.Since(start)
	fmt.Printf("fields %d in %.3f s (%.0f fields/s)\n", fields, el.Seconds(), float64(fields)/el.Seconds())
}
