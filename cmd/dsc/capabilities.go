package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/tableprinter"
	"github.com/dsc-workbench/dsc/internal/termtext"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/roadmap"
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
		Short: "Analyse the capabilities the target picture needs: dependency matrix, waves, critical path and gaps",
		Long: `Analyse capabilities.yaml: each capability's gap (target - current maturity) with
the readiness of its requirement dimension as context, fan-in and fan-out (hubs
that many others wait for), the waves of the build-up (a capability sits one
wave after its latest prerequisite), earliest start and finish in months, slack
and the critical path by duration (effort / team size). The dependency matrix
(design structure matrix) is printed compactly, or as --format csv, or as
Graphviz --format dot.`,
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
	cmd.Flags().StringVar(&opts.Format, "format", "table", "output format: table, json, csv (the dependency matrix) or dot")
	return cmd
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
	res, err := analysis.RunCapabilities(ws, ws.Settings, r)
	if err != nil {
		return err
	}
	switch opts.Format {
	case "dot":
		_, err := fmt.Fprint(opts.IO.Out, roadmap.DOT(res.Graph))
		return err
	case "csv":
		return dsmTable(opts.IO, res).WriteCSV(opts.IO.Out)
	}
	return cmdutil.Output{Data: res, Table: func() *tableprinter.Table { return capabilityTable(opts.IO, res) },
		View: func() error { return printCapabilities(opts.IO, res) }}.Write(opts.IO, opts.Format)
}

// dsmTable is the dependency matrix: row needs column (1).
func dsmTable(io *iostreams.IOStreams, res *analysis.Capabilities) *tableprinter.Table {
	cols := []tableprinter.Column{tableprinter.Fixed("needs \\ of")}
	for _, c := range res.Capabilities {
		cols = append(cols, tableprinter.Number(c.ID))
	}
	t := tableprinter.New(io, cols...)
	for i, c := range res.Capabilities {
		row := []string{c.ID}
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

// byWave orders the capabilities by wave, then earliest start.
func byWave(res *analysis.Capabilities) []int {
	order := make([]int, len(res.Capabilities))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		x, y := res.Capabilities[order[a]], res.Capabilities[order[b]]
		if x.Wave != y.Wave {
			return x.Wave < y.Wave
		}
		return x.EarliestStart < y.EarliestStart
	})
	return order
}

// capabilityTable is the main table of `dsc capabilities` when piped: every
// capability by wave with its schedule and the readiness of its dimension.
func capabilityTable(io *iostreams.IOStreams, res *analysis.Capabilities) *tableprinter.Table {
	var cols []tableprinter.Column
	for _, h := range []string{"id", "name", "element", "dimension", "current", "target", "gap", "readiness_dimension", "readiness_current",
		"readiness_target", "effort", "months", "wave", "earliest_start", "earliest_finish", "slack", "fan_in", "fan_out", "critical"} {
		cols = append(cols, tableprinter.Text(h))
	}
	t := tableprinter.New(io, cols...)
	for _, i := range byWave(res) {
		c := res.Capabilities[i]
		var rdim, rcur, rtgt string
		if rc, ok := res.Context[c.ID]; ok {
			rdim, rcur, rtgt = rc.Dimension, optF2(rc.Current, ""), f2(rc.Target)
		}
		t.AddRow(c.ID, c.Name, string(c.Element), string(c.Dimension), strconv.Itoa(c.Current), strconv.Itoa(c.Target), strconv.Itoa(c.Gap),
			rdim, rcur, rtgt, fmtNum(c.Effort), fmtNum(c.Duration), strconv.Itoa(c.Wave), fmtNum(c.EarliestStart), fmtNum(c.EarliestFinish),
			fmtNum(c.Slack), strconv.Itoa(c.FanIn), strconv.Itoa(c.FanOut), strconv.FormatBool(c.Critical))
	}
	return t
}

// printCapabilities is the terminal view: a summary, the capabilities by
// wave and the dependency matrix.
func printCapabilities(io *iostreams.IOStreams, res *analysis.Capabilities) error {
	cs := io.ColorScheme()
	out := io.Out
	fmt.Fprintln(out, io.Fit(fmt.Sprintf("%s %d capabilities in %d waves; critical path %s months (team size %s): %s", cs.Bold("Capabilities:"),
		len(res.Capabilities), res.Waves, fmtNum(res.Length), fmtNum(res.TeamSize), strings.Join(res.CriticalPath, " -> "))))
	fmt.Fprintf(out, "\n%s\n", cs.Bold("CAPABILITIES by wave"))
	t := tableprinter.New(io, tableprinter.Number("#"), tableprinter.Text("capability"), tableprinter.Fixed("element").Optional(2),
		tableprinter.Fixed("dimension").Optional(3), tableprinter.Fixed("maturity"), tableprinter.Number("gap"),
		tableprinter.Text("readiness of dimension").Optional(1), tableprinter.Number("effort").Optional(2), tableprinter.Number("months"),
		tableprinter.Number("wave"), tableprinter.Fixed("start-finish"), tableprinter.Number("slack").Optional(1),
		tableprinter.Number("fan-in").Optional(3), tableprinter.Number("fan-out").Optional(3))
	for _, i := range byWave(res) {
		c := res.Capabilities[i]
		ctx := "-"
		if rc, ok := res.Context[c.ID]; ok {
			ctx = fmt.Sprintf("%s %s/%s", rc.Dimension, optF2(rc.Current, notRated), f2(rc.Target))
		}
		name := c.Name
		if c.Critical {
			name = "* " + name
		}
		t.AddRow(strconv.Itoa(i+1), name, string(c.Element), string(c.Dimension), fmt.Sprintf("%d -> %d", c.Current, c.Target), strconv.Itoa(c.Gap), ctx,
			fmtNum(c.Effort), fmtNum(c.Duration), strconv.Itoa(c.Wave), fmtNum(c.EarliestStart)+"-"+fmtNum(c.EarliestFinish), fmtNum(c.Slack),
			strconv.Itoa(c.FanIn), strconv.Itoa(c.FanOut))
	}
	if err := t.Render(); err != nil {
		return err
	}
	fmt.Fprintln(out, io.Fit(cs.Gray("* on the critical path. Months from the start; slack is how long a capability may slip without delaying the end.")))
	fmt.Fprintf(out, "\n%s\n", cs.Bold("DEPENDENCY MATRIX: row needs column (x)"))
	_, err := fmt.Fprint(out, dsmText(res, io.Width()))
	return err
}

// dsmText draws the dependency matrix in width columns: with capability ids
// when they fit, else with the numbers of the table above only, else not at all.
func dsmText(res *analysis.Capabilities, width int) string {
	n := len(res.Capabilities)
	digits := len(strconv.Itoa(n))
	pad := 0
	for _, c := range res.Capabilities {
		pad = max(pad, len(c.ID))
	}
	grid := digits + 1 + n*(digits+1)
	switch {
	case width <= 0 || pad+1+grid <= width:
	case grid <= width:
		pad = -1 // numbers only
	default:
		return fmt.Sprintf("%d capabilities need %d columns; widen the terminal or use --format csv.\n", n, grid)
	}
	var b strings.Builder
	label := func(s string) {
		if pad >= 0 {
			fmt.Fprintf(&b, "%-*s ", pad, s)
		}
	}
	label("")
	fmt.Fprintf(&b, "%*s", digits, "")
	for j := range res.Capabilities {
		fmt.Fprintf(&b, "%*d", digits+1, j+1)
	}
	b.WriteByte('\n')
	for i, c := range res.Capabilities {
		label(termtext.Line(c.ID))
		fmt.Fprintf(&b, "%*d", digits, i+1)
		for j := range res.Capabilities {
			mark := "."
			switch {
			case i == j:
				mark = "■"
			case res.Matrix[i][j]:
				mark = "x"
			}
			fmt.Fprintf(&b, "%*s", digits+1, mark)
		}
		b.WriteByte('\n')
	}
	return b.String()
}
