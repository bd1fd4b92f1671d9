package csvscan

import (
	"bytes"
	"encoding/csv"
	"io"
	"testing"

	"github.com/dsc-workbench/dsc/internal/gen"
)

// benchData is a wide survey of 10,000 respondents x 50 features (three
// single-digit answer columns each), the shape of bench/kano.sh's file.
func benchData(b *testing.B) []byte {
	var buf bytes.Buffer
	if err := gen.WriteSurveyCSV(&buf, 10000, 50, 1); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkScan reads every field's bytes.
func BenchmarkScan(b *testing.B) {
	data := benchData(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		s, _ := NewScanner(bytes.NewReader(data), Options{})
		n := 0
		for {
			rec, err := s.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			for i := 0; i < rec.Len(); i++ {
				n += len(rec.Field(i))
			}
		}
	}
}

// BenchmarkScanStrings converts every record to strings, as the survey
// reader's rows are.
func BenchmarkScanStrings(b *testing.B) {
	data := benchData(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var row []string
	for b.Loop() {
		s, _ := NewScanner(bytes.NewReader(data), Options{})
		for {
			rec, err := s.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			row = rec.Strings(row)
		}
	}
}

// BenchmarkEncodingCSV is the same read with encoding/csv.
func BenchmarkEncodingCSV(b *testing.B) {
	data := benchData(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
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
}

// BenchmarkCountLines is the practical limit: counting newlines, as wc -l does.
func BenchmarkCountLines(b *testing.B) {
	data := benchData(b)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		bytes.Count(data, []byte{'\n'})
	}
}
