package survey

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"runtime"
	"testing"
	"testing/fstest"
	"time"

	"github.com/dsc-workbench/dsc/internal/gen"
	"github.com/dsc-workbench/dsc/kano"
)

const benchRespondents, benchFeatures = 10000, 100

func benchCSV(b *testing.B) []byte {
	var buf bytes.Buffer
	if err := gen.WriteSurveyCSV(&buf, benchRespondents, benchFeatures, 1); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkReadWideCSV reads and classifies a wide survey of 10,000
// respondents x 100 features (2 million answers) per op. Compare with
// BenchmarkPlainCSV, the bare encoding/csv read of the same bytes; bench/kano.sh
// does the same at 100,000 respondents through the dsc binary.
func BenchmarkReadWideCSV(b *testing.B) {
	data := benchCSV(b)
	fsys := fstest.MapFS{"s.csv": {Data: data}}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := kano.NewSurvey()
		if _, err := Read(Source{FS: fsys, Path: "s.csv", Display: "s.csv"}, Config{SegmentBy: "segment"}, s); err != nil {
			b.Fatal(err)
		}
		s.Analyze(kano.Options{})
	}
	b.ReportMetric(float64(benchRespondents*benchFeatures*2)*float64(b.N)/b.Elapsed().Seconds(), "answers/s")
}

func BenchmarkPlainCSV(b *testing.B) {
	data := benchCSV(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := csv.NewReader(bytes.NewReader(data))
		r.ReuseRecord = true
		for {
			if _, err := r.Read(); err == io.EOF {
				break
			} else if err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(benchRespondents*benchFeatures*2)*float64(b.N)/b.Elapsed().Seconds(), "answers/s")
}

// BenchmarkReadXLSX streams a workbook of 2,000 respondents x 50 features per op.
func BenchmarkReadXLSX(b *testing.B) {
	var buf bytes.Buffer
	if err := gen.WriteSurveyXLSX(&buf, 2000, 50, 1); err != nil {
		b.Fatal(err)
	}
	fsys := fstest.MapFS{"s.xlsx": {Data: buf.Bytes()}}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := kano.NewSurvey()
		if _, err := Read(Source{FS: fsys, Path: "s.xlsx", Display: "s.xlsx"}, Config{SegmentBy: "segment"}, s); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(2000*50*2)*float64(b.N)/b.Elapsed().Seconds(), "answers/s")
}

// longCSV is a long-layout survey of n respondents x 20 features.
func longCSV(n int) []byte {
	var b bytes.Buffer
	b.WriteString("respondent,feature,functional,dysfunctional,importance,segment\n")
	for r := 0; r < n; r++ {
		seg := "B2B"
		if r%3 == 0 {
			seg = "B2C"
		}
		for f := 0; f < 20; f++ {
			fmt.Fprintf(&b, "R%07d,f%02d,%d,%d,%d,%s\n", r, f, 1+(r+f)%5, 1+(r*7+f)%5, 1+(r+f)%9, seg)
		}
	}
	return b.Bytes()
}

// BenchmarkLongLayoutMemory reads long-layout surveys of 10,000 and 100,000
// respondents and reports the heap the read keeps per respondent: the
// hashed respondent ids (the map of every respondent the long reader used to
// keep is gone). Answers cost nothing per respondent: ten times the
// respondents must not cost ten times the bytes per respondent.
//
//	go test ./internal/survey -run XXX -bench LongLayoutMemory -benchtime 1x
func BenchmarkLongLayoutMemory(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		data := longCSV(n)
		fsys := fstest.MapFS{"l.csv": {Data: data}}
		b.Run(fmt.Sprintf("respondents=%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				heap := peakHeap(func() {
					s := kano.NewSurvey()
					st, err := Read(Source{FS: fsys, Path: "l.csv", Display: "l.csv"}, Config{SegmentBy: "segment"}, s)
					if err != nil || st.Respondents != n {
						b.Fatalf("%v %d", err, st.Respondents)
					}
				})
				b.ReportMetric(float64(heap)/float64(n), "peak-heap-B/respondent")
			}
		})
	}
}

// peakHeap samples the live heap while f runs and returns its peak above
// the heap before.
func peakHeap(f func()) uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	base := m.HeapAlloc
	done := make(chan struct{})
	peak := make(chan uint64)
	go func() {
		var top uint64
		for {
			select {
			case <-done:
				peak <- top
				return
			default:
			}
			runtime.GC()
			var s runtime.MemStats
			runtime.ReadMemStats(&s)
			if s.HeapAlloc > base && s.HeapAlloc-base > top {
				top = s.HeapAlloc - base
			}
			time.Sleep(2 * time.Millisecond)
		}
	}()
	f()
	close(done)
	return <-peak
}
