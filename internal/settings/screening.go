package settings

// Screening drops respondents who answered carelessly, as stp25kano's rm_Q
// and rm_I do: more than MaxQuestionable questionable or more than
// MaxIndifferent indifferent answers. A nil limit is off.
type Screening struct {
	MaxQuestionable *int `json:"max_questionable,omitempty"`
	MaxIndifferent  *int `json:"max_indifferent,omitempty"`
}
