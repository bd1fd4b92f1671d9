package survey

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/gen"
)

// TestGoogleFormsRepeatedResponseLargeFile: a response without an id that
// is there twice is found past the rows read to understand the columns,
// where the fast and the parallel paths count.
func TestGoogleFormsRepeatedResponseLargeFile(t *testing.T) {
	var b strings.Builder
	b.WriteString("Timestamp,How would you feel if it had live chat?,How would you feel if it had no live chat?\n")
	for i := 0; i < 3000; i++ {
		fmt.Fprintf(&b, "2024/03/04 9:%02d:%02d AM GMT+1,I like it,I dislike it\n", i/60, i%60)
	}
	// Response 5 (line 7) again, on line 3,002.
	b.WriteString("2024/03/04 9:00:05 AM GMT+1,I like it,I dislike it\n")
	_, _, err := readWith(t, "g.csv", []byte(b.String()), "", Config{Catalog: testCatalog})
	if ps := problems(t, err); len(ps) != 1 || !strings.HasPrefix(ps[0], "g.csv:3002:1: this response repeats line 7:") {
		t.Errorf("got %v", ps)
	}
	p, s := readBoth(t, []byte(b.String()), Config{Catalog: testCatalog})
	if p != s {
		t.Errorf("parallel:\n%.400s\none core:\n%.400s", p, s)
	}
}

// FuzzFastPaths: on any input the parallel read, the fast path and the
// full path give the same stats, analysis and problems.
// go test ./internal/survey -run XXX -fuzz FuzzFastPaths -fuzztime 1m
func FuzzFastPaths(f *testing.F) {
	var synthetic bytes.Buffer
	if err := gen.WriteSurveyCSV(&synthetic, 40, 3, 1); err != nil {
		f.Fatal(err)
	}
	f.Add(synthetic.Bytes())
	f.Add([]byte("respondent,segment,a_functional,a_dysfunctional,a_importance\nr1,B2B,1,5,9\nr2,B2C,I like it,,\nr3,,\"5\",x,10\nr1,B2B,1,5,9\n"))
	f.Add([]byte("Timestamp,How would you feel if it had live chat?,How would you feel if it had no live chat?\n2024/03/04 9:12:05 AM GMT+1,I like it,I dislike it\n2024/03/04 9:12:05 AM GMT+1,I like it,I dislike it\n"))
	// The line walk's corners: quoted cells, CRLF, a byte-order mark,
	// blank and one-byte cells, unknown answers, a one-character header.
	f.Add([]byte("\ufeffrespondent,segment,a_functional,a_dysfunctional,a_importance\r\nr1,B2B,1,5,9\r\nr2,\"B2C\",\"1\",,\r\nr3,x,;,5,\r\n,,,,\r\n"))
	f.Add([]byte("r,s,a_functional,a_dysfunctional,x\nr1,b,1,2,x\nr2,{,1,maybe,y\nr3,x,5,5,x\nr4,\"b,c\",\"1\n\",2\n"))
	// The long layout's line walk (fastlong.go): respondents after the
	// sample, a feature twice, a respondent back, spaces, labels.
	f.Add(longCSV(4))
	f.Add([]byte("respondent,feature,functional,dysfunctional,importance,segment\nr1,a,1,5,9,B2B\nr1,b,2,4,,B2B\nr1,a,1,1,1,B2B\nr2,a, 3,x,10,B2C\n r2,b,I like it,5,9 - high,B2C\nr3,b,1,,,\nr1,c,1,2,3,B2B\n,a,1,2,3,B2B\nr4,\"a\",1,2,3,feature\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if p, s := readBoth(t, data, Config{SegmentBy: "segment"}); p != s {
			t.Fatalf("parallel:\n%s\none core:\n%s", p, s)
		}
	})
}
