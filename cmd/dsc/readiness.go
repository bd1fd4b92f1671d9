package main

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/numfmt"
	"github.com/dsc-workbench/dsc/internal/tableprinter"
	"github.com/dsc-workbench/dsc/internal/termtext"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/readiness"
)

// ReadinessOptions holds what `dsc readiness` needs.
type ReadinessOptions struct {
	IO        *iostreams.IOStreams
	Workspace func() (*workspace.Workspace, error)
	Questions bool
	Format    string
	// Compare is the earlier assessment to set the current one against:
	// "previous" for the one before it.
	Compare string
}

// NewCmdReadiness builds `dsc readiness`.
func NewCmdReadiness(f *cmdutil.Factory, runF func(*ReadinessOptions) error) *cobra.Command {
	opts := &ReadinessOptions{IO: f.IOStreams, Workspace: f.Workspace}
	cmd := &cobra.Command{
		Use:   "readiness",
		Short: "Score the e-commerce readiness assessment: dimensions, gaps, disagreement and the readiness index",
		Long: `Aggregate every rater's ratings of readiness.yaml (and ratings/): per question the
mean, median, min, max and standard deviation; per dimension the weighted score,
each rater's own score, the gap to the target and the gap weighted by importance,
ranked; questions where raters are the threshold or more levels apart; ratings
that are missing (never counted as zero); and the overall readiness index.
Formulas: docs/readiness.md.

Ratings may carry "assessment: YYYY-MM" to re-assess as the transformation
runs; the latest assessment is current everywhere. --compare sets it against
an earlier one: per dimension now against then and the share of the gap to the
target closed, the index, and the raters whose ratings moved most.`,
		Example: `  dsc readiness --example intralogistics
  dsc readiness --example automotive-aftermarket --questions
  dsc readiness --example intralogistics --compare
  dsc readiness --workspace acme --compare=2027-01 --format json`,
		Args: func(cmd *cobra.Command, args []string) error {
			// --compare takes its month only after "=": "--compare 2027-01"
			// leaves the month as an argument, which cobra would call an
			// unknown command.
			if len(args) == 1 && opts.Compare == "previous" && cmd.Flags().Changed("compare") {
				return cmdutil.FlagErrorf("give the month to compare with after an equals sign: --compare=%s", args[0])
			}
			return cobra.NoArgs(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := cmdutil.ValidateFormat(opts.Format, cmdutil.TableFormats...); err != nil {
				return err
			}
			if opts.Compare != "" && opts.Questions {
				return cmdutil.FlagErrorf("--compare and --questions cannot be combined")
			}
			if runF != nil {
				return runF(opts)
			}
			if opts.Compare != "" {
				return readinessCompareRun(opts)
			}
			return readinessRun(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.Questions, "questions", false, "also list every question with its ratings (piped and csv: the questions instead of the dimensions)")
	cmd.Flags().StringVar(&opts.Format, "format", "table", "output format: table, json or csv")
	cmd.Flags().StringVar(&opts.Compare, "compare", "", "set the current assessment against an earlier one: --compare (the one before) or --compare=YYYY-MM")
	cmd.Flags().Lookup("compare").NoOptDefVal = "previous"
	return cmd
}

func readinessRun(opts *ReadinessOptions) error {
	ws, err := opts.Workspace()
	if err != nil {
		return err
	}
	res, err := analysis.RunReadiness(ws, ws.Settings)
	if err != nil {
		return err
	}
	main := func() *tableprinter.Table { return dimensionTable(opts.IO, res) }
	if opts.Questions {
		main = func() *tableprinter.Table { return questionTable(opts.IO, res) }
	}
	return cmdutil.Output{Data: res, Table: main, View: func() error { return printReadiness(opts.IO, res, opts.Questions) }}.Write(opts.IO, opts.Format)
}

// notRated stands in for the score of a dimension or question nobody rated.
const notRated = "not rated"

// optF2 formats a score that may be missing; missing is "" in data output.
func optF2(x *float64, missing string) string {
	if x == nil {
		return missing
	}
	return f2(*x)
}

func optInt(x *int, missing string) string {
	if x == nil {
		return missing
	}
	return strconv.Itoa(*x)
}

// dimensionTable is the main table of `dsc readiness` (piped and csv):
// every dimension in questionnaire order with every rater's score. A
// dimension nobody rated has an empty rank, current, gap and weighted gap.
func dimensionTable(io *iostreams.IOStreams, r *readiness.Result) *tableprinter.Table {
	cols := []tableprinter.Column{tableprinter.Number("rank"), tableprinter.Fixed("id"), tableprinter.Text("dimension"), tableprinter.Number("importance"),
		tableprinter.Number("current"), tableprinter.Number("target"), tableprinter.Number("gap"), tableprinter.Number("weighted_gap"),
		tableprinter.Number("questions_rated"), tableprinter.Number("questions"), tableprinter.Number("disagreements"), tableprinter.Number("missing")}
	t := tableprinter.New(io, append(cols, raterColumns(r)...)...)
	for _, d := range byRank(r) {
		rank := ""
		if d.IsRated() {
			rank = strconv.Itoa(d.Rank)
		}
		row := []string{rank, d.ID, d.Name, fmtNum(d.Importance), optF2(d.Current, ""), f2(d.Target), optF2(d.Gap, ""), optF2(d.WeightedGap, ""),
			strconv.Itoa(d.Rated), strconv.Itoa(d.Questions), strconv.Itoa(d.Disagreements), strconv.Itoa(d.Missing)}
		for _, rt := range r.Raters {
			if s, ok := d.RaterScores[rt.ID]; ok {
				row = append(row, f2(s))
			} else {
				row = append(row, "")
			}
		}
		t.AddRow(row...)
	}
	return t
}

// byRank orders the dimensions as every view of them shows them: the rated
// ones by rank (largest weighted gap first), then the unrated ones in file
// order. Piped TSV, CSV and the terminal table agree, so "head -2" of the
// pipe is the largest gap.
func byRank(r *readiness.Result) []readiness.DimensionResult {
	dims := slices.Clone(r.Dimensions)
	sort.SliceStable(dims, func(i, j int) bool {
		a, b := dims[i], dims[j]
		if a.IsRated() != b.IsRated() {
			return a.IsRated()
		}
		return a.IsRated() && a.Rank < b.Rank
	})
	return dims
}

// raterColumns are one number column per rater, named by the rater's id.
func raterColumns(r *readiness.Result) []tableprinter.Column {
	cols := make([]tableprinter.Column, len(r.Raters))
	for i, rt := range r.Raters {
		cols[i] = tableprinter.Number(rt.ID)
	}
	return cols
}

// questionTable lists every question with its statistics and each rater's rating.
func questionTable(io *iostreams.IOStreams, r *readiness.Result) *tableprinter.Table {
	cols := []tableprinter.Column{tableprinter.Fixed("id"), tableprinter.Fixed("dimension"), tableprinter.Text("question"), tableprinter.Number("weight"),
		tableprinter.Number("n"), tableprinter.Number("mean"), tableprinter.Number("median"), tableprinter.Number("min"), tableprinter.Number("max"),
		tableprinter.Number("sd"), tableprinter.Number("target"), tableprinter.Number("gap"), tableprinter.Fixed("disagreement")}
	t := tableprinter.New(io, append(cols, raterColumns(r)...)...)
	for _, q := range r.Questions {
		dis := ""
		if q.Disagreement != nil {
			dis = fmtNum(q.Disagreement.Spread)
		}
		var med string
		if q.Median != nil {
			med = fmtNum(*q.Median)
		}
		row := []string{q.ID, q.Dimension, q.Text, fmtNum(q.Weight), strconv.Itoa(q.N), optF2(q.Mean, ""), med, optInt(q.Min, ""), optInt(q.Max, ""),
			optF2(q.SD, ""), fmtNum(q.Target), optF2(q.Gap, ""), dis}
		for _, rt := range r.Raters {
			if v, ok := q.Ratings[rt.ID]; ok {
				row = append(row, strconv.Itoa(v))
			} else {
				row = append(row, "")
			}
		}
		t.AddRow(row...)
	}
	return t
}

// printReadiness is the terminal view: the index, the rated dimensions by
// weighted gap, those nobody rated apart, disagreement, missing ratings and,
// with --questions, every question.
func printReadiness(io *iostreams.IOStreams, r *readiness.Result, questions bool) error {
	cs := io.ColorScheme()
	out := io.Out
	lo, hi := 1, 5
	if len(r.Scale) > 0 {
		lo, hi = r.Scale[0].Level, r.Scale[len(r.Scale)-1].Level
	}
	fmt.Fprintln(out, io.Fit(fmt.Sprintf("%s index %s/100 (weighted current %s on %d-%d, target %s; %s of the way to target); %s",
		cs.Bold("Readiness:"), numfmt.Fixed(r.Index, 1), f2(r.WeightedCurrent), lo, hi, f2(r.WeightedTarget), numfmt.Percent(r.TargetAttainment, 1), numfmt.Count(len(r.Raters), "rater", "raters"))))
	fmt.Fprintf(out, "\n%s\n", cs.Bold("DIMENSIONS by weighted gap"))
	cols := []tableprinter.Column{tableprinter.Number("#"), tableprinter.Text("dimension"), tableprinter.Number("imp."), tableprinter.Number("current"),
		tableprinter.Number("target"), tableprinter.Number("gap"), tableprinter.Number("w. gap"), tableprinter.Fixed("rated")}
	for _, rt := range r.Raters {
		cols = append(cols, tableprinter.Number(rt.ID).Optional(1))
	}
	cols = append(cols, tableprinter.Text("flags"))
	t := tableprinter.New(io, cols...)
	dims := byRank(r)
	rated := 0
	for rated < len(dims) && dims[rated].IsRated() {
		rated++
	}
	ranked, unrated := dims[:rated], dims[rated:]
	for _, d := range ranked {
		row := []string{strconv.Itoa(d.Rank), d.Name, fmtNum(d.Importance), f2(*d.Current), f2(d.Target), f2(*d.Gap), f2(*d.WeightedGap),
			fmt.Sprintf("%d/%d", d.Rated, d.Questions)}
		for _, rt := range r.Raters {
			if s, ok := d.RaterScores[rt.ID]; ok {
				row = append(row, f2(s))
			} else {
				row = append(row, "-")
			}
		}
		var flags []string
		if d.Disagreements > 0 {
			flags = append(flags, fmt.Sprintf("%d disagreement", d.Disagreements))
		}
		if d.Missing > 0 {
			flags = append(flags, fmt.Sprintf("%d missing", d.Missing))
		}
		row = append(row, strings.Join(flags, ", "))
		t.AddRow(row...)
	}
	if err := t.Render(); err != nil {
		return err
	}
	if len(unrated) > 0 {
		fmt.Fprintf(out, "\n%s\n", io.Fit(cs.Bold(fmt.Sprintf("NOT RATED: %s no rater scored (no current score, not ranked)", numfmt.Count(len(unrated), "dimension", "dimensions")))))
		t = tableprinter.New(io, tableprinter.Text("dimension"), tableprinter.Number("importance"), tableprinter.Fixed("current"),
			tableprinter.Number("target"), tableprinter.Number("questions"))
		for _, d := range unrated {
			t.AddRow(d.Name, fmtNum(d.Importance), notRated, f2(d.Target), strconv.Itoa(d.Questions))
		}
		if err := t.Render(); err != nil {
			return err
		}
	}

	var dis []readiness.QuestionResult
	for _, q := range r.Questions {
		if q.Disagreement != nil {
			dis = append(dis, q)
		}
	}
	fmt.Fprintf(out, "\n%s\n", io.Fit(cs.Bold(fmt.Sprintf("DISAGREEMENT: %s where raters are %s or more levels apart", numfmt.Count(len(dis), "question", "questions"), fmtNum(r.Threshold)))))
	if len(dis) > 0 {
		t = tableprinter.New(io, tableprinter.Text("question"), tableprinter.Fixed("dimension"), tableprinter.Text("ratings").Optional(1),
			tableprinter.Text("low"), tableprinter.Text("high"))
		for _, q := range dis {
			t.AddRow(q.ID+" "+q.Text, q.Dimension, ratingsText(r, q), strings.Join(q.Disagreement.Low, ", "), strings.Join(q.Disagreement.High, ", "))
		}
		if err := t.Render(); err != nil {
			return err
		}
	}
	fmt.Fprintf(out, "\n%s\n", cs.Bold(fmt.Sprintf("MISSING RATINGS: %d (not counted as zero)", len(r.Missing))))
	if len(r.Missing) > 0 {
		byRater := map[string][]string{}
		for _, m := range r.Missing {
			byRater[m.Rater] = append(byRater[m.Rater], m.Question)
		}
		for _, rt := range r.Raters {
			if qs := byRater[rt.ID]; len(qs) > 0 {
				fmt.Fprintln(out, io.Fit(fmt.Sprintf("%s did not rate %s", termtext.Line(rt.ID), strings.Join(qs, ", "))))
			}
		}
	}
	if questions {
		fmt.Fprintf(out, "\n%s\n", cs.Bold("QUESTIONS"))
		t = tableprinter.New(io, tableprinter.Text("question"), tableprinter.Fixed("dimension"), tableprinter.Number("weight").Optional(1), tableprinter.Number("n"),
			tableprinter.Number("mean"), tableprinter.Number("median").Optional(1), tableprinter.Number("min").Optional(2), tableprinter.Number("max").Optional(2),
			tableprinter.Number("sd").Optional(1), tableprinter.Number("target"), tableprinter.Number("gap"), tableprinter.Text("ratings").Optional(3))
		for _, q := range r.Questions {
			med := notRated
			if q.Median != nil {
				med = fmtNum(*q.Median)
			}
			t.AddRow(q.ID+" "+q.Text, q.Dimension, fmtNum(q.Weight), strconv.Itoa(q.N), optF2(q.Mean, notRated), med, optInt(q.Min, "-"), optInt(q.Max, "-"),
				optF2(q.SD, "-"), fmtNum(q.Target), optF2(q.Gap, "-"), ratingsText(r, q))
		}
		return t.Render()
	}
	return nil
}

func ratingsText(r *readiness.Result, q readiness.QuestionResult) string {
	var parts []string
	for _, rt := range r.Raters {
		if v, ok := q.Ratings[rt.ID]; ok {
			parts = append(parts, fmt.Sprintf("%s %d", rt.ID, v))
		}
	}
	return strings.Join(parts, ", ")
}
