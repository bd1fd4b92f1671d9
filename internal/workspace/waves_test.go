package workspace

import (
	"strings"
	"testing"
)

func TestSurveyWaves(t *testing.T) {
	files := map[string]string{"surveys/a.csv": "respondent,live-chat_functional,live-chat_dysfunctional\nR1,1,5\n",
		"surveys/b.csv": "respondent,live-chat_functional,live-chat_dysfunctional\nR1,1,5\n"}
	for _, c := range []struct {
		name, config, want string
	}{
		{"months", "surveys:\n  - file: surveys/a.csv\n    wave: 2026-03\n  - file: surveys/b.csv\n    wave: 2027-03\n", ""},
		{"not a month", "surveys:\n  - file: surveys/a.csv\n    wave: 2026-spring\n  - file: surveys/b.csv\n    wave: 2027-03\n",
			`dsc.yaml:4:11: wave "2026-spring" of survey "surveys/a.csv" is not a month; name the wave by the month it was fielded, YYYY-MM, e.g. wave: 2026-03`},
		// The month meant, as a wave column's cell gets it (trial 4 LOW 2).
		{"month without its zero", "surveys:\n  - file: surveys/a.csv\n    wave: 2025-3\n  - file: surveys/b.csv\n    wave: 2027-03\n",
			`dsc.yaml:4:11: wave "2025-3" of survey "surveys/a.csv" is not a month; write the month the wave was fielded, YYYY-MM: 2025-03`},
		{"a date", "surveys:\n  - file: surveys/a.csv\n    wave: 2025-03-01\n  - file: surveys/b.csv\n    wave: 2027-03\n",
			`dsc.yaml:4:11: wave "2025-03-01" of survey "surveys/a.csv" is not a month; write the month the wave was fielded, YYYY-MM (2025-03): a wave is the month it was fielded, not a response's date`},
		{"a German date", "surveys:\n  - file: surveys/a.csv\n    wave: 14.03.2025\n  - file: surveys/b.csv\n    wave: 2027-03\n",
			`dsc.yaml:4:11: wave "14.03.2025" of survey "surveys/a.csv" is not a month; write the month the wave was fielded, YYYY-MM (2025-03): a wave is the month it was fielded, not a response's date`},
		{"one without", "surveys:\n  - file: surveys/a.csv\n  - file: surveys/b.csv\n    wave: 2027-03\n",
			`dsc.yaml:3:11: survey "surveys/a.csv" has no wave, but "surveys/b.csv" has (wave 2027-03 at line 5); give every survey its wave: YYYY-MM; the latest wave is the current one`},
		{"no waves", "surveys:\n  - file: surveys/a.csv\n", ""},
		// A wave column counts as a wave for the all-or-none rule.
		{"column", "surveys:\n  - file: surveys/a.csv\n    wave_column: wave\n  - file: surveys/b.csv\n    wave: 2027-03\n", ""},
		{"column and one without", "surveys:\n  - file: surveys/a.csv\n    wave_column: Wave\n  - file: surveys/b.csv\n",
			`dsc.yaml:5:11: survey "surveys/b.csv" has no wave, but "surveys/a.csv" has (wave_column "Wave" at line 4); give every survey its wave: YYYY-MM, or wave_column: naming the column that holds each respondent's; the latest wave is the current one`},
		{"both", "surveys:\n  - file: surveys/a.csv\n    wave: 2026-03\n    wave_column: wave\n",
			`dsc.yaml:5:18: survey "surveys/a.csv" has both wave: and wave_column:; keep wave: when the whole file is one wave, or wave_column: when a column of the export says each respondent's wave`},
		// Left empty (trial 4 H3): "" or no value at all.
		{"empty column", "surveys:\n  - file: surveys/a.csv\n    wave_column: \"\"\n",
			`dsc.yaml:4:18: wave_column of survey "surveys/a.csv" is blank; name the column that says each respondent's wave, by its header text or its letter, or remove wave_column`},
		{"no column value", "surveys:\n  - file: surveys/a.csv\n    wave_column:\n",
			`dsc.yaml:4:17: wave_column of survey "surveys/a.csv" is blank; name the column that says each respondent's wave, by its header text or its letter, or remove wave_column`},
		{"empty wave", "surveys:\n  - file: surveys/a.csv\n    wave: \"\"\n",
			`dsc.yaml:4:11: wave of survey "surveys/a.csv" is blank; name the wave by the month it was fielded, YYYY-MM, e.g. wave: 2026-03, or remove wave`},
		{"blank column", "surveys:\n  - file: surveys/a.csv\n    wave_column: \" \"\n",
			`dsc.yaml:4:18: wave_column of survey "surveys/a.csv" is blank; name the column that says each respondent's wave, by its header text or its letter, or remove wave_column`},
	} {
		got := loadProblems(t, surveyWS("", c.config, files))
		if c.want == "" && got != "" || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
	// One mistake, one message: a blank wave next to a survey with a wave
	// is not also "has no wave".
	for _, config := range []string{
		"surveys:\n  - file: surveys/a.csv\n    wave_column: \"\"\n  - file: surveys/b.csv\n    wave: 2027-03\n",
		"surveys:\n  - file: surveys/a.csv\n    wave: \"\"\n  - file: surveys/b.csv\n    wave: 2027-03\n",
	} {
		got := loadProblems(t, surveyWS("", config, files))
		if !strings.Contains(got, "is blank") || strings.Contains(got, "has no wave") {
			t.Errorf("%q:\n got %s\nwant only the blank wave's message", config, got)
		}
	}
}
