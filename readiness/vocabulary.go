package readiness

// DefaultDisagreementThreshold is the spread of ratings (highest minus lowest
// level) from which a question is flagged as disagreement: two levels apart
// means the raters describe different organisations, not the same one.
const DefaultDisagreementThreshold = 2.0

// DefaultScale is the maturity scale of a questionnaire that defines none:
// levels 1 to 5. Their names and descriptions are words a client reads, so
// they live in the text catalogue (text.DefaultLevel), in both languages.
var DefaultScale = []Level{{Level: 1}, {Level: 2}, {Level: 3}, {Level: 4}, {Level: 5}}
