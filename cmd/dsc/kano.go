package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/settings"
	"github.com/dsc-workbench/dsc/internal/survey"
	"github.com/dsc-workbench/dsc/internal/tableprinter"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/kano"
	"github.com/dsc-workbench/dsc/roadmap"
)

// KanoOptions holds what `dsc kano` needs.
type KanoOptions struct {
	IO        *iostreams.IOStreams
	Workspace func() (*workspace.Workspace, error)
	// Standalone is true when only --survey files are analysed, without a workspace.
	Standalone bool

	Surveys []string
	Sheet   string
	// Settings are the --table, --rule, --min-n and --segment-by flags,
	// laid over the workspace's settings.
	Settings settings.Flags
	Format   string
}

// NewCmdKano builds `dsc kano`.
func NewCmdKano(f *cmdutil.Factory, runF func(*KanoOptions) error) *cobra.Command {
	opts := &KanoOptions{IO: f.IOStreams, Workspace: f.Workspace}
	var minN int
	cmd := &cobra.Command{
		Use:   "kano",
		Short: "Classify features with the Kano model from survey exports",
		Long: `Read the Kano survey exports of the workspace (or the files given with --survey)
and classify every feature: category with Fong's significance test (mixed results
shown as e.g. M/O), Better and Worse coefficients, total and category strength,
the continuous functional/dysfunctional view with self-stated importance, data
quality flags, a comparison of segments, and a priority order for the target
picture (must-be, one-dimensional, attractive by Better, then the rest).

With --survey and no --workspace or --example, the file is scored on its own and
features are named by their column ids.`,
		Example: `  dsc kano --example automotive-aftermarket
  dsc kano --example intralogistics --segment-by country --format json
  dsc kano --survey export.csv --segment-by segment
  dsc kano --workspace acme --table pouliot --rule aom --format csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := cmdutil.ValidateFormat(opts.Format, "table", "json", "csv"); err != nil {
				return err
			}
			if cmd.Flags().Changed("min-n") {
				opts.Settings.MinN = &minN
			}
			if err := opts.Settings.Validate(); err != nil {
				return &cmdutil.FlagError{Err: err}
			}
			opts.Standalone = len(opts.Surveys) > 0 && !cmd.Flags().Changed("workspace") && f.Example == ""
			if opts.Sheet != "" && len(opts.Surveys) == 0 {
				return cmdutil.FlagErrorf("--sheet applies to --survey files")
			}
			if runF != nil {
				return runF(opts)
			}
			return kanoRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringArrayVar(&opts.Surveys, "survey", nil, "survey `file` to read (CSV, XLSX or YAML; repeatable)")
	fl.StringVar(&opts.Sheet, "sheet", "", "worksheet of an XLSX --survey (default: the first)")
	fl.StringVar(&opts.Settings.SegmentBy, "segment-by", "", "attribute `column` that splits respondents into segments (default from dsc.yaml)")
	fl.StringVar(&opts.Settings.Table, "table", "", "evaluation table: "+settings.Choices(kano.TableNames)+" (default from dsc.yaml)")
	fl.StringVar(&opts.Settings.Rule, "rule", "", "classification rule: "+settings.Choices(kano.Rules)+" (default from dsc.yaml)")
	fl.IntVar(&minN, "min-n", 0, fmt.Sprintf("fewest answers a feature or segment needs to be classified (default from dsc.yaml, else %d)", kano.DefaultMinN))
	fl.StringVar(&opts.Format, "format", "table", "output format: table, json or csv")
	return cmd
}

func kanoRun(opts *KanoOptions) error {
	var ws *workspace.Workspace
	var ko analysis.KanoOptions
	set := settings.Default()
	if !opts.Standalone {
		var err error
		if ws, err = opts.Workspace(); err != nil {
			return err
		}
		set = ws.Settings
	}
	set, err := set.With(opts.Settings)
	if err != nil {
		return &cmdutil.FlagError{Err: err}
	}
	for _, path := range opts.Surveys {
		src, err := survey.OpenFile(path, opts.Sheet)
		if errors.Is(err, os.ErrNotExist) {
			return cmdutil.FlagErrorf("survey file %s not found", path)
		}
		if err != nil {
			return err
		}
		ko.Surveys = append(ko.Surveys, src)
	}
	ko.Progress = func(file string) { opts.IO.StartProgress("Reading " + file) }
	res, err := analysis.RunKano(ws, set, ko)
	opts.IO.StopProgress()
	if err != nil {
		return err
	}
	switch opts.Format {
	case "json":
		return cmdutil.WriteJSON(opts.IO.Out, res)
	case "csv":
		return writeKanoCSV(opts.IO, res)
	}
	return printKano(opts.IO, res, ws != nil)
}

func f2(x float64) string { return strconv.FormatFloat(x, 'f', 2, 64) }

func printKano(io *iostreams.IOStreams, res *analysis.Kano, grouped bool) error {
	cs := io.ColorScheme()
	out := io.Out
	var segs []string
	for _, s := range res.Segments {
		note := ""
		if s.LowN {
			note = ", low n"
		}
		segs = append(segs, fmt.Sprintf("%s %d%s", s.Value, s.Respondents, note))
	}
	if io.IsStdoutTTY() {
		fmt.Fprintf(out, "%s %d respondents", cs.Bold("Kano analysis:"), res.Respondents)
		if len(segs) > 0 {
			fmt.Fprintf(out, " (%s: %s)", res.SegmentBy, strings.Join(segs, ", "))
		}
		fmt.Fprintf(out, "; %s table, %s rule, min n %d\n\n", res.Table, res.Rule, res.MinN)
	}
	groups := []string{""}
	// Piped output is one tab-separated table that scripts can cut; only a
	// terminal gets one table per core element.
	if grouped && io.IsStdoutTTY() {
		groups = groups[:0]
		for _, e := range roadmap.Elements {
			groups = append(groups, string(e))
		}
	}
	segNames := make([]string, len(res.Segments))
	for i, s := range res.Segments {
		segNames[i] = s.Value
	}
	for _, g := range groups {
		t := tableprinter.New(out, io.IsStdoutTTY(), io.Width(), cs.Bold)
		header := []string{"#", "feature", "n", "A", "O", "M", "I", "R", "Q", "category", "better", "worse", "importance"}
		if len(segNames) > 0 {
			header = append(header, strings.Join(segNames, " | "))
		}
		header = append(header, "flags")
		if !io.IsStdoutTTY() {
			header = append([]string{"element", "id"}, header...)
		}
		t.Header(header...)
		t.AlignRight(0, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12)
		for _, f := range res.Features {
			if g != "" && f.Element != g {
				continue
			}
			c := f.Counts
			cat := f.String()
			imp := "-"
			if f.Continuous.ImportanceN > 0 {
				imp = f2(f.Continuous.ImportanceMean)
			}
			row := []string{strconv.Itoa(f.Rank), f.Name, strconv.Itoa(f.N),
				strconv.Itoa(c.A), strconv.Itoa(c.O), strconv.Itoa(c.M), strconv.Itoa(c.I), strconv.Itoa(c.R), strconv.Itoa(c.Q),
				cat, f2(f.Better), f2(f.Worse), imp}
			if len(segNames) > 0 {
				row = append(row, segmentSummary(f, segNames))
			}
			row = append(row, strings.Join(f.Flags, ","))
			if !io.IsStdoutTTY() {
				row = append([]string{f.Element, f.ID}, row...)
			}
			t.Row(row...)
		}
		if t.Len() == 0 {
			continue
		}
		if g != "" {
			fmt.Fprintln(out, cs.Bold(strings.ToUpper(g)))
		}
		if err := t.Print(); err != nil {
			return err
		}
		if io.IsStdoutTTY() {
			fmt.Fprintln(out)
		}
	}
	if io.IsStdoutTTY() {
		fmt.Fprintln(out, cs.Gray("A attractive, O one-dimensional, M must-be, I indifferent, R reverse, Q questionable."))
		fmt.Fprintln(out, cs.Gray("M/O: Fong's test cannot separate the two most frequent categories. # is the priority rank."))
		fmt.Fprintln(out, cs.Gray("Segments marked * differ significantly (chi-square, p < 0.05)."))
	}
	return nil
}

// segmentSummary renders "M | I *": each segment's category in the order of
// the column header, with a star when the segments differ significantly.
func segmentSummary(f analysis.KanoFeature, segs []string) string {
	parts := make([]string, 0, len(segs))
	for _, s := range segs {
		r := f.Segments[s]
		parts = append(parts, r.String())
	}
	out := strings.Join(parts, " | ")
	if d := f.SegmentDifference; d != nil {
		if d.Significant {
			out += " *"
		} else {
			out += " (n.s.)"
		}
	}
	return out
}

func writeKanoCSV(io *iostreams.IOStreams, res *analysis.Kano) error {
	w := csv.NewWriter(io.Out)
	w.Write([]string{"rank", "id", "name", "element", "scope", "n", "missing", "A", "O", "M", "I", "R", "Q", "category", "mixed", "significant",
		"better", "worse", "total_strength", "category_strength", "functional_mean", "functional_sd", "dysfunctional_mean", "dysfunctional_sd",
		"importance_mean", "importance_n", "priority", "segments_differ", "flags"})
	g := func(x float64) string { return strconv.FormatFloat(x, 'f', 6, 64) }
	row := func(f analysis.KanoFeature, scope string, r kano.Result, differ string) []string {
		c := r.Counts
		return []string{strconv.Itoa(f.Rank), f.ID, safeCSV(f.Name), f.Element, scope, strconv.Itoa(r.N), strconv.Itoa(r.Missing),
			strconv.Itoa(c.A), strconv.Itoa(c.O), strconv.Itoa(c.M), strconv.Itoa(c.I), strconv.Itoa(c.R), strconv.Itoa(c.Q),
			string(r.Category), string(r.Mixed), strconv.FormatBool(r.Significant), g(r.Better), g(r.Worse), g(r.TotalStrength), g(r.CategoryStrength),
			g(r.Continuous.FunctionalMean), g(r.Continuous.FunctionalSD), g(r.Continuous.DysfunctionalMean), g(r.Continuous.DysfunctionalSD),
			g(r.Continuous.ImportanceMean), strconv.Itoa(r.Continuous.ImportanceN), g(r.Continuous.Priority), differ, strings.Join(r.Flags, " ")}
	}
	for _, f := range res.Features {
		differ := ""
		if d := f.SegmentDifference; d != nil {
			differ = "yes"
			if d.Significant {
				differ = "significant"
			}
		}
		w.Write(row(f, "all", f.Result, differ))
		for _, s := range res.Segments {
			w.Write(row(f, s.Value, f.Segments[s.Value], ""))
		}
	}
	w.Flush()
	return w.Error()
}

// safeCSV keeps a spreadsheet from reading a name as a formula.
func safeCSV(s string) string {
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}
