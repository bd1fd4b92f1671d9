package workshop

import (
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/kano"
	"github.com/dsc-workbench/dsc/roadmap"
)

// answersIn are the five Kano answers in code order, from the text catalogue.
func answersIn(l text.Lang) [5]string {
	var out [5]string
	for i, a := range kano.Answers {
		out[i] = text.KanoAnswer(l, a)
	}
	return out
}

// wording is every text the workshop screens show, in one language.
type wording struct {
	answers                                 [5]string
	functional, dysfunctional, importance   string
	maturity                                string
	elements                                map[roadmap.Element]string
	kano, readiness, participant, segment   string
	question, of, answered, done, doneHint  string
	skipped, jumpPrompt, none               string
	noMatch, writeFailed, feature, category string
	importanceLow, importanceHigh           string
}

func (w wording) importanceLabel(v int) string {
	switch v {
	case 1:
		return w.importanceLow
	case 9:
		return w.importanceHigh
	}
	return ""
}

var english = wording{
	answers:       answersIn(text.English),
	functional:    "How do you feel if the DSC offers this?",
	dysfunctional: "How do you feel if the DSC does NOT offer this?",
	importance:    "How important is this to you? (optional)",
	maturity:      "Where does the company stand today?",
	elements: map[roadmap.Element]string{roadmap.Login: "Central login", roadmap.DirectSales: "Direct Sales", roadmap.AfterSales: "After Sales",
		roadmap.SelfService: "Self Service", roadmap.DigitalService: "Digital Service"},
	kano: "Kano workshop", readiness: "Readiness workshop", participant: "participant", segment: "segment",
	question: "question", of: "of", answered: "answered", done: "All questions are answered. Thank you!",
	doneHint: "← review answers · g jump · q quit", skipped: "skipped",
	jumpPrompt: "Jump to: type a name or number",
	none:       "–", noMatch: "no match", writeFailed: "could not save the answer", feature: "feature", category: "category",
	importanceLow: "not important at all", importanceHigh: "extremely important",
}

var german = wording{
	answers:       answersIn(text.German),
	functional:    "Wie würden Sie es finden, wenn das DSC dies bietet?",
	dysfunctional: "Wie würden Sie es finden, wenn das DSC dies NICHT bietet?",
	importance:    "Wie wichtig ist Ihnen das? (optional)",
	maturity:      "Wo steht das Unternehmen heute?",
	elements: map[roadmap.Element]string{roadmap.Login: "Zentraler Login", roadmap.DirectSales: "Direct Sales", roadmap.AfterSales: "After Sales",
		roadmap.SelfService: "Self Service", roadmap.DigitalService: "Digital Service"},
	kano: "Kano-Workshop", readiness: "Reifegrad-Workshop", participant: "Teilnehmer", segment: "Segment",
	question: "Frage", of: "von", answered: "beantwortet", done: "Alle Fragen sind beantwortet. Vielen Dank!",
	doneHint: "← Antworten prüfen · g springen · q beenden", skipped: "übersprungen",
	jumpPrompt: "Springen zu: Name oder Nummer eingeben",
	none:       "–", noMatch: "kein Treffer", writeFailed: "Antwort konnte nicht gespeichert werden", feature: "Funktion", category: "Kategorie",
	importanceLow: "völlig unwichtig", importanceHigh: "äußerst wichtig",
}

func texts(lang string) wording {
	if lang == "de" {
		return german
	}
	return english
}
