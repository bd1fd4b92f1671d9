package workshop

import (
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/kano"
	"github.com/dsc-workbench/dsc/roadmap"
)

// wording is every text the workshop screens show, in one language, taken
// from the text catalogue (internal/text), which holds every client word.
type wording struct {
	lang                                  text.Lang
	answers                               [5]string
	functional, dysfunctional, importance string
	maturity                              string
	kano, readiness, participant, segment string
	question, of, answered, done          string
	doneHint, skipped, jumpPrompt         string
	noMatch, writeFailed                  string
	importanceLow, importanceHigh         string
}

func (w wording) element(e roadmap.Element) string { return text.Element(w.lang, e) }

func (w wording) importanceLabel(v int) string {
	switch v {
	case 1:
		return w.importanceLow
	case 9:
		return w.importanceHigh
	}
	return ""
}

// texts returns the wording of a workspace language ("de" or else English).
func texts(lang string) wording {
	l := text.LangOf(lang)
	w := func(k text.W) string { return text.Word(l, k) }
	out := wording{lang: l,
		functional: w(text.WFunctional), dysfunctional: w(text.WDysfunctional), importance: w(text.WImportance),
		maturity: w(text.WMaturity), kano: w(text.WKanoWorkshop), readiness: w(text.WReadinessWorkshop),
		participant: w(text.WParticipant), segment: w(text.WSegment), question: w(text.WQuestion), of: w(text.WOf),
		answered: w(text.WAnswered), done: w(text.WDone), doneHint: w(text.WDoneHint), skipped: w(text.WSkipped),
		jumpPrompt: w(text.WJumpPrompt), noMatch: w(text.WNoMatch), writeFailed: w(text.WWriteFailed),
		importanceLow: w(text.WImportanceLow), importanceHigh: w(text.WImportanceHigh),
	}
	for i, a := range kano.Answers {
		out.answers[i] = text.KanoAnswer(l, a)
	}
	return out
}
