package survey

import (
	"fmt"
	"strings"
	"testing"
)

// The long layout's fast path counts what the full path counts, with the
// same messages: the first respondent's rows (the sample), respondents
// read row by row after it, and every kind of row the fast path leaves to
// the full path.
func TestLongFastPathSameAsFullPath(t *testing.T) {
	base := string(longCSV(120))
	lines := strings.SplitAfter(base, "\n")
	withLine := func(i int, l string) string {
		out := append([]string{}, lines...)
		out[i] = l
		return strings.Join(out, "")
	}
	cases := map[string]string{
		"synthetic":         base,
		"crlf":              strings.ReplaceAll(base, "\n", "\r\n"),
		"bom":               "\ufeff" + base,
		"quoted":            strings.ReplaceAll(base, ",f07,", ",\"f07\","),
		"bad cell":          withLine(1500, strings.Replace(lines[1500], ",B2", ",7,B2", 1)),
		"unknown label":     strings.ReplaceAll(base, ",4,", ",maybe,"),
		"labels":            strings.ReplaceAll(strings.ReplaceAll(base, ",1,", ",I like it,"), ",5,", ", dislike ,"),
		"feature twice":     withLine(1203, strings.Replace(lines[1203], ",f02,", ",f01,", 1)),
		"respondent again":  withLine(1500, strings.Replace(lines[1500], "R0000074,", "R0000003,", 1)),
		"new feature":       withLine(2000, strings.Replace(lines[2000], ",f19,", ",f20,", 1)),
		"spaced feature":    withLine(1300, strings.Replace(lines[1300], ",f", ", f", 1)),
		"spaced id":         withLine(1301, strings.Replace(lines[1301], "R", " R", 1)),
		"blank rows":        withLine(1400, "\n,,,,,\n"+lines[1400]),
		"blank id":          withLine(1401, strings.Replace(lines[1401], "R0000070", "", 1)),
		"header repeated":   withLine(1600, lines[0]),
		"import id":         withLine(1601, strings.Replace(lines[1601], ",B2", ",{\"ImportId\":1},B2", 1)),
		"short row":         withLine(1700, "R0000085,f00\n"),
		"blank answers":     strings.ReplaceAll(base, ",3,", ",,"),
		"importance labels": strings.ReplaceAll(base, ",9,", ",9 - very,"),
		"bad importance":    withLine(1800, strings.Replace(lines[1800], ",B2", ",x,B2", 1)),
		"header-long id":    withLine(1900, strings.Replace(lines[1900], "R0000094", "respondent", 1)),
		"feature as header": strings.ReplaceAll(base, ",f03,", ",feature,"),
	}
	// The fast path must have run, or the comparison proves nothing.
	// readBoth reads twice with it. In the synthetic file (120 respondents
	// x 20 features = 2,400 rows) the full path reads the 50 rows looked
	// at for the header and the first row of each later respondent (R3 to
	// R119: 117): 2,400 - 50 - 117 = 2,233 rows a read on the fast path.
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			before := fastLongRows.Load()
			readBoth(t, []byte(data), Config{SegmentBy: "segment"})
			n := fastLongRows.Load() - before
			if n == 0 || name == "synthetic" && n != 2*2233 {
				t.Errorf("the fast path counted %d rows in two reads", n)
			}
		})
	}
	for _, cfg := range []Config{{SegmentBy: "segment", Catalog: []CatalogEntry{{ID: "f00"}, {ID: "f01"}}}, {Segments: []string{"B2B"}, SegmentBy: "segment"}} {
		readBoth(t, []byte(base), cfg)
	}
	// The features met in another order from one respondent to the next.
	var shuffled strings.Builder
	shuffled.WriteString("respondent,feature,functional,dysfunctional\n")
	for r := 0; r < 300; r++ {
		for k := 0; k < 5; k++ {
			fmt.Fprintf(&shuffled, "R%d,f%d,%d,%d\n", r, (k*(r%4+1)+r)%5, 1+r%5, 1+k%5)
		}
	}
	readBoth(t, []byte(shuffled.String()), Config{})
}
