package text

import (
	"testing"

	"github.com/dsc-workbench/dsc/kano"
)

// trial7 N19: the plausibility warnings, worded in English and German.
func TestKanoWarning(t *testing.T) {
	name := func(id string) string { return map[string]string{"chat": "Technischer Experten-Chat"}[id] }
	codes := kano.Suspicion{Kind: kano.SuspectReversedCodes, Features: []string{"a"}, Count: 11, Of: 12}
	swap := kano.Suspicion{Kind: kano.SuspectSwappedQuestions, Features: []string{"chat"}, Count: 92, Of: 174}
	for _, c := range []struct {
		l          Lang
		s          kano.Suspicion
		msg, hint0 string
	}{
		{English, codes, "11 of 12 features come out reverse (R): are the answer codes read the wrong way round?", "if the export's codes run from dislike to like (5 = I like it), add codes: dislike-first"},
		{German, codes, "11 von 12 Funktionen ergeben Rückweisungsmerkmale (R): Werden die Antwortcodes verkehrt herum gelesen?", "wenn die Codes des Exports"},
		{English, swap, "Technischer Experten-Chat is mostly reverse or questionable (92 of 174 answers R or Q) while the other features are not: are its functional and dysfunctional questions the other way round?",
			"check the wording of its two questions"},
		{German, swap, "Technischer Experten-Chat ist überwiegend Rückweisungs- oder fragwürdiges Merkmal (92 von 174 Antworten R oder F), die übrigen Funktionen nicht: Sind ihre funktionale und dysfunktionale Frage vertauscht?",
			"den Wortlaut ihrer beiden Fragen prüfen"},
	} {
		msg, hint := KanoWarning(c.l, c.s, name)
		if msg != c.msg || len(hint) < len(c.hint0) || hint[:len(c.hint0)] != c.hint0 {
			t.Errorf("%s %s:\n%q\n%q", c.l, c.s.Kind, msg, hint)
		}
	}
}
