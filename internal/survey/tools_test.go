package survey

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/kano"
)

// testCatalog names features the way the small exports below ask about them.
var testCatalog = []CatalogEntry{
	{ID: "live-chat", Name: "Live chat", Aliases: []string{"chat with an expert"}},
	{ID: "order-tracking", Name: "Order tracking", Aliases: []string{"Sendungsverfolgung", "track my order"}},
	{ID: "social-login", Name: "Social login"},
	{ID: "login", Name: "Login"},
	{ID: "guest-checkout", Name: "Checkout without an account"},
}

// readWith reads content as file name with a mapping given as YAML ("" for none).
func readWith(t *testing.T, name string, content []byte, mapping string, cfg Config) (map[string]kano.FeatureResult, Stats, error) {
	t.Helper()
	var m *Mapping
	if mapping != "" {
		var probs []diag.Problem
		m, probs = DecodeMapping("m.map.yaml", []byte(mapping))
		if len(probs) > 0 {
			t.Fatalf("mapping: %v", probs)
		}
	}
	fsys := fstest.MapFS{name: {Data: content}}
	s := kano.NewSurvey()
	st, err := Read(Source{FS: fsys, Path: name, Display: name, Mapping: m}, cfg, s)
	return byID(s.Analyze(kano.Options{})), st, err
}

func csvRows(sep string, rows ...[]string) []byte {
	var b strings.Builder
	for _, r := range rows {
		for i, c := range r {
			if i > 0 {
				b.WriteString(sep)
			}
			if strings.ContainsAny(c, sep+"\"\n") {
				c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
			}
			b.WriteString(c)
		}
		b.WriteString("\r\n")
	}
	return []byte(b.String())
}

type want struct {
	tool       Tool
	headerRows int
	respondent string
	n          int
	counts     map[string]kano.Counts
}

func check(t *testing.T, feats map[string]kano.FeatureResult, st Stats, err error, w want) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	if Tool(st.Tool) != w.tool || st.HeaderRows != w.headerRows || st.RespondentColumn != w.respondent || st.Respondents != w.n {
		t.Errorf("read as tool %q, %d header rows, respondent %q, %d respondents; want %q, %d, %q, %d",
			st.Tool, st.HeaderRows, st.RespondentColumn, st.Respondents, w.tool, w.headerRows, w.respondent, w.n)
	}
	if len(feats) != len(w.counts) {
		t.Errorf("%d features, want %d: %v", len(feats), len(w.counts), st.Features)
	}
	for id, c := range w.counts {
		if got := feats[id].Counts; got != c {
			t.Errorf("%s: %+v, want %+v", id, got, c)
		}
	}
}

// Google Forms: a timestamp first, grid questions "Question [Row]", the
// dysfunctional grid negated with "not", importance as a third grid.
func TestGoogleFormsGrid(t *testing.T) {
	f := "How would you feel if the shop had the following? [%s]"
	d := "How would you feel if the shop did not have the following? [%s]"
	i := "How important are these to you? [%s]"
	row := func(cells ...string) []string { return cells }
	data := csvRows(",",
		row("Timestamp", "Email Address", sprintf(f, "Live chat"), sprintf(f, "Order tracking"), sprintf(d, "Live chat"), sprintf(d, "Order tracking"), sprintf(i, "Live chat"), sprintf(i, "Order tracking"), "Country"),
		row("2024/03/01 10:00:00 AM GMT+1", "a@x.de", "I like it", "I expect it", "I am neutral", "I dislike it", "7", "9", "DE"),
		row("2024/03/01 10:05:00 AM GMT+1", "b@x.de", "I like it", "I like it", "I dislike it", "I dislike it", "", "8", "AT"),
		row("2024/03/01 10:09:00 AM GMT+1", "c@x.de", "I am neutral", "I expect it", "I am neutral", "I can live with it", "3", "", "DE"),
	)
	feats, st, err := readWith(t, "g.csv", data, "", Config{Catalog: testCatalog, SegmentBy: "Country"})
	// live chat: like/neutral A, like/dislike O, neutral/neutral I.
	// order tracking: expect/dislike M, like/dislike O, expect/live with I.
	check(t, feats, st, err, want{GoogleForms, 1, "", 3, map[string]kano.Counts{
		"live-chat":      {A: 1, O: 1, I: 1},
		"order-tracking": {M: 1, O: 1, I: 1},
	}})
	if feats["live-chat"].Continuous.ImportanceN != 2 || len(st.Attributes) != 3 {
		t.Errorf("importance n %d, attributes %v", feats["live-chat"].Continuous.ImportanceN, st.Attributes)
	}
}

func sprintf(format, s string) string { return strings.Replace(format, "%s", s, 1) }

// Google Forms in German, one question per feature: the name in „quotes“,
// "keinen" negating, and a feature whose own name holds a negation.
func TestGoogleFormsGermanQuestions(t *testing.T) {
	data := csvRows(";",
		[]string{"Zeitstempel", "Wie fänden Sie es, wenn es „Sendungsverfolgung“ gäbe?", "Wie fänden Sie es, wenn es keine „Sendungsverfolgung“ gäbe?",
			"Wie fänden Sie es, wenn Sie „Checkout without an account“ nutzen könnten?", "Wie fänden Sie es, wenn Sie „Checkout without an account“ nicht nutzen könnten?",
			"Wie wichtig ist Ihnen „Sendungsverfolgung“? (1-9)"},
		[]string{"01.03.2024 10:00:00", "Das würde mich sehr freuen", "Das würde mich sehr stören", "Das setze ich voraus", "Das würde mich sehr stören", "9 - sehr wichtig"},
		[]string{"01.03.2024 11:00:00", "Das setze ich voraus", "Das nehme ich gerade noch hin", "Das ist mir egal", "Das ist mir egal", "5"},
	)
	feats, st, err := readWith(t, "g.csv", data, "", Config{Catalog: testCatalog})
	// tracking: like/dislike O, expect/live with I. guest checkout: expect/dislike M, neutral/neutral I.
	check(t, feats, st, err, want{GoogleForms, 1, "", 2, map[string]kano.Counts{
		"order-tracking": {O: 1, I: 1},
		"guest-checkout": {M: 1, I: 1},
	}})
	if feats["order-tracking"].Continuous.ImportanceMean != 7 {
		t.Errorf("importance %v", feats["order-tracking"].Continuous)
	}
}

// SurveyMonkey: two header rows; a matrix question heads its first column
// only, the second row names each row of the matrix; "Response" under a
// single question names nothing.
func TestSurveyMonkeyTwoHeaderRows(t *testing.T) {
	meta := []string{"Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name", "Last Name", "Custom Data 1"}
	h1 := append(append([]string(nil), meta...), "How would you feel if the portal offered these?", "", "How would you feel if the portal did not offer these?", "", "What is your role?")
	h2 := append(make([]string, len(meta)), "Live chat", "Order tracking", "Live chat", "Order tracking", "Response")
	r := func(id, a, b, c, d, role string) []string {
		return append([]string{id, "4242", "03/01/2024 10:00:00 AM", "03/01/2024 10:04:00 AM", "10.0.0.1", "", "", "", ""}, a, b, c, d, role)
	}
	data := csvRows(",", h1, h2,
		r("114000001", "I like it", "I expect it", "I dislike it", "I dislike it", "Buyer"),
		r("114000002", "I am neutral", "I like it", "I am neutral", "I can live with it", "Owner"),
	)
	feats, st, err := readWith(t, "sm.csv", data, "", Config{Catalog: testCatalog, SegmentBy: "What is your role?"})
	// live chat: like/dislike O, neutral/neutral I. tracking: expect/dislike M, like/live with A.
	check(t, feats, st, err, want{SurveyMonkey, 2, `A "Respondent ID"`, 2, map[string]kano.Counts{
		"live-chat":      {O: 1, I: 1},
		"order-tracking": {M: 1, A: 1},
	}})

	// The same file with its second header row deleted: an error, not one
	// feature out of two.
	cut := csvRows(",", h1,
		r("114000001", "I like it", "I expect it", "I dislike it", "I dislike it", "Buyer"))
	_, _, err = readWith(t, "sm.csv", cut, "", Config{Catalog: testCatalog})
	ps := problems(t, err)
	if len(ps) != 1 || !strings.Contains(ps[0], "sm.csv:2:1: this SurveyMonkey export has one header row, but SurveyMonkey writes two") {
		t.Errorf("got %v", ps)
	}
	// Read as it is on request: the matrix rows without names are reported.
	_, _, err = readWith(t, "sm.csv", cut, "header_rows: 1\n", Config{Catalog: testCatalog})
	got := strings.Join(problems(t, err), "\n")
	for _, col := range []string{"K", "M"} {
		if !strings.Contains(got, "column "+col+` "": holds Kano answers`) && !strings.Contains(got, "column "+col+` ""`) {
			t.Errorf("column %s not reported:\n%s", col, got)
		}
	}
}

// Qualtrics: names, question texts ("Question - Statement") and import ids;
// answers as numeric codes.
func TestQualtricsThreeHeaderRows(t *testing.T) {
	data := csvRows(",",
		[]string{"StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished", "RecordedDate", "ResponseId", "Q1_1", "Q1_2", "Q2_1", "Q2_2", "Q3"},
		[]string{"Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)", "Finished", "Recorded Date", "Response ID",
			"If the app had the following, how would you feel? - Live chat", "If the app had the following, how would you feel? - Social login",
			"If the app did not have the following, how would you feel? - Live chat", "If the app did not have the following, how would you feel? - Social login", "Any comments?"},
		[]string{`{"ImportId":"startDate","timeZone":"America/Denver"}`, `{"ImportId":"endDate"}`, `{"ImportId":"status"}`, `{"ImportId":"ipAddress"}`, `{"ImportId":"progress"}`,
			`{"ImportId":"duration"}`, `{"ImportId":"finished"}`, `{"ImportId":"recordedDate"}`, `{"ImportId":"_recordId"}`, `{"ImportId":"QID1_1"}`, `{"ImportId":"QID1_2"}`, `{"ImportId":"QID2_1"}`, `{"ImportId":"QID2_2"}`, `{"ImportId":"QID3_TEXT"}`},
		[]string{"2024-03-01 10:00:00", "2024-03-01 10:05:00", "0", "10.0.0.1", "100", "300", "1", "2024-03-01 10:05:01", "R_1aB", "1", "2", "5", "5", "Great"},
		[]string{"2024-03-01 11:00:00", "2024-03-01 11:05:00", "0", "10.0.0.2", "100", "300", "1", "2024-03-01 11:05:01", "R_2cD", "3", "1", "3", "3", ""},
	)
	feats, st, err := readWith(t, "q.csv", data, "", Config{Catalog: testCatalog})
	// live chat: like/dislike O, neutral/neutral I. social login (not "login"): expect/dislike M, like/neutral A.
	check(t, feats, st, err, want{Qualtrics, 3, `I "Response ID"`, 2, map[string]kano.Counts{
		"live-chat":    {O: 1, I: 1},
		"social-login": {M: 1, A: 1},
	}})
}

// Typeform: "#" holds the response token; the dates come last.
func TestTypeform(t *testing.T) {
	data := csvRows(",",
		[]string{"#", "How would you feel if you could chat with an expert?", "How would you feel if you could not chat with an expert?", "Start Date (UTC)", "Submit Date (UTC)", "Network ID"},
		[]string{"a1b2c3", "I like it", "I am neutral", "2024-03-01 10:00:00", "2024-03-01 10:02:00", "9f8e"},
		[]string{"d4e5f6", "I expect it", "I dislike it", "2024-03-01 11:00:00", "2024-03-01 11:02:00", "7a6b"},
	)
	feats, st, err := readWith(t, "tf.csv", data, "", Config{Catalog: testCatalog})
	check(t, feats, st, err, want{Typeform, 1, `A "#"`, 2, map[string]kano.Counts{"live-chat": {A: 1, M: 1}}})
}

// LimeSurvey with full question texts and answer codes A1..A5: one mapping
// line says what the codes mean.
func TestLimeSurveyCodesNeedOneLine(t *testing.T) {
	data := csvRows(",",
		[]string{"Response ID", "Date submitted", "Last page", "Start language", "Seed", "How would you feel if it had this? [Live chat]", "How would you feel if it did not have this? [Live chat]"},
		[]string{"1", "2024-03-01 10:00:00", "2", "de", "12345", "A1", "A5"},
		[]string{"2", "2024-03-01 11:00:00", "2", "de", "67890", "A3", "A3"},
	)
	_, _, err := readWith(t, "ls.csv", data, "", Config{Catalog: testCatalog})
	if ps := problems(t, err); !strings.Contains(strings.Join(ps, "\n"), `unknown answer "A1"`) {
		t.Errorf("codes without a mapping: %v", ps)
	}
	feats, st, err := readWith(t, "ls.csv", data, "values: {A1: like, A2: expect, A3: neutral, A4: live-with, A5: dislike}\n", Config{Catalog: testCatalog})
	check(t, feats, st, err, want{LimeSurvey, 1, `A "Response ID"`, 2, map[string]kano.Counts{"live-chat": {O: 1, I: 1}}})
}

// Microsoft Forms as a workbook, in German.
func TestMicrosoftFormsGermanXLSX(t *testing.T) {
	data := xlsx(t, [][]any{
		{"ID", "Startzeit", "Fertigstellungszeit", "E-Mail", "Name", "Wie fänden Sie es, wenn es einen Live-Chat gäbe?", "Wie fänden Sie es, wenn es keinen Live-Chat gäbe?"},
		{1, "3/1/24 10:00:00", "3/1/24 10:03:00", "anonymous", "", "Das würde mich sehr freuen", "Das ist mir egal"},
		{2, "3/1/24 10:10:00", "3/1/24 10:12:00", "anonymous", "", "Das setze ich voraus", "Das würde mich sehr stören"},
	}, "Form1")
	feats, st, err := readWith(t, "ms.xlsx", data, "", Config{Catalog: testCatalog})
	check(t, feats, st, err, want{MicrosoftForms, 1, `A "ID"`, 2, map[string]kano.Counts{"live-chat": {A: 1, M: 1}}})
}
