package yamlx

import (
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/diag"
)

type item struct {
	Loc    Loc
	ID     string            `yaml:"id,required"`
	Name   string            `yaml:"name"`
	Weight *float64          `yaml:"weight"`
	Count  int               `yaml:"count"`
	On     bool              `yaml:"on"`
	Tags   []string          `yaml:"tags"`
	Scores map[string]int    `yaml:"scores"`
	Roles  map[string]string `yaml:"roles"`
}

type root struct {
	Loc   Loc
	Title string `yaml:"title,required"`
	Items []item `yaml:"items"`
}

func decode(t *testing.T, src string) (root, []string) {
	t.Helper()
	var r root
	ps := Decode("f.yaml", []byte(src), &r)
	var out []string
	for _, p := range ps {
		out = append(out, p.String())
	}
	return r, out
}

func TestDecodeValuesAndPositions(t *testing.T) {
	r, probs := decode(t, `title: Demo
items:
  - id: a
    name: Alpha
    weight: 2.5
    count: 3
    on: true
    tags: [x, y]
    scores:
      q1: 4
`)
	if len(probs) != 0 {
		t.Fatalf("unexpected problems: %v", probs)
	}
	it := r.Items[0]
	if it.ID != "a" || it.Name != "Alpha" || *it.Weight != 2.5 || it.Count != 3 || !it.On || it.Scores["q1"] != 4 {
		t.Fatalf("decoded %+v", it)
	}
	if it.Loc.Line != 3 || it.Loc.Col != 5 {
		t.Errorf("item at %d:%d, want 3:5", it.Loc.Line, it.Loc.Col)
	}
	if p := it.Loc.At("name"); p != (Pos{4, 11}) {
		t.Errorf("name at %v, want 4:11", p)
	}
	if p := it.Loc.At("tags.1"); p != (Pos{8, 15}) {
		t.Errorf("tags.1 at %v, want 8:15", p)
	}
	if p := it.Loc.At("scores.q1"); p != (Pos{10, 7}) {
		t.Errorf("scores.q1 key at %v, want 10:7", p)
	}
	if p := it.Loc.At("scores.q1.value"); p != (Pos{10, 11}) {
		t.Errorf("scores.q1 value at %v, want 10:11", p)
	}
	if !it.Loc.Has("weight") || it.Loc.Has("roles") {
		t.Error("Has() wrong")
	}
}

func TestDecodeReportsEveryProblem(t *testing.T) {
	_, probs := decode(t, `titel: Demo
items:
  - id: a
    nmae: Alpha
    weight: heavy
    count: 2.5
    on: maybe
    tags: x
  - name: no id
    id: b
    id: c
`)
	want := []string{
		`f.yaml:1:1: missing required key "title"; add "title: ..."`,
		`f.yaml:1:1: unknown key "titel"; did you mean "title"?`,
		`f.yaml:4:5: unknown key "nmae" in items; did you mean "name"?`,
		`f.yaml:5:13: "weight" must be a number, got "heavy"; write a number such as 2 or 0.5`,
		`f.yaml:6:12: "count" must be a whole number, got "2.5"; write a whole number such as 3`,
		`f.yaml:7:9: "on" must be true or false, got "maybe"; write true or false`,
		`f.yaml:8:11: "tags" must be a list, got "x"; write it as a list, one "- item" per line`,
		`f.yaml:11:5: duplicate key "id" in items (first at line 10); remove one of them`,
	}
	if strings.Join(probs, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(probs, "\n"), strings.Join(want, "\n"))
	}
}

func TestMalformedYAMLPointsAtTheBrokenLine(t *testing.T) {
	_, probs := decode(t, "title: x\nitems:\n  - id: a\n    name: b\n   bad: indent\n")
	if len(probs) != 1 || !strings.HasPrefix(probs[0], "f.yaml:5:1: malformed YAML:") {
		t.Fatalf("got %v", probs)
	}
}

func TestUnknownKeyWithoutCloseMatchListsAllowed(t *testing.T) {
	_, probs := decode(t, "title: x\nzzzzzz: 1\n")
	if len(probs) != 1 || !strings.Contains(probs[0], `allowed: "items", "title"`) {
		t.Fatalf("got %v", probs)
	}
}

func TestAliasBombIsBounded(t *testing.T) {
	src := "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
	prev := "a"
	for _, n := range []string{"b", "c", "d", "e", "f", "g", "h"} {
		src += n + ": &" + n + " [*" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + "]\n"
		prev = n
	}
	var v map[string]any
	_ = v
	var r struct {
		Loc Loc
		A   [][]string             `yaml:"a"`
		H   [][][][][][][][]string `yaml:"h"`
	}
	probs := Decode("bomb.yaml", []byte(src), &r)
	found := false
	for _, p := range probs {
		if strings.Contains(p.Msg, "too large") {
			found = true
		}
	}
	if !found {
		t.Fatalf("alias expansion not bounded: %v", probs)
	}
}

func TestEmptyDocumentIsZero(t *testing.T) {
	var r root
	if ps := Decode("e.yaml", nil, &r); len(ps) != 0 {
		t.Fatalf("got %v", ps)
	}
}

func TestSuggest(t *testing.T) {
	for _, c := range []struct{ word, want string }{
		{"nmae", "name"}, {"purchse", "purchase"}, {"after-sale", "after-sales"}, {"xyz", ""}, {"B2C", "B2B"},
	} {
		if got := diag.Suggest(c.word, []string{"name", "purchase", "after-sales", "B2B"}); got != c.want {
			t.Errorf("Suggest(%q) = %q, want %q", c.word, got, c.want)
		}
	}
}
