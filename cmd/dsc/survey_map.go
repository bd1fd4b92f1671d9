package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/internal/atomicfile"
	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/jsonout"
	"github.com/dsc-workbench/dsc/internal/numfmt"
	"github.com/dsc-workbench/dsc/internal/survey"
	"github.com/dsc-workbench/dsc/internal/workspace"
)

// SurveyMapOptions holds what `dsc survey map` needs.
type SurveyMapOptions struct {
	IO        *iostreams.IOStreams
	Workspace func() (*workspace.Workspace, error)

	File    string
	Sheet   string
	Mapping string
	Output  string
	Force   bool
	Format  string
}

// NewCmdSurveyMap builds `dsc survey map`.
func NewCmdSurveyMap(f *cmdutil.Factory, runF func(*SurveyMapOptions) error) *cobra.Command {
	opts := &SurveyMapOptions{IO: f.IOStreams, Workspace: surveyWorkspace(f)}
	cmd := &cobra.Command{
		Use:   "map FILE",
		Short: "Draft the mapping lines a survey export still needs",
		Long: `Draft a mapping file for a survey export with only the lines that need a
person's decision: a question whose feature dsc cannot find, repeated questions
of a form with one section per feature, answer codes, answer wordings dsc does
not know. Every decision is left as "" with a comment that says what to fill
in; dsc refuses the mapping until each is filled.

The draft goes to standard output, or with --output to a file (never over an
existing one without --force). An export that needs nothing gets a draft
that says so.`,
		Example: `  dsc survey map surveys/export.csv > surveys/export.map.yaml
  dsc survey map export.xlsx --output export.map.yaml
  dsc survey map export.csv --format json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			if err := cmdutil.ValidateFormat(opts.Format, "yaml", "json"); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return surveyMapRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Sheet, "sheet", "", "worksheet of an XLSX export (default: the first)")
	fl.StringVar(&opts.Mapping, "mapping", "", "mapping `file` to start from instead of the one next to the export")
	fl.StringVarP(&opts.Output, "output", "o", "", "write the draft to `file` instead of standard output")
	fl.BoolVar(&opts.Force, "force", false, "replace an existing --output file")
	fl.StringVar(&opts.Format, "format", "yaml", "output format: yaml (the draft) or json (the decisions)")
	return cmd
}

func surveyMapRun(opts *SurveyMapOptions) error {
	ws, in, err := inspectFile(opts.Workspace, opts.File, opts.Sheet, opts.Mapping)
	if err != nil {
		return err
	}
	if unreadable(in) {
		return &diag.Error{Problems: in.Problems} // never "nothing to decide"
	}
	// A mapping line that matches nothing (a typo in a stem or header) is
	// the fix to make; a draft would only map around it.
	var mapping []diag.Problem
	for _, p := range in.Problems {
		if p.File != "" && p.File != in.File {
			mapping = append(mapping, p)
		}
	}
	if len(mapping) > 0 {
		return &diag.Error{Problems: mapping}
	}
	d := survey.DraftMapping(in)
	if opts.Format == "json" {
		return jsonout.Write(opts.IO.Out, d)
	}
	var ids []string
	if ws != nil {
		for _, e := range ws.Catalog.Entries {
			ids = append(ids, e.ID)
		}
	}
	text := d.YAML(ids)
	if opts.Output == "" {
		_, err := fmt.Fprint(opts.IO.Out, text)
		return err
	}
	if _, err := os.Stat(opts.Output); err == nil && !opts.Force {
		return cmdutil.FlagErrorf("%s exists; use --force to replace it", opts.Output)
	}
	if err := atomicfile.WriteFile(opts.Output, []byte(text)); err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.ErrOut, "Wrote %s: %s to decide\n", opts.Output, numfmt.Count(len(d.Lines), "line", "lines"))
	return nil
}
