package survey

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/kano"
)

// Excel for Mac's "CSV (Macintosh)" ends lines with CR alone (trial 6 L7):
// it was "the header row is missing". 6,000 respondents (past the 64 KB
// read to sniff the file, and past the rows read for the header), one
// quoted cell holding a line break: r1-r1500 answer like/dislike (O),
// r1501-r6000 expect/dislike (M): O 1500, M 4500.
func TestCROnlyLineEnds(t *testing.T) {
	var b strings.Builder
	b.WriteString("respondent;comment;live-chat_functional;live-chat_dysfunctional\r")
	for i := 1; i <= 6000; i++ {
		f, comment := 1, "fine"
		if i > 1500 {
			f = 2
		}
		if i == 7 {
			comment = "\"two\rlines\""
		}
		fmt.Fprintf(&b, "r%d;%s;%d;5\r", i, comment, f)
	}
	if b.Len() < sniffSize {
		t.Fatalf("the file is %d bytes, not past the sniff", b.Len())
	}
	feats, st, err := readWith(t, "mac.csv", []byte(b.String()), "", Config{})
	if err != nil {
		t.Fatal(err)
	}
	if st.Respondents != 6000 || feats["live-chat"].Counts != (kano.Counts{O: 1500, M: 4500}) {
		t.Errorf("%d respondents, %+v", st.Respondents, feats["live-chat"].Counts)
	}
}
