package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/numfmt"
	"github.com/dsc-workbench/dsc/internal/tableprinter"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/market"
	"github.com/dsc-workbench/dsc/roadmap"
)

// MarketOptions holds what `dsc market` needs.
type MarketOptions struct {
	IO        *iostreams.IOStreams
	Workspace func() (*workspace.Workspace, error)
	Format    string
}

// NewCmdMarket builds `dsc market`.
func NewCmdMarket(f *cmdutil.Factory, runF func(*MarketOptions) error) *cobra.Command {
	opts := &MarketOptions{IO: f.IOStreams, Workspace: f.Workspace}
	cmd := &cobra.Command{
		Use:   "market",
		Short: "Hold the catalog against competitors, trends and what the client has today",
		Long: `Analyse market.yaml and the catalog's today, value and effort fields.

Per entry: parity p = (full + 0.5 x partial) / competitors, and the flags it
raises against the entry's Kano category (the survey's, else the catalog's
expected one): table stakes (p > 1/2 while attractive or indifferent),
differentiator (attractive or one-dimensional, p <= 1/3), white spot (p = 0)
and delight decay (attractive, p >= 1/2). The gap between the target picture and
today: to build, to improve, in place, to reconsider (planned counts as none).
The value/effort priority of the target's work, must-be entries first. The trend
radar by horizon and relevance, and the journey stages a relevant trend touches
but no target entry serves. Rules: docs/market.md.`,
		Example: `  dsc market --example automotive-aftermarket
  dsc market --example intralogistics --format json | jq '.entries[] | select(.flags | index("white-spot")) | .id'
  dsc market --workspace acme --format csv > market.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := cmdutil.ValidateFormat(opts.Format, "table", "json", "csv"); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return marketRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "table", "output format: table, json or csv (one row per catalog entry)")
	return cmd
}

func marketRun(opts *MarketOptions) error {
	ws, err := opts.Workspace()
	if err != nil {
		return err
	}
	k, err := kanoIfSurveys(opts.IO, ws)
	if err != nil {
		return err
	}
	target := roadmap.SelectTarget(analysis.Candidates(ws, k), ws.Settings.Target.Pins, ws.Settings.Target.BetterThreshold)
	m := analysis.RunMarket(ws, ws.Settings, k, target)
	if ws.Market == nil && opts.IO.IsStderrTTY() {
		fmt.Fprintln(opts.IO.ErrOut, opts.IO.ColorScheme().Gray("no market.yaml: no competitors, so no parity and no flags; see docs/market.md"))
	}
	return cmdutil.Output{Data: m,
		Table: func() *tableprinter.Table { return marketTable(opts.IO, m) },
		View:  func() error { return printMarket(opts.IO, m) }}.Write(opts.IO, opts.Format)
}

// marketTable is one row per catalog entry: piped output and --format csv.
func marketTable(ios *iostreams.IOStreams, m *analysis.Market) *tableprinter.Table {
	var cols []tableprinter.Column
	for _, h := range []string{"id", "name", "element", "kind", "category", "category_source", "in_target", "today", "channels_today", "gap",
		"reconsider_because", "competitors", "full", "partial", "none", "unassessed", "parity", "flags", "value", "revenue", "effort",
		"confidence", "score", "quadrant", "priority", "priority_group", "trends"} {
		cols = append(cols, tableprinter.Text(h))
	}
	for _, c := range m.Competitors {
		cols = append(cols, tableprinter.Fixed("offer:"+c.ID))
	}
	t := tableprinter.New(ios, cols...)
	num := func(x *float64) string {
		if x == nil {
			return ""
		}
		return strconv.FormatFloat(*x, 'f', -1, 64)
	}
	for _, e := range m.Entries {
		var full, partial, none, unassessed, parity string
		if p := e.Parity; p != nil {
			full, partial, none, unassessed = strconv.Itoa(p.Full), strconv.Itoa(p.Partial), strconv.Itoa(p.None), strconv.Itoa(p.Unassessed)
			parity = num(p.P) // empty where no competitor was assessed on the entry

		}
		prio := ""
		if e.Priority > 0 {
			prio = strconv.Itoa(e.Priority)
		}
		row := []string{e.ID, e.Name, string(e.Element), string(e.Kind), string(e.Category), e.CategorySource, strconv.FormatBool(e.InTarget),
			string(e.Today), strings.Join(e.ChannelsToday, ";"), string(e.Gap), string(e.Why),
			strconv.Itoa(len(m.Competitors)), full, partial, none, unassessed, parity, strings.Join(flagNames(e.Flags), ";"),
			num(e.Value), num(e.Revenue), num(e.Effort), num(e.Confidence), num(e.Score), string(e.Quadrant), prio, string(e.Group), strings.Join(e.Trends, ";")}
		for _, lv := range e.Offers {
			row = append(row, string(lv))
		}
		t.AddRow(row...)
	}
	return t
}

// printMarket is the terminal view: the counts, the competitors, the
// entries by core element, the trend radar, the unserved stages and the
// priority.
func printMarket(ios *iostreams.IOStreams, m *analysis.Market) error {
	cs := ios.ColorScheme()
	out := ios.Out
	heading := func(s string) { fmt.Fprintf(out, "\n%s\n", ios.Fit(cs.Bold(s))) }
	note := func(s string) { fmt.Fprintln(out, ios.Fit(cs.Gray(s))) }

	fmt.Fprintln(out, ios.Fit(fmt.Sprintf("%s %s, %s, %s (relevant from %d)", cs.Bold("Market:"),
		numfmt.Count(len(m.Competitors), "competitor", "competitors"), numfmt.Count(len(m.Entries), "catalog entry", "catalog entries"), numfmt.Count(len(m.Trends), "trend", "trends"), m.RelevantFrom)))
	var gaps []string
	for _, g := range m.Gaps {
		s := fmt.Sprintf("%d %s", g.Entries, strings.ReplaceAll(string(g.Gap), "-", " "))
		if g.Planned > 0 {
			s += fmt.Sprintf(" (%d planned)", g.Planned)
		}
		gaps = append(gaps, s)
	}
	fmt.Fprintln(out, ios.Fit(fmt.Sprintf("%s %s", cs.Bold("Target vs today:"), strings.Join(gaps, ", "))))
	if len(m.Competitors) > 0 {
		var flags []string
		for _, f := range m.Flags {
			flags = append(flags, fmt.Sprintf("%d %s", f.Entries, f.Flag))
		}
		line := strings.Join(flags, ", ")
		if m.NotAssessed > 0 {
			line += fmt.Sprintf("; %s not assessed on any competitor (no flag)", numfmt.Count(m.NotAssessed, "entry", "entries"))
		}
		fmt.Fprintln(out, ios.Fit(fmt.Sprintf("%s %s", cs.Bold("Flags:"), line)))

		heading("COMPETITORS")
		if err := printCompetitors(ios, m.Competitors); err != nil {
			return err
		}
	}

	heading("ENTRIES by core element: parity, flags, today and gap")
	t := tableprinter.New(ios, tableprinter.Fixed("element").Optional(2), tableprinter.Text("entry"), tableprinter.Fixed("cat"),
		tableprinter.Number("parity"), tableprinter.Fixed("F/P/N").Optional(1), tableprinter.Text("flags"), tableprinter.Fixed("today"),
		tableprinter.Text("gap"), tableprinter.Number("value").Optional(1), tableprinter.Number("effort").Optional(1),
		tableprinter.Number("score").Optional(1), tableprinter.Number("#"))
	for _, el := range roadmap.Elements {
		for _, e := range m.Entries {
			if e.Element != el {
				continue
			}
			parity, fpn, flags := "-", "-", strings.Join(flagNames(e.Flags), ",")
			if p := e.Parity; p != nil {
				parity = optScore(p.P)
				fpn = fmt.Sprintf("%d/%d/%d", p.Full, p.Partial, p.None+p.Unassessed)
			}
			if e.NotAssessed() {
				flags = "not assessed"
			}
			t.AddRow(string(e.Element), e.ID, categoryCode(e), parity, fpn, flags, string(e.Today), gapText(e),
				optNum(e.Value), optNum(e.Effort), optScore(e.Score), rankText(e.Priority))
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	note("cat: Kano category (lower case: the catalog's expected one, no survey). F/P/N: competitors offering it fully, partly, not (or not assessed). An entry no competitor was assessed on has no parity and no flag.")

	if len(m.Trends) > 0 {
		heading("TREND RADAR by horizon and relevance")
		t := tableprinter.New(ios, tableprinter.Fixed("horizon"), tableprinter.Fixed("relevance"), tableprinter.Text("trend"),
			tableprinter.Text("entries").Optional(1), tableprinter.Text("stages"), tableprinter.Text("unserved stages"))
		for _, tr := range m.Trends {
			rel := strconv.Itoa(tr.Relevance)
			if tr.Relevant {
				rel += " *"
			}
			t.AddRow(string(tr.Horizon), rel, tr.Name, strings.Join(tr.Entries, ", "), strings.Join(tr.Stages, ", "), strings.Join(tr.Unserved, ", "))
		}
		if err := t.Render(); err != nil {
			return err
		}
		note(fmt.Sprintf("* relevant (relevance %d or more).", m.RelevantFrom))
		heading("STAGES a relevant trend touches but no target entry serves")
		switch {
		case !m.JourneyKnown:
			fmt.Fprintln(out, ios.Fit("unknown: the workspace has no journey.yaml to say which stages the target serves"))
		case len(m.Unserved) == 0:
			fmt.Fprintln(out, ios.Fit("none: every stage a relevant trend touches is served by an entry of the target picture"))
		default:
			t := tableprinter.New(ios, tableprinter.Text("stage"), tableprinter.Text("trends"))
			for _, u := range m.Unserved {
				t.AddRow(u.Name, strings.Join(u.Trends, ", "))
			}
			if err := t.Render(); err != nil {
				return err
			}
		}
	}

	heading("PRIORITY: the target's work by value and effort, must-be first")
	if len(m.Priority) == 0 {
		fmt.Fprintln(out, "nothing to build or improve in the target picture")
		return nil
	}
	byID := map[string]analysis.MarketEntry{}
	for _, e := range m.Entries {
		byID[e.ID] = e
	}
	t = tableprinter.New(ios, tableprinter.Number("#"), tableprinter.Text("entry"), tableprinter.Fixed("rule"), tableprinter.Fixed("cat"),
		tableprinter.Fixed("gap"), tableprinter.Number("value"), tableprinter.Number("confidence").Optional(1), tableprinter.Number("effort"),
		tableprinter.Number("score"), tableprinter.Fixed("quadrant"))
	for i, id := range m.Priority {
		e := byID[id]
		t.AddRow(strconv.Itoa(i+1), e.Name, string(e.Group), categoryCode(e), gapText(e), optNum(e.Value), optNum(e.Confidence), optNum(e.Effort), optScore(e.Score), string(e.Quadrant))
	}
	if err := t.Render(); err != nil {
		return err
	}
	note(fmt.Sprintf("score = value x confidence / effort. Effort is low at or below the median, %g person-months; value is high above %g.", m.EffortSplit, market.HighValueAbove))
	return nil
}

// printCompetitors is the competitors' table: their offerings and coverage
// over the entries assessed on any competitor; entries nobody assessed are
// counted beside it, not as "none" (trial7 N22).
func printCompetitors(ios *iostreams.IOStreams, comps []analysis.CompetitorInfo) error {
	unassessed := comps[0].Unassessed // the same for every competitor
	cols := []tableprinter.Column{tableprinter.Text("competitor"), tableprinter.Fixed("kind"), tableprinter.Fixed("segments").Optional(1),
		tableprinter.Number("full"), tableprinter.Number("partial"), tableprinter.Number("none"), tableprinter.Number("coverage")}
	if unassessed > 0 {
		cols = append(cols, tableprinter.Number("unassessed"))
	}
	t := tableprinter.New(ios, cols...)
	for _, c := range comps {
		row := []string{c.Name, string(c.Kind), strings.Join(c.Segments, ","), strconv.Itoa(c.Full), strconv.Itoa(c.Partial), strconv.Itoa(c.None), optScore(c.Coverage)}
		if unassessed > 0 {
			row = append(row, strconv.Itoa(c.Unassessed))
		}
		t.AddRow(row...)
	}
	if err := t.Render(); err != nil {
		return err
	}
	if unassessed > 0 {
		fmt.Fprintln(ios.Out, ios.Fit(ios.ColorScheme().Gray(fmt.Sprintf("coverage = (full + 0.5 x partial) / the %s assessed on any competitor; left out, not counted as none: %s no competitor was assessed on.",
			numfmt.Count(comps[0].Assessed(), "entry", "entries"), numfmt.Count(unassessed, "entry", "entries")))))
	}
	return nil
}

// categoryCode shows a survey category in upper case and a catalog
// expectation in lower case.
func categoryCode(e analysis.MarketEntry) string {
	switch {
	case e.Category == "":
		return "-"
	case e.CategorySource == "kano":
		return string(e.Category)
	}
	return strings.ToLower(string(e.Category))
}

func flagNames(fs []market.Flag) []string {
	s := make([]string, len(fs))
	for i, f := range fs {
		s[i] = string(f)
	}
	return s
}

func gapText(e analysis.MarketEntry) string {
	switch {
	case e.Gap == market.NoGap:
		return "-"
	case e.Why != market.NoReconsideration:
		return string(e.Gap) + " (" + string(e.Why) + ")"
	}
	return string(e.Gap)
}

func optScore(x *float64) string {
	if x == nil {
		return "-"
	}
	return fmt.Sprintf("%.2f", *x)
}

func rankText(n int) string {
	if n == 0 {
		return "-"
	}
	return strconv.Itoa(n)
}

// MarketSummary counts what market.yaml holds, for `dsc validate`.
type MarketSummary struct {
	Competitors int `json:"competitors"`
	Offerings   int `json:"offerings"`
	Trends      int `json:"trends"`
	Analyses    int `json:"company_analyses"`
}

func summarizeMarket(w *workspace.Workspace) *MarketSummary {
	m := w.Market
	if m == nil {
		return nil
	}
	s := &MarketSummary{Competitors: len(m.Competitors), Trends: len(m.Trends), Analyses: len(m.Analyses)}
	for _, o := range m.Offerings {
		s.Offerings += len(o.Entries)
	}
	return s
}

func printMarketSummary(out io.Writer, cs iostreams.ColorScheme, s *MarketSummary) {
	if s == nil {
		fmt.Fprintf(out, "  market        %s\n", cs.Gray("no market.yaml"))
		return
	}
	fmt.Fprintf(out, "  market        %s, %s, %s, %s\n", numfmt.Count(s.Competitors, "competitor", "competitors"), numfmt.Count(s.Offerings, "offering", "offerings"), numfmt.Count(s.Trends, "trend", "trends"), numfmt.Count(s.Analyses, "company analysis", "company analyses"))
}
