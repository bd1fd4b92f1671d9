package survey

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/third_party/excelize"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/kano"
)

func read(t *testing.T, name, content string, m *Mapping, cfg Config) (kano.Analysis, Stats, error) {
	t.Helper()
	fsys := fstest.MapFS{name: {Data: []byte(content)}}
	s := kano.NewSurvey()
	st, err := Read(Source{FS: fsys, Path: name, Display: name, Mapping: m}, cfg, s)
	return s.Analyze(kano.Options{}), st, err
}

func byID(a kano.Analysis) map[string]kano.FeatureResult {
	m := map[string]kano.FeatureResult{}
	for _, f := range a.Features {
		m[f.ID] = f
	}
	return m
}

func problems(t *testing.T, err error) []string {
	t.Helper()
	var de *diag.Error
	if !errors.As(err, &de) {
		t.Fatalf("want problems, got %v", err)
	}
	var out []string
	for _, p := range de.Problems {
		out = append(out, p.String())
	}
	return out
}

func TestLabelsNormalise(t *testing.T) {
	l := DefaultLabels()
	for text, want := range map[string]kano.Answer{
		"I like it":                               kano.Like,
		"I like it that way":                      kano.Like,
		"i LIKE it (that way)!":                   kano.Like,
		"It must be that way":                     kano.Expect,
		"I'm neutral":                             kano.Neutral,
		"Im neutral":                              kano.Neutral,
		"I can tolerate it":                       kano.LiveWith,
		"I dislike it that way.":                  kano.Dislike,
		"Das würde mich sehr freuen":              kano.Like,
		"Das wuerde mich sehr freuen":             kano.Like,
		"Das setze ich voraus":                    kano.Expect,
		"  das ist mir EGAL ":                     kano.Neutral,
		"Das nehme ich gerade noch hin":           kano.LiveWith,
		"Das könnte ich in Kauf nehmen":           kano.LiveWith,
		"Das könnte ich eventuell in Kauf nehmen": kano.LiveWith,
		"Das würde mich sehr stören":              kano.Dislike,
		"Das wuerde mich sehr stoeren":            kano.Dislike,
	} {
		if got, ok := l[Normalize(text)]; !ok || got != want {
			t.Errorf("%q -> %v (found %v), want %v", text, got, ok, want)
		}
	}
}

func TestLabelsAreUnambiguous(t *testing.T) {
	seen := map[string]kano.Answer{}
	for _, a := range kano.Answers {
		for _, wording := range text.KanoAnswerWordings(a) {
			for _, v := range expandOptional(wording) {
				n := Normalize(v)
				if prev, ok := seen[n]; ok && prev != a {
					t.Errorf("%q means both %v and %v", n, prev, a)
				}
				seen[n] = a
			}
		}
	}
}

func TestImportance(t *testing.T) {
	for cell, want := range map[string]int{"": 0, "7": 7, "9 - Extremely important": 9, "1 – not at all": 1, "5.0": 5, " 3 ": 3} {
		if got, ok := importance(cell); !ok || got != want {
			t.Errorf("importance(%q) = %d, %v", cell, got, ok)
		}
	}
	for _, cell := range []string{"10", "0", "high", "7x", "7.5"} {
		if _, ok := importance(cell); ok {
			t.Errorf("importance(%q) accepted", cell)
		}
	}
}

// A wide CSV with a BOM, semicolons, the dysfunctional column first, blanks and labels.
func TestWideCSV(t *testing.T) {
	csv := "\ufeffrespondent;segment;portal_dysfunctional;portal_functional;portal_importance;chat_functional;chat_dysfunctional\n" +
		"r1;B2B;5;3;9;1;3\n" + // portal M (neutral/dislike), chat A
		"r2;B2B;dislike;I expect it;8;I like it;I am neutral\n" + // portal M, chat A
		"r3;B2C;;1;;1;5\n" + // portal blank dysfunctional: missing; chat O
		";;;;;;\n" // an empty row is skipped
	a, st, err := read(t, "s.csv", csv, nil, Config{SegmentBy: "segment"})
	if err != nil {
		t.Fatal(err)
	}
	if st.Respondents != 3 || st.Layout != "wide" || st.Blank != 1 || st.Answers != 11 {
		t.Errorf("stats %+v", st)
	}
	f := byID(a)
	if p := f["portal"]; p.Counts.M != 2 || p.N != 2 || p.Missing != 1 || p.Continuous.ImportanceN != 2 {
		t.Errorf("portal %+v", p.Result)
	}
	if c := f["chat"]; c.Counts.A != 2 || c.Counts.O != 1 {
		t.Errorf("chat %+v", c.Counts)
	}
	if a.Respondents != 3 || len(a.Segments) != 2 || a.Segments[0].Respondents != 2 {
		t.Errorf("segments %+v", a.Segments)
	}
}

func TestCommaCSVAndLongLayout(t *testing.T) {
	csv := "respondent,feature,functional,dysfunctional,importance,persona\n" +
		"r1,portal,1,5,7,buyer\n" +
		"r1,chat,1,3,,buyer\n" +
		"r2,portal,\"I like it, that way\",5,8,owner\n"
	a, st, err := read(t, "long.csv", csv, nil, Config{SegmentBy: "persona"})
	if err != nil {
		t.Fatal(err)
	}
	if st.Layout != "long" || st.Respondents != 2 {
		t.Errorf("stats %+v", st)
	}
	f := byID(a)
	if f["portal"].Counts.O != 2 || f["chat"].Counts.A != 1 {
		t.Errorf("portal %+v chat %+v", f["portal"].Counts, f["chat"].Counts)
	}
	if len(a.Segments) != 2 || a.Segments[0].Value != "buyer" || a.Segments[0].Respondents != 1 {
		t.Errorf("segments %+v", a.Segments)
	}
}

func TestMappingWithDislikeFirstCodesAndExtraLabels(t *testing.T) {
	m, probs := DecodeMapping("s.map.yaml", []byte(`respondent: Response ID
codes: dislike-first
attributes:
  Customer type: segment
columns:
  - {header: "How would you feel if there were NO portal?", entry: portal, question: dysfunctional}
  - {header: "How would you feel if there were a portal?", entry: portal, question: functional}
labels:
  like: ["Me encanta"]
`))
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	csv := "Response ID,Customer type,How would you feel if there were a portal?,How would you feel if there were NO portal?\n" +
		"7,B2B,5,1\n" + // dislike-first: 5 = like, 1 = dislike -> O
		"8,B2C,Me encanta,3\n" // like / neutral -> A
	a, _, err := read(t, "s.csv", csv, m, Config{SegmentBy: "segment", Catalog: ids("portal")})
	if err != nil {
		t.Fatal(err)
	}
	p := byID(a)["portal"]
	if p.Counts.O != 1 || p.Counts.A != 1 || len(a.Segments) != 2 {
		t.Errorf("portal %+v segments %+v", p.Counts, a.Segments)
	}
}

func TestMappingProblems(t *testing.T) {
	_, probs := DecodeMapping("m.map.yaml", []byte("codes: five-first\ncolumns:\n  - {header: a, entry: x, question: functionl}\n  - {header: a, entry: x, question: dysfunctional}\nlabels:\n  likes: [x]\n"))
	got := fmt.Sprint(probs)
	for _, want := range []string{`unknown code order "five-first"`, `unknown question kind "functionl"`, `header "a" is mapped twice`, `unknown answer "likes" under labels; did you mean "like"?`} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in %s", want, got)
		}
	}
}

// Twenty bad cells are all reported, each at its row and column.
func TestTwentyBadCellsAllReported(t *testing.T) {
	var b strings.Builder
	b.WriteString("respondent,a_functional,a_dysfunctional\n")
	for i := 1; i <= 20; i++ {
		fmt.Fprintf(&b, "r%d,maybe %d,1\n", i, i)
	}
	_, _, err := read(t, "bad.csv", b.String(), nil, Config{})
	ps := problems(t, err)
	if len(ps) != 20 {
		t.Fatalf("%d problems, want 20:\n%s", len(ps), strings.Join(ps, "\n"))
	}
	if !strings.HasPrefix(ps[0], `bad.csv:2:2: unknown answer "maybe 1" (column B "a_functional"); use 1-5`) {
		t.Errorf("first problem %q", ps[0])
	}
	if !strings.HasPrefix(ps[19], `bad.csv:21:2:`) {
		t.Errorf("last problem %q", ps[19])
	}
}

func TestHeaderProblems(t *testing.T) {
	_, _, err := read(t, "h.csv", "respondent,segment,a_functional,b_functional,b_dysfunctional,ghost_functional,ghost_dysfunctional\nr1,B2B,1,1,1,1,1\n", nil,
		Config{SegmentBy: "country", Catalog: ids("a", "b", "gost")})
	ps := problems(t, err)
	if len(ps) != 3 {
		t.Errorf("want 3 problems, one per mistake:\n%s", strings.Join(ps, "\n"))
	}
	got := strings.Join(ps, "\n")
	for _, want := range []string{
		`h.csv:1:1: segment column "country" not found; columns that can be segments: "segment"`,
		`h.csv:1:3: column C "a_functional": entry "a" has a functional question but no dysfunctional one; add a column "a_dysfunctional"`,
		`h.csv:1:6: column F "ghost_functional": names unknown catalog entry "ghost"; did you mean "gost"?`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
}

func TestYAMLAnswers(t *testing.T) {
	y := `respondents:
  - id: r1
    attributes: {segment: B2B}
    answers:
      portal: {functional: 1, dysfunctional: 5, importance: 9}
      chat: {functional: I like it, dysfunctional: I am neutral}
  - id: r2
    attributes: {segment: B2C}
    answers:
      portal: {functional: 2, dysfunctional: banana}
`
	_, _, err := read(t, "w.yaml", y, nil, Config{SegmentBy: "segment"})
	ps := problems(t, err)
	if len(ps) != 1 || !strings.HasPrefix(ps[0], `w.yaml:10:46: unknown dysfunctional answer "banana"`) {
		t.Fatalf("got %v", ps)
	}
	a, st, err := read(t, "w.yaml", strings.Replace(y, "banana", "5", 1), nil, Config{SegmentBy: "segment"})
	if err != nil {
		t.Fatal(err)
	}
	if st.Respondents != 2 || byID(a)["portal"].Counts.O != 1 || byID(a)["portal"].Counts.M != 1 || byID(a)["chat"].Counts.A != 1 {
		t.Errorf("stats %+v", st)
	}
}

func xlsx(t testing.TB, rows [][]any, sheet string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if sheet != "Sheet1" {
		f.SetSheetName("Sheet1", sheet)
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(sheet, cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestXLSXNamedSheetAndCellRefs(t *testing.T) {
	data := xlsx(t, [][]any{
		{"respondent", "segment", "portal_functional", "portal_dysfunctional", "portal_importance"},
		{"r1", "B2B", 1, 5, "9 - Extremely important"},
		{"r2", "B2C", "Das würde mich sehr freuen", "Das ist mir egal", 4},
		{"r3", "B2C", "vielleicht", 5, 3},
	}, "Answers")
	fsys := fstest.MapFS{"s.xlsx": {Data: data}}
	s := kano.NewSurvey()
	_, err := Read(Source{FS: fsys, Path: "s.xlsx", Display: "s.xlsx", Sheet: "Answers"}, Config{SegmentBy: "segment"}, s)
	ps := problems(t, err)
	if len(ps) != 1 || !strings.HasPrefix(ps[0], `s.xlsx:4:3: unknown answer "vielleicht" (cell C4, column "portal_functional")`) {
		t.Fatalf("got %v", ps)
	}
	_, err = Read(Source{FS: fsys, Path: "s.xlsx", Display: "s.xlsx", Sheet: "Nope"}, Config{}, kano.NewSurvey())
	if ps := problems(t, err); !strings.Contains(ps[0], `sheet "Nope" not found; sheets in this workbook: "Answers"`) {
		t.Errorf("got %v", ps)
	}
}

func TestUnknownFileType(t *testing.T) {
	_, _, err := read(t, "s.ods", "x", nil, Config{})
	if ps := problems(t, err); !strings.Contains(ps[0], "unknown survey file type") {
		t.Errorf("got %v", ps)
	}
}

// A workbook whose zip headers declare sizes no real export has is refused
// before excelize allocates memory for them (found by FuzzReadXLSX).
func TestZipBombRefused(t *testing.T) {
	for _, c := range []struct {
		name              string
		declared, payload uint64
		wantMsg           string
	}{
		{"docProps/app.xml", 3 << 30, 0, "declares"},
		{"xl/worksheets/_rels/sheet1.xml.rels", 200 << 20, 0, "declares"},
		{"xl/worksheets/sheet1.xml", 3 << 30, 1 << 30, "claims more data than the file holds"},
	} {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, err := zw.CreateRaw(&zip.FileHeader{Name: c.name, Method: zip.Store, UncompressedSize64: c.declared, CompressedSize64: c.payload})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(make([]byte, min(c.payload, 16)))
		zw.Close()
		if err := checkZip(buf.Bytes()); err == nil || !strings.Contains(err.Error(), c.wantMsg) {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

// ids is a catalog of entries known by their ids only.
func ids(list ...string) []CatalogEntry {
	out := make([]CatalogEntry, len(list))
	for i, id := range list {
		out[i] = CatalogEntry{ID: id, Name: id}
	}
	return out
}

func mapFS(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, content := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(content)}
	}
	return fsys
}

// German Excel writes a spreadsheet number 7 as "7,0": a whole importance,
// as "7.0" is. A real fraction is no 1-9 rating in either notation.
func TestImportanceDecimalComma(t *testing.T) {
	for cell, want := range map[string]int{"7,0": 7, "9,00": 9, " 1,0 ": 1} {
		if got, ok := importance(cell); !ok || got != want {
			t.Errorf("importance(%q) = %d, %v; want %d", cell, got, ok, want)
		}
	}
	for _, cell := range []string{"7,5", "7,", "7,0x", "10,0", "0,0"} {
		if n, ok := importance(cell); ok {
			t.Errorf("importance(%q) accepted as %d", cell, n)
		}
	}
}

// The importance column of a German Excel CSV holds "7,0"-style numbers:
// read, not ignored.
func TestImportanceDecimalCommaColumn(t *testing.T) {
	csv := "respondent;portal_functional;portal_dysfunctional;portal_importance\n" +
		"r1;1;5;7,0\nr2;1;5;3,0\nr3;1;5;9,0\nr4;1;5;2,0\nr5;1;5;\nr6;1;5;6,0\nr7;1;5;8,0\n"
	a, _, err := read(t, "de.csv", csv, nil, Config{})
	if err != nil {
		t.Fatal(err)
	}
	// (7 + 3 + 9 + 2 + 6 + 8) / 6 = 35 / 6 = 5.8333, r5 blank.
	p := byID(a)["portal"]
	if p.Continuous.ImportanceN != 6 || math.Abs(p.Continuous.ImportanceMean-35.0/6) > 1e-9 {
		t.Errorf("importance n %d mean %v, want 6 and 5.8333", p.Continuous.ImportanceN, p.Continuous.ImportanceMean)
	}
}
