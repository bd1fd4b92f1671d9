package workspace

import "fmt"

// checkWaves checks the survey waves of dsc.yaml: each wave is the month
// the survey was fielded (YYYY-MM, so waves sort in time), and once one
// survey names its wave every survey must, since the latest wave is the
// current one and the earlier ones show how expectations moved.
func (v *validator) checkWaves() {
	var first *SurveySource
	for i := range v.w.Config.Surveys {
		s := &v.w.Config.Surveys[i]
		if s.Wave != "" {
			if !validMonth(s.Wave) {
				v.add(s.Loc, "wave", fmt.Sprintf("wave %q of survey %q is not a month", s.Wave, s.File),
					"name the wave by the month it was fielded, YYYY-MM, e.g. wave: 2026-03")
			}
			if first == nil {
				first = s
			}
		}
	}
	if first == nil {
		return
	}
	for _, s := range v.w.Config.Surveys {
		if s.Wave == "" && s.File != "" {
			p := first.Loc.At("wave")
			v.add(s.Loc, "file", fmt.Sprintf("survey %q has no wave, but %q has (wave %s at line %d)", s.File, first.File, first.Wave, p.Line),
				"give every survey its wave: YYYY-MM; the latest wave is the current one")
		}
	}
}
