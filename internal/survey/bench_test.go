package survey

import (
	"bytes"
	"encoding/csv"
	"io"
	"testing"
	"testing/fstest"

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
