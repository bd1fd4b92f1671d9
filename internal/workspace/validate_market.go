package workspace

import (
	"fmt"
	"time"

	"github.com/dsc-workbench/dsc/internal/yamlx"
	"github.com/dsc-workbench/dsc/market"
)

// market checks the catalog's today and value/effort fields and market.yaml.
func (v *validator) market() {
	v.catalogToday()
	if ms := v.w.Config.Settings.Market; ms.RelevantFrom != nil {
		if r := *ms.RelevantFrom; r < market.MinRelevance || r > market.MaxRelevance {
			v.add(ms.Loc, "relevant_from", fmt.Sprintf("relevant_from %d is out of range %d-%d", r, market.MinRelevance, market.MaxRelevance),
				fmt.Sprintf("trends are rated 1 to 5; %d (the default) counts 4 and 5 as relevant", market.DefaultRelevantFrom))
		}
	}
	m := v.w.Market
	if m == nil {
		return
	}
	defineAll(v, kindCompetitor, m.Competitors, func(c Competitor) (string, yamlx.Loc) { return c.ID, c.Loc })
	defineAll(v, kindTrend, m.Trends, func(t Trend) (string, yamlx.Loc) { return t.ID, t.Loc })
	for _, c := range m.Competitors {
		v.enum(c.Loc, "kind", "competitor kind", c.Kind, strs(market.CompetitorKinds))
		v.segmentRefs(site{c.Loc, fmt.Sprintf("competitor %q", c.ID)}, c.Segments)
	}

	offered := seen{}
	for _, o := range m.Offerings {
		v.ref(site{o.Loc, "offerings"}, "competitor", kindCompetitor, o.Competitor)
		v.date(o.Loc, "date", o.Date)
		s := site{o.Loc, fmt.Sprintf("offerings of %q", o.Competitor)}
		for _, e := range sortedKeys(o.Entries) {
			key := "entries." + e
			v.ref(s, key, kindEntry, e)
			v.enum(o.Loc, key+".value", "offering level", o.Entries[e], strs(market.Levels))
			if o.Competitor == "" {
				continue
			}
			if also, dup := offered.again(o.Competitor+"\x00"+e, o.Loc, key); dup {
				v.add(o.Loc, key, fmt.Sprintf("duplicate offering: %q for entry %q is already given at %s", o.Competitor, e, also),
					"keep one record per competitor and entry (the newer evidence)")
			}
		}
	}

	for _, t := range m.Trends {
		s := site{t.Loc, fmt.Sprintf("trend %q", t.ID)}
		v.enum(t.Loc, "horizon", "trend horizon", t.Horizon, strs(market.Horizons))
		if t.Loc.Has("relevance") && (t.Relevance < market.MinRelevance || t.Relevance > market.MaxRelevance) {
			v.add(t.Loc, "relevance", fmt.Sprintf("relevance %d of %s is out of range %d-%d", t.Relevance, s.owner, market.MinRelevance, market.MaxRelevance),
				"rate how much the trend matters to the client from 1 (marginal) to 5 (decisive)")
		}
		v.refs(s, "entries", kindEntry, t.Entries)
		v.refs(s, "stages", kindStage, t.Stages)
	}

	profiled := seen{}
	for _, a := range m.Analyses {
		s := site{a.Loc, fmt.Sprintf("company analysis of %q", a.Competitor)}
		v.ref(site{a.Loc, "company analysis"}, "competitor", kindCompetitor, a.Competitor)
		if a.Competitor != "" {
			if also, dup := profiled.again(a.Competitor, a.Loc, "competitor"); dup {
				v.add(a.Loc, "competitor", fmt.Sprintf("%q has a second company analysis (also at %s)", a.Competitor, also), "merge the two profiles")
			}
		}
		v.date(a.Loc, "date", a.Date)
		v.refs(s, "notable_features", kindEntry, a.Notable)
		for _, h := range a.Highlights {
			s.loc = h.Loc
			v.ref(s, "stage", kindStage, h.Stage)
		}
	}
}

// catalogToday checks what catalog entries say about today and their
// value/effort figures.
func (v *validator) catalogToday() {
	for _, e := range v.w.Catalog.Entries {
		s := site{e.Loc, fmt.Sprintf("entry %q", e.ID)}
		known := v.enum(e.Loc, "today", "state today", e.Today, strs(market.TodayStates))
		if len(e.ChannelsToday) > 0 {
			switch {
			case known && !market.Today(e.Today).Present():
				state := e.Today
				if state == "" {
					state = string(market.Absent) + " (the default)"
				}
				v.add(e.Loc, "channels_today", fmt.Sprintf("%s lists channels_today but today is %s", s.owner, state),
					"set \"today: live\" or \"today: partial\", or remove channels_today")
			case v.w.Journey == nil:
				// without journey.yaml the channels are unknown: nothing to check them against
			default:
				v.refs(s, "channels_today", kindChannel, e.ChannelsToday)
			}
		}
		if x := e.Value; x != nil && (*x < market.MinValue || *x > market.MaxValue) {
			v.add(e.Loc, "value", fmt.Sprintf("value %g of %s is out of range %g-%g", *x, s.owner, market.MinValue, market.MaxValue),
				"rate what the entry is worth to the client from 1 (little) to 5 (a lot)")
		}
		if x := e.Revenue; x != nil && *x < 0 {
			v.add(e.Loc, "revenue", fmt.Sprintf("revenue %g of %s is negative", *x, s.owner), "give the expected annual revenue, or 0")
		}
		if x := e.Effort; x != nil && *x <= 0 {
			v.add(e.Loc, "effort", fmt.Sprintf("effort %g of %s must be greater than 0", *x, s.owner), "give the effort still needed in person-months, e.g. 2.5")
		}
		if x := e.Confidence; x != nil && (*x < 0 || *x > 1) {
			v.add(e.Loc, "confidence", fmt.Sprintf("confidence %g of %s is out of range 0-1", *x, s.owner),
				"give how sure the value and effort are, from 0 (a guess) to 1 (certain)")
		}
	}
}

// segmentRefs checks a list of segment ids against dsc.yaml.
func (v *validator) segmentRefs(s site, segs []string) {
	if len(segs) == 0 {
		return
	}
	if v.segmentsUndefined() {
		v.add(s.loc, "segments", fmt.Sprintf("%s names segments but dsc.yaml defines none", s.owner), "add \"segments:\" to dsc.yaml, e.g. B2B and B2C")
		return
	}
	v.refs(s, "segments", kindSegment, segs)
}

// date checks that an evidence date is YYYY-MM-DD or YYYY-MM.
func (v *validator) date(loc yamlx.Loc, key, s string) {
	if s == "" {
		return
	}
	if _, err := time.Parse(time.DateOnly, s); err == nil || validMonth(s) {
		return
	}
	v.add(loc, key, fmt.Sprintf("date %q is not a date", s), "write YYYY-MM-DD or YYYY-MM, e.g. 2026-10-15 or 2026-10")
}
