package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/tableprinter"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/readiness"
)

// ReadinessOptions holds what `dsc readiness` needs.
type ReadinessOptions struct {
	IO        *iostreams.IOStreams
	Workspace func() (*workspace.Workspace, error)
	Questions bool
	Format    string
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
Formulas: docs/readiness.md.`,
		Example: `  dsc readiness --example intralogistics
  dsc readiness --example automotive-aftermarket --questions
  dsc readiness --workspace acme --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := cmdutil.ValidateFormat(opts.Format, "table", "json"); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return readinessRun(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.Questions, "questions", false, "also list every question with its ratings")
	cmd.Flags().StringVar(&opts.Format, "format", "table", "output format: table or json")
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
	if opts.Format == "json" {
		return cmdutil.WriteJSON(opts.IO.Out, res)
	}
	return printReadiness(opts.IO, res, opts.Questions)
}

func printReadiness(io *iostreams.IOStreams, r *readiness.Result, questions bool) error {
	cs := io.ColorScheme()
	out := io.Out
	tty := io.IsStdoutTTY()
	table := func() *tableprinter.Table { return tableprinter.New(out, tty, io.Width(), cs.Bold) }
	lo, hi := 1, 5
	if len(r.Scale) > 0 {
		lo, hi = r.Scale[0].Level, r.Scale[len(r.Scale)-1].Level
	}
	fmt.Fprintf(out, "%s index %.1f/100 (weighted current %.2f on %d-%d, target %.2f; %.1f%% of the way to target); %d raters\n",
		cs.Bold("Readiness:"), r.Index, r.WeightedCurrent, lo, hi, r.WeightedTarget, r.TargetAttainment, len(r.Raters))
	fmt.Fprintf(out, "\n%s\n", cs.Bold("DIMENSIONS by weighted gap"))
	t := table()
	header := []string{"#", "dimension", "importance", "current", "target", "gap", "weighted gap", "rated"}
	for _, rt := range r.Raters {
		header = append(header, abbreviate(rt.ID, 10))
	}
	header = append(header, "flags")
	t.Header(header...)
	t.AlignRight(0, 2, 3, 4, 5, 6)
	dims := append([]readiness.DimensionResult(nil), r.Dimensions...)
	sort.SliceStable(dims, func(i, j int) bool { return dims[i].Rank < dims[j].Rank })
	for _, d := range dims {
		row := []string{strconv.Itoa(d.Rank), d.Name, fmtNum(d.Importance), f2(d.Current), f2(d.Target), f2(d.Gap), f2(d.WeightedGap),
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
		t.Row(row...)
	}
	t.Print()

	var dis []readiness.QuestionResult
	for _, q := range r.Questions {
		if q.Disagreement != nil {
			dis = append(dis, q)
		}
	}
	fmt.Fprintf(out, "\n%s\n", cs.Bold(fmt.Sprintf("DISAGREEMENT: %d questions where raters are %g or more levels apart", len(dis), r.Threshold)))
	if len(dis) > 0 {
		t = table()
		t.Header("question", "dimension", "ratings", "low", "high")
		for _, q := range dis {
			t.Row(q.ID+" "+q.Text, q.Dimension, ratingsText(r, q), strings.Join(q.Disagreement.Low, ", "), strings.Join(q.Disagreement.High, ", "))
		}
		t.Print()
	}
	fmt.Fprintf(out, "\n%s\n", cs.Bold(fmt.Sprintf("MISSING RATINGS: %d (not counted as zero)", len(r.Missing))))
	if len(r.Missing) > 0 {
		byRater := map[string][]string{}
		for _, m := range r.Missing {
			byRater[m.Rater] = append(byRater[m.Rater], m.Question)
		}
		for _, rt := range r.Raters {
			if qs := byRater[rt.ID]; len(qs) > 0 {
				fmt.Fprintf(out, "%s did not rate %s\n", rt.ID, strings.Join(qs, ", "))
			}
		}
	}
	if questions {
		fmt.Fprintf(out, "\n%s\n", cs.Bold("QUESTIONS"))
		t = table()
		t.Header("question", "dimension", "weight", "n", "mean", "median", "min", "max", "sd", "target", "gap", "ratings")
		t.AlignRight(2, 3, 4, 5, 6, 7, 8, 9, 10)
		for _, q := range r.Questions {
			t.Row(q.ID+" "+q.Text, q.Dimension, fmtNum(q.Weight), strconv.Itoa(q.N), f2(q.Mean), fmtNum(q.Median), strconv.Itoa(q.Min), strconv.Itoa(q.Max),
				f2(q.SD), fmtNum(q.Target), f2(q.Gap), ratingsText(r, q))
		}
		t.Print()
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

func fmtNum(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
