package analysis

import (
	"maps"
	"slices"

	"github.com/dsc-workbench/dsc/internal/settings"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/journey"
	"github.com/dsc-workbench/dsc/market"
	"github.com/dsc-workbench/dsc/roadmap"
)

// MarketEntry is one catalog entry in the market analysis, with the names
// and figures renderers need.
type MarketEntry struct {
	market.EntryResult
	Name    string            `json:"name"`
	Element roadmap.Element   `json:"element"`
	Kind    roadmap.EntryKind `json:"kind"`
	// CategorySource is "kano" (a survey), "expected" (the catalog) or "".
	CategorySource string `json:"category_source"`
	// Offers holds each competitor's level in the order of Market.Competitors;
	// "" where the competitor was not assessed.
	Offers        []market.Level `json:"offers"`
	ChannelsToday []string       `json:"channels_today"`
	Value         *float64       `json:"value"`
	Revenue       *float64       `json:"revenue"`
	Effort        *float64       `json:"effort"`
	Confidence    *float64       `json:"confidence"`
}

// CompetitorInfo is a competitor with its coverage of the catalog.
type CompetitorInfo struct {
	market.CompetitorResult
	Name        string                `json:"name"`
	Kind        market.CompetitorKind `json:"kind"`
	Segments    []string              `json:"segments"`
	Website     string                `json:"website,omitempty"`
	Description string                `json:"description,omitempty"`
	// Evidence lists where the offerings come from, as recorded.
	Evidence []Evidence `json:"evidence"`
}

// Evidence is the source and date of a block of offerings.
type Evidence struct {
	Source string `json:"source,omitempty"`
	Date   string `json:"date,omitempty"`
}

// TrendInfo is a trend on the radar with its words.
type TrendInfo struct {
	market.TrendResult
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	Source      string `json:"source,omitempty"`
}

// UnservedStageInfo is a stage relevant trends touch but no target entry serves.
type UnservedStageInfo struct {
	market.UnservedStage
	Name string `json:"name"`
}

// CompanyProfile is a benchmark profile of a competitor.
type CompanyProfile struct {
	Competitor string      `json:"competitor"`
	Name       string      `json:"name"`
	Summary    string      `json:"summary,omitempty"`
	Source     string      `json:"source,omitempty"`
	Date       string      `json:"date,omitempty"`
	Strengths  []string    `json:"strengths"`
	Weaknesses []string    `json:"weaknesses"`
	Notable    []string    `json:"notable_features"`
	Highlights []Highlight `json:"journey_highlights"`
}

// Highlight is what a competitor does notably at a journey stage.
type Highlight struct {
	Stage string `json:"stage"`
	Text  string `json:"text"`
}

// Market is the market analysis: parity and flags per entry, the gap
// between the target picture and today, the value/effort priority, the
// trend radar and the company profiles.
type Market struct {
	Competitors []CompetitorInfo `json:"competitors"`
	Entries     []MarketEntry    `json:"entries"`
	Trends      []TrendInfo      `json:"trends"`
	// The counts are market.Result's, in the same places of the JSON.
	market.TrendCounts
	Unserved []UnservedStageInfo `json:"unserved_stages"`
	market.Totals
	Profiles []CompanyProfile `json:"company_analyses"`
	// Stages are the journey's stages (the default ones without a journey),
	// for naming the stages trends touch.
	Stages []Named `json:"stages"`
	// JourneyKnown is false without journey.yaml: then no stage can be
	// found unserved.
	JourneyKnown bool `json:"journey_known"`
}

// HasMarketInput reports whether the workspace says anything the market
// analysis needs: market.yaml, or a catalog entry with today's state or a
// value or effort.
func HasMarketInput(ws *workspace.Workspace) bool {
	if ws.Market != nil {
		return true
	}
	for _, e := range ws.Catalog.Entries {
		if e.Today != "" || e.Value != nil || e.Effort != nil {
			return true
		}
	}
	return false
}

// RunMarket analyses the market against the target picture t with the
// market settings of set. k (may be nil) gives the survey categories; the catalog's expected categories fill
// in where no survey covers an entry.
func RunMarket(ws *workspace.Workspace, set settings.Settings, k *Kano, t roadmap.Target) *Market {
	in, cands := MarketInput(ws, k, t)
	in.RelevantFrom = set.Market.RelevantFrom
	res := market.Analyze(in)
	m := &Market{TrendCounts: res.TrendCounts, Totals: res.Totals, Competitors: []CompetitorInfo{}, Trends: []TrendInfo{},
		Unserved: []UnservedStageInfo{}, Profiles: []CompanyProfile{}, JourneyKnown: ws.Journey != nil}
	stageName := map[string]string{}
	for _, s := range stageList(ws) {
		m.Stages = append(m.Stages, Named{s.ID, s.Name})
		stageName[s.ID] = s.Name
	}
	wm := ws.Market
	if wm == nil {
		wm = &workspace.Market{}
	}
	for i, c := range wm.Competitors {
		info := CompetitorInfo{CompetitorResult: res.ByCompetitor[i], Name: c.Name, Kind: market.CompetitorKind(c.Kind),
			Segments: nonNilStrings(c.Segments), Website: c.Website, Description: c.Description, Evidence: []Evidence{}}
		for _, o := range wm.Offerings {
			ev := Evidence{o.Source, o.Date}
			if o.Competitor == c.ID && (ev.Source != "" || ev.Date != "") && !slices.Contains(info.Evidence, ev) {
				info.Evidence = append(info.Evidence, ev)
			}
		}
		m.Competitors = append(m.Competitors, info)
	}
	levels := map[[2]string]market.Level{}
	for _, o := range wm.Offerings {
		for e, lv := range o.Entries {
			levels[[2]string{o.Competitor, e}] = market.Level(lv)
		}
	}
	for i, e := range ws.Catalog.Entries {
		me := MarketEntry{EntryResult: res.Entries[i], Name: e.Name, Element: roadmap.Element(e.Element), Kind: roadmap.EntryKind(e.Kind),
			CategorySource: cands[i].Source, Offers: make([]market.Level, len(wm.Competitors)), ChannelsToday: nonNilStrings(e.ChannelsToday),
			Value: e.Value, Revenue: e.Revenue, Effort: e.Effort, Confidence: e.Confidence}
		for j, c := range wm.Competitors {
			me.Offers[j] = levels[[2]string{c.ID, e.ID}]
		}
		m.Entries = append(m.Entries, me)
	}
	trends := map[string]workspace.Trend{}
	for _, t := range wm.Trends {
		trends[t.ID] = t
	}
	for _, r := range res.Trends {
		t := trends[r.ID]
		m.Trends = append(m.Trends, TrendInfo{TrendResult: r, Name: t.Name, Description: t.Description, Source: t.Source})
	}
	for _, u := range res.Unserved {
		m.Unserved = append(m.Unserved, UnservedStageInfo{UnservedStage: u, Name: workspace.NameOr(stageName[u.Stage], u.Stage)})
	}
	for _, a := range wm.Analyses {
		p := CompanyProfile{Competitor: a.Competitor, Name: a.Competitor, Summary: a.Summary, Source: a.Source, Date: a.Date,
			Strengths: nonNilStrings(a.Strengths), Weaknesses: nonNilStrings(a.Weaknesses), Notable: nonNilStrings(a.Notable), Highlights: []Highlight{}}
		for _, c := range wm.Competitors {
			if c.ID == a.Competitor {
				p.Name = c.Name
			}
		}
		for _, h := range a.Highlights {
			p.Highlights = append(p.Highlights, Highlight{Stage: h.Stage, Text: h.Text})
		}
		m.Profiles = append(m.Profiles, p)
	}
	return m
}

// MarketInput converts the workspace into the market package's input and
// returns the target-picture candidates (one per catalog entry, in catalog
// order) it took the categories from.
func MarketInput(ws *workspace.Workspace, k *Kano, t roadmap.Target) (market.Input, []roadmap.Candidate) {
	var in market.Input
	inTarget := map[string]bool{}
	for _, ep := range t.Elements {
		for _, group := range [][]roadmap.Selection{ep.Features, ep.Services, ep.RevenueStreams} {
			for _, s := range group {
				inTarget[s.ID] = true
			}
		}
	}
	served := map[string][]string{}
	if ws.Journey != nil {
		in.Stages = []string{}
		for _, s := range ws.Journey.StageList() {
			in.Stages = append(in.Stages, s.ID)
		}
		for _, tp := range ws.Journey.Touchpoints {
			for _, f := range tp.Features {
				if !slices.Contains(served[f], tp.Stage) {
					served[f] = append(served[f], tp.Stage)
				}
			}
		}
	}
	cands := Candidates(ws, k)
	for i, e := range ws.Catalog.Entries {
		in.Entries = append(in.Entries, market.Entry{ID: e.ID, Category: cands[i].Category, InTarget: inTarget[e.ID],
			Today: market.Today(e.Today), Stages: served[e.ID], Value: e.Value, Revenue: e.Revenue, Effort: e.Effort, Confidence: e.Confidence})
	}
	if wm := ws.Market; wm != nil {
		for _, c := range wm.Competitors {
			in.Competitors = append(in.Competitors, market.Competitor{ID: c.ID, Kind: market.CompetitorKind(c.Kind)})
		}
		for _, o := range wm.Offerings {
			for _, e := range slices.Sorted(maps.Keys(o.Entries)) {
				in.Offerings = append(in.Offerings, market.Offering{Competitor: o.Competitor, Entry: e, Level: market.Level(o.Entries[e])})
			}
		}
		for _, t := range wm.Trends {
			in.Trends = append(in.Trends, market.Trend{ID: t.ID, Horizon: market.Horizon(t.Horizon), Relevance: t.Relevance, Entries: t.Entries, Stages: t.Stages})
		}
	}
	return in, cands
}

// stageList names the journey's stages, or the default ones without a journey.
func stageList(ws *workspace.Workspace) []Named {
	steps := journey.DefaultStages
	if ws.Journey != nil {
		steps = ws.Journey.StageList()
	}
	out := make([]Named, len(steps))
	for i, s := range steps {
		out[i] = Named{s.ID, s.Name}
	}
	return out
}

func nonNilStrings(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}
