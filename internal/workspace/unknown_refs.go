package workspace

import (
	"fmt"
	"strings"

	"github.com/dsc-workbench/dsc/internal/diag"
)

// unknownRef is a reference to an id nothing defines.
type unknownRef struct {
	s   site
	key string
	k   kind
	id  string
}

// misspeltAfter is how many references must name the same unknown id before
// a near, unreferenced definition is taken for the misspelt one.
const misspeltAfter = 2

// reportUnknownRefs reports the references to undefined ids. When several
// references name the same missing id and the only definition near its
// spelling is referenced nowhere, the definition is the mistake (a typo in
// one id, not in four correct references): one message at the definition
// replaces one per reference, whose hints would each advise copying the typo.
func (v *validator) reportUnknownRefs() {
	type group struct {
		k       kind
		id      string
		refs    []unknownRef
		suggest string // the defined id nearest in spelling, if one is near
	}
	type kindID struct {
		k  kind
		id string
	}
	var groups []*group
	byID := map[kindID]*group{}
	for _, r := range v.unknownRefs {
		key := kindID{r.k, r.id}
		g := byID[key]
		if g == nil {
			g = &group{k: r.k, id: r.id}
			byID[key] = g
			groups = append(groups, g)
		}
		g.refs = append(g.refs, r)
	}
	misspelt := map[*group]string{}
	claims := map[kindID]int{} // how many groups take a definition for theirs
	for _, g := range groups {
		g.suggest = diag.Suggest(g.id, v.ix.ids(g.k))
		cand := g.suggest
		if cand == "" || len(g.refs) < misspeltAfter || v.used[g.k][cand] || v.ix.loc(g.k, cand).File == "" {
			continue
		}
		misspelt[g] = cand
		claims[kindID{g.k, cand}]++
	}
	for _, g := range groups {
		cand, ok := misspelt[g]
		if ok && claims[kindID{g.k, cand}] == 1 {
			v.misspeltDefinition(g.k, cand, g.id, g.refs)
			if g.k == kindEntry {
				v.w.misspeltEntries = append(v.w.misspeltEntries, g.id)
			}
			continue
		}
		for _, r := range g.refs {
			v.unknownRefMessage(r, g.suggest)
		}
	}
}

// misspeltDefinition reports the definition cand that refs, naming id, most
// likely mean. An id that is not an id at all is reported by defineAll at
// the same place; that message stands alone.
func (v *validator) misspeltDefinition(k kind, cand, id string, refs []unknownRef) {
	if !idRE.MatchString(cand) {
		return
	}
	const listed = 4
	places := make([]string, 0, listed+1)
	for _, r := range refs[:min(len(refs), listed)] {
		places = append(places, where(r.s.loc, r.key))
	}
	if len(refs) > listed {
		places = append(places, fmt.Sprintf("%d more", len(refs)-listed))
	}
	v.add(v.ix.loc(k, cand), "id",
		fmt.Sprintf("%s id %q is referenced nowhere, but %d places name %q (%s)", k, cand, len(refs), id, strings.Join(places, ", ")),
		fmt.Sprintf("fix the id (id: %s), or the references if the id is right", id))
}

// unknownRefMessage reports one reference to an undefined id; sug is the
// defined id nearest in spelling ("" if none is near).
func (v *validator) unknownRefMessage(r unknownRef, sug string) {
	hint := "define it in " + kinds[r.k].definedIn + " or fix the name"
	if sug != "" && idRE.MatchString(sug) {
		hint = "did you mean " + diag.Quote(sug) + "? " + hint
	}
	v.add(r.s.loc, r.key, fmt.Sprintf("%s names unknown %s %q", r.s.owner, r.k, r.id), hint)
}
