package survey

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/dsc-workbench/dsc/internal/text"
)

// CatalogEntry is what the reader knows of a catalog entry: its id, and the
// name and aliases a question text may use for it.
type CatalogEntry struct {
	ID      string
	Name    string
	Aliases []string
	// Unread: the entry's name or aliases could not be read (catalog.yaml
	// says why), so a column that asks about it cannot be matched, and
	// saying so would repeat that one mistake.
	Unread bool
}

// words splits a question text into normalised words (see Normalize):
// "Live-Chat (24/7)?" -> [live chat 24 7]. An apostrophe separates words,
// as French elision does ("d'analyse" -> [d analyse]), except in English
// negations ("didn't" -> [didnt]).
func words(s string) []string {
	s = apostrophes.Replace(s)
	ws := strings.Fields(Normalize(s))
	out := ws[:0]
	for _, w := range ws {
		if w == "t" && len(out) > 0 && strings.HasSuffix(out[len(out)-1], "n") {
			out[len(out)-1] += "t"
			continue
		}
		out = append(out, w)
	}
	return out
}

var apostrophes = strings.NewReplacer("'", " ", "’", " ", "‘", " ", "`", " ", "´", " ")

// sameWord reports whether a question's word is a catalog name's word: the
// same, or the same with a plural or inflection ending when the name's word
// is long enough to be distinctive ("massage" names "massages", "Rechnung"
// names "Rechnungen"). A word that merely starts with the name's word is
// another word: a German compound ("Rechnungsadresse" is a billing address,
// not an invoice; "Terminal" is no "Termin") or another English word
// ("returning customers" are not returns).
func sameWord(text, name string) bool {
	if text == name {
		return true
	}
	if !strings.HasPrefix(text, name) {
		return false
	}
	rest := text[len(name):]
	if len(name) < 5 {
		return rest == "s" || rest == "es"
	}
	return inflections[rest]
}

// inflections are the endings a longer name's word may take in a question:
// English plurals and comparatives, German plural and case endings.
var inflections = map[string]bool{
	"s": true, "es": true, "e": true, "en": true, "n": true, "er": true, "ern": true, "em": true, "ens": true, "nen": true,
}

// phrase is one way a question may name an entry.
type phrase struct {
	words []string
	entry string
	text  string // as written in the catalog
	byID  bool   // the entry's id, not its name or an alias
}

// matcher finds catalog entries named in question texts.
//
// A question names an entry by its name or one of its aliases, anywhere in
// its text. An entry's id names it only as the whole text (a grid row
// "[order-tracking]", a column headed "order-tracking"), and only when no
// name or alias is found: ids are references that outlive renames, so an
// entry renamed "Order status" keeps the id order-tracking while a new
// entry may be named "Order tracking", and an id such as "app" is a word a
// question about something else uses ("track your parcel in the app").
type matcher struct {
	phrases []phrase          // names and aliases, longest first
	ids     map[string]phrase // by the id's words joined
}

func newMatcher(entries []CatalogEntry) *matcher {
	m := &matcher{ids: map[string]phrase{}}
	for _, e := range entries {
		seen := map[string]bool{}
		for _, t := range append([]string{e.Name}, e.Aliases...) {
			w := words(t)
			key := strings.Join(w, " ")
			if len(w) == 0 || seen[key] {
				continue
			}
			seen[key] = true
			m.phrases = append(m.phrases, phrase{words: w, entry: e.ID, text: t})
		}
		if w := words(e.ID); len(w) > 0 {
			m.ids[strings.Join(w, " ")] = phrase{words: w, entry: e.ID, text: e.ID, byID: true}
		}
	}
	sort.SliceStable(m.phrases, func(i, j int) bool { return len(m.phrases[i].words) > len(m.phrases[j].words) })
	return m
}

// span is where a phrase was found: words [start, end) of a text.
type span struct {
	start, end int
	phrase     *phrase
}

// find returns the entries a text names, and where. A phrase inside a
// longer one that names another entry ("login" in "social login") does
// not count; several distinct entries mean the text is ambiguous. An id
// names its entry only as the whole text, when no name or alias is found.
func (m *matcher) find(ws []string) (entries []string, spans []span) {
	entries, spans = m.findNames(ws)
	if len(entries) > 0 || len(ws) == 0 {
		return entries, spans
	}
	if p, ok := m.ids[strings.Join(ws, " ")]; ok {
		return []string{p.entry}, []span{{0, len(ws), &p}}
	}
	return nil, nil
}

// findNames finds the names and aliases in a text.
func (m *matcher) findNames(ws []string) (entries []string, spans []span) {
	taken := make([]bool, len(ws))
	for i := range m.phrases {
		p := &m.phrases[i]
		n := len(p.words)
	next:
		for s := 0; s+n <= len(ws); s++ {
			for k := 0; k < n; k++ {
				if !sameWord(ws[s+k], p.words[k]) {
					continue next
				}
			}
			inside := false
			for k := s; k < s+n; k++ {
				inside = inside || taken[k]
			}
			if inside {
				// Part of a longer phrase already found: the same entry
				// adds nothing, another entry is not what is meant.
				continue
			}
			for k := s; k < s+n; k++ {
				taken[k] = true
			}
			spans = append(spans, span{s, s + n, p})
			if !slices.Contains(entries, p.entry) {
				entries = append(entries, p.entry)
			}
		}
	}
	sort.Strings(entries)
	return entries, spans
}

// namedEntries says which words of a text name which entry:
// `"Order tracking" (entry shipment-tracking) and "App" (entry app)`.
func namedEntries(spans []span) string {
	var parts []string
	seen := map[string]bool{}
	for _, s := range spans {
		if seen[s.phrase.entry] {
			continue
		}
		seen[s.phrase.entry] = true
		parts = append(parts, fmt.Sprintf("%q (entry %s)", s.phrase.text, s.phrase.entry))
	}
	sort.Strings(parts)
	return text.List(text.English, parts)
}

// Negations mark the dysfunctional question: "How would you feel if there
// were NO live chat?", "... wenn es keinen Live-Chat gäbe?". Normalised
// (apostrophes dropped, umlauts spelt out). English and German, with the
// French and Spanish words survey exports most often carry.
var negations = map[string]bool{
	// English
	"not": true, "no": true, "without": true, "didnt": true, "doesnt": true, "dont": true, "isnt": true,
	"wasnt": true, "werent": true, "arent": true, "couldnt": true, "cannot": true, "cant": true,
	"wouldnt": true, "hasnt": true, "havent": true, "hadnt": true, "wont": true, "lacked": true, "lacking": true,
	"lacks": true, "missing": true, "absent": true, "unavailable": true, "never": true, "none": true,
	// German
	"nicht": true, "kein": true, "keine": true, "keinen": true, "keinem": true, "keiner": true, "keines": true,
	"ohne": true, "fehlt": true, "fehlen": true, "fehlte": true, "fehlten": true, "fehlend": true, "fehlende": true,
	"nie": true, "niemals": true,
	// French, Spanish, Italian
	"pas": true, "sans": true, "aucun": true, "aucune": true, "sin": true, "senza": true, "non": true,
}

// importanceWords mark the self-stated importance question.
var importanceWords = map[string]bool{
	"important": true, "importance": true, "wichtig": true, "wichtigkeit": true, "bedeutung": true,
	"importante": true, "importancia": true, "importanza": true,
}

// cue is what a question text says about its kind, with the word that says it.
type cue struct {
	question string // Functional, Dysfunctional or Importance
	word     string // the word that decided, "" for functional
}

// questionCue reads the kind of question from its words, leaving out the
// words that name the entry (an entry called "Checkout without account"
// does not make its functional question dysfunctional).
func questionCue(ws []string, spans []span) cue {
	named := make([]bool, len(ws))
	for _, s := range spans {
		for k := s.start; k < s.end; k++ {
			named[k] = true
		}
	}
	for i, w := range ws {
		if !named[i] && importanceWords[w] {
			return cue{Importance, w}
		}
	}
	for i, w := range ws {
		if !named[i] && negations[w] {
			return cue{Dysfunctional, w}
		}
	}
	return cue{Functional, ""}
}
