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
