package workspace

import (
	"sort"

	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/journey"
	"github.com/dsc-workbench/dsc/readiness"
)

// ScaleLevels returns the maturity scale, or the readiness package's default
// 1-5 scale with its levels named in lang (the workspace's language: the
// deck and the workshop show them to the client).
func (r *Readiness) ScaleLevels(lang string) []Level {
	if len(r.Scale) > 0 {
		return r.Scale
	}
	out := make([]Level, len(readiness.DefaultScale))
	for i, l := range readiness.DefaultScale {
		name, desc := text.DefaultLevel(text.LangOf(lang), l.Level)
		out[i] = Level{Level: l.Level, Name: name, Description: desc}
	}
	return out
}

// ScaleRange returns the lowest and highest maturity level.
func (r *Readiness) ScaleRange() (lo, hi int) {
	s := r.ScaleLevels("")
	return s[0].Level, s[len(s)-1].Level
}

// StageList returns the journey's stages, or the primer's defaults.
func (j *Journey) StageList() []journey.Step {
	if len(j.Stages) == 0 {
		return journey.DefaultStages
	}
	out := make([]journey.Step, len(j.Stages))
	for i, s := range j.Stages {
		out[i] = journey.Step{ID: s.ID, Name: NameOr(s.Name, s.ID)}
	}
	return out
}

// PhaseList returns the journey's sales phases, or the primer's defaults.
func (j *Journey) PhaseList() []journey.Step {
	if len(j.SalesPhases) == 0 {
		return journey.DefaultSalesPhases
	}
	out := make([]journey.Step, len(j.SalesPhases))
	for i, s := range j.SalesPhases {
		out[i] = journey.Step{ID: s.ID, Name: NameOr(s.Name, s.ID)}
	}
	return out
}

// Language returns the workspace language, "en" by default.
func (c *Config) Lang() string {
	if c.Language == "" {
		return "en"
	}
	return c.Language
}

// NameOr is what people read for an item with an optional name: the name,
// else the id.
func NameOr(name, id string) string {
	if name != "" {
		return name
	}
	return id
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
