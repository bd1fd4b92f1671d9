package survey

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/kano"
)

// longDE is a German long export (trial 6's M6): German headers, the
// features by the catalog's ids, names and aliases in any case.
//
//	T1 B2B Sendungsverfolgung (alias)  freuen/stören   like/dislike   O  imp 9
//	T1 B2B Live chat (name)            egal/egal       neutral/neutral I imp 3
//	T2 B2C order-tracking (id)         voraus/stören   expect/dislike M  imp 7
//	T2 B2C chat with an expert (alias) freuen/egal     like/neutral   A  imp 5
//	T3 B2C Track my order (alias)      freuen/egal     like/neutral   A  imp 2
//	T3 B2C Liveticker (no entry)       freuen/freuen
//
// order-tracking: O 1, M 1, A 1, importance (9+7+2)/3 = 6; B2B O 1, B2C M 1
// A 1. live-chat: I 1, A 1, importance (3+5)/2 = 4.
func longDE(header string) []byte {
	return csvRows(";",
		strings.Split(header, ";"),
		[]string{"T1", "B2B", "Sendungsverfolgung", "Das würde mich sehr freuen", "Das würde mich sehr stören", "9"},
		[]string{"T1", "B2B", "Live chat", "Das ist mir egal", "Das ist mir egal", "3"},
		[]string{"T2", "B2C", "order-tracking", "Das setze ich voraus", "Das würde mich sehr stören", "7"},
		[]string{"T2", "B2C", "chat with an expert", "Das würde mich sehr freuen", "Das ist mir egal", "5"},
		[]string{"T3", "B2C", "Track my order", "Das würde mich sehr freuen", "Das ist mir egal", "2"},
		[]string{"T3", "B2C", "Liveticker", "Das würde mich sehr freuen", "Das würde mich sehr freuen", ""},
	)
}

var longSegments = Config{Catalog: testCatalog, SegmentBy: "segment", Segments: []string{"B2B", "B2C"}}

func checkLongDE(t *testing.T, name string, feats map[string]kano.FeatureResult, st Stats, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	ot, lc := feats["order-tracking"], feats["live-chat"]
	if st.Layout != "long" || st.Respondents != 3 || len(feats) != 2 || ot.Counts != (kano.Counts{O: 1, M: 1, A: 1}) || lc.Counts != (kano.Counts{I: 1, A: 1}) {
		t.Errorf("%s: layout %s, %d respondents, %+v", name, st.Layout, st.Respondents, feats)
	}
	if ot.Continuous.ImportanceMean != 6 || lc.Continuous.ImportanceMean != 4 {
		t.Errorf("%s: importance %v, %v; want 6, 4", name, ot.Continuous.ImportanceMean, lc.Continuous.ImportanceMean)
	}
	if ot.Segments["B2B"].Counts != (kano.Counts{O: 1}) || ot.Segments["B2C"].Counts != (kano.Counts{M: 1, A: 1}) {
		t.Errorf("%s: segments %+v", name, ot.Segments)
	}
}

// German headers are the long layout's columns as they stand, and the
// feature cells name entries by id, name or alias; the one cell naming
// none is one message whose hint works: items: leaves it out.
func TestLongLayoutGermanHeadersAndAliases(t *testing.T) {
	data := longDE("Teilnehmer;Kundentyp;Merkmal;funktional;dysfunktional;Wichtigkeit")
	_, _, err := readWith(t, "l.csv", data, "attributes: {Kundentyp: segment}\n", longSegments)
	got := strings.Join(problems(t, err), "\n")
	want := `l.csv:7:3: unknown catalog entry "Liveticker" in column "Merkmal"; write the entry's id, name or an alias in the column, add "Liveticker" to the entry's aliases: in catalog.yaml, or map it in the survey's mapping file: items: {"Liveticker": ID}`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	feats, st, err := readWith(t, "l.csv", data, "attributes: {Kundentyp: segment}\nitems: {Liveticker: ignore}\n", longSegments)
	checkLongDE(t, "German headers", feats, st, err)
	// Naming the columns that are already the layout's agrees with them.
	feats, st, err = readWith(t, "l.csv", data, "attributes: {Kundentyp: segment, Merkmal: feature, funktional: functional, dysfunktional: dysfunctional, Wichtigkeit: importance}\nitems: {Liveticker: ignore}\n", longSegments)
	checkLongDE(t, "attributes naming them", feats, st, err)
	// An items: line no feature cell holds is said, once the rows are read.
	_, _, err = readWith(t, "l.csv", data, "attributes: {Kundentyp: segment}\nitems: {Liveticker: ignore, Newsticker: live-chat}\n", longSegments)
	if got := strings.Join(problems(t, err), "\n"); !strings.HasPrefix(got, `m.map.yaml:2:29: item "Newsticker" is in no row of l.csv's feature column`) || strings.Contains(got, "\n") {
		t.Errorf("unused item: %s", got)
	}
}

// Headers of the agency's own (Person, Frage A ...) are named in the
// mapping, by attributes: or by columns: lines; without them, one message
// says which columns the layout needs and the line that names them.
func TestLongLayoutColumnsNamedByTheMapping(t *testing.T) {
	data := longDE("Person;Typ;Funktion;Frage A;Frage B;Wert")
	for name, mapping := range map[string]string{
		"attributes": "respondent: Person\nattributes: {Typ: segment, Funktion: feature, \"Frage A\": functional, \"Frage B\": dysfunctional, Wert: importance}\nitems: {Liveticker: ignore}\n",
		"columns": "respondent: Person\nlayout: long\nattributes: {Typ: segment}\nitems: {Liveticker: ignore}\ncolumns:\n" +
			"  - {header: Funktion, question: feature}\n  - {header: Frage A, question: functional}\n  - {header: Frage B, question: dysfunctional}\n  - {header: Wert, question: importance}\n",
	} {
		feats, st, err := readWith(t, "l.csv", data, mapping, longSegments)
		checkLongDE(t, name, feats, st, err)
	}
	_, _, err := readWith(t, "l.csv", data, "layout: long\nattributes: {Typ: segment}\n", longSegments)
	got := strings.Join(problems(t, err), "\n")
	want := `l.csv:1:1: the long layout (one row per respondent and feature) needs "respondent", "feature", "functional" and "dysfunctional" columns; none is named so; ` +
		`say which column is which in the survey's mapping file: attributes: {HEADER: feature, HEADER: functional, HEADER: dysfunctional} and respondent: HEADER, each HEADER one of "Person", "Typ", "Funktion", "Frage A", "Frage B", "Wert"`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// Past the rows read for the header the fast path (fastlong.go) reads the
// rows; features named by alias count there as by id. 300 respondents
// answer order-tracking like/dislike (O) and live-chat like/neutral (A):
// O 300 and A 300, by ids or by aliases alike.
func TestLongLayoutAliasesOnTheFastPath(t *testing.T) {
	for name, feats := range map[string][2]string{"ids": {"order-tracking", "live-chat"}, "aliases": {"Sendungsverfolgung", "chat with an expert"}} {
		var b strings.Builder
		b.WriteString("Teilnehmer,Merkmal,funktional,dysfunktional\n")
		for i := 1; i <= 300; i++ {
			fmt.Fprintf(&b, "T%d,%s,1,5\nT%d,%s,1,3\n", i, feats[0], i, feats[1])
		}
		got, st, err := readWith(t, "l.csv", []byte(b.String()), "", Config{Catalog: testCatalog})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if st.Respondents != 300 || got["order-tracking"].Counts != (kano.Counts{O: 300}) || got["live-chat"].Counts != (kano.Counts{A: 300}) ||
			strings.Join(st.Features, ",") != "order-tracking,live-chat" {
			t.Errorf("%s: %d respondents, features %v, %+v", name, st.Respondents, st.Features, got)
		}
	}
}
