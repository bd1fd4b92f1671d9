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
