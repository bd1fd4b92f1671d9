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
			if err := cmdutil.ValidateFormat(opts.Format, "table", "json"); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return journeyRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Persona, "persona", "", "show the coverage grid of one persona")
	cmd.Flags().StringVar(&opts.Format, "format", "table", "output format: table or json")
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
			return cmdutil.FlagErrorf("unknown persona %q; personas: %s", opts.Persona, strings.Join(ids, ", "))
		}
	}
	if opts.Format == "json" {
		return cmdutil.WriteJSON(opts.IO.Out, res)
	}
	return printJourney(opts.IO, res, opts.Persona)
}

func printJourney(io *iostreams.IOStreams, res *analysis.Journey, persona string) error {
	cs := io.ColorScheme()
	out := io.Out
	tty := io.IsStdoutTTY()
	heading := func(s string) {
		fmt.Fprintf(out, "\n%s\n", cs.Bold(s))
	}
	table := func() *tableprinter.Table { return tableprinter.New(out, tty, io.Width(), cs.Bold) }
	names := map[string]string{}
	for _, s := range res.Stages {
		names[s.ID] = s.Name
	}
	fmt.Fprintf(out, "%s %d stages, %d channels, %d personas; feature categories from: %s\n", cs.Bold("Journey:"),
		len(res.Stages), len(res.Channels), len(res.Personas), res.CategorySource)

	grid := res.Coverage
	title := "COVERAGE: touchpoints/features per stage and channel"
	if persona != "" {
		for _, pg := range res.PersonaGrids {
			if pg.Persona == persona {
				grid = pg.Coverage
			}
		}
		title += " for persona " + persona
	}
	heading(title)
	t := table()
	header := []string{"stage"}
	for _, c := range res.Channels {
		header = append(header, abbreviate(c.ID, 10))
	}
	header = append(header, "total")
	t.Header(header...)
	for si, s := range grid.Stages {
		row := []string{s}
		for ci := range grid.Channels {
			row = append(row, cellText(grid.Cells[si][ci]))
		}
		row = append(row, cellText(grid.StageTotals[si]))
		t.Row(row...)
	}
	total := []string{"total"}
	for _, c := range grid.ChannelTotals {
		total = append(total, cellText(c))
	}
	t.Row(total...)
	t.Print()
	if tty {
		fmt.Fprintln(out, cs.Gray("3/5 = 3 touchpoints serving 5 distinct features; - = no touchpoint. Totals count distinct features."))
	}

	heading(fmt.Sprintf("ORPHAN FEATURES: %d catalog entries no touchpoint serves", len(res.Orphans)))
	printWrapped(io, res.Orphans)
	heading(fmt.Sprintf("TOUCHPOINTS WITHOUT FEATURES: %d", len(res.Empty)))
	printWrapped(io, res.Empty)

	heading(fmt.Sprintf("HOLES: %d persona x stage combinations without a must-be or one-dimensional feature", len(res.Holes)))
	t = table()
	t.Header("persona", "stage", "kind", "touchpoints", "categories met")
	t.AlignRight(3)
	for _, h := range res.Holes {
		if persona != "" && h.Persona != persona {
			continue
		}
		t.Row(h.Persona, h.Stage, h.Kind, strconv.Itoa(h.Touchpoints), countsText(h.Categories))
	}
	t.Print()

	heading(fmt.Sprintf("OVER-SERVED CELLS: %d (3+ touchpoints, only indifferent or reverse features)", len(res.OverServed)))
	if len(res.OverServed) > 0 {
		t = table()
		t.Header("stage", "channel", "touchpoints", "features")
		for _, c := range res.OverServed {
			t.Row(c.Stage, c.Channel, strconv.Itoa(c.Touchpoints), strconv.Itoa(c.Features))
		}
		t.Print()
	}

	cfg := res.Configuration
	omni := "no"
	if cfg.OmniChannel {
		omni = "yes"
	} else if len(cfg.NotIntegrated) > 0 {
		omni = "no; phases without both an online and an offline lead: " + strings.Join(cfg.NotIntegrated, ", ")
	}
	heading(fmt.Sprintf("CHANNEL CONFIGURATION: closest model %s; omni-channel: %s", cfg.Closest, omni))
	t = table()
	t.Header("phase", "low-cost", "high-touch", "partner", "dominant", "leading channels")
	t.AlignRight(1, 2, 3)
	for _, p := range cfg.Phases {
		var dom []string
		for _, d := range p.Dominant {
			dom = append(dom, string(d))
		}
		var leading []string
		for _, k := range journey.CostClasses {
			leading = append(leading, p.Leading[k]...)
		}
		t.Row(p.Phase, strconv.Itoa(p.Weights[journey.LowCost]), strconv.Itoa(p.Weights[journey.HighTouch]), strconv.Itoa(p.Weights[journey.Partner]),
			strings.Join(dom, "+"), strings.Join(leading, ", "))
	}
	t.Print()
	fmt.Fprintln(out)
	t = table()
	t.Header("model", "fit", "contradicting phases")
	for _, s := range cfg.Scores {
		var cs []string
		for _, c := range s.Contradictions {
			cs = append(cs, fmt.Sprintf("%s (expected %s; %s)", c.Phase, c.Expected, c.Found))
		}
		t.Row(string(s.Model), fmt.Sprintf("%d/%d", s.Met, s.Expected), strings.Join(cs, "; "))
	}
	t.Print()

	heading("OMNI-CHANNEL PROCESSES")
	t = table()
	t.Header("process", "support", "missing")
	for _, p := range res.Processes {
		var miss []string
		for _, s := range p.Steps {
			if !s.Met {
				miss = append(miss, fmt.Sprintf("%s at %s via %s", s.Function, s.Stage, s.Channel))
			}
		}
		t.Row(p.Name, p.Status, strings.Join(miss, "; "))
	}
	t.Print()

	heading("KPIS ALONG THE JOURNEY")
	t = table()
	t.Header("stage", "touchpoint", "kpi", "current", "target", "gap")
	t.AlignRight(3, 4, 5)
	for _, sk := range res.KPIs {
		for _, k := range sk.KPIs {
			t.Row(sk.Stage, k.Touchpoint, k.Name+unitSuffix(k.Unit), optNum(k.Current), optNum(k.Target), optNum(k.Gap))
		}
	}
	t.Print()

	heading("EVIDENCE: share of the touchpoints each persona meets that are still hypotheses")
	t = table()
	eh := []string{"persona"}
	for _, s := range res.Stages {
		eh = append(eh, abbreviate(s.ID, 10))
	}
	t.Header(eh...)
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
			row = append(row, fmt.Sprintf("%.0f%%", 100*e.HypothesisShare))
		}
		t.Row(row...)
	}
	return t.Print()
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
	fmt.Fprintln(io.Out, strings.Join(ids, ", "))
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
	return strconv.FormatFloat(*x, 'f', -1, 64)
}
