package survey

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// A catalog entry renamed after the survey went out leaves all its
// questions unmatched: the functional, the dysfunctional and the
// importance one. They are one mistake, said once, found by the question
// wording the matched columns share ("How would you feel if * were
// available?") and the words in place of the "*".

// questionTemplate is a matched question with the words naming its entry
// cut out: the words before and after them.
type questionTemplate struct {
	before, after []string
}

// questionTemplates are the wordings of the columns matched to an entry by
// a name in their text (not by a grid row, whose question names no entry).
func (r *reader) questionTemplates(cols []Column) []questionTemplate {
	if r.matcher == nil {
		return nil
	}
	var out []questionTemplate
	seen := map[string]bool{}
	for _, c := range cols {
		if c.Kind != KindAnswer || c.Entry == "" || c.Item != "" || c.Decision != "" {
			continue
		}
		ws := words(c.Text)
		_, spans := r.matcher.find(ws)
		for _, s := range spans {
			if s.phrase.entry != c.Entry || s.start+len(ws)-s.end < 2 {
				continue
			}
			t := questionTemplate{before: ws[:s.start], after: ws[s.end:]}
			if key := strings.Join(t.before, " ") + "*" + strings.Join(t.after, " "); !seen[key] {
				seen[key] = true
				out = append(out, t)
			}
			break
		}
	}
	return out
}

// named returns the words of text in the place of a template's "*", as
// written in text when they can be found there, and whether one fits.
func named(templates []questionTemplate, text string) (string, bool) {
	ws := words(text)
	for _, t := range templates {
		n := len(ws) - len(t.before) - len(t.after)
		if n < 1 || !slices.Equal(ws[:len(t.before)], t.before) || !slices.Equal(ws[len(ws)-len(t.after):], t.after) {
			continue
		}
		// The same words as written: "Live chat", not "live chat".
		orig := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if len(orig) == len(ws) {
			return strings.Join(orig[len(t.before):len(t.before)+n], " "), true
		}
		return strings.Join(ws[len(t.before):len(t.before)+n], " "), true
	}
	return "", false
}

// unnamedFeature is the columns that ask about one feature no catalog
// entry is named as.
type unnamedFeature struct {
	name string
	cols []*Column
}

// unnamedFeatures groups the columns holding Kano answers that no entry
// matched by the feature their wording names, and adds the attribute
// columns worded about that feature too (its importance question, whose
// 1-9 are no Kano answers). Columns whose wording fits no template stay
// out.
func (r *reader) unnamedFeatures(unmatched []*Column, cols []Column) []*unnamedFeature {
	templates := r.questionTemplates(cols)
	if len(templates) == 0 {
		return nil
	}
	var out []*unnamedFeature
	byName := map[string]*unnamedFeature{}
	for _, c := range unmatched {
		name, ok := named(templates, c.Text)
		if !ok {
			continue
		}
		key := Normalize(name)
		g := byName[key]
		if g == nil {
			g = &unnamedFeature{name: name}
			byName[key] = g
			out = append(out, g)
		}
		g.cols = append(g.cols, c)
	}
	for i := range cols {
		c := &cols[i]
		if c.Kind != KindAttribute || strings.EqualFold(c.Attribute, r.cfg.SegmentBy) {
			continue
		}
		if name, ok := named(templates, c.Text); ok {
			if g := byName[Normalize(name)]; g != nil {
				g.cols = append(g.cols, c)
			}
		}
	}
	for _, g := range out {
		slices.SortFunc(g.cols, func(a, b *Column) int { return a.Index - b.Index })
	}
	return out
}

// reportUnnamed says once that the columns of g ask about a feature no
// entry is named as, and marks them so inspect shows it.
func (r *reader) reportUnnamed(g *unnamedFeature) {
	refs := make([]string, len(g.cols))
	kinds := make([]string, len(g.cols))
	for i, c := range g.cols {
		refs[i] = c.Ref
		kinds[i] = questionCue(words(c.Text), nil).question
		if c.Kind == KindAttribute {
			r.dropAttribute(c.Attribute)
			c.Kind = KindAnswer
		}
		c.Decision = fmt.Sprintf("asks about %q, no catalog entry's name or alias", g.name)
		c.Hint = "add it to the entry's aliases, or map it"
	}
	first := g.cols[0]
	lines := make([]string, len(g.cols))
	for i, c := range g.cols {
		lines[i] = fmt.Sprintf("{column: %s, entry: ID, question: %s}", c.Ref, kinds[i])
	}
	r.probs.Add(r.src.Display, r.header.first, first.Index,
		fmt.Sprintf("columns %s ask about %q (%s), which is no catalog entry's name or alias", refList(refs), g.name, strings.Join(kinds, ", ")),
		fmt.Sprintf("if its entry was renamed, add %q to that entry's aliases: in catalog.yaml, else add the entry; or map the columns: columns: - %s; to leave them out, map them with question: ignore",
			g.name, strings.Join(lines, " - ")))
}
