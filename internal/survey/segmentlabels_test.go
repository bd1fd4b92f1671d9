package survey

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/kano"
)

// trial7 N7: the hint for an unknown segment value offers the whole value
// in the line to copy (it clipped it to 40 characters, and the copied line
// matched nothing); a segments: line that matches no value while a value
// is unknown is one message at that line, naming the value it meant.
func TestSegmentLabelThatMatchesNothing(t *testing.T) {
	cfg := Config{Catalog: testCatalog, SegmentBy: "Kundengruppe", Segments: []string{"OEM", "MRO"}}
	long := "Maschinen- und Anlagenbauer (Serienkunde)" // 41 characters
	h := "Timestamp,Kundengruppe,How would you feel if it had live chat?,How would you feel if it had no live chat?\n"
	data := []byte(h + "2024/03/04 9:12:05 AM GMT+1," + long + ",I like it,I dislike it\n" +
		"2024/03/04 9:13:05 AM GMT+1,Instandhaltung,I expect it,I dislike it\n" +
		"2024/03/04 9:14:05 AM GMT+1," + long + ",I like it,I am neutral\n")
	fsys := fstest.MapFS{"g.csv": {Data: data}}
	read := func(m string) []string {
		t.Helper()
		src := Source{FS: fsys, Path: "g.csv", Display: "g.csv"}
		if m != "" {
			mp, probs := DecodeMapping("g.map.yaml", []byte(m))
			if len(probs) > 0 {
				t.Fatal(probs)
			}
			src.Mapping = mp
		}
		if _, err := Read(src, cfg, kano.NewSurvey()); err != nil {
			return problems(t, err)
		}
		return nil
	}

	// Without a segments: line the hint offers the line with the whole value.
	ps := read("")
	want := `segments: {"Maschinen- und Anlagenbauer (Serienkunde)": ID}`
	if len(ps) != 2 || !strings.HasSuffix(ps[0], want) {
		t.Errorf("got %q, want the first ending in %q", ps, want)
	}

	// The line as the old hint offered it (clipped): one message, at it.
	ps = read("segments:\n  \"Instandhaltung\": MRO\n  \"Maschinen- und Anlagenbauer (Serienku...\": OEM\n")
	if len(ps) != 1 || ps[0] != `g.map.yaml:3:3: segments: "Maschinen- und Anlagenbauer (Serienku..." matches no value of segment column "Kundengruppe" `+
		`(2 cells hold "Maschinen- und Anlagenbauer (Serienkunde)"); write the value as the export has it: "Maschinen- und Anlagenbauer (Serienkunde)": OEM` {
		t.Errorf("got %q", ps)
	}

	// A label no respondent used while every value resolves is no mistake
	// (a wave that reached no one of a segment).
	if ps := read("segments:\n  \"Instandhaltung\": MRO\n  \"" + long + "\": OEM\n  \"Händler\": OEM\n"); len(ps) != 0 {
		t.Errorf("got %q", ps)
	}
}
