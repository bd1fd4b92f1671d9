package survey

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/dsc-workbench/dsc/kano"
)

func TestParseStamp(t *testing.T) {
	at := func(s string) time.Time { v, _ := time.Parse("2006-01-02 15:04:05", s); return v }
	for _, c := range []struct {
		in     string
		walls  []time.Time
		offset bool
		utc    time.Time
		secs   bool
	}{
		{"2024/03/04 9:12:05 AM GMT+1", []time.Time{at("2024-03-04 09:12:05")}, true, at("2024-03-04 08:12:05"), true},
		{"2024/03/04 2:54:05 PM GMT+1", []time.Time{at("2024-03-04 14:54:05")}, true, at("2024-03-04 13:54:05"), true},
		{"2024/03/04 12:30:00 AM GMT-5", []time.Time{at("2024-03-04 00:30:00")}, true, at("2024-03-04 05:30:00"), true},
		// Month first (Sheets, US) or day first: both readings.
		{"3/4/2024 9:12:05", []time.Time{at("2024-03-04 09:12:05"), at("2024-04-03 09:12:05")}, false, time.Time{}, true},
		{"3/14/2024 21:12", []time.Time{at("2024-03-14 21:12:00")}, false, time.Time{}, false},
		{"03/05/2024 03:57:22 PM", []time.Time{at("2024-03-05 15:57:22"), at("2024-05-03 15:57:22")}, false, time.Time{}, true},
		{"13.05.2024 07:55", []time.Time{at("2024-05-13 07:55:00")}, false, time.Time{}, false},
		{"2024-06-03 09:20:44", []time.Time{at("2024-06-03 09:20:44")}, false, time.Time{}, true},
		{"2024-06-03T09:20:44Z", []time.Time{at("2024-06-03 09:20:44")}, true, at("2024-06-03 09:20:44"), true},
		{"2024-06-03T09:20:44+02:00", []time.Time{at("2024-06-03 09:20:44")}, true, at("2024-06-03 07:20:44"), true},
		// Month names, as a re-saved sheet displays a date.
		{"Mar 4, 2024 9:12:05 AM", []time.Time{at("2024-03-04 09:12:05")}, false, time.Time{}, true},
		{"March 4, 2024 21:12", []time.Time{at("2024-03-04 21:12:00")}, false, time.Time{}, false},
		{"4 Mar 2024 09:12:05 GMT+1", []time.Time{at("2024-03-04 09:12:05")}, true, at("2024-03-04 08:12:05"), true},
		{"04-Mar-2024 09:12", []time.Time{at("2024-03-04 09:12:00")}, false, time.Time{}, false},
		{"4. März 2024 09:12:05", []time.Time{at("2024-03-04 09:12:05")}, false, time.Time{}, true},
		{"13. Mai 24 07:55", []time.Time{at("2024-05-13 07:55:00")}, false, time.Time{}, false},
		{"Sept. 30, 2024 10:00", []time.Time{at("2024-09-30 10:00:00")}, false, time.Time{}, false},
		{"1 Dez 2024 10:00", []time.Time{at("2024-12-01 10:00:00")}, false, time.Time{}, false},
		// An Excel serial: 45425 is 2024-05-13; 0.33 day is 7:55:12.
		{"45425.33", []time.Time{at("2024-05-13 07:55:12")}, false, time.Time{}, true},
	} {
		st, ok := parseStamp(c.in)
		if !ok || len(st.walls) != len(c.walls) || st.offset != c.offset || st.secs != c.secs || (c.offset && !st.utc.Equal(c.utc)) {
			t.Errorf("%q: %+v %v", c.in, st, ok)
			continue
		}
		for i := range c.walls {
			if !st.walls[i].Equal(c.walls[i]) {
				t.Errorf("%q: wall %v, want %v", c.in, st.walls[i], c.walls[i])
			}
		}
	}
	for _, bad := range []string{"", "yesterday", "42", "2024/13/04 9:12", "2024/03/04", "2024/03/04 25:00", "1.5", "13:00 AM", "Feb 30, 2024 9:12", "Ma 4, 2024 9:12", "Mar 4 9:12"} {
		if st, ok := parseStamp(bad); ok {
			t.Errorf("%q parsed as %+v", bad, st)
		}
	}
}

// sameTime says whether two stamps are one response time by their keys.
func sameTime(a, b string) bool {
	sa, _ := parseStamp(a)
	sb, _ := parseStamp(b)
	reg := map[string]bool{}
	for _, k := range sa.registerKeys() {
		reg[k] = true
	}
	for _, k := range sb.lookupKeys() {
		if reg[k] {
			return true
		}
	}
	return false
}

func TestSameTime(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"2024/03/04 9:12:05 AM GMT+1", "3/4/2024 9:12:05", true},     // the sheet shows the form's wall clock
		{"2024/03/04 9:12:05 AM GMT+1", "2024-03-04 08:12:05", true},  // or UTC
		{"2024/03/04 9:12:05 AM GMT+1", "2024-03-04T08:12:05Z", true}, // the same instant
		{"45425.33", "13.05.2024 07:55", true},                        // 07:55:12 shown to the minute
		{"13.05.2024 07:55", "45425.33", true},
		{"2024/03/04 9:12:05 AM GMT+1", "Mar 4, 2024 9:12:05 AM", true}, // a re-save showing the month's name
		{"45425.33", "13-May-2024 07:55", true},
		{"Mar 4, 2024 9:12:05 AM", "Apr 3, 2024 9:12:05 AM", false},
		{"2024/03/04 9:12:05 AM GMT+1", "3/4/2024 9:12:06", false},
		{"2024/03/04 9:12:05 AM GMT+1", "2024/03/04 9:12:05 AM GMT+2", false}, // same wall clock, other instants
		{"2024-03-04 09:12:05", "2024-03-04 09:12:40", false},                 // both to the second: not within the minute
		{"2024-03-04 09:12:05", "2024-03-04 10:12:05", false},
	} {
		if got := sameTime(c.a, c.b); got != c.same {
			t.Errorf("%q and %q: same %v, want %v", c.a, c.b, got, c.same)
		}
		if got := sameTime(c.b, c.a); got != c.same {
			t.Errorf("%q and %q: same %v, want %v", c.b, c.a, got, c.same)
		}
	}
}

// Two people are never one: the same time with another answer, or another
// contact, is a second respondent.
func TestSameTimeOtherAnswersIsNoDuplicate(t *testing.T) {
	h := "Timestamp,Email address,How would you feel if it had live chat?,How would you feel if it had no live chat?\n"
	fsys := fstest.MapFS{
		"a.csv": {Data: []byte(h + "2024/03/04 9:12:05 AM GMT+1,a@x.org,I like it,I dislike it\n2024/03/04 9:13:05 AM GMT+1,b@x.org,I like it,NA\n")},
		"b.tsv": {Data: []byte(strings.ReplaceAll(h, ",", "\t") +
			"3/4/2024 9:12:05\ta@x.org\tI like it\tI expect it\n" + // another answer
			"3/4/2024 9:13:05\tc@x.org\tI like it\t\n")}, // another e-mail
	}
	srcs := []Source{{FS: fsys, Path: "a.csv", Display: "a.csv"}, {FS: fsys, Path: "b.tsv", Display: "b.tsv"}}
	s := kano.NewSurvey()
	if _, err := ReadAll(srcs, Config{Catalog: testCatalog}, s, nil); err != nil {
		t.Fatal(err)
	}
	if s.Analyze(kano.Options{}).Respondents != 4 {
		t.Errorf("respondents %d, want 4", s.Analyze(kano.Options{}).Respondents)
	}
	// The same e-mail with a blank answer where the other has NA: one response.
	fsys["b.tsv"].Data = []byte(strings.ReplaceAll(h, ",", "\t") + "3/4/2024 9:13:05\tB@x.org \tI like it\t\n")
	_, err := ReadAll(srcs, Config{Catalog: testCatalog}, kano.NewSurvey(), nil)
	if ps := problems(t, err); len(ps) != 1 || !strings.HasPrefix(ps[0], "b.tsv:2:1: this response is also in a.csv:3: the same time and the same answers;") {
		t.Errorf("got %v", ps)
	}
}

// A re-save that shows the month's name ("Mar 4, 2024") is the same
// response as the original, caught by the duplicate check, not counted twice.
func TestMonthNameStampIsADuplicate(t *testing.T) {
	h := "Timestamp,Email address,How would you feel if it had live chat?,How would you feel if it had no live chat?\n"
	fsys := fstest.MapFS{
		"a.csv": {Data: []byte(h + "2024/03/04 9:12:05 AM GMT+1,a@x.org,I like it,I dislike it\n")},
		"b.csv": {Data: []byte(h + "\"Mar 4, 2024 9:12:05 AM\",a@x.org,I like it,I dislike it\n")},
	}
	srcs := []Source{{FS: fsys, Path: "a.csv", Display: "a.csv"}, {FS: fsys, Path: "b.csv", Display: "b.csv"}}
	_, err := ReadAll(srcs, Config{Catalog: testCatalog}, kano.NewSurvey(), nil)
	if ps := problems(t, err); len(ps) != 1 || !strings.HasPrefix(ps[0], "b.csv:2:1: this response is also in a.csv:2: the same time and the same answers;") {
		t.Errorf("got %v", ps)
	}
}
