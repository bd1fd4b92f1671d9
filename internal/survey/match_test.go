package survey

import (
	"strings"
	"testing"
	"testing/fstest"
)

// inspectColumns inspects a CSV against a catalog and returns its columns by letter.
func inspectColumns(t *testing.T, content string, catalog []CatalogEntry) map[string]Column {
	t.Helper()
	in, err := Inspect(Source{FS: fstest.MapFS{"q.csv": {Data: []byte(content)}}, Path: "q.csv", Display: "q.csv"}, Config{Catalog: catalog})
	if err != nil {
		t.Fatal(err)
	}
	cols := map[string]Column{}
	for _, c := range in.Columns {
		cols[c.Ref] = c
	}
	return cols
}

// twelve answers a question pair, so the columns look like answers.
func kanoCSV(header string) string {
	var b strings.Builder
	b.WriteString(header + "\n")
	for i := 1; i <= 12; i++ {
		b.WriteString("R" + string(rune('a'+i)) + ",I like it,I dislike it\n")
	}
	return b.String()
}

// A name beats an id: the entry renamed "Order status" keeps the id
// order-tracking, a new entry is named "Order tracking"; the question
// about "Order tracking" is the new entry's (trial6 H5).
func TestNameBeatsID(t *testing.T) {
	catalog := []CatalogEntry{
		{ID: "order-tracking", Name: "Order status"},
		{ID: "shipment-tracking", Name: "Order tracking"},
	}
	for _, header := range []string{
		`id,How would you feel if Order tracking were available?,How would you feel if Order tracking were not available?`,
		`id,Wie fänden Sie es? [Order tracking],Wie fänden Sie es nicht? [Order tracking]`,
	} {
		cols := inspectColumns(t, kanoCSV(header), catalog)
		if cols["B"].Entry != "shipment-tracking" || cols["C"].Entry != "shipment-tracking" || cols["C"].Question != Dysfunctional {
			t.Errorf("%s:\nB %+v\nC %+v", header, cols["B"], cols["C"])
		}
		if !strings.Contains(cols["B"].By, `names "Order tracking"`) {
			t.Errorf("B by: %s", cols["B"].By)
		}
	}
}

// An id names its entry only as the whole text, never as a word of a
// question about something else (trial6 H5: id "app").
func TestIDMatchesOnlyAsTheWholeText(t *testing.T) {
	catalog := []CatalogEntry{
		{ID: "app", Name: "Mobile application"},
		{ID: "live-chat", Name: "Chat with an expert"},
	}
	cols := inspectColumns(t, kanoCSV(`id,How would you feel if you could track your parcel in the app?,How would you feel if you could not track your parcel in the app?`), catalog)
	for _, ref := range []string{"B", "C"} {
		if cols[ref].Entry == "app" {
			t.Errorf("%s credited to the app by its id: %+v", ref, cols[ref])
		}
	}
	cols = inspectColumns(t, kanoCSV(`id,Wie fänden Sie es? [live-chat],Wie fänden Sie es nicht? [Live Chat]`), catalog)
	if cols["B"].Entry != "live-chat" || cols["C"].Entry != "live-chat" || !strings.Contains(cols["B"].By, `names "live-chat"`) {
		t.Errorf("grid row = id:\nB %+v\nC %+v", cols["B"], cols["C"])
	}
}

// Whole words only: a German compound or another English word that starts
// with a name is not the name; plurals and inflections are (trial6 M17).
func TestSameWordIsWholeWord(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"rechnungsadresse", "rechnung", false}, // billing address, not invoice
		{"terminal", "termin", false},           // kiosk, not appointment
		{"kundenkontoauszuege", "kundenkonto", false},
		{"katalogpreise", "katalog", false},
		{"returning", "return", false},
		{"chatbot", "chat", false},
		{"rechnungen", "rechnung", true},
		{"massages", "massage", true},
		{"termine", "termin", true},
		{"returns", "return", true},
		{"chats", "chat", true},
		{"compacter", "compact", true},
		{"rechnung", "rechnung", true},
	} {
		if got := sameWord(c.text, c.name); got != c.want {
			t.Errorf("sameWord(%q, %q) = %v, want %v", c.text, c.name, got, c.want)
		}
	}
	catalog := []CatalogEntry{{ID: "invoice", Name: "Rechnung"}, {ID: "returns", Name: "Return"}}
	cols := inspectColumns(t, kanoCSV(`id,"Wie fänden Sie es, wenn die Rechnungsadresse gespeichert wäre?","Wie fänden Sie es, wenn die Rechnungsadresse nicht gespeichert wäre?"`), catalog)
	if cols["B"].Entry == "invoice" || cols["C"].Entry == "invoice" {
		t.Errorf("billing address credited to the invoice: %+v", cols["B"])
	}
	cols = inspectColumns(t, kanoCSV(`id,How would you feel if returning customers were recognised?,How would you feel if returning customers were not recognised?`), catalog)
	if cols["B"].Entry == "returns" {
		t.Errorf("returning customers credited to returns: %+v", cols["B"])
	}
	cols = inspectColumns(t, kanoCSV(`id,Wie fänden Sie es? [Rechnungen],Wie fänden Sie es nicht? [Rechnungen]`), catalog)
	if cols["B"].Entry != "invoice" {
		t.Errorf("plural not matched: %+v", cols["B"])
	}
}

// A question naming two entries is a decision that names both entries,
// the words that name them, and the fix.
func TestAmbiguousQuestionNamesBothEntries(t *testing.T) {
	catalog := []CatalogEntry{{ID: "order-tracking", Name: "Order tracking"}, {ID: "app", Name: "Mobile app", Aliases: []string{"App"}}}
	cols := inspectColumns(t, kanoCSV(`id,How would you feel if Order tracking were in the app?,How would you feel if Order tracking were not in the app?`), catalog)
	want := `the question names several catalog entries: "App" (entry app) and "Order tracking" (entry order-tracking)`
	if cols["B"].Decision != want || !strings.Contains(cols["B"].Hint, "columns: - {column: B, entry: ID") || !strings.Contains(cols["B"].Hint, "names and aliases") {
		t.Errorf("got %q; hint %q", cols["B"].Decision, cols["B"].Hint)
	}
}
