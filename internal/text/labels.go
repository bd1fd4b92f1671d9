package text

// Key names one label of the deliverable: a heading, a column, a word.
type Key int

// The labels. Add a key here and its two wordings in labels below; the test
// fails until both languages have it.
const (
	// views and sheets
	DigitalSalesCenter Key = iota
	Summary
	ExecutiveSummary
	TargetPicture
	DecisionLog
	Kano
	KanoPortfolio
	CategoryMix
	Segments
	SegmentComparison
	Journey
	JourneyCoverage
	ChannelRoles
	Readiness
	Capabilities
	CapabilityHeatMap
	DependencyMatrix
	Roadmap
	Contents
	// market, competitors, trends and today (docs/market.md)
	MarketAndCompetitors
	CompetitorMatrix
	MarketFlagsView
	MarketFlagsTitle
	TrendRadar
	TrendTable
	RadarReading
	TargetVsToday
	ValueEffort
	CompanyAnalyses
	Competitor
	Competitors
	CompetitorKindHead
	Parity
	ParityRule
	CatalogCoverage
	// AssessedCoverage heads the coverage when some catalog entries were
	// not assessed on any competitor, NotAssessedEntries their number
	// (trial7 N22).
	AssessedCoverage
	NotAssessedEntries
	TodayHead
	ChannelsToday
	GapToTarget
	ValueHead
	RevenueHead
	EffortHead
	EffortPM
	ConfidenceHead
	ScoreHead
	ScoreRule
	QuadrantHead
	PriorityRule
	EffortSplitNote
	HeadHorizon
	HeadRelevance
	RelevantNote
	RadarRelevant
	RadarOther
	HeadTrend
	AffectedEntries
	AffectedStages
	UnservedStages
	UnservedNone
	UnservedUnknown
	NoCompetitors
	NoFlags
	NotRecorded
	// NoCompetitorAssessed marks an entry no competitor was assessed on:
	// it has no parity and no flag (trial6 M8).
	NoCompetitorAssessed
	Strengths
	Weaknesses
	NotableFeatures
	ProfileSummary
	JourneyHighlights
	AsOfHead
	OutsideTarget
	// report furniture
	GeneratedBy
	DataAsOf
	Page
	NotAssessed
	NotAssessedHint
	SaveAsPNG
	SaveAsSVG
	KeyFigures
	Findings
	Decisions
	Legend
	// common headers
	Rank
	ID
	Name
	HeadElement
	Kind
	Category
	Mixed
	Significant
	Better
	Worse
	// NotDefined stands for Better and Worse where they do not exist: a
	// feature without attractive, one-dimensional, must-be or indifferent
	// answers (both divide by their sum).
	NotDefined
	AbsWorse
	TotalStrength
	CategoryStrength
	FunctionalMean
	DysfunctionalMean
	Importance
	Priority
	Flags
	HeadDecision
	Reason
	Source
	Pinned
	Yes
	No
	Respondents
	ScreenedOut
	Answers
	Selected
	ToDiscuss
	NotSelected
	ExternalParties
	NoResult
	TooFewAnswers
	// Kano view
	BetterVsWorse
	QuadrantMustBe
	QuadrantOneDimensional
	QuadrantAttractive
	QuadrantIndifferent
	BubbleSizeImportance
	SegmentShift
	Differs
	HeadPValue
	// survey waves (docs/kano.md)
	KanoMigration
	SurveyWaves
	Move
	LifecycleNote
	LifecycleMixedNote
	// journey
	Stage
	Channel
	Persona
	Touchpoints
	Features
	Holes
	KindOfHole
	ClosestModel
	OmniChannel
	HeadModel
	Fit
	Processes
	Support
	Missing
	KPIs
	Current
	Target
	Gap
	HeadEvidence
	CombinedJourney
	TouchpointsPerStageAndChannel
	FeaturesServedPerStageAndChannel
	OmniChannelProcesses
	MissingSteps
	Cost
	// readiness
	Dimension
	WeightedGap
	ReadinessIndex
	TargetAttainment
	Question
	Mean
	SD
	Disagreement
	NotRated
	ReadinessDimensions
	RaterHeatMap
	Continued
	Requirement
	// capabilities and roadmap
	Capability
	Wave
	Waves
	Effort
	Months
	Slack
	Critical
	CriticalPath
	FanIn
	Needs
	DSMExplain
	HeadOperatingElement
	Step
	StartMonth
	EndMonth
	SevenStepRoadmap
	RuleBreaches
	GanttChart
	MilestoneGoLive
	RoadmapLength
	PeopleAssignedAtEnd
	StepEmpty
	Quarter
	Note
	// findings and decisions of the executive summary
	FindingsNone
	DecisionsNone

	DurationDays
	NumberedKey
	PinnedMark
	// SignificantDifference heads the segment comparison's verdict: the
	// segments see the feature significantly differently (SegmentsDiffer),
	// not merely a p below 0.05 beside it.
	SignificantDifference

	numKeys // keep last
)

// labels holds every key's English and German wording.
var labels = [numKeys]pair{
	DigitalSalesCenter: {"Digital Sales Center", "Digital Sales Center"},
	Summary:            {"Summary", "Übersicht"},
	ExecutiveSummary:   {"Executive summary", "Management Summary"},
	TargetPicture:      {"Target picture", "Zielbild"},
	DecisionLog:        {"Decision log", "Entscheidungsprotokoll"},
	Kano:               {"Kano", "Kano"},
	KanoPortfolio:      {"Kano portfolio", "Kano-Portfolio"},
	CategoryMix:        {"Category mix per feature", "Kategorienmix je Funktion"},
	Segments:           {"Segments", "Segmente"},
	SegmentComparison:  {"Segment comparison", "Segmentvergleich"},
	Journey:            {"Customer journey", "Customer Journey"},
	JourneyCoverage:    {"Journey coverage", "Journey-Abdeckung"},
	ChannelRoles:       {"Channel roles", "Kanalrollen"},
	Readiness:          {"Readiness", "Reifegrad"},
	Capabilities:       {"Capabilities", "Fähigkeiten"},
	CapabilityHeatMap:  {"Capability gaps by dimension", "Fähigkeitslücken je Dimension"},
	DependencyMatrix:   {"Dependency matrix", "Abhängigkeitsmatrix"},
	Roadmap:            {"Roadmap", "Roadmap"},
	Contents:           {"Contents", "Inhalt"},

	MarketAndCompetitors: {"Market and competitors", "Markt und Wettbewerb"},
	CompetitorMatrix:     {"Who offers what", "Wer bietet was"},
	MarketFlagsView:      {"Market flags", "Marktsignale"},
	MarketFlagsTitle:     {"Table stakes, differentiators, white spots and decaying delights", "Marktstandards, Differenzierer, White Spots und verblassende Begeisterer"},
	TrendRadar:           {"Trend radar", "Trendradar"},
	TrendTable:           {"Trends and what they touch", "Trends und was sie berühren"},
	RadarReading:         {"Nearer the centre: sooner; within a ring, nearer the centre: more relevant.", "Näher an der Mitte: früher; innerhalb eines Rings näher an der Mitte: relevanter."},
	TargetVsToday:        {"Target picture and today", "Zielbild und Ist-Stand"},
	ValueEffort:          {"Value and effort", "Nutzen und Aufwand"},
	CompanyAnalyses:      {"Company analyses", "Unternehmensanalysen"},
	Competitor:           {"Competitor", "Wettbewerber"},
	Competitors:          {"Competitors", "Wettbewerber"},
	CompetitorKindHead:   {"Kind of competitor", "Art des Wettbewerbers"},
	Parity:               {"Parity", "Parität"},
	ParityRule: {"Parity p = (full + 0.5 × partial) / competitors. Table stakes: p > 1/2 while attractive or indifferent. Differentiator: attractive or one-dimensional and p ≤ 1/3. White spot: p = 0. Delight decay: attractive and p ≥ 1/2.",
		"Parität p = (vollständig + 0,5 × teilweise) / Wettbewerber. Marktstandard: p > 1/2 bei Begeisterungs- oder unerheblichem Merkmal. Differenzierer: Begeisterungs- oder Leistungsmerkmal und p ≤ 1/3. White Spot: p = 0. Verblassender Begeisterer: Begeisterungsmerkmal und p ≥ 1/2."},
	CatalogCoverage:    {"Coverage of the catalog", "Abdeckung des Katalogs"},
	AssessedCoverage:   {"Coverage of the assessed entries", "Abdeckung der erhobenen Einträge"},
	NotAssessedEntries: {"Entries not assessed", "Nicht erhobene Einträge"},
	TodayHead:          {"Today", "Heute"},
	ChannelsToday:      {"Channels today", "Kanäle heute"},
	GapToTarget:        {"Target vs today", "Soll-Ist"},
	ValueHead:          {"Value (1-5)", "Nutzen (1-5)"},
	RevenueHead:        {"Revenue per year", "Umsatz pro Jahr"},
	EffortHead:         {"Effort (person-months)", "Aufwand (Personenmonate)"},
	EffortPM:           {"Effort (PM)", "Aufwand (PM)"},
	ConfidenceHead:     {"Confidence", "Sicherheit"},
	ScoreHead:          {"Value per effort", "Nutzen je Aufwand"},
	ScoreRule:          {"Value per effort = value × confidence / effort; effort in person-months (PM).", "Nutzen je Aufwand = Nutzen × Sicherheit / Aufwand; Aufwand in Personenmonaten (PM)."},
	QuadrantHead:       {"Quadrant", "Quadrant"},
	PriorityRule: {"Must-be entries come first however low their value; then the others by value per effort; entries without value or effort last.",
		"Basismerkmale zuerst, wie gering ihr Nutzen auch ist; dann die übrigen nach Nutzen je Aufwand; Einträge ohne Nutzen oder Aufwand zuletzt."},
	EffortSplitNote:      {"Effort is low at or below the median, %s person-months; value is high above 3.", "Aufwand ist gering bis zum Median von %s Personenmonaten; Nutzen ist hoch über 3."},
	HeadHorizon:          {"Horizon", "Horizont"},
	HeadRelevance:        {"Relevance", "Relevanz"},
	RelevantNote:         {"Relevant trends (relevance %d or more) are marked.", "Relevante Trends (Relevanz ab %d) sind markiert."},
	RadarRelevant:        {"relevance %d or more", "Relevanz ab %d"},
	RadarOther:           {"relevance below %d", "Relevanz unter %d"},
	HeadTrend:            {"Trend", "Trend"},
	AffectedEntries:      {"Affected entries", "Betroffene Einträge"},
	AffectedStages:       {"Journey stages", "Journey-Phasen"},
	UnservedStages:       {"Stages a relevant trend touches but no target entry serves", "Phasen, die ein relevanter Trend berührt, aber kein Zielbild-Eintrag bedient"},
	UnservedNone:         {"None: the target picture serves every stage a relevant trend touches.", "Keine: Das Zielbild bedient jede Phase, die ein relevanter Trend berührt."},
	UnservedUnknown:      {"Unknown: the workspace has no customer journey.", "Unbekannt: Der Workspace enthält keine Customer Journey."},
	NoCompetitors:        {"No competitors recorded: no parity and no flags.", "Keine Wettbewerber erfasst: keine Parität und keine Hinweise."},
	NoFlags:              {"No entry carries this flag.", "Kein Eintrag trägt diesen Hinweis."},
	NotRecorded:          {"not recorded", "nicht erhoben"},
	NoCompetitorAssessed: {"not assessed", "nicht erhoben"},
	Strengths:            {"Strengths", "Stärken"},
	Weaknesses:           {"Weaknesses", "Schwächen"},
	NotableFeatures:      {"Notable features", "Bemerkenswerte Funktionen"},
	ProfileSummary:       {"Profile", "Kurzprofil"},
	JourneyHighlights:    {"Journey highlights", "Highlights entlang der Journey"},
	AsOfHead:             {"As of", "Stand"},
	OutsideTarget:        {"Outside the target picture", "Außerhalb des Zielbilds"},

	GeneratedBy:     {"Generated by dsc from the workspace", "Erstellt mit dsc aus dem Workspace"},
	DataAsOf:        {"Data as of", "Datenstand"},
	Page:            {"Page", "Seite"},
	NotAssessed:     {"not assessed", "nicht bewertet"},
	NotAssessedHint: {"the workspace has no file for this view", "für diese Ansicht fehlt eine Datei im Workspace"},
	SaveAsPNG:       {"Save as PNG", "Als PNG speichern"},
	SaveAsSVG:       {"Save as SVG", "Als SVG speichern"},
	KeyFigures:      {"Key figures", "Kennzahlen"},
	Findings:        {"Findings", "Erkenntnisse"},
	Decisions:       {"Decisions to take", "Zu treffende Entscheidungen"},
	Legend:          {"Legend", "Legende"},

	Rank:              {"Rank", "Rang"},
	ID:                {"Key", "Schlüssel"},
	Name:              {"Name", "Name"},
	HeadElement:       {"Element", "Element"},
	Kind:              {"Kind", "Art"},
	Category:          {"Category", "Kategorie"},
	Mixed:             {"Mixed", "Gemischt"},
	Significant:       {"Significant", "Signifikant"},
	Better:            {"Better", "Better"},
	Worse:             {"Worse", "Worse"},
	NotDefined:        {"–", "–"},
	AbsWorse:          {"|Worse|", "|Worse|"},
	TotalStrength:     {"Total strength", "Gesamtstärke"},
	CategoryStrength:  {"Category strength", "Kategoriestärke"},
	FunctionalMean:    {"Functional mean", "Funktional (Mittel)"},
	DysfunctionalMean: {"Dysfunctional mean", "Dysfunktional (Mittel)"},
	Importance:        {"Importance", "Wichtigkeit"},
	Priority:          {"Priority", "Priorität"},
	Flags:             {"Flags", "Hinweise"},
	HeadDecision:      {"Decision", "Entscheidung"},
	Reason:            {"Reason", "Begründung"},
	Source:            {"Source", "Quelle"},
	Pinned:            {"Pinned", "Festgelegt"},
	Yes:               {"yes", "ja"},
	No:                {"no", "nein"},
	Respondents:       {"Respondents", "Befragte"},
	ScreenedOut:       {"screened out", "durch Plausibilitätsprüfung ausgeschlossen"},
	Answers:           {"Answers", "Antworten"},
	Selected:          {"Selected entries", "Ausgewählte Einträge"},
	ToDiscuss:         {"To discuss", "Zu diskutieren"},
	NotSelected:       {"Not selected", "Nicht aufgenommen"},
	ExternalParties:   {"External parties", "Externe Partner"},
	NoResult:          {"no result", "kein Ergebnis"},
	TooFewAnswers:     {"too few answers", "zu wenige Antworten"},

	BetterVsWorse:          {"Better vs |Worse|", "Better und |Worse|"},
	QuadrantMustBe:         {"Must-be: expected, absence hurts", "Basis: erwartet, Fehlen schadet"},
	QuadrantOneDimensional: {"One-dimensional: more is better", "Leistung: je mehr, desto besser"},
	QuadrantAttractive:     {"Attractive: delights when present", "Begeisterung: überrascht positiv"},
	QuadrantIndifferent:    {"Indifferent: hardly matters", "Unerheblich: kaum von Belang"},
	BubbleSizeImportance:   {"bubble size: stated importance", "Blasengröße: genannte Wichtigkeit"},
	SegmentShift:           {"Category shift between segments", "Kategoriewechsel zwischen Segmenten"},
	Differs:                {"Differs", "Unterschied"},
	HeadPValue:             {"p-value", "p-Wert"},

	KanoMigration: {"Kano migration between survey waves", "Kano-Wanderung zwischen Befragungswellen"},
	SurveyWaves:   {"Kano survey waves", "Kano-Befragungswellen"},
	Move:          {"Move", "Bewegung"},
	LifecycleNote: {"Kano life cycle from top to bottom: indifferent, attractive, one-dimensional, must-be (Kano 2001). Dashed: not significant (chi-square test, p ≥ 0.05).",
		"Kano-Lebenszyklus von oben nach unten: unerheblich, Begeisterung, Leistung, Basis (Kano 2001). Gestrichelt: nicht signifikant (Chi-Quadrat-Test, p ≥ 0,05)."},
	LifecycleMixedNote: {"Hollow dot: a mixed result, its two most frequent categories not significantly apart (Fong's test); a move from or to it is not clear-cut.",
		"Hohler Punkt: gemischtes Ergebnis, die zwei häufigsten Kategorien liegen nicht signifikant auseinander (Fong-Test); eine Bewegung von oder zu ihm ist nicht eindeutig."},

	Stage:                            {"Stage", "Phase"},
	Channel:                          {"Channel", "Kanal"},
	Persona:                          {"Persona", "Persona"},
	Touchpoints:                      {"Touchpoints", "Touchpoints"},
	Features:                         {"Features", "Funktionen"},
	Holes:                            {"Holes", "Lücken"},
	KindOfHole:                       {"Kind of hole", "Art der Lücke"},
	ClosestModel:                     {"Closest model", "Nächstes Modell"},
	OmniChannel:                      {"Omni-channel", "Omni-Channel"},
	HeadModel:                        {"Model", "Modell"},
	Fit:                              {"Fit", "Passung"},
	Processes:                        {"Processes", "Prozesse"},
	Support:                          {"Support", "Unterstützung"},
	Missing:                          {"Missing", "Fehlend"},
	KPIs:                             {"KPIs", "Kennzahlen"},
	Current:                          {"Current", "Ist"},
	Target:                           {"Target", "Soll"},
	Gap:                              {"Gap", "Lücke"},
	HeadEvidence:                     {"Evidence", "Evidenz"},
	CombinedJourney:                  {"Combined journey", "Gesamte Journey"},
	TouchpointsPerStageAndChannel:    {"Touchpoints per stage and channel", "Touchpoints je Phase und Kanal"},
	FeaturesServedPerStageAndChannel: {"Features served per stage and channel", "Bediente Funktionen je Phase und Kanal"},
	OmniChannelProcesses:             {"Omni-channel processes", "Omni-Channel-Prozesse"},
	MissingSteps:                     {"Missing steps", "Fehlende Schritte"},
	Cost:                             {"Cost", "Kosten"},

	Dimension:           {"Dimension", "Dimension"},
	WeightedGap:         {"Weighted gap", "Gewichtete Lücke"},
	ReadinessIndex:      {"Readiness index", "Reifegrad-Index"},
	TargetAttainment:    {"Target attainment", "Zielerreichung"},
	Question:            {"Question", "Frage"},
	Mean:                {"Mean", "Mittel"},
	SD:                  {"SD", "Std.-Abw."},
	Disagreement:        {"Disagreement", "Uneinigkeit"},
	NotRated:            {"not rated", "nicht bewertet"},
	ReadinessDimensions: {"Readiness dimensions, current and target", "Reifegrad-Dimensionen, Ist und Soll"},
	RaterHeatMap:        {"Ratings per rater and question", "Bewertungen nach Bewertern"},
	Continued:           {"(continued)", "(Fortsetzung)"},
	Requirement:         {"Requirement dimension", "Anforderungsdimension"},

	Capability:           {"Capability", "Fähigkeit"},
	Wave:                 {"Wave", "Welle"},
	Waves:                {"Waves", "Wellen"},
	Effort:               {"Effort (person-months)", "Aufwand (Personenmonate)"},
	Months:               {"Months", "Monate"},
	Slack:                {"Slack", "Puffer"},
	Critical:             {"Critical", "Kritisch"},
	CriticalPath:         {"Critical path", "Kritischer Pfad"},
	FanIn:                {"Needed by", "Benötigt von"},
	Needs:                {"Prerequisites", "Voraussetzungen"},
	DSMExplain:           {"A mark means: the row needs the column first.", "Eine Markierung bedeutet: Die Zeile benötigt zuerst die Spalte."},
	HeadOperatingElement: {"Operating element", "Betriebsmodell-Element"},
	Step:                 {"Step", "Schritt"},
	StartMonth:           {"Start month", "Startmonat"},
	EndMonth:             {"End month", "Endmonat"},
	SevenStepRoadmap:     {"Seven-step roadmap", "Roadmap in sieben Schritten"},
	RuleBreaches:         {"Rules the plan breaks", "Regelverstöße im Plan"},
	GanttChart:           {"Gantt chart", "Gantt-Diagramm"},
	MilestoneGoLive:      {"DSC in operation", "DSC im Regelbetrieb"},
	RoadmapLength:        {"Roadmap length (months)", "Dauer der Roadmap (Monate)"},
	PeopleAssignedAtEnd:  {"people assigned to new roles at the end of step 5", "Besetzung neuer Rollen am Ende von Schritt 5"},
	StepEmpty:            {"no capability in this step", "keine Fähigkeit in diesem Schritt"},
	Quarter:              {"Q", "Q"},
	Note:                 {"Note", "Hinweis"},

	FindingsNone:  {"No findings: the workspace has no analysis input yet.", "Keine Erkenntnisse: Der Workspace enthält noch keine Analysedaten."},
	DecisionsNone: {"No open decisions.", "Keine offenen Entscheidungen."},
	DurationDays:  {"Duration (days)", "Dauer (Tage)"},
	NumberedKey:   {"Numbered points", "Nummerierte Punkte"},
	PinnedMark:    {"set by hand", "von Hand festgelegt"},

	SignificantDifference: {"Significant difference", "Signifikanter Unterschied"},
}
