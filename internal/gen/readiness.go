package gen

import (
	"math"
	"math/rand/v2"

	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/readiness"
)

type dimensionSpec struct {
	id, name, requirement string
	importance            float64
	questions             [][3]string // id, text, weight
}

// questionnaire is the e-commerce readiness assessment of the primer: the
// eight readiness dimensions of the seeds and the five requirement dimensions.
var questionnaire = []dimensionSpec{
	{"sales-structure", "Sales structure and operations", "", 3, [][3]string{
		{"ss-1", "Sales roles and territories are defined for a digital channel next to field sales and the call centre", "2"},
		{"ss-2", "The team knows its strengths and weaknesses for selling through a digital storefront", "1"},
		{"ss-3", "Processes for maintaining customers and capturing reorders are documented and followed", "1"},
	}},
	{"alignment", "Alignment and leadership", "", 3, [][3]string{
		{"al-1", "Leadership actively promotes e-commerce as a shared goal across sales, service and IT", "2"},
		{"al-2", "Business units agree on who owns the customer in each channel", "1"},
		{"al-3", "There is a sponsor at board level with a budget for the DSC", "1"},
	}},
	{"incentives", "Incentives", "", 2, [][3]string{
		{"in-1", "Sales commissions cover orders placed online by the rep's customers", "2"},
		{"in-2", "Store and field staff gain, not lose, when customers switch to self-service", "1"},
	}},
	{"metrics", "Use of metrics and goals", "", 2, [][3]string{
		{"me-1", "Sales and service decisions are based on data rather than anecdote", "1"},
		{"me-2", "Channel KPIs (conversion, cost to serve, share of wallet) are tracked monthly", "1"},
		{"me-3", "Goals for the digital channel are set and reviewed by management", "1"},
	}},
	{"parts-strategy", "Aftermarket parts strategy", "", 2, [][3]string{
		{"ps-1", "The parts assortment and its availability per location are known and managed", "2"},
		{"ps-2", "Parts data (fitment, supersessions, drawings) is complete enough to sell online", "2"},
	}},
	{"forecasting", "Forecasting of maintenance and repairs", "", 1, [][3]string{
		{"fc-1", "Maintenance and repair cycles of the installed base are known per customer", "1"},
		{"fc-2", "Demand for parts and service is forecast from those cycles", "1"},
	}},
	{"pricing", "Pricing practices", "", 2, [][3]string{
		{"pr-1", "Prices are consistent across channels or differences are deliberate and explained", "2"},
		{"pr-2", "Customer-specific prices and discounts are held in a system, not in spreadsheets", "1"},
		{"pr-3", "The company reacts to price transparency on marketplaces and comparison sites", "1"},
	}},
	{"sops", "Standard operating procedures", "", 1, [][3]string{
		{"so-1", "Order handling, returns and claims follow written procedures in every channel", "1"},
		{"so-2", "Procedures are updated when a new channel or service is introduced", "1"},
	}},
	{"competencies", "Competencies", "competencies", 3, [][3]string{
		{"co-1", "Digital sales, online marketing and e-commerce management skills are in house", "2"},
		{"co-2", "Product and content management skills exist for online channels", "1"},
		{"co-3", "Data analytics skills support sales and service decisions", "1"},
	}},
	{"processes", "Processes", "processes", 3, [][3]string{
		{"pc-1", "Order-to-cash runs end to end across channels without manual re-entry", "2"},
		{"pc-2", "Service and after-sales processes are connected to the digital channel", "1"},
		{"pc-3", "The process landscape is documented with owners", "1"},
	}},
	{"organisation", "Organisational structure", "organisation", 2, [][3]string{
		{"or-1", "A unit owns the digital sales center with clear decision rights", "2"},
		{"or-2", "Interfaces between e-business, sales, service and IT are defined", "1"},
	}},
	{"it-systems", "IT and management systems", "it-systems", 3, [][3]string{
		{"it-1", "ERP, CRM and commerce systems share customer, product and price data in real time", "2"},
		{"it-2", "A single customer login and identity exists across digital products", "1"},
		{"it-3", "Management systems report channel performance without manual work", "1"},
	}},
	{"human-resources", "Human resources", "human-resources", 2, [][3]string{
		{"hr-1", "Enough people are available to staff the new DSC roles", "1"},
		{"hr-2", "Recruiting and training plans exist for digital roles", "1"},
	}},
}

// germanQuestionnaire holds the questionnaire's German wording by dimension
// and question id, for German engagements.
var germanQuestionnaire = map[string]string{
	"sales-structure": "Vertriebsstruktur und -organisation",
	"ss-1":            "Vertriebsrollen und Gebiete sind für einen digitalen Kanal neben Außendienst und Callcenter festgelegt",
	"ss-2":            "Das Team kennt seine Stärken und Schwächen für den Verkauf über einen digitalen Shop",
	"ss-3":            "Prozesse zur Kundenpflege und zur Erfassung von Nachbestellungen sind dokumentiert und werden gelebt",
	"alignment":       "Ausrichtung und Führung",
	"al-1":            "Die Führung fördert E-Commerce aktiv als gemeinsames Ziel von Vertrieb, Service und IT",
	"al-2":            "Die Geschäftsbereiche sind sich einig, wem der Kunde in jedem Kanal gehört",
	"al-3":            "Es gibt einen Sponsor auf Vorstandsebene mit Budget für das DSC",
	"incentives":      "Anreize",
	"in-1":            "Vertriebsprovisionen umfassen Online-Bestellungen der Kunden des Vertreters",
	"in-2":            "Filial- und Außendienstmitarbeiter gewinnen, statt zu verlieren, wenn Kunden zum Self-Service wechseln",
	"metrics":         "Nutzung von Kennzahlen und Zielen",
	"me-1":            "Vertriebs- und Serviceentscheidungen beruhen auf Daten statt auf Anekdoten",
	"me-2":            "Kanalkennzahlen (Konversion, Betreuungskosten, Kundenanteil) werden monatlich verfolgt",
	"me-3":            "Ziele für den digitalen Kanal werden vom Management gesetzt und überprüft",
	"parts-strategy":  "Ersatzteilstrategie",
	"ps-1":            "Das Teilesortiment und seine Verfügbarkeit je Standort sind bekannt und werden gesteuert",
	"ps-2":            "Teiledaten (Passung, Nachfolger, Zeichnungen) sind vollständig genug für den Onlineverkauf",
	"forecasting":     "Prognose von Wartung und Reparaturen",
	"fc-1":            "Wartungs- und Reparaturzyklen der installierten Basis sind je Kunde bekannt",
	"fc-2":            "Der Bedarf an Teilen und Service wird aus diesen Zyklen prognostiziert",
	"pricing":         "Preisgestaltung",
	"pr-1":            "Preise sind kanalübergreifend einheitlich, oder Unterschiede sind gewollt und begründet",
	"pr-2":            "Kundenindividuelle Preise und Rabatte liegen in einem System, nicht in Tabellen",
	"pr-3":            "Das Unternehmen reagiert auf Preistransparenz auf Marktplätzen und Vergleichsseiten",
	"sops":            "Standardarbeitsanweisungen",
	"so-1":            "Auftragsabwicklung, Retouren und Reklamationen folgen in jedem Kanal schriftlichen Verfahren",
	"so-2":            "Verfahren werden aktualisiert, wenn ein neuer Kanal oder Service eingeführt wird",
	"competencies":    "Kompetenzen",
	"co-1":            "Kompetenzen für digitalen Vertrieb, Onlinemarketing und E-Commerce-Management sind im Haus",
	"co-2":            "Produkt- und Content-Management-Kompetenzen für Onlinekanäle sind vorhanden",
	"co-3":            "Datenanalysekompetenzen unterstützen Vertriebs- und Serviceentscheidungen",
	"processes":       "Prozesse",
	"pc-1":            "Der Order-to-Cash-Prozess läuft kanalübergreifend durchgängig ohne manuelle Neueingabe",
	"pc-2":            "Service- und After-Sales-Prozesse sind an den digitalen Kanal angebunden",
	"pc-3":            "Die Prozesslandschaft ist mit Verantwortlichen dokumentiert",
	"organisation":    "Organisationsstruktur",
	"or-1":            "Eine Einheit verantwortet das Digital Sales Center mit klaren Entscheidungsrechten",
	"or-2":            "Schnittstellen zwischen E-Business, Vertrieb, Service und IT sind definiert",
	"it-systems":      "IT- und Managementsysteme",
	"it-1":            "ERP-, CRM- und Commerce-Systeme teilen Kunden-, Produkt- und Preisdaten in Echtzeit",
	"it-2":            "Es gibt einen einheitlichen Kundenlogin und eine Identität über alle digitalen Produkte",
	"it-3":            "Managementsysteme berichten die Kanalleistung ohne manuelle Arbeit",
	"human-resources": "Personal",
	"hr-1":            "Es stehen genug Personen für die neuen DSC-Rollen zur Verfügung",
	"hr-2":            "Für digitale Rollen gibt es Rekrutierungs- und Schulungspläne",
}

// word picks the German wording of a questionnaire text for German engagements.
func (e *engagement) word(id, english string) string {
	if e.language == "de" {
		if s, ok := germanQuestionnaire[id]; ok {
			return s
		}
	}
	return english
}

func (e *engagement) readiness(rng *rand.Rand) string {
	var d doc
	d.comment(0, "E-commerce readiness assessment: dimensions with weighted questions, the\nmaturity scale, targets, raters and their ratings. Generated by `go run ./examples/gen`.")
	d.line(0, "disagreement_threshold: 2")
	d.line(0, "scale:")
	lang := text.English
	if e.language == "de" {
		lang = text.German
	}
	for _, l := range readiness.DefaultScale {
		name, desc := text.DefaultLevel(lang, l.Level)
		d.line(1, "- level: %d", l.Level)
		d.line(2, "name: %s", name)
		d.line(2, "description: %s", q(desc))
	}
	d.blank()
	d.line(0, "dimensions:")
	for _, dim := range questionnaire {
		d.line(1, "- id: %s", dim.id)
		d.line(2, "name: %s", q(e.word(dim.id, dim.name)))
		if dim.requirement != "" {
			d.line(2, "requirement: %s", dim.requirement)
		}
		d.line(2, "importance: %s", num(dim.importance))
		d.line(2, "target: %s", num(e.targets[dim.id]))
		d.line(2, "questions:")
		for _, qq := range dim.questions {
			d.line(3, "- id: %s", qq[0])
			d.line(4, "text: %s", q(e.word(qq[0], qq[1])))
			d.line(4, "weight: %s", qq[2])
		}
	}
	d.blank()
	d.line(0, "raters:")
	for _, r := range e.raters {
		d.line(1, "- id: %s", r.id)
		d.line(2, "name: %s", q(r.name))
		d.line(2, "role: %s", q(r.role))
	}
	d.blank()
	d.line(0, "ratings:")
	for _, r := range e.raters {
		d.line(1, "- rater: %s", r.id)
		if e.plan.baseline != "" {
			d.line(2, "assessment: %s", q(e.plan.baseline))
		}
		d.line(2, "scores:")
		for _, dim := range questionnaire {
			for i, qq := range dim.questions {
				// Each question sits a little above or below its dimension's maturity.
				truth := e.maturity[dim.id] + 0.3*float64(i%3-1)
				score := max(1, min(5, int(math.Round(truth+r.bias+rng.NormFloat64()*0.55))))
				if has(r.skips, qq[0]) {
					continue
				}
				d.line(3, "%s: %d", qq[0], score)
			}
		}
	}
	e.reassessmentRatings(&d)
	return d.String()
}

func (e *engagement) capabilitiesFile() string {
	var d doc
	d.comment(0, "Capabilities the DSC target picture needs, by operating-model element and\nrequirement dimension, with maturity (0-5), effort in person-months and\ndependencies. Generated by `go run ./examples/gen`.")
	d.line(0, "capabilities:")
	for _, c := range e.capabilities {
		d.line(1, "- id: %s", c.id)
		d.line(2, "name: %s", q(c.name))
		if c.desc != "" {
			d.line(2, "description: %s", q(c.desc))
		}
		d.line(2, "element: %s", c.element)
		d.line(2, "dimension: %s", c.dimension)
		d.line(2, "current: %d", c.current)
		d.line(2, "target: %d", c.target)
		d.line(2, "effort: %s", num(c.effort))
		if c.step != 0 {
			d.line(2, "step: %d", c.step)
		}
		if deps := e.plan.deps(c); deps != "" {
			d.line(2, "depends_on: %s", list(split(deps)))
		}
		if c.enables != "" {
			d.line(2, "enables: %s", list(split(c.enables)))
		}
		e.plan.capabilityPlan(&d, c.id)
	}
	return d.String()
}
