package diag

import "testing"

func TestSortedDeduplicatedAndFormatted(t *testing.T) {
	var l List
	l.Add("b.yaml", 2, 1, "second", "")
	l.Add("a.yaml", 9, 3, "first", "fix it")
	l.Add("b.yaml", 2, 1, "second", "")
	l.Add("a.yaml", 0, 0, "missing", "create it")
	ps := l.Sorted()
	if len(ps) != 3 || ps[0].String() != "a.yaml: missing; create it" || ps[1].String() != "a.yaml:9:3: first; fix it" || ps[2].String() != "b.yaml:2:1: second" {
		t.Errorf("got %v", ps)
	}
	if (&List{}).Err() != nil {
		t.Error("empty list is an error")
	}
}

// Closest takes a typo or the start of exactly one option.
func TestClosest(t *testing.T) {
	opts := []string{"automotive-aftermarket", "intralogistics"}
	for _, c := range []struct{ in, want string }{
		{"intralogistic", "intralogistics"}, // a typo
		{"intra", "intralogistics"},         // the start of one
		{"INTRA", "intralogistics"},
		{"a", "automotive-aftermarket"},
		{"", ""},
		{"x", ""},
	} {
		if got := Closest(c.in, opts); got != c.want {
			t.Errorf("Closest(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := Closest("s", []string{"standard", "starter"}); got != "" {
		t.Errorf("the start of two options chose %q", got)
	}
}

// A caller that needs the suggestion itself (yamlx: the misspelt key is not
// also reported missing) finds it once and words the hint from it, as
// DidYouMean does: "nmae" is 1 transposition from "name" (limit
// max(2, 4/3) = 2); "xyz" is 4 edits from "name" and 5 from "title", over
// its limit max(2, 3/3) = 2, so no suggestion and the allowed keys.
func TestSuggestionHint(t *testing.T) {
	opts := []string{"name", "title"}
	for _, c := range []struct{ word, suggestion, hint string }{
		{"nmae", "name", `did you mean "name"?`},
		{"xyz", "", `allowed: "name", "title"`},
	} {
		s := Suggest(c.word, opts)
		if s != c.suggestion || SuggestionHint(s, opts) != c.hint || DidYouMean(c.word, opts) != c.hint {
			t.Errorf("%s: suggestion %q hint %q, want %q %q", c.word, s, SuggestionHint(s, opts), c.suggestion, c.hint)
		}
	}
}
