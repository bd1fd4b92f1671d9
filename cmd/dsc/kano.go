package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/numfmt"
	"github.com/dsc-workbench/dsc/internal/settings"
	"github.com/dsc-workbench/dsc/internal/tableprinter"
	"github.com/dsc-workbench/dsc/internal/termtext"
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
	// ByWave gives each feature's category per survey wave (kano_waves.go).
	ByWave bool
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

Survey tools' exports are read as the tools write them; the catalog's names
and aliases say which entry each question asks about (docs/surveys.md;
dsc survey inspect shows how a file is read). With --survey inside a workspace
folder, or with --workspace or --example, the file is read against that
catalog; elsewhere it is scored on its own and features are named by their
column ids.

When the surveys carry waves (wave: YYYY-MM per survey in dsc.yaml, or
wave_column: naming the export's column that holds each respondent's wave) the
latest wave is analysed; --by-wave shows each feature's category per wave, the
moves between waves with their significance, and the features moving down the
Kano life cycle.`,
		Example: `  dsc kano --example automotive-aftermarket
  dsc kano --example intralogistics --segment-by country --format json
  dsc kano --example automotive-aftermarket --by-wave
  dsc kano --survey export.csv --segment-by segment
  dsc kano --workspace acme --table pouliot --rule aom --format csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := cmdutil.ValidateFormat(opts.Format, cmdutil.TableFormats...); err != nil {
				return err
			}
			if cmd.Flags().Changed("min-n") {
				opts.Settings.MinN = &minN
			}
			// --segment-by "" reads the survey without its segment split.
			opts.Settings.NoSegments = cmd.Flags().Changed("segment-by") && strings.TrimSpace(opts.Settings.SegmentBy) == ""
			if err := opts.Settings.Validate(); err != nil {
				return &cmdutil.FlagError{Err: err}
			}
			// Inside a workspace folder the catalog names the features of a
			// --survey file too; elsewhere it is scored on its own.
			opts.Standalone = len(opts.Surveys) > 0 && !cmd.Flags().Changed("workspace") && f.Example == "" && !inWorkspaceFolder(f)
			if opts.Sheet != "" && len(opts.Surveys) == 0 {
				return cmdutil.FlagErrorf("--sheet applies to --survey files")
			}
			if runF != nil {
				return runF(opts)
			}
			if opts.ByWave {
				return kanoWavesRun(opts)
			}
			return kanoRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringArrayVar(&opts.Surveys, "survey", nil, "survey `file` to read (CSV, XLSX or YAML; repeatable)")
	fl.StringVar(&opts.Sheet, "sheet", "", "worksheet of an XLSX --survey (default: the first)")
	fl.StringVar(&opts.Settings.SegmentBy, "segment-by", "", "attribute `column` that splits respondents into segments (default from dsc.yaml; \"\" for none)")
	fl.StringVar(&opts.Settings.Table, "table", "", "evaluation table: "+settings.Choices(kano.TableNames)+" (default from dsc.yaml)")
	fl.StringVar(&opts.Settings.Rule, "rule", "", "classification rule: "+settings.Choices(kano.Rules)+" (default from dsc.yaml)")
	fl.IntVar(&minN, "min-n", 0, fmt.Sprintf("fewest answers a feature or segment needs to be classified (default from dsc.yaml, else %d)", kano.DefaultMinN))
	fl.StringVar(&opts.Format, "format", "table", "output format: table, json or csv")
	fl.BoolVar(&opts.ByWave, "by-wave", false, "each feature's category per survey wave (wave: or wave_column: in dsc.yaml), the moves between waves and the life cycle")
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
		if err := waveColumnSurvey(ws, path); err != nil {
			return err
		}
		src, err := openSurvey(path, opts.Sheet)
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
	if err := (cmdutil.Output{Data: res, Table: func() *tableprinter.Table { return kanoTable(opts.IO, res) },
		View: func() error { return printKano(opts.IO, res, ws != nil) }}).Write(opts.IO, opts.Format); err != nil {
		return err
	}
	printKanoWarnings(opts.IO.ErrOut, res)
	return nil
}

// printKano is the terminal view: a title, one table per core element (or
// one table for a standalone survey) and a legend.
func printKano(io *iostreams.IOStreams, res *analysis.Kano, grouped bool) error {
	cs := io.ColorScheme()
	out := io.Out
	var segs []string
	for _, s := range res.Segments {
		note := ""
		if s.LowN {
			note = ", low n"
		}
		segs = append(segs, fmt.Sprintf("%s %d%s", termtext.Line(s.Value), s.Respondents, note))
	}
	title := fmt.Sprintf("%s %s", cs.Bold("Kano analysis:"), numfmt.Count(res.Respondents, "respondent", "respondents"))
	if len(segs) > 0 {
		title += fmt.Sprintf(" (%s: %s)", termtext.Line(res.SegmentBy), strings.Join(segs, ", "))
	}
	title += fmt.Sprintf("; %s table, %s rule, min n %d", res.Table, res.Rule, res.MinN)
	if res.Wave != "" {
		title += "; wave " + res.Wave + " (earlier waves: --by-wave)"
	}
	fmt.Fprintf(out, "%s\n", io.Fit(title))
	for _, st := range res.Sources {
		fmt.Fprintln(out, io.Fit(cs.Gray(termtext.Line(sourceLine(st)))))
	}
	fmt.Fprintln(out)
	groups := []string{""}
	if grouped {
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
		cols := []tableprinter.Column{tableprinter.Number("#"), tableprinter.Text("feature"), tableprinter.Number("n"),
			tableprinter.Number("A").Optional(2), tableprinter.Number("O").Optional(2), tableprinter.Number("M").Optional(2),
			tableprinter.Number("I").Optional(2), tableprinter.Number("R").Optional(3), tableprinter.Number("Q").Optional(3),
			tableprinter.Fixed("category"), tableprinter.Number("better"), tableprinter.Number("worse"), tableprinter.Number("imp").Optional(1)}
		if len(segNames) > 0 {
			cols = append(cols, tableprinter.Text(strings.Join(segNames, " | ")))
		}
		cols = append(cols, tableprinter.Text("flags"))
		t := tableprinter.New(io, cols...)
		for _, f := range res.Features {
			if g != "" && f.Element != g {
				continue
			}
			c := f.Counts
			imp := "-"
			if f.Continuous.ImportanceN > 0 {
				imp = f2(f.Continuous.ImportanceMean)
			}
			better, worse := coefficients(f.Result, f2, "-")
			row := []string{strconv.Itoa(f.Rank), f.Name, strconv.Itoa(f.N),
				strconv.Itoa(c.A), strconv.Itoa(c.O), strconv.Itoa(c.M), strconv.Itoa(c.I), strconv.Itoa(c.R), strconv.Itoa(c.Q),
				f.String(), better, worse, imp}
			if len(segNames) > 0 {
				row = append(row, segmentSummary(f, segNames))
			}
			row = append(row, strings.Join(f.Flags, ","))
			t.AddRow(row...)
		}
		if t.Len() == 0 {
			continue
		}
		if g != "" {
			fmt.Fprintln(out, cs.Bold(strings.ToUpper(g)))
		}
		if err := t.Render(); err != nil {
			return err
		}
		fmt.Fprintln(out)
	}
	fmt.Fprintln(out, io.Fit(cs.Gray("A attractive, O one-dimensional, M must-be, I indifferent, R reverse, Q questionable; imp importance. "+
		"M/O: Fong's test cannot separate the two most frequent categories. # is the priority rank. "+
		"Segments marked * differ significantly (chi-square, p < 0.05).")))
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

// kanoTable is the main table of `dsc kano` (piped and --format csv): one
// row per feature and scope (all respondents, then each segment), full precision.
func kanoTable(io *iostreams.IOStreams, res *analysis.Kano) *tableprinter.Table {
	var cols []tableprinter.Column
	for _, h := range []string{"rank", "id", "name", "element", "scope", "n", "missing", "A", "O", "M", "I", "R", "Q", "category", "mixed", "significant",
		"better", "worse", "total_strength", "category_strength", "functional_mean", "functional_sd", "dysfunctional_mean", "dysfunctional_sd",
		"importance_mean", "importance_n", "priority", "segments_differ", "flags"} {
		cols = append(cols, tableprinter.Text(h))
	}
	t := tableprinter.New(io, cols...)
	g := func(x float64) string { return numfmt.Fixed(x, 6) }
	row := func(f analysis.KanoFeature, scope string, r kano.Result, differ string) {
		c := r.Counts
		better, worse := coefficients(r, g, "")
		t.AddRow(strconv.Itoa(f.Rank), f.ID, f.Name, f.Element, scope, strconv.Itoa(r.N), strconv.Itoa(r.Missing),
			strconv.Itoa(c.A), strconv.Itoa(c.O), strconv.Itoa(c.M), strconv.Itoa(c.I), strconv.Itoa(c.R), strconv.Itoa(c.Q),
			string(r.Category), string(r.Mixed), strconv.FormatBool(r.Significant), better, worse, g(r.TotalStrength), g(r.CategoryStrength),
			g(r.Continuous.FunctionalMean), g(r.Continuous.FunctionalSD), g(r.Continuous.DysfunctionalMean), g(r.Continuous.DysfunctionalSD),
			importanceCell(r.Continuous, g), strconv.Itoa(r.Continuous.ImportanceN), g(r.Continuous.Priority), differ, strings.Join(r.Flags, " "))
	}
	for _, f := range res.Features {
		differ := ""
		if d := f.SegmentDifference; d != nil {
			differ = "yes"
			if d.Significant {
				differ = "significant"
			}
		}
		row(f, "all", f.Result, differ)
		for _, s := range res.Segments {
			row(f, s.Value, f.Segments[s.Value], "")
		}
	}
	return t
}

// importanceCell is the mean stated importance, empty when nobody stated one
// (0 is no value on the 1-9 scale).
func importanceCell(c kano.Continuous, g func(float64) string) string {
	if c.ImportanceN == 0 {
		return ""
	}
	return g(c.ImportanceMean)
}
