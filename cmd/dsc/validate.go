package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/ghactions"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/jsonout"
	"github.com/dsc-workbench/dsc/internal/numfmt"
	"github.com/dsc-workbench/dsc/internal/survey"
	"github.com/dsc-workbench/dsc/internal/termtext"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/roadmap"
)

// ValidateOptions holds what `dsc validate` needs.
type ValidateOptions struct {
	IO *iostreams.IOStreams
	// Workspace returns the workspace with its problems, and what could be
	// read of it even when there are problems, so surveys are checked too.
	Workspace func() (*workspace.Workspace, error)
	Format    string
	// Getenv reads the environment (os.Getenv): GITHUB_ACTIONS=true picks
	// --format github when no format is given.
	Getenv func(string) string
}

// NewCmdValidate builds `dsc validate`.
func NewCmdValidate(f *cmdutil.Factory, runF func(*ValidateOptions) error) *cobra.Command {
	opts := &ValidateOptions{IO: f.IOStreams, Workspace: f.PartialWorkspace, Getenv: os.Getenv}
	cmd := &cobra.Command{
		Use:         "validate",
		Annotations: map[string]string{cmdutil.ShowsWarnings: "yes"},
		Short:       "Check every workspace file and report all problems at once",
		Long: `Load the workspace strictly and report every problem at once, sorted, as
file:line:col: what is wrong; how to fix it. Exits 0 when the workspace is valid,
1 when it has problems, 2 on a usage error.

--format json lists the problems (file, line, col, message, hint) and
warnings, or what a valid workspace holds. --format github writes each problem
as a GitHub Actions annotation (::error file=…,line=…,col=…::…), so it shows
on the pull request's files; it is the default when GITHUB_ACTIONS=true
(see docs/ci.md).`,
		Example: `  dsc validate --example automotive-aftermarket
  dsc validate --workspace clients/acme
  dsc validate --format json
  dsc validate --workspace clients/acme --format github`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !cmd.Flags().Changed("format") && ghactions.Active(opts.Getenv) {
				opts.Format = "github"
			}
			if err := cmdutil.ValidateFormat(opts.Format, validateFormats...); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return validateRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "table", "output format: table, json or github (the default under GitHub Actions)")
	return cmd
}

var validateFormats = []string{"table", "json", "github"}

// Summary counts what a valid workspace holds.
type Summary struct {
	Workspace    string         `json:"workspace"`
	Client       string         `json:"client"`
	Valid        bool           `json:"valid"`
	Entries      map[string]int `json:"entries_by_element,omitempty"`
	EntryCount   int            `json:"entries"`
	Parties      int            `json:"external_parties"`
	Stages       int            `json:"stages,omitempty"`
	Channels     int            `json:"channels,omitempty"`
	Personas     int            `json:"personas,omitempty"`
	Interactions int            `json:"key_interactions,omitempty"`
	Touchpoints  int            `json:"touchpoints,omitempty"`
	Dimensions   int            `json:"dimensions,omitempty"`
	Questions    int            `json:"questions,omitempty"`
	Raters       int            `json:"raters,omitempty"`
	Ratings      int            `json:"ratings,omitempty"`
	Assessments  []string       `json:"assessments,omitempty"`
	Capabilities int            `json:"capabilities,omitempty"`
	Dependencies int            `json:"dependencies,omitempty"`
	Coupled      int            `json:"coupled_blocks,omitempty"`
	Market       *MarketSummary `json:"market,omitempty"`
	Surveys      []string       `json:"surveys"`
	Problems     []diag.Problem `json:"problems"`
	Warnings     []diag.Problem `json:"warnings"`
}

func summarize(w *workspace.Workspace, surveys []survey.Stats) Summary {
	s := Summary{Workspace: w.Name, Client: w.Config.Client, Valid: true, Entries: map[string]int{},
		EntryCount: len(w.Catalog.Entries), Parties: len(w.Catalog.Parties), Surveys: []string{},
		Problems: []diag.Problem{}, Warnings: w.Warnings}
	if s.Warnings == nil {
		s.Warnings = []diag.Problem{}
	}
	for _, e := range w.Catalog.Entries {
		s.Entries[e.Element]++
	}
	if j := w.Journey; j != nil {
		s.Stages, s.Channels, s.Personas = len(j.StageList()), len(j.Channels), len(j.Personas)
		s.Interactions, s.Touchpoints = len(j.Interactions), len(j.Touchpoints)
	}
	if r := w.Readiness; r != nil {
		s.Dimensions, s.Raters = len(r.Dimensions), len(r.Raters)
		for _, d := range r.Dimensions {
			s.Questions += len(d.Questions)
		}
		for _, rt := range r.Ratings {
			s.Ratings += len(rt.Scores)
		}
		if months := analysis.Assessments(r); len(months) > 1 {
			for _, m := range months {
				s.Assessments = append(s.Assessments, analysis.AssessmentLabel(m))
			}
		}
	}
	if c := w.Capabilities; c != nil {
		s.Capabilities = len(c.Capabilities)
		var ids []string
		deps := map[string][]string{}
		for _, x := range c.Capabilities {
			s.Dependencies += len(x.DependsOn)
			ids, deps[x.ID] = append(ids, x.ID), x.DependsOn
		}
		s.Coupled = len(roadmap.Cycles(ids, deps)) // valid only when coupling is allowed
	}
	s.Market = summarizeMarket(w)
	for _, st := range surveys {
		// A survey's wave is named whether dsc.yaml gives it (wave:) or a
		// column of the file does, so a mistyped month shows here.
		file, format := st.File, st.Format
		if st.Wave != "" {
			file += " wave " + st.Wave
		}
		if st.WaveColumn != "" { // one file, read once per wave its column names
			format += ", column " + st.WaveColumn
		}
		s.Surveys = append(s.Surveys, fmt.Sprintf("%s (%s, %s, %s%s)", file, format, numfmt.Count(st.Respondents, "respondent", "respondents"), numfmt.Count(len(st.Features), "feature", "features"), leftOutNote(st.LeftOut)))
	}
	return s
}

func validateRun(opts *ValidateOptions) error {
	w, err := opts.Workspace()
	var noWorkspace *cmdutil.NoWorkspaceError
	if errors.As(err, &noWorkspace) && opts.Format != "table" {
		// CI validating several workspaces reads which one is missing
		// from the JSON or the annotations, like any other problem.
		err = &diag.Error{Problems: []diag.Problem{noWorkspace.Problem()}}
	}
	var surveys []survey.Stats
	if w != nil && !w.CatalogBroken() && len(w.SurveyInput()) > 0 { // not the surveys whose mapping has problems, nor with a broken catalog
		// Survey files are checked cell by cell: reading them is the only way
		// to find an answer code out of range or a column naming no entry.
		opts.IO.StartProgress("Checking surveys")
		// w.Settings keeps the default for a setting the loader rejected, so
		// a bad setting (already reported) does not hide the survey problems.
		k, serr := analysis.RunKano(w, w.Settings, analysis.KanoOptions{AllWaves: true})
		opts.IO.StopProgress()
		if serr == nil {
			surveys = k.Sources
			w.Warnings = append(w.Warnings, kanoWarnings(k)...) // the survey's plausibility (kano.Plausibility)
		}
		err = mergeProblems(err, serr)
	}
	var inputErr *diag.Error
	if opts.Format == "github" {
		return writeAnnotations(opts, w, surveys, err)
	}
	if opts.Format == "json" {
		var s Summary
		switch {
		case err == nil:
			s = summarize(w, surveys)
		case errors.As(err, &inputErr):
			// Name the workspace that failed (CI may validate several).
			s = Summary{Valid: false, Problems: inputErr.Problems, Warnings: []diag.Problem{}, Surveys: []string{}}
			if w != nil {
				s.Workspace, s.Client = w.Name, w.Config.Client
			} else if noWorkspace != nil {
				s.Workspace = cmdutil.FolderName(noWorkspace.Dir)
			}
		default:
			return err
		}
		if err := jsonout.Write(opts.IO.Out, s); err != nil {
			return err
		}
		if !s.Valid {
			return cmdutil.ErrSilent
		}
		return nil
	}
	if err != nil {
		return err
	}
	printSummary(opts.IO, summarize(w, surveys))
	return nil
}

func printSummary(io *iostreams.IOStreams, s Summary) {
	cs := io.ColorScheme()
	out := io.Out
	fmt.Fprintf(out, "%s %s: %s is valid\n", cs.Green("✓"), termtext.Line(s.Workspace), termtext.Line(s.Client))
	var parts []string
	for _, el := range roadmap.Elements {
		if n := s.Entries[string(el)]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", el, n))
		}
	}
	fmt.Fprintf(out, "  catalog       %s (%s), %s\n", numfmt.Count(s.EntryCount, "entry", "entries"), strings.Join(parts, ", "), numfmt.Count(s.Parties, "external party", "external parties"))
	if s.Touchpoints > 0 || s.Channels > 0 {
		fmt.Fprintf(out, "  journey       %s, %s, %s, %s, %s\n",
			numfmt.Count(s.Stages, "stage", "stages"), numfmt.Count(s.Channels, "channel", "channels"), numfmt.Count(s.Personas, "persona", "personas"),
			numfmt.Count(s.Interactions, "key interaction", "key interactions"), numfmt.Count(s.Touchpoints, "touchpoint", "touchpoints"))
	} else {
		fmt.Fprintf(out, "  journey       %s\n", cs.Gray("no journey.yaml"))
	}
	if s.Dimensions > 0 {
		fmt.Fprintf(out, "  readiness     %s, %s, %s, %s", numfmt.Count(s.Dimensions, "dimension", "dimensions"), numfmt.Count(s.Questions, "question", "questions"), numfmt.Count(s.Raters, "rater", "raters"), numfmt.Count(s.Ratings, "rating", "ratings"))
		if len(s.Assessments) > 0 {
			fmt.Fprintf(out, " in %s (%s; the last is current)", numfmt.Count(len(s.Assessments), "assessment", "assessments"), strings.Join(s.Assessments, ", "))
		}
		fmt.Fprintln(out)
	} else {
		fmt.Fprintf(out, "  readiness     %s\n", cs.Gray("no readiness.yaml"))
	}
	if s.Capabilities > 0 {
		cycles := "no cycles"
		if s.Coupled > 0 {
			cycles = numfmt.Count(s.Coupled, "coupled block", "coupled blocks") + " (built as one unit each)"
		}
		fmt.Fprintf(out, "  capabilities  %s, %s, %s\n", numfmt.Count(s.Capabilities, "capability", "capabilities"), numfmt.Count(s.Dependencies, "dependency", "dependencies"), cycles)
	} else {
		fmt.Fprintf(out, "  capabilities  %s\n", cs.Gray("no capabilities.yaml"))
	}
	printMarketSummary(out, cs, s.Market)
	if len(s.Surveys) > 0 {
		fmt.Fprintf(out, "  surveys       %s\n", strings.Join(s.Surveys, ", "))
	} else {
		fmt.Fprintf(out, "  surveys       %s\n", cs.Gray("none under surveys/"))
	}
	for _, w := range s.Warnings {
		fmt.Fprintf(io.ErrOut, "%s %s\n", cs.Yellow("warning:"), w)
	}
}

// mergeProblems joins the problem lists of two errors; any other error wins.
func mergeProblems(a, b error) error {
	var pa, pb *diag.Error
	switch {
	case b == nil:
		return a
	case a == nil:
		return b
	case errors.As(a, &pa) && errors.As(b, &pb):
		var l diag.List
		l.Append(pa.Problems...)
		l.Append(pb.Problems...)
		return l.Err()
	case errors.As(a, &pa):
		return b
	}
	return a
}

// writeAnnotations prints every problem as an error annotation and every
// warning as a warning annotation, then the usual one-line outcome for the
// log; problems exit 1 as always.
func writeAnnotations(opts *ValidateOptions, w *workspace.Workspace, surveys []survey.Stats, err error) error {
	var inputErr *diag.Error
	if err != nil && !errors.As(err, &inputErr) {
		return err
	}
	var warnings []diag.Problem
	if w != nil {
		warnings = w.Warnings
	}
	out := opts.IO.Out
	emit := func(level ghactions.Level, ps []diag.Problem) {
		for _, p := range ps {
			msg := p.Msg
			if p.Hint != "" {
				msg += "; " + p.Hint
			}
			a := ghactions.Annotation{Level: level, File: ghactions.RepoPath(p.File, opts.Getenv), Line: p.Line, Col: p.Col, Title: "dsc validate", Msg: msg}
			fmt.Fprintln(out, a)
		}
	}
	if inputErr != nil {
		emit(ghactions.Error, inputErr.Problems)
		emit(ghactions.Warning, warnings)
		fmt.Fprintf(out, "%s found\n", numfmt.Count(len(inputErr.Problems), "problem", "problems"))
		return cmdutil.ErrSilent
	}
	emit(ghactions.Warning, warnings)
	s := summarize(w, surveys)
	fmt.Fprintf(out, "%s: %s is valid (%s, %s)\n", termtext.Line(s.Workspace), termtext.Line(s.Client), numfmt.Count(s.EntryCount, "entry", "entries"), numfmt.Count(len(s.Surveys), "survey", "surveys"))
	return nil
}
