package survey

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/text"
)

// The long layout (one row per respondent and feature) as exports name it:
// its columns in English or German, its feature cells by the catalog's
// ids, names or aliases, or by the mapping's items:.

// longFeatureNames head the column that names each row's feature.
var longFeatureNames = []string{"feature", "entry", "merkmal"}

// longRoles are the long layout's columns by their header: English names
// always, German ones only beside a feature column ("Wichtigkeit" alone is
// an attribute of a wide export).
var longRoles = map[string]struct {
	role   string
	german bool
}{
	"feature": {"feature", false}, "entry": {"feature", false}, "merkmal": {"feature", true},
	Functional: {Functional, false}, Dysfunctional: {Dysfunctional, false}, Importance: {Importance, false},
	"funktional": {Functional, true}, "dysfunktional": {Dysfunctional, true}, "wichtigkeit": {Importance, true},
}

// hasLongFeature reports whether a header has a column that names each
// row's feature.
func hasLongFeature(cells []headerCell) bool {
	for _, hc := range cells {
		if slices.Contains(longFeatureNames, headName(hc.name)) {
			return true
		}
	}
	return false
}

// longRole makes c a column of the long layout when its header names one.
func (r *reader) longRole(c *Column, name string) bool {
	lr, ok := longRoles[name]
	if !ok || lr.german && !r.longHeader {
		return false
	}
	setLongRole(c, lr.role, "its header")
	return true
}

// setLongRole makes c the long layout's feature column or one of its
// answer columns (role feature, functional, dysfunctional or importance);
// origin says what made it so ("its header", "mapping line 3").
func setLongRole(c *Column, role, origin string) {
	c.kanoCheck = false
	if role == "feature" {
		c.Kind, c.Entry, c.Question, c.Attribute, c.By = KindFeature, "", "", "", origin+": long layout, the entry each row answers"
		return
	}
	c.Kind, c.Entry, c.Question, c.Attribute, c.By = KindAnswer, "", role, "", origin+": long layout, the "+role+" answer"
}

// isLongRole says whether a mapping's attributes: value or column line's
// question names a column of the long layout.
func isLongRole(s string) bool {
	return s == "feature" || s == Functional || s == Dysfunctional || s == Importance
}

// whole returns the entries whose name or alias is the whole of ws, or,
// when none, whose id is.
func (m *matcher) whole(ws []string) []string {
	var entries []string
	key := strings.Join(ws, " ")
	for i := range m.phrases {
		if p := &m.phrases[i]; strings.Join(p.words, " ") == key && !slices.Contains(entries, p.entry) {
			entries = append(entries, p.entry)
		}
	}
	if len(entries) == 0 {
		if p, ok := m.ids[key]; ok {
			entries = append(entries, p.entry)
		}
	}
	return entries
}

// longFeature is the catalog entry a long layout's feature cell v names:
// the id as written, the mapping's items: line for it, or the entry whose
// name or alias is the whole cell ("Onlineshop"). "" when none does;
// Ignore when items: leaves it out.
func (r *reader) longFeature(v string) string {
	if r.entries == nil || r.entries[v] {
		return v
	}
	if m := r.src.Mapping; m != nil && len(m.Items) > 0 {
		if key, ok := r.itemKey(v); ok {
			r.use.items[key] = true
			return m.Items[key]
		}
	}
	if r.matcher != nil {
		if e := r.matcher.whole(words(v)); len(e) == 1 {
			return e[0]
		}
	}
	return ""
}

// unknownLongFeature is the hint for a feature cell that names no entry:
// ways that work in the long layout.
func (r *reader) unknownLongFeature(v string) string {
	how := fmt.Sprintf("write the entry's id, name or an alias in the column, add %q to the entry's aliases: in catalog.yaml, or map it in the survey's mapping file: items: {%s: ID}", v, yq(v))
	if s := diag.Suggest(v, r.entryIDs()); s != "" {
		return "did you mean " + diag.Quote(s) + "? " + how
	}
	return how
}

// longMissing reports, in one message, the columns the long layout needs
// and did not find, with the mapping lines that name them.
func (r *reader) longMissing(idx map[string]int, cols []Column) {
	var missing, lines []string
	for _, need := range []string{"respondent", "feature", Functional, Dysfunctional} {
		if idx[need] >= 0 {
			continue
		}
		missing = append(missing, fmt.Sprintf("%q", need))
		if need != "respondent" {
			lines = append(lines, "HEADER: "+need)
		}
	}
	if len(missing) == 0 {
		return
	}
	var attrs []string
	for _, c := range cols {
		if c.Kind == KindAttribute || c.Kind == KindMetadata || c.Kind == KindAnswer && c.Entry == "" || c.Kind == KindIgnored {
			attrs = append(attrs, c.Text)
		}
	}
	var how []string
	if len(lines) > 0 {
		how = append(how, "attributes: {"+strings.Join(lines, ", ")+"}")
	}
	if idx["respondent"] < 0 {
		how = append(how, "respondent: HEADER")
	}
	hint := "say which column is which in the survey's mapping file: " + strings.Join(how, " and ")
	if len(attrs) > 0 {
		hint += ", each HEADER one of " + diag.QuoteList(attrs)
	}
	r.probs.Add(r.src.Display, r.header.first, 1, fmt.Sprintf("the long layout (one row per respondent and feature) needs %s columns; none is named so", text.List(text.English, missing)), hint)
}

// unusedLongItems reports items: lines that named no feature cell of a
// long export (checked once its rows are read: the cells name the
// features there, not the header).
func (r *reader) unusedLongItems() {
	m := r.src.Mapping
	if m == nil {
		return
	}
	for _, k := range sortedKeys(m.Items) {
		if !r.use.items[k] {
			p := m.Loc.At("items." + k)
			r.probs.Add(m.file(), p.Line, p.Col, fmt.Sprintf("item %q is in no row of %s's feature column", k, r.src.Display),
				"copy the feature's text from the export (as written in the feature column), or remove the line")
		}
	}
}
