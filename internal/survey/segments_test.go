package survey

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/kano"
)

// TestSegmentColumnIsAnID: a segment column with more values than
// kano.DefaultMaxSegments stops with one message at the first value too
// many, whatever the layout.
func TestSegmentColumnIsAnID(t *testing.T) {
	n := kano.DefaultMaxSegments + 5
	var wide, long strings.Builder
	wide.WriteString("respondent,segment,a_functional,a_dysfunctional\n")
	long.WriteString("respondent,feature,functional,dysfunctional,segment\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&wide, "r%d,id-%d,1,5\n", i, i)
		fmt.Fprintf(&long, "r%d,a,1,5,id-%d\n", i, i)
	}
	for name, data := range map[string]string{"wide.csv": wide.String(), "long.csv": long.String()} {
		s := kano.NewSurvey()
		_, err := Read(Source{FS: fstest.MapFS{name: {Data: []byte(data)}}, Path: name, Display: name}, Config{SegmentBy: "segment"}, s)
		var de *diag.Error
		if !errors.As(err, &de) || len(de.Problems) != 1 {
			t.Fatalf("%s: got %v", name, err)
		}
		p := de.Problems[0]
		// The header is line 1, respondent i on line i+1: the 1,001st value on line 1,002.
		col := map[string]int{"wide.csv": 2, "long.csv": 5}[name]
		if p.Line != kano.DefaultMaxSegments+2 || p.Col != col || !strings.Contains(p.Msg, "that column is an id, not a segment") {
			t.Errorf("%s: %+v", name, p)
		}
		if len(s.SegmentValues()) != kano.DefaultMaxSegments {
			t.Errorf("%s: %d segments kept", name, len(s.SegmentValues()))
		}
	}
}
