package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/atomicfile"
	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/jsonout"
	"github.com/dsc-workbench/dsc/internal/mspdi"
	"github.com/dsc-workbench/dsc/internal/tableprinter"
	"github.com/dsc-workbench/dsc/internal/termtext"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/roadmap"
)

// RoadmapOptions holds what `dsc roadmap` needs.
type RoadmapOptions struct {
	IO        *iostreams.IOStreams
	Workspace func() (*workspace.Workspace, error)
	Format    string
	Out       string
}

// NewCmdRoadmap builds `dsc roadmap`.
func NewCmdRoadmap(f *cmdutil.Factory, runF func(*RoadmapOptions) error) *cobra.Command {
	opts := &RoadmapOptions{IO: f.IOStreams, Workspace: f.Workspace}
	cmd := &cobra.Command{
		Use:   "roadmap",
		Short: "Plan the seven-step roadmap: rules, capacity-levelled dates, milestones, load, cost; export to Microsoft Project",
		Long: `Plan the seven steps of the DSC transformation from capabilities.yaml and the
settings in dsc.yaml (docs/roadmap.md): steps 1 and 2 (assessment and approval),
then the capabilities in dependency order under the steps' rules (organisation
after the competencies and processes, people last, step 6 in three
sub-phases, the PMO from the first stream to the end), levelled to the people
available (settings.roadmap.capacity), with milestones, the load per month
against capacity, and the cost per step and quarter. A rule the workspace
forces the plan to break is listed as a warning with its cause.

--format csv writes one row per plan row; --format mspdi writes Microsoft
Project XML (MSPDI), which Microsoft Project, ProjectLibre, GanttProject and
GNOME Planner import. --out writes to a file instead of standard output.`,
		Example: `  dsc roadmap --example intralogistics
  dsc roadmap --example automotive-aftermarket --format mspdi --out roadmap.xml
  dsc roadmap --workspace acme --format json | jq .finish`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := cmdutil.ValidateFormat(opts.Format, "table", "json", "csv", "mspdi"); err != nil {
				return err
			}
			if opts.Out != "" && opts.Format == "table" {
				return cmdutil.FlagErrorf("--out writes a file: give --format json, csv or mspdi")
			}
			if runF != nil {
				return runF(opts)
			}
			return roadmapRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "table", "output format: table, json, csv or mspdi (Microsoft Project XML)")
	cmd.Flags().StringVarP(&opts.Out, "out", "o", "", "write to this `file` instead of standard output")
	return cmd
}

func roadmapRun(opts *RoadmapOptions) error {
	ws, err := opts.Workspace()
	if err != nil {
		return err
	}
	caps, rm, err := analysis.RunSchedule(ws, ws.Settings, nil)
	if err != nil {
		return err
	}
	lang := text.LangOf(ws.Config.Lang())
	warnBreaches(opts.IO.ErrOut, caps, rm)
	plan := func() *tableprinter.Table { return planTable(opts.IO, rm) }
	write := func(w io.Writer) error {
		switch opts.Format {
		case "json":
			return jsonout.Write(w, rm)
		case "csv":
			return plan().WriteCSV(w)
		case "mspdi":
			return mspdi.Write(w, mspdi.Input{Title: ws.Config.Client, Lang: lang, Roadmap: rm, Clusters: caps.Clusters})
		}
		return cmdutil.Output{Data: rm, Table: plan, View: func() error { return printRoadmap(opts.IO, rm, caps) }}.Write(opts.IO, opts.Format)
	}
	if opts.Out == "" {
		return write(opts.IO.Out)
	}
	if err := atomicfile.Write(opts.Out, write); err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.ErrOut, "wrote %s\n", opts.Out)
	return nil
}

// warnBreaches prints a warning for every rule of the method the plan
// breaks: dsc roadmap and dsc report both say it, so a plan that draws
// step 5 before step 4 never reaches a deck unnoticed. Its words are
// English, as every word of the terminal (docs/workspace.md).
func warnBreaches(w io.Writer, caps *analysis.Capabilities, rm *analysis.Roadmap) {
	name := capabilityNames(caps)
	month := func(m float64) string { return roadmap.MonthLabel(rm.Start, m) }
	for _, b := range rm.Breaches {
		fmt.Fprintf(w, "warning: %s\n", termtext.Line(text.Breach(text.English, b, name, month)))
	}
}

func capabilityNames(caps *analysis.Capabilities) func(string) string {
	names := map[string]string{}
	for _, c := range caps.Capabilities {
		names[c.ID] = c.Name
	}
	return func(id string) string {
		if n, ok := names[id]; ok {
			return n
		}
		return id
	}
}

// planTable is the main table (piped, --format csv): one row per row of the
// plan with exact and calendar months.
func planTable(io *iostreams.IOStreams, rm *analysis.Roadmap) *tableprinter.Table {
	var cols []tableprinter.Column
	for _, h := range []string{"id", "kind", "step", "parent", "name", "start", "finish", "start_month", "end_month", "team_size", "owner",
		"critical", "cluster", "block", "predecessors"} {
		cols = append(cols, tableprinter.Text(h))
	}
	t := tableprinter.New(io, cols...)
	preds := map[string]string{}
	for _, c := range rm.Capabilities {
		preds[c.ID] = strings.Join(c.Predecessors, " ")
	}
	for _, it := range rm.Items {
		people := ""
		if it.TeamSize > 0 {
			people = fmtNum(it.TeamSize)
		}
		t.AddRow(it.ID, string(it.Kind), strconv.Itoa(it.Step), it.Parent, it.Name, fmtNum(it.Start), fmtNum(it.Finish), it.StartMonth, it.EndMonth,
			people, it.Owner, strconv.FormatBool(it.Critical), it.Cluster, it.Block, preds[it.ID])
	}
	return t
}

// printRoadmap is the terminal view: the plan, the load against capacity,
// the cost and the rule breaches. It is the consultant's working view, so
// dsc's own words (steps, the PMO, phases, milestones, pools, breaches) are
// English whatever the workspace's language; the names of capabilities and
// owners are the workspace's own (docs/workspace.md).
func printRoadmap(io *iostreams.IOStreams, rm *analysis.Roadmap, caps *analysis.Capabilities) error {
	const l = text.English
	cs := io.ColorScheme()
	out := io.Out
	fmt.Fprintln(out, io.Fit(fmt.Sprintf("%s %s", cs.Bold("Roadmap:"), strings.TrimPrefix(finishLine(rm), "the roadmap runs "))))
	fmt.Fprintln(out, io.Fit(fmt.Sprintf("%s %s", cs.Bold("Capacity:"), capacityLine(rm, l))))

	fmt.Fprintf(out, "\n%s\n", io.Fit(cs.Bold("PLAN: steps, their capabilities, the PMO and the milestones (* critical path)")))
	t := tableprinter.New(io, tableprinter.Number("step"), tableprinter.Text("item"), tableprinter.Text("owner").Optional(2),
		tableprinter.Number("people").Optional(3), tableprinter.Fixed("from"), tableprinter.Fixed("to"), tableprinter.Number("months").Optional(3),
		tableprinter.Text("note").Optional(1))
	planned := map[string]roadmap.PlannedCapability{}
	for _, c := range rm.Capabilities {
		planned[c.ID] = c
	}
	phases := map[string][]string{}
	for _, it := range rm.Items {
		if it.Kind == analysis.ItemPhase {
			phases[it.Parent] = append(phases[it.Parent], fmt.Sprintf("%s %s", text.Phase(l, it.Phase), period(it)))
		}
	}
	for _, it := range rm.Items {
		if it.Kind == analysis.ItemPhase {
			continue // in the note of its capability
		}
		name := analysis.ItemName(l, it, caps.Clusters) // English, as the rest of the terminal view
		switch it.Kind {
		case analysis.ItemStep:
		case analysis.ItemMilestone:
			name = "  ◆ " + name
		default:
			name = "  " + name
		}
		if it.Critical && it.Kind != analysis.ItemStep {
			name = "*" + name[1:]
		}
		to, months, people, step := it.EndMonth, fmtNum(round2(it.Finish-it.Start)), "", ""
		if it.Kind == analysis.ItemMilestone {
			to, months = "", ""
		}
		if it.TeamSize > 0 {
			people = fmtNum(it.TeamSize)
		}
		if it.Kind == analysis.ItemStep {
			step = strconv.Itoa(it.Step)
		}
		t.AddRow(step, name, orDash(it.Owner), people, it.StartMonth, to, months, planNote(planned[it.ID], phases[it.ID]))
	}
	if err := t.Render(); err != nil {
		return err
	}

	fmt.Fprintf(out, "\n%s\n", io.Fit(cs.Bold("LOAD: people per month against capacity")))
	cols := []tableprinter.Column{tableprinter.Fixed("month")}
	for _, ld := range rm.Load {
		cols = append(cols, tableprinter.Number(text.Pool(l, ld.Pool)))
	}
	t = tableprinter.New(io, cols...)
	for m, label := range rm.Months {
		row := []string{label}
		for _, ld := range rm.Load {
			cell := fmtNum(round2(ld.Months[m]))
			if ld.Limited {
				cell += " / " + fmtNum(ld.Capacity)
			}
			row = append(row, cell)
		}
		t.AddRow(row...)
	}
	if err := t.Render(); err != nil {
		return err
	}

	c := rm.Cost
	rate := "no monthly_rate set: person-months only"
	if c.MonthlyRate > 0 {
		rate = fmt.Sprintf("%s %s per person-month; total %s", money(c.MonthlyRate), rm.Currency, money(c.Total))
	}
	fmt.Fprintf(out, "\n%s\n", io.Fit(cs.Bold("COST: ")+rate))
	t = tableprinter.New(io, tableprinter.Text("period"), tableprinter.Number("person-months"), tableprinter.Number("cost"))
	for _, s := range c.Steps {
		t.AddRow(text.StepTitle(l, s.Step), fmtNum(round2(s.PersonMonths)), money(s.Cost))
	}
	for _, q := range c.Quarters {
		t.AddRow(q.Label, fmtNum(round2(q.PersonMonths)), money(q.Cost))
	}
	t.AddRow("total", fmtNum(round2(c.PersonMonths)), money(c.Total))
	if err := t.Render(); err != nil {
		return err
	}

	if len(rm.Breaches) > 0 {
		fmt.Fprintf(out, "\n%s\n", io.Fit(cs.Bold("RULE BREACHES the workspace forces")))
		name := capabilityNames(caps)
		month := func(m float64) string { return roadmap.MonthLabel(rm.Start, m) }
		for _, b := range rm.Breaches {
			fmt.Fprintf(out, "  %s\n", termtext.Line(text.Breach(l, b, name, month)))
		}
	}
	return nil
}

// planNote says why a capability sits where it does.
func planNote(c roadmap.PlannedCapability, phases []string) string {
	var notes []string
	if c.Delay > 0 {
		notes = append(notes, fmt.Sprintf("waits %s months for people", fmtNum(round2(c.Delay))))
	}
	if c.Pinned {
		notes = append(notes, "pinned start")
	}
	if c.AssignsPeople {
		notes = append(notes, "assigns people at the end of step 5")
	}
	if c.Block != "" {
		notes = append(notes, "coupled "+c.Block)
	}
	return strings.Join(append(notes, phases...), "; ")
}

// capacityLine is "IT-team 4, Organisation-team 3, Governance-team 2 people per month; the PMO holds 1 from 2027-04".
func capacityLine(rm *analysis.Roadmap, l text.Lang) string {
	var parts []string
	for _, ld := range rm.Load {
		if ld.Limited {
			parts = append(parts, fmt.Sprintf("%s %s", text.Pool(l, ld.Pool), fmtNum(ld.Capacity)))
		}
	}
	s := "unlimited (set settings.roadmap.capacity)"
	if len(parts) > 0 {
		s = strings.Join(parts, ", ") + " people per month"
	}
	if rm.PMO.TeamSize > 0 {
		s += fmt.Sprintf("; the PMO holds %s from %s", fmtNum(rm.PMO.TeamSize), roadmap.MonthLabel(rm.Start, rm.PMO.Start))
	}
	return s
}

func round2(x float64) float64 { return float64(int64(x*100+0.5)) / 100 }

// money is a whole amount with thousands separators: 1,234,500.
func money(x float64) string {
	s := strconv.FormatInt(int64(x+0.5), 10)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}
