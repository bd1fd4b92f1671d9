package main

import (
	"encoding/csv"
	"fmt"
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
	case "json":
		return cmdutil.WriteJSON(opts.IO.Out, capabilitiesJSON{res, rm.Start, rm.Finish, rm.FinishUnlimited, rm.CriticalPath})
	case "dot":
		_, err := fmt.Fprint(opts.IO.Out, roadmap.DOT(res.Graph))
		return err
	case "csv":
		return writeDSMCSV(opts.IO, res)
	}
	return printCapabilities(opts.IO, res, rm)
}

func writeDSMCSV(io *iostreams.IOStreams, res *analysis.Capabilities) error {
	w := csv.NewWriter(io.Out)
	header := []string{"needs \\ of", "wave", "block", "team"}
	for _, c := range res.Capabilities {
		header = append(header, c.ID)
	}
	w.Write(header)
	for i, c := range res.Capabilities {
		row := []string{c.ID, strconv.Itoa(c.Wave), c.Block, c.Cluster}
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

// period is "2027-04 – 2027-06", or one month when it starts and ends in it.
func period(it analysis.DatedItem) string {
	if it.StartMonth == it.EndMonth {
		return it.StartMonth
	}
	return it.StartMonth + " – " + it.EndMonth
}

func printCapabilities(io *iostreams.IOStreams, res *analysis.Capabilities, rm *analysis.Roadmap) error {
	cs := io.ColorScheme()
	out := io.Out
	tty := io.IsStdoutTTY()
	fmt.Fprintf(out, "%s %d in %s, %s, %s; %s\n", cs.Bold("Capabilities:"), len(res.Capabilities), plural(res.Waves, "wave"),
		plural(len(res.Blocks), "coupled block"), plural(len(res.Clusters), "proposed tribe team"), finishLine(rm))
	fmt.Fprintf(out, "\n%s\n", cs.Bold("SEQUENCED DEPENDENCY MATRIX: row needs column (x); waves as bands, coupled blocks marked #"))
	fmt.Fprint(out, dsmFigure(res, io.Width(), tty))
	fmt.Fprintf(out, "\n%s\n", cs.Bold("CAPABILITIES in sequence"))
	t := tableprinter.New(out, tty, io.Width(), cs.Bold)
	t.Header("#", "capability", "element", "step", "wave", "block", "team", "gap", "readiness of dimension", "people", "months", "period", "slack", "fan-in", "fan-out")
	t.AlignRight(0, 3, 4, 7, 9, 10, 12, 13, 14)
	for i, c := range res.Capabilities {
		ctx := "-"
		if rc, ok := res.Context[c.ID]; ok {
			ctx = fmt.Sprintf("%s %.2f/%.2f", rc.Dimension, rc.Current, rc.Target)
		}
		name := c.Name
		if c.Critical {
			name = "* " + name
		}
		when := "-"
		if it, ok := rm.Item(c.ID); ok {
			when = period(it)
		}
		t.Row(strconv.Itoa(i+1), name, string(c.Element), strconv.Itoa(c.Step), strconv.Itoa(c.Wave), orDash(c.Block), c.Cluster,
			strconv.Itoa(c.Gap), ctx, fmtNum(c.TeamSize), fmtNum(c.Duration), when, fmtNum(c.Slack), strconv.Itoa(c.FanIn), strconv.Itoa(c.FanOut))
	}
	t.Print()
	if tty {
		fmt.Fprintln(out, cs.Gray("* on the critical path. Periods come from the one schedule (dsc roadmap); slack is how long a capability may slip without delaying the end when people are unlimited."))
	}
	if len(res.Blocks) > 0 {
		fmt.Fprintf(out, "\n%s\n", cs.Bold("COUPLED BLOCKS: built as one unit"))
		t := tableprinter.New(out, tty, io.Width(), cs.Bold)
		t.Header("block", "capabilities", "cycle")
		for _, b := range res.Blocks {
			t.Row(b.ID, strings.Join(b.Capabilities, ", "), strings.Join(b.Cycle, " -> "))
		}
		t.Print()
	}
	fmt.Fprintf(out, "\n%s\n", cs.Bold("PROPOSED TRIBE TEAMS: clusters by dependency density and jointly enabled entries"))
	t = tableprinter.New(out, tty, io.Width(), cs.Bold)
	t.Header("team", "around", "cohesion", "capabilities", "delivers")
	t.AlignRight(2)
	for _, c := range res.Clusters {
		t.Row(c.ID, c.Name, fmt.Sprintf("%.2f", c.Cohesion), strings.Join(c.Capabilities, ", "), orDash(strings.Join(c.Entries, ", ")))
	}
	return t.Print()
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

// plural is "1 wave", "2 waves".
func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// dsmFigure draws the sequenced matrix: one row and column per capability,
// a rule between waves, # for the cells of a coupled block. Piped, it is a
// tab-separated matrix with the same marks.
func dsmFigure(res *analysis.Capabilities, width int, tty bool) string {
	var b strings.Builder
	caps := res.Capabilities
	mark := func(i, j int) string {
		switch {
		case i == j:
			return "■"
		case res.Matrix[i][j]:
			return "x"
		case caps[i].Block != "" && caps[i].Block == caps[j].Block:
			return "#"
		}
		return "."
	}
	if !tty {
		b.WriteString("#\tcapability\twave")
		for j := range caps {
			fmt.Fprintf(&b, "\t%d", j+1)
		}
		b.WriteByte('\n')
		for i, c := range caps {
			fmt.Fprintf(&b, "%d\t%s\t%d", i+1, c.ID, c.Wave)
			for j := range caps {
				b.WriteString("\t" + mark(i, j))
			}
			b.WriteByte('\n')
		}
		return b.String()
	}
	num := len(strconv.Itoa(len(caps)))
	cell := num + 1
	bands := res.Waves - 1
	nameW := 0
	for _, c := range caps {
		nameW = max(nameW, len([]rune(c.ID)))
	}
	if width > 0 {
		nameW = max(8, min(nameW, width-(num+1)-5-len(caps)*cell-2*bands-1))
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
		fmt.Fprintf(&b, "%*d %-*s %4s ", num, i+1, nameW, clip(c.ID, nameW), wave)
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
