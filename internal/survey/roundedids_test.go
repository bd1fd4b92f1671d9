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
