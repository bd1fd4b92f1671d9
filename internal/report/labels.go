// Package report renders a workspace's analyses as the client deliverable:
// an Excel workbook with native charts, a self-contained offline HTML page
// with ECharts, and the JSON document teams diff in CI. Renderers only draw
// what internal/analysis computed; they never recompute a number.
package report

// Labels translate the words of the deliverable. English is the key; the
// German table holds the translations used when dsc.yaml says language: de.
type Labels struct {
	de bool
}

// NewLabels returns the labels for a workspace language ("en" or "de").
func NewLabels(lang string) Labels { return Labels{de: lang == "de"} }

// T translates a label; unknown labels stay as they are. Ids used as
// labels (core elements, kinds, roles, kinds of hole) get their English name.
func (l Labels) T(en string) string {
	if l.de {
		if s, ok := german[en]; ok {
			return s
		}
	}
	if s, ok := english[en]; ok {
		return s
	}
	return en
}

// english names the ids that are shown to readers.
var english = map[string]string{
	"login":                         "Central login",
	"direct-sales":                  "Direct Sales",
	"after-sales":                   "After Sales",
	"self-service":                  "Self Service",
	"digital-service":               "Digital Service",
	"feature":                       "Feature",
	"service":                       "Service",
	"revenue-stream":                "Revenue stream",
	"no-touchpoint":                 "no touchpoint",
	"no-must-be-or-one-dimensional": "no must-be or one-dimensional feature",
}

var german = map[string]string{
	// sheets and sections
	"Summary":              "Übersicht",
	"Target picture":       "Zielbild",
	"Kano":                 "Kano",
	"Segments":             "Segmente",
	"Journey coverage":     "Journey-Abdeckung",
	"Channel roles":        "Kanalrollen",
	"Readiness":            "Reifegrad",
	"Capabilities":         "Fähigkeiten",
	"Roadmap":              "Roadmap",
	"Digital Sales Center": "Digital Sales Center",
	// DSC elements
	"login":           "Zentraler Login",
	"direct-sales":    "Direct Sales",
	"after-sales":     "After Sales",
	"self-service":    "Self Service",
	"digital-service": "Digital Service",
	"Central login":   "Zentraler Login",
	// kinds
	"feature":          "Funktion",
	"service":          "Service",
	"revenue-stream":   "Erlösquelle",
	"Features":         "Funktionen",
	"Services":         "Services",
	"Revenue streams":  "Erlösquellen",
	"External parties": "Externe Partner",
	// common headers
	"Rank":                                  "Rang",
	"Id":                                    "ID",
	"Name":                                  "Name",
	"Element":                               "Element",
	"Kind":                                  "Art",
	"Category":                              "Kategorie",
	"Mixed":                                 "Gemischt",
	"Significant":                           "Signifikant",
	"Better":                                "Better",
	"Worse":                                 "Worse",
	"|Worse|":                               "|Worse|",
	"Total strength":                        "Gesamtstärke",
	"Category strength":                     "Kategoriestärke",
	"Functional mean":                       "Funktional (Mittel)",
	"Dysfunctional mean":                    "Dysfunktional (Mittel)",
	"Importance":                            "Wichtigkeit",
	"Priority":                              "Priorität",
	"Flags":                                 "Hinweise",
	"Decision":                              "Entscheidung",
	"Reason":                                "Begründung",
	"Source":                                "Quelle",
	"Pinned":                                "Festgelegt",
	"yes":                                   "ja",
	"no":                                    "nein",
	"in":                                    "aufgenommen",
	"out":                                   "nicht aufgenommen",
	"discuss":                               "zu diskutieren",
	"Stage":                                 "Phase",
	"Channel":                               "Kanal",
	"Persona":                               "Persona",
	"Total":                                 "Summe",
	"Touchpoints":                           "Touchpoints",
	"Touchpoints per stage and channel":     "Touchpoints je Phase und Kanal",
	"Features served per stage and channel": "Bediente Funktionen je Phase und Kanal",
	"Holes":                                 "Lücken",
	"Kind of hole":                          "Art der Lücke",
	"Sales phase":                           "Vertriebsphase",
	"Closest model":                         "Nächstes Modell",
	"Omni-channel":                          "Omni-Channel",
	"Model":                                 "Modell",
	"Fit":                                   "Passung",
	"Contradictions":                        "Widersprüche",
	"Dimension":                             "Dimension",
	"Current":                               "Ist",
	"Target":                                "Soll",
	"Gap":                                   "Lücke",
	"Weighted gap":                          "Gewichtete Lücke",
	"Current vs target":                     "Ist und Soll",
	"Readiness index":                       "Reifegrad-Index",
	"Target attainment":                     "Zielerreichung",
	"Question":                              "Frage",
	"Mean":                                  "Mittel",
	"Median":                                "Median",
	"SD":                                    "Std.-Abw.",
	"Disagreement":                          "Uneinigkeit",
	"Missing":                               "Fehlend",
	"not rated":                             "nicht bewertet",
	"Wave":                                  "Welle",
	"Effort":                                "Aufwand",
	"Months":                                "Monate",
	"Start":                                 "Start",
	"Finish":                                "Ende",
	"Slack":                                 "Puffer",
	"Critical":                              "Kritisch",
	"Fan-in":                                "Fan-in",
	"Fan-out":                               "Fan-out",
	"Maturity":                              "Reife",
	"Needs":                                 "Benötigt",
	"Dependency matrix (row needs column)":  "Abhängigkeitsmatrix (Zeile benötigt Spalte)",
	"Step":                                  "Schritt",
	"Start month":                           "Startmonat",
	"End month":                             "Endmonat",
	"Duration":                              "Dauer",
	"Seven-step roadmap":                    "Roadmap in sieben Schritten",
	"Critical path":                         "Kritischer Pfad",
	"Client":                                "Kunde",
	"Industry":                              "Branche",
	"Respondents":                           "Befragte",
	"Selected entries":                      "Ausgewählte Einträge",
	"To discuss":                            "Zu diskutieren",
	"Not selected":                          "Nicht aufgenommen",
	"Roadmap length":                        "Dauer der Roadmap",
	"months":                                "Monate",
	"Better vs |Worse|":                     "Better und |Worse|",
	"Kano portfolio":                        "Kano-Portfolio",
	"Segment comparison":                    "Segmentvergleich",
	"Differs":                               "Unterschied",
	"Channel-role matrix":                   "Kanalrollen-Matrix",
	"Capability dependencies":               "Abhängigkeiten der Fähigkeiten",
	"not assessed: the workspace has no file for this view": "nicht bewertet: für diese Ansicht fehlt eine Datei im Workspace",
	"Key figures":                   "Kennzahlen",
	"Respondents per segment":       "Befragte je Segment",
	"lead":                          "führend",
	"primary":                       "primär",
	"support":                       "unterstützend",
	"none":                          "keine",
	"no-touchpoint":                 "kein Touchpoint",
	"no-must-be-or-one-dimensional": "keine Basis- oder Leistungsfunktion",
	"Step 1: In-depth assessment of the current status": "Schritt 1: Tiefgehende Analyse des Ist-Zustands",
	"Step 2: Final approval of the DSC target picture":  "Schritt 2: Finale Abnahme des DSC-Zielbilds",
	"Step 3: Competencies and skills":                   "Schritt 3: Kompetenzen und Fähigkeiten",
	"Step 4: Process landscape":                         "Schritt 4: Prozesslandschaft",
	"Step 5: Organisational structure":                  "Schritt 5: Organisationsstruktur",
	"Step 6: Systems and tools":                         "Schritt 6: Systeme und Tools",
	"Step 7: PMO and tribe teams":                       "Schritt 7: PMO und Tribe-Teams",
	"Readiness dimensions, current and target":          "Reifegrad-Dimensionen, Ist und Soll",
	"Generated by dsc from the workspace":               "Erstellt mit dsc aus dem Workspace",
	"Gantt chart":                                       "Gantt-Diagramm",
	"Offset":                                            "Versatz",
	"Processes":                                         "Prozesse",
	"Support":                                           "Unterstützung",
	"Omni-channel processes":                            "Omni-Channel-Prozesse",
	"Evidence":                                          "Evidenz",
	"people assigned to new roles at the end of step 5": "Besetzung neuer Rollen am Ende von Schritt 5",
}
