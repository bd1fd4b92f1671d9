package survey

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/kano"
)

// waveFile is one survey file given its wave in dsc.yaml.
func waveFile(name, data, wave string) Source {
	return Source{FS: fstest.MapFS{name: {Data: []byte(data)}}, Path: name, Display: name, Wave: wave}
}

// crossWaveProblems reads srcs as one workspace's waves and returns the problems' texts.
func crossWaveProblems(t *testing.T, srcs ...Source) []string {
	t.Helper()
	_, err := ReadAll(srcs, Config{}, kano.NewSurvey(), nil)
	if err == nil {
		return nil
	}
	var de *diag.Error
	if !errors.As(err, &de) {
		t.Fatal(err)
	}
	var out []string
	for _, p := range de.Problems {
		out = append(out, p.String())
	}
	return out
}

const crossHint = "a panel member may answer in each wave, but one response counts once: remove the copy, or correct its wave"

// The same response in two waves in the wide layout is found by its time
// as an instant (review debt 3): Google Forms' "2025/03/03 10:00:00" in
// spring.csv and German Excel's re-save "03.03.2025 10:00" (no seconds,
// compared to the minute) in autumn.csv, same answers 1,5: one response.
// The old check hashed the cell text and missed it. R2's autumn answer has
// another time: a panel member answering again.
func TestSameResponseInTwoWavesWrittenTwoWays(t *testing.T) {
	spring := "Timestamp,chat_functional,chat_dysfunctional\n" +
		"2025/03/03 10:00:00,1,5\n" +
		"2025/03/04 11:00:00,1,3\n"
	autumn := "Timestamp,chat_functional,chat_dysfunctional\n" +
		"02.09.2025 09:00,1,3\n" +
		"03.03.2025 10:00,1,5\n" // line 3: spring's line 2
	got := crossWaveProblems(t, waveFile("spring.csv", spring, "2025-03"), waveFile("autumn.csv", autumn, "2025-09"))
	want := "autumn.csv:3:1: this response of wave 2025-09 is also in wave 2025-03 (spring.csv:2): the same row, time and answers; " + crossHint
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// The long layout (review debt 3): a respondent's rows are one response,
// its time the "submitted" attribute of its first row. P1's spring
// response (lines 2-3: chat 1,5, invoice 2,5, submitted 2025-03-03 10:00)
// is pasted into autumn.csv at lines 4-5 with the time written the US way
// (3/3/2025 10:00:00 AM) and its customer type in capitals: the same
// response, reported at its first row. P2 answers again in autumn at
// another time (lines 2-3): fine. P3 has no time: not compared.
func TestSameResponseInTwoWavesLong(t *testing.T) {
	spring := "respondent,submitted,customer,feature,functional,dysfunctional\n" +
		"P1,2025-03-03 10:00:00,b2b,chat,1,5\n" +
		"P1,2025-03-03 10:00:00,b2b,invoice,2,5\n" +
		"P2,2025-03-04 11:00:00,b2c,chat,1,3\n" +
		"P2,2025-03-04 11:00:00,b2c,invoice,2,5\n" +
		"P3,,b2c,chat,3,3\n"
	autumn := "respondent,submitted,customer,feature,functional,dysfunctional\n" +
		"P2,2025-09-02 09:00:00,b2c,chat,1,3\n" +
		"P2,2025-09-02 09:00:00,b2c,invoice,2,5\n" +
		"P1,3/3/2025 10:00:00 AM,B2B,chat,1,5\n" +
		"P1,3/3/2025 10:00:00 AM,B2B,invoice,2,5\n" +
		"P3,,b2c,chat,3,3\n"
	got := crossWaveProblems(t, waveFile("spring.csv", spring, "2025-03"), waveFile("autumn.csv", autumn, "2025-09"))
	want := "autumn.csv:4:1: this response of wave 2025-09 is also in wave 2025-03 (spring.csv:2): the same time, answers and attributes; " + crossHint
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	// Another answer (invoice 1,5 instead of 2,5) is another response.
	other := strings.Replace(autumn, "P1,3/3/2025 10:00:00 AM,B2B,invoice,2,5", "P1,3/3/2025 10:00:00 AM,B2B,invoice,1,5", 1)
	if got := crossWaveProblems(t, waveFile("spring.csv", spring, "2025-03"), waveFile("autumn.csv", other, "2025-09")); len(got) != 0 {
		t.Errorf("another answer: %q", got)
	}
}

// YAML surveys (review debt 3): a respondent's time is an attribute
// written as one. W1's spring response (submitted 2025-03-03T10:00:00Z,
// chat 1/5) comes again in autumn.yaml as "2025-03-03 11:00:00 GMT+1",
// the same instant: reported at the respondent. W2 answers again at
// another time, and W3, without a time, gives the same answers again:
// both fine.
func TestSameResponseInTwoWavesYAML(t *testing.T) {
	// respondent is one respondent of a YAML survey answering chat f/d.
	respondent := func(id, attributes, fd string) string {
		f, d, _ := strings.Cut(fd, "/")
		return "  - id: " + id + "\n    attributes: {" + attributes + "}\n    answers:\n      chat: {functional: " + f + ", dysfunctional: " + d + "}\n"
	}
	spring := "respondents:\n" +
		respondent("W1", `submitted: "2025-03-03T10:00:00Z", segment: B2B`, "1/5") + // line 2
		respondent("W2", `submitted: "2025-03-04 11:00:00", segment: B2C`, "1/3") +
		respondent("W3", "segment: B2C", "3/3")
	autumn := "respondents:\n" +
		respondent("W2", `submitted: "2025-09-02 09:00:00", segment: B2C`, "1/3") +
		respondent("W3", "segment: B2C", "3/3") +
		respondent("W1", `segment: b2b, submitted: "2025-03-03 11:00:00 GMT+1"`, "1/5") // line 10
	got := crossWaveProblems(t, waveFile("spring.yaml", spring, "2025-03"), waveFile("autumn.yaml", autumn, "2025-09"))
	want := "autumn.yaml:10:5: this response of wave 2025-09 is also in wave 2025-03 (spring.yaml:2): the same time, answers and attributes; " + crossHint
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
