// Package market analyses the strategy phase's inputs: who offers which
// catalog entry (parity and the flags it raises against the Kano category),
// what the client has today (the gap between the target picture and today),
// what each entry is worth against what it costs (the value/effort priority)
// and which trends are coming (the radar, and the journey stages a relevant
// trend touches but no target entry serves). It is pure: typed data in,
// typed facts out; no files, no printing, no sentences.
package market

import "github.com/dsc-workbench/dsc/kano"

// Competitor is one player the client is held against.
type Competitor struct {
	ID   string
	Kind CompetitorKind
}

// Offering says how far a competitor offers a catalog entry.
type Offering struct {
	Competitor, Entry string
	Level             Level
}

// Entry is a catalog entry with what the other analyses say about it.
type Entry struct {
	ID string
	// Category is the survey's Kano category, else the catalog's expected
	// one, else kano.NoCategory.
	Category kano.Category
	// InTarget is true when the target picture includes the entry.
	InTarget bool
	// Today is what the client has today; "" counts as Absent.
	Today Today
	// Stages are the journey stages where a touchpoint serves the entry.
	Stages []string
	// Value (1-5), Revenue (an annual estimate), Effort (person-months) and
	// Confidence (0-1) are nil when the catalog does not give them.
	Value, Revenue, Effort, Confidence *float64
}

// Trend is a development in the market that affects entries and stages.
type Trend struct {
	ID        string
	Horizon   Horizon
	Relevance int
	Entries   []string
	Stages    []string
}

// Input is everything the market analysis looks at.
type Input struct {
	Competitors []Competitor
	Offerings   []Offering
	Entries     []Entry
	Trends      []Trend
	// Stages are the journey's stages in order; nil when the workspace has
	// no journey, and then no stage can be found unserved.
	Stages []string
	// RelevantFrom is the relevance from which a trend counts; 0 means
	// DefaultRelevantFrom.
	RelevantFrom int
}

// Parity counts the competitors' offerings of one entry.
type Parity struct {
	Full    int `json:"full"`
	Partial int `json:"partial"`
	// None counts competitors recorded as not offering the entry;
	// Unassessed those with no record, which count as not offering it as
	// long as at least one competitor was assessed on the entry.
	None       int `json:"none"`
	Unassessed int `json:"unassessed"`
	// P is (full + 0.5 x partial) / competitors; nil when no competitor was
	// assessed on the entry (see Assessed).
	P *float64 `json:"p"`
}

// EntryResult is what the market analysis says about one entry.
type EntryResult struct {
	ID       string        `json:"id"`
	Category kano.Category `json:"category"`
	// Parity is nil when there are no competitors: then there is no parity
	// and no flag. With competitors but none assessed on the entry, its P is
	// nil and the entry has no flag either (NotAssessed).
	Parity   *Parity          `json:"parity"`
	Flags    []Flag           `json:"flags"`
	Today    Today            `json:"today"`
	InTarget bool             `json:"in_target"`
	Gap      Gap              `json:"gap"`
	Why      ReconsiderReason `json:"reconsider_because,omitempty"`
	// Score is value x confidence / effort; nil without value or effort.
	Score    *float64      `json:"score"`
	Quadrant Quadrant      `json:"quadrant,omitempty"`
	Priority int           `json:"priority"` // 1 first; 0 not ranked
	Group    PriorityGroup `json:"priority_group,omitempty"`
	Trends   []string      `json:"trends"`
	// confidence is the catalog's, nil when it gives none (ScoreConfidence).
	confidence *float64
}

// ScoreConfidence is the confidence the entry's score used: the catalog's,
// or DefaultConfidence where it gives none (isDefault); zero and false
// without a score. In JSON "confidence": null beside a score says the
// default was used.
func (r EntryResult) ScoreConfidence() (c float64, isDefault bool) {
	if r.Score == nil {
		return 0, false
	}
	return ConfidenceOf(r.confidence)
}

// NotAssessed reports whether there are competitors but none of them was
// assessed on the entry: nothing is known of what the market offers, so it
// carries no flag, rather than counting as a white spot.
func (e EntryResult) NotAssessed() bool { return e.Parity != nil && !e.Parity.Assessed() }

// CompetitorResult sums up one competitor's offerings over the catalog
// entries the market was assessed on.
type CompetitorResult struct {
	ID      string `json:"id"`
	Full    int    `json:"full"`
	Partial int    `json:"partial"`
	// None counts the assessed entries the competitor does not offer:
	// recorded as none, or without a record of its own where another
	// competitor was assessed on the entry (the parity's rule).
	None int `json:"none"`
	// Unassessed counts the catalog entries no competitor was assessed on
	// (EntryResult.NotAssessed): nothing is known of them, so they are left
	// out of Coverage rather than counted as not offered (trial7 N22). It
	// is the same for every competitor; full + partial + none + unassessed
	// is the catalog.
	Unassessed int `json:"unassessed"`
	// Coverage is (full + 0.5 x partial) / (full + partial + none): the
	// share of the assessed entries the competitor offers. Nil when no
	// entry was assessed at all.
	Coverage *float64 `json:"coverage"`
}

// Assessed counts the entries Coverage is over.
func (c CompetitorResult) Assessed() int { return c.Full + c.Partial + c.None }

// TrendResult places one trend on the radar.
type TrendResult struct {
	ID        string   `json:"id"`
	Horizon   Horizon  `json:"horizon"`
	Relevance int      `json:"relevance"`
	Relevant  bool     `json:"relevant"`
	Entries   []string `json:"entries"`
	Stages    []string `json:"stages"`
	// Unserved are the trend's stages that no target entry serves (only
	// for relevant trends, and only when the journey is known).
	Unserved []string `json:"unserved_stages"`
}

// UnservedStage is a journey stage that relevant trends touch but no entry
// of the target picture serves.
type UnservedStage struct {
	Stage  string   `json:"stage"`
	Trends []string `json:"trends"`
}

// GapCount counts the entries of one gap class.
type GapCount struct {
	Gap     Gap `json:"gap"`
	Entries int `json:"entries"`
	// Planned counts the entries of a "to build" class that are planned.
	Planned int `json:"planned"`
}

// QuadrantCount counts the entries in one quadrant of the value/effort
// matrix.
type QuadrantCount struct {
	Quadrant Quadrant `json:"quadrant"`
	Entries  int      `json:"entries"`
}

// FlagCount counts the entries carrying one flag.
type FlagCount struct {
	Flag    Flag `json:"flag"`
	Entries int  `json:"entries"`
}

// Result is the market analysis.
type Result struct {
	Competitors  int                `json:"competitors"`
	Entries      []EntryResult      `json:"entries"`
	ByCompetitor []CompetitorResult `json:"by_competitor"`
	// Trends are in radar order: horizon nearest first, then relevance
	// highest first, then as given.
	Trends []TrendResult `json:"trends"`
	TrendCounts
	Unserved []UnservedStage `json:"unserved_stages"`
	Totals
}

// TrendCounts say how many trends count: the relevance from which one
// does, how many do (Relevant), and how many of them are due now.
type TrendCounts struct {
	RelevantFrom int `json:"relevant_from"`
	Relevant     int `json:"relevant_trends"`
	RelevantNow  int `json:"relevant_now"`
}

// Totals sum the entries up: per gap class, per flag and per quadrant (each
// in its vocabulary's order: Gaps, Flags, Quadrants), the effort split and
// the priority order. The analysis layer embeds them as they are.
type Totals struct {
	Gaps  []GapCount  `json:"gaps"`
	Flags []FlagCount `json:"flags"`
	// EffortSplit is the median effort of the entries in the value/effort
	// matrix: at or below it an entry's effort is low.
	EffortSplit float64         `json:"effort_split"`
	Quadrants   []QuadrantCount `json:"quadrants"`
	// Priority lists the ranked entries, first first.
	Priority []string `json:"priority"`
	// NotAssessed counts the entries no competitor was assessed on while
	// there are competitors (EntryResult.NotAssessed): they carry no flag.
	// Not written to JSON, where each entry's parity says it.
	NotAssessed int `json:"-"`
}

// Gap counts the entries of the gap class g.
func (t Totals) Gap(g Gap) GapCount {
	for _, c := range t.Gaps {
		if c.Gap == g {
			return c
		}
	}
	return GapCount{Gap: g}
}

// Flagged counts the entries carrying the flag f.
func (t Totals) Flagged(f Flag) int {
	for _, c := range t.Flags {
		if c.Flag == f {
			return c.Entries
		}
	}
	return 0
}

// InQuadrant counts the entries in the quadrant q.
func (t Totals) InQuadrant(q Quadrant) int {
	for _, c := range t.Quadrants {
		if c.Quadrant == q {
			return c.Entries
		}
	}
	return 0
}

// Analyze runs every market figure on in.
func Analyze(in Input) Result {
	relevantFrom := in.RelevantFrom
	if relevantFrom == 0 {
		relevantFrom = DefaultRelevantFrom
	}
	res := Result{Competitors: len(in.Competitors), TrendCounts: TrendCounts{RelevantFrom: relevantFrom},
		Entries: make([]EntryResult, len(in.Entries)), ByCompetitor: []CompetitorResult{},
		Trends: []TrendResult{}, Unserved: []UnservedStage{}, Totals: Totals{Priority: []string{}}}
	levels := offeringIndex(in.Offerings)
	trendsOf := map[string][]string{}
	for _, t := range in.Trends {
		for _, e := range t.Entries {
			trendsOf[e] = append(trendsOf[e], t.ID)
		}
	}
	for i, e := range in.Entries {
		r := EntryResult{ID: e.ID, Category: e.Category, Today: e.Today, InTarget: e.InTarget, Flags: []Flag{}, Trends: nonNil(trendsOf[e.ID])}
		if r.Today == "" {
			r.Today = Absent
		}
		if len(in.Competitors) > 0 {
			p := ParityOf(in.Competitors, levels[e.ID])
			r.Parity = &p
			r.Flags = FlagsOf(e.Category, p)
		}
		r.Gap, r.Why = GapOf(e.InTarget, e.Category, r.Today)
		r.Score, r.confidence = Score(e.Value, e.Effort, e.Confidence), e.Confidence
		res.Entries[i] = r
	}
	res.ByCompetitor = byCompetitor(in.Competitors, res.Entries, levels)
	res.EffortSplit = placeInMatrix(in.Entries, res.Entries)
	res.Priority = rank(in.Entries, res.Entries)
	res.Trends, res.Unserved = radar(in, relevantFrom)
	for _, t := range res.Trends {
		if t.Relevant {
			res.Relevant++
			if t.Horizon == Now {
				res.RelevantNow++
			}
		}
	}
	counts(res.Entries, &res.Totals)
	return res
}

// offeringIndex maps entry -> competitor -> level. The loader rejects
// duplicate offerings; should one slip through, the last one counts.
func offeringIndex(offerings []Offering) map[string]map[string]Level {
	m := map[string]map[string]Level{}
	for _, o := range offerings {
		if m[o.Entry] == nil {
			m[o.Entry] = map[string]Level{}
		}
		m[o.Entry][o.Competitor] = o.Level
	}
	return m
}

// byCompetitor sums each competitor's offerings over the entries, given
// their parity: an entry no competitor was assessed on counts as
// unassessed, not as an entry the competitor lacks.
func byCompetitor(comps []Competitor, entries []EntryResult, levels map[string]map[string]Level) []CompetitorResult {
	out := make([]CompetitorResult, len(comps))
	for i, c := range comps {
		r := CompetitorResult{ID: c.ID}
		for _, e := range entries {
			if e.NotAssessed() {
				r.Unassessed++
				continue
			}
			switch levels[e.ID][c.ID] {
			case Full:
				r.Full++
			case Partial:
				r.Partial++
			default:
				r.None++
			}
		}
		if n := r.Assessed(); n > 0 {
			v := (float64(r.Full) + 0.5*float64(r.Partial)) / float64(n)
			r.Coverage = &v
		}
		out[i] = r
	}
	return out
}

// counts counts the entries per gap class, flag and quadrant, each in its
// vocabulary's order, and those not assessed on any competitor.
func counts(entries []EntryResult, t *Totals) {
	gaps := make([]GapCount, len(Gaps))
	for i, g := range Gaps {
		gaps[i].Gap = g
		for _, e := range entries {
			if e.Gap == g {
				gaps[i].Entries++
				if e.Today == Planned {
					gaps[i].Planned++
				}
			}
		}
	}
	flags := make([]FlagCount, len(Flags))
	for i, f := range Flags {
		flags[i].Flag = f
		for _, e := range entries {
			for _, g := range e.Flags {
				if g == f {
					flags[i].Entries++
				}
			}
		}
	}
	quadrants := make([]QuadrantCount, len(Quadrants))
	for i, q := range Quadrants {
		quadrants[i].Quadrant = q
		for _, e := range entries {
			if e.Quadrant == q {
				quadrants[i].Entries++
			}
		}
	}
	t.Gaps, t.Flags, t.Quadrants = gaps, flags, quadrants
	for _, e := range entries {
		if e.NotAssessed() {
			t.NotAssessed++
		}
	}
}

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}
