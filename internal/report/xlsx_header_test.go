package report

import (
	"strings"
	"testing"
)

// A client and a confidentiality line too long for Excel's 255-character
// print header (trial 5, M2) no longer stop the report: each wraps at a word
// onto two lines of its section (55 and 80 characters) so they do not run
// into each other, and what is left ends in "…"; the summary sheet still
// carries the whole line.
func TestLongHeaderIsShortened(t *testing.T) {
	r := *exampleReport(t, "automotive-aftermarket")
	r.Meta.Client = "Brandt Werkzeugmaschinen und Präzisionsantriebstechnik Aktiengesellschaft & Co. KGaA"
	r.Meta.Confidentiality = "Strictly confidential: prepared exclusively for the supervisory board and executive board of Brandt, meeting of 14 January 2027, not for distribution"
	r.Meta.AsOf = "2026-12-15"
	f := openBook(t, renderTo(t, &r, WriteXLSX))
	hf, err := f.GetHeaderFooter("Summary")
	if err != nil {
		t.Fatal(err)
	}
	want := `&L&"-,Bold"Brandt Werkzeugmaschinen und Präzisionsantriebstechnik` + "\n" + `Aktiengesellschaft && Co. KGaA` +
		`&CStrictly confidential: prepared exclusively for the supervisory board and` + "\n" +
		`executive board of Brandt, meeting of 14 January 2027…` + `&RData as of 15 December 2026`
	if hf.OddHeader != want {
		t.Errorf("header\n%q\nwant\n%q", hf.OddHeader, want)
	}
	if n := headerUnits(hf.OddHeader); n > maxHeaderUnits {
		t.Errorf("header has %d units", n)
	}
	summary, _ := f.GetRows("Summary")
	var whole bool
	for _, row := range summary {
		whole = whole || strings.Contains(strings.Join(row, " "), r.Meta.Confidentiality)
	}
	if !whole {
		t.Error("the summary sheet lost the whole confidentiality line")
	}
}

// Shortening counts what excelize counts (UTF-16 code units), never splits
// an escaped "&&" or a character outside the basic plane, and gives the
// client at least half when both are long.
func TestClipHeaderText(t *testing.T) {
	for _, c := range []struct {
		s     string
		units int
		want  string
	}{
		{"A & B", 6, "A && B"},
		{"A & B", 5, "A &&…"},
		{"A & B", 3, "A…"},  // "&&" does not fit whole: cut before it, the space trimmed
		{"ab😀cd", 4, "ab…"}, // the emoji is two units
		{"ab😀cd", 5, "ab😀…"},
		{"abc", 0, ""},
	} {
		if got := clipHeaderText(c.s, c.units); got != c.want || headerUnits(got) > c.units {
			t.Errorf("clipHeaderText(%q, %d) = %q, want %q", c.s, c.units, got, c.want)
		}
	}
	// Texts of "&" only: wrapped to 55 and 80 characters (54 and 79 "&"
	// and "…") they take 109 + 159 units escaped, more than the 251 left by
	// "&L" and "&C". The client keeps its 109; the line gets 142: 70 "&&"
	// and "…".
	amp := strings.Repeat("&", 300)
	got := fitHeader("&L", amp, "&C", amp, "")
	if n := headerUnits(got); n > maxHeaderUnits {
		t.Errorf("two long texts: %d units", n)
	}
	if want := "&L" + strings.Repeat("&&", 54) + "…&C" + strings.Repeat("&&", 70) + "…"; got != want {
		t.Errorf("two long texts:\n%q\nwant\n%q", got, want)
	}
	// The third line is cut; its end falls at a word near the limit.
	if got := wrapHeader("aa bb cc dd ee ff gg", 8); got != "aa bb cc\ndd ee…" {
		t.Errorf("wrapHeader = %q", got)
	}
	// A first word longer than a line is cut also when a third line follows
	// (the header's own wrapping left it whole then).
	if got := wrapHeader("Abcdefghijkl mn op qr st", 8); got != "Abcdefg…\nmn op…" {
		t.Errorf("wrapHeader = %q", got)
	}
}
