package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/graphviz"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/numfmt"
	"github.com/dsc-workbench/dsc/internal/tableprinter"
	"github.com/dsc-workbench/dsc/internal/termtext"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/internal/workspace"
)

// CapabilitiesOptions holds what `dsc capabilities` needs.
type CapabilitiesOptions struct {
	IO        *iostreams.IOStreams
	Workspace func() (*workspace.Workspace, error)
	Format    string
}

// NewCmdCapabilities builds `dsc capabilities`.
func NewCmdCapabilities(f *cmdutil.Factory, runF func(*CapabilitiesOptions) error) *cobra.Command {
	opts := &CapabilitiesOptions{IO: f.IOStreams, Workspace: f.Workspace}
	cmd := &cobra.Command{
		Use:   "capabilities",
		Short: "Analyse the capabilities the target picture needs: sequenced dependency matrix, coupled blocks, tribe teams, dates",
		Long: `Analyse capabilities.yaml as a dependency structure matrix (DSM): the matrix is
sequenced so that every prerequisite comes before what needs it, waves of the
build-up form bands, capabilities that need each other form coupled blocks on
the diagonal (with settings.roadmap.coupled: allow; otherwise a cycle is an
error), and clusters of densely tied capabilities that enable the same catalog
entries are proposed as tribe teams. Each capability shows its gap, the
readiness of its dimension, its team and its months from the one schedule that
dsc roadmap and the report also use (docs/roadmap.md).

--format csv writes the sequenced matrix (id, wave, block, team, then one
column per capability: 1 where the row needs the column); --format dot writes
Graphviz with the blocks boxed.`,
		Example: `  dsc capabilities --example automotive-aftermarket
  dsc capabilities --example intralogistics --format dot | dot -Tsvg > capabilities.svg
  dsc capabilities --workspace acme --format csv > dsm.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := cmdutil.ValidateFormat(opts.Format, "table", "json", "csv", "dot"); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return capabilitiesRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "table", "output format: table, json, csv (the sequenced matrix) or dot")
	return cmd
}

// capabilitiesJSON is the capabilities with the schedule's headline numbers.
type capabilitiesJSON struct {
	*analysis.Capabilities
	Start           string   `json:"start"`
	Finish          float64  `json:"finish"`
	FinishUnlimited float64  `json:"finish_unlimited"`
	CriticalPath    []string `json:"critical_path"`
}

func capabilitiesRun(opts *CapabilitiesOptions) error {
	ws, err := opts.Workspace()
	if err != nil {
		return err
	}
	r, err := analysis.RunReadiness(ws, ws.Settings)
	if _, missing := err.(*workspace.MissingFileError); missing {
		r, err = nil, nil // readiness is context, not a requirement
	}
	if err != nil {
		return err
	}
	res, rm, err := analysis.RunSchedule(ws, ws.Settings, r)
	if err != nil {
		return err
	}
	switch opts.Format {
	case "dot":
		_, err := fmt.Fprint(opts.IO.Out, graphviz.Capabilities(text.LangOf(ws.Config.Lang()), res.Graph))
		return err
	case "csv":
		return dsmTable(opts.IO, res).WriteCSV(opts.IO.Out)
	}
	return cmdutil.Output{Data: capabilitiesJSON{res, rm.Start, rm.Finish, rm.FinishUnlimited, rm.CriticalPath},
		Table: func() *tableprinter.Table { return capabilityTable(opts.IO, res, rm) },
		View:  func() error { return printCapabilities(opts.IO, res, rm) }}.Write(opts.IO, opts.Format)
}

// dsmTable is the dependency matrix (--format csv): row needs column (1).
func dsmTable(io *iostreams.IOStreams, res *analysis.Capabilities) *tableprinter.Table {
	cols := []tableprinter.Column{tableprinter.Fixed("needs \\ of"), tableprinter.Number("wave"), tableprinter.Fixed("block"), tableprinter.Fixed("team")}
	for _, c := range res.Capabilities {
		cols = append(cols, tableprinter.Number(c.ID))
	}
	t := tableprinter.New(io, cols...)
	for i, c := range res.Capabilities {
		row := []string{c.ID, strconv.Itoa(c.Wave), c.Block, c.Cluster}
		for j := range res.Capabilities {
			if res.Matrix[i][j] {
				row = append(row, "1")
			} else {
				row = append(row, "0")
			}
		}
		t.AddRow(row...)
	}
	return t
}

// capabilityTable is the main table of `dsc capabilities` when piped: every
// capability in sequence with its schedule and the readiness of its dimension.
func capabilityTable(io *iostreams.IOStreams, res *analysis.Capabilities, rm *analysis.Roadmap) *tableprinter.Table {
	var cols []tableprinter.Column
	for _, h := range []string{"id", "name", "element", "step", "wave", "block", "team", "current", "target", "gap", "readiness_dimension",
		"readiness_current", "readiness_target", "people", "months", "start", "end", "slack", "fan_in", "fan_out", "critical"} {
		cols = append(cols, tableprinter.Text(h))
	}
	t := tableprinter.New(io, cols...)
	for _, c := range res.Capabilities {
		var rdim, rcur, rtgt, start, end string
		if rc, ok := res.Context[c.ID]; ok {
			rdim, rcur, rtgt = rc.Dimension, optF2(rc.Current, ""), f2(rc.Target)
		}
		if it, ok := rm.Item(c.ID); ok {
			start, end = it.StartMonth, it.EndMonth
		}
		t.AddRow(c.ID, c.Name, string(c.Element), strconv.Itoa(c.Step), strconv.Itoa(c.Wave), c.Block, c.Cluster, strconv.Itoa(c.Current),
			strconv.Itoa(c.Target), strconv.Itoa(c.Gap), rdim, rcur, rtgt, fmtNum(c.TeamSize), fmtNum(c.Duration), start, end, fmtNum(c.Slack),
			strconv.Itoa(c.FanIn), strconv.Itoa(c.FanOut), strconv.FormatBool(c.Critical))
	}
	return t
}

// period is "2027-04 – 2027-06", or one month when it starts and ends in it.
func period(it analysis.DatedItem) string {
	if it.StartMonth == it.EndMonth {
		return it.StartMonth
	}
	return it.StartMonth + " – " + it.EndMonth
}

// printCapabilities is the terminal view: a summary, the sequenced
// dependency matrix, the capabilities in sequence, coupled blocks and the
// proposed tribe teams.
func printCapabilities(io *iostreams.IOStreams, res *analysis.Capabilities, rm *analysis.Roadmap) error {
	cs := io.ColorScheme()
	out := io.Out
	fmt.Fprintln(out, io.Fit(fmt.Sprintf("%s %d in %s, %s, %s; %s", cs.Bold("Capabilities:"), len(res.Capabilities), numfmt.Count(res.Waves, "wave", "waves"),
		numfmt.Count(len(res.Blocks), "coupled block", "coupled blocks"), numfmt.Count(len(res.Clusters), "proposed tribe team", "proposed tribe teams"), finishLine(rm))))
	fmt.Fprintf(out, "\n%s\n", io.Fit(cs.Bold("SEQUENCED DEPENDENCY MATRIX: row needs column (x); waves as bands, coupled blocks marked #")))
	fmt.Fprint(out, dsmFigure(res, io.Width()))
	fmt.Fprintf(out, "\n%s\n", cs.Bold("CAPABILITIES in sequence"))
	t := tableprinter.New(io, tableprinter.Number("#"), tableprinter.Text("capability"), tableprinter.Fixed("element").Optional(2),
		tableprinter.Number("step").Optional(3), tableprinter.Number("wave"), tableprinter.Fixed("block").Optional(2), tableprinter.Fixed("team").Optional(2),
		tableprinter.Number("gap"), tableprinter.Text("readiness of dimension").Optional(1), tableprinter.Number("people").Optional(3),
		tableprinter.Number("months"), tableprinter.Fixed("period"), tableprinter.Number("slack").Optional(1),
		tableprinter.Number("fan-in").Optional(3), tableprinter.Number("fan-out").Optional(3))
	for i, c := range res.Capabilities {
		ctx := "-"
		if rc, ok := res.Context[c.ID]; ok {
			ctx = fmt.Sprintf("%s %s/%s", rc.Dimension, optF2(rc.Current, notRated), f2(rc.Target))
		}
		name := c.Name
		if c.Critical {
			name = "* " + name
		}
		when := "-"
		if it, ok := rm.Item(c.ID); ok {
			when = period(it)
		}
		t.AddRow(strconv.Itoa(i+1), name, string(c.Element), strconv.Itoa(c.Step), strconv.Itoa(c.Wave), orDash(c.Block), c.Cluster,
			strconv.Itoa(c.Gap), ctx, fmtNum(c.TeamSize), fmtNum(c.Duration), when, fmtNum(c.Slack), strconv.Itoa(c.FanIn), strconv.Itoa(c.FanOut))
	}
	if err := t.Render(); err != nil {
		return err
	}
	fmt.Fprintln(out, io.Fit(cs.Gray("* on the critical path. Periods come from the one schedule (dsc roadmap); slack is how long a capability may slip without delaying the end when people are unlimited.")))
	if len(res.Blocks) > 0 {
		fmt.Fprintf(out, "\n%s\n", cs.Bold("COUPLED BLOCKS: built as one unit"))
		t := tableprinter.New(io, tableprinter.Fixed("block"), tableprinter.Text("capabilities"), tableprinter.Text("cycle"))
		for _, b := range res.Blocks {
			t.AddRow(b.ID, strings.Join(b.Capabilities, ", "), strings.Join(b.Cycle, " -> "))
		}
		if err := t.Render(); err != nil {
			return err
		}
	}
	fmt.Fprintf(out, "\n%s\n", io.Fit(cs.Bold("PROPOSED TRIBE TEAMS: clusters by dependency density and jointly enabled entries")))
	t = tableprinter.New(io, tableprinter.Fixed("team"), tableprinter.Text("around"), tableprinter.Number("cohesion"), tableprinter.Text("capabilities"),
		tableprinter.Text("delivers"))
	for _, c := range res.Clusters {
		t.AddRow(c.ID, c.Name, f2(c.Cohesion), strings.Join(c.Capabilities, ", "), orDash(strings.Join(c.Entries, ", ")))
	}
	return t.Render()
}

// finishLine is "2027-01 – 2028-09 (21 months; 18 with unlimited people)".
func finishLine(rm *analysis.Roadmap) string {
	s := fmt.Sprintf("the roadmap runs %s months", fmtNum(rm.Finish))
	if len(rm.Months) > 0 {
		s = fmt.Sprintf("the roadmap runs %s – %s (%s months", rm.Months[0], rm.Months[len(rm.Months)-1], fmtNum(rm.Finish))
	} else {
		s += " ("
	}
	if rm.Capacity.Limited() {
		return s + fmt.Sprintf("; %s with unlimited people)", fmtNum(rm.FinishUnlimited))
	}
	return s + ", capacity unlimited)"
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// dsmFigure draws the sequenced matrix on a terminal: one row and column
// per capability, a rule between waves, # for the cells of a coupled block.
func dsmFigure(res *analysis.Capabilities, width int) string {
	var b strings.Builder
	caps := res.Capabilities
	mark := func(i, j int) string {
		switch {
		case i == j:
			return "■"
		case caps[i].Block != "" && caps[i].Block == caps[j].Block:
			// Inside a coupled block every member waits for every other
			// (a cycle), so the block shows whole, dependency or not.
			return "#"
		case res.Matrix[i][j]:
			return "x"
		}
		return "."
	}
	num := len(strconv.Itoa(len(caps)))
	cell := num + 1
	bands := res.Waves - 1
	nameW := 0
	for _, c := range caps {
		nameW = max(nameW, len([]rune(c.ID)))
	}
	if width > 0 {
		// The grid without names: row number, wave, the cells and the bands.
		grid := (num + 1) + 5 + len(caps)*cell + 2*bands
		switch room := width - grid - 1; {
		case room >= 8:
			nameW = min(nameW, room)
		case grid <= width:
			nameW = 0 // numbers only: they match the # of the table below
		default:
			return fmt.Sprintf("%d capabilities need %d columns; widen the terminal, or see --format csv.\n", len(caps), grid)
		}
	}
	newBand := func(j int) bool { return j > 0 && caps[j].Wave != caps[j-1].Wave }
	prefix := fmt.Sprintf("%*s %-*s %4s ", num, "", nameW, "", "wave")
	b.WriteString(prefix)
	for j := range caps {
		if newBand(j) {
			b.WriteString("│ ")
		}
		fmt.Fprintf(&b, "%*d", cell, j+1)
	}
	b.WriteByte('\n')
	for i, c := range caps {
		if newBand(i) {
			b.WriteString(strings.Repeat("─", len([]rune(prefix))))
			for j := range caps {
				if newBand(j) {
					b.WriteString("┼─")
				}
				b.WriteString(strings.Repeat("─", cell))
			}
			b.WriteByte('\n')
		}
		wave := ""
		if i == 0 || newBand(i) {
			wave = strconv.Itoa(c.Wave)
		}
		fmt.Fprintf(&b, "%*d %-*s %4s ", num, i+1, nameW, clip(termtext.Line(c.ID), nameW), wave)
		for j := range caps {
			if newBand(j) {
				b.WriteString("│ ")
			}
			fmt.Fprintf(&b, "%*s", cell, mark(i, j))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// clip shortens s to w runes with an ellipsis.
func clip(s string, w int) string {
	r := []rune(s)
	if len(r) <= w {
		return s
	}
	return string(r[:w-1]) + "…"
}
