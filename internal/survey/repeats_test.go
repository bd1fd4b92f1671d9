package survey

import (
	"fmt"
	"strings"
	"testing"
)

// msForm is a Microsoft Forms export numbering its responses from 1: n
// responses started on the given day, answers varying with the id.
func msForm(day, n int, header bool) string {
	var b strings.Builder
	if header {
		b.WriteString("ID,Start time,Completion time,Email,Name,live_chat_functional,live_chat_dysfunctional\n")
	}
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%d,3/%d/24 10:%02d:00,x,anonymous,,%d,%d\n", i, day, i, 1+(i+day)%5, 1+(2*i+day)%5)
	}
	return b.String()
}

// trial7 N24: two Microsoft Forms exports pasted into one sheet restart
// the ids at 1. They are other respondents (other times, other answers):
// one message naming the cause and the fix (one file per export), not one
// "remove the duplicate response" per row, which would delete them. The
// same export pasted twice is one message too, with the lines to delete.
func TestPastedExportsAreOneProblem(t *testing.T) {
	for _, c := range []struct {
		name, file string
		want       string
	}{
		// lines 2-6 the first form (ids 1-5), lines 7-10 the second (ids 1-4)
		{"two forms", msForm(1, 5, true) + msForm(2, 4, false),
			`m.csv:7:1: the respondent ids start again at line 7: 4 ids of lines 7-10 ("1" to "4") are also at lines 2-5, with other times or other answers, so they are other respondents: two exports pasted into one sheet; split the sheet: keep each export as its own file in surveys/`},
		// the second form pasted with its header: line 7 repeats the header
		{"two forms with the header", msForm(1, 5, true) + msForm(2, 4, true),
			`m.csv:7:1: this row repeats the header, and below it the respondent ids start again: 4 ids of lines 8-11 ("1" to "4") are also at lines 2-5, with other times or other answers, so they are other respondents: two exports pasted into one sheet; split the sheet`},
		// the same five responses again at lines 7-11
		{"one form twice", msForm(1, 5, true) + msForm(1, 5, false),
			`m.csv:7:1: the respondent ids start again at line 7: 5 ids of lines 7-11 ("1" to "5") are also at lines 2-6, with the same times and answers: the same responses pasted twice; delete lines 7-11: each respondent counts once`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := readAll(t, map[string]string{"m.csv": c.file}, []Source{{Path: "m.csv"}})
			if ps := problems(t, err); len(ps) != 1 || !strings.HasPrefix(ps[0], c.want) {
				t.Errorf("%d problems:\n%s\nwant one:\n%s", len(ps), strings.Join(ps, "\n"), c.want)
			}
		})
	}
	// Split as the message says, the two forms are 9 respondents and no problem.
	st, err := readAll(t, map[string]string{"a.csv": msForm(1, 5, true), "b.csv": msForm(2, 4, true)}, []Source{{Path: "a.csv"}, {Path: "b.csv"}})
	if err != nil || st[0].Respondents+st[1].Respondents != 9 {
		t.Errorf("split: %v, %+v", err, st)
	}
}

// A response repeated now and then is still reported at its line, as
// before: one repeat, and two repeats out of the order of their first
// lines (5 then 3) are no pasted block.
func TestRepeatedResponsesOneByOne(t *testing.T) {
	rows := strings.Split(msForm(1, 5, true), "\n") // rows[i] is line i+1
	file := strings.Join(rows[:6], "\n") + "\n" + rows[4] + "\n" + rows[2] + "\n"
	_, err := readAll(t, map[string]string{"m.csv": file}, []Source{{Path: "m.csv"}})
	want := []string{
		`m.csv:7:1: respondent "4" is also at line 5 of this file; remove the duplicate response: each respondent counts once`,
		`m.csv:8:1: respondent "2" is also at line 3 of this file; remove the duplicate response: each respondent counts once`,
	}
	if ps := problems(t, err); strings.Join(ps, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(ps, "\n"), strings.Join(want, "\n"))
	}
}

// Where only ids are compared (no time: a plain table, or a tool whose ids
// are unique), a block of ids repeated in order is one message too, which
// offers both fixes; row by row and in a batch alike.
func TestRepeatedIDBlockWithoutTimes(t *testing.T) {
	head := "respondent,a_functional,a_dysfunctional\n"
	part := "r1,1,5\nr2,2,5\nr3,1,3\nr4,3,3\n"
	want := `t.csv:6:1: the respondent ids start again at line 6: 4 ids of lines 6-9 ("r1" to "r4") are also at lines 2-5, in the same order: two exports in one sheet, or one export pasted twice; if they are the same responses, delete lines 6-9 (each respondent counts once); if they are other respondents (a second export numbering its responses from 1 again), keep each export as its own file in surveys/ and do not remove them`
	defer func() { batchIDs = true }()
	for _, batch := range []bool{true, false} {
		batchIDs = batch
		_, _, err := read(t, "t.csv", head+part+part, nil, Config{})
		if ps := problems(t, err); len(ps) != 1 || ps[0] != want {
			t.Errorf("batch %v: %d problems:\n%s", batch, len(ps), strings.Join(ps, "\n"))
		}
	}
}
