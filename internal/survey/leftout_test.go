package survey

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// leftOutOf reads data on every path (parallel, one core, the full path:
// readBoth fails unless they agree) and returns its stats.
func leftOutOf(t *testing.T, data []byte) Stats {
	t.Helper()
	p, s := readBoth(t, data, Config{})
	if p != s {
		t.Errorf("parallel:\n%s\none core:\n%s", p, s)
	}
	var out struct{ Stats Stats }
	if err := json.Unmarshal([]byte(s), &out); err != nil {
		t.Fatal(err)
	}
	return out.Stats
}

// Trial 8's F9: a response with no Kano answer at all (someone opened the
// link and left; SurveyMonkey and others write a row for them) is no
// respondent. It is counted apart, not dropped in silence.
func TestResponsesWithoutAnswerLeftOut(t *testing.T) {
	var b strings.Builder
	b.WriteString("respondent,segment,a_functional,a_dysfunctional,b_functional,b_dysfunctional,b_importance\n")
	for i := 1; i <= 300; i++ {
		switch i % 10 {
		case 0: // nothing answered: 30 rows
			fmt.Fprintf(&b, "r%d,B2C,,,,,\n", i)
		case 5: // one answer: a respondent (30 rows)
			fmt.Fprintf(&b, "r%d,B2C,1,,,,\n", i)
		case 7: // an importance alone classifies nothing: left out too (30 rows)
			fmt.Fprintf(&b, "r%d,B2C,,,,,7\n", i)
		default: // a like/dislike = O, b neutral/neutral = I (210 rows)
			fmt.Fprintf(&b, "r%d,B2B,1,5,3,3,9\n", i)
		}
	}
	st := leftOutOf(t, []byte(b.String()))
	// 300 rows - 30 without any answer - 30 with an importance only = 240.
	if st.Respondents != 240 || st.LeftOut == nil || *st.LeftOut != (LeftOut{NoAnswer: 60}) {
		t.Errorf("respondents %d, left out %+v; want 240, 60 without any answer", st.Respondents, st.LeftOut)
	}
	// Answers: 210 rows x 4 + 30 rows x 1 = 870; blank: 30 rows x 3 = 90.
	if st.Answers != 870 || st.Blank != 90 {
		t.Errorf("answers %d blank %d, want 870 and 90", st.Answers, st.Blank)
	}
}

// Trial 8's F10: Qualtrics marks its preview and test responses and spam
// in Status (choice text, or codes 1, 2, 8 in a numeric export) and the
// preview link's responses in DistributionChannel; they are left out and
// counted by reason.
func TestQualtricsPreviewAndSpamLeftOut(t *testing.T) {
	head := [][]string{
		{"StartDate", "Status", "ResponseId", "Progress", "DistributionChannel", "Q1_1", "Q2_1"},
		{"Start Date", "Response Type", "Response ID", "Progress", "Distribution Channel",
			"If the app had the following, how would you feel? - Live chat", "If the app did not have the following, how would you feel? - Live chat"},
		{`{"ImportId":"startDate"}`, `{"ImportId":"status"}`, `{"ImportId":"_recordId"}`, `{"ImportId":"progress"}`, `{"ImportId":"distributionChannel"}`, `{"ImportId":"QID1_1"}`, `{"ImportId":"QID2_1"}`},
	}
	rows := append([][]string{}, head...)
	for i := 1; i <= 300; i++ {
		status, channel, f, d := "IP Address", "anonymous", "1", "5"
		switch i % 30 {
		case 1:
			status = "Survey Preview" // 10 rows
		case 2:
			status = "2" // a numeric export's Survey Test: 10 rows
		case 3:
			status = "Spam" // 10 rows
		case 4:
			channel = "preview" // 10 rows
		case 5:
			f, d = "", "" // no answer: 10 rows
		case 6:
			status = "0" // a numeric export's real response
		}
		rows = append(rows, []string{fmt.Sprintf("2024-03-01 10:%02d:%02d", i/60, i%60), status, fmt.Sprintf("R_%04d", i), "100", channel, f, d})
	}
	st := leftOutOf(t, csvRows(",", rows...))
	// 300 - 10 previews - 10 tests - 10 preview-link responses - 10 spam - 10 empty = 250.
	want := LeftOut{NoAnswer: 10, Preview: 30, Spam: 10}
	if st.Respondents != 250 || st.LeftOut == nil || *st.LeftOut != want {
		t.Errorf("respondents %d, left out %+v; want 250, %+v", st.Respondents, st.LeftOut, want)
	}
	if got := st.LeftOut.Reasons(); got != "10 without any Kano answer, 30 previews or test responses, 10 marked as spam" {
		t.Errorf("reasons %q", got)
	}
}

// Outside a Qualtrics export a column named Status is the client's own:
// its values are nobody's preview mark.
func TestStatusColumnOfPlainTableKept(t *testing.T) {
	data := "respondent,Status,a_functional,a_dysfunctional\nr1,Spam,1,5\nr2,1,1,5\nr3,,,\n"
	st := leftOutOf(t, []byte(data))
	if st.Respondents != 2 || st.LeftOut == nil || *st.LeftOut != (LeftOut{NoAnswer: 1}) {
		t.Errorf("respondents %d, left out %+v", st.Respondents, st.LeftOut)
	}
}

// A file whose every response is left out says so, not "no responses".
func TestOnlyLeftOutResponses(t *testing.T) {
	got, _ := problemsOf(t, "s.csv", []byte("respondent,a_functional,a_dysfunctional\nr1,,\nr2,,\n"), Source{}, Config{})
	want := "2:1: none of the 2 responses is one to count (2 without any Kano answer): 0 respondents"
	if strings.Join(got, "\n") != want {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}
