package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/internal/atomicfile"
	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/jsonout"
	"github.com/dsc-workbench/dsc/internal/numfmt"
	"github.com/dsc-workbench/dsc/internal/questionnaire"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/internal/workspace"
)

// SurveyQuestionnaireOptions holds what `dsc survey questionnaire` needs.
type SurveyQuestionnaireOptions struct {
	IO        *iostreams.IOStreams
	Workspace func() (*workspace.Workspace, error)

	Entries []string
	Lang    string
	Out     string
	Format  string
}

// NewCmdSurveyQuestionnaire builds `dsc survey questionnaire`.
func NewCmdSurveyQuestionnaire(f *cmdutil.Factory, runF func(*SurveyQuestionnaireOptions) error) *cobra.Command {
	opts := &SurveyQuestionnaireOptions{IO: f.IOStreams, Workspace: f.Workspace}
	cmd := &cobra.Command{
		Use:   "questionnaire",
		Short: "Write the Kano questionnaire for the catalog: a sheet and a printable form",
		Long: `Write the Kano questionnaire for the catalog's entries (or --entries): for each,
the functional question, the dysfunctional question and the importance
question (1-9), in English or German.

It writes three files into --out: a CSV and an XLSX sheet to build the survey
from in any survey tool (one row per question, the answers to offer after it),
and a printable HTML form for paper workshops. Keep the question texts as
they are: dsc kano then reads the tool's export without a mapping.`,
		Example: `  dsc survey questionnaire --example automotive-aftermarket --out questionnaire
  dsc survey questionnaire --lang de --entries live-chat,order-tracking
  dsc survey questionnaire --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := cmdutil.ValidateFormat(opts.Format, "files", "json"); err != nil {
				return err
			}
			if opts.Lang != "" && !slices.Contains(text.Langs, text.Lang(opts.Lang)) {
				return cmdutil.UnknownValue("--lang", opts.Lang, []string{string(text.English), string(text.German)})
			}
			if runF != nil {
				return runF(opts)
			}
			return surveyQuestionnaireRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringSliceVar(&opts.Entries, "entries", nil, "catalog `ids` to ask about, in this order (default: every entry)")
	fl.StringVar(&opts.Lang, "lang", "", "language: en or de (default: the workspace's language)")
	fl.StringVar(&opts.Out, "out", "questionnaire", "`folder` to write the sheet and the form into")
	fl.StringVar(&opts.Format, "format", "files", "files (CSV, XLSX, HTML into --out) or json (the questions, to standard output)")
	return cmd
}

func surveyQuestionnaireRun(opts *SurveyQuestionnaireOptions) error {
	ws, err := opts.Workspace()
	if err != nil {
		return err
	}
	features, err := questionnaireFeatures(ws, opts.Entries)
	if err != nil {
		return err
	}
	lang := text.LangOf(ws.Config.Language)
	if opts.Lang != "" {
		lang = text.Lang(opts.Lang)
	}
	q := questionnaire.Build(features, lang)
	if opts.Format == "json" {
		return jsonout.Write(opts.IO.Out, q)
	}
	if err := os.MkdirAll(opts.Out, 0o755); err != nil {
		return err
	}
	base := filepath.Join(opts.Out, "kano-questionnaire-"+string(lang))
	for _, out := range []struct {
		ext   string
		write func(io.Writer) error
	}{{".csv", q.WriteCSV}, {".xlsx", q.WriteXLSX}, {".html", q.WriteHTML}} {
		if err := atomicfile.Write(base+out.ext, out.write); err != nil {
			return fmt.Errorf("write %s: %w", base+out.ext, err)
		}
	}
	fmt.Fprintf(opts.IO.ErrOut, "Wrote %s.csv, .xlsx and .html: %s about %s\n", base, numfmt.Count(len(q.Questions), "question", "questions"), numfmt.Count(len(features), "feature", "features"))
	return nil
}

// questionnaireFeatures are the entries to ask about: the ones named, in
// their order, or the whole catalog.
func questionnaireFeatures(ws *workspace.Workspace, ids []string) ([]questionnaire.Feature, error) {
	byID := map[string]workspace.Entry{}
	var all []string
	for _, e := range ws.Catalog.Entries {
		byID[e.ID] = e
		all = append(all, e.ID)
	}
	if len(ids) == 0 {
		ids = all
	}
	var probs diag.List
	var out []questionnaire.Feature
	for _, id := range ids {
		e, ok := byID[id]
		if !ok {
			probs.Add("--entries", 0, 0, fmt.Sprintf("unknown catalog entry %q", id), diag.DidYouMean(id, all))
			continue
		}
		out = append(out, questionnaire.Feature{ID: e.ID, Name: e.Name})
	}
	if err := probs.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, &diag.Error{Problems: []diag.Problem{{File: ws.Path(workspace.CatalogFile), Msg: "the catalog has no entries to ask about", Hint: "add entries to catalog.yaml"}}}
	}
	return out, nil
}
