package text

import "github.com/dsc-workbench/dsc/kano"

// kanoAnswers are the canonical wordings of the five Kano answers: what a
// workshop screen or a survey shows (German as in the primer).
var kanoAnswers = map[kano.Answer]pair{
	kano.Like:     {"I like it", "Das würde mich sehr freuen"},
	kano.Expect:   {"I expect it", "Das setze ich voraus"},
	kano.Neutral:  {"I am neutral", "Das ist mir egal"},
	kano.LiveWith: {"I can live with it", "Das nehme ich gerade noch hin"},
	kano.Dislike:  {"I dislike it", "Das würde mich sehr stören"},
}

// KanoAnswer is the canonical wording of a Kano answer in a language.
func KanoAnswer(l Lang, a kano.Answer) string { return lookup(kanoAnswers, l, a, "") }

// kanoAnswerWordings are the wordings survey exports use for each answer,
// in the literature and in common survey tools, English and German.
// Parenthesised parts are optional: "I like it (that way)" also stands for
// "I like it" and "I like it that way". The canonical wordings above are
// among them.
var kanoAnswerWordings = map[kano.Answer][]string{
	kano.Like: {
		"I like it (that way)", "I would like it (that way)", "I'd like it", "Like", "I like",
		"Das würde mich (sehr) freuen", "Das freut mich", "Das gefällt mir", "Gefällt mir",
	},
	kano.Expect: {
		"I expect it (that way)", "It must be (that way)", "It's a must", "Expect", "Must-be", "I expect",
		"Das setze ich voraus", "Das erwarte ich", "Das muss so sein", "Setze ich voraus",
	},
	kano.Neutral: {
		"I am neutral", "I'm neutral", "Neutral", "I don't care", "I do not care", "Indifferent",
		"Das ist mir egal", "Ist mir egal", "Egal",
	},
	kano.LiveWith: {
		"I can live with it (that way)", "I can tolerate it (that way)", "Live with", "Tolerate",
		"Das nehme ich (gerade) (noch) hin", "Das könnte ich (eventuell) in Kauf nehmen", "Das nehme ich in Kauf",
		"Damit kann ich leben", "Nehme ich hin",
	},
	kano.Dislike: {
		"I dislike it (that way)", "I would dislike it (that way)", "I don't like it (that way)", "Dislike", "I dislike",
		"Das würde mich (sehr) stören", "Das stört mich", "Das gefällt mir nicht", "Das würde mich ärgern",
	},
}

// KanoAnswerWordings lists every wording a survey export may use for an
// answer, English and German; "(...)" marks an optional part.
func KanoAnswerWordings(a kano.Answer) []string {
	return append([]string(nil), kanoAnswerWordings[a]...)
}
