package text

import (
	"fmt"

	"github.com/dsc-workbench/dsc/kano"
)

// kanoWarnings word the plausibility checks of a Kano analysis
// (kano.Plausibility): what looks wrong, then what to check or change.
var kanoWarnings = map[kano.SuspicionKind]struct{ msg, hint pair }{
	// %[1]d reverse features of %[2]d classified.
	kano.SuspectReversedCodes: {
		pair{"%[1]d of %[2]d features come out reverse (R): are the answer codes read the wrong way round?",
			"%[1]d von %[2]d Funktionen ergeben Rückweisungsmerkmale (R): Werden die Antwortcodes verkehrt herum gelesen?"},
		pair{"if the export's codes run from dislike to like (5 = I like it), add codes: dislike-first to the survey's mapping (docs/surveys.md); otherwise check the order of the answer choices",
			"wenn die Codes des Exports von „stört mich“ bis „freut mich“ laufen (5 = Das würde mich sehr freuen), codes: dislike-first in das Mapping der Befragung schreiben (docs/surveys.md); sonst die Reihenfolge der Antwortoptionen prüfen"},
	},
	// %[1]s the feature, %[2]d its R and Q answers of %[3]d.
	kano.SuspectSwappedQuestions: {
		pair{"%[1]s is mostly reverse or questionable (%[2]d of %[3]d answers R or Q) while the other features are not: are its functional and dysfunctional questions the other way round?",
			"%[1]s ist überwiegend Rückweisungs- oder fragwürdiges Merkmal (%[2]d von %[3]d Antworten R oder F), die übrigen Funktionen nicht: Sind ihre funktionale und dysfunktionale Frage vertauscht?"},
		pair{"check the wording of its two questions: dsc survey inspect shows which column counts as which and why (a negation such as \"no longer\" in the positive question makes it the dysfunctional one); if they are swapped, map each with a columns: line (docs/surveys.md); if customers really prefer it absent, the result stands",
			"den Wortlaut ihrer beiden Fragen prüfen: dsc survey inspect zeigt, welche Spalte als welche Frage zählt und warum (eine Verneinung wie „nicht mehr“ in der positiven Frage macht sie zur dysfunktionalen); sind sie vertauscht, jede mit einer columns:-Zeile zuordnen (docs/surveys.md); möchten Kunden die Funktion wirklich nicht, gilt das Ergebnis"},
	},
}

// KanoWarning words a plausibility check's suspicion: the message and the
// hint. name gives a feature's name from its id.
func KanoWarning(l Lang, s kano.Suspicion, name func(id string) string) (msg, hint string) {
	w, ok := kanoWarnings[s.Kind]
	if !ok {
		return string(s.Kind), ""
	}
	switch s.Kind {
	case kano.SuspectSwappedQuestions:
		feature := ""
		if len(s.Features) > 0 {
			feature = name(s.Features[0])
		}
		return fmt.Sprintf(w.msg.in(l), feature, s.Count, s.Of), w.hint.in(l)
	}
	return fmt.Sprintf(w.msg.in(l), s.Count, s.Of), w.hint.in(l)
}
