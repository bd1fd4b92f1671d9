package text

import (
	"fmt"
	"strings"

	"github.com/dsc-workbench/dsc/journey"
	"github.com/dsc-workbench/dsc/kano"
	"github.com/dsc-workbench/dsc/roadmap"
)

var kanoCategories = map[kano.Category]pair{
	kano.Attractive:     {"attractive", "Begeisterungsmerkmal"},
	kano.OneDimensional: {"one-dimensional", "Leistungsmerkmal"},
	kano.MustBe:         {"must-be", "Basismerkmal"},
	kano.Indifferent:    {"indifferent", "Unerhebliches Merkmal"},
	kano.Reverse:        {"reverse", "Rückweisungsmerkmal"},
	kano.Questionable:   {"questionable", "Fragwürdiges Merkmal"},
}

// The letters stand for the category names of each language, so a German
// reader sees B(asis), L(eistung), Be(geisterung) ... with the legend.
var kanoCodes = map[kano.Category]pair{
	kano.Attractive:     {"A", "Be"},
	kano.OneDimensional: {"O", "L"},
	kano.MustBe:         {"M", "B"},
	kano.Indifferent:    {"I", "U"},
	kano.Reverse:        {"R", "R"},
	kano.Questionable:   {"Q", "F"},
}

// KanoCategory names a Kano category ("must-be", "Basismerkmal").
func KanoCategory(l Lang, c kano.Category) string {
	return lookup(kanoCategories, l, c, T(l, NoResult))
}

// KanoCode is a category's short code in the language ("M", "B").
func KanoCode(l Lang, c kano.Category) string { return lookup(kanoCodes, l, c, "–") }

// KanoPair writes a mixed result such as "M/O" with the language's codes.
func KanoPair(l Lang, p string) string {
	if p == "" {
		return ""
	}
	parts := strings.Split(p, "/")
	for i, s := range parts {
		parts[i] = KanoCode(l, kano.Category(s))
	}
	return strings.Join(parts, "/")
}

// KanoMixed names a mixed result in words: "mixed: attractive / indifferent"
// for the pair "A/I".
func KanoMixed(l Lang, p string) string {
	parts := strings.Split(p, "/")
	for i, s := range parts {
		parts[i] = KanoCategory(l, kano.Category(s))
	}
	return kanoFlags[kano.FlagMixed].in(l) + ": " + strings.Join(parts, " / ")
}

var kanoFlags = map[string]pair{
	kano.FlagNoAnswers:    {"no answers", "keine Antworten"},
	kano.FlagLowN:         {"too few answers", "zu wenige Antworten"},
	kano.FlagMixed:        {"mixed", "gemischt"},
	kano.FlagTie:          {"tie", "Gleichstand"},
	kano.FlagQuestionable: {"many questionable answers", "viele widersprüchliche Antworten"},
	kano.FlagReverse:      {"many reverse answers", "viele Ablehnungen"},
}

var kanoTables = map[string]pair{"standard": {"standard", "Standard"}, "pouliot": {"Pouliot", "Pouliot"}}

var kanoRules = map[kano.Rule]pair{
	kano.RuleFrequency: {"most frequent category", "häufigste Kategorie"},
	kano.RuleAOM:       {"A+O+M against I+R+Q", "A+O+M gegen I+R+Q"},
}

// KanoTable names an evaluation table.
func KanoTable(l Lang, name string) string { return lookup(kanoTables, l, name, name) }

// KanoRule names a classification rule.
func KanoRule(l Lang, r kano.Rule) string { return lookup(kanoRules, l, r, string(r)) }

var lifecycleMoves = map[kano.Move]pair{
	kano.MoveDown: {"down the life cycle", "im Lebenszyklus abwärts"},
	kano.MoveUp:   {"up the life cycle", "im Lebenszyklus aufwärts"},
	kano.MoveOff:  {"off the life cycle", "außerhalb des Lebenszyklus"},

	kano.MoveSettled:   {"same category, now clear-cut", "gleiche Kategorie, jetzt eindeutig"},
	kano.MoveUnsettled: {"same category, now mixed", "gleiche Kategorie, jetzt gemischt"},
}

// LifecycleMove words a feature's move on Kano's life cycle from its first
// wave to its last, "–" when it stayed; a move from or to a mixed result
// (unclear) says it is not clear-cut, so it never reads as a clean change
// of category.
func LifecycleMove(l Lang, m kano.Move, unclear bool) string {
	w := lookup(lifecycleMoves, l, m, "–")
	if unclear {
		return Say(l, SayMoveNotClearCut, w)
	}
	return w
}

// KanoFlag names a flag of a Kano result ("too few answers").
func KanoFlag(l Lang, f string) string { return lookup(kanoFlags, l, f, f) }

var elements = map[roadmap.Element]pair{
	roadmap.Login:          {"Central login", "Zentraler Login"},
	roadmap.DirectSales:    {"Direct Sales", "Direct Sales"},
	roadmap.AfterSales:     {"After Sales", "After Sales"},
	roadmap.SelfService:    {"Self Service", "Self Service"},
	roadmap.DigitalService: {"Digital Service", "Digital Service"},
}

// Element names the central login or a core element of the DSC.
func Element(l Lang, e roadmap.Element) string { return lookup(elements, l, e, string(e)) }

var entryKinds = map[roadmap.EntryKind]pair{
	roadmap.Feature:       {"Feature", "Funktion"},
	roadmap.Service:       {"Service", "Service"},
	roadmap.RevenueStream: {"Revenue stream", "Erlösquelle"},
}

var entryKindsPlural = map[roadmap.EntryKind]pair{
	roadmap.Feature:       {"Features", "Funktionen"},
	roadmap.Service:       {"Services", "Services"},
	roadmap.RevenueStream: {"Revenue streams", "Erlösquellen"},
}

// EntryKind names the kind of a catalog entry ("Revenue stream").
func EntryKind(l Lang, k roadmap.EntryKind) string { return lookup(entryKinds, l, k, string(k)) }

// EntryKindPlural names a group of entries of one kind ("Revenue streams").
func EntryKindPlural(l Lang, k roadmap.EntryKind) string {
	return lookup(entryKindsPlural, l, k, string(k))
}

var partyKinds = map[string]pair{
	"payment": {"payment", "Zahlung"}, "logistics": {"logistics", "Logistik"}, "financing": {"financing", "Finanzierung"},
	"marketplace": {"marketplace", "Marktplatz"}, "data": {"data", "Daten"}, "software": {"software", "Software"},
	"service": {"service", "Service"}, "insurance": {"insurance", "Versicherung"}, "other": {"other", "Sonstiges"},
}

// PartyKind names the kind of an external party ("payment").
func PartyKind(l Lang, k string) string { return lookup(partyKinds, l, k, k) }

var steps = map[int]struct{ name, focus pair }{
	1: {pair{"In-depth assessment of the current status", "Tiefgehende Analyse des Ist-Zustands"},
		pair{"Competencies, processes, organisation, IT and management systems, human resources", "Kompetenzen, Prozesse, Organisation, IT- und Managementsysteme, Personal"}},
	2: {pair{"Final approval of the DSC target picture", "Finale Abnahme des DSC-Zielbilds"},
		pair{"Agree the features, services and revenue streams the DSC offers", "Funktionen, Services und Erlösquellen des DSC verbindlich festlegen"}},
	3: {pair{"Competencies and skills", "Kompetenzen und Fähigkeiten"},
		pair{"Evaluate them in a separate stream; identify what to build up", "In einem eigenen Strang bewerten; festlegen, was aufzubauen ist"}},
	4: {pair{"Process landscape", "Prozesslandschaft"},
		pair{"Create the comprehensive process landscape", "Die umfassende Prozesslandschaft erstellen"}},
	5: {pair{"Organisational structure", "Organisationsstruktur"},
		pair{"Develop the adapted organisation; assign people to new roles only at the very end", "Die angepasste Organisation entwickeln; Personen erst ganz am Ende neuen Rollen zuordnen"}},
	6: {pair{"Systems and tools", "Systeme und Tools"},
		pair{"Formulate system requirements, evaluate providers, implement them in the existing landscape", "Systemanforderungen formulieren, Anbieter bewerten, in die bestehende Landschaft einführen"}},
	7: {pair{"PMO and tribe teams", "PMO und Tribe-Teams"},
		pair{"A PMO steers the build-up and the move to an agile organisation; tribe teams are established", "Ein PMO steuert den Aufbau und den Wandel zur agilen Organisation; Tribe-Teams entstehen"}},
}

// StepName names one of the seven transformation steps ("Process landscape").
func StepName(l Lang, n int) string {
	if s, ok := steps[n]; ok {
		return s.name.in(l)
	}
	return fmt.Sprintf("%s %d", T(l, Step), n)
}

// StepTitle is "Step 4: Process landscape".
func StepTitle(l Lang, n int) string {
	return fmt.Sprintf("%s %d: %s", T(l, Step), n, StepName(l, n))
}

// StepFocus says what a step does.
func StepFocus(l Lang, n int) string {
	if s, ok := steps[n]; ok {
		return s.focus.in(l)
	}
	return ""
}

var models = map[journey.Model]pair{
	journey.LeadGeneration:     {"Lead generation", "Leadgenerierung"},
	journey.ProfitOptimisation: {"Profit optimisation", "Gewinnoptimierung"},
	journey.MarketCoverage:     {"Market coverage", "Marktabdeckung"},
	journey.MaximumGrowth:      {"Maximum growth", "Maximales Wachstum"},
}

// Model names a channel configuration model ("Market coverage").
func Model(l Lang, m journey.Model) string { return lookup(models, l, m, string(m)) }

var roles = map[journey.Role]pair{
	journey.RoleLead:    {"lead", "führend"},
	journey.RolePrimary: {"primary", "primär"},
	journey.RoleSupport: {"support", "unterstützend"},
	journey.RoleNone:    {"none", "keine"},
}

// Role names a channel's role in a sales phase.
func Role(l Lang, r journey.Role) string {
	if r == "" {
		r = journey.RoleNone
	}
	return lookup(roles, l, r, string(r))
}

var supports = map[string]pair{
	journey.SupportFull:          {"full", "vollständig"},
	journey.SupportPartial:       {"partial", "teilweise"},
	journey.SupportNone:          {"none", "keine"},
	journey.SupportNotApplicable: {"not applicable", "nicht anwendbar"},
}

// ProcessSupport names how far the journey supports an omni-channel process.
func ProcessSupport(l Lang, s string) string { return lookup(supports, l, s, s) }

var holeKinds = map[string]pair{
	journey.HoleNoTouchpoint: {"no touchpoint", "kein Touchpoint"},
	journey.HoleNoBasics:     {"no must-be or one-dimensional feature", "kein Basis- oder Leistungsmerkmal"},
}

// HoleKind says what a hole in the journey lacks.
func HoleKind(l Lang, k string) string { return lookup(holeKinds, l, k, k) }

var evidence = map[journey.Evidence]pair{
	journey.Hypothesis: {"hypothesis", "Hypothese"},
	journey.FocusGroup: {"focus group", "Fokusgruppe"},
	journey.Measured:   {"measured", "gemessen"},
}

// Evidence names how well a touchpoint is backed by customer data.
func Evidence(l Lang, e journey.Evidence) string {
	if e == "" {
		e = journey.Hypothesis
	}
	return lookup(evidence, l, e, string(e))
}

var costClasses = map[journey.CostClass]pair{
	journey.LowCost:   {"low-cost", "kostengünstig"},
	journey.HighTouch: {"high-touch", "beratungsintensiv"},
	journey.Partner:   {"partner", "Partner"},
}

// CostClass names what a contact through a channel costs.
func CostClass(l Lang, c journey.CostClass) string { return lookup(costClasses, l, c, string(c)) }

var defaultStages = map[string]pair{
	"awareness": {"Awareness", "Aufmerksamkeit"}, "information": {"Information", "Information"},
	"consideration": {"Advice and consideration", "Beratung und Abwägung"}, "purchase": {"Purchase", "Kauf"},
	"fulfilment": {"Delivery and fulfilment", "Lieferung und Abwicklung"}, "use": {"Use and after-sales", "Nutzung und After-Sales"},
	"service": {"Service", "Service"}, "loyalty": {"Loyalty", "Kundenbindung"},
}

// DefaultStage names a stage of the primer's default journey by id, or
// returns fallback for a stage the workspace defines itself.
func DefaultStage(l Lang, id, fallback string) string { return lookup(defaultStages, l, id, fallback) }

var defaultPhases = map[string]pair{
	"lead-generation": {"Lead generation", "Leadgenerierung"}, "qualification": {"Qualification", "Qualifizierung"},
	"quotation": {"Quotation", "Angebot"}, "closing": {"Closing", "Abschluss"}, "fulfilment": {"Fulfilment", "Abwicklung"},
	"retention": {"Retention", "Kundenbindung"}, "service": {"Service", "Service"},
}

// defaultLevels names the levels of the default maturity scale (a
// questionnaire without scale:) and says what each means.
var defaultLevels = map[int][2]pair{
	1: {{"Initial", "Initial"}, {"Ad hoc; depends on individuals; nothing documented", "Ad hoc; hängt an Einzelnen; nichts dokumentiert"}},
	2: {{"Repeatable", "Wiederholbar"}, {"Done the same way in places; partly documented", "Stellenweise gleich gemacht; teilweise dokumentiert"}},
	3: {{"Defined", "Definiert"}, {"Documented and standard across the organisation", "Dokumentiert und im ganzen Unternehmen Standard"}},
	4: {{"Managed", "Gesteuert"}, {"Measured with KPIs and steered by them", "Mit Kennzahlen gemessen und danach gesteuert"}},
	5: {{"Optimised", "Optimiert"}, {"Continuously improved; a benchmark for others", "Laufend verbessert; ein Maßstab für andere"}},
}

// DefaultLevel names a level of the default maturity scale and says what
// it means; a level outside 1-5 has neither.
func DefaultLevel(l Lang, level int) (name, description string) {
	w, ok := defaultLevels[level]
	if !ok {
		return "", ""
	}
	return w[0].in(l), w[1].in(l)
}

// DefaultPhase names a sales phase of the primer's default list by id, or
// returns fallback for a phase the workspace defines itself.
func DefaultPhase(l Lang, id, fallback string) string { return lookup(defaultPhases, l, id, fallback) }

var operatingElements = map[roadmap.OperatingElement]pair{
	roadmap.IT:           {"IT", "IT"},
	roadmap.Organisation: {"Organisation", "Organisation"},
	roadmap.Governance:   {"Governance", "Steuerung"},
}

// OperatingElement names the operating-model element of a capability.
func OperatingElement(l Lang, e roadmap.OperatingElement) string {
	return lookup(operatingElements, l, e, string(e))
}

var requirementDimensions = map[roadmap.Dimension]pair{
	roadmap.Competencies:   {"Competencies", "Kompetenzen"},
	roadmap.Processes:      {"Processes", "Prozesse"},
	roadmap.OrgStructure:   {"Organisational structure", "Organisationsstruktur"},
	roadmap.ITSystems:      {"IT and management systems", "IT- und Managementsysteme"},
	roadmap.HumanResources: {"Human resources", "Personal"},
}

// RequirementDimension names one of the five requirement dimensions.
func RequirementDimension(l Lang, d roadmap.Dimension) string {
	return lookup(requirementDimensions, l, d, string(d))
}

var decisions = map[string]pair{
	roadmap.DecisionIn:      {"included", "aufgenommen"},
	roadmap.DecisionOut:     {"excluded", "nicht aufgenommen"},
	roadmap.DecisionDiscuss: {"to discuss", "zu diskutieren"},
}

// Decision names a target-picture decision.
func Decision(l Lang, d string) string { return lookup(decisions, l, d, d) }

var functions = map[string]pair{
	"product-search":          {"Find products and parts", "Produkte und Teile finden"},
	"stock-visibility":        {"Show live stock per store and warehouse", "Live-Bestand je Filiale und Lager zeigen"},
	"online-checkout":         {"Order and pay online", "Online bestellen und bezahlen"},
	"store-checkout":          {"Order and pay in store", "In der Filiale bestellen und bezahlen"},
	"shared-basket":           {"One basket shared between online and store", "Ein Warenkorb für online und Filiale"},
	"customer-recognition":    {"Recognise the customer across channels (one login)", "Kunden kanalübergreifend erkennen (ein Login)"},
	"store-pickup":            {"Hand over an online order in store", "Online-Bestellung in der Filiale übergeben"},
	"home-delivery":           {"Deliver to the customer's address", "An die Kundenadresse liefern"},
	"multi-source-fulfilment": {"Fulfil one order from several stores and warehouses", "Eine Bestellung aus mehreren Filialen und Lagern erfüllen"},
	"order-tracking":          {"Track an order and its shipments", "Bestellung und Sendungen verfolgen"},
	"return-initiation":       {"Start a return online", "Rücksendung online anstoßen"},
	"store-return":            {"Take back an online order in store", "Online-Bestellung in der Filiale zurücknehmen"},
	"refund":                  {"Refund to the original means of payment", "Auf das ursprüngliche Zahlungsmittel erstatten"},
	"appointment-booking":     {"Book an appointment online", "Termin online buchen"},
	"store-consultation":      {"Advise the customer in store", "Kunden in der Filiale beraten"},
	"endless-aisle":           {"Order in store what the store does not stock (virtual shelf)", "In der Filiale bestellen, was sie nicht führt (virtuelles Regal)"},
}

// Function names a built-in touchpoint function by id, or returns fallback
// (the workspace's own name) for one the workspace defines.
func Function(l Lang, id, fallback string) string { return lookup(functions, l, id, fallback) }

var processes = map[string]pair{
	"bopis":                     {"Buy online, pick up in store", "Online kaufen, in der Filiale abholen"},
	"combined-basket":           {"Buy online and in store (combined basket)", "Online und in der Filiale kaufen (gemeinsamer Warenkorb)"},
	"bopis-or-delivery":         {"Buy online, pick up in store or home delivery", "Online kaufen, in der Filiale abholen oder liefern lassen"},
	"multi-source-delivery":     {"Buy online, deliver from several stores and warehouses", "Online kaufen, aus mehreren Filialen und Lagern liefern"},
	"return-in-store":           {"Return in store", "Rückgabe in der Filiale"},
	"select-online-appointment": {"Select online, appointment in store", "Online auswählen, Termin in der Filiale"},
	"virtual-shelf":             {"Virtual shelf in store (endless aisle)", "Virtuelles Regal in der Filiale"},
}

// Process names a built-in omni-channel process by id, or returns fallback
// (the workspace's own name) for one the workspace defines.
func Process(l Lang, id, fallback string) string { return lookup(processes, l, id, fallback) }

var channelSelectors = map[string]pair{
	"online": {"any online channel", "ein Online-Kanal"}, "offline": {"any offline channel", "ein Offline-Kanal"}, "any": {"any channel", "ein beliebiger Kanal"},
	"web-shop": {"web shop", "Webshop"}, "app": {"app", "App"}, "portal": {"portal", "Portal"}, "marketplace": {"marketplace", "Marktplatz"},
	"store": {"store", "Filiale"}, "field-sales": {"field sales", "Außendienst"}, "tele-sales": {"tele sales", "Telefonvertrieb"},
	"partner": {"partner", "Partner"}, "call-centre": {"call centre", "Callcenter"}, "email": {"e-mail", "E-Mail"},
	"social": {"social media", "soziale Medien"}, "other": {"other channel", "anderer Kanal"},
}

// ChannelSelector names the channels a process step accepts ("any online
// channel", "store").
func ChannelSelector(l Lang, s string) string { return lookup(channelSelectors, l, s, s) }
