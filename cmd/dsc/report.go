package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/report"
	"github.com/dsc-workbench/dsc/internal/termtext"
	"github.com/dsc-workbench/dsc/internal/workspace"
)

// ReportOptions holds what `dsc report` needs.
type ReportOptions struct {
	IO        *iostreams.IOStreams
	Workspace func() (*workspace.Workspace, error)
	Out       string
	Formats   []string
	// Ctx is cancelled by Ctrl-C; the report set is then not replaced.
	Ctx context.Context
}

// NewCmdReport builds `dsc report`.
func NewCmdReport(f *cmdutil.Factory, runF func(*ReportOptions) error) *cobra.Command {
	opts := &ReportOptions{IO: f.IOStreams, Workspace: f.Workspace}
	var formats string
	cmd := &cobra.Command{
		Use:   "report",
		Short: "Write the client deliverable: Excel workbook, offline HTML and JSON",
		Long: `Run every analysis and write the deliverable into --out, in the workspace's
language (dsc.yaml language: en or de): report.html (one self-contained file that
opens offline; printed, it is the A4-landscape slide deck with a footer from
dsc.yaml's report: confidentiality and as_of), report.xlsx (one sheet per view
with native Excel charts) and report.json (every analysis in one document, the CI
contract). The same workspace gives byte-identical files. Views and method:
docs/report.md.`,
		Example: `  dsc report --example automotive-aftermarket --out report
  dsc report --workspace acme --out deliverable --formats xlsx,html`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Formats = nil
			for _, f := range strings.Split(formats, ",") {
				f = strings.TrimSpace(f)
				if f == "" {
					continue
				}
				if err := cmdutil.ValidateFormat(f, report.Formats...); err != nil {
					return err
				}
				opts.Formats = append(opts.Formats, f)
			}
			if len(opts.Formats) == 0 {
				return cmdutil.FlagErrorf("--formats needs at least one of %s", strings.Join(report.Formats, ","))
			}
			opts.Ctx = cmd.Context()
			if runF != nil {
				return runF(opts)
			}
			return reportRun(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Out, "out", "o", "report", "output `folder` (created when missing)")
	cmd.Flags().StringVar(&formats, "formats", strings.Join(report.Formats, ","), "formats to write, comma-separated: xlsx, html, json")
	return cmd
}

func reportRun(opts *ReportOptions) error {
	if st, err := os.Stat(opts.Out); err == nil && !st.IsDir() {
		return cmdutil.FlagErrorf("--out %s is a file; --out names the folder the report files are written into (created when missing): give a folder", opts.Out)
	}
	ws, err := opts.Workspace()
	if err != nil {
		return err
	}
	progress := func(s string) { opts.IO.StartProgress(s) }
	res, err := analysis.RunAll(ws, ws.Settings, progress)
	if err != nil {
		opts.IO.StopProgress()
		return err
	}
	if err := os.MkdirAll(opts.Out, 0o755); err != nil {
		opts.IO.StopProgress()
		return fmt.Errorf("create %s: %w", opts.Out, err)
	}
	paths, err := report.Write(cmdutil.OrBackground(opts.Ctx), res, opts.Out, opts.Formats, progress)
	opts.IO.StopProgress()
	if err != nil {
		return err
	}
	if res.Roadmap != nil && res.Capabilities != nil {
		warnBreaches(opts.IO.ErrOut, res.Capabilities, res.Roadmap)
	}
	printKanoWarnings(opts.IO.ErrOut, res.Kano)
	cs := opts.IO.ColorScheme()
	fmt.Fprintf(opts.IO.ErrOut, "%s Report for %s\n", cs.Green("✓"), termtext.Line(res.Meta.Client))
	for _, p := range paths {
		fmt.Fprintln(opts.IO.Out, p)
	}
	return nil
}
