package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/iostreams"
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
	m := analysis.RunMarket(ws, k, target)
	if ws.Market == nil && opts.IO.IsStderrTTY() {
		fmt.Fprintln(opts.IO.ErrOut, opts.IO.ColorScheme().Gray("no market.yaml: no competitors, so no parity and no flags; see docs/market.md"))
	}
	switch opts.Format {
	case "json":
		return cmdutil.WriteJSON(opts.IO.Out, m)
	case "csv":
		return writeMarketCSV(opts.IO, m)
	}
	return printMarket(opts.IO, m)
}

func printMarket(ios *iostreams.IOStreams, m *analysis.Market) error {
	cs := ios.ColorScheme()
	out := ios.Out
	tty := ios.IsStdoutTTY()
	heading := func(s string) { fmt.Fprintf(out, "\n%s\n", cs.Bold(s)) }
	table := func() *tableprinter.Table { return tableprinter.New(out, tty, ios.Width(), cs.Bold) }
	stageName := map[string]string{}
	for _, s := range m.Stages {
		stageName[s.ID] = s.Name
	}

	fmt.Fprintf(out, "%s %d competitors, %d catalog entries, %d trends (relevant from %d)\n", cs.Bold("Market:"),
		len(m.Competitors), len(m.Entries), len(m.Trends), m.RelevantFrom)
	var gaps []string
	for _, g := range m.Gaps {
		s := fmt.Sprintf("%d %s", g.Entries, strings.ReplaceAll(string(g.Gap), "-", " "))
		if g.Planned > 0 {
			s += fmt.Sprintf(" (%d planned)", g.Planned)
		}
		gaps = append(gaps, s)
	}
	fmt.Fprintf(out, "%s %s\n", cs.Bold("Target vs today:"), strings.Join(gaps, ", "))
	if len(m.Competitors) > 0 {
		var flags []string
		for _, f := range m.Flags {
			flags = append(flags, fmt.Sprintf("%d %s", f.Entries, f.Flag))
		}
		fmt.Fprintf(out, "%s %s\n", cs.Bold("Flags:"), strings.Join(flags, ", "))

		heading("COMPETITORS")
		t := table()
		t.Header("competitor", "kind", "segments", "full", "partial", "none", "coverage")
		t.AlignRight(3, 4, 5, 6)
		for _, c := range m.Competitors {
			t.Row(c.Name, string(c.Kind), strings.Join(c.Segments, ","), strconv.Itoa(c.Full), strconv.Itoa(c.Partial), strconv.Itoa(c.None), fmt.Sprintf("%.2f", c.Coverage))
		}
		t.Print()
	}

	heading("ENTRIES by core element: parity, flags, today and gap")
	t := table()
	t.Header("element", "entry", "cat", "parity", "F/P/N", "flags", "today", "gap", "value", "effort", "score", "#")
	t.AlignRight(3, 8, 9, 10, 11)
	for _, el := range roadmap.Elements {
		for _, e := range m.Entries {
			if e.Element != el {
				continue
			}
			parity, fpn := "-", "-"
			if p := e.Parity; p != nil {
				parity = fmt.Sprintf("%.2f", p.P)
				fpn = fmt.Sprintf("%d/%d/%d", p.Full, p.Partial, p.None+p.Unassessed)
			}
			t.Row(string(e.Element), e.ID, categoryCode(e), parity, fpn, joinFlags(e.Flags), string(e.Today), gapText(e),
				optNum(e.Value), optNum(e.Effort), optScore(e.Score), rankText(e.Priority))
		}
	}
	t.Print()
	if tty {
		fmt.Fprintln(out, cs.Gray("cat: Kano category (lower case: the catalog's expected one, no survey). F/P/N: competitors offering it fully, partly, not (or not assessed)."))
	}

	if len(m.Trends) > 0 {
		heading("TREND RADAR by horizon and relevance")
		t := table()
		t.Header("horizon", "relevance", "trend", "entries", "stages", "unserved stages")
		t.AlignRight(1)
		for _, tr := range m.Trends {
			rel := strconv.Itoa(tr.Relevance)
			if tr.Relevant {
				rel += " *"
			}
			t.Row(string(tr.Horizon), rel, tr.Name, strings.Join(tr.Entries, ", "), strings.Join(tr.Stages, ", "), strings.Join(tr.Unserved, ", "))
		}
		t.Print()
		if tty {
			fmt.Fprintln(out, cs.Gray(fmt.Sprintf("* relevant (relevance %d or more).", m.RelevantFrom)))
		}
		heading("STAGES a relevant trend touches but no target entry serves")
		switch {
		case !m.JourneyKnown:
			fmt.Fprintln(out, "unknown: the workspace has no journey.yaml to say which stages the target serves")
		case len(m.Unserved) == 0:
			fmt.Fprintln(out, "none: every stage a relevant trend touches is served by an entry of the target picture")
		default:
			t := table()
			t.Header("stage", "trends")
			for _, u := range m.Unserved {
				t.Row(u.Name, strings.Join(u.Trends, ", "))
			}
			t.Print()
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
	t = table()
	t.Header("#", "entry", "rule", "cat", "gap", "value", "confidence", "effort", "score", "quadrant")
	t.AlignRight(0, 5, 6, 7, 8)
	for i, id := range m.Priority {
		e := byID[id]
		t.Row(strconv.Itoa(i+1), e.Name, string(e.Group), categoryCode(e), gapText(e), optNum(e.Value), optNum(e.Confidence), optNum(e.Effort), optScore(e.Score), string(e.Quadrant))
	}
	t.Print()
	if tty {
		fmt.Fprintln(out, cs.Gray(fmt.Sprintf("score = value x confidence / effort. Effort is low at or below the median, %g person-months; value is high above %g.", m.EffortSplit, market.HighValueAbove)))
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

func joinFlags(fs []market.Flag) string {
	s := make([]string, len(fs))
	for i, f := range fs {
		s[i] = string(f)
	}
	return strings.Join(s, ",")
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

// writeMarketCSV writes one row per catalog entry.
func writeMarketCSV(ios *iostreams.IOStreams, m *analysis.Market) error {
	w := csv.NewWriter(ios.Out)
	header := []string{"id", "name", "element", "kind", "category", "category_source", "in_target", "today", "channels_today", "gap", "reconsider_because",
		"competitors", "full", "partial", "none", "unassessed", "parity", "flags", "value", "revenue", "effort", "confidence", "score", "quadrant", "priority", "priority_group", "trends"}
	for _, c := range m.Competitors {
		header = append(header, "offer:"+c.ID)
	}
	w.Write(header)
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
			parity = strconv.FormatFloat(p.P, 'f', -1, 64)
		}
		prio := ""
		if e.Priority > 0 {
			prio = strconv.Itoa(e.Priority)
		}
		row := []string{e.ID, csvText(e.Name), string(e.Element), string(e.Kind), string(e.Category), e.CategorySource, strconv.FormatBool(e.InTarget),
			string(e.Today), strings.Join(e.ChannelsToday, ";"), string(e.Gap), string(e.Why),
			strconv.Itoa(len(m.Competitors)), full, partial, none, unassessed, parity, strings.ReplaceAll(joinFlags(e.Flags), ",", ";"),
			num(e.Value), num(e.Revenue), num(e.Effort), num(e.Confidence), num(e.Score), string(e.Quadrant), prio, string(e.Group), strings.Join(e.Trends, ";")}
		for _, lv := range e.Offers {
			row = append(row, string(lv))
		}
		w.Write(row)
	}
	w.Flush()
	return w.Error()
}

// csvText keeps a spreadsheet from reading text as a formula: a value that
// starts with = + - @ or a control character gets a leading apostrophe.
func csvText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
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
	fmt.Fprintf(out, "  market        %d competitors, %d offerings, %d trends, %d company analyses\n", s.Competitors, s.Offerings, s.Trends, s.Analyses)
}
