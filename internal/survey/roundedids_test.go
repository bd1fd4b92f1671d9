package survey

import (
	"fmt"
	"strings"
	"testing"
)

// Ids a spreadsheet rounded to scientific notation (SurveyMonkey's
// 11-digit ids saved by German Excel as 1,18E+10) are one problem with one
// message, not one "remove the duplicate" per row (trial6 M14); the row
// check and the batch check say the same.
func TestRoundedIDsAreOneProblem(t *testing.T) {
	var b strings.Builder
	b.WriteString("Respondent ID;a_functional;a_dysfunctional\n")
	for i := range 400 {
		id := "1,18E+10"
		if i%2 == 1 {
			id = "1,19E+10"
		}
		fmt.Fprintf(&b, "%s;1;5\n", id)
	}
	want := `r.csv:4:1: column A "Respondent ID" holds the respondent ids in scientific notation, so different respondents share one ("1,18E+10" at lines 2 and 4, and maybe more): a spreadsheet rounded the ids when it saved the file; export the file again from the survey tool, or format the id column as text before saving it in the spreadsheet; do not remove these rows: they are different respondents`
	for _, batch := range []bool{true, false} {
		batchIDs = batch
		_, _, err := read(t, "r.csv", b.String(), nil, Config{})
		if ps := problems(t, err); len(ps) != 1 || ps[0] != want {
			t.Errorf("batch %v: %d problems:\n%s", batch, len(ps), strings.Join(ps[:min(3, len(ps))], "\n"))
		}
	}
	batchIDs = true
	// A real duplicate id next to them is still its own message.
	_, _, err := read(t, "r.csv", "respondent,a_functional,a_dysfunctional\nr1,1,5\n1E+10,1,5\nr1,1,5\n1E+10,2,5\n", nil, Config{})
	if ps := problems(t, err); len(ps) != 2 || !strings.HasPrefix(ps[0], `r.csv:4:1: respondent "r1" is also at line 2`) || !strings.Contains(ps[1], "scientific notation") {
		t.Errorf("got %v", ps)
	}
}

func TestRoundedID(t *testing.T) {
	for id, want := range map[string]bool{
		"1,18E+10": true, "1.18e10": true, "4,12E+08": true, "1E+10": true, "2E-3": true,
		"R_1e5xyz": false, "e10": false, "1,18E": false, "118": false, "ABCE+10": false, "1,1,8E+10": false,
	} {
		if got := roundedID(id); got != want {
			t.Errorf("roundedID(%q) = %v, want %v", id, got, want)
		}
	}
}

// Rounded ids repeated in a file read before (the same wave's second
// export, saved by the same spreadsheet) are the same one problem, said
// once for the file, not one "is also in" per id with the hint to remove
// the file (review): b.csv's ids 1,18E+10 and 1,19E+10 are both in a.csv,
// and b.csv repeats 1,20E+10 itself. Row by row and in a batch alike.
func TestRoundedIDsAcrossFiles(t *testing.T) {
	a := "Respondent ID;a_functional;a_dysfunctional\n1,18E+10;1;5\n1,19E+10;1;5\n"
	b := "Respondent ID;a_functional;a_dysfunctional\n1,20E+10;2;5\n1,18E+10;1;5\n1,20E+10;1;5\n1,19E+10;1;5\nr7;1;5\n"
	want := `b.csv:3:1: column A "Respondent ID" holds the respondent ids in scientific notation, so different respondents share one ("1,18E+10" at a.csv:2 and line 3, and maybe more): a spreadsheet rounded the ids when it saved the file; export the file again from the survey tool, or format the id column as text before saving it in the spreadsheet; do not remove these rows: they are different respondents`
	defer func() { batchIDs = true }()
	for _, batch := range []bool{true, false} {
		batchIDs = batch
		_, err := readAll(t, map[string]string{"a.csv": a, "b.csv": b}, []Source{{Path: "a.csv"}, {Path: "b.csv"}})
		if ps := problems(t, err); len(ps) != 1 || ps[0] != want {
			t.Errorf("batch %v: %d problems:\n%s", batch, len(ps), strings.Join(ps, "\n"))
		}
	}
	// A real id in both files is still "also in".
	_, err := readAll(t, map[string]string{"a.csv": a + "r7;1;5\n", "b.csv": "Respondent ID;a_functional;a_dysfunctional\nr7;1;5\n"}, []Source{{Path: "a.csv"}, {Path: "b.csv"}})
	if ps := problems(t, err); len(ps) != 1 || !strings.HasPrefix(ps[0], `b.csv:2:1: respondent "r7" is also in a.csv:4`) {
		t.Errorf("got %v", ps)
	}
}
