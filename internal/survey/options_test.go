package survey

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/kano"
)

// smOptions is a SurveyMonkey export whose multiple-choice question "Which
// of these have you used?" writes each option as its own column, holding
// the option's text (or mark) where it was ticked: 12 respondents, live
// chat like/dislike (O) for all, order tracking expect/dislike (M) for all.
func smOptions(mark func(option string, i int) string) []byte {
	meta := []string{"Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address"}
	h1 := append(append([]string{}, meta...), "Which of these have you used?", "", "How would you feel if the portal offered these?", "", "How would you feel if the portal did not offer these?", "")
	h2 := append(make([]string, len(meta)), "Live chat", "Order tracking", "Live chat", "Order tracking", "Live chat", "Order tracking")
	rows := [][]string{h1, h2}
	for i := 1; i <= 12; i++ {
		row := []string{fmt.Sprint(1140000 + i), "4242", "03/01/2024 10:00:00 AM", "03/01/2024 10:04:00 AM", "10.0.0.1"}
		rows = append(rows, append(row, mark("Live chat", i), mark("Order tracking", i), "I like it", "I expect it", "I dislike it", "I dislike it"))
	}
	return csvRows(",", rows...)
}

// Trial 8's F3: option columns headed by a feature's name were taken as a
// second functional question ("entry has 2 functional questions"). A
// column whose cells hold one text, not a Kano answer, is a ticked option:
// ignored, and inspect says why.
func TestMultipleChoiceOptionColumnsIgnored(t *testing.T) {
	for name, mark := range map[string]func(string, int) string{
		"option text": func(o string, i int) string { // ticked by every third respondent
			if i%3 == 0 {
				return o
			}
			return ""
		},
		"yes": func(o string, i int) string { // 6 of 12 ticked, as "Yes"
			if i%2 == 0 {
				return "Yes"
			}
			return ""
		},
	} {
		data := smOptions(mark)
		feats, st, err := readWith(t, "sm.csv", data, "", Config{Catalog: testCatalog})
		check(t, feats, st, err, want{SurveyMonkey, 2, `A "Respondent ID"`, 12, map[string]kano.Counts{
			"live-chat": {O: 12}, "order-tracking": {M: 12},
		}})
		in, err := Inspect(Source{FS: fstest.MapFS{"sm.csv": {Data: data}}, Path: "sm.csv", Display: "sm.csv"}, Config{Catalog: testCatalog})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range in.Columns[5:7] {
			if c.Kind != KindIgnored || !strings.Contains(c.By, "an option of a multiple-choice question") {
				t.Errorf("%s: column %s %s: %s", name, c.Ref, c.Kind, c.By)
			}
		}
	}
}

// Typeform heads each option column with the option's label alone.
func TestTypeformOptionColumnsIgnored(t *testing.T) {
	rows := [][]string{{"#", "Live chat", "Order tracking", "How would you feel if you could chat with an expert?", "How would you feel if you could not chat with an expert?", "Submit Date (UTC)", "Network ID"}}
	for i := 1; i <= 6; i++ {
		chat, tracking := "", ""
		if i <= 2 {
			chat = "Live chat"
		}
		if i >= 4 {
			tracking = "Order tracking"
		}
		rows = append(rows, []string{fmt.Sprintf("t%d", i), chat, tracking, "I like it", "I am neutral", "2024-03-01 10:00:00", "9f8e"})
	}
	feats, st, err := readWith(t, "tf.csv", csvRows(",", rows...), "", Config{Catalog: testCatalog})
	// live chat: like/neutral = A for all 6.
	check(t, feats, st, err, want{Typeform, 1, `A "#"`, 6, map[string]kano.Counts{"live-chat": {A: 6}}})
}

// A free-text question that names a feature and got a few comments is no
// second question of it.
func TestFewCommentsIgnored(t *testing.T) {
	rows := [][]string{{"Timestamp", "How would you feel if the shop had live chat?", "How would you feel if the shop had no live chat?", "Anything else about live chat?"}}
	comments := map[int]string{2: "Parking is hard\nat the Leeds store", 5: "Love it!", 7: "Too slow"}
	for i := 1; i <= 8; i++ {
		rows = append(rows, []string{fmt.Sprintf("2024/03/01 10:0%d:00 AM GMT+1", i), "I expect it", "I dislike it", comments[i]})
	}
	data := csvRows(",", rows...)
	feats, st, err := readWith(t, "g.csv", data, "", Config{Catalog: testCatalog})
	check(t, feats, st, err, want{GoogleForms, 1, "", 8, map[string]kano.Counts{"live-chat": {M: 8}}})
	// The same three cells repeated in most rows are answers in words dsc
	// does not know, not comments: they are named as such.
	for i := 1; i <= 8; i++ {
		rows[i][3] = []string{"Sehr gut", "Geht so", "Schlecht"}[i%3]
	}
	_, _, err = readWith(t, "g.csv", csvRows(",", rows...), "", Config{Catalog: testCatalog})
	if got := strings.Join(problems(t, err), "\n"); !strings.Contains(got, "has 2 functional questions") {
		t.Errorf("repeated unknown words: %s", got)
	}
}

// When two matrix questions still give entries two functional questions,
// survey map drafts one line per question stem, not one per column.
func TestDraftOneStemLine(t *testing.T) {
	data := smOptions(func(o string, i int) string { return []string{"", "Daily", "Weekly", "Monthly"}[i%4] })
	in, err := Inspect(Source{FS: fstest.MapFS{"sm.csv": {Data: data}}, Path: "sm.csv", Display: "sm.csv"}, Config{Catalog: testCatalog})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range DraftMapping(in).Lines {
		got = append(got, l.Section+": "+l.Line+" "+strings.Join(l.Columns, ","))
	}
	want := `questions: - {stem: "Which of these have you used?", question: ""} F,G
questions: - {stem: "How would you feel if the portal offered these?", question: ""} H,I`
	if strings.Join(got, "\n") != want {
		t.Errorf("draft:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}
