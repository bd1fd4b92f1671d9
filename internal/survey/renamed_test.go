package survey

import (
	"strings"
	"testing"
)

// A catalog entry renamed after the survey went out (trial 6's L3): its
// three questions, the importance one included, are one message. The
// catalog names "Live chat"; the survey asks about "Expert chat".
func TestRenamedEntryIsOneMessage(t *testing.T) {
	data := csvRows(",",
		[]string{"#", "How would you feel if Order tracking were available?", "How would you feel if Order tracking were not available?", "How important is Order tracking to you?",
			"How would you feel if Expert chat were available?", "How would you feel if Expert chat were not available?", "How important is Expert chat to you?", "Submit Date (UTC)"},
		[]string{"r1", "I like it", "I dislike it", "9", "I like it", "I am neutral", "7", "2026-10-05 08:00:00"},
		[]string{"r2", "I expect it", "I dislike it", "8", "I am neutral", "I am neutral", "2", "2026-10-05 08:10:00"},
	)
	_, _, err := readWith(t, "tf.csv", data, "", Config{Catalog: testCatalog})
	got := strings.Join(problems(t, err), "\n")
	want := `tf.csv:1:5: columns E, F, G ask about "Expert chat" (functional, dysfunctional, importance), which is no catalog entry's name or alias; ` +
		`if its entry was renamed, add "Expert chat" to that entry's aliases: in catalog.yaml, else add the entry; or map the columns: columns: - {column: E, entry: ID, question: functional} - {column: F, entry: ID, question: dysfunctional} - {column: G, entry: ID, question: importance}; to leave them out, map them with question: ignore`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	// With the old name as an alias, all three are read: live-chat r1
	// like/neutral A, r2 neutral/neutral I; importance (7+2)/2 = 4.5.
	cat := append([]CatalogEntry(nil), testCatalog...)
	cat[0].Aliases = append(cat[0].Aliases, "Expert chat")
	feats, st, err := readWith(t, "tf.csv", data, "", Config{Catalog: cat})
	if err != nil {
		t.Fatal(err)
	}
	if lc := feats["live-chat"]; lc.Counts.A != 1 || lc.Counts.I != 1 || lc.Continuous.ImportanceMean != 4.5 || strings.Join(st.Attributes, ",") != "Submit Date (UTC)" {
		t.Errorf("live-chat %+v, attributes %v", lc, st.Attributes)
	}
}
