package survey

import (
	"errors"
	"io/fs"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/examples"
	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/kano"
)

func exampleFile(f *testing.F, example, path string) []byte {
	fsys, err := examples.FS(example)
	if err != nil {
		f.Fatal(err)
	}
	b, err := fs.ReadFile(fsys, path)
	if err != nil {
		f.Fatal(err)
	}
	return b
}

// fuzzRead reads data as file name and checks that the result is a result
// or a list of problems, never a panic.
func fuzzRead(t *testing.T, name string, data []byte, m *Mapping) {
	fsys := fstest.MapFS{name: {Data: data}}
	s := kano.NewSurvey()
	_, err := Read(Source{FS: fsys, Path: name, Display: name, Mapping: m}, Config{SegmentBy: "segment"}, s)
	var de *diag.Error
	if err != nil && !errors.As(err, &de) {
		// Only input problems are expected from in-memory files.
		t.Fatalf("unexpected error kind: %v", err)
	}
	s.Analyze(kano.Options{MinN: 5})
}

// go test ./internal/survey -run XXX -fuzz FuzzReadCSV -fuzztime 2m
func FuzzReadCSV(f *testing.F) {
	full := exampleFile(f, "intralogistics", "surveys/kano-survey.csv")
	f.Add(full[:4000])
	f.Add([]byte("respondent;segment;a_functional;a_dysfunctional\nr1;B2B;1;5\nr2;B2C;I like it;\n"))
	f.Add([]byte("respondent,feature,functional,dysfunctional,segment\nr1,a,1,5,B2B\nr1,b,\"x\"\"y\",2,B2B\n"))
	f.Add([]byte("\ufeff\"unterminated,a_functional\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "f.csv", data, nil) })
}

// go test ./internal/survey -run XXX -fuzz FuzzReadXLSX -fuzztime 2m
func FuzzReadXLSX(f *testing.F) {
	f.Add(xlsx(f, [][]any{{"respondent", "segment", "a_functional", "a_dysfunctional"}, {"r1", "B2B", 1, 5}}, "Sheet1"))
	f.Add(xlsx(f, [][]any{{"respondent", "feature", "functional", "dysfunctional"}, {"r1", "a", "I like it", "Dislike"}}, "Data"))
	f.Add([]byte("PK\x03\x04 not really a zip"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "f.xlsx", data, nil) })
}
