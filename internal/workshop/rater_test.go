package workshop

import (
	"testing"

	"github.com/dsc-workbench/dsc/internal/testenv"
)

// An unknown rater is told the raters as words, not as a Go slice
// ("[cso cio coo]", trial 5, L10).
func TestUnknownRaterListsRaters(t *testing.T) {
	ws := testenv.LoadExample(t, "intralogistics")
	_, err := ReadinessPlan(ws, "cfo")
	want := `unknown rater "cfo"; raters in readiness.yaml: "cso", "head-ebusiness", "head-service"`
	if err == nil || len(err.Error()) < len(want) || err.Error()[:len(want)] != want {
		t.Fatalf("got %v, want it to start %q", err, want)
	}
}
