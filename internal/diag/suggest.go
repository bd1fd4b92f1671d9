package diag

import (
	"strings"
)

// Suggest returns the option closest to word by edit distance when it is
// close enough to be a plausible typo, else "".
func Suggest(word string, options []string) string {
	w := strings.ToLower(word)
	best, bestD := "", -1
	for _, o := range options {
		d := distance(w, strings.ToLower(o))
		if bestD < 0 || d < bestD {
			best, bestD = o, d
		}
	}
	limit := max(2, len([]rune(word))/3)
	if bestD < 0 || bestD > limit || bestD == len([]rune(word)) {
		return ""
	}
	return best
}

// Closest is the option a typed value stands for: the one Suggest finds,
// else the only option that starts with it ("intra" for "intralogistics");
// "" when neither.
func Closest(value string, options []string) string {
	if s := Suggest(value, options); s != "" {
		return s
	}
	var starts []string
	for _, o := range options {
		if value != "" && strings.HasPrefix(strings.ToLower(o), strings.ToLower(value)) {
			starts = append(starts, o)
		}
	}
	if len(starts) == 1 {
		return starts[0]
	}
	return ""
}

// DidYouMean formats a hint naming the closest option, or listing the
// allowed ones when none is close.
func DidYouMean(word string, options []string) string {
	return SuggestionHint(Suggest(word, options), options)
}

// SuggestionHint is DidYouMean's hint for a suggestion Suggest already
// found ("" for none), for callers that use the suggestion too.
func SuggestionHint(suggestion string, options []string) string {
	if suggestion != "" {
		return "did you mean " + Quote(suggestion) + "?"
	}
	return "allowed: " + QuoteList(options)
}

// Quote wraps s in double quotes.
func Quote(s string) string { return `"` + s + `"` }

// QuoteList renders options as "a", "b", "c".
func QuoteList(options []string) string {
	q := make([]string, len(options))
	for i, o := range options {
		q[i] = Quote(o)
	}
	return strings.Join(q, ", ")
}

// distance is the Levenshtein edit distance, with a transposition counted as one edit.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
