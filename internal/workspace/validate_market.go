package workspace

import (
	"fmt"
	"time"

	"github.com/dsc-workbench/dsc/internal/yamlx"
	"github.com/dsc-workbench/dsc/journey"
	"github.com/dsc-workbench/dsc/market"
)

// market checks the catalog's today and value/effort fields and market.yaml.
func (v *validator) market() {
	v.catalogToday()
	m := v.w.Market
	if m == nil {
		return
	}
	stages, stageIDs, stagesWhere := v.stages, v.stageIDs, "stages in journey.yaml"
	if v.w.Journey == nil {
		stages, stageIDs = stepIndex(journey.DefaultStages)
		stagesWhere = "journey.yaml (without one, the default stages apply)"
	}

	locs, ids := collect(m.Competitors, func(c Competitor) (yamlx.Loc, string) { return c.Loc, c.ID })
	comps, compIDs := v.ids("competitor", locs, ids)
	for _, c := range m.Competitors {
		v.enum(c.Loc, "kind", "competitor kind", c.Kind, strs(market.CompetitorKinds), false)
		v.segmentRefs(c.Loc, fmt.Sprintf("competitor %q", c.ID), c.Segments)
	}

	type pair struct{ competitor, entry string }
	first := map[pair]yamlx.Loc{}
	for _, o := range m.Offerings {
		v.ref(o.Loc, "competitor", "offerings", "competitor", o.Competitor, comps, compIDs, "competitors in market.yaml")
		v.date(o.Loc, "date", o.Date)
		owner := fmt.Sprintf("offerings of %q", o.Competitor)
		for _, e := range sortedKeys(o.Entries) {
			key := "entries." + e
			v.ref(o.Loc, key, owner, "catalog entry", e, v.entries, v.entryIDs, "catalog.yaml")
			v.enum(o.Loc, key+".value", "offering level", o.Entries[e], strs(market.Levels), false)
			k := pair{o.Competitor, e}
			if at, dup := first[k]; dup && o.Competitor != "" {
				p := at.At(key)
				v.add(o.Loc, key, fmt.Sprintf("duplicate offering: %q for entry %q is already given at %s:%d:%d", o.Competitor, e, at.File, p.Line, p.Col),
					"keep one record per competitor and entry (the newer evidence)")
				continue
			}
			first[k] = o.Loc
		}
	}

	locs, ids = collect(m.Trends, func(t Trend) (yamlx.Loc, string) { return t.Loc, t.ID })
	v.ids("trend", locs, ids)
	for _, t := range m.Trends {
		owner := fmt.Sprintf("trend %q", t.ID)
		v.enum(t.Loc, "horizon", "trend horizon", t.Horizon, strs(market.Horizons), false)
		if t.Loc.Has("relevance") && (t.Relevance < market.MinRelevance || t.Relevance > market.MaxRelevance) {
			v.add(t.Loc, "relevance", fmt.Sprintf("relevance %d of %s is out of range %d-%d", t.Relevance, owner, market.MinRelevance, market.MaxRelevance),
				"rate how much the trend matters to the client from 1 (marginal) to 5 (decisive)")
		}
		v.refs(t.Loc, "entries", owner, "catalog entry", t.Entries, v.entries, v.entryIDs, "catalog.yaml")
		v.refs(t.Loc, "stages", owner, "stage", t.Stages, stages, stageIDs, stagesWhere)
	}

	seen := map[string]yamlx.Loc{}
	for _, a := range m.Analyses {
		owner := fmt.Sprintf("company analysis of %q", a.Competitor)
		v.ref(a.Loc, "competitor", "company analysis", "competitor", a.Competitor, comps, compIDs, "competitors in market.yaml")
		if at, dup := seen[a.Competitor]; dup && a.Competitor != "" {
			p := at.At("competitor")
			v.add(a.Loc, "competitor", fmt.Sprintf("%q has a second company analysis (also at %s:%d:%d)", a.Competitor, at.File, p.Line, p.Col), "merge the two profiles")
		}
		seen[a.Competitor] = a.Loc
		v.date(a.Loc, "date", a.Date)
		v.refs(a.Loc, "notable_features", owner, "catalog entry", a.Notable, v.entries, v.entryIDs, "catalog.yaml")
		for _, h := range a.Highlights {
			v.ref(h.Loc, "stage", owner, "stage", h.Stage, stages, stageIDs, stagesWhere)
		}
	}
}

// catalogToday checks what catalog entries say about today and their
// value/effort figures.
func (v *validator) catalogToday() {
	for _, e := range v.w.Catalog.Entries {
		owner := fmt.Sprintf("entry %q", e.ID)
		v.enum(e.Loc, "today", "state today", e.Today, strs(market.TodayStates), true)
		if len(e.ChannelsToday) > 0 {
			switch {
			case !market.Today(e.Today).Present():
				state := e.Today
				if state == "" {
					state = string(market.Absent) + " (the default)"
				}
				v.add(e.Loc, "channels_today", fmt.Sprintf("%s lists channels_today but today is %s", owner, state),
					"set \"today: live\" or \"today: partial\", or remove channels_today")
			case v.w.Journey == nil:
				v.add(e.Loc, "channels_today", fmt.Sprintf("%s lists channels_today but the workspace has no journey.yaml", owner),
					"define the channels in journey.yaml, or remove channels_today")
			default:
				v.refs(e.Loc, "channels_today", owner, "channel", e.ChannelsToday, v.channels, v.channelIDs, "channels in journey.yaml")
			}
		}
		if x := e.Value; x != nil && (*x < market.MinValue || *x > market.MaxValue) {
			v.add(e.Loc, "value", fmt.Sprintf("value %g of %s is out of range %g-%g", *x, owner, market.MinValue, market.MaxValue),
				"rate what the entry is worth to the client from 1 (little) to 5 (a lot)")
		}
		if x := e.Revenue; x != nil && *x < 0 {
			v.add(e.Loc, "revenue", fmt.Sprintf("revenue %g of %s is negative", *x, owner), "give the expected annual revenue, or 0")
		}
		if x := e.Effort; x != nil && *x <= 0 {
			v.add(e.Loc, "effort", fmt.Sprintf("effort %g of %s must be greater than 0", *x, owner), "give the effort still needed in person-months, e.g. 2.5")
		}
		if x := e.Confidence; x != nil && (*x < 0 || *x > 1) {
			v.add(e.Loc, "confidence", fmt.Sprintf("confidence %g of %s is out of range 0-1", *x, owner),
				"give how sure the value and effort are, from 0 (a guess) to 1 (certain)")
		}
	}
}

// segmentRefs checks a list of segment ids against dsc.yaml.
func (v *validator) segmentRefs(loc yamlx.Loc, owner string, segs []string) {
	if len(segs) == 0 {
		return
	}
	if len(v.w.Config.Segments) == 0 {
		v.add(loc, "segments", fmt.Sprintf("%s names segments but dsc.yaml defines none", owner), "add \"segments:\" to dsc.yaml, e.g. B2B and B2C")
		return
	}
	v.refs(loc, "segments", owner, "segment", segs, v.segments, v.segmentIDs, "segments in dsc.yaml")
}

// date checks that an evidence date is YYYY-MM-DD or YYYY-MM.
func (v *validator) date(loc yamlx.Loc, key, s string) {
	if s == "" {
		return
	}
	if _, err := time.Parse(time.DateOnly, s); err == nil {
		return
	}
	if validMonth(s) {
		return
	}
	v.add(loc, key, fmt.Sprintf("date %q is not a date", s), "write YYYY-MM-DD or YYYY-MM, e.g. 2026-10-15 or 2026-10")
}
