package survey

import (
	"slices"
	"sort"
	"strings"
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
// same, or the same with an ending (plural, inflection, the rest of a
// compound) when the name's word is long enough to be distinctive:
// "massage" names "massages", "compact" names "compacter".
func sameWord(text, name string) bool {
	if text == name {
		return true
	}
	if !strings.HasPrefix(text, name) {
		return false
	}
	if len(name) >= 5 {
		return true
	}
	rest := text[len(name):]
	return rest == "s" || rest == "es"
}

// phrase is one way a question may name an entry.
type phrase struct {
	words []string
	entry string
	text  string // as written in the catalog
}

// matcher finds catalog entries named in question texts.
type matcher struct {
	phrases []phrase // longest first
}

func newMatcher(entries []CatalogEntry) *matcher {
	m := &matcher{}
	for _, e := range entries {
		seen := map[string]bool{}
		for _, t := range append([]string{e.Name, e.ID}, e.Aliases...) {
			w := words(t)
			key := strings.Join(w, " ")
			if len(w) == 0 || seen[key] {
				continue
			}
			seen[key] = true
			m.phrases = append(m.phrases, phrase{words: w, entry: e.ID, text: t})
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
// not count; several distinct entries mean the text is ambiguous.
func (m *matcher) find(ws []string) (entries []string, spans []span) {
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
