package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/numfmt"
	"github.com/dsc-workbench/dsc/internal/workshop"
	"github.com/dsc-workbench/dsc/internal/workspace"
)

// WorkshopOptions holds what `dsc workshop` needs.
type WorkshopOptions struct {
	IO         *iostreams.IOStreams
	Workspace  func() (*workspace.Workspace, error)
	Kind       string
	Who        string
	Segment    string
	Features   []string
	Importance bool
	JournalDir string
	// WorkspaceDir is the folder the workspace lives in ("" for an example).
	WorkspaceDir string
	Example      string
	NoColor      bool
	Format       string
	// Assessment is the month the exported readiness ratings belong to.
	Assessment string
	// OnlyWorkshop exports the workshop's readiness ratings alone, without
	// carrying over the earlier assessment's other ratings.
	OnlyWorkshop bool
}

// NewCmdWorkshop builds `dsc workshop` and its subcommands.
func NewCmdWorkshop(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "workshop <serve|kano|readiness|tally|export>",
		Short: "Capture Kano and readiness answers live, on phones or in a terminal; nothing is lost",
		Long: `Run a workshop with a client's team.

"dsc workshop serve kano" is the workshop for a whole room: participants answer
on their own phones, the projector shows the result forming live, and this
terminal is the facilitator's console. "dsc workshop kano" and "dsc workshop
readiness" ask one participant at a time in a full-screen terminal UI.

Every answer is written to the participant's journal on disk before the screen
moves on (or the phone says "saved"). Quit, Ctrl-C, a closed terminal or a
killed process lose nothing: run the same command again to resume. "dsc
workshop tally" shows the facilitator the answers so far; "dsc workshop export"
writes them where dsc kano and dsc readiness read them.

Journals live in the workspace's workshops/ folder (with --example, in
./workshops-NAME).`,
		Annotations: map[string]string{cmdutil.WaitOnInterrupt: "yes"},
	}
	cmd.AddCommand(newCmdWorkshopRun(f, workshop.KindKano, nil), newCmdWorkshopRun(f, workshop.KindReadiness, nil),
		newCmdWorkshopExport(f, nil), newCmdWorkshopTally(f, nil), newCmdWorkshopServe(f, nil))
	return cmd
}

func journalDirFor(f *cmdutil.Factory, flag string) string {
	if flag != "" {
		return flag
	}
	if f.Example != "" {
		return "workshops-" + f.Example
	}
	return filepath.Join(f.WorkspacePath(), "workshops")
}

func newCmdWorkshopRun(f *cmdutil.Factory, kind string, runF func(*WorkshopOptions) error) *cobra.Command {
	opts := &WorkshopOptions{IO: f.IOStreams, Workspace: f.Workspace, Kind: kind, Importance: true}
	var features string
	var noImportance bool
	use, short, who, example := "kano --participant NAME", "Run a Kano workshop for one participant", "participant", `  dsc workshop kano --example automotive-aftermarket --participant "Anna Berg" --segment B2B
  dsc workshop kano --workspace acme --participant buyer-1 --features single-login,online-shop`
	if kind == workshop.KindReadiness {
		use, short, who, example = "readiness --rater ID", "Run a readiness workshop for one rater", "rater", `  dsc workshop readiness --workspace acme --rater rater-1`
	}
	cmd := &cobra.Command{
		Use:     use,
		Short:   short,
		Example: example,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if strings.TrimSpace(opts.Who) == "" {
				return cmdutil.FlagErrorf("--%s is required", who)
			}
			if !opts.IO.IsStdinTTY() || !opts.IO.IsStdoutTTY() {
				return cmdutil.FlagErrorf("dsc workshop is interactive and needs a terminal; run it in a terminal, not in a pipe or CI")
			}
			if features != "" {
				opts.Features = strings.Split(features, ",")
			}
			opts.Importance = !noImportance
			opts.JournalDir = journalDirFor(f, opts.JournalDir)
			opts.NoColor, _ = cmd.Flags().GetBool("no-color")
			if runF != nil {
				return runF(opts)
			}
			return workshopRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Who, who, "", "who answers (journals and exports are per "+who+")")
	cmd.Flags().StringVar(&opts.JournalDir, "journal-dir", "", "folder of the journals (default: the workspace's workshops/)")
	if kind == workshop.KindKano {
		cmd.Flags().StringVar(&opts.Segment, "segment", "", "the participant's segment, e.g. B2B")
		cmd.Flags().StringVar(&features, "features", "", "ask only these catalog entries (comma-separated ids)")
		cmd.Flags().BoolVar(&noImportance, "no-importance", false, "do not ask the importance question")
	}
	return cmd
}

func workshopRun(opts *WorkshopOptions) error {
	ws, err := opts.Workspace()
	if err != nil {
		return err
	}
	var plan workshop.Plan
	if opts.Kind == workshop.KindKano {
		if err := checkSegment(ws, opts.Segment); err != nil {
			return err
		}
		plan, err = workshop.KanoPlan(ws, opts.Who, opts.Segment, opts.Features, opts.Importance)
	} else {
		plan, err = workshop.ReadinessPlan(ws, opts.Who)
	}
	if err != nil {
		return planError(err)
	}
	j, _, rep, err := workshop.OpenTerminal(opts.JournalDir, opts.Kind, opts.Who, opts.Segment)
	if err != nil {
		return err
	}
	defer j.Close()
	warnings := rep.Warnings
	if opts.Kind == workshop.KindReadiness {
		for _, p := range workshop.PriorRatings(ws, opts.Who) {
			warnings = append(warnings, p.String())
		}
	}
	for _, w := range warnings {
		fmt.Fprintln(opts.IO.ErrOut, "warning:", w)
	}
	if opts.NoColor || !opts.IO.ColorEnabled() {
		lipgloss.SetColorProfile(termenv.Ascii)
	}
	notice := ""
	if len(warnings) > 0 {
		notice = warnings[0]
	}
	state := workshop.Apply(rep.Events)
	m := workshop.New(plan, j, state, notice)
	in, _ := opts.IO.In.(*os.File)
	out, _ := opts.IO.Out.(*os.File)
	p := tea.NewProgram(m, tea.WithAltScreen(), tea.WithInput(in), tea.WithOutput(out))
	final, err := p.Run()
	if err != nil {
		return fmt.Errorf("workshop: %w", err)
	}
	fm := final.(workshop.Model)
	answered := len(fm.Answers())
	fmt.Fprintf(opts.IO.ErrOut, "%s saved in %s\n", numfmt.Count(answered, "answer", "answers"), j.Path())
	return nil
}

// checkSegment demands a segment the workspace knows whenever it defines
// segments: answers without one would leave a workspace that fails validate.
func checkSegment(ws *workspace.Workspace, seg string) error {
	if len(ws.Config.Segments) == 0 {
		if seg != "" {
			return cmdutil.FlagErrorf("--segment %q: dsc.yaml defines no segments; leave --segment out", seg)
		}
		return nil
	}
	if seg == "" {
		return cmdutil.FlagErrorf("--segment is required: dsc.yaml splits respondents into segments (%s)", strings.Join(ws.SegmentIDs(), ", "))
	}
	if slices.Contains(ws.SegmentIDs(), seg) {
		return nil
	}
	return cmdutil.UnknownValue("segment", seg, ws.SegmentIDs())
}

func newCmdWorkshopExport(f *cmdutil.Factory, runF func(*WorkshopOptions) error) *cobra.Command {
	opts := &WorkshopOptions{IO: f.IOStreams, Workspace: f.Workspace}
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the captured answers into the workspace's surveys/ and ratings/",
		Long: `Write every journal of the workspace's workshops/ folder where the analyses read
them: Kano answers to surveys/workshop-kano.yaml (one respondent per participant,
with a stable id from join order and name, the segment and "source: workshop"
as attributes), readiness ratings to ratings/workshop-readiness.yaml. Files are
written atomically and rewritten on every export.

--assessment YYYY-MM dates the readiness ratings; it is required when the
workspace's other ratings carry assessment months, since an undated rating
would count as the baseline before all of them. A month after the latest
assessment makes the workshop a re-assessment, and the latest assessment is
the client's current readiness: so the export carries over, unchanged, every
rating of the assessment before it that the workshop did not rate (other
questions, raters who were not there), and says how many. A one-question
workshop then changes that question's ratings, not the whole readiness.
--only-workshop writes the workshop's ratings alone.`,
		Example: `  dsc workshop export --workspace acme
  dsc workshop export --workspace acme --assessment 2027-10`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if f.Example != "" {
				return cmdutil.FlagErrorf("export writes into a workspace folder; copy the example first: dsc init DIR --template %s", f.Example)
			}
			if opts.OnlyWorkshop && opts.Assessment == "" {
				return cmdutil.FlagErrorf("--only-workshop goes with --assessment YYYY-MM: only a workshop exported as a new assessment carries the earlier ratings over")
			}
			if opts.Assessment != "" {
				if _, err := time.Parse("2006-01", opts.Assessment); err != nil {
					return cmdutil.FlagErrorf("--assessment %q is not a month; write it as YYYY-MM, e.g. 2027-10", opts.Assessment)
				}
			}
			opts.WorkspaceDir = f.WorkspacePath()
			opts.JournalDir = journalDirFor(f, opts.JournalDir)
			if runF != nil {
				return runF(opts)
			}
			return workshopExportRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.JournalDir, "journal-dir", "", "folder of the journals (default: the workspace's workshops/)")
	cmd.Flags().StringVar(&opts.Assessment, "assessment", "", "month of the readiness ratings, YYYY-MM (required when the workspace dates its ratings)")
	cmd.Flags().BoolVar(&opts.OnlyWorkshop, "only-workshop", false, "with --assessment: write the workshop's readiness ratings alone, without carrying over the earlier assessment's other ratings")
	return cmd
}

func workshopExportRun(opts *WorkshopOptions) error {
	ws, err := opts.Workspace()
	if err != nil {
		return err
	}
	res, err := workshop.Export(ws, opts.WorkspaceDir, opts.JournalDir, workshop.ExportOptions{Assessment: opts.Assessment, OnlyWorkshop: opts.OnlyWorkshop})
	if errors.Is(err, workshop.ErrAssessmentNeeded) {
		return cmdutil.FlagErrorf("%v; say which month these ratings belong to with --assessment YYYY-MM", err)
	}
	if err != nil {
		return err
	}
	for _, w := range res.Warnings {
		fmt.Fprintln(opts.IO.ErrOut, "warning:", w)
	}
	if len(res.Files) == 0 {
		fmt.Fprintf(opts.IO.ErrOut, "no answers in %s yet\n", opts.JournalDir)
		return nil
	}
	for _, p := range res.Files {
		fmt.Fprintln(opts.IO.Out, filepath.Join(opts.WorkspaceDir, p))
		if strings.HasPrefix(p, workspace.SurveysDir+"/") && !ws.Reads(p) {
			fmt.Fprintf(opts.IO.ErrOut, "warning: dsc.yaml lists its surveys and %s is not among them: add \"- file: %s\" to surveys: so that dsc kano and dsc report read it\n", p, p)
		}
	}
	fmt.Fprintf(opts.IO.ErrOut, "exported %s and %s\n", numfmt.Count(res.Respondents, "Kano participant", "Kano participants"), numfmt.Count(res.Raters, "rater", "raters"))
	if res.Carried > 0 {
		from := "the undated baseline"
		if res.CarriedFrom != "" {
			from = "assessment " + res.CarriedFrom
		}
		fmt.Fprintf(opts.IO.ErrOut, "assessment %s: %s (--only-workshop writes the workshop's alone)\n",
			opts.Assessment, workshop.CarriedOver(res.Rated, res.Carried, from))
	}
	return nil
}
