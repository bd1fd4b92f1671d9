package report

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
)

// A mixed segment result is shown as the Kano page shows it, never as one
// firm category, and a difference that is no difference of category (a
// mixed result holding the other segment's category) is not in the
// summary (trial6 M2). In the automotive example personal-offers is B2B
// R/I (reverse, indifferent runner-up, not significantly apart by Fong's
// test) and B2C I: the chi-square of the distributions is significant, but
// B2B may be I as well. Four features differ by segment and are
// significant; three remain for the summary: same-day-delivery M:O,
// mobile-app O:A, social-login R:I.
func TestMixedSegmentResults(t *testing.T) {
	for _, c := range []struct {
		lang, code, label, summary, no string
	}{
		{"en", "R/I", "mixed: reverse / indifferent", "3 features are seen significantly differently by the segments", "no"},
		{"de", "R/U", "gemischt: Rückweisungsmerkmal / Unerhebliches Merkmal", "3 Funktionen werden von den Segmenten signifikant unterschiedlich bewertet", "nein"},
	} {
		m := exampleFS(t, "automotive-aftermarket")
		m["dsc.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(string(m["dsc.yaml"].Data), "language: en", "language: "+c.lang, 1))}
		r := build(t, m)
		var facts int
		for _, f := range r.Summary.Findings {
			if f.Kind == analysis.FactSegmentsDiffer {
				facts++
				if f.Count != 3 || strings.Contains(strings.Join(f.Names, ","), "Personalised") {
					t.Errorf("%s: fact %+v", c.lang, f)
				}
			}
		}
		if facts != 1 {
			t.Errorf("%s: %d segment facts", c.lang, facts)
		}
		html := string(renderTo(t, r, WriteHTML))
		i := strings.Index(html, "<tr><td>Personalised offers and newsletter</td><td><span class=\"badge\"")
		if i < 0 {
			t.Fatalf("%s: no segment row for personal offers", c.lang)
		}
		row := html[i : i+strings.Index(html[i:], "</tr>")]
		if !strings.Contains(row, ">"+c.code+"</span> "+c.label+"</td>") {
			t.Errorf("%s: segment row %s\nwant %s %s", c.lang, row, c.code, c.label)
		}
		// The table says what the summary says (kano.FeatureResult.SegmentsDiffer):
		// p < 0.001, but not significantly different categories.
		if !strings.HasSuffix(row, "<td>"+c.no+"</td>") {
			t.Errorf("%s: segment row %s\nwant it not significant, as the summary", c.lang, row)
		}
		if !strings.Contains(html, c.summary) {
			t.Errorf("%s: summary without %q", c.lang, c.summary)
		}
		book := openBook(t, renderTo(t, r, WriteXLSX))
		rows, err := book.GetRows(text.LangOf(c.lang).T(text.Segments))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, row := range rows {
			if len(row) > 1 && row[1] == "Personalised offers and newsletter" {
				found = strings.Contains(strings.Join(row, "|"), "|"+c.label+"|")
				if !found {
					t.Errorf("%s: workbook row %q", c.lang, row)
				}
				sig := slices.Index(rows[0], text.LangOf(c.lang).T(text.SignificantDifference))
				if sig < 0 || row[sig] != c.no {
					t.Errorf("%s: workbook row %q, significant column %d: want no, as the summary", c.lang, row, sig)
				}
			}
		}
		if !found {
			t.Errorf("%s: no workbook row with %q", c.lang, c.label)
		}
	}
}
