package survey

import (
	"errors"
	"io/fs"
	"testing"
	"testing/fstest"
	"unicode/utf8"

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
	one := 1
	cfg := Config{SegmentBy: "segment", Catalog: testCatalog, Screening: NewScreening(&one, nil, kano.StandardTable)}
	_, err := Read(Source{FS: fsys, Path: name, Display: name, Mapping: m}, cfg, s)
	var de *diag.Error
	if err != nil && !errors.As(err, &de) {
		// Only input problems are expected from in-memory files.
		t.Fatalf("unexpected error kind: %v", err)
	}
	s.Analyze(kano.Options{MinN: 5})
	// Inspecting the same bytes never fails either, and its draft renders.
	in, err := Inspect(Source{FS: fsys, Path: name, Display: name, Mapping: m}, cfg)
	if err != nil {
		t.Fatalf("inspect: %v", err)
	}
	DraftMapping(in).YAML(nil)
}

// go test ./internal/survey -run XXX -fuzz FuzzReadCSV -fuzztime 2m
func FuzzReadCSV(f *testing.F) {
	full := exampleFile(f, "intralogistics", "surveys/kano-survey.csv")
	f.Add(full[:4000])
	f.Add([]byte("respondent;segment;a_functional;a_dysfunctional\nr1;B2B;1;5\nr2;B2C;I like it;\n"))
	f.Add([]byte("respondent,feature,functional,dysfunctional,segment\nr1,a,1,5,B2B\nr1,b,\"x\"\"y\",2,B2B\n"))
	f.Add([]byte("\ufeff\"unterminated,a_functional\n"))
	// The tools' header layouts: two rows (SurveyMonkey), three (Qualtrics), grids.
	f.Add([]byte("Respondent ID,Collector ID,Start Date,End Date,How would you feel if it had these?,,How would you feel if it had not these?,\n,,,,Live chat,Order tracking,Live chat,Order tracking\n1,2,x,y,I like it,I expect it,I dislike it,I dislike it\n"))
	f.Add([]byte("StartDate,ResponseId,Finished,Q1_1,Q2_1\nStart Date,Response ID,Finished,If it had - Live chat,If it had not - Live chat\n\"{\"\"ImportId\"\":\"\"startDate\"\"}\",\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",x,y,z\n2024,R_1,1,1,5\n"))
	f.Add([]byte("Timestamp;Wie fänden Sie es mit Sendungsverfolgung?;Wie fänden Sie es ohne Sendungsverfolgung?;x [Live chat]\n1;Das setze ich voraus;-99;NA\n"))
	f.Add([]byte("sep=;\r\n#;a;b\r\n1;2;3\r\n"))
	f.Add(utf16Bytes("ID\tStart time\tCompletion time\tlive chat?\tno live chat?\r\n1\tx\ty\t1\t5\r\n", true, true))
	f.Add(cp1252("Zeitstempel;Größe [Live chat];ohne Größe [Live chat]\n1;Das würde mich sehr stören;2\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "f.csv", data, nil) })
}

// FuzzDecode: any bytes decode to valid UTF-8 or give a DecodeError.
// go test ./internal/survey -run XXX -fuzz FuzzDecode -fuzztime 1m
func FuzzDecode(f *testing.F) {
	f.Add([]byte("a;b\n\xe4;1\n"))
	f.Add(utf16Bytes("a\tb\r\n", true, true))
	f.Add(utf16Bytes("a\tb\r\n", false, false))
	f.Add([]byte("\xef\xbb\xbfa,b\n\xc3"))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		got, _, err := decodeAll(t, data)
		var de *DecodeError
		if err != nil && !errors.As(err, &de) {
			t.Fatalf("unexpected error %v", err)
		}
		if !utf8.ValidString(got) {
			t.Fatalf("decoded text is not UTF-8: %q", got)
		}
	})
}

// FuzzMapping reads a fixed export with any mapping: a mapping is the
// analyst's input too, and its stems are patterns.
// go test ./internal/survey -run XXX -fuzz FuzzMapping -fuzztime 1m
func FuzzMapping(f *testing.F) {
	export := []byte("Response ID,How would you feel if it had these? [Live chat],How would you feel without these? [Live chat],K1[SQ001],Segment\n1,I like it,A5,3,B2B\n2,x,A1,,B2C\n")
	f.Add([]byte("questions:\n  - {stem: \"How * [*]\", question: functional}\nitems: {SQ001: live-chat}\nvalues: {A1: like, A5: dislike}\n"))
	f.Add([]byte("columns:\n  - {column: D, entry: live-chat, question: importance}\n  - {header: K1[SQ001], question: ignore}\nrespondent: A\nheader_rows: 2\n"))
	f.Add([]byte("questions:\n  - {stem: \"* * *\", entries: [live-chat, login]}\nmissing: [x]\nattributes: {Segment: segment}\n"))
	f.Fuzz(func(t *testing.T, mapping []byte) {
		m, probs := DecodeMapping("m.map.yaml", mapping)
		if len(probs) > 0 {
			return
		}
		fuzzRead(t, "f.csv", export, m)
	})
}

// go test ./internal/survey -run XXX -fuzz FuzzReadXLSX -fuzztime 2m
func FuzzReadXLSX(f *testing.F) {
	f.Add(xlsx(f, [][]any{{"respondent", "segment", "a_functional", "a_dysfunctional"}, {"r1", "B2B", 1, 5}}, "Sheet1"))
	f.Add(xlsx(f, [][]any{{"respondent", "feature", "functional", "dysfunctional"}, {"r1", "a", "I like it", "Dislike"}}, "Data"))
	f.Add([]byte("PK\x03\x04 not really a zip"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "f.xlsx", data, nil) })
}
