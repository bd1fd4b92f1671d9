package survey

// otherWaveHint ends the hint for a respondent or a response found in two
// files read together. Without waves they may be two waves of a panel
// given none; with waves both files already are the same wave (two
// wave: lines of one month, or a wave: file and a wave column's cells of
// that month), so "give each its wave" would be no advice: the user has
// to say which file belongs to another month (trial 4 LOW 5).
func otherWaveHint(wave string) string {
	if wave == "" {
		return "or if the files are waves of a panel, give each its wave: in dsc.yaml"
	}
	return "or if one of them was fielded in another month, correct its wave: both are wave " + wave +
		" now (wave: in dsc.yaml, or the cells of a wave column)"
}
