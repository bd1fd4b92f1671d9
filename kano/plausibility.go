package kano

// Plausibility checks: answers that read as reverse (R) where customers
// rarely mean it. A reverse answer pair says "I dislike having it, I like
// lacking it"; in a real survey such pairs are few (the features of dsc's
// examples and test exports hold 0-10 % R and Q, the reverse flag starts at
// 20 %). Two mistakes make them many, silently:
//   - answer codes read the wrong way round (an export whose choices run
//     from dislike to like, read as like ... dislike): every like becomes a
//     dislike, so A, O and M turn into R on nearly every feature;
//   - one feature's functional and dysfunctional questions taken the other
//     way round (a positive question worded with a negation, "nicht mehr
//     ... müssten", reads as the dysfunctional one): A, O and M turn into R
//     on that feature alone.
// dsc cannot see the mistake, but it can see its signature, and says so.

// SuspicionKind names what a plausibility check suspects.
type SuspicionKind string

// The plausibility checks.
const (
	// SuspectReversedCodes: most features' category is reverse.
	SuspectReversedCodes SuspicionKind = "reversed-codes"
	// SuspectSwappedQuestions: one feature is mostly reverse or
	// questionable while most features are not.
	SuspectSwappedQuestions SuspicionKind = "swapped-questions"
)

// Suspicion is a result a plausibility check finds implausible, as typed
// facts for renderers to word.
type Suspicion struct {
	Kind SuspicionKind `json:"kind"`
	// Features are the features concerned: every feature whose category
	// is reverse (reversed codes), or the one feature (swapped questions).
	Features []string `json:"features"`
	// Count of Of: the reverse features of the features classified
	// (reversed codes); the feature's R and Q answers of all its answers
	// (swapped questions).
	Count int `json:"count"`
	Of    int `json:"of"`
}

// swappedShare is the share of R and Q answers from which a feature whose
// category is R or Q is suspected of swapped questions: twice the reverse
// flag's 20 % and four times the most R and Q any feature of the examples
// or test exports holds. A swapped pair turns every respondent who cares
// (A, O or M) into R, so a feature that matters to 40 % of the sample
// crosses it; a feature customers really do not want crosses it too, and
// the warning says that the result then stands.
const swappedShare = 0.40

// plausibilityMinN is the fewest answers a feature needs before the checks
// look at it (or minN, when that is more): in the test exports' nine
// respondents, 4 of 8 answers R or Q is two respondents' noise, not a
// signature; from 20 answers on a share of 40 % is 8 respondents or more.
const plausibilityMinN = 20

// Plausibility checks the classified features (those with at least minN
// and plausibilityMinN answers) for the signatures of reversed answer codes and
// of swapped questions. Reversed codes: more than half of the features,
// and at least two, have the category reverse; one reverse feature in a
// real survey is possible, a majority is not. Swapped questions: otherwise,
// each feature whose category is R or Q with R and Q at least swappedShare
// of its answers.
func Plausibility(features []FeatureResult, minN int) []Suspicion {
	minN = max(minN, plausibilityMinN)
	var classified int
	var reverse []string
	for _, f := range features {
		if f.N < minN {
			continue
		}
		classified++
		if f.Category == Reverse {
			reverse = append(reverse, f.ID)
		}
	}
	if len(reverse) >= 2 && 2*len(reverse) > classified {
		return []Suspicion{{Kind: SuspectReversedCodes, Features: reverse, Count: len(reverse), Of: classified}}
	}
	var out []Suspicion
	for _, f := range features {
		if f.N < minN || (f.Category != Reverse && f.Category != Questionable) {
			continue
		}
		rq := f.Counts.R + f.Counts.Q
		if float64(rq) >= swappedShare*float64(f.N) {
			out = append(out, Suspicion{Kind: SuspectSwappedQuestions, Features: []string{f.ID}, Count: rq, Of: f.N})
		}
	}
	return out
}
