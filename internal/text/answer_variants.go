package text

import "github.com/dsc-workbench/dsc/kano"

// kanoAnswerVariants are further wordings survey exports use for the five
// Kano answers: the four answer sets of Berger et al. (1993) with their
// common variants, more German ones, and French. Read with
// KanoAnswerWordings; "(...)" marks an optional part.
var kanoAnswerVariants = map[kano.Answer][]string{
	kano.Like: {
		"I enjoy it (that way)", "I enjoy having it", "I would enjoy it",
		"This would be very helpful to me", "This would be helpful to me", "It would be very helpful",
		"I really like it", "I love it", "Würde mich freuen",
		"Cela me plaît", "Cela me plairait", "Ça me plaît", "Ça me plairait", "J'aime", "J'aimerais",
	},
	kano.Expect: {
		"I must be that way", "Must be", "It is a must", "It should be that way", "I take it for granted",
		"It is a basic necessity", "It is a basic necessity or I expect it (that way)", "That is a basic necessity",
		"This is a basic requirement for me", "This is a basic requirement", "It is a basic requirement",
		"Das ist selbstverständlich", "Erwarte ich",
		"Cela est normal ainsi", "C'est normal", "Je m'y attends", "Cela doit être ainsi", "C'est indispensable",
	},
	kano.Neutral: {
		"I am indifferent", "This would not affect me", "It would not affect me", "It doesn't matter", "It does not matter", "I feel neutral",
		"Das wäre mir egal",
		"Cela m'est égal", "Ça m'est égal", "Je suis neutre", "Neutre", "Indifférent",
	},
	kano.LiveWith: {
		"I can live with", "I dislike it, but I can live with it (that way)", "I dislike it but I can live with it",
		"This would be a minor inconvenience", "A minor inconvenience", "I can accept it",
		"Das würde ich hinnehmen",
		"Je m'en contente", "Je peux le tolérer", "Je peux m'en accommoder", "Je peux vivre avec",
	},
	kano.Dislike: {
		"I dislike it, and I can't accept it", "I dislike it and I cannot accept it", "I can't accept it",
		"This would be a major problem for me", "A major problem", "I hate it", "Würde mich stören",
		"Cela me déplaît", "Cela me déplairait", "Ça me déplaît", "Je n'aime pas", "Je n'aimerais pas",
	},
}

// KanoAnswerVariants lists the wordings of an answer beyond
// KanoAnswerWordings: the other answer sets of Berger et al. (1993), and
// French.
func KanoAnswerVariants(a kano.Answer) []string {
	return append([]string(nil), kanoAnswerVariants[a]...)
}
