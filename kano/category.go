// Package kano classifies features with the Kano model: the evaluation table,
// categories with their significance, Better/Worse coefficients and the
// continuous (functional/dysfunctional score) analysis. It is pure: typed
// answers in, results out; no files, no printing.
package kano

import "strings"

// Category is a Kano category.
type Category string

// The six Kano categories.
const (
	Attractive     Category = "A"
	OneDimensional Category = "O"
	MustBe         Category = "M"
	Indifferent    Category = "I"
	Reverse        Category = "R"
	Questionable   Category = "Q"
	NoCategory     Category = ""
)

// Categories lists the categories in the order of the influence rule
// M > O > A > I > R > Q used to break ties.
var Categories = []Category{MustBe, OneDimensional, Attractive, Indifferent, Reverse, Questionable}

// Name is the category's English name.
func (c Category) Name() string {
	switch c {
	case Attractive:
		return "attractive"
	case OneDimensional:
		return "one-dimensional"
	case MustBe:
		return "must-be"
	case Indifferent:
		return "indifferent"
	case Reverse:
		return "reverse"
	case Questionable:
		return "questionable"
	}
	return ""
}

// ParseCategory accepts a letter (A, O, M, I, R, Q) or an English name
// including the synonyms of the seeds (performance, basic, significant,
// fundamental, irrelevant). It reports false for anything else.
func ParseCategory(s string) (Category, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "a", "attractive", "delighter", "excitement":
		return Attractive, true
	case "o", "one-dimensional", "performance", "significant", "linear":
		return OneDimensional, true
	case "m", "must-be", "basic", "fundamental", "threshold":
		return MustBe, true
	case "i", "indifferent", "irrelevant":
		return Indifferent, true
	case "r", "reverse":
		return Reverse, true
	case "q", "questionable":
		return Questionable, true
	}
	return NoCategory, false
}

// CategoryNames lists the accepted spellings for messages.
var CategoryNames = []string{"A", "O", "M", "I", "R", "Q", "attractive", "one-dimensional", "must-be", "indifferent", "reverse", "questionable"}
