package survey

import (
	"slices"
	"strings"
)

// Tool is the survey tool that wrote an export, as its header shows it.
type Tool string

// The tools whose exports are recognised. NoTool is a plain table, such as
// one an analyst built by hand.
const (
	NoTool         Tool = ""
	GoogleForms    Tool = "Google Forms"
	MicrosoftForms Tool = "Microsoft Forms"
	SurveyMonkey   Tool = "SurveyMonkey"
	Qualtrics      Tool = "Qualtrics"
	LimeSurvey     Tool = "LimeSurvey"
	Typeform       Tool = "Typeform"
)

// profile is what identifies a tool's export and what its metadata
// columns are. Names are compared normalised (see Normalize), in English
// and German as the tools write them.
type profile struct {
	tool Tool
	// first: the first column is one of these (Google Forms' timestamp).
	first []string
	// marks: the tool is recognised when at least minMarks of these head columns.
	marks    []string
	minMarks int
	// metadata columns the tool adds; never questions, usable as segments.
	metadata []string
	// respondent: names of the response id column, best first.
	respondent []string
	// headerRows above the answers: 2 for SurveyMonkey (question, then
	// sub-question or answer option), 3 for Qualtrics (names, question
	// texts, import ids).
	headerRows int
	// localIDs: ids count from 1 in each export, so across files a response
	// is only the same when idWith (its start time) matches too.
	localIDs bool
	idWith   []string
}

var profiles = []profile{
	{
		tool:  GoogleForms,
		first: []string{"timestamp", "zeitstempel", "horodateur", "marca temporal", "informazioni cronologiche", "carimbo de data hora", "tijdstempel"},
		metadata: []string{"timestamp", "zeitstempel", "horodateur", "marca temporal", "informazioni cronologiche",
			"email address", "e mail adresse", "adresse e mail", "direccion de correo electronico", "score", "punktzahl", "punkte"},
	},
	{
		tool:     MicrosoftForms,
		marks:    []string{"start time", "completion time", "last modified time", "startzeit", "fertigstellungszeit", "abschlusszeit", "zeitpunkt der letzten aenderung", "heure de debut", "heure de fin"},
		minMarks: 2,
		metadata: []string{"id", "start time", "completion time", "email", "name", "last modified time", "total points", "quiz feedback", "language",
			"startzeit", "fertigstellungszeit", "abschlusszeit", "e mail", "zeitpunkt der letzten aenderung", "gesamtpunktzahl", "quizfeedback", "sprache",
			"heure de debut", "heure de fin", "adresse de messagerie", "nom"},
		respondent: []string{"id"},
		localIDs:   true,
		idWith:     []string{"start time", "startzeit", "heure de debut"},
	},
	{
		tool:     SurveyMonkey,
		marks:    []string{"respondent id", "collector id", "start date", "end date", "ip address", "befragten id", "teilnehmer id", "kollektor id", "collector id", "startdatum", "enddatum", "ip adresse"},
		minMarks: 3,
		metadata: []string{"respondent id", "collector id", "start date", "end date", "ip address", "email address", "first name", "last name", "custom data 1", "custom data",
			"befragten id", "teilnehmer id", "kollektor id", "startdatum", "enddatum", "ip adresse", "e mail adresse", "vorname", "nachname", "benutzerdefinierte daten 1", "benutzerdefinierte daten"},
		respondent: []string{"respondent id", "befragten id", "teilnehmer id"},
		headerRows: 2,
	},
	{
		tool:     Qualtrics,
		marks:    []string{"responseid", "startdate", "enddate", "recordeddate", "ipaddress", "finished", "progress", "duration in seconds", "distributionchannel", "userlanguage", "responsetype"},
		minMarks: 3,
		metadata: []string{"startdate", "enddate", "status", "ipaddress", "progress", "duration in seconds", "finished", "recordeddate", "responseid",
			"recipientlastname", "recipientfirstname", "recipientemail", "externalreference", "externaldatareference", "locationlatitude", "locationlongitude",
			"distributionchannel", "userlanguage", "responsetype", "q recaptchascore", "q relevantidduplicate", "q relevantidduplicatescore", "q relevantidfraudscore", "q relevantidlaststartdate"},
		respondent: []string{"responseid", "response id"},
		headerRows: 3,
	},
	{
		tool: LimeSurvey,
		marks: []string{"lastpage", "startlanguage", "submitdate", "seed", "datestamp", "refurl", "ipaddr",
			"last page", "start language", "date submitted", "date last action", "referrer url",
			"letzte seite", "start sprache", "startsprache", "datum abgeschickt", "zufallsstartwert", "datum letzte aktivitaet", "datum gestartet"},
		minMarks: 2,
		metadata: []string{"id", "submitdate", "lastpage", "startlanguage", "seed", "token", "startdate", "datestamp", "ipaddr", "refurl",
			"response id", "date submitted", "last page", "start language", "date started", "date last action", "ip address", "referrer url", "access code",
			"antwort id", "datum abgeschickt", "letzte seite", "start sprache", "startsprache", "zufallsstartwert", "datum gestartet", "datum letzte aktivitaet", "ip adresse", "zugangsschluessel"},
		respondent: []string{"id", "response id", "antwort id"},
		localIDs:   true,
		idWith:     []string{"startdate", "date started", "datum gestartet", "submitdate", "date submitted", "datum abgeschickt"},
	},
	{
		tool:     Typeform,
		marks:    []string{"submit date utc", "start date utc", "network id", "stage date utc", "response type", "submitted at", "token"},
		minMarks: 2,
		// "Submitted At" and "Token" are what Typeform's Google Sheets
		// integration writes.
		metadata:   []string{"#", "start date utc", "submit date utc", "network id", "stage date utc", "response type", "tags", "ending", "score", "token", "submitted at"},
		respondent: []string{"#", "token", "response id"},
	},
}

// genericRespondent names the respondent id column of a plain table.
var genericRespondent = []string{"respondent", "respondent id", "respondentid", "respondent_id", "id", "response id", "responseid",
	"teilnehmer", "teilnehmer id", "teilnehmer nr", "befragte", "befragten id", "antwort id", "#"}

// headName normalises a header for comparison with the profiles; "#" stays "#".
func headName(h string) string {
	h = strings.TrimSpace(h)
	if h == "#" {
		return h
	}
	return Normalize(h)
}

// detectTool recognises the tool from the first header row.
func detectTool(row []string) *profile {
	names := make(map[string]bool, len(row))
	for _, h := range row {
		names[headName(h)] = true
	}
	for i := range profiles {
		p := &profiles[i]
		if len(p.first) > 0 {
			if len(row) > 0 && slices.Contains(p.first, headName(row[0])) {
				return p
			}
			continue
		}
		n := 0
		seen := map[string]bool{}
		for _, m := range p.marks {
			if names[m] && !seen[m] {
				seen[m] = true
				n++
			}
		}
		if n >= p.minMarks {
			return p
		}
	}
	return nil
}

// plainResponse are SurveyMonkey's second-row labels of a question with one
// answer column: they name no sub-question.
var plainResponse = map[string]bool{"response": true, "open ended response": true, "antwort": true, "offene antwort": true,
	"reponse": true, "respuesta": true, "risposta": true}

// isImportID recognises Qualtrics' third header row: {"ImportId":"QID1"}.
func isImportID(cell string) bool {
	c := strings.TrimSpace(cell)
	return strings.HasPrefix(c, "{") && strings.Contains(c, "ImportId")
}
