package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/diff"
	"github.com/dsc-workbench/dsc/internal/ghactions"
	"github.com/dsc-workbench/dsc/internal/gitrev"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/numfmt"
	"github.com/dsc-workbench/dsc/internal/report"
	"github.com/dsc-workbench/dsc/internal/tableprinter"
	"github.com/dsc-workbench/dsc/internal/termtext"
	"github.com/dsc-workbench/dsc/internal/workspace"
)

// DiffOptions holds what `dsc diff` needs.
type DiffOptions struct {
	IO  *iostreams.IOStreams
	Ctx context.Context
	// Old and New are workspace folders or report.json files; with Rev,
	// Old is New as committed at Rev.
	Old, New  string
	Rev       string
	Format    string
	Threshold float64
	FailOn    []diff.Class
	// Getenv reads the environment (os.Getenv): under GitHub Actions a
	// --fail-on failure is also an error annotation on the run.
	Getenv func(string) string
}

var diffFormats = []string{"table", "json", "csv", "markdown"}

// NewCmdDiff builds `dsc diff`.
func NewCmdDiff(f *cmdutil.Factory, runF func(*DiffOptions) error) *cobra.Command {
	opts := &DiffOptions{IO: f.IOStreams, Getenv: os.Getenv}
	var failOn string
	cmd := &cobra.Command{
		Use:   "diff OLD NEW | diff --rev GIT-REV [NEW]",
		Short: "Show what changed in the results between two states of a workspace",
		Long: `Compare two states of a workspace and list what changed in the results, class by
class, most significant first within each:

  kano           category changes (with a chi-square test of the two sides'
                 category distributions), Better and Worse shifts of --threshold
                 or more, features added and removed
  target         entries in and out of the target picture, and why (rule or pin)
  journey        holes opened and closed, stages whose coverage changed
  readiness      the readiness index and the dimensions' maturity
  critical-path  the roadmap's critical path
  schedule       dates moved, steps lengthened, the programme's finish
  data           respondents added, surveys changed, raters

OLD and NEW are workspace folders (each analysed with its own dsc.yaml
settings) or report.json files written by dsc report; a folder holding only
a report.json is read as that file. With --rev, OLD is NEW as committed at
GIT-REV, read from git without touching the working tree; NEW defaults to
the workspace (--workspace, else the current folder).

The exit code is 0 whatever changed, 1 for invalid input, 2 for a usage
error, and 3 when a class named by --fail-on changed. --format markdown
writes a compact summary for a pull-request comment (docs/ci.md).`,
		Example: `  dsc diff clients/acme-2026 clients/acme
  dsc diff old/report.json report/report.json --format json
  dsc diff --rev main --workspace clients/acme --format markdown
  dsc diff --rev origin/main clients/acme --fail-on target,critical-path`,
		Args: cobra.MaximumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := cmdutil.ValidateFormat(opts.Format, diffFormats...); err != nil {
				return err
			}
			if f.Example != "" {
				return cmdutil.FlagErrorf("dsc diff compares folders or report.json files; --example is not one of them")
			}
			switch {
			case opts.Rev == "" && len(args) != 2:
				return cmdutil.FlagErrorf("give two workspaces or report.json files (dsc diff OLD NEW), or a revision (dsc diff --rev main)")
			case opts.Rev == "":
				opts.Old, opts.New = args[0], args[1]
			case len(args) == 2:
				return cmdutil.FlagErrorf("with --rev give at most one path: the new side (the old one is it at the revision)")
			case len(args) == 1:
				if f.WorkspaceGiven {
					return cmdutil.FlagErrorf("give the new side once: as an argument or with --workspace")
				}
				opts.New = args[0]
			default:
				opts.New = f.WorkspacePath()
			}
			if opts.Threshold <= 0 || opts.Threshold > 2 {
				return cmdutil.FlagErrorf("--threshold %v is out of range; give the smallest Better or Worse shift to report, between 0 and 2 (default %v)", opts.Threshold, diff.DefaultThreshold)
			}
			classes, err := parseFailOn(failOn)
			if err != nil {
				return err
			}
			opts.FailOn = classes
			opts.Ctx = cmd.Context()
			if runF != nil {
				return runF(opts)
			}
			return diffRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Rev, "rev", "", "compare with the workspace as committed at this git `revision` (branch, tag or commit)")
	cmd.Flags().StringVar(&opts.Format, "format", "table", "output format: table, json, csv or markdown (a pull-request comment)")
	cmd.Flags().Float64Var(&opts.Threshold, "threshold", diff.DefaultThreshold, "smallest Better or Worse shift to report")
	cmd.Flags().StringVar(&failOn, "fail-on", "", "exit 3 when these classes changed, comma-separated: "+joinClasses(diff.FailClasses))
	_ = cmd.RegisterFlagCompletionFunc("fail-on", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return classNames(diff.FailClasses), cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

func parseFailOn(s string) ([]diff.Class, error) {
	var out []diff.Class
	for _, part := range strings.Split(s, ",") {
		c := diff.Class(strings.TrimSpace(part))
		if c == "" {
			continue
		}
		if !slices.Contains(diff.FailClasses, c) {
			return nil, cmdutil.FlagErrorf("--fail-on: %w", cmdutil.UnknownValue("class", string(c), classNames(diff.FailClasses)))
		}
		out = append(out, c)
	}
	return out, nil
}

func classNames(cs []diff.Class) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = string(c)
	}
	return out
}

func joinClasses(cs []diff.Class) string { return strings.Join(classNames(cs), ", ") }

func diffRun(opts *DiffOptions) error {
	ctx := cmdutil.OrBackground(opts.Ctx)
	defer opts.IO.StopProgress()
	// The old side first: a revision git cannot give is found before the
	// new side is analysed.
	var oldDoc *diff.Document
	var oldLabel string
	var err error
	if opts.Rev != "" {
		oldDoc, oldLabel, err = loadRevision(ctx, opts, opts.New, opts.Rev)
	} else {
		oldDoc, oldLabel, err = loadSide(opts, opts.Old)
	}
	if err != nil {
		return err
	}
	newDoc, newLabel, err := loadSide(opts, opts.New)
	if err != nil {
		return err
	}
	opts.IO.StopProgress()
	res := diff.Compare(oldDoc, newDoc, diff.Options{Threshold: opts.Threshold})
	res.Old.Label, res.New.Label = oldLabel, newLabel
	if err := writeDiff(opts, res); err != nil {
		return err
	}
	if hit := res.Matches(opts.FailOn); len(hit) > 0 {
		msg := fmt.Sprintf("%s changed, and --fail-on %s asks to fail on it (exit 3)", joinClasses(hit), strings.Join(classNames(opts.FailOn), ","))
		if opts.Getenv != nil && ghactions.Active(opts.Getenv) {
			msg = ghactions.Annotation{Level: ghactions.Error, Title: "dsc diff", Msg: msg}.String()
		}
		fmt.Fprintln(opts.IO.ErrOut, msg)
		return cmdutil.ErrChanges
	}
	return nil
}

// loadSide reads one side: a report.json file, or a workspace folder that
// is analysed (a folder with a report.json and no dsc.yaml is that file).
func loadSide(opts *DiffOptions, p string) (*diff.Document, string, error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, "", fmt.Errorf("%s not found: give a workspace folder or a report.json file", p)
	}
	label := filepath.ToSlash(p)
	if !st.IsDir() {
		doc, err := decodeReport(p)
		return doc, label, err
	}
	if !exists(filepath.Join(p, workspace.ConfigFile)) && exists(filepath.Join(p, "report.json")) {
		doc, err := decodeReport(filepath.Join(p, "report.json"))
		return doc, label, err
	}
	prefix := ""
	if p != "." {
		prefix = filepath.ToSlash(p)
	}
	doc, err := analyse(opts, os.DirFS(p), cmdutil.FolderName(p), prefix, label)
	return doc, label, err
}

// loadRevision reads p as committed at rev: the file through git cat-file,
// a workspace folder exported from git into a temporary folder, analysed
// and removed.
func loadRevision(ctx context.Context, opts *DiffOptions, p, rev string) (*diff.Document, string, error) {
	if _, err := os.Stat(p); err != nil {
		return nil, "", fmt.Errorf("%s not found: give the workspace folder or report.json to compare with its state at %s", p, rev)
	}
	pl, err := gitrev.Locate(ctx, p)
	if err != nil {
		return nil, "", revError(err)
	}
	commit, err := gitrev.Verify(ctx, pl.Root, rev)
	if err != nil {
		return nil, "", revError(err)
	}
	label := rev + ":" + filepath.ToSlash(p)
	if st, _ := os.Stat(p); !st.IsDir() {
		data, err := gitrev.Show(ctx, pl, commit, rev)
		if err != nil {
			return nil, "", revError(err)
		}
		doc, err := diff.Decode(bytes.NewReader(data))
		if err != nil {
			return nil, "", fmt.Errorf("%s: %w", label, err)
		}
		return doc, label, nil
	}
	tmp, err := os.MkdirTemp("", "dsc-diff-")
	if err != nil {
		return nil, "", err
	}
	defer os.RemoveAll(tmp)
	opts.IO.StartProgress("Reading " + label)
	if err := gitrev.Export(ctx, pl, commit, rev, tmp); err != nil {
		// A workspace the change adds (a new client's first pull request)
		// had nothing at rev: compare it with nothing, so all of it is new.
		if ge := (*gitrev.Error)(nil); errors.As(err, &ge) && ge.Absent {
			fmt.Fprintf(opts.IO.ErrOut, "%s; everything in it counts as new\n", ge.Msg)
			return &diff.Document{}, label, nil
		}
		return nil, "", revError(err)
	}
	if !exists(filepath.Join(tmp, workspace.ConfigFile)) && exists(filepath.Join(tmp, "report.json")) {
		doc, err := decodeReport(filepath.Join(tmp, "report.json"))
		return doc, label, err
	}
	doc, err := analyse(opts, os.DirFS(tmp), cmdutil.FolderName(p), label, label)
	return doc, label, err
}

// revError turns what git cannot give into invalid input (exit 1).
func revError(err error) error {
	var ge *gitrev.Error
	if errors.As(err, &ge) {
		return &diag.Error{Problems: []diag.Problem{{File: "--rev", Msg: ge.Msg}}}
	}
	return err
}

// analyse loads a workspace and runs every analysis with its own settings,
// then reads the result in the shape of report.json, so a folder and a
// report.json file are compared alike.
func analyse(opts *DiffOptions, fsys fs.FS, name, prefix, label string) (*diff.Document, error) {
	opts.IO.StartProgress("Analysing " + label)
	ws, err := workspace.Load(fsys, name, prefix)
	if err != nil {
		return nil, err
	}
	res, err := analysis.RunAll(ws, ws.Settings, func(s string) { opts.IO.StartProgress(label + ": " + s) })
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := report.WriteJSON(res, &buf); err != nil {
		return nil, err
	}
	return diff.Decode(&buf)
}

func decodeReport(p string) (*diff.Document, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc, err := diff.Decode(f)
	if err != nil {
		return nil, &diag.Error{Problems: []diag.Problem{{File: filepath.ToSlash(p), Msg: err.Error(),
			Hint: "give a report.json written by dsc report --formats json, or a workspace folder"}}}
	}
	return doc, nil
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func writeDiff(opts *DiffOptions, res diff.Result) error {
	if opts.Format == "markdown" {
		return diff.Markdown(opts.IO.Out, res, 0)
	}
	out := cmdutil.Output{
		Data: res,
		Table: func() *tableprinter.Table {
			t := tableprinter.New(opts.IO, tableprinter.Fixed("class"), tableprinter.Fixed("change"), tableprinter.Text("subject"),
				tableprinter.Text("from"), tableprinter.Text("to"), tableprinter.Text("note"))
			for _, c := range res.Changes {
				w := c.Words()
				t.AddRow(string(c.Class), w.What, w.Label(), w.From, w.To, w.Note)
			}
			return t
		},
		View: func() error { return diffView(opts.IO, res) },
	}
	return out.Write(opts.IO, opts.Format)
}

// diffView shows the changes class by class on a terminal.
func diffView(io *iostreams.IOStreams, res diff.Result) error {
	cs := io.ColorScheme()
	out := io.Out
	fmt.Fprintln(out, io.Fit(fmt.Sprintf("%s %s -> %s: %s", cs.Bold("dsc diff"), termtext.Line(res.Old.Label), termtext.Line(res.New.Label),
		numfmt.Count(len(res.Changes), "change", "changes"))))
	for _, class := range diff.Classes {
		changes := res.ByClass(class)
		if len(changes) == 0 {
			continue
		}
		fmt.Fprintf(out, "\n%s\n", cs.Bold(fmt.Sprintf("%s (%d)", strings.ToUpper(diff.ClassTitle(class)), len(changes))))
		t := tableprinter.New(io, tableprinter.Fixed("change"), tableprinter.Text("subject"), tableprinter.Text("from"),
			tableprinter.Text("to"), tableprinter.Text("note").Optional(1))
		for _, c := range changes {
			w := c.Words()
			t.AddRow(w.What, w.Label(), w.From, w.To, w.Note)
		}
		if err := t.Render(); err != nil {
			return err
		}
	}
	return nil
}
