package kano

import (
	"encoding/json"
	"reflect"
	"testing"
)

// WaveResult and Continuous write their JSON through a struct copied by
// hand (to write a value as null where it is no number). A field added to
// the type but not to the copy would vanish from the JSON without a word:
// with every field set (the reflection check below names a field left
// zero, so a new field must be set here too) and values that need no null,
// each must write exactly what encoding/json writes for its fields alone.
func TestHandWrittenJSONKeepsEveryField(t *testing.T) {
	type waveFields WaveResult // the fields without the method
	type continuousFields Continuous
	w := WaveResult{Wave: "2026-10", N: 12, Counts: Counts{A: 5, O: 3, M: 2, I: 1, R: 1}, Category: Attractive, Mixed: "A/O",
		Better: 0.73, Worse: -0.45, LowN: true}
	c := Continuous{FunctionalMean: 1.5, FunctionalSD: 0.5, DysfunctionalMean: -0.5, DysfunctionalSD: 1.25,
		ImportanceMean: 7.5, ImportanceN: 4, Priority: 1.3}
	for _, x := range []struct {
		name     string
		v, plain any
	}{
		{"WaveResult", w, waveFields(w)},
		{"Continuous", c, continuousFields(c)},
	} {
		rv := reflect.ValueOf(x.v)
		for i := range rv.NumField() {
			if f := rv.Type().Field(i); f.IsExported() && rv.Field(i).IsZero() {
				t.Errorf("%s.%s is zero in this test: set it, so the test sees whether the JSON writes it", x.name, f.Name)
			}
		}
		got, err := json.Marshal(x.v)
		if err != nil {
			t.Fatal(err)
		}
		want, err := json.Marshal(x.plain)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("%s writes\n%s\nits fields are\n%s", x.name, got, want)
		}
	}
}
