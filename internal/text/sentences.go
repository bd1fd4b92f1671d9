package text

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Sentence is a sentence of the deliverable with slots for numbers and
// names (fmt verbs, the same in both languages).
type Sentence int

// The sentences. Each has a form for a count of one and one for any other
// count; Say picks by its first argument when that is an int.
const (
	SayTargetPicture Sentence = iota
	SayMustBeUnserved
	SayHoles
	SaySegmentsDiffer
	SaySegmentsTooFew
	SaySegmentsAgree
	SayReadiness
	SayDisagreement
	SayChannelModelOmni
	SayChannelModel
	SayCriticalPath
	SayResolveDiscuss
	SaySurveyMore
	SayConfirmPins
	SayApproveTargetBy
	SayApproveTarget
	SayConfirmStart
	SayConfirmStartRange
	// reasons of the target-picture decision log
	ReasonCategorySurvey
	ReasonCategoryExpected
	ReasonAttractiveAbove
	ReasonAttractiveBelow
	ReasonAttractiveNoSurvey
	ReasonReverse
	ReasonQuestionable
	ReasonTooFewAnswers
	ReasonNoCategory
	// ReasonMixedSplit: a mixed result whose two categories the rule
	// decides differently (the pair, then each ReasonAsCategory).
	ReasonMixedSplit
	// ReasonSegmentSplit: an entry the whole sample leaves out (%[1]s, its
	// reason) that segments seeing it significantly differently would have
	// in (%[2]s, a list of ReasonForSegment), p of the test (%[3]s).
	ReasonSegmentSplit
	// ReasonForSegment: a segment's name (%[1]s) and its category (%[2]s).
	ReasonForSegment
	ReasonAsCategory
	ReasonBetterAgainst
	ReasonPinnedInclude
	ReasonPinnedExclude
	ReasonPinnedWhy
	// notes of the roadmap steps and figures
	SayStep1Note
	SayStep2Note
	SayRespondentsOfSegment
	SayKanoSettings
	SayTooFewAnswersNote
	SayScreenedOut
	SayNotAssessed
	// messages of the market slides
	SayMarketFlags
	// SayMarketNotAssessed names the entries no competitor was assessed
	// on, which carry no flag: count, then the names.
	SayMarketNotAssessed
	// SayCoverageOfAssessed heads a competitor's coverage when some catalog
	// entries were not assessed on any competitor (trial7 N22): the number
	// of assessed entries it is over; SayCoverageNotAssessed follows it
	// with the number left out.
	SayCoverageOfAssessed
	SayCoverageNotAssessed
	SayTodayGaps
	SayTrendsRelevant
	// SayValueEffort heads the value/effort matrix: the entries per
	// quadrant (quick win, strategic bet, fill-in, time sink); the note
	// under the chart says where value counts as high and effort as low.
	SayValueEffort
	SayRoadmap
	// SayBreaches heads the deck's list of the method's rules the plan
	// breaks (what dependencies and pinned starts force): their count.
	SayBreaches
	SayDisagreementNote
	SayProcesses
	SayProcessesNotApplicable
	SayProcessNeedsChannel
	SayDecisionLog
	SayKanoTable
	SayMigration
	SayMigrationNoFade
	SayWaveRespondents
	// SayRespondentsInWave labels the respondents of the current wave when
	// there are several: %[1]d waves, %[2]s the latest's month, %[3]d
	// respondents in all waves.
	SayRespondentsInWave
	// SayMoveNotClearCut: a move on the life cycle (%[1]s) from or to a
	// mixed result.
	SayMoveNotClearCut
	// SayConfidenceDefault marks the confidence (%[1]s) a score used when
	// the catalog gives none (market.DefaultConfidence).
	SayConfidenceDefault
	// how the named stages or dimensions stand among the others
	SayHolesOnly
	SayHolesEven
	SayHolesEvenMany
	// SayHolesMostAt: most holes at one stage (%[3]s), the others fewer.
	SayHolesMostAt
	SayReadinessOnly
	SayReadinessEven
	SayReadinessEvenMany
	SayStep1NoteIndex
	SayReadinessLargest

	numSentences // keep last
)

// forms are a sentence for a count of one and for other counts.
type forms struct{ one, other pair }

// same is a sentence whose wording does not depend on a count.
func same(en, de string) forms { return forms{pair{en, de}, pair{en, de}} }

var sentences = [numSentences]forms{
	SayMigration: {
		pair{"Between %[2]s and %[3]s, %[1]d feature changed its Kano category (%[6]d significantly); %[4]d moved down the life cycle (%[5]d significantly): what delighted customers then, they expect now.",
			"Zwischen %[2]s und %[3]s hat %[1]d Funktion ihre Kano-Kategorie gewechselt (%[6]d signifikant); %[4]d wanderten im Lebenszyklus abwärts (%[5]d signifikant): Was Kunden damals begeisterte, erwarten sie heute."},
		pair{"Between %[2]s and %[3]s, %[1]d features changed their Kano category (%[6]d significantly); %[4]d moved down the life cycle (%[5]d significantly): what delighted customers then, they expect now.",
			"Zwischen %[2]s und %[3]s haben %[1]d Funktionen ihre Kano-Kategorie gewechselt (%[6]d signifikant); %[4]d wanderten im Lebenszyklus abwärts (%[5]d signifikant): Was Kunden damals begeisterte, erwarten sie heute."}},
	// SayMigration without its coda: no feature that delighted in the first
	// wave moved down (only indifferent -> attractive, or nothing moved down).
	SayMigrationNoFade: {
		pair{"Between %[2]s and %[3]s, %[1]d feature changed its Kano category (%[6]d significantly); %[4]d moved down the life cycle (%[5]d significantly).",
			"Zwischen %[2]s und %[3]s hat %[1]d Funktion ihre Kano-Kategorie gewechselt (%[6]d signifikant); %[4]d wanderten im Lebenszyklus abwärts (%[5]d signifikant)."},
		pair{"Between %[2]s and %[3]s, %[1]d features changed their Kano category (%[6]d significantly); %[4]d moved down the life cycle (%[5]d significantly).",
			"Zwischen %[2]s und %[3]s haben %[1]d Funktionen ihre Kano-Kategorie gewechselt (%[6]d signifikant); %[4]d wanderten im Lebenszyklus abwärts (%[5]d signifikant)."}},
	SayWaveRespondents: {pair{"%[1]d respondent", "%[1]d befragte Person"}, pair{"%[1]d respondents", "%[1]d Befragte"}},
	SayRespondentsInWave: same("Respondents (wave %[2]s of %[1]d; %[3]d in all waves)",
		"Befragte der Welle %[2]s (der letzten von %[1]d; %[3]d in allen Wellen)"),
	SayConfidenceDefault: same("%[1]s (default)", "%[1]s (Standard)"),
	SayMoveNotClearCut:   same("%[1]s (not clear-cut: mixed result)", "%[1]s, aber nicht eindeutig (gemischtes Ergebnis)"),
	SayTargetPicture:     same("The target picture holds %[1]d of the %[2]d catalog entries.", "Das Zielbild umfasst %[1]d der %[2]d Katalogeinträge."),
	SayMustBeUnserved: {
		pair{"%[1]d must-be feature has no touchpoint in today's journey: %[2]s.", "%[1]d Basismerkmal hat heute keinen Touchpoint in der Journey: %[2]s."},
		pair{"%[1]d must-be features have no touchpoint in today's journey: %[2]s.", "%[1]d Basismerkmale haben heute keinen Touchpoint in der Journey: %[2]s."}},
	SayHoles: {
		pair{"The journey has %[1]d hole, for %[2]d persona, at %[3]s.", "Die Journey hat %[1]d Lücke, bei %[2]d Persona, in der Phase %[3]s."},
		pair{"The journey has %[1]d holes across %[2]d personas, most of them at %[3]s.", "Die Journey hat %[1]d Lücken bei %[2]d Personas, die meisten in den Phasen %[3]s."}},
	SaySegmentsDiffer: {
		pair{"%[1]d feature is seen significantly differently by the segments: %[2]s.", "%[1]d Funktion wird von den Segmenten signifikant unterschiedlich bewertet: %[2]s."},
		pair{"%[1]d features are seen significantly differently by the segments, among them %[2]s.", "%[1]d Funktionen werden von den Segmenten signifikant unterschiedlich bewertet, darunter %[2]s."}},
	// SaySegmentsTooFew heads the segment slide when fewer than two
	// segments reach the minimum N (%[3]d), so nothing is compared (trial7 N29).
	SaySegmentsTooFew: {
		pair{"No comparison between the segments: %[2]s has fewer than %[3]d respondents, too few for a comparison.", "Kein Vergleich der Segmente: %[2]s hat weniger als %[3]d Befragte, zu wenige für einen Vergleich."},
		pair{"No comparison between the segments: %[2]s have fewer than %[3]d respondents each, too few for a comparison.", "Kein Vergleich der Segmente: %[2]s haben je weniger als %[3]d Befragte, zu wenige für einen Vergleich."}},
	// SaySegmentsAgree heads the segment slide when every feature falls in
	// the same Kano category in every segment.
	SaySegmentsAgree: same("The segments agree: every feature falls in the same Kano category in each of %[1]d segments.",
		"Die Segmente sind sich einig: Jede Funktion fällt in allen %[1]d Segmenten in dieselbe Kano-Kategorie."),
	// SayHoles when every hole is at one stage (%[3]s), when the stages
	// with holes have as many each (%[3]s their names, three at most), and
	// when more than three stages have as many each (%[3]d of them).
	SayHolesOnly: {
		pair{"The journey has %[1]d hole, for %[2]d persona, at %[3]s.", "Die Journey hat %[1]d Lücke, bei %[2]d Persona, in der Phase %[3]s."},
		pair{"The journey has %[1]d holes across %[2]d personas, all of them at %[3]s.", "Die Journey hat %[1]d Lücken bei %[2]d Personas, alle in der Phase %[3]s."}},
	SayHolesEven: same("The journey has %[1]d holes across %[2]d personas, as many at each of %[3]s.",
		"Die Journey hat %[1]d Lücken bei %[2]d Personas, gleich viele in jeder der Phasen %[3]s."),
	SayHolesMostAt: same("The journey has %[1]d holes across %[2]d personas, most of them at %[3]s.",
		"Die Journey hat %[1]d Lücken bei %[2]d Personas, die meisten in der Phase %[3]s."),
	SayHolesEvenMany: same("The journey has %[1]d holes across %[2]d personas, spread evenly over %[3]d stages.",
		"Die Journey hat %[1]d Lücken bei %[2]d Personas, gleichmäßig verteilt auf %[3]d Phasen."),
	// SayReadiness with one rated dimension (%[2]s), with equal weighted
	// gaps in every rated dimension (%[2]s their names), and with equal
	// gaps in more than three (%[2]d of them).
	SayReadinessOnly: same("The readiness index stands at %[1]s of 100; %[2]s is the only dimension rated.",
		"Der Reifegrad-Index liegt bei %[1]s von 100; bewertet ist nur die Dimension %[2]s."),
	SayReadinessEven: same("The readiness index stands at %[1]s of 100; the weighted gaps are equal in %[2]s.",
		"Der Reifegrad-Index liegt bei %[1]s von 100; die gewichteten Lücken sind bei %[2]s gleich groß."),
	SayReadinessEvenMany: same("The readiness index stands at %[1]s of 100; the weighted gaps are equal in all %[2]d dimensions.",
		"Der Reifegrad-Index liegt bei %[1]s von 100; die gewichteten Lücken sind in allen %[2]d Dimensionen gleich groß."),
	// SayReadiness when one dimension's weighted gap is larger than all others.
	SayReadinessLargest: same("The readiness index stands at %[1]s of 100; the largest weighted gap is in %[2]s.",
		"Der Reifegrad-Index liegt bei %[1]s von 100; die größte gewichtete Lücke besteht bei %[2]s."),
	SayStep1NoteIndex: same("Readiness index %[1]s of 100", "Reifegrad-Index %[1]s von 100"),
	SayReadiness: same("The readiness index stands at %[1]s of 100; the largest weighted gaps are in %[2]s.",
		"Der Reifegrad-Index liegt bei %[1]s von 100; die größten gewichteten Lücken bestehen bei %[2]s."),
	SayDisagreement: same("Raters disagree on %[1]d of %[2]d questions: settle them before the scores are used.",
		"Die Bewerter sind sich bei %[1]d von %[2]d Fragen uneinig: Diese vor der Verwendung der Werte klären."),
	SayChannelModelOmni: same("The channel roles come closest to the %[1]s model and are omni-channel.",
		"Die Kanalrollen entsprechen am ehesten dem Modell %[1]s und sind durchgängig kanalübergreifend."),
	SayChannelModel: same("The channel roles come closest to the %[1]s model; not every sales phase connects online and offline channels yet.",
		"Die Kanalrollen entsprechen am ehesten dem Modell %[1]s; noch nicht jede Vertriebsphase verbindet Online- und Offline-Kanäle."),
	SayCriticalPath: same("The roadmap takes %[1]s months, and the DSC is in operation in %[2]s; the critical path runs through %[3]d capabilities: %[4]s.",
		"Die Roadmap dauert %[1]s Monate, das DSC ist im %[2]s im Regelbetrieb; der kritische Pfad führt über %[3]d Fähigkeiten: %[4]s."),
	SayResolveDiscuss: {
		pair{"Decide on %[1]d entry the selection rule cannot settle: %[2]s.", "Über %[1]d Eintrag entscheiden, den die Auswahlregel nicht klärt: %[2]s."},
		pair{"Decide on %[1]d entries the selection rule cannot settle: %[2]s.", "Über %[1]d Einträge entscheiden, die die Auswahlregel nicht klärt: %[2]s."}},
	SaySurveyMore: {
		pair{"Survey more customers on %[1]d entry with too few answers, or pin it: %[2]s.", "Zu %[1]d Eintrag mit zu wenigen Antworten mehr Kunden befragen oder ihn festlegen: %[2]s."},
		pair{"Survey more customers on %[1]d entries with too few answers, or pin them: %[2]s.", "Zu %[1]d Einträgen mit zu wenigen Antworten mehr Kunden befragen oder sie festlegen: %[2]s."}},
	SayConfirmPins: {
		pair{"Confirm %[1]d decision set by hand: %[2]s.", "%[1]d von Hand festgelegte Entscheidung bestätigen: %[2]s."},
		pair{"Confirm %[1]d decisions set by hand: %[2]s.", "%[1]d von Hand festgelegte Entscheidungen bestätigen: %[2]s."}},
	SayApproveTargetBy: same("Approve the target picture with its %[1]d entries by %[2]s, the end of step 2.",
		"Das Zielbild mit seinen %[1]d Einträgen bis %[2]s abnehmen, dem Ende von Schritt 2."),
	SayApproveTarget:     same("Approve the target picture with its %[1]d entries.", "Das Zielbild mit seinen %[1]d Einträgen abnehmen."),
	SayConfirmStart:      same("Confirm the start in %[1]s with %[2]s people per capability.", "Den Start im %[1]s mit %[2]s Personen je Fähigkeit bestätigen."),
	SayConfirmStartRange: same("Confirm the start in %[1]s with %[2]s to %[3]s people per capability.", "Den Start im %[1]s mit %[2]s bis %[3]s Personen je Fähigkeit bestätigen."),

	ReasonCategorySurvey:     same("%[1]s in the survey", "%[1]s laut Befragung"),
	ReasonCategoryExpected:   same("%[1]s as expected in the catalog", "%[1]s laut Katalogerwartung"),
	ReasonAttractiveAbove:    same("%[1]s, Better %[2]s ≥ %[3]s", "%[1]s, Better %[2]s ≥ %[3]s"),
	ReasonAttractiveBelow:    same("%[1]s, Better %[2]s < %[3]s", "%[1]s, Better %[2]s < %[3]s"),
	ReasonAttractiveNoSurvey: same("%[1]s as expected, but no survey Better to weigh it", "%[1]s laut Erwartung, aber ohne Better aus einer Befragung"),
	ReasonReverse:            same("%[1]s: some customers prefer it absent", "%[1]s: manche Kunden möchten es nicht"),
	ReasonQuestionable:       same("%[1]s: check the question", "%[1]s: Frage prüfen"),
	ReasonMixedSplit: same("%[1]s mixed in the survey (not significant): %[2]s, %[3]s",
		"%[1]s gemischt laut Befragung (nicht signifikant): %[2]s, %[3]s"),
	ReasonSegmentSplit: same("%[1]s (all respondents), but %[2]s; the segments differ significantly (p %[3]s)",
		"%[1]s (alle Befragten), aber %[2]s; die Segmente unterscheiden sich signifikant (p %[3]s)"),
	ReasonForSegment:    same("%[2]s for %[1]s", "%[2]s für %[1]s"),
	ReasonAsCategory:    same("as %[1]s %[2]s%[3]s", "als %[1]s %[2]s%[3]s"),
	ReasonBetterAgainst: same(" (Better %[1]s %[2]s %[3]s)", " (Better %[1]s %[2]s %[3]s)"),
	ReasonTooFewAnswers: same("too few answers to classify it", "zu wenige Antworten für eine Einstufung"),
	ReasonNoCategory:    same("no survey result and no expected category", "weder Befragungsergebnis noch erwartete Kategorie"),
	ReasonPinnedInclude: same("set by hand: included", "von Hand festgelegt: aufgenommen"),
	ReasonPinnedExclude: same("set by hand: excluded", "von Hand festgelegt: nicht aufgenommen"),
	ReasonPinnedWhy:     same("%[1]s (%[2]s)", "%[1]s (%[2]s)"),

	SayStep1Note:            same("Readiness index %[1]s of 100; largest weighted gaps: %[2]s", "Reifegrad-Index %[1]s von 100; größte gewichtete Lücken: %[2]s"),
	SayStep2Note:            same("Target picture: %[1]d entries selected, %[2]d to discuss", "Zielbild: %[1]d Einträge ausgewählt, %[2]d zu diskutieren"),
	SayRespondentsOfSegment: same("%[1]s: %[2]d", "%[1]s: %[2]d"),
	SayKanoSettings: same("%[1]d respondents; evaluation table %[2]s, classification rule %[3]s, at least %[4]d answers per feature.",
		"%[1]d Befragte; Auswertungstabelle %[2]s, Klassifikationsregel %[3]s, mindestens %[4]d Antworten je Funktion."),
	SayScreenedOut: same("%[1]d of %[2]d respondents were screened out: %[3]d for questionable (contradictory) answers, %[4]d for too many indifferent answers.",
		"%[1]d von %[2]d Befragten wurden durch die Plausibilitätsprüfung ausgeschlossen: %[3]d wegen widersprüchlicher Antworten, %[4]d wegen zu vieler gleichgültiger Antworten."),
	SayTooFewAnswersNote: same("Features with fewer than %[1]d answers show \"too few answers\" and stay out of the target picture unless pinned.",
		"Funktionen mit weniger als %[1]d Antworten zeigen „zu wenige Antworten“ und bleiben ohne Festlegung außerhalb des Zielbilds."),
	SayRoadmap: same("The roadmap takes %[1]s months from %[2]s; the DSC is in operation in %[3]s.",
		"Die Roadmap dauert %[1]s Monate ab %[2]s; das DSC ist im %[3]s im Regelbetrieb."),
	SayBreaches: {
		pair{"The plan breaks %[1]d rule of the seven-step method: the dependencies and fixed start dates demand this order. Decide whether it stays.",
			"Der Plan verletzt %[1]d Regel der Sieben-Schritte-Methode: Die Abhängigkeiten und festen Starttermine erzwingen diese Reihenfolge. Zu entscheiden ist, ob sie so bleibt."},
		pair{"The plan breaks %[1]d rules of the seven-step method: the dependencies and fixed start dates demand this order. Decide whether it stays.",
			"Der Plan verletzt %[1]d Regeln der Sieben-Schritte-Methode: Die Abhängigkeiten und festen Starttermine erzwingen diese Reihenfolge. Zu entscheiden ist, ob sie so bleibt."},
	},
	SayDisagreementNote: same("in red: the raters' ratings span %[1]s levels or more", "in Rot: Die Bewertungen liegen %[1]s Stufen oder mehr auseinander"),
	SayKanoTable:        same("The %[1]d features in priority order, by category: %[2]s.", "Die %[1]d Funktionen in der Reihenfolge ihrer Priorität, nach Kategorie: %[2]s."),
	SayDecisionLog: same("%[1]d entries included, %[2]d to discuss and %[3]d excluded; %[4]d of these decisions set by hand, the rest by the selection rule.",
		"%[1]d Einträge aufgenommen, %[2]d zu diskutieren und %[3]d nicht aufgenommen; %[4]d dieser Entscheidungen von Hand festgelegt, die übrigen nach der Auswahlregel."),
	SayProcesses: {
		pair{"%[1]d of %[2]d omni-channel processes is fully supported by today's journey, %[3]d partly and %[4]d not at all.",
			"%[1]d von %[2]d Omni-Channel-Prozessen wird von der heutigen Journey vollständig unterstützt, %[3]d teilweise und %[4]d gar nicht."},
		pair{"%[1]d of %[2]d omni-channel processes are fully supported by today's journey, %[3]d partly and %[4]d not at all.",
			"%[1]d von %[2]d Omni-Channel-Prozessen werden von der heutigen Journey vollständig unterstützt, %[3]d teilweise und %[4]d gar nicht."}},
	// SayProcessesNotApplicable follows SayProcesses when processes need a
	// channel type the journey does not have (%[2]s), trial7 N5.
	SayProcessesNotApplicable: {
		pair{"%[1]d process needs a channel the journey does not have (%[2]s) and is not scored.",
			"%[1]d Prozess setzt einen Kanal voraus, den die Journey nicht hat (%[2]s), und wird nicht bewertet."},
		pair{"%[1]d processes need a channel the journey does not have (%[2]s) and are not scored.",
			"%[1]d Prozesse setzen einen Kanal voraus, den die Journey nicht hat (%[2]s), und werden nicht bewertet."}},
	// SayProcessNeedsChannel stands for the missing steps of a process that
	// is not applicable.
	SayProcessNeedsChannel: same("not scored: the journey has no %[1]s channel", "nicht bewertet: die Journey hat keinen Kanal vom Typ %[1]s"),
	SayNotAssessed:         same("Not assessed: the workspace has no %[1]s.", "Nicht bewertet: Im Workspace fehlt %[1]s."),
	SayMarketFlags: {
		pair{"Held against %[1]d competitor: table stakes %[2]d, differentiators %[3]d, white spots %[4]d, decaying delights %[5]d.",
			"Gemessen an %[1]d Wettbewerber: Marktstandards %[2]d, Differenzierer %[3]d, White Spots %[4]d, verblassende Begeisterer %[5]d."},
		pair{"Held against %[1]d competitors: table stakes %[2]d, differentiators %[3]d, white spots %[4]d, decaying delights %[5]d.",
			"Gemessen an %[1]d Wettbewerbern: Marktstandards %[2]d, Differenzierer %[3]d, White Spots %[4]d, verblassende Begeisterer %[5]d."}},
	SayMarketNotAssessed: {
		pair{"No competitor was assessed on %[1]d entry, so it carries no flag: %[2]s.",
			"%[1]d Eintrag wurde bei keinem Wettbewerber erhoben und trägt daher keinen Hinweis: %[2]s."},
		pair{"No competitor was assessed on %[1]d entries, so they carry no flag: %[2]s.",
			"%[1]d Einträge wurden bei keinem Wettbewerber erhoben und tragen daher keinen Hinweis: %[2]s."}},
	SayCoverageOfAssessed: {
		pair{"Coverage of the %[1]d assessed entry", "Abdeckung des %[1]d erhobenen Eintrags"},
		pair{"Coverage of the %[1]d assessed entries", "Abdeckung der %[1]d erhobenen Einträge"}},
	SayCoverageNotAssessed: same("%[1]d not assessed", "%[1]d nicht erhoben"),
	SayTodayGaps: same("The target picture against today: %[1]d to build (%[2]d of them planned), %[3]d to improve, %[4]d in place; of what is there today, %[5]d to reconsider.",
		"Das Zielbild gegenüber heute: %[1]d aufzubauen (davon %[2]d geplant), %[3]d zu verbessern, %[4]d vorhanden; vom heute Vorhandenen %[5]d zu überdenken."),
	SayValueEffort: same("In the matrix: quick wins %[1]d, strategic bets %[2]d, fill-ins %[3]d, time sinks %[4]d.",
		"In der Matrix: Quick Wins %[1]d, strategische Wetten %[2]d, Lückenfüller %[3]d, Zeitfresser %[4]d."),
	SayTrendsRelevant: same("Relevant (relevance %[4]d or more): %[1]d of %[2]d trends, %[3]d of them with the horizon now.",
		"Relevant (Relevanz ab %[4]d): %[1]d von %[2]d Trends, davon %[3]d mit dem Horizont jetzt."),
}

// Say words a sentence. When the first argument is an int it chooses the
// singular or plural form.
func Say(l Lang, s Sentence, args ...any) string {
	if s < 0 || int(s) >= len(sentences) {
		return "?"
	}
	f := sentences[s].other
	if len(args) > 0 {
		if n, ok := args[0].(int); ok && n == 1 {
			f = sentences[s].one
		}
	}
	return fmt.Sprintf(f.in(l), args...)
}

// List joins names as a reader writes them: "a, b and c".
func List(l Lang, names []string) string {
	and := map[Lang]string{English: " and ", German: " und "}[l]
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + and + names[len(names)-1]
}

// Num writes a number with the given decimals and the language's decimal
// mark ("0.45", "0,45"); it never writes "-0".
func Num(l Lang, x float64, decimals int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "–"
	}
	s := strconv.FormatFloat(x, 'f', decimals, 64)
	if strings.Trim(s, "-0.") == "" {
		s = strings.TrimPrefix(s, "-")
	}
	if l == German {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// NumShort writes a number with at most the given decimals, dropping
// trailing zeros ("22.5", "3").
func NumShort(l Lang, x float64, decimals int) string {
	s := Num(English, x, decimals)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if l == German {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// PValue writes a p-value as a reader expects it: "< 0.001" below 0.001.
func PValue(l Lang, p float64) string {
	if p < 0.001 {
		return "< " + Num(l, 0.001, 3)
	}
	return Num(l, p, 3)
}

var monthNames = [12]pair{
	{"January", "Januar"}, {"February", "Februar"}, {"March", "März"}, {"April", "April"}, {"May", "Mai"}, {"June", "Juni"},
	{"July", "Juli"}, {"August", "August"}, {"September", "September"}, {"October", "Oktober"}, {"November", "November"}, {"December", "Dezember"},
}

var monthShort = [12]pair{
	{"Jan", "Jan"}, {"Feb", "Feb"}, {"Mar", "Mär"}, {"Apr", "Apr"}, {"May", "Mai"}, {"Jun", "Jun"},
	{"Jul", "Jul"}, {"Aug", "Aug"}, {"Sep", "Sep"}, {"Oct", "Okt"}, {"Nov", "Nov"}, {"Dec", "Dez"},
}

// Month writes a "YYYY-MM" month as "February 2027" ("Februar 2027"); other
// values (a relative "M3") stay as they are.
func Month(l Lang, ym string) string {
	t, err := time.Parse("2006-01", ym)
	if err != nil {
		return ym
	}
	return monthNames[t.Month()-1].in(l) + " " + strconv.Itoa(t.Year())
}

// MonthShort writes a "YYYY-MM" month as "Feb 2027" ("Mär 2027").
func MonthShort(l Lang, ym string) string {
	t, err := time.Parse("2006-01", ym)
	if err != nil {
		return ym
	}
	return monthShort[t.Month()-1].in(l) + " " + strconv.Itoa(t.Year())
}

// MonthAbbr is a month's short name (1-12): "Oct", "Okt".
func MonthAbbr(l Lang, m int) string {
	if m < 1 || m > 12 {
		return "?"
	}
	return monthShort[m-1].in(l)
}

// Date writes a "YYYY-MM-DD" date as "15 October 2026" ("15. Oktober 2026").
func Date(l Lang, ymd string) string {
	t, err := time.Parse("2006-01-02", ymd)
	if err != nil {
		return ymd
	}
	if l == German {
		return fmt.Sprintf("%d. %s %d", t.Day(), monthNames[t.Month()-1].de, t.Year())
	}
	return fmt.Sprintf("%d %s %d", t.Day(), monthNames[t.Month()-1].en, t.Year())
}
