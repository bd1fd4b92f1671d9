package survey

import (
	"strings"
	"testing"
)

// Both fast paths ask headerLike whether a cell may repeat the header and
// whether it needs trimming, one rule each. Column 0's header texts are
// "id" (2 bytes) and "Respondent" (10), column 1's "Q1" (2) and a text of
// 70 bytes (bit 63, as every length from 63 up); column 2 has only blanks.
func TestHeaderLikeRules(t *testing.T) {
	long := strings.Repeat("x", 70)
	hl := newHeaderLike(&header{cells: make([]headerCell, 3), lines: [][]string{{"id", "Q1", " "}, {"Respondent", long, ""}}})
	for _, c := range []struct {
		col  int
		cell string
		want bool
	}{
		{0, "id", true}, {0, "ab", true}, // as long as "id": compare the text
		{0, "Respondent", true}, {0, "abc", false},
		{1, "Q1", true}, {1, strings.Repeat("y", 63), true}, {1, strings.Repeat("y", 200), true}, {1, "Q12", false},
		{2, " ", false}, {2, "", false}, // blank header texts are no header texts
		{3, "id", false}, // beyond the header
	} {
		if got := hl.mayRepeat(c.col, []byte(c.cell)); got != c.want {
			t.Errorf("column %d, cell of %d bytes: may repeat %v, want %v", c.col, len(c.cell), got, c.want)
		}
	}
	for _, c := range []struct {
		cell string
		want bool
	}{{"", false}, {"a", false}, {"a b", false}, {" a", true}, {"a ", true}, {"\ta", true}, {"a\x00", true}, {"é", false}} {
		if got := needsTrim([]byte(c.cell)); got != c.want {
			t.Errorf("needsTrim(%q) = %v, want %v", c.cell, got, c.want)
		}
	}
}
