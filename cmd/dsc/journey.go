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
	"github.com/dsc-workbench/dsc/internal/numfmt"
	"github.com/dsc-workbench/dsc/internal/tableprinter"
	"github.com/dsc-workbench/dsc/internal/termtext"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/journey"
)

// JourneyOptions holds what `dsc journey` needs.
type JourneyOptions struct {
	IO        *iostreams.IOStreams
	Workspace func() (*workspace.Workspace, error)
	Persona   string
	Format    string
}

// NewCmdJourney builds `dsc journey`.
func NewCmdJourney(f *cmdutil.Factory, runF func(*JourneyOptions) error) *cobra.Command {
	opts := &JourneyOptions{IO: f.IOStreams, Workspace: f.Workspace}
	cmd := &cobra.Command{
		Use:   "journey",
		Short: "Show where the journey serves each persona, where it leaves holes, and how channels are configured",
		Long: `Analyse journey.yaml: the stage x channel coverage (overall and per persona),
features no touchpoint serves, holes (a stage where a persona meets no must-be or
one-dimensional feature; categories from the Kano survey when there is one, else
from the catalog), over-served cells, the channel configuration model closest to
the channel-role matrix, support for omni-channel processes, KPIs along the
journey and how much of it still rests on hypotheses. Rules: docs/journey.md.`,
		Example: `  dsc journey --example automotive-aftermarket
  dsc journey --example intralogistics --persona maintenance-lead
  dsc journey --workspace acme --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := cmdutil.ValidateFormat(opts.Format, cmdutil.TableFormats...); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return journeyRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Persona, "persona", "", "show the coverage grid of one persona")
	cmd.Flags().StringVar(&opts.Format, "format", "table", "output format: table, json or csv (csv and piped: the coverage grid, one row per stage and channel)")
	return cmd
}

// kanoIfSurveys runs the Kano analysis when the workspace has surveys, so
// that journey holes use measured categories.
func kanoIfSurveys(io *iostreams.IOStreams, ws *workspace.Workspace) (*analysis.Kano, error) {
	if len(ws.Surveys) == 0 {
		return nil, nil
	}
	io.StartProgress("Reading surveys")
	defer io.StopProgress()
	return analysis.RunKano(ws, ws.Settings, analysis.KanoOptions{})
}

func journeyRun(opts *JourneyOptions) error {
	ws, err := opts.Workspace()
	if err != nil {
		return err
	}
	k, err := kanoIfSurveys(opts.IO, ws)
	if err != nil {
		return err
	}
	res, err := analysis.RunJourney(ws, k)
	if err != nil {
		return err
	}
	if opts.Persona != "" {
		found := false
		for _, p := range res.Personas {
			found = found || p.ID == opts.Persona
		}
		if !found {
			var ids []string
			for _, p := range res.Personas {
				ids = append(ids, p.ID)
			}
			return cmdutil.UnknownValue("persona", opts.Persona, ids)
		}
	}
	return cmdutil.Output{Data: res, Table: func() *tableprinter.Table { return coverageTable(opts.IO, res, opts.Persona) },
		View: func() error { return printJourney(opts.IO, res, opts.Persona) }}.Write(opts.IO, opts.Format)
}

// personaGrid is the coverage of one persona, or the whole journey for "".
func personaGrid(res *analysis.Journey, persona string) journey.Coverage {
	for _, pg := range res.PersonaGrids {
		if persona != "" && pg.Persona == persona {
			return pg.Coverage
		}
	}
	return res.Coverage
}

// coverageTable is the main table of `dsc journey` (piped and csv): the
// coverage grid in long form, one row per stage and channel, so that no
// "3/5" cell is read as a date.
func coverageTable(io *iostreams.IOStreams, res *analysis.Journey, persona string) *tableprinter.Table {
	t := tableprinter.New(io, tableprinter.Text("stage"), tableprinter.Text("channel"), tableprinter.Text("touchpoints"), tableprinter.Text("features"))
	grid := personaGrid(res, persona)
	for si, s := range grid.Stages {
		for ci, c := range grid.Channels {
			n := grid.Cells[si][ci]
			t.AddRow(s, c, strconv.Itoa(n.Touchpoints), strconv.Itoa(n.Features))
		}
	}
	return t
}

// printJourney is the terminal view: every table of the journey analysis.
func printJourney(io *iostreams.IOStreams, res *analysis.Journey, persona string) (err error) {
	cs := io.ColorScheme()
	out := io.Out
	heading := func(s string) {
		fmt.Fprintf(out, "\n%s\n", io.Fit(cs.Bold(termtext.Line(s))))
	}
	var t *tableprinter.Table
	render := func() {
		if err == nil {
			err = t.Render()
		}
	}
	names := map[string]string{}
	for _, s := range res.Stages {
		names[s.ID] = s.Name
	}
	fmt.Fprintln(out, io.Fit(fmt.Sprintf("%s %s, %s, %s; feature categories from: %s", cs.Bold("Journey:"),
		numfmt.Count(len(res.Stages), "stage", "stages"), numfmt.Count(len(res.Channels), "channel", "channels"),
		numfmt.Count(len(res.Personas), "persona", "personas"), res.CategorySource)))

	grid := personaGrid(res, persona)
	title := "COVERAGE: touchpoints/features per stage and channel"
	if persona != "" {
		title += " for persona " + persona
	}
	heading(title)
	cols := []tableprinter.Column{tableprinter.Text("stage")}
	for _, c := range res.Channels {
		cols = append(cols, tableprinter.Fixed(abbreviate(c.ID, 10)))
	}
	t = tableprinter.New(io, append(cols, tableprinter.Fixed("total"))...)
	for si, s := range grid.Stages {
		row := []string{s}
		for ci := range grid.Channels {
			row = append(row, cellText(grid.Cells[si][ci]))
		}
		row = append(row, cellText(grid.StageTotals[si]))
		t.AddRow(row...)
	}
	total := []string{"total"}
	for _, c := range grid.ChannelTotals {
		total = append(total, cellText(c))
	}
	t.AddRow(total...)
	render()
	fmt.Fprintln(out, io.Fit(cs.Gray("3/5 = 3 touchpoints serving 5 distinct features; - = no touchpoint. Totals count distinct features.")))

	heading(fmt.Sprintf("ORPHAN FEATURES: %d catalog entries no touchpoint serves", len(res.Orphans)))
	printWrapped(io, res.Orphans)
	heading(fmt.Sprintf("TOUCHPOINTS WITHOUT FEATURES: %d", len(res.Empty)))
	printWrapped(io, res.Empty)

	heading(fmt.Sprintf("HOLES: %d persona x stage combinations without a must-be or one-dimensional feature", len(res.Holes)))
	t = tableprinter.New(io, tableprinter.Fixed("persona"), tableprinter.Fixed("stage"), tableprinter.Text("kind"), tableprinter.Number("touchpoints"),
		tableprinter.Text("categories met"))
	for _, h := range res.Holes {
		if persona != "" && h.Persona != persona {
			continue
		}
		t.AddRow(h.Persona, h.Stage, h.Kind, strconv.Itoa(h.Touchpoints), countsText(h.Categories))
	}
	render()

	heading(fmt.Sprintf("OVER-SERVED CELLS: %d (3+ touchpoints, only indifferent or reverse features)", len(res.OverServed)))
	if len(res.OverServed) > 0 {
		t = tableprinter.New(io, tableprinter.Fixed("stage"), tableprinter.Fixed("channel"), tableprinter.Number("touchpoints"), tableprinter.Number("features"))
		for _, c := range res.OverServed {
			t.AddRow(c.Stage, c.Channel, strconv.Itoa(c.Touchpoints), strconv.Itoa(c.Features))
		}
		render()
	}

	cfg := res.Configuration
	omni := "no"
	if cfg.OmniChannel {
		omni = "yes"
	} else if len(cfg.NotIntegrated) > 0 {
		omni = "no; phases without both an online and an offline lead: " + strings.Join(cfg.NotIntegrated, ", ")
	}
	heading(fmt.Sprintf("CHANNEL CONFIGURATION: closest model %s; omni-channel: %s", cfg.Closest, omni))
	t = tableprinter.New(io, tableprinter.Fixed("phase"), tableprinter.Number("low-cost"), tableprinter.Number("high-touch"), tableprinter.Number("partner"),
		tableprinter.Fixed("dominant"), tableprinter.Text("leading channels"))
	for _, p := range cfg.Phases {
		var dom []string
		for _, d := range p.Dominant {
			dom = append(dom, string(d))
		}
		var leading []string
		for _, k := range journey.CostClasses {
			leading = append(leading, p.Leading[k]...)
		}
		t.AddRow(p.Phase, strconv.Itoa(p.Weights[journey.LowCost]), strconv.Itoa(p.Weights[journey.HighTouch]), strconv.Itoa(p.Weights[journey.Partner]),
			strings.Join(dom, "+"), strings.Join(leading, ", "))
	}
	render()
	fmt.Fprintln(out)
	t = tableprinter.New(io, tableprinter.Fixed("model"), tableprinter.Fixed("fit"), tableprinter.Text("contradicting phases"))
	for _, s := range cfg.Scores {
		var cs []string
		for _, c := range s.Contradictions {
			cs = append(cs, fmt.Sprintf("%s (expected %s; %s)", c.Phase, c.Expected, c.Found))
		}
		t.AddRow(string(s.Model), fmt.Sprintf("%d/%d", s.Met, s.Expected), strings.Join(cs, "; "))
	}
	render()

	heading("OMNI-CHANNEL PROCESSES")
	t = tableprinter.New(io, tableprinter.Text("process"), tableprinter.Fixed("support"), tableprinter.Text("missing"))
	for _, p := range res.Processes {
		var miss []string
		if p.NeedsChannel != "" {
			miss = append(miss, "needs a "+p.NeedsChannel+" channel; not scored")
		}
		for _, s := range p.Steps {
			if !s.Met && p.NeedsChannel == "" {
				miss = append(miss, fmt.Sprintf("%s at %s via %s", s.Function, s.Stage, s.Channel))
			}
		}
		t.AddRow(p.Name, p.Status, strings.Join(miss, "; "))
	}
	render()

	heading("KPIS ALONG THE JOURNEY")
	t = tableprinter.New(io, tableprinter.Fixed("stage"), tableprinter.Text("touchpoint"), tableprinter.Text("kpi"), tableprinter.Number("current"),
		tableprinter.Number("target"), tableprinter.Number("gap"))
	for _, sk := range res.KPIs {
		for _, k := range sk.KPIs {
			t.AddRow(sk.Stage, k.Touchpoint, k.Name+unitSuffix(k.Unit), optNum(k.Current), optNum(k.Target), optNum(k.Gap))
		}
	}
	render()

	heading("EVIDENCE: share of the touchpoints each persona meets that are still hypotheses")
	ecols := []tableprinter.Column{tableprinter.Text("persona")}
	for _, s := range res.Stages {
		ecols = append(ecols, tableprinter.Number(abbreviate(s.ID, 10)))
	}
	t = tableprinter.New(io, ecols...)
	byPersona := map[string]map[string]journey.EvidenceByPersona{}
	for _, e := range res.Evidence {
		if byPersona[e.Persona] == nil {
			byPersona[e.Persona] = map[string]journey.EvidenceByPersona{}
		}
		byPersona[e.Persona][e.Stage] = e
	}
	for _, p := range res.Personas {
		row := []string{p.ID}
		for _, s := range res.Stages {
			e, ok := byPersona[p.ID][s.ID]
			if !ok {
				row = append(row, "-")
				continue
			}
			row = append(row, numfmt.Percent(100*e.HypothesisShare, 0))
		}
		t.AddRow(row...)
	}
	render()
	return err
}

func cellText(c journey.Count) string {
	if c.Touchpoints == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d", c.Touchpoints, c.Features)
}

func countsText(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, ", ")
}

func printWrapped(io *iostreams.IOStreams, ids []string) {
	if len(ids) == 0 {
		fmt.Fprintln(io.Out, "none")
		return
	}
	fmt.Fprintln(io.Out, io.Fit(termtext.Line(strings.Join(ids, ", "))))
}

func abbreviate(s string, n int) string {
	if len([]rune(s)) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

func unitSuffix(u string) string {
	if u == "" {
		return ""
	}
	return " (" + u + ")"
}

func optNum(x *float64) string {
	if x == nil {
		return "-"
	}
	return fmtNum(*x)
}
