package survey

import (
	"encoding/json"
	"errors"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/kano"
)

// routedFile: two waves in one export, respondent r1 in both (a panel
// member answers once per wave: no duplicate), r4's wave cell spaced.
const routedFile = `respondent,wave,segment,a_functional,a_dysfunctional,b_functional,b_dysfunctional
r1,2025-03,B2B,1,5,3,3
r2,2025-09,B2C,1,5,2,5
r1,2025-09,B2B,5,1,1,5
r3,2025-03,B2C,1,3,,
r4, 2025-09 ,B2B,1,5,1,5
`

// One read of a wave column's file gives each wave its respondents, counts
// and segments; worked by hand (codes 1 like, 2 expect, 3 neutral,
// 4 live with, 5 dislike; functional x dysfunctional):
//
//	2025-03: r1 a (1,5)=O b (3,3)=I; r3 a (1,3)=A, b blank.
//	         2 respondents, 4+2 = 6 answers, 2 blank; B2B 1, B2C 1.
//	2025-09: r2 a (1,5)=O b (2,5)=M; r1 a (5,1)=R b (1,5)=O;
//	         r4 a (1,5)=O b (1,5)=O. 3 respondents, 12 answers, 0 blank;
//	         B2B 2 (r1, r4), B2C 1.
func TestReadWavesRoutesRowsByWave(t *testing.T) {
	src := waveSource("w.csv", routedFile, "wave")
	before := routedReads.Load()
	read, ok := ReadWaves([]Source{src}, Config{SegmentBy: "segment", Responses: NewResponses()}, false, nil)
	if !ok || routedReads.Load() != before+1 {
		t.Fatalf("not read in one: ok %v", ok)
	}
	type want struct {
		wave                        string
		respondents, answers, blank int
		segments                    map[string]int
		a, b                        kano.Counts
	}
	wants := []want{
		{"2025-03", 2, 6, 2, map[string]int{"B2B": 1, "B2C": 1}, kano.Counts{O: 1, A: 1}, kano.Counts{I: 1}},
		{"2025-09", 3, 12, 0, map[string]int{"B2B": 2, "B2C": 1}, kano.Counts{O: 2, R: 1}, kano.Counts{M: 1, O: 2}},
	}
	if len(read) != len(wants) {
		t.Fatalf("%d waves, want %d", len(read), len(wants))
	}
	for i, w := range wants {
		got := read[i]
		st := got.Stats[0]
		if got.Wave != w.wave || st.Wave != w.wave || got.Sources[0].Wave != w.wave || st.WaveColumn != `B "wave"` {
			t.Errorf("wave %d: %q, stats %q (column %s), source %q; want %s", i, got.Wave, st.Wave, st.WaveColumn, got.Sources[0].Wave, w.wave)
		}
		if st.Respondents != w.respondents || st.Answers != w.answers || st.Blank != w.blank {
			t.Errorf("%s: %d respondents, %d answers, %d blank; want %d, %d, %d", w.wave, st.Respondents, st.Answers, st.Blank, w.respondents, w.answers, w.blank)
		}
		a := got.Survey.Analyze(kano.Options{})
		segs := map[string]int{}
		for _, s := range a.Segments {
			segs[s.Value] = s.Respondents
		}
		if a.Respondents != w.respondents || !sameCounts(segs, w.segments) {
			t.Errorf("%s: %d respondents in %v, want %d in %v", w.wave, a.Respondents, segs, w.respondents, w.segments)
		}
		for _, f := range a.Features {
			if c := map[string]kano.Counts{"a": w.a, "b": w.b}[f.ID]; f.Counts != c {
				t.Errorf("%s feature %s: %+v, want %+v", w.wave, f.ID, f.Counts, c)
			}
		}
	}
}

func sameCounts(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// perWave reads srcs as the analysis did before ReadWaves: each wave
// column's waves (Waves), then ReadAll per wave, in time order.
func perWave(t *testing.T, srcs []Source, cfg Config, latest bool) ([]WaveSurvey, error) {
	t.Helper()
	var probs diag.List
	var split []Source
	for _, s := range srcs {
		if s.WaveColumn == nil {
			split = append(split, s)
			continue
		}
		waves, err := Waves(s, cfg)
		var de *diag.Error
		if err != nil && !errors.As(err, &de) {
			t.Fatal(err)
		}
		if de != nil {
			probs.Append(de.Problems...)
		}
		for _, w := range waves {
			part := s
			part.Wave = w.Wave
			split = append(split, part)
		}
	}
	groups := map[string][]Source{}
	var labels []string
	for _, s := range split {
		if groups[s.Wave] == nil {
			labels = append(labels, s.Wave)
		}
		groups[s.Wave] = append(groups[s.Wave], s)
	}
	sort.Strings(labels)
	if latest {
		labels = labels[len(labels)-1:]
	}
	var out []WaveSurvey
	for _, l := range labels {
		s := kano.NewSurvey()
		stats, err := ReadAll(groups[l], cfg, s, nil)
		var de *diag.Error
		if err != nil && !errors.As(err, &de) {
			t.Fatal(err)
		}
		if de != nil {
			probs.Append(de.Problems...)
		}
		out = append(out, WaveSurvey{Wave: l, Sources: groups[l], Stats: stats, Survey: s})
	}
	return out, probs.Err()
}

// wavesJSON is what the analysis takes from waves read: each wave's
// sources, stats and analysis.
func wavesJSON(read []WaveSurvey) string {
	type wave struct {
		Wave     string
		Sources  []string
		Stats    []Stats
		Analysis kano.Analysis
	}
	var out []wave
	for _, w := range read {
		var srcs []string
		for _, s := range w.Sources {
			srcs = append(srcs, s.Display+"@"+s.Wave)
		}
		out = append(out, wave{w.Wave, srcs, w.Stats, w.Survey.Analyze(kano.Options{})})
	}
	b, _ := json.Marshal(out)
	return string(b)
}

// The routed read gives what the per-wave reads give, or gives way to
// them: a problem anywhere (the per-wave reads word it), two files the
// per-wave reads compare.
func TestReadWavesSameAsPerWave(t *testing.T) {
	pasted := waveExport(120)                                          // row 7 pasted into 2025-03 at the end
	base := pasted[:strings.LastIndex(pasted[:len(pasted)-1], "\n")+1] // without it
	noTime := strings.NewReplacer("Start Date", "Started", "2025/03/", "day ").Replace(base)
	plain := func(n int, prefix string) string {
		var b strings.Builder
		b.WriteString("respondent,segment,a_functional,a_dysfunctional,a_importance,b_functional,b_dysfunctional\n")
		for i := 0; i < n; i++ {
			b.WriteString(prefix + string(rune('a'+i%26)) + strings.Repeat("x", i/26) + ",B2B,1,5,3,2,5\n")
		}
		return b.String()
	}
	fsys := fstest.MapFS{
		"w.csv":      {Data: []byte(noTime)},
		"t.csv":      {Data: []byte(base)},
		"pasted.csv": {Data: []byte(pasted)},
		"p.csv":      {Data: []byte(plain(30, "P"))},
		"q.csv":      {Data: []byte(plain(20, "Q"))},
		"r.csv":      {Data: []byte(plain(20, "R"))},                                // q.csv's size
		"dup.csv":    {Data: []byte(plain(3, "P") + "R7,B2B,1,5,3,2,5\n")},          // R7 is in w.csv's 2025-09 (odd rows)
		"ids.csv":    {Data: []byte(strings.Replace(noTime, "\nR9,", "\nR7,", 1))},  // R7 twice in 2025-09
		"xwave.csv":  {Data: []byte(strings.Replace(noTime, "\nR8,", "\nR7,", 1))},  // R7 in both waves
		"blank.csv":  {Data: []byte(strings.Replace(noTime, ",2025-03,", ",,", 1))}, // a row in no wave
		"long.csv":   {Data: []byte(waveFiles["long.csv"])},
		"y.yaml":     {Data: []byte(waveFiles["answers.yaml"])},
	}
	yes := true
	col := &WaveColumn{Name: "wave", File: "dsc.yaml", Line: 4, Col: 18}
	src := func(name, wave string, column bool) Source {
		s := Source{FS: fsys, Path: name, Display: name, Wave: wave}
		if column {
			s.WaveColumn = col
		}
		return s
	}
	cases := []struct {
		name   string
		srcs   []Source
		routed bool
		// latest: routed when only the latest wave is read, without the
		// check across waves, if not as routed.
		latest *bool
	}{
		{"wave column", []Source{src("w.csv", "", true)}, true, nil},
		{"times", []Source{src("t.csv", "", true)}, true, nil},
		{"a response in two waves", []Source{src("pasted.csv", "", true)}, false, &yes},
		{"files of its waves and others", []Source{src("p.csv", "2025-09", false), src("w.csv", "", true), src("q.csv", "2026-03", false)}, true, nil},
		{"a file without a wave", []Source{src("w.csv", "", true), src("p.csv", "", false)}, true, nil},
		{"two files of one size", []Source{src("w.csv", "", true), src("q.csv", "2025-03", false), src("r.csv", "2026-03", false)}, false, nil},
		{"listed twice", []Source{src("w.csv", "", true), src("w.csv", "", true)}, false, nil},
		{"an id in a file of the same wave", []Source{src("w.csv", "", true), src("dup.csv", "2025-09", false)}, false, nil},
		{"an id in a file of another wave", []Source{src("w.csv", "", true), src("dup.csv", "2025-03", false)}, true, nil},
		{"an id twice in a wave", []Source{src("ids.csv", "", true)}, false, nil},
		{"an id in two waves", []Source{src("xwave.csv", "", true)}, true, nil},
		{"a blank wave", []Source{src("blank.csv", "", true)}, false, nil},
		{"long layout", []Source{src("long.csv", "", true)}, false, nil},
		{"yaml", []Source{src("y.yaml", "", true)}, false, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, latest := range []bool{false, true} {
				routed := c.routed
				if latest && c.latest != nil {
					routed = *c.latest
				}
				cfg := Config{SegmentBy: "segment"}
				if !latest {
					cfg.Responses = NewResponses()
				}
				before := routedReads.Load()
				read, ok := ReadWaves(c.srcs, cfg, latest, nil)
				if ok != (routedReads.Load() > before) || ok != routed {
					t.Fatalf("latest %v: routed %v, want %v", latest, ok, routed)
				}
				// On three cores (chunks of a few rows each), the same.
				if !latest {
					cfg.Responses = NewResponses()
				}
				chunks := parallelReads.Load()
				onAll, okAll := readWavesOnAll(c.srcs, cfg, latest)
				if okAll != ok || ok && wavesJSON(onAll) != wavesJSON(read) {
					t.Errorf("latest %v: on all cores routed %v\n%s\none core routed %v\n%s", latest, okAll, wavesJSON(onAll), ok, wavesJSON(read))
				}
				if ran := parallelReads.Load() > chunks; ok && !ran {
					t.Errorf("latest %v: read in parallel %v", latest, ran)
				}
				if !latest {
					cfg.Responses = NewResponses()
				}
				want, err := perWave(t, c.srcs, cfg, latest)
				if ok && err != nil {
					t.Fatalf("routed, but the per-wave reads found: %v", err)
				}
				if ok {
					if got, want := wavesJSON(read), wavesJSON(want); got != want {
						t.Errorf("latest %v: routed\n%s\nper wave\n%s", latest, got, want)
					}
				}
			}
		})
	}
}

// readWavesOnAll is ReadWaves with every file read on three cores.
func readWavesOnAll(srcs []Source, cfg Config, latest bool) ([]WaveSurvey, bool) {
	defer func(m int64, c func() int) { minParallel, cores = m, c }(minParallel, cores)
	minParallel, cores = 0, func() int { return 3 }
	return ReadWaves(srcs, cfg, latest, nil)
}
