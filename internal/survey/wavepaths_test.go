package survey

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/kano"
)

// readWavesAll reads data as the analysis reads a survey of several waves,
// two ways, and returns the outcome as JSON (waves, stats, analyses and
// problems of every read):
//   - as an export with a wave column named "wave": the column's waves
//     (Waves), then one read per wave, with a respondent check per wave and
//     one record of responses across them;
//   - as two files of two waves (data, and data with a line added, so
//     that their contents differ), read by ReadAll, which compares the
//     responses across the waves.
func readWavesAll(t *testing.T, data []byte, cfg Config) string {
	t.Helper()
	type read struct {
		Stats    Stats
		Analysis kano.Analysis
	}
	var out struct {
		Waves   []WaveCount
		Reads   []read
		Errs    []*diag.Error
		Files   []Stats
		Merged  kano.Analysis
		FileErr *diag.Error
	}
	problems := func(err error) *diag.Error {
		var de *diag.Error
		if err != nil && !errors.As(err, &de) {
			t.Fatal(err)
		}
		return de
	}
	src := waveExportSource(data)
	waves, err := Waves(src, cfg)
	out.Waves = waves
	out.Errs = append(out.Errs, problems(err))
	c := cfg
	c.Responses = NewResponses()
	for _, w := range waves {
		part := src
		part.Wave = w.Wave
		c.IDs = NewIDRegistry()
		s := kano.NewSurvey()
		st, err := Read(part, c, s)
		out.Reads = append(out.Reads, read{st, s.Analyze(kano.Options{})})
		out.Errs = append(out.Errs, problems(err))
	}
	fsys := fstest.MapFS{"a.csv": {Data: data}, "b.csv": {Data: append(append([]byte{}, data...), '\n')}}
	s := kano.NewSurvey()
	stats, err := ReadAll([]Source{
		{FS: fsys, Path: "a.csv", Display: "a.csv", Wave: "2025-03"},
		{FS: fsys, Path: "b.csv", Display: "b.csv", Wave: "2025-09"},
	}, cfg, s, nil)
	out.Files, out.Merged, out.FileErr = stats, s.Analyze(kano.Options{}), problems(err)
	b, _ := json.Marshal(out)
	return string(b)
}

// dropColumn removes column i of every line of a CSV without quotes.
func dropColumn(csv string, i int) string {
	lines := strings.SplitAfter(csv, "\n")
	for k, l := range lines {
		if cells := strings.Split(l, ","); len(cells) > i {
			lines[k] = strings.Join(slices.Delete(cells, i, i+1), ",")
		}
	}
	return strings.Join(lines, "")
}

// waveExportSource is data as an export with the wave column "wave".
func waveExportSource(data []byte) Source {
	return Source{FS: fstest.MapFS{"s.csv": {Data: data}}, Path: "s.csv", Display: "s.csv",
		WaveColumn: &WaveColumn{Name: "wave", File: "dsc.yaml", Line: 4, Col: 18}}
}

// wavePaths are the reads readWavesOn compares with the one on one core.
type wavePaths uint8

const (
	pathParallel wavePaths = 1 << iota // the read in parallel
	pathFull                           // the read without the fast paths
)

// readWavesEach reads data as readWavesAll does in parallel, on one core,
// and on one core without the fast paths, and fails unless all three give
// the same; it returns the outcome.
func readWavesEach(t *testing.T, data []byte, cfg Config) string {
	t.Helper()
	return readWavesOn(t, data, cfg, pathParallel|pathFull)
}

// readWavesOn reads data as readWavesAll does on one core and on the
// paths asked for, and fails unless they give the same; it returns the
// outcome.
func readWavesOn(t *testing.T, data []byte, cfg Config, paths wavePaths) string {
	t.Helper()
	var parallel string
	if paths&pathParallel != 0 {
		parallel = readWavesAll(t, data, cfg)
	}
	defer func(m int64) { minParallel = m }(minParallel)
	minParallel = 1 << 62
	single := readWavesAll(t, data, cfg)
	if paths&pathParallel != 0 && parallel != single {
		t.Errorf("parallel:\n%s\none core:\n%s", parallel, single)
	}
	if paths&pathFull != 0 {
		fastRows, batchIDs = false, false
		defer func() { fastRows, batchIDs = true, true }()
		if slow := readWavesAll(t, data, cfg); single != slow {
			t.Errorf("fast path:\n%s\nfull path:\n%s", single, slow)
		}
	}
	return single
}

// waveExport is an export of n respondents in two waves (wave column
// "wave"), with a response time and a segment, and the same response
// (row 7's time, id and answers, line 8) pasted into the other wave at the
// end: the wave read first (2025-03) holds the copy, so the other reports
// the response at line 8.
func waveExport(n int) string {
	var b strings.Builder
	b.WriteString("respondent,Start Date,wave,segment,a_functional,a_dysfunctional,a_importance,b_functional,b_dysfunctional\n")
	row := func(i int, wave string) {
		fmt.Fprintf(&b, "R%d,2025/03/%02d %d:%02d:00,%s,%s,%d,%d,%d,%d,%d\n", i, 1+i%28, i%24, i%60, wave,
			[]string{"B2B", "B2C", "B2C"}[i%3], 1+i%5, 1+i*3%5, 1+i%9, 1+i*7%5, 1+i*2%5)
	}
	for i := 1; i <= n; i++ {
		row(i, []string{"2025-03", "2025-09"}[i%2])
	}
	row(7, "2025-03")
	return b.String()
}

// Wave-column exports and reads of several waves take the fast paths (the
// wave's rows kept by the line walk, responses compared across waves from
// the cells' bytes) with the same waves, counts and messages as the full
// path.
func TestWavePathsSameAsFullPath(t *testing.T) {
	base := waveExport(400)
	lines := strings.SplitAfter(base, "\n")
	withLine := func(i int, l string) string {
		out := append([]string{}, lines...)
		out[i] = l
		return strings.Join(out, "")
	}
	noTime := strings.NewReplacer("Start Date", "Started", "2025/03/", "day ").Replace(base)
	cases := map[string]string{
		"times":           base,
		"no times":        noTime,
		"times as a note": strings.ReplaceAll(base, "Start Date,", "Note,"),
		"crlf":            strings.ReplaceAll(base, "\n", "\r\n"),
		"quoted":          strings.ReplaceAll(base, ",2025-09,", ",\"2025-09\","),
		"spaced wave":     withLine(50, strings.Replace(lines[50], ",2025-", ", 2025-", 1)),
		"bad wave":        withLine(60, strings.Replace(lines[60], ",2025-", ",2025/", 1)),
		"blank wave":      withLine(70, strings.Replace(lines[70], ",2025-03,", ",,", 1)),
		"bad cell":        withLine(80, strings.Replace(lines[80], ",B2", ",B2,7", 1)),
		"id twice":        withLine(90, strings.Replace(lines[90], "R89,", "R87,", 1)),
		"unknown label":   strings.ReplaceAll(base, ",4,", ",maybe,"),
		"attribute time":  strings.Replace(strings.ReplaceAll(base, "B2B", "2025-03-04 10:00"), "Start Date", "Started", 1),
		"third wave":      withLine(100, strings.Replace(lines[100], ",2025-", ",2026-", 1)),
		// Without the column of times, which is new in every row (a
		// column watched for Kano answers: its every cell takes the full
		// path), the fast paths count the rows.
		"no time column": dropColumn(base, 1),
	}
	// Without a time to compare across waves, the reads are parallel;
	// with one, the chunks give way to one core (the responses must be
	// recorded in file order).
	parallel := map[string]bool{"no times": true, "times as a note": false, "crlf": false, "times": false}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			before, fast := parallelReads.Load(), fastWideRows.Load()
			readWavesEach(t, []byte(data), Config{SegmentBy: "segment"})
			// The fast paths must have counted rows, or the comparison
			// proves little. Where every row has a new time, nearly all
			// take the full path (a handful are counted); without that
			// column, two of the three reads take the fast paths, each
			// reading the 401 data rows four times (the two waves, the
			// two files of ReadAll), 351 of them past the 50 rows looked
			// at for the header: 2 x 4 x 351 = 2,808 rows, nearly all
			// counted there.
			n := fastWideRows.Load() - fast
			if n == 0 || name == "no time column" && n < 2808*9/10 {
				t.Errorf("the fast paths counted %d rows", n)
			}
			want, ok := parallel[name]
			if ran := parallelReads.Load() > before; ok && ran != want {
				t.Errorf("read in parallel: %v, want %v", ran, want)
			}
		})
	}
	if got := readWavesEach(t, []byte(base), Config{SegmentBy: "segment"}); !strings.Contains(got, `"line":8,"col":1,"message":"this response of wave 2025-09 is also in wave 2025-03 (s.csv:402): the same row, time and answers"`) {
		t.Errorf("the pasted response is not reported: %s", got[strings.Index(got, `"Errs"`):])
	}
}

// FuzzWavePaths: on any input, a wave column's waves read as the analysis
// reads them come out the same on the plain path (one core, no fast
// path), on the fast paths (parallel on chunks of a few rows) and in one
// routed read (ReadWaves; when it gives way, the plain path must have
// found a problem). Each exec reads a small input three ways, the routed
// read on one core or on two by the input's length, so that fuzzing
// explores rather than re-reads (TestWavePathsSameAsFullPath compares
// the reads of two files too). Inputs of at most 2 KB with at most three
// waves (each wave is a read of the whole input on the per-wave paths).
// go test ./internal/survey -run XXX -fuzz FuzzWavePaths -fuzztime 1m
func FuzzWavePaths(f *testing.F) {
	f.Add([]byte(waveExport(6)))
	f.Add([]byte(waveFiles["wide.csv"]))
	f.Add([]byte(routedFile))
	f.Add([]byte("Timestamp,wave,segment,a_functional,a_dysfunctional\n2025/03/03 10:00:00,2025-03,B2B,1,5\n2025/03/03 10:00:00,2025-09,B2B,1,5\n3/3/2025 10:00,2025-09, B2B,1,5\n,2025-03,\"x\",I like it,\n"))
	f.Add([]byte("respondent,wave,segment,seen,a_functional,a_dysfunctional\nr1,2025-03,B2B,45717.5,1,5\nr2, 2025-09 ,B2C,Mar 4 2025 9:00,2,5\nr3,2025-9,B2B,x,3,3\nr4,{,,,,\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg := Config{SegmentBy: "segment"}
		src := waveExportSource(data)
		if len(data) > 2<<10 {
			return // small inputs: many execs, quick minimising
		}
		if waves, _ := Waves(src, cfg); len(waves) > 3 {
			return // each wave is a read of the whole input on the per-wave paths
		}
		srcs := []Source{src}
		outcome := func(read []WaveSurvey, err error) string {
			b, _ := json.Marshal(err)
			return wavesJSON(read) + "\n" + string(b)
		}
		defer func(m int64, c func() int) { minParallel, cores, fastRows, batchIDs = m, c, true, true }(minParallel, cores)
		fastRows, batchIDs, minParallel = false, false, 1<<62
		c := cfg
		c.Responses = NewResponses()
		plainWaves, plainErr := perWave(t, srcs, c, false)
		plain := outcome(plainWaves, plainErr)
		fastRows, batchIDs, minParallel, cores = true, true, 0, func() int { return 2 }
		c.Responses = NewResponses()
		if fast := outcome(perWave(t, srcs, c, false)); fast != plain {
			t.Errorf("fast paths, parallel:\n%s\nplain path:\n%s", fast, plain)
		}
		if len(data)%2 == 0 {
			cores = func() int { return 1 }
		}
		c.Responses = NewResponses()
		read, ok := ReadWaves(srcs, c, false, nil)
		switch {
		case ok && plainErr != nil:
			t.Errorf("routed, but the plain path found: %v", plainErr)
		case ok && wavesJSON(read) != wavesJSON(plainWaves):
			t.Errorf("routed:\n%s\nplain path:\n%s", wavesJSON(read), wavesJSON(plainWaves))
		}
	})
}
