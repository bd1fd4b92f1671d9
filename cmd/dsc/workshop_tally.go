package main

import (
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/numfmt"
	"github.com/dsc-workbench/dsc/internal/tableprinter"
	"github.com/dsc-workbench/dsc/internal/workshop"
)

// newCmdWorkshopTally builds `dsc workshop tally`: the facilitator's view of
// every participant's answers so far, outside the participants' screens.
func newCmdWorkshopTally(f *cmdutil.Factory, runF func(*WorkshopOptions) error) *cobra.Command {
	opts := &WorkshopOptions{IO: f.IOStreams, Workspace: f.Workspace}
	cmd := &cobra.Command{
		Use:   "tally <kano|readiness>",
		Short: "Show the live tally of every participant's answers so far (for the facilitator)",
		Long: `Read every journal of a workshop and tally the answers: for Kano, each feature's
counts and category by the workspace's evaluation table and rule (the same
classification as dsc kano); for readiness, each question's mean, lowest and
highest rating. Participants never see it on their screens.`,
		Example: `  dsc workshop tally kano --workspace acme
  dsc workshop tally readiness --workspace acme --format json`,
		Args:      cobra.ExactArgs(1),
		ValidArgs: []string{workshop.KindKano, workshop.KindReadiness},
		RunE: func(cmd *cobra.Command, args []string) error {
			if args[0] != workshop.KindKano && args[0] != workshop.KindReadiness {
				return cmdutil.UnknownValue("workshop", args[0], []string{workshop.KindKano, workshop.KindReadiness})
			}
			if err := cmdutil.ValidateFormat(opts.Format, cmdutil.TableFormats...); err != nil {
				return err
			}
			opts.Kind = args[0]
			opts.JournalDir = journalDirFor(f, opts.JournalDir)
			if runF != nil {
				return runF(opts)
			}
			return workshopTallyRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.JournalDir, "journal-dir", "", "folder of the journals (default: the workspace's workshops/)")
	cmd.Flags().StringVar(&opts.Format, "format", "table", "output format: table, json or csv")
	return cmd
}

func workshopTallyRun(opts *WorkshopOptions) error {
	ws, err := opts.Workspace()
	if err != nil {
		return err
	}
	var plan workshop.Plan
	if opts.Kind == workshop.KindKano {
		plan, err = workshop.KanoPlan(ws, "", "", nil, false)
	} else {
		plan, err = workshop.ReadinessQuestions(ws)
	}
	if err != nil {
		return err
	}
	logs, warnings, err := workshop.ReadLogs(opts.JournalDir, opts.Kind)
	if err != nil {
		return err
	}
	for _, w := range warnings {
		fmt.Fprintln(opts.IO.ErrOut, "warning:", w)
	}
	states := make([]workshop.State, len(logs))
	for i, l := range logs {
		states[i] = workshop.Apply(l.Events)
	}
	tally := workshop.TallyOf(plan, states, ws.Settings.Kano.Options())
	table := func(missing string) *tableprinter.Table { return tallyTable(opts.IO, opts.Kind, tally, missing) }
	return cmdutil.Output{Data: tally, Table: func() *tableprinter.Table { return table("") }, View: func() error {
		fmt.Fprintln(opts.IO.Out, numfmt.Count(tally.Participants, "participant", "participants"))
		return table("-").Render()
	}}.Write(opts.IO, opts.Format)
}

// tallyTable lists the tally of a Kano or readiness workshop; missing
// stands in for the mean, lowest and highest rating of an unrated question.
func tallyTable(io *iostreams.IOStreams, kind string, tally workshop.Tally, missing string) *tableprinter.Table {
	if kind == workshop.KindKano {
		t := tableprinter.New(io, tableprinter.Fixed("id"), tableprinter.Text("feature"), tableprinter.Number("n"),
			tableprinter.Number("A"), tableprinter.Number("O"), tableprinter.Number("M"), tableprinter.Number("I"), tableprinter.Number("R"),
			tableprinter.Number("Q"), tableprinter.Fixed("category"), tableprinter.Number("better"), tableprinter.Number("worse"))
		for _, r := range tally.Rows {
			c := r.Result.Counts
			better, worse := coefficients(*r.Result, f2, missing)
			t.AddRow(r.Item, r.Title, strconv.Itoa(r.N), strconv.Itoa(c.A), strconv.Itoa(c.O), strconv.Itoa(c.M), strconv.Itoa(c.I),
				strconv.Itoa(c.R), strconv.Itoa(c.Q), r.Result.String(), better, worse)
		}
		return t
	}
	t := tableprinter.New(io, tableprinter.Fixed("id"), tableprinter.Text("question"), tableprinter.Number("n"), tableprinter.Number("mean"),
		tableprinter.Number("min"), tableprinter.Number("max"))
	for _, r := range tally.Rows {
		mean, lo, hi := missing, missing, missing
		if r.N > 0 {
			mean, lo, hi = f2(r.Mean), strconv.Itoa(r.Min), strconv.Itoa(r.Max)
		}
		t.AddRow(r.Item, r.Title, strconv.Itoa(r.N), mean, lo, hi)
	}
	return t
}
