package survey

import (
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/kano"
)

func TestWordsAndCues(t *testing.T) {
	for text, want := range map[string]string{
		"Live-Chat (24/7)?":                    "live chat 24 7",
		"Si votre lit disposait d'une analyse": "si votre lit disposait d une analyse",
		"How would you feel if it didn't?":     "how would you feel if it didnt",
		"Wie fänden Sie „Größe“?":              "wie faenden sie groesse",
	} {
		if got := strings.Join(words(text), " "); got != want {
			t.Errorf("words(%q) = %q, want %q", text, got, want)
		}
	}
	m := newMatcher(testCatalog)
	for _, c := range []struct {
		text, entry, question string
	}{
		{"How would you feel if the shop offered live chat?", "live-chat", Functional},
		{"How would you feel if the shop did NOT offer live chat?", "live-chat", Dysfunctional},
		{"How would you feel if there were no live chats?", "live-chat", Dysfunctional},
		{"How would you feel if you couldn't chat with an expert?", "live-chat", Dysfunctional},
		{"Wie fänden Sie es, wenn es keine Sendungsverfolgung gäbe?", "order-tracking", Dysfunctional},
		{"Wie fänden Sie es, wenn Sie ohne Sendungsverfolgung bestellen?", "order-tracking", Dysfunctional},
		{"Si votre commande n'avait pas de suivi (track my order) ?", "order-tracking", Dysfunctional},
		{"Wie wichtig ist Ihnen die Sendungsverfolgung?", "order-tracking", Importance},
		{"How important is social login to you? (1 = not important)", "social-login", Importance},
		// The longer name wins over "Login" inside it.
		{"How would you feel about social login?", "social-login", Functional},
		// The entry's own "without" does not negate its functional question.
		{"How would you feel if you could use checkout without an account?", "guest-checkout", Functional},
		{"How would you feel if you could not use checkout without an account?", "guest-checkout", Dysfunctional},
	} {
		ws := words(c.text)
		entries, spans := m.find(ws)
		cu := questionCue(ws, spans)
		if len(entries) != 1 || entries[0] != c.entry || cu.question != c.question {
			t.Errorf("%q: entries %v, %s; want %s, %s", c.text, entries, cu.question, c.entry, c.question)
		}
	}
	if entries, _ := m.find(words("Live chat or order tracking?")); len(entries) != 2 {
		t.Errorf("two entries named: %v", entries)
	}
}

func TestStemPatterns(t *testing.T) {
	for _, c := range []struct {
		stem, text, captured string
		ok                   bool
	}{
		{"How would you feel if * were missing?", "How would you feel if live chat were missing?", "live chat", true},
		{"how would you feel if * were missing", "HOW would you feel, if Live-Chat were missing!", "live chat", true},
		{"How would you feel if * were missing?", "How would you feel if live chat were there?", "", false},
		{"Rate *", "Rate", "", false}, // a star stands for one word at least
		{"Any comments?", "Any comments?", "", true},
		{"* (1-9)", "Importance of chat (1-9)", "importance of chat", true},
		{"A * B * C", "A x y B z C", "x y", true},
	} {
		got, ok := parseStem(c.stem).match(words(c.text))
		if ok != c.ok || strings.Join(got, " ") != c.captured {
			t.Errorf("%q ~ %q: %q %v, want %q %v", c.stem, c.text, got, ok, c.captured, c.ok)
		}
	}
	for i, want := range map[int]string{0: "A", 25: "Z", 26: "AA", 27: "AB", 701: "ZZ", 702: "AAA"} {
		if got := ColumnLetter(i); got != want {
			t.Errorf("ColumnLetter(%d) = %q", i, got)
		}
		if back, ok := ColumnIndex(want); !ok || back != i {
			t.Errorf("ColumnIndex(%q) = %d", want, back)
		}
	}
	if i, ok := ColumnIndex("7"); !ok || i != 6 {
		t.Errorf("ColumnIndex(7) = %d", i)
	}
}

// A stem the reader cannot read ("removed" is no negation it knows) is one
// line of mapping, whatever the number of features.
func TestStemLineSettlesAQuestion(t *testing.T) {
	data := csvRows(",",
		[]string{"id", "How would you feel if live chat were there?", "How would you feel if live chat were removed?",
			"How would you feel if order tracking were there?", "How would you feel if order tracking were removed?"},
		[]string{"r1", "I like it", "I dislike it", "I expect it", "I dislike it"},
		[]string{"r2", "I like it", "I am neutral", "I am neutral", "I am neutral"},
	)
	_, _, err := readWith(t, "s.csv", data, "", Config{Catalog: testCatalog})
	got := strings.Join(problems(t, err), "\n")
	// One message per entry: the two columns of each need a decision.
	if !strings.Contains(got, `s.csv:1:2: column B "How would you feel if live chat were there?": entry "live-chat" has 2 functional questions (columns B, C)`) {
		t.Errorf("got\n%s", got)
	}
	feats, st, err := readWith(t, "s.csv", data, "questions:\n  - {stem: \"How would you feel if * were removed?\", question: dysfunctional}\n", Config{Catalog: testCatalog})
	// live chat: like/dislike O, like/neutral A. tracking: expect/dislike M, neutral/neutral I.
	check(t, feats, st, err, want{NoTool, 1, `A "id"`, 2, map[string]kano.Counts{"live-chat": {O: 1, A: 1}, "order-tracking": {M: 1, I: 1}}})
}

// Blank headers are mapped by position; numeric codes in any order and
// range by values:; extra missing tokens and labels in another language.
func TestPositionsValuesMissingAndLabels(t *testing.T) {
	data := csvRows(";",
		[]string{"respondent", "", "", "note"},
		[]string{"r1", "4", "0", "x"},
		[]string{"r2", "Me encanta", "weiß nicht", "y"},
		[]string{"r3", "3.0", "N/A", "z"},
	)
	mapping := `columns:
  - {column: B, entry: live-chat, question: functional}
  - {column: 3, entry: live-chat, question: dysfunctional}
values: {4: like, 3: expect, 2: neutral, 1: live-with, 0: dislike}
missing: ["weiß nicht"]
labels:
  like: ["Me encanta"]
`
	feats, st, err := readWith(t, "p.csv", data, mapping, Config{Catalog: testCatalog})
	// r1: like/dislike O. r2: like/missing. r3: expect/missing.
	check(t, feats, st, err, want{NoTool, 1, `A "respondent"`, 3, map[string]kano.Counts{"live-chat": {O: 1}}})
	if feats["live-chat"].Missing != 2 {
		t.Errorf("missing %d, want 2", feats["live-chat"].Missing)
	}
	// 5 is not among the values any more.
	_, _, err = readWith(t, "p.csv", csvRows(";", []string{"respondent", "", ""}, []string{"r1", "5", "0"}), mapping, Config{Catalog: testCatalog})
	if ps := problems(t, err); len(ps) != 1 || !strings.Contains(ps[0], `p.csv:2:2: answer code 5 is not among the mapping's values`) {
		t.Errorf("got %v", ps)
	}
}

// A mapping line that matches nothing is an error at the mapping's
// line and column, with the closest header as a hint.
func TestMappingLinesThatMatchNothing(t *testing.T) {
	data := csvRows(",",
		[]string{"Response ID", "How would you feel if it had live chat?", "How would you feel if it had no live chat?", "Segment"},
		[]string{"1", "I like it", "I dislike it", "B2B"},
	)
	mapping := `respondent: Respondent
attributes: {Kundentyp: segment}
items: {SQ009: live-chat}
questions:
  - {stem: "Rate *", question: importance}
columns:
  - {header: "How would you feel if it had live-chats?", entry: live-chat, question: functional}
  - {column: K, entry: live-chat, question: dysfunctional}
`
	_, _, err := readWith(t, "u.csv", data, mapping, Config{Catalog: testCatalog})
	got := strings.Join(problems(t, err), "\n")
	for _, want := range []string{
		`m.map.yaml:1:13: respondent column "Respondent" matches no column of u.csv`,
		`m.map.yaml:2:14: attribute column "Kundentyp" matches no column of u.csv`,
		`m.map.yaml:3:9: item "SQ009" matches no grid row or sub-question of u.csv`,
		`m.map.yaml:5:12: stem "Rate *" matches no question of u.csv`,
		`m.map.yaml:7:14: header "How would you feel if it had live-chats?" matches no column of u.csv; did you mean "How would you feel if it had live chat?"`,
		`m.map.yaml:8:14: column K is beyond the last column of u.csv (D)`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
}

func TestMappingDecodeProblems(t *testing.T) {
	_, probs := DecodeMapping("m.map.yaml", []byte(`codes: dislike-first
values: {A1: like, A2: expekt}
questions:
  - {stem: "* * * * x", question: functional}
  - {stem: "a", entry: x, entries: [y]}
  - {stem: "A!", question: ignroe}
columns:
  - {question: functional, entry: x}
  - {column: "1A", entry: x, question: functional}
`))
	got := ""
	for _, p := range probs {
		got += p.String() + "\n"
	}
	for _, want := range []string{
		`m.map.yaml:1:8: codes and values both say what the codes mean`,
		`unknown answer "expekt" for value "A2"; did you mean "expect"?`,
		`the stem has 4 "*"; at most 3`,
		`a stem has entry or entries, not both`,
		`stem "A!" is mapped twice (also at line 5)`,
		`unknown question kind "ignroe"; did you mean "ignore"?`,
		`the column line names no column`,
		`"1A" is not a column position`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
}

// A row repeating the header inside the data (two exports pasted together)
// is an error at that row, and is not counted.
func TestHeaderRowInsideData(t *testing.T) {
	h := []string{"respondent", "a_functional", "a_dysfunctional", "segment"}
	data := csvRows(",", h, []string{"r1", "1", "5", "B2B"}, h, []string{"r2", "2", "5", "B2C"})
	_, _, err := read(t, "h.csv", string(data), nil, Config{})
	if ps := problems(t, err); len(ps) != 1 || !strings.HasPrefix(ps[0], "h.csv:3:1: this row repeats the header (4 of its 4 cells are header texts)") {
		t.Errorf("got %v", ps)
	}
}

// Respondents twice: in one file, across a wave's files, and not across waves.
func TestDuplicateRespondents(t *testing.T) {
	a := "respondent,a_functional,a_dysfunctional\nr1,1,5\nr2,2,5\nr1,1,5\n"
	_, _, err := read(t, "a.csv", a, nil, Config{})
	if ps := problems(t, err); len(ps) != 1 || ps[0] != `a.csv:4:1: respondent "r1" is also at line 2 of this file; remove the duplicate response: each respondent counts once` {
		t.Errorf("got %v", ps)
	}
	b := "respondent,a_functional,a_dysfunctional\nr3,1,5\nr2,2,5\n"
	fsys := map[string]string{"a.csv": "respondent,a_functional,a_dysfunctional\nr1,1,5\nr2,2,5\n", "b.csv": b}
	_, err = readAll(t, fsys, []Source{{Path: "a.csv"}, {Path: "b.csv"}})
	if ps := problems(t, err); len(ps) != 1 || !strings.HasPrefix(ps[0], `b.csv:3:1: respondent "r2" is also in a.csv:3`) {
		t.Errorf("got %v", ps)
	}
	// A panel: the same respondents in two waves count once per wave.
	st, err := readAll(t, fsys, []Source{{Path: "a.csv", Wave: "spring"}, {Path: "b.csv", Wave: "autumn"}})
	if err != nil || st[0].Respondents+st[1].Respondents != 4 {
		t.Errorf("waves: %v %+v", err, st)
	}
	// The same file twice, and a copy under another name.
	_, err = readAll(t, fsys, []Source{{Path: "a.csv"}, {Path: "a.csv"}})
	if ps := problems(t, err); len(ps) != 1 || ps[0] != "a.csv: the survey is listed twice (also as a.csv); list each survey once: its respondents would count twice" {
		t.Errorf("got %v", ps)
	}
	fsys["copy.csv"] = fsys["a.csv"]
	_, err = readAll(t, fsys, []Source{{Path: "a.csv"}, {Path: "copy.csv"}})
	if ps := problems(t, err); len(ps) != 1 || !strings.HasPrefix(ps[0], "copy.csv: the file duplicates a.csv (the same content)") {
		t.Errorf("got %v", ps)
	}
}

// Microsoft Forms numbers responses from 1 in every form: two forms clash
// only when a response has the same id and start time.
func TestLocalIDsAcrossFiles(t *testing.T) {
	form := func(start string) string {
		return "ID,Start time,Completion time,Email,Name,live_chat_functional,live_chat_dysfunctional\n1," + start + ",x,anonymous,,1,5\n"
	}
	fsys := map[string]string{"de.csv": form("3/1/24 10:00:00"), "en.csv": form("3/2/24 11:00:00"), "again.csv": form("3/1/24 10:00:00") + "2,3/1/24 12:00:00,x,anonymous,,1,5\n"}
	if _, err := readAll(t, fsys, []Source{{Path: "de.csv"}, {Path: "en.csv"}}); err != nil {
		t.Errorf("two forms: %v", err)
	}
	_, err := readAll(t, fsys, []Source{{Path: "de.csv"}, {Path: "again.csv"}})
	if ps := problems(t, err); len(ps) != 1 || !strings.HasPrefix(ps[0], `again.csv:2:1: respondent "1" is also in de.csv:2`) {
		t.Errorf("got %v", ps)
	}
}

func readAll(t *testing.T, files map[string]string, srcs []Source) ([]Stats, error) {
	t.Helper()
	fsys := mapFS(files)
	for i := range srcs {
		srcs[i].FS, srcs[i].Display = fsys, srcs[i].Path
	}
	return ReadAll(srcs, Config{}, kano.NewSurvey(), nil)
}

// The long layout keeps one respondent in memory: each respondent's rows
// come together, and one that comes back is reported.
func TestLongLayoutGroupsRespondents(t *testing.T) {
	ok := "respondent,feature,functional,dysfunctional,segment\nr1,a,1,5,B2B\nr1,b,1,3,B2B\nr2,a,2,5,B2C\nr2,b,3,3,B2C\n"
	a, st, err := read(t, "l.csv", ok, nil, Config{SegmentBy: "segment"})
	if err != nil {
		t.Fatal(err)
	}
	// a: like/dislike O, expect/dislike M; b: like/neutral A, neutral/neutral I.
	f := byID(a)
	if st.Respondents != 2 || f["a"].Counts != (kano.Counts{O: 1, M: 1}) || f["b"].Counts != (kano.Counts{A: 1, I: 1}) || len(a.Segments) != 2 {
		t.Errorf("stats %+v, a %+v, b %+v", st, f["a"].Counts, f["b"].Counts)
	}
	back := ok + "r1,c,1,5,B2B\n"
	_, _, err = read(t, "l.csv", back, nil, Config{})
	if ps := problems(t, err); len(ps) != 1 || !strings.HasPrefix(ps[0], `l.csv:6:1: respondent "r1" appears again after other respondents (first at line 2)`) {
		t.Errorf("got %v", ps)
	}
	twice := "respondent,feature,functional,dysfunctional\nr1,a,1,5\nr1,a,2,5\n"
	_, _, err = read(t, "l.csv", twice, nil, Config{})
	if ps := problems(t, err); len(ps) != 1 || !strings.HasPrefix(ps[0], `l.csv:3:2: respondent "r1" answers "a" twice (also at line 2)`) {
		t.Errorf("got %v", ps)
	}
}

// Screening drops respondents over a limit and says how many and why.
func TestScreening(t *testing.T) {
	// Three features; per respondent (standard table):
	// r1: Q (like/like), Q (dislike/dislike), O          -> 2 Q
	// r2: I, I, I (neutral pairs)                         -> 3 I
	// r3: O, M, A                                         -> kept
	// r4: Q, I, I                                         -> 1 Q, 2 I: kept
	data := "respondent,a_functional,a_dysfunctional,b_functional,b_dysfunctional,c_functional,c_dysfunctional\n" +
		"r1,1,1,5,5,1,5\n" +
		"r2,3,3,3,3,3,3\n" +
		"r3,1,5,2,5,1,3\n" +
		"r4,1,1,3,3,2,3\n"
	one, two := 1, 2
	a, st, err := read(t, "s.csv", data, nil, Config{Screening: NewScreening(&one, &two, kano.StandardTable)})
	if err != nil {
		t.Fatal(err)
	}
	if s := st.Screened; s == nil || s.Dropped != 2 || s.Questionable != 1 || s.Indifferent != 1 || st.Respondents != 2 {
		t.Fatalf("screened %+v, respondents %d", st.Screened, st.Respondents)
	}
	// Kept: r3 and r4. a: O (r3), Q (r4).
	if f := byID(a)["a"]; f.Counts != (kano.Counts{O: 1, Q: 1}) || a.Respondents != 2 {
		t.Errorf("a %+v, respondents %d", f.Counts, a.Respondents)
	}
	// No Q and no I allowed: r1 and r4 (Q, and r4 also I: counted once,
	// under questionable) and r2 (I) go; r3 stays.
	zero := 0
	_, st, _ = read(t, "s.csv", data, nil, Config{Screening: NewScreening(&zero, &zero, kano.StandardTable)})
	if s := st.Screened; s.Dropped != 3 || s.Questionable != 2 || s.Indifferent != 1 || st.Respondents != 1 {
		t.Errorf("screened %+v", s)
	}
}

// A wording dsc does not know is one mistake, however many cells use it.
func TestUnknownWordingOnceWithItsCount(t *testing.T) {
	data := "respondent,a_functional,a_dysfunctional,b_functional,b_dysfunctional\nr1,Me gusta,5,Me gusta,5\nr2,Me gusta,5,1,No me gusta\n"
	_, _, err := read(t, "es.csv", data, nil, Config{})
	ps := problems(t, err)
	if len(ps) != 2 || !strings.HasPrefix(ps[0], `es.csv:2:2: unknown answer "Me gusta" (column B "a_functional"), and 2 more cells with it;`) ||
		!strings.HasPrefix(ps[1], `es.csv:3:5: unknown answer "No me gusta" (column E "b_dysfunctional");`) {
		t.Errorf("got %v", ps)
	}
}

// Google Forms has no respondent id: a row with the same timestamp and the
// same answers is a response twice; in another file of the wave too, where
// the file gets one message however many of its rows repeat.
func TestGoogleFormsRepeatedResponse(t *testing.T) {
	h := "Timestamp,How would you feel if it had live chat?,How would you feel if it had no live chat?\n"
	a := "2024/03/04 9:12:05 AM GMT+1,I like it,I dislike it\n2024/03/04 9:13:10 AM GMT+1,I like it,I dislike it\n"
	_, _, err := readWith(t, "g.csv", []byte(h+a+"2024/03/04 9:12:05 AM GMT+1,I like it,I dislike it\n"), "", Config{Catalog: testCatalog})
	if ps := problems(t, err); len(ps) != 1 || !strings.HasPrefix(ps[0], "g.csv:4:1: this response repeats line 2: the same time and the same answers") {
		t.Errorf("got %v", ps)
	}
	fsys := map[string]string{"monday.csv": h + a, "friday.csv": h + a + "2024/03/05 8:00:00 AM GMT+1,I expect it,I dislike it\n"}
	srcs := []Source{{Path: "monday.csv"}, {Path: "friday.csv"}}
	for i := range srcs {
		srcs[i].FS, srcs[i].Display = mapFS(fsys), srcs[i].Path
	}
	_, err = ReadAll(srcs, Config{Catalog: testCatalog}, kano.NewSurvey(), nil)
	if ps := problems(t, err); len(ps) != 1 || !strings.HasPrefix(ps[0], "friday.csv:2:1: this response is also in monday.csv:2: the same time and the same answers, and 1 more responses of this file are in that file;") {
		t.Errorf("got %v", ps)
	}
}

// A long file sorted by feature instead of by respondent is one message, not
// one per row: every respondent comes back once per feature.
func TestLongLayoutSortedByFeatureIsOneMessage(t *testing.T) {
	byFeature := "respondent,feature,functional,dysfunctional\nr1,a,1,5\nr2,a,2,5\nr3,a,1,4\nr1,b,1,3\nr2,b,3,3\nr3,b,1,5\n"
	_, _, err := read(t, "l.csv", byFeature, nil, Config{})
	const want = `l.csv:5:1: respondent "r1" appears again after other respondents (first at line 2); the long layout reads one respondent at a time, so its rows must come together (later rows like this one in the file are not listed); sort the rows by the respondent column, the header row staying first (a spreadsheet's Data > Sort does it); if it is a second response, remove it`
	if ps := problems(t, err); len(ps) != 1 || ps[0] != want {
		t.Errorf("got %v", ps)
	}
}
