package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/atomicfile"
	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/mspdi"
	"github.com/dsc-workbench/dsc/internal/tableprinter"
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
	name := capabilityNames(caps)
	month := func(m float64) string { return roadmap.MonthLabel(rm.Start, m) }
	for _, b := range rm.Breaches {
		fmt.Fprintf(opts.IO.ErrOut, "warning: %s\n", text.Breach(lang, b, name, month))
	}
	write := func(w io.Writer) error {
		switch opts.Format {
		case "json":
			return cmdutil.WriteJSON(w, rm)
		case "csv":
			return writeRoadmapCSV(w, rm)
		case "mspdi":
			return mspdi.Write(w, mspdi.Input{Title: ws.Config.Client, Lang: lang, Roadmap: rm, Clusters: caps.Clusters})
		}
		return printRoadmap(opts.IO, w, rm, caps, lang)
	}
	if opts.Out == "" {
		return write(opts.IO.Out)
	}
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return err
	}
	if err := atomicfile.WriteFile(opts.Out, buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.ErrOut, "wrote %s\n", opts.Out)
	return nil
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

func writeRoadmapCSV(w io.Writer, rm *analysis.Roadmap) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "kind", "step", "parent", "name", "start", "finish", "start_month", "end_month", "team_size", "owner", "critical",
		"cluster", "block", "predecessors"})
	preds := map[string]string{}
	for _, c := range rm.Capabilities {
		preds[c.ID] = strings.Join(c.Predecessors, " ")
	}
	for _, it := range rm.Items {
		cw.Write([]string{it.ID, string(it.Kind), strconv.Itoa(it.Step), it.Parent, safeCSV(it.Name), fmtNum(it.Start), fmtNum(it.Finish),
			it.StartMonth, it.EndMonth, fmtNum(it.TeamSize), safeCSV(it.Owner), strconv.FormatBool(it.Critical), it.Cluster, it.Block, preds[it.ID]})
	}
	cw.Flush()
	return cw.Error()
}

func printRoadmap(io *iostreams.IOStreams, out io.Writer, rm *analysis.Roadmap, caps *analysis.Capabilities, l text.Lang) error {
	cs := io.ColorScheme()
	tty := io.IsStdoutTTY() && out == io.Out
	width := io.Width()
	fmt.Fprintf(out, "%s %s\n", cs.Bold("Roadmap:"), strings.TrimPrefix(finishLine(rm), "the roadmap runs "))
	fmt.Fprintf(out, "%s %s\n", cs.Bold("Capacity:"), capacityLine(rm, l))

	fmt.Fprintf(out, "\n%s\n", cs.Bold("PLAN: steps, their capabilities, the PMO and the milestones (* critical path)"))
	t := tableprinter.New(out, tty, width, cs.Bold)
	t.Header("step", "item", "owner", "people", "from", "to", "months", "note")
	t.AlignRight(0, 3, 6)
	delay := map[string]roadmap.PlannedCapability{}
	for _, c := range rm.Capabilities {
		delay[c.ID] = c
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
		name, note := it.Name, ""
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
		if c, ok := delay[it.ID]; ok {
			var notes []string
			if c.Delay > 0 {
				notes = append(notes, fmt.Sprintf("waits %s months for people", fmtNum(c.Delay)))
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
			notes = append(notes, phases[c.ID]...)
			note = strings.Join(notes, "; ")
		}
		to, months, people := it.EndMonth, fmtNum(round2(it.Finish-it.Start)), ""
		if it.Kind == analysis.ItemMilestone {
			to, months = "", ""
		}
		if it.TeamSize > 0 {
			people = fmtNum(it.TeamSize)
		}
		step := ""
		if it.Kind == analysis.ItemStep {
			step = strconv.Itoa(it.Step)
		}
		t.Row(step, name, orDash(it.Owner), people, it.StartMonth, to, months, note)
	}
	if err := t.Print(); err != nil {
		return err
	}

	fmt.Fprintf(out, "\n%s\n", cs.Bold("LOAD: people per month against capacity"))
	t = tableprinter.New(out, tty, width, cs.Bold)
	head := []string{"month"}
	for _, ld := range rm.Load {
		head = append(head, text.Pool(l, ld.Pool))
	}
	t.Header(head...)
	for k := 1; k <= len(rm.Load); k++ {
		t.AlignRight(k)
	}
	for m, label := range rm.Months {
		row := []string{label}
		for _, ld := range rm.Load {
			cell := fmtNum(round2(ld.Months[m]))
			if ld.Limited {
				cell += " / " + fmtNum(ld.Capacity)
			}
			row = append(row, cell)
		}
		t.Row(row...)
	}
	if err := t.Print(); err != nil {
		return err
	}

	c := rm.Cost
	rate := "no monthly_rate set: person-months only"
	if c.MonthlyRate > 0 {
		rate = fmt.Sprintf("%s %s per person-month; total %s", money(c.MonthlyRate), rm.Currency, money(c.Total))
	}
	fmt.Fprintf(out, "\n%s %s\n", cs.Bold("COST:"), rate)
	t = tableprinter.New(out, tty, width, cs.Bold)
	t.Header("period", "person-months", "cost")
	t.AlignRight(1, 2)
	for _, s := range c.Steps {
		t.Row(text.StepTitle(l, s.Step), fmtNum(round2(s.PersonMonths)), money(s.Cost))
	}
	for _, q := range c.Quarters {
		t.Row(q.Label, fmtNum(round2(q.PersonMonths)), money(q.Cost))
	}
	t.Row("total", fmtNum(round2(c.PersonMonths)), money(c.Total))
	if err := t.Print(); err != nil {
		return err
	}

	if len(rm.Breaches) > 0 {
		fmt.Fprintf(out, "\n%s\n", cs.Bold("RULE BREACHES the workspace forces"))
		name := capabilityNames(caps)
		month := func(m float64) string { return roadmap.MonthLabel(rm.Start, m) }
		for _, b := range rm.Breaches {
			fmt.Fprintf(out, "  %s\n", text.Breach(l, b, name, month))
		}
	}
	return nil
}

// capacityLine is "IT 4, Organisation 3, Governance 2 people per month; the PMO holds 1".
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
