package workspace

import (
	"fmt"
	"strings"

	"github.com/dsc-workbench/dsc/internal/survey"
)

// checkWaves checks the survey waves of dsc.yaml: each wave is the month
// the survey was fielded (YYYY-MM, so waves sort in time), given for the
// whole file (wave:) or per respondent by a column of the export
// (wave_column:, whose cells the survey reader checks). Once one survey
// has waves every survey must, since the latest wave is the current one
// and the earlier ones show how expectations moved.
func (v *validator) checkWaves() {
	var first *SurveySource
	for i := range v.w.Config.Surveys {
		s := &v.w.Config.Surveys[i]
		// A wave_column: key left empty ("" or no value) still says the file
		// holds waves: reading it as one wave would pool them silently.
		column := s.WaveColumn != "" || s.Loc.Has("wave_column")
		switch {
		case s.Wave == "" && s.Loc.Has("wave") && !column:
			v.add(s.Loc, "wave", fmt.Sprintf("wave of survey %q is blank", s.File),
				"name the wave by the month it was fielded, YYYY-MM, e.g. wave: 2026-03, or remove wave")
			continue
		case column && s.Wave != "":
			v.add(s.Loc, "wave_column", fmt.Sprintf("survey %q has both wave: and wave_column:", s.File),
				"keep wave: when the whole file is one wave, or wave_column: when a column of the export says each respondent's wave")
		case column && strings.TrimSpace(s.WaveColumn) == "":
			v.add(s.Loc, "wave_column", fmt.Sprintf("wave_column of survey %q is blank", s.File),
				"name the column that says each respondent's wave, by its header text or its letter, or remove wave_column")
			continue
		case s.Wave != "" && !validMonth(s.Wave):
			hint := survey.WaveHint(s.Wave) // the month meant, when "2025-3" or a date says it
			if hint == "" {
				hint = "name the wave by the month it was fielded, YYYY-MM, e.g. wave: 2026-03"
			}
			v.add(s.Loc, "wave", fmt.Sprintf("wave %q of survey %q is not a month", s.Wave, s.File), hint)
		}
		if (s.Wave != "" || column) && first == nil {
			first = s
		}
	}
	if first == nil {
		return
	}
	for _, s := range v.w.Config.Surveys {
		// A survey with a blank wave: or wave_column: has its one message
		// above.
		blank := s.Loc.Has("wave") || s.Loc.Has("wave_column")
		if s.Wave == "" && s.WaveColumn == "" && s.File != "" && !blank {
			hint := "give every survey its wave: YYYY-MM; the latest wave is the current one"
			if first.Wave == "" {
				hint = "give every survey its wave: YYYY-MM, or wave_column: naming the column that holds each respondent's; the latest wave is the current one"
			}
			v.add(s.Loc, "file", fmt.Sprintf("survey %q has no wave, but %q has (%s)", s.File, first.File, waveWords(first)), hint)
		}
	}
}

// waveWords says how a survey gives its wave, and where: "wave 2026-03
// at line 5" or "wave_column \"Wave\" at line 5".
func waveWords(s *SurveySource) string {
	if s.Wave != "" {
		return fmt.Sprintf("wave %s at line %d", s.Wave, s.Loc.At("wave").Line)
	}
	return fmt.Sprintf("wave_column %q at line %d", s.WaveColumn, s.Loc.At("wave_column").Line)
}
