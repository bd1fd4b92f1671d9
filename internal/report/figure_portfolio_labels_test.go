package report

import (
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/text"
)

// A name on the Kano portfolio is never cut: it stands whole on one line
// or wraps between words; where it fits nowhere the point is numbered and
// the key beside the chart names it in full.
func TestPortfolioLabelsAreWholeNames(t *testing.T) {
	for _, example := range []string{"automotive-aftermarket", "intralogistics"} {
		r := exampleReport(t, example)
		f := portfolio(text.LangOf(r.Meta.Language), r)
		named, wrapped := 0, 0
		for _, p := range f.Points {
			if p.Numbered {
				continue
			}
			named++
			if got := strings.Join(p.Lines, " "); got != p.Name {
				t.Errorf("%s: label %q, want the whole name %q", example, got, p.Name)
			}
			if len(p.Lines) > 1 {
				wrapped++
			}
			for _, l := range p.Lines {
				if strings.Contains(l, "…") {
					t.Errorf("%s: label line %q is cut", example, l)
				}
			}
		}
		if wrapped == 0 {
			t.Errorf("%s: no long name wraps (%d named)", example, named)
		}
		t.Logf("%s: %d of %d points named, %d wrapped", example, named, len(f.Points), wrapped)
	}
	if got := labelShapes("Buy tyres online, book fitting in a partner workshop"); len(got) == 0 || len(got[0]) != 2 {
		t.Errorf("a 52-character name first tries two lines: %q", got)
	}
	if got := labelShapes("Live chat with parts experts"); len(got[0]) != 1 {
		t.Errorf("a short name first tries one line: %q", got)
	}
}

// No leader line and no segment-shift arrow runs through a name on the
// portfolio (trial: two leaders crossed German names), and no name's
// leader runs through another label. Only a number that found no other
// spot may be crossed (it is listed in the key anyway).
func TestPortfolioLinesCrossNoName(t *testing.T) {
	for _, example := range []string{"automotive-aftermarket", "intralogistics"} {
		r := exampleReport(t, example)
		f := portfolio(text.LangOf(r.Meta.Language), r)
		var lines []segment
		owner := map[int]int{} // line -> point whose leader it is
		for _, s := range f.Shifts {
			lines = append(lines, segment{s.X1, s.Y1, s.X2, s.Y2})
		}
		for i, p := range f.Points {
			if p.Leader {
				owner[len(lines)] = i
				lines = append(lines, segment{p.X, p.Y, p.LineX, p.LineY})
			}
		}
		leaders, crossedNumbers := 0, 0
		for li, s := range lines {
			from, isLeader := owner[li]
			if isLeader {
				leaders++
			}
			for i, p := range f.Points {
				if isLeader && i == from || !p.labelBox().crosses(s) {
					continue
				}
				switch {
				case !p.Numbered:
					t.Errorf("%s: a line from (%.0f,%.0f) to (%.0f,%.0f) runs through the name %q", example, s.X1, s.Y1, s.X2, s.Y2, p.Name)
				case isLeader && !f.Points[from].Numbered:
					t.Errorf("%s: the leader of %q runs through the number %s", example, f.Points[from].Name, p.Lines[0])
				default:
					crossedNumbers++
				}
			}
		}
		if leaders == 0 {
			t.Errorf("%s: no leader lines: the test tests nothing", example)
		}
		t.Logf("%s: %d leaders, %d arrows, %d numbers crossed", example, leaders, len(f.Shifts), crossedNumbers)
	}
}
