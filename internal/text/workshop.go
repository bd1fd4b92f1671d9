package text

// W names one word of the workshop's screens: the terminal UI, the
// participant's page on a phone and the projector view.
type W int

// The workshop's words. Add a key here and its wordings in workshopWords;
// the test fails until both languages have it.
const (
	WKanoWorkshop W = iota
	WReadinessWorkshop
	WParticipant
	WSegment
	WQuestion
	WOf
	WAnswered
	WFunctional
	WDysfunctional
	WImportance
	WImportanceLow
	WImportanceHigh
	WMaturity
	WDone
	WDoneHint
	WSkipped
	WJumpPrompt
	WNoMatch
	WWriteFailed
	WJoinIntro
	WJoinCode
	WYourName
	WNameHint
	WAnsweringAs
	WWhoAreYou
	WJoin
	WAnonymous
	WBack
	WSkip
	WSaved
	WReview
	WClosed
	WWaiting
	WNotSaved
	WBadCode
	WRaterTaken
	WChooseSegment
	WNameTooLong
	WTooMany
	WJoinAt
	WOrScan
	WParticipants
	WAnswers
	WWaitingForAnswers
	WSpread
	WCurrent
	WTarget
	WRaters
	WVotingOpen
	WVotingClosed
	WLiveCaption
	WReadinessCaption
	WResume
	// The key help under a participant's question.
	WKeyAnswer
	WKeySelect
	WKeyConfirm
	WKeyBack
	WKeySkip
	WKeyClear
	WKeyJump
	WKeyMore
	WKeyQuit
	WKeyClose
	numWords
)

var workshopWords = [numWords]pair{
	WKanoWorkshop:      {"Kano workshop", "Kano-Workshop"},
	WReadinessWorkshop: {"Readiness workshop", "Reifegrad-Workshop"},
	WParticipant:       {"participant", "Teilnehmer"},
	WSegment:           {"segment", "Segment"},
	WQuestion:          {"question", "Frage"},
	WOf:                {"of", "von"},
	WAnswered:          {"answered", "beantwortet"},
	WFunctional:        {"How would you feel if this were offered?", "Wie würden Sie es finden, wenn es dieses Angebot gäbe?"},
	WDysfunctional:     {"How would you feel if this were NOT offered?", "Wie würden Sie es finden, wenn es dieses Angebot NICHT gäbe?"},
	WImportance:        {"How important is this to you? (optional)", "Wie wichtig ist Ihnen das? (optional)"},
	WImportanceLow:     {"not important at all", "völlig unwichtig"},
	WImportanceHigh:    {"extremely important", "äußerst wichtig"},
	WMaturity:          {"Where does the company stand today?", "Wo steht das Unternehmen heute?"},
	WDone:              {"All questions are answered. Thank you!", "Alle Fragen sind beantwortet. Vielen Dank!"},
	WDoneHint:          {"← review answers · g jump · q quit", "← Antworten prüfen · g springen · q beenden"},
	WSkipped:           {"skipped", "übersprungen"},
	WJumpPrompt:        {"Jump to: type a name or number", "Springen zu: Name oder Nummer eingeben"},
	WNoMatch:           {"no match", "kein Treffer"},
	WWriteFailed:       {"could not save the answer", "Antwort konnte nicht gespeichert werden"},
	WJoinIntro:         {"Answer on your phone. Every answer is saved the moment you give it.", "Antworten Sie auf Ihrem Smartphone. Jede Antwort wird sofort gespeichert."},
	WJoinCode:          {"Join code", "Zugangscode"},
	WYourName:          {"Your name", "Ihr Name"},
	WNameHint:          {"optional: leave it empty to stay anonymous", "optional: leer lassen, um anonym zu bleiben"},
	WAnsweringAs:       {"You answer as", "Sie antworten als"},
	WWhoAreYou:         {"Who are you?", "Wer sind Sie?"},
	WJoin:              {"Join", "Teilnehmen"},
	WAnonymous:         {"Anonymous", "Anonym"},
	WBack:              {"Back", "Zurück"},
	WSkip:              {"Skip", "Überspringen"},
	WSaved:             {"Saved", "Gespeichert"},
	WReview:            {"Review my answers", "Meine Antworten ansehen"},
	WClosed:            {"Voting on this part is closed.", "Die Abstimmung zu diesem Teil ist geschlossen."},
	WWaiting:           {"The facilitator opens the next part shortly.", "Die Moderation öffnet gleich den nächsten Teil."},
	WNotSaved:          {"Not saved. Check the connection and tap again.", "Nicht gespeichert. Bitte Verbindung prüfen und erneut tippen."},
	WBadCode:           {"This join code is not valid. Check the code on the screen.", "Dieser Zugangscode ist ungültig. Bitte den Code auf der Leinwand prüfen."},
	WRaterTaken:        {"This rater has already joined on another device.", "Diese Person ist bereits auf einem anderen Gerät angemeldet."},
	WChooseSegment:     {"Please choose one.", "Bitte wählen Sie eine Option."},
	WNameTooLong:       {"Please use a shorter name.", "Bitte einen kürzeren Namen verwenden."},
	WTooMany:           {"Too many attempts. Please wait a minute.", "Zu viele Versuche. Bitte eine Minute warten."},
	WJoinAt:            {"Join at", "Teilnehmen unter"},
	WOrScan:            {"or scan the code", "oder den Code scannen"},
	WParticipants:      {"participants", "Teilnehmende"},
	WAnswers:           {"answers", "Antworten"},
	WWaitingForAnswers: {"Waiting for the first answers …", "Warten auf die ersten Antworten …"},
	WSpread:            {"spread between raters", "Streuung zwischen den Bewertenden"},
	WCurrent:           {"today", "heute"},
	WTarget:            {"target", "Ziel"},
	WRaters:            {"raters", "Bewertende"},
	WVotingOpen:        {"voting open", "Abstimmung offen"},
	WVotingClosed:      {"voting closed", "Abstimmung geschlossen"},
	WLiveCaption:       {"Better: how much offering it pleases. |Worse|: how much its absence annoys.", "Better: wie sehr das Angebot begeistert. |Worse|: wie sehr das Fehlen stört."},
	WReadinessCaption:  {"Line: mean of all raters. Band: lowest to highest rater. Dashed: target.", "Linie: Mittel aller Bewertenden. Band: niedrigste bis höchste Bewertung. Gestrichelt: Ziel."},
	WResume:            {"Continue", "Weiter"},
	WKeyAnswer:         {"answer", "antworten"},
	WKeySelect:         {"select", "auswählen"},
	WKeyConfirm:        {"confirm", "bestätigen"},
	WKeyBack:           {"back", "zurück"},
	WKeySkip:           {"skip", "überspringen"},
	WKeyClear:          {"clear", "löschen"},
	WKeyJump:           {"jump", "springen"},
	WKeyMore:           {"more", "mehr"},
	WKeyQuit:           {"quit", "beenden"},
	WKeyClose:          {"close", "schließen"},
}

// Word returns a workshop word in a language.
func Word(l Lang, w W) string {
	if w < 0 || w >= numWords {
		return "?"
	}
	return workshopWords[w].in(l)
}
