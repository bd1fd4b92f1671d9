package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/numfmt"
	"github.com/dsc-workbench/dsc/internal/tableprinter"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/kano"
)

// kanoWavesRun is `dsc kano --by-wave`: each feature's category per survey
// wave, the move between waves with its significance, and the features
// moving down the Kano life cycle.
func kanoWavesRun(opts *KanoOptions) error {
	if opts.Standalone || len(opts.Surveys) > 0 {
		return cmdutil.FlagErrorf("--by-wave reads the workspace's surveys with their waves (dsc.yaml); --survey files have none")
	}
	ws, err := opts.Workspace()
	if err != nil {
		return err
	}
	set, err := ws.Settings.With(opts.Settings)
	if err != nil {
		return &cmdutil.FlagError{Err: err}
	}
	res, err := analysis.RunKanoWaves(ws, set, analysis.KanoOptions{Progress: func(file string) { opts.IO.StartProgress("Reading " + file) }})
	opts.IO.StopProgress()
	if err != nil {
		return err
	}
	return cmdutil.Output{Data: res, Table: func() *tableprinter.Table { return waveTable(opts.IO, res) },
		View: func() error { return printWaves(opts.IO, res) }}.Write(opts.IO, opts.Format)
}

// waveColumnSurvey stops --survey FILE when dsc.yaml gives that file a
// wave_column: --survey reads a file as one wave, which would pool the
// waves silently (or report every panel member as a duplicate).
func waveColumnSurvey(ws *workspace.Workspace, file string) error {
	wc := listedWaveColumn(ws, file)
	if wc == nil {
		return nil
	}
	return cmdutil.FlagErrorf("%s has waves in dsc.yaml (wave_column: %s at line %d); --survey reads a file as one wave, which would pool them: "+
		"run dsc kano without --survey (the latest wave) or dsc kano --by-wave (every wave)", file, wc.Name, wc.Line)
}

// waveTable has one row per feature and step between waves (piped and csv).
func waveTable(io *iostreams.IOStreams, res *analysis.KanoWaves) *tableprinter.Table {
	var cols []tableprinter.Column
	for _, h := range []string{"id", "name", "element", "from_wave", "to_wave", "from_category", "to_category", "from_n", "to_n",
		"move", "chi_square", "df", "p", "significant", "better_change", "worse_change", "low_n", "down_overall", "from_mixed", "to_mixed"} {
		cols = append(cols, tableprinter.Text(h))
	}
	t := tableprinter.New(io, cols...)
	g := func(x float64) string { return numfmt.Fixed(x, 6) }
	for _, f := range res.Features {
		// row sets wave a against wave b: the test's six cells, or none
		row := func(a, b kano.WaveResult, move kano.Move, lowN bool, test ...string) {
			if test == nil {
				test = make([]string, 6)
			}
			cells := []string{f.ID, f.Name, f.Element, a.Wave, b.Wave, string(a.Category), string(b.Category), strconv.Itoa(a.N), strconv.Itoa(b.N), string(move)}
			cells = append(cells, test...)
			t.AddRow(append(cells, strconv.FormatBool(lowN), strconv.FormatBool(f.Down()), string(a.Mixed), string(b.Mixed))...)
		}
		wave := map[string]kano.WaveResult{}
		for _, w := range f.Waves {
			wave[w.Wave] = w
		}
		for _, s := range f.Steps {
			row(wave[s.From], wave[s.To], s.Move, s.LowN, g(s.Test.ChiSquare), strconv.Itoa(s.Test.DF), g(s.Test.P), strconv.FormatBool(s.Test.Significant),
				g(s.Better), g(s.Worse))
		}
		if len(f.Steps) == 0 && len(f.Waves) > 0 {
			// Asked in one wave only (move new or none): the first wave
			// against the last, one of them without answers, and no test.
			a, b := f.Waves[0], f.Waves[len(f.Waves)-1]
			row(a, b, f.Move, a.LowN || b.LowN)
		}
	}
	return t
}

// printWaves is the terminal view: the waves, each feature's category per
// wave with the last move, then the features moving down the life cycle.
func printWaves(io *iostreams.IOStreams, res *analysis.KanoWaves) error {
	cs := io.ColorScheme()
	out := io.Out
	var ws []string
	for _, w := range res.Waves {
		ws = append(ws, fmt.Sprintf("%s (%s)", w.Wave, numfmt.Count(w.Respondents, "respondent", "respondents")))
	}
	fmt.Fprintln(out, io.Fit(cs.Bold("Kano by survey wave: ")+strings.Join(ws, ", ")))
	fmt.Fprintln(out)
	cols := []tableprinter.Column{tableprinter.Text("feature")}
	for _, w := range res.Waves {
		cols = append(cols, tableprinter.Fixed(w.Wave))
	}
	cols = append(cols, tableprinter.Fixed("move"), tableprinter.Fixed("p"), tableprinter.Number("n").Optional(1))
	t := tableprinter.New(io, cols...)
	for _, f := range res.Features {
		row := []string{f.Name}
		var ns []string
		for _, w := range f.Waves {
			row = append(row, waveCell(w))
			ns = append(ns, strconv.Itoa(w.N))
		}
		// The move and its test both set the first wave against the last.
		move, p := moveWords[f.Move], pWords(f.Test)
		if f.Unclear() {
			move += " (mixed)" // from or to a mixed result: not a clean move
		}
		if f.Down() {
			move = cs.Yellow(move)
		}
		row = append(row, move, p, strings.Join(ns, "/"))
		t.AddRow(row...)
	}
	if err := t.Render(); err != nil {
		return err
	}
	fmt.Fprintln(out)
	fmt.Fprintln(out, cs.Bold(fmt.Sprintf("CATEGORY CHANGES: %d between waves (%d significant)", res.Moved, res.MovedSignificant)))
	fmt.Fprintln(out, cs.Bold(fmt.Sprintf("LIFE CYCLE: %d moving down (%d significant)", res.Down, res.Significant)))
	if res.Down == 0 {
		fmt.Fprintln(out, cs.Gray("No feature moved down the life cycle (indifferent > attractive > one-dimensional > must-be)."))
		return nil
	}
	lt := tableprinter.New(io, tableprinter.Text("feature"), tableprinter.Fixed("from"), tableprinter.Fixed("to"), tableprinter.Text("test"))
	for _, f := range res.Features {
		if !f.Down() {
			continue
		}
		first, last := f.First, f.Last
		lt.AddRow(f.Name, first.Wave+" "+lifeCategory(first), last.Wave+" "+lifeCategory(last), testWords(f.Test))
	}
	if err := lt.Render(); err != nil {
		return err
	}
	fmt.Fprintln(out, io.Fit(cs.Gray("Down the Kano life cycle: indifferent > attractive > one-dimensional > must-be (Kano 2001). "+
		"move and p: the first wave against the last (chi-square test of their category counts), sig: p < 0.05; "+
		"a change of category: the category or the mixed pair differs (I/O -> I: settled); "+
		"n: answers per wave; * fewer than min_n.")))
	return nil
}

// waveCell is a wave's category ("M", "A/O"), marked * below min_n, or
// "-" when the wave did not ask about the feature.
func waveCell(w kano.WaveResult) string {
	if w.N == 0 {
		return "-"
	}
	c := string(w.Category)
	if w.Mixed != "" {
		c = string(w.Mixed)
	}
	if w.LowN {
		c += "*"
	}
	return c
}

// lifeCategory is a wave's category in words, or "mixed A/I" when its two
// most frequent categories are not significantly apart: a move from a
// mixed result must not read as a clean change of category.
func lifeCategory(w kano.WaveResult) string {
	if w.Mixed != "" {
		return "mixed " + string(w.Mixed)
	}
	return string(w.Category)
}

// pWords is the test's p, with "sig" when significant.
func pWords(t kano.DistributionTest) string {
	if t.DF == 0 {
		return "-"
	}
	p := numfmt.Fixed(t.P, 3)
	if t.P < 0.001 {
		p = "<0.001"
	}
	if t.Significant {
		p += " sig"
	}
	return p
}

// moveWords names each move in the terminal view: "new" is first asked (or
// answered) in a later wave, "-" no move to show (fewer than two waves);
// settled and "now mixed" are changes of the mix alone (kano.MoveBetween).
var moveWords = map[kano.Move]string{kano.MoveSame: "same", kano.MoveDown: "down", kano.MoveUp: "up", kano.MoveOff: "off cycle",
	kano.MoveNew: "new", kano.MoveNone: "-", kano.MoveSettled: "settled", kano.MoveUnsettled: "now mixed"}

func testWords(t kano.DistributionTest) string {
	if t.DF == 0 {
		return "no test"
	}
	sig := "n.s."
	if t.Significant {
		sig = "significant"
	}
	p := numfmt.Fixed(t.P, 3)
	if t.P < 0.001 {
		p = "<0.001"
	}
	return fmt.Sprintf("chi² %s df %d p %s %s", numfmt.Fixed(t.ChiSquare, 1), t.DF, p, sig)
}
