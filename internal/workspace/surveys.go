package workspace

import (
	"fmt"
	"iter"
	"strings"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/settings"
	"github.com/dsc-workbench/dsc/internal/survey"
	"github.com/dsc-workbench/dsc/internal/yamlx"
)

// ScreeningSettings drop respondents who answered carelessly (settings.kano.screening):
// more than MaxQuestionable questionable or MaxIndifferent indifferent answers.
type ScreeningSettings struct {
	Loc             yamlx.Loc
	MaxQuestionable *int `yaml:"max_questionable"`
	MaxIndifferent  *int `yaml:"max_indifferent"`
}

// SurveyCatalog is what the survey reader matches question texts against:
// each entry's id, name and aliases. It is nil (any id, no names) when
// catalog.yaml could not be read, so a broken catalog is one problem, not
// one per survey column.
func (w *Workspace) SurveyCatalog() []survey.CatalogEntry {
	if w.state[CatalogFile] != fileRead {
		return nil
	}
	out := make([]survey.CatalogEntry, 0, len(w.Catalog.Entries))
	for _, e := range w.Catalog.Entries {
		unread := e.Loc.Failed("name") || e.Loc.Failed("aliases")
		out = append(out, survey.CatalogEntry{ID: e.ID, Name: e.Name, Aliases: e.Aliases, Unread: unread})
	}
	for _, id := range w.misspeltEntries {
		out = append(out, survey.CatalogEntry{ID: id, Unread: true})
	}
	return out
}

// resolveScreening takes the screening limits the validator accepts.
func resolveScreening(s *ScreeningSettings) *settings.Screening {
	if s == nil {
		return nil
	}
	var out settings.Screening
	if n := s.MaxQuestionable; n != nil && *n >= 0 {
		out.MaxQuestionable = n
	}
	if n := s.MaxIndifferent; n != nil && *n >= 0 {
		out.MaxIndifferent = n
	}
	if out.MaxQuestionable == nil && out.MaxIndifferent == nil {
		return nil
	}
	return &out
}

// CatalogBroken reports whether catalog.yaml is there but its entries could
// not be read. The survey checks name entries; they are skipped then, so the
// catalog's mistake gives one message, not one per survey column.
func (w *Workspace) CatalogBroken() bool {
	return w.state[CatalogFile] == fileBroken || w.Catalog.Loc.Failed("entries")
}

// checkSurveys checks what the survey import relies on: catalog aliases,
// screening settings, surveys listed once, and mapping stems naming
// catalog entries.
func checkSurveys(w *Workspace, probs *diag.List) {
	checkAliases(w, probs)
	checkScreening(w, probs)
	checkSurveyList(w, probs)
	checkMappingStems(w, probs)
}

// checkAliases refuses blank aliases and a name or alias that two entries
// share, two equal names included: a question using it could mean either.
func checkAliases(w *Workspace, probs *diag.List) {
	type owner struct {
		entry string
		loc   yamlx.Loc
		key   string
		text  string
	}
	seen := map[string]owner{}
	add := func(e Entry, key, text string, alias bool) {
		n := strings.Join(strings.Fields(survey.Normalize(text)), " ")
		p := e.Loc.At(key)
		if n == "" {
			if alias {
				probs.Add(e.Loc.File, p.Line, p.Col, fmt.Sprintf("alias %q of entry %q has no words", text, e.ID), "remove it, or write the words a survey question uses for the entry")
			}
			return
		}
		first, dup := seen[n]
		switch {
		case !dup:
			seen[n] = owner{e.ID, e.Loc, key, text}
		case first.entry == e.ID:
			// "Live-Chat" next to "Live chat": the same words, harmless.
		default:
			fp := first.loc.At(first.key)
			fix := "a survey question using these words could mean either; keep them on one entry"
			if !alias && first.key == "name" {
				fix = "a survey question using this name could mean either; give each entry its own name"
			}
			probs.Add(e.Loc.File, p.Line, p.Col, fmt.Sprintf("%q names both entry %q and entry %q (also at %s:%d:%d)", text, first.entry, e.ID, first.loc.File, fp.Line, fp.Col), fix)
		}
	}
	for _, e := range w.Catalog.Entries {
		add(e, "name", e.Name, false)
	}
	for _, e := range w.Catalog.Entries {
		for i, a := range e.Aliases {
			add(e, fmt.Sprintf("aliases.%d", i), a, true)
		}
	}
}

func checkScreening(w *Workspace, probs *diag.List) {
	s := w.Config.Settings.Kano.Screening
	if s == nil {
		return
	}
	if s.MaxQuestionable == nil && s.MaxIndifferent == nil {
		probs.Add(s.Loc.File, s.Loc.Line, s.Loc.Col, "screening sets no limit", "add max_questionable: N and/or max_indifferent: N, or remove screening")
	}
	for key, n := range map[string]*int{"max_questionable": s.MaxQuestionable, "max_indifferent": s.MaxIndifferent} {
		if n != nil && *n < 0 {
			p := s.Loc.At(key)
			probs.Add(s.Loc.File, p.Line, p.Col, fmt.Sprintf("%s is %d", key, *n), "give how many such answers a respondent may give before being dropped: 0 or more")
		}
	}
}

// checkSurveyList refuses a survey listed twice in dsc.yaml.
func checkSurveyList(w *Workspace, probs *diag.List) {
	seen := map[string]yamlx.Loc{}
	for _, s := range w.Config.Surveys {
		if s.File == "" {
			continue
		}
		key := listedPath(s.File)
		if first, dup := seen[key]; dup {
			p := s.Loc.At("file")
			fp := first.At("file")
			probs.Add(w.Path(ConfigFile), p.Line, p.Col, fmt.Sprintf("survey %q is listed twice (also at line %d)", s.File, fp.Line),
				"list each survey once: its respondents would count twice")
			continue
		}
		seen[key] = s.Loc
		if strings.TrimSpace(s.Sheet) != "" && !survey.IsWorkbook(s.File) {
			p := s.Loc.At("sheet")
			probs.Add(w.Path(ConfigFile), p.Line, p.Col, fmt.Sprintf("survey %q is no workbook, so it has no sheet %q", s.File, s.Sheet),
				"remove the sheet: line (it chooses a sheet of an .xlsx or .xlsm)")
		}
	}
}

// checkMappingStems checks that the entries a mapping's question stems name
// are catalog entries.
func checkMappingStems(w *Workspace, probs *diag.List) {
	if w.CatalogBroken() {
		return // any entry may be right: the catalog's own problem stands alone
	}
	ids := make([]string, 0, len(w.Catalog.Entries))
	known := map[string]bool{}
	for _, e := range w.Catalog.Entries {
		ids = append(ids, e.ID)
		known[e.ID] = true
	}
	check := func(loc yamlx.Loc, key, id string) {
		if id == "" || known[id] {
			return
		}
		p := loc.At(key)
		hint := "define it in catalog.yaml or fix the name"
		if s := diag.Suggest(id, ids); s != "" {
			hint = "did you mean " + diag.Quote(s) + "? " + hint
		}
		probs.Add(loc.File, p.Line, p.Col, fmt.Sprintf("mapping names unknown catalog entry %q", id), hint)
	}
	for e := range w.mappedEntries() {
		if e.column == nil { // a mapped column's is checked by the validator (mappings)
			check(e.loc, e.key, e.id)
		}
	}
}

// mappedEntry is a catalog entry a survey mapping file names, as written
// (blank too): a question stem's entry or entries.N, or a mapped column's
// entry.
type mappedEntry struct {
	loc    yamlx.Loc
	key    string
	id     string
	column *survey.MappedColumn // the column that names it; nil for a question stem
}

// mappedEntries yields the catalog entries the surveys' mapping files
// name, in file order: the one walk over them, for checkMappingStems and
// the validator (mappings).
func (w *Workspace) mappedEntries() iter.Seq[mappedEntry] {
	return func(yield func(mappedEntry) bool) {
		for _, s := range w.Surveys {
			if s.Map == nil {
				continue
			}
			for _, q := range s.Map.Questions {
				if !yield(mappedEntry{q.Loc, "entry", q.Entry, nil}) {
					return
				}
				for i, id := range q.Entries {
					if !yield(mappedEntry{q.Loc, fmt.Sprintf("entries.%d", i), id, nil}) {
						return
					}
				}
			}
			for i := range s.Map.Columns {
				c := &s.Map.Columns[i]
				if !yield(mappedEntry{c.Loc, "entry", c.Entry, c}) {
					return
				}
			}
		}
	}
}
