package text

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/journey"
	"github.com/dsc-workbench/dsc/kano"
	"github.com/dsc-workbench/dsc/roadmap"
)

// Every label key has a wording in both languages.
func TestEveryKeyInBothLanguages(t *testing.T) {
	for k := Key(0); k < numKeys; k++ {
		p := labels[k]
		if p.en == "" || p.de == "" {
			t.Errorf("key %d: en %q, de %q: both languages need a wording", k, p.en, p.de)
		}
	}
}

// Every value of the domain vocabularies is named in both languages.
func TestEveryDomainValueInBothLanguages(t *testing.T) {
	check := func(what string, en, de string) {
		t.Helper()
		if en == "" || de == "" {
			t.Errorf("%s: en %q, de %q", what, en, de)
		}
	}
	both := func(what string, f func(Lang) string) {
		t.Helper()
		check(what, f(English), f(German))
	}
	for _, c := range kano.Categories {
		both("category "+string(c), func(l Lang) string { return lookup(kanoCategories, l, c, "") })
		both("code "+string(c), func(l Lang) string { return lookup(kanoCodes, l, c, "") })
	}
	for _, a := range kano.Answers {
		both("answer "+a.Name(), func(l Lang) string { return KanoAnswer(l, a) })
		if len(KanoAnswerWordings(a)) == 0 {
			t.Errorf("answer %s has no survey wordings", a.Name())
		}
	}
	for _, f := range []string{kano.FlagNoAnswers, kano.FlagLowN, kano.FlagMixed, kano.FlagTie, kano.FlagQuestionable, kano.FlagReverse} {
		both("flag "+f, func(l Lang) string { return lookup(kanoFlags, l, f, "") })
	}
	for _, m := range []kano.Move{kano.MoveDown, kano.MoveUp, kano.MoveOff, kano.MoveSettled, kano.MoveUnsettled} {
		both("move "+string(m), func(l Lang) string { return lookup(lifecycleMoves, l, m, "") })
	}
	for _, e := range roadmap.Elements {
		both("element "+string(e), func(l Lang) string { return lookup(elements, l, e, "") })
	}
	for _, k := range roadmap.EntryKinds {
		both("kind "+string(k), func(l Lang) string { return lookup(entryKinds, l, k, "") })
		both("kinds "+string(k), func(l Lang) string { return lookup(entryKindsPlural, l, k, "") })
	}
	for _, k := range roadmap.PartyKinds {
		both("party kind "+k, func(l Lang) string { return lookup(partyKinds, l, k, "") })
	}
	for _, s := range roadmap.Steps {
		both("step name", func(l Lang) string { return steps[s.Number].name.in(l) })
		both("step focus", func(l Lang) string { return steps[s.Number].focus.in(l) })
	}
	for _, m := range journey.Models {
		both("model "+string(m), func(l Lang) string { return lookup(models, l, m, "") })
	}
	for _, r := range journey.Roles {
		both("role "+string(r), func(l Lang) string { return lookup(roles, l, r, "") })
	}
	for _, s := range []string{journey.SupportFull, journey.SupportPartial, journey.SupportNone} {
		both("support "+s, func(l Lang) string { return lookup(supports, l, s, "") })
	}
	for _, h := range []string{journey.HoleNoTouchpoint, journey.HoleNoBasics} {
		both("hole "+h, func(l Lang) string { return lookup(holeKinds, l, h, "") })
	}
	for _, e := range journey.EvidenceLevels {
		both("evidence "+string(e), func(l Lang) string { return lookup(evidence, l, e, "") })
	}
	for _, c := range journey.CostClasses {
		both("cost "+string(c), func(l Lang) string { return lookup(costClasses, l, c, "") })
	}
	for _, s := range journey.DefaultStages {
		both("stage "+s.ID, func(l Lang) string { return lookup(defaultStages, l, s.ID, "") })
	}
	for _, s := range journey.DefaultSalesPhases {
		both("phase "+s.ID, func(l Lang) string { return lookup(defaultPhases, l, s.ID, "") })
	}
	for _, e := range roadmap.OperatingElements {
		both("operating element "+string(e), func(l Lang) string { return lookup(operatingElements, l, e, "") })
	}
	for _, d := range roadmap.Dimensions {
		both("dimension "+string(d), func(l Lang) string { return lookup(requirementDimensions, l, d, "") })
	}
	for _, f := range journey.Functions {
		both("function "+f.ID, func(l Lang) string { return lookup(functions, l, f.ID, "") })
	}
	for _, p := range journey.Processes {
		both("process "+p.ID, func(l Lang) string { return lookup(processes, l, p.ID, "") })
	}
	for _, c := range append([]string{"online", "offline", "any"}, journey.ChannelTypes...) {
		both("channel selector "+c, func(l Lang) string { return lookup(channelSelectors, l, c, "") })
	}
	for _, m := range []roadmap.MilestoneKind{roadmap.MilestoneTargetApproved, roadmap.MilestoneOrganisation, roadmap.MilestonePlatformLive,
		roadmap.MilestoneTribeTeamLaunch, roadmap.MilestoneProgrammeFinish} {
		both("milestone "+string(m), func(l Lang) string { return lookup(milestones, l, m, "") })
	}
	for _, k := range roadmap.PhaseKinds {
		both("phase "+string(k), func(l Lang) string { return lookup(phases, l, k, "") })
		both("short phase "+string(k), func(l Lang) string { return lookup(phasesShort, l, k, "") })
	}
	for _, d := range []string{roadmap.DecisionIn, roadmap.DecisionOut, roadmap.DecisionDiscuss} {
		both("decision "+d, func(l Lang) string { return lookup(decisions, l, d, "") })
	}
}

func TestStepTitleAndPairs(t *testing.T) {
	if got := StepTitle(German, 4); got != "Schritt 4: Prozesslandschaft" {
		t.Errorf("StepTitle(de, 4) = %q", got)
	}
	if got := StepTitle(English, 2); got != "Step 2: Final approval of the DSC target picture" {
		t.Errorf("StepTitle(en, 2) = %q", got)
	}
	if got := KanoPair(German, "M/O"); got != "B/L" {
		t.Errorf("KanoPair(de, M/O) = %q", got)
	}
	if got := KanoCategory(German, kano.NoCategory); got != "kein Ergebnis" {
		t.Errorf("KanoCategory(de, none) = %q", got)
	}
	if LangOf("de") != German || LangOf("") != English || LangOf("fr") != English {
		t.Error("LangOf maps de to German and everything else to English")
	}
}

// Every sentence has both languages in both forms, with the same slots.
func TestEverySentenceInBothLanguages(t *testing.T) {
	verbs := regexp.MustCompile(`%\[\d\][a-z]`)
	slots := func(s string) string {
		v := verbs.FindAllString(s, -1)
		sort.Strings(v)
		return strings.Join(slices.Compact(v), " ")
	}
	for s := Sentence(0); s < numSentences; s++ {
		f := sentences[s]
		for _, p := range []pair{f.one, f.other} {
			if p.en == "" || p.de == "" {
				t.Errorf("sentence %d: en %q, de %q", s, p.en, p.de)
				continue
			}
			if slots(p.en) != slots(p.de) {
				t.Errorf("sentence %d: slots differ: %q vs %q", s, p.en, p.de)
			}
		}
	}
}

func TestNumbersAndDates(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{Num(German, 0.4512, 2), "0,45"}, {Num(English, -0.001, 2), "0.00"}, {NumShort(English, 22.5, 1), "22.5"},
		{NumShort(German, 3, 1), "3"}, {PValue(English, 0.0004), "< 0.001"}, {PValue(German, 0.0312), "0,031"},
		{Month(German, "2027-03"), "März 2027"}, {Month(English, "M3"), "M3"}, {Date(German, "2026-10-15"), "15. Oktober 2026"},
		{List(German, []string{"a", "b", "c"}), "a, b und c"}, {Say(English, SayConfirmPins, 1, "x"), "Confirm 1 decision set by hand: x."},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

// The words the renderers used to compose around catalogue entries: a
// move on the life cycle, marked when it is not clear-cut, and the
// respondents of the current wave; English as it always read, German in
// German word order.
func TestComposedWords(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{LifecycleMove(English, kano.MoveDown, false), "down the life cycle"},
		{LifecycleMove(English, kano.MoveUp, true), "up the life cycle (not clear-cut: mixed result)"},
		{LifecycleMove(English, kano.MoveSame, false), "–"},
		{LifecycleMove(German, kano.MoveDown, true), "im Lebenszyklus abwärts, aber nicht eindeutig (gemischtes Ergebnis)"},
		{LifecycleMove(German, kano.MoveOff, false), "außerhalb des Lebenszyklus"},
		{Say(English, SayRespondentsInWave, 2, Month(English, "2026-10"), 420), "Respondents (wave October 2026 of 2; 420 in all waves)"},
		{Say(German, SayRespondentsInWave, 2, Month(German, "2026-10"), 420), "Befragte der Welle Oktober 2026 (der letzten von 2; 420 in allen Wellen)"},
		{T(German, RoadmapLength), "Dauer der Roadmap (Monate)"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
