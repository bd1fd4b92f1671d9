package yamlx

import "testing"

type encItem struct {
	Loc   Loc
	ID    string            `yaml:"id,required"`
	Note  string            `yaml:"note"`
	Count int               `yaml:"count,required"`
	Tags  map[string]string `yaml:"tags"`
	Skip  string            `yaml:"-"`
}

// Marshal writes what Decode reads: Loc and "-" fields left out, empty
// optional fields omitted, required ones always written, strings that look
// like numbers quoted, map keys sorted.
func TestMarshalRoundTrip(t *testing.T) {
	in := struct {
		Items []encItem `yaml:"items,required"`
	}{[]encItem{{ID: "a", Count: 0, Tags: map[string]string{"z": "1", "a": "x: y"}, Skip: "no"}, {ID: "b", Note: "n", Count: 2}}}
	got, err := Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	want := `items:
  - id: a
    count: 0
    tags:
      a: 'x: y'
      z: "1"
  - id: b
    note: n
    count: 2
`
	if string(got) != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
	var back struct {
		Items []encItem `yaml:"items,required"`
	}
	if ps := Decode("x.yaml", got, &back); len(ps) > 0 {
		t.Fatal(ps)
	}
	if back.Items[0].Tags["z"] != "1" || back.Items[1].Note != "n" || back.Items[1].Count != 2 {
		t.Errorf("round trip %+v", back)
	}
}
