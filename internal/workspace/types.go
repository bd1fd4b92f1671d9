package workspace

import (
	"github.com/dsc-workbench/dsc/internal/survey"
	"github.com/dsc-workbench/dsc/internal/yamlx"
)

// File names inside a workspace folder.
const (
	ConfigFile       = "dsc.yaml"
	CatalogFile      = "catalog.yaml"
	JourneyFile      = "journey.yaml"
	ReadinessFile    = "readiness.yaml"
	CapabilitiesFile = "capabilities.yaml"
	SurveysDir       = "surveys"
	RatingsDir       = "ratings"
)

// Config is dsc.yaml: who the engagement is for and how analyses are tuned.
type Config struct {
	Loc      yamlx.Loc
	Client   string         `yaml:"client,required"`
	Industry string         `yaml:"industry"`
	Language string         `yaml:"language"`
	Segments []Segment      `yaml:"segments"`
	Surveys  []SurveySource `yaml:"surveys"`
	Settings Settings       `yaml:"settings"`
	Report   ReportSettings `yaml:"report"`
}

// Segment is a customer segment such as B2B or B2C.
type Segment struct {
	Loc         yamlx.Loc
	ID          string `yaml:"id,required"`
	Name        string `yaml:"name"`
	Description string `yaml:"description"`
}

// SurveySource names one survey export to read.
type SurveySource struct {
	Loc    yamlx.Loc
	File   string `yaml:"file,required"`
	Sheet  string `yaml:"sheet"`
	Layout string `yaml:"layout"`
	Wave   string `yaml:"wave"`
	// WaveColumn names the export's column that says each respondent's
	// wave (header text or letter), when one file holds several waves.
	WaveColumn string `yaml:"wave_column"`
	Mapping    string `yaml:"mapping"`
	// Map is the decoded mapping file, when there is one.
	Map *survey.Mapping `yaml:"-"`
	// MapFailed: the mapping file has problems (reported), so the survey is
	// not read: what it would say about the export follows from them.
	MapFailed bool `yaml:"-"`
}

// Settings tune the analyses; every field has a documented default.
type Settings struct {
	Loc       yamlx.Loc
	Kano      KanoSettings      `yaml:"kano"`
	Target    TargetSettings    `yaml:"target"`
	Readiness ReadinessSettings `yaml:"readiness"`
	Roadmap   RoadmapSettings   `yaml:"roadmap"`
	Market    MarketSettings    `yaml:"market"`
}

// KanoSettings choose the evaluation table and the classification rule.
type KanoSettings struct {
	Loc       yamlx.Loc
	Table     string             `yaml:"table"`
	Rule      string             `yaml:"rule"`
	MinN      int                `yaml:"min_n"`
	SegmentBy string             `yaml:"segment_by"`
	Screening *ScreeningSettings `yaml:"screening"`
}

// TargetSettings drive the selection of the DSC target picture.
type TargetSettings struct {
	Loc             yamlx.Loc
	BetterThreshold *float64 `yaml:"better_threshold"`
	Pins            []Pin    `yaml:"pins"`
}

// Pin overrides the target-picture rule for one catalog entry.
type Pin struct {
	Loc      yamlx.Loc
	Entry    string `yaml:"entry,required"`
	Decision string `yaml:"decision,required"`
	Reason   string `yaml:"reason"`
}

// ReadinessSettings tune the readiness aggregation.
type ReadinessSettings struct {
	Loc                   yamlx.Loc
	DisagreementThreshold *float64 `yaml:"disagreement_threshold"`
}

// RoadmapSettings date, staff and price the roadmap (docs/roadmap.md).
type RoadmapSettings struct {
	Loc              yamlx.Loc
	Start            string          `yaml:"start"`
	TeamSize         *float64        `yaml:"team_size"`
	AssessmentMonths *float64        `yaml:"assessment_months"`
	ApprovalMonths   *float64        `yaml:"approval_months"`
	Coupled          string          `yaml:"coupled"`
	Capacity         Capacity        `yaml:"capacity"`
	PMOTeamSize      *float64        `yaml:"pmo_team_size"`
	MonthlyRate      *float64        `yaml:"monthly_rate"`
	Currency         string          `yaml:"currency"`
	Clusters         ClusterSettings `yaml:"clusters"`
}

// Catalog is catalog.yaml: the DSC's features, services and revenue streams.
type Catalog struct {
	Loc     yamlx.Loc
	Parties []Party `yaml:"external_parties"`
	Entries []Entry `yaml:"entries"`
}

// Party is an external party integrated into the DSC (payment, logistics, financing ...).
type Party struct {
	Loc         yamlx.Loc
	ID          string `yaml:"id,required"`
	Name        string `yaml:"name,required"`
	Kind        string `yaml:"kind,required"`
	Description string `yaml:"description"`
}

// Entry is one feature, service or revenue stream of the DSC.
type Entry struct {
	Loc         yamlx.Loc
	ID          string   `yaml:"id,required"`
	Name        string   `yaml:"name,required"`
	Aliases     []string `yaml:"aliases"`
	Description string   `yaml:"description"`
	Kind        string   `yaml:"kind,required"`
	Element     string   `yaml:"element,required"`
	Parties     []string `yaml:"parties"`
	Expected    string   `yaml:"expected"`
	Functions   []string `yaml:"functions"`
	Competitors string   `yaml:"competitors"`
	Trends      string   `yaml:"trends"`
	// Today's state and the value/effort figures (docs/market.md).
	Today         string   `yaml:"today"`
	ChannelsToday []string `yaml:"channels_today"`
	Value         *float64 `yaml:"value"`
	Revenue       *float64 `yaml:"revenue"`
	Effort        *float64 `yaml:"effort"`
	Confidence    *float64 `yaml:"confidence"`
}

// Journey is journey.yaml: stages, phases, channels, personas and touchpoints.
type Journey struct {
	Loc          yamlx.Loc
	Stages       []Stage       `yaml:"stages"`
	SalesPhases  []SalesPhase  `yaml:"sales_phases"`
	Channels     []Channel     `yaml:"channels"`
	Personas     []Persona     `yaml:"personas"`
	Interactions []Interaction `yaml:"key_interactions"`
	Touchpoints  []Touchpoint  `yaml:"touchpoints"`
	ChannelRoles []ChannelRole `yaml:"channel_roles"`
	Functions    []Function    `yaml:"functions"`
	Processes    []Process     `yaml:"processes"`
}

// Stage is one ordered step of the customer journey. Kind maps a custom
// stage onto a default stage id so built-in omni-channel processes find it.
type Stage struct {
	Loc  yamlx.Loc
	ID   string `yaml:"id,required"`
	Name string `yaml:"name"`
	Kind string `yaml:"kind"`
}

// SalesPhase is one phase of the sales process.
type SalesPhase struct {
	Loc  yamlx.Loc
	ID   string `yaml:"id,required"`
	Name string `yaml:"name"`
}

// Channel is a sales or service channel.
type Channel struct {
	Loc    yamlx.Loc
	ID     string `yaml:"id,required"`
	Name   string `yaml:"name"`
	Type   string `yaml:"type,required"`
	Online *bool  `yaml:"online"`
	Cost   string `yaml:"cost,required"`
}

// Persona is a B2B or B2C customer archetype.
type Persona struct {
	Loc         yamlx.Loc
	ID          string   `yaml:"id,required"`
	Name        string   `yaml:"name,required"`
	Segment     string   `yaml:"segment,required"`
	Description string   `yaml:"description"`
	BigFive     *BigFive `yaml:"big_five"`
}

// BigFive is a persona's personality profile, each trait on 1-5.
type BigFive struct {
	Loc               yamlx.Loc
	Openness          float64 `yaml:"openness"`
	Conscientiousness float64 `yaml:"conscientiousness"`
	Extraversion      float64 `yaml:"extraversion"`
	Agreeableness     float64 `yaml:"agreeableness"`
	Neuroticism       float64 `yaml:"neuroticism"`
}

// Interaction is a key interaction, the job a customer does at a stage.
type Interaction struct {
	Loc   yamlx.Loc
	ID    string `yaml:"id,required"`
	Name  string `yaml:"name,required"`
	Stage string `yaml:"stage"`
}

// Touchpoint is a key interaction at a stage through a channel for personas.
type Touchpoint struct {
	Loc         yamlx.Loc
	ID          string   `yaml:"id,required"`
	Name        string   `yaml:"name"`
	Interaction string   `yaml:"interaction"`
	Stage       string   `yaml:"stage,required"`
	Channel     string   `yaml:"channel,required"`
	Personas    []string `yaml:"personas,required"`
	Features    []string `yaml:"features"`
	Functions   []string `yaml:"functions"`
	KPIs        []KPI    `yaml:"kpis"`
	Evidence    string   `yaml:"evidence"`
}

// KPI measures a touchpoint, current against target.
type KPI struct {
	Loc     yamlx.Loc
	Name    string   `yaml:"name,required"`
	Unit    string   `yaml:"unit"`
	Current *float64 `yaml:"current"`
	Target  *float64 `yaml:"target"`
	Better  string   `yaml:"better"`
}

// ChannelRole gives a channel's role in each sales phase.
type ChannelRole struct {
	Loc     yamlx.Loc
	Channel string            `yaml:"channel,required"`
	Roles   map[string]string `yaml:"roles,required"`
}

// Function is a workspace-defined touchpoint function for omni-channel processes.
type Function struct {
	Loc  yamlx.Loc
	ID   string `yaml:"id,required"`
	Name string `yaml:"name"`
}

// Process is a workspace-defined omni-channel process.
type Process struct {
	Loc   yamlx.Loc
	ID    string        `yaml:"id,required"`
	Name  string        `yaml:"name,required"`
	Steps []ProcessStep `yaml:"steps,required"`
}

// ProcessStep is one thing an omni-channel process needs at a stage.
type ProcessStep struct {
	Loc      yamlx.Loc
	Stage    string `yaml:"stage,required"`
	Channel  string `yaml:"channel,required"`
	Function string `yaml:"function,required"`
}

// Readiness is readiness.yaml: the questionnaire, raters and ratings.
type Readiness struct {
	Loc                   yamlx.Loc
	Scale                 []Level     `yaml:"scale"`
	DisagreementThreshold *float64    `yaml:"disagreement_threshold"`
	Dimensions            []Dimension `yaml:"dimensions,required"`
	Raters                []Rater     `yaml:"raters"`
	Ratings               []Rating    `yaml:"ratings"`
}

// Level describes one maturity level of the scale.
type Level struct {
	Loc         yamlx.Loc
	Level       int    `yaml:"level,required"`
	Name        string `yaml:"name,required"`
	Description string `yaml:"description"`
}

// Dimension is a readiness or requirement dimension with its questions.
type Dimension struct {
	Loc         yamlx.Loc
	ID          string     `yaml:"id,required"`
	Name        string     `yaml:"name,required"`
	Requirement string     `yaml:"requirement"`
	Importance  *float64   `yaml:"importance"`
	Target      *float64   `yaml:"target"`
	Questions   []Question `yaml:"questions,required"`
}

// Question is one rated statement of a dimension.
type Question struct {
	Loc    yamlx.Loc
	ID     string   `yaml:"id,required"`
	Text   string   `yaml:"text,required"`
	Weight *float64 `yaml:"weight"`
	Target *float64 `yaml:"target"`
}

// Rater is a person who scores the questionnaire.
type Rater struct {
	Loc  yamlx.Loc
	ID   string `yaml:"id,required"`
	Name string `yaml:"name,required"`
	Role string `yaml:"role"`
}

// Rating is one rater's scores, question id -> level.
type Rating struct {
	Loc   yamlx.Loc
	Rater string `yaml:"rater,required"`
	// Assessment is the month of the assessment ("YYYY-MM"); "" is the
	// earliest (a baseline without a date).
	Assessment string         `yaml:"assessment"`
	Scores     map[string]int `yaml:"scores,required"`
}

// RatingsFile is a file under ratings/ (written by `dsc workshop export`).
type RatingsFile struct {
	Loc     yamlx.Loc
	Ratings []Rating `yaml:"ratings,required"`
}

// Capabilities is capabilities.yaml: what the target picture needs built.
type Capabilities struct {
	Loc          yamlx.Loc
	Capabilities []Capability `yaml:"capabilities,required"`
}

// Capability is one capability of the operating model to build up.
type Capability struct {
	Loc         yamlx.Loc
	ID          string   `yaml:"id,required"`
	Name        string   `yaml:"name,required"`
	Description string   `yaml:"description"`
	Element     string   `yaml:"element,required"`
	Dimension   string   `yaml:"dimension,required"`
	Current     int      `yaml:"current,required"`
	Target      int      `yaml:"target,required"`
	Effort      float64  `yaml:"effort,required"`
	Duration    *float64 `yaml:"duration"`
	Step        int      `yaml:"step"`
	DependsOn   []string `yaml:"depends_on"`
	Enables     []string `yaml:"enables"`
	TeamSize    *float64 `yaml:"team_size"`
	Owner       string   `yaml:"owner"`
	Start       string   `yaml:"start"`
}
