package main

import (
	"encoding/csv"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/tableprinter"
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
	case "json":
		return cmdutil.WriteJSON(opts.IO.Out, res)
	case "dot":
		_, err := fmt.Fprint(opts.IO.Out, roadmap.DOT(res.Graph))
		return err
	case "csv":
		return writeDSMCSV(opts.IO, res)
	}
	return printCapabilities(opts.IO, res)
}

func writeDSMCSV(io *iostreams.IOStreams, res *analysis.Capabilities) error {
	w := csv.NewWriter(io.Out)
	header := []string{"needs \\ of"}
	for _, c := range res.Capabilities {
		header = append(header, c.ID)
	}
	w.Write(header)
	for i, c := range res.Capabilities {
		row := []string{c.ID}
		for j := range res.Capabilities {
			if res.Matrix[i][j] {
				row = append(row, "1")
			} else {
				row = append(row, "0")
			}
		}
		w.Write(row)
	}
	w.Flush()
	return w.Error()
}

func printCapabilities(io *iostreams.IOStreams, res *analysis.Capabilities) error {
	cs := io.ColorScheme()
	out := io.Out
	tty := io.IsStdoutTTY()
	fmt.Fprintf(out, "%s %d capabilities in %d waves; critical path %g months (team size %g): %s\n", cs.Bold("Capabilities:"),
		len(res.Capabilities), res.Waves, res.Length, res.TeamSize, strings.Join(res.CriticalPath, " -> "))
	fmt.Fprintf(out, "\n%s\n", cs.Bold("CAPABILITIES by wave"))
	t := tableprinter.New(out, tty, io.Width(), cs.Bold)
	t.Header("#", "capability", "element", "dimension", "maturity", "gap", "readiness of dimension", "effort", "months", "wave", "start-finish", "slack", "fan-in", "fan-out")
	t.AlignRight(0, 5, 7, 8, 9, 11, 12, 13)
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
	for _, i := range order {
		c := res.Capabilities[i]
		ctx := "-"
		if rc, ok := res.Context[c.ID]; ok {
			ctx = fmt.Sprintf("%s %.2f/%.2f", rc.Dimension, rc.Current, rc.Target)
		}
		name := c.Name
		if c.Critical {
			name = "* " + name
		}
		t.Row(strconv.Itoa(i+1), name, string(c.Element), string(c.Dimension), fmt.Sprintf("%d -> %d", c.Current, c.Target), strconv.Itoa(c.Gap), ctx,
			fmtNum(c.Effort), fmtNum(c.Duration), strconv.Itoa(c.Wave), fmt.Sprintf("%g-%g", c.EarliestStart, c.EarliestFinish), fmtNum(c.Slack),
			strconv.Itoa(c.FanIn), strconv.Itoa(c.FanOut))
	}
	t.Print()
	if tty {
		fmt.Fprintln(out, cs.Gray("* on the critical path. Months from the start; slack is how long a capability may slip without delaying the end."))
	}
	fmt.Fprintf(out, "\n%s\n", cs.Bold("DEPENDENCY MATRIX: row needs column (x)"))
	var b strings.Builder
	width := len(strconv.Itoa(len(res.Capabilities)))
	pad := 0
	for _, c := range res.Capabilities {
		pad = max(pad, len(c.ID))
	}
	fmt.Fprintf(&b, "%*s %*s ", pad, "", width, "")
	for j := range res.Capabilities {
		fmt.Fprintf(&b, "%*d", width+1, j+1)
	}
	b.WriteByte('\n')
	for i, c := range res.Capabilities {
		fmt.Fprintf(&b, "%-*s %*d ", pad, c.ID, width, i+1)
		for j := range res.Capabilities {
			mark := "."
			switch {
			case i == j:
				mark = "■"
			case res.Matrix[i][j]:
				mark = "x"
			}
			fmt.Fprintf(&b, "%*s", width+1, mark)
		}
		b.WriteByte('\n')
	}
	_, err := fmt.Fprint(out, b.String())
	return err
}
