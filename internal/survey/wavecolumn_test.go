package survey

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/kano"
)

// One export, two waves in a wave column. Answers are like-first codes (1
// like ... 5 dislike); the standard table (Berger et al. 1993) gives:
//
//	wave 2025-03: R1 1,5 O  R2 1,3 A  R3 1,4 A  R4 2,5 M  R5 3,3 I   -> A 2 O 1 M 1 I 1 (5)
//	wave 2025-09: R6 1,5 O  R7 2,5 M  R8 3,5 M  R9 5,1 R  R10 1,1 Q
//	              R1 4,5 M (the panel member R1 again: fine in another wave)
//	                                                      -> O 1 M 3 R 1 Q 1 (6)
//
// 5 + 6 = 11 rows, 11 respondents: each counted in exactly one wave.
var waveRows = [][4]string{
	{"R1", "2025-03", "1", "5"}, {"R6", "2025-09", "1", "5"}, {"R2", "2025-03", "1", "3"}, {"R7", "2025-09", "2", "5"},
	{"R3", " 2025-03 ", "1", "4"}, {"R8", "2025-09", "3", "5"}, {"R4", "2025-03", "2", "5"}, {"R9", "2025-09", "5", "1"},
	{"R5", "2025-03", "3", "3"}, {"R10", "2025-09", "1", "1"}, {"R1", "2025-09", "4", "5"},
}

var wantWaveCounts = map[string]kano.Counts{
	"2025-03": {A: 2, O: 1, M: 1, I: 1},
	"2025-09": {O: 1, M: 3, R: 1, Q: 1},
}

func waveCSV(header string, line func(r [4]string) string) string {
	var b strings.Builder
	b.WriteString(header + "\n")
	for _, r := range waveRows {
		b.WriteString(line(r) + "\n")
	}
	return b.String()
}

func waveYAML() string {
	var b strings.Builder
	b.WriteString("respondents:\n")
	for _, r := range waveRows {
		b.WriteString("  - id: " + r[0] + "\n    attributes: {wave: \"" + r[1] + "\"}\n    answers:\n      chat: {functional: " + r[2] + ", dysfunctional: " + r[3] + "}\n")
	}
	return b.String()
}

var waveFiles = map[string]string{
	"wide.csv": waveCSV("respondent,wave,chat_functional,chat_dysfunctional", func(r [4]string) string {
		return r[0] + "," + r[1] + "," + r[2] + "," + r[3]
	}),
	// The long layout: a row per respondent and feature, the wave last.
	"long.csv": waveCSV("respondent,feature,functional,dysfunctional,wave", func(r [4]string) string {
		return r[0] + ",chat," + r[2] + "," + r[3] + "," + r[1]
	}),
	"answers.yaml": waveYAML(),
}

func waveSource(name, data, column string) Source {
	return Source{FS: fstest.MapFS{name: {Data: []byte(data)}}, Path: name, Display: name,
		WaveColumn: &WaveColumn{Name: column, File: "dsc.yaml", Line: 4, Col: 18}}
}

func TestWaveColumnSplitsRespondents(t *testing.T) {
	for name, data := range waveFiles {
		src := waveSource(name, data, "wave")
		waves, err := Waves(src, Config{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(waves) != 2 || waves[0] != (WaveCount{"2025-03", 5}) || waves[1] != (WaveCount{"2025-09", 6}) {
			t.Fatalf("%s: waves %+v", name, waves)
		}
		total := 0
		for _, w := range waves {
			part := src
			part.Wave = w.Wave
			s := kano.NewSurvey()
			st, err := Read(part, Config{IDs: NewIDRegistry()}, s)
			if err != nil {
				t.Fatalf("%s %s: %v", name, w.Wave, err)
			}
			total += st.Respondents
			a := s.Analyze(kano.Options{})
			if len(a.Features) != 1 || a.Features[0].Counts != wantWaveCounts[w.Wave] {
				t.Errorf("%s %s: %+v", name, w.Wave, a.Features)
			}
			if st.Wave != w.Wave || st.WaveColumn == "" {
				t.Errorf("%s: stats %+v", name, st)
			}
		}
		if total != len(waveRows) {
			t.Errorf("%s: %d respondents over the waves, the file has %d", name, total, len(waveRows))
		}
	}
}

// By letter or number, as a mapping names columns.
func TestWaveColumnByPosition(t *testing.T) {
	for _, ref := range []string{"B", "2", "Wave"} {
		waves, err := Waves(waveSource("wide.csv", waveFiles["wide.csv"], ref), Config{})
		if err != nil || len(waves) != 2 {
			t.Errorf("%s: %v %v", ref, waves, err)
		}
	}
}

// Each mistake is one message at its place; the waves of the good cells
// still come back, so the rest of the file is read.
func TestWaveColumnProblems(t *testing.T) {
	csv := "respondent,wave,chat_functional,chat_dysfunctional\n" +
		"R1,2025-03,1,5\n" + // line 2
		"R2,2025-3,1,3\n" + // line 3: not YYYY-MM
		"R3,,1,4\n" + // line 4: blank
		"R4,2025-3,2,5\n" + // line 5: the same bad value: counted with line 3
		"R5,2025-03-14,3,3\n" + // line 6: a date
		"R6,  ,3,3\n" // line 7: blank again
	for _, c := range []struct {
		name, file, data, column string
		want                     []string
		waves                    int
	}{
		{"cells", "wide.csv", csv, "wave", []string{
			`wide.csv:3:2: wave "2025-3" is not a month (column B "wave"), and 1 more cell with it; write the month the wave was fielded, YYYY-MM: 2025-03`,
			`wide.csv:4:2: no wave (column B "wave"): the respondent would be in no wave, and 1 more cell with it; write the month the respondent's wave was fielded, YYYY-MM (e.g. 2026-03), in every row`,
			`wide.csv:6:2: wave "2025-03-14" is not a month (column B "wave"); write the month the wave was fielded, YYYY-MM (2025-03): a wave is the month it was fielded, not a response's date, which would split a wave fielded across a month's end`,
		}, 1},
		{"long", "long.csv", "respondent,feature,functional,dysfunctional,wave\nR1,chat,1,5,2025-03\nR1,portal,1,5,2025-03\nR2,chat,1,3,03/2025\n", "wave", []string{
			`long.csv:4:5: wave "03/2025" is not a month (column E "wave"); write the month the wave was fielded, YYYY-MM: 2025-03`,
		}, 1},
		{"unknown column", "wide.csv", csv, "Welle", []string{
			`dsc.yaml:4:18: wave column "Welle" matches no column of wide.csv; name the column by its header text or its letter (dsc survey inspect lists every column)`,
		}, 0},
		// The time or e-mail column named as the wave column (trial 4 M2):
		// one message for the column, not one per row.
		{"timestamps", "wide.csv", "Timestamp,respondent,chat_functional,chat_dysfunctional\n2025/03/03 09:00:00,R1,1,5\n2025/03/04 10:30:00,R2,1,3\n2025/09/01 08:00:00,R3,1,3\n", "Timestamp", []string{
			`wide.csv:2:1: the wave column holds response times, not months (column A "Timestamp": "2025/03/03 09:00:00"), and 2 more cells with it; name the column that holds each respondent's wave, the month it was fielded (YYYY-MM), in wave_column:; write the month the wave was fielded, YYYY-MM, e.g. 2026-03`,
		}, 0},
		{"e-mails", "wide.csv", "respondent,mail,chat_functional,chat_dysfunctional\nR1,a@example.org,1,5\nR2,b@example.org,1,3\n", "mail", []string{
			`wide.csv:2:2: the wave column holds e-mail addresses, not months (column B "mail": "a@example.org"), and 1 more cell with it; name the column that holds each respondent's wave, the month it was fielded (YYYY-MM), in wave_column:; write the month the wave was fielded, YYYY-MM, e.g. 2026-03`,
		}, 0},
		// Two columns headed "Wave" (trial 4 H1): the first is not taken silently.
		{"two columns", "wide.csv", "respondent,Wave,Wave,chat_functional,chat_dysfunctional\nR1,2024-01,2025-03,1,5\nR2,2024-01,2025-09,1,3\n", "wave", []string{
			`dsc.yaml:4:18: wave column "wave" matches columns B and C of wide.csv; name it by its letter (wave_column: B or C)`,
		}, 0},
		{"answer column", "wide.csv", csv, "C", []string{
			`dsc.yaml:4:18: wave column "C" is column C "chat_functional" of wide.csv, which holds Kano answers; name the column that holds each respondent's wave (YYYY-MM)`,
		}, 0},
		{"yaml blank", "a.yaml", "respondents:\n  - id: R1\n    attributes: {wave: 2025-03}\n    answers: {chat: {functional: 1, dysfunctional: 5}}\n" +
			"  - id: R2\n    attributes: {segment: b2b}\n    answers: {chat: {functional: 1, dysfunctional: 5}}\n", "wave", []string{
			`a.yaml:5:5: no wave (respondent "R2"): the respondent would be in no wave; write the month the respondent's wave was fielded, YYYY-MM (e.g. 2026-03), in every row`,
		}, 1},
		{"yaml unknown attribute", "a.yaml", "respondents:\n  - id: R1\n    attributes: {wave: 2025-03}\n    answers: {chat: {functional: 1, dysfunctional: 5}}\n", "welle", []string{
			`dsc.yaml:4:18: wave column "welle" is an attribute of no respondent in a.yaml; give every respondent "attributes: {welle: YYYY-MM}"`,
		}, 0},
	} {
		waves, err := Waves(waveSource(c.file, c.data, c.column), Config{})
		var de *diag.Error
		if !errors.As(err, &de) {
			t.Fatalf("%s: %v", c.name, err)
		}
		var got []string
		for _, p := range de.Problems {
			got = append(got, p.String())
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s:\n got %s\nwant %s", c.name, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
		if len(waves) != c.waves {
			t.Errorf("%s: waves %+v", c.name, waves)
		}
	}
}

func TestWaveHint(t *testing.T) {
	for v, want := range map[string]string{
		"45717": "Excel keeps this cell as a date (2025-03-01): format the column as Text and type 2025-03",
		// 45717 days after 1899-12-30 is 2025-03-01; .0 and a time of day
		// (.430555 = 10:20) keep the date (trial 4 M2).
		"45717.0":            "Excel keeps this cell as a date (2025-03-01): format the column as Text and type 2025-03",
		"45717.430555555555": "Excel keeps this cell as a date (2025-03-01): format the column as Text and type 2025-03",
		"spring":             "write the month the wave was fielded, YYYY-MM, e.g. 2026-03",
		"Mar 2025":           "write the month the wave was fielded, YYYY-MM: 2025-03",
		"2025/3":             "write the month the wave was fielded, YYYY-MM: 2025-03",
		"2025-03-14 10:02":   "write the month the wave was fielded, YYYY-MM (2025-03): a wave is the month it was fielded, not a response's date, which would split a wave fielded across a month's end",
		// Local date layouts (trial 4 LOW 2): dots are day first (German
		// Excel); slashes are day first when the first number is over 12,
		// month first when the second is; 03/04/2025 is either and is not
		// guessed. 31.02.2025 is no date.
		"14.03.2025":     "write the month the wave was fielded, YYYY-MM (2025-03): a wave is the month it was fielded, not a response's date, which would split a wave fielded across a month's end",
		"1.9.2025":       "write the month the wave was fielded, YYYY-MM (2025-09): a wave is the month it was fielded, not a response's date, which would split a wave fielded across a month's end",
		"14/03/2025":     "write the month the wave was fielded, YYYY-MM (2025-03): a wave is the month it was fielded, not a response's date, which would split a wave fielded across a month's end",
		"3/14/2026 9:15": "write the month the wave was fielded, YYYY-MM (2026-03): a wave is the month it was fielded, not a response's date, which would split a wave fielded across a month's end",
		"03/04/2025":     "write the month the wave was fielded, YYYY-MM: 2025-04 if 03/04/2025 is day/month/year, 2025-03 if it is month/day/year (dsc does not guess which); a wave is the month it was fielded, not a response's date, which would split a wave fielded across a month's end",
		"4/4/2025":       "write the month the wave was fielded, YYYY-MM (2025-04): a wave is the month it was fielded, not a response's date, which would split a wave fielded across a month's end",
		"31.02.2025":     "write the month the wave was fielded, YYYY-MM, e.g. 2026-03",
		"Mar-25":         "write the month the wave was fielded, YYYY-MM: 2025-03",
		"03/2025":        "write the month the wave was fielded, YYYY-MM: 2025-03",
	} {
		if got := waveHint(v, true); got != want {
			t.Errorf("%s: %s", v, got)
		}
	}
}

// Inspect reads a file with a wave column wave by wave, as the analysis
// does: R1 in both waves is no duplicate, and the counts add up.
func TestInspectWaveColumn(t *testing.T) {
	in, err := Inspect(waveSource("wide.csv", waveFiles["wide.csv"], "wave"), Config{})
	if err != nil || len(in.Problems) != 0 {
		t.Fatalf("%v %+v", err, in.Problems)
	}
	// 11 respondents, two answers each: 22 answers. Code 1 is the
	// functional answer of R1 (2025-03), R2, R3, R6 and R10 (5) and the
	// dysfunctional answer of R9 and R10 (2): 7, over both waves.
	if in.Respondents != 11 || in.Stats.Answers != 22 || len(in.Waves) != 2 || in.WaveColumn != `B "wave"` || in.Columns[1].By == "" {
		t.Errorf("%+v", in)
	}
	for _, a := range in.Answers {
		if a.Value == "1" && a.Count != 7 {
			t.Errorf("code 1 counted %d times, want 7", a.Count)
		}
	}
}

// In a workbook, a typed "2025-03" that Excel turned into a date is a
// number (days since 1899-12-30: 45717 is 2025-03-01): the hint says so.
func TestWaveColumnWorkbook(t *testing.T) {
	data := xlsx(t, [][]any{
		{"respondent", "wave", "chat_functional", "chat_dysfunctional"},
		{"R1", "2025-03", 1, 5},
		{"R2", 45717, 1, 3},
		{"R3", "2025-09", 2, 5},
	}, "Sheet1")
	src := Source{FS: fstest.MapFS{"s.xlsx": {Data: data}}, Path: "s.xlsx", Display: "s.xlsx", WaveColumn: &WaveColumn{Name: "wave", File: "dsc.yaml", Line: 3, Col: 18}}
	waves, err := Waves(src, Config{})
	ps := problems(t, err)
	want := `s.xlsx:3:2: wave "45717" is not a month (cell B3, column "wave"); Excel keeps this cell as a date (2025-03-01): format the column as Text and type 2025-03`
	if len(ps) != 1 || ps[0] != want || len(waves) != 2 {
		t.Errorf("got %v, waves %v\nwant %s", ps, waves, want)
	}
}

// BenchmarkWaveColumn reads a 20,000-row export of two waves as the
// analysis does (the column's values, then one read per wave, on the plain
// row path), against one read of the same file without the column.
func BenchmarkWaveColumn(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("respondent,wave,a_functional,a_dysfunctional,b_functional,b_dysfunctional\n")
	for i := 0; i < 20000; i++ {
		w := "2025-03"
		if i%2 == 1 {
			w = "2025-09"
		}
		sb.WriteString("R" + strconv.Itoa(i) + "," + w + ",1,5,2,4\n")
	}
	data := []byte(sb.String())
	b.Run("one read", func(b *testing.B) {
		src := Source{FS: fstest.MapFS{"s.csv": {Data: data}}, Path: "s.csv", Display: "s.csv"}
		for i := 0; i < b.N; i++ {
			if _, err := Read(src, Config{}, kano.NewSurvey()); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("by wave column", func(b *testing.B) {
		src := waveSource("s.csv", string(data), "wave")
		for i := 0; i < b.N; i++ {
			waves, err := Waves(src, Config{})
			if err != nil {
				b.Fatal(err)
			}
			for _, w := range waves {
				part := src
				part.Wave = w.Wave
				if _, err := Read(part, Config{IDs: NewIDRegistry()}, kano.NewSurvey()); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// The same response in two waves (trial 4 H4): a row with the same time and
// answers pasted into a later wave is reported at its line, naming the
// first; a panel member answering again (another time) is fine, and so is
// the same row without a time (a panel member may give the same answers).
func TestSameResponseInTwoWaves(t *testing.T) {
	csv := "Timestamp,Wave,chat_functional,chat_dysfunctional\n" +
		"2025/03/03 10:00:00,2025-03,1,5\n" + // line 2
		"2025/03/04 11:00:00,2025-03,1,3\n" + // line 3
		"2025/09/02 09:00:00,2025-09,1,3\n" + // line 4: a new answer, other time
		"2025/03/03 10:00:00,2025-09,1,5\n" // line 5: line 2 again, labelled 2025-09
	srcs := []Source{}
	for _, w := range []string{"2025-03", "2025-09"} {
		s := waveSource("p.csv", csv, "Wave")
		s.Wave = w
		srcs = append(srcs, s)
	}
	_, err := ReadAll(srcs, Config{}, kano.NewSurvey(), nil)
	var de *diag.Error
	if !errors.As(err, &de) || len(de.Problems) != 1 || de.Problems[0].String() !=
		"p.csv:5:1: this response of wave 2025-09 is also in wave 2025-03 (p.csv:2): the same row, time and answers; a panel member may answer in each wave, but one response counts once: remove the copy, or correct its wave" {
		t.Fatalf("got %v", err)
	}
	noTime := strings.ReplaceAll(csv, "2025/03/03 10:00:00", "R1")
	noTime = strings.Replace(noTime, "Timestamp", "respondent", 1)
	noTime = strings.ReplaceAll(strings.ReplaceAll(noTime, "2025/03/04 11:00:00", "R2"), "2025/09/02 09:00:00", "R3")
	for i := range srcs {
		srcs[i] = waveSource("p.csv", noTime, "Wave")
		srcs[i].Wave = []string{"2025-03", "2025-09"}[i]
	}
	if st, err := ReadAll(srcs, Config{}, kano.NewSurvey(), nil); err != nil || st[0].Respondents != 2 || st[1].Respondents != 2 {
		t.Errorf("a panel without times: %v %+v", err, st)
	}
}
