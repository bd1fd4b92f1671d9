package text

import (
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/roadmap"
)

func TestRoadmapWordsInBothLanguages(t *testing.T) {
	for _, l := range Langs {
		for _, k := range roadmap.PhaseKinds {
			if _, ok := phases[k]; !ok || Phase(l, k) == "" {
				t.Errorf("phase %s", k)
			}
		}
		for _, k := range roadmap.MilestoneKinds {
			if _, ok := milestones[k]; !ok {
				t.Errorf("milestone %s", k)
			}
		}
		for _, r := range roadmap.Rules {
			if _, ok := rules[r]; !ok {
				t.Errorf("rule %s", r)
			}
		}
		for _, e := range roadmap.OperatingElements {
			if _, ok := pools[string(e)]; !ok {
				t.Errorf("pool %s", e)
			}
		}
		for _, c := range roadmap.Causes {
			if _, ok := causes[c]; !ok {
				t.Errorf("cause %s", c)
			}
		}
	}
}

func TestBreachWording(t *testing.T) {
	name := func(id string) string {
		return map[string]string{"org": "E-business unit", "proc": "Quote to order"}[id]
	}
	month := func(m float64) string { return map[int]string{3: "2027-04", 5: "2027-06"}[int(m)] }
	b := roadmap.Breach{Rule: roadmap.RuleOrganisation, Capability: "org", Cause: roadmap.CauseDependency, By: "proc"}
	if got, want := Breach(English, b, name, month),
		"Rule broken (the organisation is designed after the competencies and the process landscape): “Quote to order” needs “E-business unit” first"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	b = roadmap.Breach{Rule: roadmap.RuleOrganisation, Capability: "org", Cause: roadmap.CausePin, By: "proc", Start: 3, NotBefore: 6}
	if got, want := Breach(German, b, name, month),
		"Regel verletzt (die Organisation wird nach den Kompetenzen und der Prozesslandschaft gestaltet): „E-business unit“ ist fest auf 2027-04 terminiert; „Quote to order“ endet erst 2027-06"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	// trial5: start 2027-02, steps 1-2 end at month 3.0, the end of April:
	// the approval's month is the month that ends with it, 2027-04, as the
	// plan's milestone row shows it (not 2027-05, where month 3.0 starts).
	// A prerequisite that ends at 4.5 ends in the month starting at 4, 2027-06.
	calendar := func(m float64) string { return roadmap.MonthLabel("2027-02", m) }
	for _, c := range []struct {
		b    roadmap.Breach
		want string
	}{
		{roadmap.Breach{Rule: roadmap.RuleAfterApproval, Capability: "org", Cause: roadmap.CausePin, Start: 2, NotBefore: 3},
			"Rule broken (capabilities start after the target picture is approved): “E-business unit” is pinned to start in 2027-04; the target picture is approved only by the end of 2027-04"},
		{roadmap.Breach{Rule: roadmap.RuleDependency, Capability: "org", Cause: roadmap.CausePin, By: "proc", Start: 3, NotBefore: 4.5},
			"Rule broken (a capability starts after its prerequisites): “E-business unit” is pinned to start in 2027-05; “Quote to order” finishes only in 2027-06"},
	} {
		if got := Breach(English, c.b, name, calendar); got != c.want {
			t.Errorf("got  %s\nwant %s", got, c.want)
		}
	}
	// The approval falls on a month's end: "by the end of", so that a pin in
	// the same month does not read as no conflict.
	b = roadmap.Breach{Rule: roadmap.RuleAfterApproval, Capability: "org", Cause: roadmap.CausePin, Start: 2, NotBefore: 3}
	if got, want := Breach(German, b, name, calendar), "„E-business unit“ ist fest auf 2027-04 terminiert; das Zielbild wird erst bis Ende 2027-04 abgenommen"; !strings.HasSuffix(got, want) {
		t.Errorf("got  %s\nwant …%s", got, want)
	}
}
