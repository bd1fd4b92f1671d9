package analysis

import (
	"errors"
	"testing"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/survey"
)

// A wave column's file read once per wave (trial 4 M4): the same value's
// message of each wave's read is one message at its first cell, counting
// every cell: 12 + 15 + 14 = 41, "40 more"; a wave's "1 more cell" and a
// single cell add up too: 2 + 1 = 3, "2 more". Another file's problems stay.
// The reads' counts are typed (Repeats), worded by survey.WithMoreCells.
func TestMergeWaveRepeats(t *testing.T) {
	const msg, hint = `segment "Private customer" is not a segment id of dsc.yaml`, "the segments are B2B, B2C"
	var l diag.List
	l.Append(survey.WithMoreCells(diag.Problem{File: "panel.csv", Line: 57, Col: 4, Msg: msg, Hint: hint}, 13))
	l.Append(survey.WithMoreCells(diag.Problem{File: "panel.csv", Line: 3, Col: 4, Msg: msg, Hint: hint}, 11))
	l.Append(survey.WithMoreCells(diag.Problem{File: "panel.csv", Line: 27, Col: 4, Msg: msg, Hint: hint}, 14))
	l.Add("other.csv", 3, 4, msg, hint)
	l.Add("other.csv", 9, 4, msg, hint)
	const bad = `wave "2025-3" is not a month`
	l.Append(survey.WithMoreCells(diag.Problem{File: "panel.csv", Line: 8, Col: 2, Msg: bad, Hint: "write 2025-03"}, 1))
	l.Add("panel.csv", 30, 2, bad, "write 2025-03")
	srcs := []survey.Source{{Display: "panel.csv", Wave: "2025-03", WaveColumn: &survey.WaveColumn{Name: "Wave"}}, {Display: "other.csv", Wave: "2025-03"}}
	var de *diag.Error
	if !errors.As(mergeWaveRepeats(l.Err(), srcs), &de) {
		t.Fatal("no problems")
	}
	var got []string
	for _, p := range de.Problems {
		got = append(got, p.String())
	}
	want := []string{
		"other.csv:3:4: " + msg + "; " + hint,
		"other.csv:9:4: " + msg + "; " + hint,
		"panel.csv:3:4: " + msg + ", and 40 more cells with it; " + hint,
		"panel.csv:8:2: " + bad + ", and 2 more cells with it; write 2025-03",
	}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("got %q\nwant %q", got[i], want[i])
		}
	}
}
