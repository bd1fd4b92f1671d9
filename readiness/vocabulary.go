package readiness

// DefaultDisagreementThreshold is the spread of ratings (highest minus lowest
// level) from which a question is flagged as disagreement: two levels apart
// means the raters describe different organisations, not the same one.
const DefaultDisagreementThreshold = 2.0

// DefaultScale is the maturity scale of a questionnaire that defines none.
var DefaultScale = []Level{
	{Level: 1, Name: "Initial", Description: "Ad hoc; depends on individuals; nothing documented"},
	{Level: 2, Name: "Repeatable", Description: "Done the same way in places; partly documented"},
	{Level: 3, Name: "Defined", Description: "Documented, standard across the organisation"},
	{Level: 4, Name: "Managed", Description: "Measured with KPIs and steered by them"},
	{Level: 5, Name: "Optimised", Description: "Continuously improved; a benchmark for others"},
}
