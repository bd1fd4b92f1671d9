package survey

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/kano"
)

// limeCoded is a LimeSurvey export with question codes and answer codes
// (trial 6's M1): KT is "business or private customer?" coded A1/A2, K1
// and K2 the functional and dysfunctional matrices, K3 the importance
// matrix (1-9), SQ001 = live-chat and SQ002 = order-tracking.
//
//	     KT  K1 SQ001 SQ002  K2 SQ001 SQ002  K3 SQ001 SQ002
//	R1   A1      like expect     dislike dislike     9 7
//	R2   A2    expect like       dislike neutral     8 6
//	R3   A1   neutral like       neutral live-with   1 2
//	R4   A2      like like       neutral neutral     5 3
//
// Standard table: live-chat R1 like/dislike O, R2 expect/dislike M, R3
// neutral/neutral I, R4 like/neutral A; order-tracking R1 expect/dislike
// M, R2-R4 like/(neutral, live-with, neutral) A. Importance: live-chat
// (9+8+1+5)/4 = 5.75, order-tracking (7+6+2+3)/4 = 4.5.
var limeCoded = csvRows(";",
	[]string{"id", "submitdate", "lastpage", "startlanguage", "seed", "KT", "K1[SQ001]", "K1[SQ002]", "K2[SQ001]", "K2[SQ002]", "K3[SQ001]", "K3[SQ002]"},
	[]string{"1", "2026-10-05 08:05:00", "4", "de", "11", "A1", "A1", "A2", "A5", "A5", "9", "7"},
	[]string{"2", "2026-10-05 08:15:00", "4", "de", "12", "A2", "A2", "A1", "A5", "A3", "8", "6"},
	[]string{"3", "2026-10-05 08:25:00", "4", "de", "13", "A1", "A3", "A1", "A3", "A4", "1", "2"},
	[]string{"4", "2026-10-05 08:35:00", "4", "de", "14", "A2", "A1", "A1", "A3", "A3", "5", "3"},
)

const limeCodedMapping = `values: {A1: like, A2: expect, A3: neutral, A4: live-with, A5: dislike}
items: {SQ001: live-chat, SQ002: order-tracking}
questions:
  - {stem: K1, question: functional}
  - {stem: K2, question: dysfunctional}
  - {stem: K3, question: importance}
`

// An explicit attributes: line, or --segment-by, wins over the guess that
// a column of A1/A2 codes holds Kano answers: KT is the segment.
func TestCodedSegmentQuestionIsTheSegment(t *testing.T) {
	cfg := Config{Catalog: testCatalog, SegmentBy: "segment", Segments: []string{"B2B", "B2C"}}
	mapping := limeCodedMapping + "attributes: {KT: segment}\nsegments: {A1: B2B, A2: B2C}\n"
	for name, run := range map[string]struct {
		mapping string
		cfg     Config
	}{
		"attributes line": {mapping, cfg},
		// Without the K3 line its sub-questions name the entries (items:)
		// and hold 1 to 9: importance, not a second functional question.
		"K3 read by its values": {strings.Replace(mapping, "  - {stem: K3, question: importance}\n", "", 1), cfg},
		"--segment-by KT":       {limeCodedMapping + "segments: {A1: B2B, A2: B2C}\n", Config{Catalog: testCatalog, SegmentBy: "KT", Segments: []string{"B2B", "B2C"}}},
	} {
		m, probs := DecodeMapping("m.map.yaml", []byte(run.mapping))
		if len(probs) > 0 {
			t.Fatal(probs)
		}
		s := kano.NewSurvey()
		st, err := Read(Source{FS: fstest.MapFS{"l.csv": {Data: limeCoded}}, Path: "l.csv", Display: "l.csv", Mapping: m}, run.cfg, s)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		feats := byID(s.Analyze(kano.Options{}))
		if st.Respondents != 4 || feats["live-chat"].Counts != (kano.Counts{O: 1, M: 1, I: 1, A: 1}) || feats["order-tracking"].Counts != (kano.Counts{M: 1, A: 3}) {
			t.Errorf("%s: %d respondents, %+v", name, st.Respondents, feats)
		}
		// B2B = R1, R3; B2C = R2, R4.
		lc := feats["live-chat"].Segments
		if lc["B2B"].Counts != (kano.Counts{O: 1, I: 1}) || lc["B2C"].Counts != (kano.Counts{M: 1, A: 1}) {
			t.Errorf("%s: live-chat segments %+v", name, lc)
		}
		if ot := feats["order-tracking"].Segments; ot["B2B"].Counts != (kano.Counts{M: 1, A: 1}) || ot["B2C"].Counts != (kano.Counts{A: 2}) {
			t.Errorf("%s: order-tracking segments %+v", name, ot)
		}
		if got := feats["live-chat"].Continuous.ImportanceMean; got != 5.75 {
			t.Errorf("%s: live-chat importance %v, want 5.75", name, got)
		}
		if got := feats["order-tracking"].Continuous.ImportanceMean; got != 4.5 {
			t.Errorf("%s: order-tracking importance %v, want 4.5", name, got)
		}
	}
}

// An attributes: line naming a column that another line ignores says so,
// once: not "did you mean" the very name, nor "segment column not found".
func TestAttributeLineOnAnIgnoredColumn(t *testing.T) {
	cfg := Config{Catalog: testCatalog, SegmentBy: "segment", Segments: []string{"B2B", "B2C"}}
	m, probs := DecodeMapping("m.map.yaml", []byte(limeCodedMapping+"attributes: {KT: segment}\nsegments: {A1: B2B, A2: B2C}\ncolumns:\n  - {column: F, question: ignore}\n"))
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	_, _, err := read(t, "l.csv", string(limeCoded), m, cfg)
	got := strings.Join(problems(t, err), "\n")
	want := `m.map.yaml:7:14: attribute column "KT" is column F "KT", which is read as ignored (mapping line 10: ignore), not as an attribute; remove the line that makes it ignored; an attributes: line is all a segment or attribute column needs`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// dsc survey map on the coded export without a mapping: KT, one column
// without sub-questions, is offered as the segment (with its codes to
// name), not as a Kano stem; the 1-9 matrix K3 is drafted as a question.
func TestDraftOfCodedExport(t *testing.T) {
	in, err := Inspect(Source{FS: fstest.MapFS{"l.csv": {Data: limeCoded}}, Path: "l.csv", Display: "l.csv"},
		Config{Catalog: testCatalog, SegmentBy: "segment", Segments: []string{"B2B", "B2C"}})
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range DraftMapping(in).Lines {
		lines = append(lines, l.Section+": "+l.Line)
	}
	wantLines := []string{
		`values: values: {"A1": "", "A2": "", "A3": "", "A4": "", "A5": ""}`,
		`items: items: {"SQ001": "", "SQ002": ""}`,
		`attributes: "KT": "segment"`,
		`segments: segments: {"A1": "", "A2": ""}`,
		`questions: - {stem: "K1", question: ""}`,
		`questions: - {stem: "K2", question: ""}`,
		`questions: - {stem: "K3", question: ""}`,
	}
	if strings.Join(lines, "\n") != strings.Join(wantLines, "\n") {
		t.Errorf("draft:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(wantLines, "\n"))
	}
	// Filled in as the draft asks, it reads.
	filled := `values: {"A1": like, "A2": expect, "A3": neutral, "A4": live-with, "A5": dislike}
items: {"SQ001": live-chat, "SQ002": order-tracking}
attributes:
  "KT": "segment"
segments: {"A1": B2B, "A2": B2C}
questions:
  - {stem: "K1", question: functional}
  - {stem: "K2", question: dysfunctional}
  - {stem: "K3", question: importance}
`
	feats, st, err := readWith(t, "l.csv", limeCoded, filled, Config{Catalog: testCatalog, SegmentBy: "segment", Segments: []string{"B2B", "B2C"}})
	check(t, feats, st, err, want{LimeSurvey, 1, `A "id"`, 4, map[string]kano.Counts{"live-chat": {O: 1, M: 1, I: 1, A: 1}, "order-tracking": {M: 1, A: 3}}})
	if feats["live-chat"].Segments["B2C"].Counts != (kano.Counts{M: 1, A: 1}) {
		t.Errorf("live-chat B2C %+v", feats["live-chat"].Segments["B2C"].Counts)
	}
	// A draft's attribute still "" is refused.
	if _, probs := DecodeMapping("m.map.yaml", []byte(`attributes: {"KT": ""}`+"\n")); len(probs) != 1 || !strings.Contains(probs[0].Msg, `attribute "KT" is still ""`) {
		t.Errorf("blank attribute: %v", probs)
	}
}
