package text

import (
	"strings"

	"github.com/dsc-workbench/dsc/kano"
)

// kanoQuestions are the Kano questions about one feature, "%s" standing for
// its name. The survey reader recognises them without a mapping: the name
// says which catalog entry is asked about, "not"/"nicht" marks the
// dysfunctional question and "important"/"wichtig" the importance question.
var kanoQuestions = map[kano.QuestionKind]pair{
	kano.QuestionFunctional:    {"How would you feel if “%s” were available?", "Wie fänden Sie es, wenn es „%s“ gäbe?"},
	kano.QuestionDysfunctional: {"How would you feel if “%s” were not available?", "Wie fänden Sie es, wenn es „%s“ nicht gäbe?"},
	kano.QuestionImportance:    {"How important is “%s” to you? (1 = not important at all, 9 = extremely important)", "Wie wichtig ist Ihnen „%s“? (1 = gar nicht wichtig, 9 = äußerst wichtig)"},
}

// KanoQuestion is the question of a kind about a feature.
func KanoQuestion(l Lang, q kano.QuestionKind, feature string) string {
	return strings.Replace(lookup(kanoQuestions, l, q, "%s"), "%s", feature, 1)
}

// QuestionnaireKey names a word of the Kano questionnaire.
type QuestionnaireKey int

// The questionnaire's words.
const (
	QuestionnaireTitle QuestionnaireKey = iota
	QuestionnaireIntro
	QuestionnaireHowTo
	QuestionnaireRespondent
	QuestionnaireDate
	QuestionnaireSegment
	QuestionnaireThanks
	QuestionnaireNo
	QuestionnaireEntry
	QuestionnaireFeature
	QuestionnaireQuestion
	QuestionnaireKind
	QuestionnaireAnswers
	QuestionnaireScale
	QuestionnaireFunctional
	QuestionnaireDysfunctional
	QuestionnaireImportance
	numQuestionnaireKeys
)

var questionnaireWords = [numQuestionnaireKeys]pair{
	QuestionnaireTitle: {"Kano questionnaire", "Kano-Fragebogen"},
	QuestionnaireIntro: {"For each feature we ask two questions: how you would feel if it were available, and how you would feel if it were not. Then how important it is to you.",
		"Zu jeder Funktion stellen wir zwei Fragen: wie Sie es fänden, wenn es sie gäbe, und wie, wenn es sie nicht gäbe. Dann, wie wichtig sie Ihnen ist."},
	QuestionnaireHowTo: {"Tick one answer per question. There are no right or wrong answers.",
		"Kreuzen Sie je Frage eine Antwort an. Es gibt keine richtigen oder falschen Antworten."},
	QuestionnaireRespondent:    {"Participant", "Teilnehmer/in"},
	QuestionnaireDate:          {"Date", "Datum"},
	QuestionnaireSegment:       {"Customer type", "Kundentyp"},
	QuestionnaireThanks:        {"Thank you for your answers.", "Vielen Dank für Ihre Antworten."},
	QuestionnaireNo:            {"No.", "Nr."},
	QuestionnaireEntry:         {"Entry", "Eintrag"},
	QuestionnaireFeature:       {"Feature", "Funktion"},
	QuestionnaireQuestion:      {"Question", "Frage"},
	QuestionnaireKind:          {"Kind", "Art"},
	QuestionnaireAnswers:       {"Answer", "Antwort"},
	QuestionnaireScale:         {"1-9", "1-9"},
	QuestionnaireFunctional:    {"functional", "funktional"},
	QuestionnaireDysfunctional: {"dysfunctional", "dysfunktional"},
	QuestionnaireImportance:    {"importance", "Wichtigkeit"},
}

// Questionnaire returns a word of the Kano questionnaire.
func Questionnaire(l Lang, k QuestionnaireKey) string {
	if k < 0 || k >= numQuestionnaireKeys {
		return "?"
	}
	return questionnaireWords[k].in(l)
}
