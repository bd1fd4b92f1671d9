// Package survey reads Kano survey exports (CSV, XLSX, YAML; wide or long
// layout; coded or labelled answers in English or German) and streams the
// answers into a kano.Survey, so memory does not grow with respondents.
// Every bad cell is reported with its file, row and column.
package survey

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/kano"
)

// Labels maps normalised answer texts to answers.
type Labels map[string]kano.Answer

// DefaultLabels are the built-in English and German wordings, held in the
// text catalogue with the workshop's and the report's.
func DefaultLabels() Labels {
	l := Labels{}
	for _, a := range kano.Answers {
		for _, t := range text.KanoAnswerWordings(a) {
			l.Add(a, t)
		}
		for _, t := range text.KanoAnswerVariants(a) {
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
	var labels []string
	for _, l := range text.Langs {
		for _, a := range kano.Answers {
			labels = append(labels, strconv.Quote(text.KanoAnswer(l, a)))
		}
	}
	return "1-5 (1 = like ... 5 = dislike) or a label such as " + strings.Join(labels, ", ")
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

// answerWordings are the built-in wordings as written, for suggestions.
var answerWordings = sync.OnceValue(func() []string {
	var out []string
	for _, a := range kano.Answers {
		for _, t := range append(text.KanoAnswerWordings(a), text.KanoAnswerVariants(a)...) {
			for _, v := range expandOptional(t) {
				if v = strings.Join(strings.Fields(v), " "); !slices.Contains(out, v) {
					out = append(out, v)
				}
			}
		}
	}
	return out
})

// suggestAnswer is the built-in wording a typo most likely means ("I liek
// it": "I like it"), or "".
func suggestAnswer(v string) string {
	if v == "" || len(v) > 80 {
		return ""
	}
	return diag.Suggest(v, answerWordings())
}
