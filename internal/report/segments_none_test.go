package report

import (
	"strings"
	"testing"
	"testing/fstest"
)

// With one segment below the minimum N nothing is compared: the segment
// slide says so in one sentence instead of printing its heading alone
// (trial7 N29). The automotive example has 100 B2B and 140 B2C
// respondents; with min_n 120 only B2C reaches it, so no feature has a
// segment difference and the table has no row.
func TestSegmentSlideSaysWhyNothingIsCompared(t *testing.T) {
	for _, c := range []struct{ lang, want string }{
		{"en", `<h2>Segment comparison</h2>
<p class="message">No comparison between the segments: Trade customers (n = 100) has fewer than 120 respondents, too few for a comparison.</p>`},
		{"de", `<h2>Segmentvergleich</h2>
<p class="message">Kein Vergleich der Segmente: Trade customers (n = 100) hat weniger als 120 Befragte, zu wenige für einen Vergleich.</p>`},
	} {
		m := exampleFS(t, "automotive-aftermarket")
		y := string(m["dsc.yaml"].Data)
		y = strings.Replace(y, "language: en", "language: "+c.lang, 1)
		y = strings.Replace(y, "min_n: 20", "min_n: 120", 1)
		m["dsc.yaml"] = &fstest.MapFile{Data: []byte(y)}
		html := string(renderTo(t, build(t, m), WriteHTML))
		i := strings.Index(html, `<section class="slide" id="segments">`)
		if i < 0 {
			t.Fatalf("%s: no segment slide", c.lang)
		}
		slide := html[i : i+strings.Index(html[i:], "</section>")]
		if !strings.Contains(slide, c.want) {
			t.Errorf("%s: segment slide\n%s\nwant\n%s", c.lang, slide, c.want)
		}
		if strings.Contains(slide, "<table") {
			t.Errorf("%s: segment slide has a table without rows", c.lang)
		}
	}
}
