package survey

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/kano"
)

// TestSegmentColumnIsAnID: a segment column with more values than
// kano.DefaultMaxSegments stops with one message at the first value too
// many, whatever the layout.
func TestSegmentColumnIsAnID(t *testing.T) {
	n := kano.DefaultMaxSegments + 5
	var wide, long strings.Builder
	wide.WriteString("respondent,segment,a_functional,a_dysfunctional\n")
	long.WriteString("respondent,feature,functional,dysfunctional,segment\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&wide, "r%d,id-%d,1,5\n", i, i)
		fmt.Fprintf(&long, "r%d,a,1,5,id-%d\n", i, i)
	}
	for name, data := range map[string]string{"wide.csv": wide.String(), "long.csv": long.String()} {
		s := kano.NewSurvey()
		_, err := Read(Source{FS: fstest.MapFS{name: {Data: []byte(data)}}, Path: name, Display: name}, Config{SegmentBy: "segment"}, s)
		var de *diag.Error
		if !errors.As(err, &de) || len(de.Problems) != 1 {
			t.Fatalf("%s: got %v", name, err)
		}
		p := de.Problems[0]
		// The header is line 1, respondent i on line i+1: the 1,001st value on line 1,002.
		col := map[string]int{"wide.csv": 2, "long.csv": 5}[name]
		if p.Line != kano.DefaultMaxSegments+2 || p.Col != col || !strings.Contains(p.Msg, "that column is an id, not a segment") {
			t.Errorf("%s: %+v", name, p)
		}
		if len(s.SegmentValues()) != kano.DefaultMaxSegments {
			t.Errorf("%s: %d segments kept", name, len(s.SegmentValues()))
		}
	}
}

// Segment values must be dsc.yaml's segment ids: "b2b" next to "B2B" would
// split a segment in silence. Each unknown value is one error at its first
// cell, with the id it most likely means and how many more cells hold it.
func TestSegmentValuesAreSegmentIDs(t *testing.T) {
	cfg := Config{SegmentBy: "segment", Segments: []string{"B2B", "B2C"}}
	csv := "respondent,segment,a_functional,a_dysfunctional\nr1,B2B,1,5\nr2,b2b,1,5\nr3,B2C,2,5\nr4,b2b ,3,3\nr5,Retail,1,1\n"
	_, _, err := read(t, "s.csv", csv, nil, cfg)
	ps := problems(t, err)
	if len(ps) != 2 || !strings.HasPrefix(ps[0], `s.csv:3:2: segment "b2b" is not a segment id of dsc.yaml (segment column "segment"), and 1 more cell with it; did you mean "B2B"? the segments are B2B, B2C;`) ||
		!strings.HasPrefix(ps[1], `s.csv:6:2: segment "Retail" is not a segment id of dsc.yaml (segment column "segment"); the segments are B2B, B2C; if the survey words them its own way`) {
		t.Errorf("got %v", ps)
	}
	// YAML: at the attribute's line and column.
	y := "respondents:\n  - id: r1\n    attributes: {segment: B2B}\n    answers: {a: {functional: 1, dysfunctional: 5}}\n" +
		"  - id: r2\n    attributes:\n      segment: b2b\n    answers: {a: {functional: 1, dysfunctional: 5}}\n"
	_, _, err = read(t, "w.yaml", y, nil, cfg)
	if ps := problems(t, err); len(ps) != 1 || !strings.HasPrefix(ps[0], `w.yaml:7:7: segment "b2b" is not a segment id of dsc.yaml (segment column "segment"); did you mean "B2B"?`) {
		t.Errorf("got %v", ps)
	}
	// Without segments in dsc.yaml, any value is a segment.
	if _, _, err := read(t, "s.csv", csv, nil, Config{SegmentBy: "segment"}); err != nil {
		t.Error(err)
	}
}

// A survey tool's wording of the segment is mapped to ids with the
// mapping's segments: line; a target that is no id is an error at the
// mapping's line.
func TestSegmentLabelsMapped(t *testing.T) {
	cfg := Config{Catalog: testCatalog, SegmentBy: "Which best describes you?", Segments: []string{"B2B", "B2C"}}
	h := "Timestamp,Which best describes you?,How would you feel if it had live chat?,How would you feel if it had no live chat?\n"
	data := []byte(h + "2024/03/04 9:12:05 AM GMT+1,Private customer,I like it,I dislike it\n" +
		"2024/03/04 9:13:05 AM GMT+1,Trade customer (workshop or fleet),I expect it,I dislike it\n" +
		"2024/03/04 9:14:05 AM GMT+1,private customer ,I like it,I am neutral\n")
	m := "segments: {\"Private customer\": B2C, \"Trade customer (workshop or fleet)\": B2B}\n"
	fsys := fstest.MapFS{"g.csv": {Data: data}}
	mp, probs := DecodeMapping("g.map.yaml", []byte(m))
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	s := kano.NewSurvey()
	if _, err := Read(Source{FS: fsys, Path: "g.csv", Display: "g.csv", Mapping: mp}, cfg, s); err != nil {
		t.Fatal(err)
	}
	// B2C: rows 2 and 4 (the label matched ignoring case and spaces); B2B: row 3.
	a := s.Analyze(kano.Options{})
	if len(a.Segments) != 2 || a.Segments[0].Value != "B2B" || a.Segments[0].Respondents != 1 || a.Segments[1].Value != "B2C" || a.Segments[1].Respondents != 2 {
		t.Errorf("segments %+v", a.Segments)
	}
	mp, _ = DecodeMapping("g.map.yaml", []byte("segments:\n  Private customer: b2c\n  Trade customer (workshop or fleet): B2B\n"))
	_, err := Read(Source{FS: fsys, Path: "g.csv", Display: "g.csv", Mapping: mp}, cfg, kano.NewSurvey())
	ps := problems(t, err)
	if len(ps) != 1 || !strings.HasPrefix(ps[0], `g.map.yaml:2:3: "b2c" is not a segment of dsc.yaml; did you mean "B2C"?`) {
		t.Errorf("got %v", ps)
	}
}

// A missing segment column does not hide the file's other problems, and
// its hint lists only the columns that can be segments: not the Kano answer
// columns no entry matched, which inspect shows as answers too.
func TestSegmentMissingWithOtherProblems(t *testing.T) {
	data, err := os.ReadFile("testdata/exports/google-forms/kano-grids.csv")
	if err != nil {
		t.Fatal(err)
	}
	// A catalog that names none of the export's features (the starter's).
	cfg := Config{Catalog: []CatalogEntry{{ID: "online-shop", Name: "Online shop"}}, SegmentBy: "segment"}
	_, _, err = read(t, "g.csv", string(data), nil, cfg)
	ps := problems(t, err)
	if len(ps) < 2 || !strings.HasPrefix(ps[0], `g.csv:1:1: segment column "segment" not found; columns that can be segments: "Timestamp", "Email address", "Which best describes you?";`) ||
		!strings.Contains(strings.Join(ps, "\n"), "holds Kano answers") {
		t.Errorf("got %d problems:\n%s", len(ps), strings.Join(ps, "\n"))
	}
	in, err := Inspect(Source{FS: fstest.MapFS{"g.csv": {Data: data}}, Path: "g.csv", Display: "g.csv"}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if c := in.Columns[3]; c.Kind != KindAnswer || !strings.HasPrefix(c.By, "holds Kano answers") || c.Decision == "" {
		t.Errorf("column D: %+v", c)
	}
	if len(in.Problems) != len(ps) || slicesContain(in.Attributes, in.Columns[3].Attribute) {
		t.Errorf("inspect: %d problems (validate %d), attributes %v", len(in.Problems), len(ps), in.Attributes)
	}
}

func slicesContain(list []string, s string) bool {
	for _, x := range list {
		if x == s && s != "" {
			return true
		}
	}
	return false
}

// An unknown answer names its column by letter and its header in full, the
// grid row included, and suggests the wording a typo means.
func TestUnknownAnswerNamesColumnAndSuggests(t *testing.T) {
	data, err := os.ReadFile("testdata/exports/google-forms/kano-grids.csv")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitN(string(data), "\n", 3)
	lines[1] = strings.Replace(lines[1], `"I like it"`, `"I liek it"`, 1)
	_, _, err = read(t, "g.csv", strings.Join(lines, "\n"), nil, Config{Catalog: []CatalogEntry{
		{ID: "order-tracking", Name: "Order tracking"}, {ID: "click-and-collect", Name: "Click and collect"}, {ID: "part-finder", Name: "Part finder"},
		{ID: "live-chat", Name: "Live chat"}, {ID: "net-prices", Name: "Customer-specific net prices"}}})
	ps := problems(t, err)
	want := `g.csv:2:5: unknown answer "I liek it" (column E "How would you feel if our web shop had the following features? [Click and collect]"); did you mean "I like it"?`
	if len(ps) != 1 || !strings.HasPrefix(ps[0], want) {
		t.Errorf("got %v\nwant %s", ps, want)
	}
}

// A deleted header row is one message, not one per column or row: Google
// Forms without row 1, Qualtrics without its question texts (row 2),
// SurveyMonkey without its questions (row 1).
func TestMissingHeaderRow(t *testing.T) {
	for _, c := range []struct {
		file string
		drop int // the line to delete
		want string
	}{
		{"google-forms/kano-grids.csv", 1, `x.csv:1:1: the header row is missing: row 1 already holds a response (10 Kano answers and a timestamp)`},
		{"typeform/kano.csv", 1, `x.csv:1:1: the header row is missing: row 1 already holds a response`},
		{"qualtrics/kano-choice-text.csv", 2, `x.csv:2:1: the header row of question texts is missing`},
		{"surveymonkey/kano.csv", 1, `x.csv:1:1: the header row is missing: row 1 is SurveyMonkey's second header row`},
	} {
		data, err := os.ReadFile("testdata/exports/" + c.file)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.SplitAfter(string(data), "\n")
		lines = append(lines[:c.drop-1], lines[c.drop:]...)
		_, _, err = read(t, "x.csv", strings.Join(lines, ""), nil, Config{Catalog: testCatalog})
		if ps := problems(t, err); len(ps) != 1 || !strings.HasPrefix(ps[0], c.want) {
			t.Errorf("%s without line %d: %d problems\n%s", c.file, c.drop, len(ps), strings.Join(ps, "\n"))
		}
	}
}

// A catalog entry whose names could not be read (a misspelt name: key,
// reported in catalog.yaml) matches no column; the columns about it are not
// reported again (trial 6, M7). With Live chat's name readable but absent
// from the catalog, its two columns are reported: the check still runs.
func TestUnreadCatalogEntryIsNotReportedAgain(t *testing.T) {
	data, err := os.ReadFile("testdata/exports/google-forms/kano-grids.csv")
	if err != nil {
		t.Fatal(err)
	}
	catalog := []CatalogEntry{{ID: "order-tracking", Name: "Order tracking"}, {ID: "click-and-collect", Name: "Click and collect"},
		{ID: "part-finder", Name: "Part finder"}, {ID: "net-prices", Name: "Customer-specific net prices"}}
	_, _, err = read(t, "g.csv", string(data), nil, Config{Catalog: catalog})
	if ps := problems(t, err); len(ps) != 2 || !strings.Contains(ps[0], "[Live chat]\" holds Kano answers") {
		t.Errorf("without Live chat: %d problems %v, want its two columns", len(ps), ps)
	}
	catalog = append(catalog, CatalogEntry{ID: "live-chat", Unread: true})
	if _, st, err := read(t, "g.csv", string(data), nil, Config{Catalog: catalog}); err != nil || st.Respondents == 0 {
		t.Errorf("with Live chat unread: %v (%d respondents)", err, st.Respondents)
	}
}
