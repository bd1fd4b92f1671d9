package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/survey"
	"github.com/dsc-workbench/dsc/internal/workspace"
)

// NewCmdSurvey groups the commands that help with survey exports.
func NewCmdSurvey(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "survey <command>",
		Short: "Inspect survey exports, draft their mappings, write the Kano questionnaire",
		Long: `Help with Kano survey exports: see how dsc reads an export (tool, header rows,
respondent id, what each column is and why), draft the few mapping lines an
export still needs, and write the questionnaire to build the survey from.

Inside a workspace (--workspace, --example, or a dsc.yaml in the current
folder) the catalog's names and aliases are matched against the questions.
See docs/surveys.md for every survey tool.`,
	}
	cmd.AddCommand(NewCmdSurveyInspect(f, nil), NewCmdSurveyMap(f, nil), NewCmdSurveyQuestionnaire(f, nil))
	return cmd
}

// inWorkspaceFolder reports whether the workspace folder (the current one
// unless --workspace says otherwise) holds dsc.yaml.
func inWorkspaceFolder(f *cmdutil.Factory) bool {
	_, err := os.Stat(filepath.Join(f.WorkspacePath(), workspace.ConfigFile))
	return err == nil
}

// surveyWorkspace is the workspace a survey command matches questions
// against: the one --workspace or --example names, or the current folder
// when it holds dsc.yaml; nil for none.
func surveyWorkspace(f *cmdutil.Factory) func() (*workspace.Workspace, error) {
	return func() (*workspace.Workspace, error) {
		if !f.WorkspaceGiven && f.Example == "" && !inWorkspaceFolder(f) {
			return nil, nil
		}
		return f.Workspace()
	}
}

// openSurvey opens a survey file named on the command line, saying plainly
// when the name is missing, a folder or one of the workspace's own files
// (which would otherwise be read as a YAML survey, one message per key).
func openSurvey(file, sheet string) (survey.Source, error) {
	if st, err := os.Stat(file); err == nil && st.IsDir() {
		return survey.Source{}, fmt.Errorf("%s is a folder; give a survey file (CSV, TSV, XLSX or YAML), or analyse the workspace with --workspace %s", file, file)
	}
	switch filepath.Base(file) {
	case workspace.ConfigFile, workspace.CatalogFile, workspace.JourneyFile, workspace.ReadinessFile, workspace.CapabilitiesFile, workspace.MarketFile:
		return survey.Source{}, fmt.Errorf("%s is a workspace file, not a survey; analyse the workspace with --workspace %s", file, filepath.Dir(file))
	}
	src, err := survey.OpenFile(file, sheet)
	if errors.Is(err, os.ErrNotExist) {
		return src, fmt.Errorf("survey file %s not found", file)
	}
	return src, err
}

// surveySource opens a survey file for a survey command, with the mapping
// given by --mapping or the one next to it.
func surveySource(file, sheet, mapping string) (survey.Source, error) {
	src, err := openSurvey(file, sheet)
	if err != nil || mapping == "" {
		return src, err
	}
	data, err := os.ReadFile(mapping)
	if errors.Is(err, os.ErrNotExist) {
		return src, fmt.Errorf("mapping file %s not found", mapping)
	}
	if err != nil {
		return src, err
	}
	m, probs := survey.DecodeMapping(mapping, data)
	if len(probs) > 0 {
		return src, &diag.Error{Problems: probs}
	}
	src.Mapping = m
	return src, nil
}

// inspectFile inspects a survey file against the workspace's catalog (if
// there is a workspace) with its mapping.
func inspectFile(wsf func() (*workspace.Workspace, error), file, sheet, mapping string) (*workspace.Workspace, *survey.Inspection, error) {
	ws, err := wsf()
	if err != nil {
		return nil, nil, err
	}
	src, err := surveySource(file, sheet, mapping)
	if err != nil {
		return nil, nil, err
	}
	src.WaveColumn = listedWaveColumn(ws, file)
	in, err := survey.Inspect(src, surveyConfig(ws))
	return ws, in, err
}

// listedWaveColumn is the wave column dsc.yaml gives file, when the
// workspace lists it with one: the file is then inspected wave by wave,
// as the analysis reads it.
func listedWaveColumn(ws *workspace.Workspace, file string) *survey.WaveColumn {
	if ws == nil {
		return nil
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		return nil
	}
	for _, s := range ws.SurveyInput() {
		if p, err := filepath.Abs(filepath.FromSlash(s.Display)); err == nil && p == abs && s.WaveColumn != nil {
			return s.WaveColumn
		}
	}
	return nil
}

// surveyConfig is what the reader checks an export against in ws (nil: nothing).
func surveyConfig(ws *workspace.Workspace) survey.Config {
	if ws == nil {
		return survey.Config{}
	}
	ks := ws.Settings.Kano
	return survey.Config{Catalog: ws.SurveyCatalog(), SegmentBy: ks.SegmentBy, SegmentOptional: ks.SegmentByDefault, Segments: ws.SegmentIDs()}
}
