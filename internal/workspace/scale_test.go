package workspace

import "testing"

// A questionnaire without scale: gets the default 1-5 scale named in the
// workspace's language: the deck's legend and the workshop's buttons show
// these words to the client (trial7 N28: a German workshop showed
// "Repeatable – Done the same way in places").
func TestDefaultScaleInTheWorkspaceLanguage(t *testing.T) {
	var r Readiness
	for _, c := range []struct{ lang, name2, desc5 string }{
		{"de", "Wiederholbar", "Laufend verbessert; ein Maßstab für andere"},
		{"en", "Repeatable", "Continuously improved; a benchmark for others"},
		{"", "Repeatable", "Continuously improved; a benchmark for others"},
	} {
		s := r.ScaleLevels(c.lang)
		if len(s) != 5 || s[0].Level != 1 || s[4].Level != 5 || s[1].Name != c.name2 || s[4].Description != c.desc5 {
			t.Errorf("%q: %+v", c.lang, s)
		}
	}
	// A scale the workspace defines is its own words, in any language.
	r.Scale = []Level{{Level: 0, Name: "keine"}, {Level: 1, Name: "volle"}}
	if s := r.ScaleLevels("en"); len(s) != 2 || s[1].Name != "volle" {
		t.Errorf("own scale: %+v", s)
	}
	if lo, hi := r.ScaleRange(); lo != 0 || hi != 1 {
		t.Errorf("range %d..%d", lo, hi)
	}
}
