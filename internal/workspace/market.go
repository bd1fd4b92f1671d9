package workspace

import (
	"github.com/dsc-workbench/dsc/internal/settings"
	"github.com/dsc-workbench/dsc/internal/yamlx"
	"github.com/dsc-workbench/dsc/market"
)

// MarketFile is the optional market, competitor and trend analysis.
const MarketFile = "market.yaml"

// Market is market.yaml: who competes, who offers which catalog entry, what
// trends are coming, and benchmark profiles of companies.
type Market struct {
	Loc         yamlx.Loc
	Competitors []Competitor      `yaml:"competitors"`
	Offerings   []Offerings       `yaml:"offerings"`
	Trends      []Trend           `yaml:"trends"`
	Analyses    []CompanyAnalysis `yaml:"company_analyses"`
}

// Competitor is a player the client is held against.
type Competitor struct {
	Loc         yamlx.Loc
	ID          string   `yaml:"id,required"`
	Name        string   `yaml:"name,required"`
	Kind        string   `yaml:"kind,required"`
	Segments    []string `yaml:"segments"`
	Website     string   `yaml:"website"`
	Description string   `yaml:"description"`
}

// Offerings records how far one competitor offers catalog entries (entry id
// -> full, partial or none), with where the evidence comes from.
type Offerings struct {
	Loc        yamlx.Loc
	Competitor string            `yaml:"competitor,required"`
	Source     string            `yaml:"source"`
	Date       string            `yaml:"date"`
	Entries    map[string]string `yaml:"entries,required"`
}

// Trend is a development in the market.
type Trend struct {
	Loc         yamlx.Loc
	ID          string   `yaml:"id,required"`
	Name        string   `yaml:"name,required"`
	Description string   `yaml:"description"`
	Horizon     string   `yaml:"horizon,required"`
	Relevance   int      `yaml:"relevance,required"`
	Source      string   `yaml:"source"`
	Entries     []string `yaml:"entries"`
	Stages      []string `yaml:"stages"`
}

// CompanyAnalysis is a short benchmark profile of a competitor.
type CompanyAnalysis struct {
	Loc        yamlx.Loc
	Competitor string   `yaml:"competitor,required"`
	Summary    string   `yaml:"summary"`
	Source     string   `yaml:"source"`
	Date       string   `yaml:"date"`
	Strengths  []string `yaml:"strengths"`
	Weaknesses []string `yaml:"weaknesses"`
	// Notable are catalog entries the competitor does remarkably well.
	Notable    []string    `yaml:"notable_features"`
	Highlights []Highlight `yaml:"journey_highlights"`
}

// Highlight is what a competitor does notably at one journey stage.
type Highlight struct {
	Loc   yamlx.Loc
	Stage string `yaml:"stage,required"`
	Text  string `yaml:"text,required"`
}

// MarketSettings tune the market analysis (dsc.yaml, settings.market).
type MarketSettings struct {
	Loc          yamlx.Loc
	RelevantFrom *int `yaml:"relevant_from"`
}

// resolveMarket lays dsc.yaml's market settings over the defaults; a value
// the validator rejects keeps its default.
func resolveMarket(s *settings.Market, c MarketSettings) {
	if r := c.RelevantFrom; r != nil && *r >= market.MinRelevance && *r <= market.MaxRelevance {
		s.RelevantFrom = *r
	}
}
