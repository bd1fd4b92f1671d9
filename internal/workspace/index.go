package workspace

import (
	"fmt"

	"github.com/dsc-workbench/dsc/internal/yamlx"
)

// kind is a sort of item the workspace defines with an id, so that other
// items can refer to it.
type kind int

const (
	kindSegment kind = iota
	kindParty
	kindEntry
	kindFunction
	kindStage
	kindPhase
	kindChannel
	kindPersona
	kindInteraction
	kindTouchpoint
	kindProcess
	kindDimension
	kindQuestion
	kindRater
	kindCapability
	kindCompetitor
	kindTrend
	numKinds
)

// kindInfo names a kind in messages.
type kindInfo struct {
	noun string // "catalog entry"
	// definedIn says where a missing one is defined: "catalog.yaml".
	definedIn string
	// file is the workspace file that defines the kind, under key; when the
	// file or the list under key could not be read, references to the kind
	// are not checked.
	file, key string
}

var kinds = [numKinds]kindInfo{
	kindSegment:     {"segment", "segments in dsc.yaml", ConfigFile, "segments"},
	kindParty:       {"external party", "external_parties in catalog.yaml", CatalogFile, "external_parties"},
	kindEntry:       {"catalog entry", "catalog.yaml", CatalogFile, "entries"},
	kindFunction:    {"function", "functions in journey.yaml", JourneyFile, "functions"},
	kindStage:       {"stage", "stages in journey.yaml", JourneyFile, "stages"},
	kindPhase:       {"sales phase", "sales_phases in journey.yaml", JourneyFile, "sales_phases"},
	kindChannel:     {"channel", "channels in journey.yaml", JourneyFile, "channels"},
	kindPersona:     {"persona", "personas in journey.yaml", JourneyFile, "personas"},
	kindInteraction: {"key interaction", "key_interactions in journey.yaml", JourneyFile, "key_interactions"},
	kindTouchpoint:  {"touchpoint", "touchpoints in journey.yaml", JourneyFile, "touchpoints"},
	kindProcess:     {"process", "processes in journey.yaml", JourneyFile, "processes"},
	kindDimension:   {"dimension", "dimensions in readiness.yaml", ReadinessFile, "dimensions"},
	kindQuestion:    {"question", "readiness.yaml", ReadinessFile, "questions"},
	kindRater:       {"rater", "raters in readiness.yaml", ReadinessFile, "raters"},
	kindCapability:  {"capability", "capabilities.yaml", CapabilitiesFile, "capabilities"},
	kindCompetitor:  {"competitor", "competitors in market.yaml", MarketFile, "competitors"},
	kindTrend:       {"trend", "trends in market.yaml", MarketFile, "trends"},
}

func (k kind) String() string { return kinds[k].noun }

// index holds every id the workspace defines, by kind, with where it is
// defined, so that duplicates name both places and references can be checked
// with one function.
type index struct {
	kinds [numKinds]idSet
}

// idSet is the ids of one kind in the order they are defined.
type idSet struct {
	at    map[string]yamlx.Loc
	order []string
	// unknown is true when the file defining the kind could not be read:
	// any reference may be right, so none is reported.
	unknown bool
}

func newIndex() *index {
	ix := &index{}
	for k := range ix.kinds {
		ix.kinds[k].at = map[string]yamlx.Loc{}
	}
	return ix
}

// add defines id of kind k at loc. It returns the place of an earlier
// definition when id is taken.
func (ix *index) add(k kind, id string, loc yamlx.Loc) (first yamlx.Loc, taken bool) {
	s := &ix.kinds[k]
	if first, taken := s.at[id]; taken {
		return first, true
	}
	s.at[id] = loc
	s.order = append(s.order, id)
	return yamlx.Loc{}, false
}

// has reports whether id of kind k is defined, or cannot be known.
func (ix *index) has(k kind, id string) bool {
	_, ok := ix.kinds[k].at[id]
	return ok || ix.kinds[k].unknown
}

// ids lists the ids of kind k in definition order.
func (ix *index) ids(k kind) []string { return ix.kinds[k].order }

// loc is where id of kind k is defined.
func (ix *index) loc(k kind, id string) yamlx.Loc { return ix.kinds[k].at[id] }

// seen remembers where each key was first seen, to name both places of a
// repetition (a channel given roles twice, an entry pinned twice, ...).
type seen map[string]yamlx.Loc

// again records key at loc; when key was seen before it returns where, as
// "file:line:col" of that place's locKey.
func (s seen) again(key string, loc yamlx.Loc, locKey string) (string, bool) {
	if first, ok := s[key]; ok {
		return where(first, locKey), true
	}
	s[key] = loc
	return "", false
}

// where formats the position of key in loc as file:line:col.
func where(loc yamlx.Loc, key string) string {
	p := loc.At(key)
	return fmt.Sprintf("%s:%d:%d", loc.File, p.Line, p.Col)
}
