// Package survey reads Kano survey exports (CSV, XLSX, YAML; wide or long
// layout; coded or labelled answers in English or German) and streams the
// answers into a kano.Survey, so memory does not grow with respondents.
// Every bad cell is reported with its file, row and column.
package survey

import (
	"strings"
	"unicode"

	"github.com/dsc-workbench/dsc/kano"
)

// labelSets are the answer wordings of the literature and of common survey
// tools. Parenthesised parts are optional: "I like it (that way)" also
// matches "I like it" and "I like it that way".
var labelSets = map[kano.Answer][]string{
	kano.Like: {
		// Berger et al. (1993), the four answer sets, and common variants
		"I like it (that way)", "I would like it (that way)", "I'd like it", "Like", "I like",
		"I enjoy it (that way)", "I enjoy having it", "I would enjoy it",
		"This would be very helpful to me", "This would be helpful to me", "It would be very helpful",
		"I really like it", "I love it",
		// German
		"Das würde mich (sehr) freuen", "Das freut mich", "Das gefällt mir", "Gefällt mir", "Würde mich freuen",
		// French
		"Cela me plaît", "Cela me plairait", "Ça me plaît", "Ça me plairait", "J'aime", "J'aimerais",
	},
	kano.Expect: {
		"I expect it (that way)", "It must be (that way)", "I must be that way", "It's a must", "Expect", "Must-be", "I expect", "Must be",
		"It is a basic necessity", "It is a basic necessity or I expect it (that way)", "That is a basic necessity",
		"This is a basic requirement for me", "This is a basic requirement", "It is a basic requirement",
		"I take it for granted", "It is a must", "It should be that way",
		"Das setze ich voraus", "Das erwarte ich", "Das muss so sein", "Setze ich voraus", "Das ist selbstverständlich", "Erwarte ich",
		"Cela est normal ainsi", "C'est normal", "Je m'y attends", "Cela doit être ainsi", "C'est indispensable",
	},
	kano.Neutral: {
		"I am neutral", "I'm neutral", "Neutral", "I don't care", "I do not care", "Indifferent", "I am indifferent",
		"This would not affect me", "It would not affect me", "It doesn't matter", "It does not matter", "I feel neutral",
		"Das ist mir egal", "Ist mir egal", "Egal", "Neutral", "Das wäre mir egal",
		"Cela m'est égal", "Ça m'est égal", "Je suis neutre", "Neutre", "Indifférent",
	},
	kano.LiveWith: {
		"I can live with it (that way)", "I can tolerate it (that way)", "Live with", "Tolerate", "I can live with",
		"I dislike it, but I can live with it (that way)", "I dislike it but I can live with it",
		"This would be a minor inconvenience", "A minor inconvenience", "I can accept it",
		"Das nehme ich (gerade) (noch) hin", "Das könnte ich (eventuell) in Kauf nehmen", "Das nehme ich in Kauf",
		"Damit kann ich leben", "Nehme ich hin", "Das würde ich hinnehmen",
		"Je m'en contente", "Je peux le tolérer", "Je peux m'en accommoder", "Je peux vivre avec",
	},
	kano.Dislike: {
		"I dislike it (that way)", "I would dislike it (that way)", "I don't like it (that way)", "Dislike", "I dislike",
		"I dislike it, and I can't accept it", "I dislike it and I cannot accept it", "I can't accept it",
		"This would be a major problem for me", "A major problem", "I hate it",
		"Das würde mich (sehr) stören", "Das stört mich", "Das gefällt mir nicht", "Das würde mich ärgern", "Würde mich stören",
		"Cela me déplaît", "Cela me déplairait", "Ça me déplaît", "Je n'aime pas", "Je n'aimerais pas",
	},
}

// Labels maps normalised answer texts to answers.
type Labels map[string]kano.Answer

// DefaultLabels are the built-in English and German wordings.
func DefaultLabels() Labels {
	l := Labels{}
	for a, texts := range labelSets {
		for _, t := range texts {
			l.Add(a, t)
		}
	}
	return l
}

// Add registers a wording (with its optional parts expanded) for an answer.
func (l Labels) Add(a kano.Answer, text string) {
	for _, v := range expandOptional(text) {
		l[Normalize(v)] = a
	}
}

// Accepted lists one canonical wording per answer, for error messages.
func Accepted() string {
	return `1-5 (1 = like ... 5 = dislike) or a label such as "I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it", "Das würde mich sehr freuen", "Das setze ich voraus", "Das ist mir egal", "Das nehme ich gerade noch hin", "Das würde mich sehr stören"`
}

// expandOptional returns every variant of text with each "(...)" part kept
// (without its brackets) or dropped.
func expandOptional(text string) []string {
	open := strings.IndexByte(text, '(')
	if open < 0 {
		return []string{text}
	}
	closeAt := strings.IndexByte(text[open:], ')')
	if closeAt < 0 {
		return []string{text}
	}
	closeAt += open
	head, part, tail := text[:open], text[open+1:closeAt], text[closeAt+1:]
	var out []string
	for _, rest := range expandOptional(tail) {
		out = append(out, head+part+rest, head+rest)
	}
	return out
}

// Normalize folds an answer or question text so that case, whitespace,
// apostrophes, punctuation, emoji and accents do not matter: "Das würde
// mich sehr stören!" and "das wuerde mich sehr stoeren" normalise alike, as
// do "Cela me plaît 🤩" and "cela me plait".
func Normalize(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if f, ok := folds[r]; ok {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(f)
			space = false
			continue
		}
		switch r {
		case '\'', '’', '‘', '`', '´':
			continue // "I'm" and "Im" are the same answer
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space = false
		} else {
			space = true
		}
	}
	return b.String()
}

// folds spells accented letters without their accents; German umlauts the
// German way (ä -> ae), so "wuerde" and "würde" meet.
var folds = func() map[rune]string {
	m := map[rune]string{'ä': "ae", 'ö': "oe", 'ü': "ue", 'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o"}
	for base, accented := range map[string]string{
		"a": "àáâãåāăą", "c": "çćč", "e": "èéêëēėęě", "i": "ìíîïī", "n": "ñń", "o": "òóôõō",
		"u": "ùúûūů", "y": "ýÿ", "s": "śš", "z": "źżž", "l": "ł", "r": "ř", "d": "ď", "t": "ť",
	} {
		for _, r := range accented {
			m[r] = base
		}
	}
	return m
}()
