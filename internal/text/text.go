// Package text is the one catalogue of every word a client reads: report
// headings, Kano category names and answer wordings, DSC element names, step
// titles, channel models, statuses. Each entry holds its English and German
// wording side by side, keyed by a typed key or a domain type, so a renderer
// asks text.KanoCategory(lang, c) instead of keeping its own table, and a test
// proves that every key exists in both languages.
package text

// Lang is the language of a deliverable or a workshop screen.
type Lang string

// The languages of the catalogue.
const (
	English Lang = "en"
	German  Lang = "de"
)

// Langs lists the catalogue's languages.
var Langs = []Lang{English, German}

// LangOf maps a workspace language code to a catalogue language: "de" is
// German, everything else English.
func LangOf(code string) Lang {
	if code == string(German) {
		return German
	}
	return English
}

// pair is one wording in both languages.
type pair struct{ en, de string }

func (p pair) in(l Lang) string {
	if l == German {
		return p.de
	}
	return p.en
}

// T returns the wording of a label key.
func (l Lang) T(k Key) string { return T(l, k) }

// T returns the wording of a label key in a language; an unknown key
// returns its number so it shows up in review instead of vanishing.
func T(l Lang, k Key) string {
	if k < 0 || int(k) >= len(labels) {
		return "?"
	}
	return labels[k].in(l)
}

// lookup returns the wording of a domain value, or fallback (usually the
// value itself) when the catalogue does not name it.
func lookup[K comparable](m map[K]pair, l Lang, k K, fallback string) string {
	if p, ok := m[k]; ok {
		return p.in(l)
	}
	return fallback
}
