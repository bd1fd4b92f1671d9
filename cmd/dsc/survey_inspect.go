package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/numfmt"
	"github.com/dsc-workbench/dsc/internal/survey"
	"github.com/dsc-workbench/dsc/internal/tableprinter"
	"github.com/dsc-workbench/dsc/internal/termtext"
	"github.com/dsc-workbench/dsc/internal/workspace"
)

// SurveyInspectOptions holds what `dsc survey inspect` needs.
type SurveyInspectOptions struct {
	IO        *iostreams.IOStreams
	Workspace func() (*workspace.Workspace, error) // nil workspace: no catalog

	File    string
	Sheet   string
	Mapping string
	Format  string
}

// NewCmdSurveyInspect builds `dsc survey inspect`.
func NewCmdSurveyInspect(f *cmdutil.Factory, runF func(*SurveyInspectOptions) error) *cobra.Command {
	opts := &SurveyInspectOptions{IO: f.IOStreams, Workspace: surveyWorkspace(f)}
	cmd := &cobra.Command{
		Use:   "inspect FILE",
		Short: "Show how dsc reads a survey export, column by column",
		Long: `Show how dsc reads a survey export: the survey tool it recognised, the header
rows it used, the respondent id column, and for every column what it is
(metadata, attribute, respondent id, the question of a catalog entry, or
ignored) and why. Then the answers found with their counts, the values that
are no answers, and the problems that keep the file from being read.

Exits 1 when the file cannot be read as it is.`,
		Example: `  dsc survey inspect surveys/export.csv
  dsc survey inspect --workspace acme acme/surveys/export.xlsx --format json
  dsc survey inspect export.csv --mapping draft.map.yaml`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			if err := cmdutil.ValidateFormat(opts.Format, "table", "json"); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return surveyInspectRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Sheet, "sheet", "", "worksheet of an XLSX export (default: the first)")
	fl.StringVar(&opts.Mapping, "mapping", "", "mapping `file` to use instead of the one next to the export")
	fl.StringVar(&opts.Format, "format", "table", "output format: table or json")
	return cmd
}

func surveyInspectRun(opts *SurveyInspectOptions) error {
	_, in, err := inspectFile(opts.Workspace, opts.File, opts.Sheet, opts.Mapping)
	if err != nil {
		return err
	}
	if unreadable(in) && opts.Format == "table" && !opts.IO.IsStdoutTTY() {
		// Piped: no header row of a table without rows; a terminal shows
		// the file's summary with the problems.
		return &diag.Error{Problems: in.Problems}
	}
	err = cmdutil.Output{Data: in, Table: func() *tableprinter.Table { return inspectColumns(opts.IO, in) },
		View: func() error { return printInspection(opts.IO, in) }}.Write(opts.IO, opts.Format)
	if err == nil && len(in.Problems) > 0 {
		// The problems go to stderr whatever stdout is (a terminal, a pipe,
		// JSON), so `inspect FILE | ...` never exits 1 without a reason.
		return &diag.Error{Problems: in.Problems}
	}
	return err
}

// unreadable says the file could not be read at all (not a survey type, not
// decodable): there are problems and no columns to show or map.
func unreadable(in *survey.Inspection) bool { return len(in.Columns) == 0 && len(in.Problems) > 0 }

// inspectColumns is the main table: one row per column of the export.
func inspectColumns(io *iostreams.IOStreams, in *survey.Inspection) *tableprinter.Table {
	t := tableprinter.New(io, tableprinter.Fixed("col"), tableprinter.Fixed("kind"), tableprinter.Fixed("entry"),
		tableprinter.Fixed("question"), tableprinter.Text("header"), tableprinter.Text("why"))
	for _, c := range in.Columns {
		kind, why := string(c.Kind), c.By
		if c.Decision != "" {
			kind, why = "DECIDE", c.Decision
		}
		entry := c.Entry
		if c.Kind == survey.KindAttribute && c.Attribute != c.Text {
			entry = c.Attribute
		}
		// The header as written: it is what a mapping line copies.
		t.AddRow(c.Ref, kind, entry, c.Question, c.Text, why)
	}
	return t
}

// printInspection is the terminal view: how the file was read, the
// columns, the answers, the unknown values and the problems.
func printInspection(io *iostreams.IOStreams, in *survey.Inspection) error {
	cs := io.ColorScheme()
	out := io.Out
	fmt.Fprintln(out, cs.Bold(termtext.Line(in.File)))
	if in.Layout != "" {
		for _, l := range inspectSummary(in) {
			fmt.Fprintln(out, io.Fit("  "+l))
		}
	}
	if len(in.Columns) > 0 {
		fmt.Fprintln(out)
		fmt.Fprintln(out, cs.Bold("Columns"))
		if err := inspectColumns(io, in).Render(); err != nil {
			return err
		}
	}
	if len(in.Answers) > 0 {
		fmt.Fprintln(out)
		fmt.Fprintln(out, cs.Bold("Answers found"))
		t := tableprinter.New(io, tableprinter.Text("value"), tableprinter.Fixed("means"), tableprinter.Fixed("as"), tableprinter.Number("count"))
		for _, a := range in.Answers {
			t.AddRow(a.Value, a.Answer, a.Kind, strconv.Itoa(a.Count))
		}
		if err := t.Render(); err != nil {
			return err
		}
	}
	if len(in.Unknown) > 0 {
		fmt.Fprintln(out)
		fmt.Fprintln(out, cs.Bold("Values that are no answers"))
		t := tableprinter.New(io, tableprinter.Fixed("col"), tableprinter.Text("value"), tableprinter.Number("count"))
		for _, u := range in.Unknown {
			t.AddRow(u.Column, u.Value, strconv.Itoa(u.Count))
		}
		if err := t.Render(); err != nil {
			return err
		}
	}
	if in.Truncated {
		fmt.Fprintln(out, cs.Gray("(more distinct values than are listed)"))
	}
	fmt.Fprintln(out)
	if len(in.Problems) == 0 {
		fmt.Fprintln(out, io.Fit(cs.Green("dsc reads this file as it is.")))
		return nil
	}
	// The problems themselves follow on stderr (surveyInspectRun).
	msg := fmt.Sprintf("dsc cannot read this file as it is: %s, listed below.", numfmt.Count(len(in.Problems), "problem", "problems"))
	if in.Layout != "" {
		msg += " `dsc survey map " + in.File + "` drafts the mapping lines that settle them."
	}
	fmt.Fprintln(out, io.Fit(cs.Red(termtext.Line(msg))))
	return nil
}

// inspectSummary says how the file was read, one fact per line.
func inspectSummary(in *survey.Inspection) []string {
	var how []string
	tool := in.Tool
	if tool == "" {
		tool = "a plain table (no survey tool recognised)"
	} else {
		tool += " export"
	}
	if in.Format != "yaml" {
		how = append(how, "read as      "+tool)
	}
	format := strings.ToUpper(in.Format)
	switch {
	case in.Sheet != "":
		format += ", sheet " + strconv.Quote(in.Sheet)
	case in.Encoding != "":
		format += fmt.Sprintf(", %s, %s separated", in.Encoding, in.Separator)
	}
	how = append(how, "file         "+format)
	if in.HeaderRows > 0 {
		rows := "row 1"
		if in.HeaderRows > 1 {
			rows = fmt.Sprintf("rows 1-%d", in.HeaderRows)
		}
		how = append(how, "header       "+rows)
	}
	resp := "none: respondents are counted by row"
	if in.RespondentColumn != "" {
		resp = "column " + in.RespondentColumn
	}
	if in.Format != "yaml" {
		how = append(how, "respondent   "+termtext.Line(resp))
	}
	how = append(how, fmt.Sprintf("read         %s layout, %s, %s%s", in.Layout, numfmt.Count(in.Respondents, "respondent", "respondents"), numfmt.Count(len(in.Features), "feature", "features"), leftOutNote(in.LeftOut)))
	if in.WaveColumn != "" {
		var ws []string
		for _, w := range in.Waves {
			ws = append(ws, fmt.Sprintf("%s (%s)", w.Wave, numfmt.Count(w.Rows, "row", "rows")))
		}
		if len(ws) == 0 {
			ws = []string{"none found"}
		}
		how = append(how, "waves        column "+termtext.Line(in.WaveColumn)+": "+strings.Join(ws, ", "))
	}
	return how
}
