package main

import (
	"fmt"
	"strconv"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/numfmt"
	"github.com/dsc-workbench/dsc/internal/tableprinter"
	"github.com/dsc-workbench/dsc/readiness"
)

func readinessCompareRun(opts *ReadinessOptions) error {
	ws, err := opts.Workspace()
	if err != nil {
		return err
	}
	against := opts.Compare
	if against == "previous" {
		against = ""
	}
	trend, err := analysis.RunReadinessTrend(ws, ws.Settings, against)
	if err != nil {
		return err
	}
	if trend.Comparison == nil {
		return fmt.Errorf("nothing to compare: readiness has one assessment; rate again with \"assessment: YYYY-MM\" on the new ratings")
	}
	c := trend.Comparison
	return cmdutil.Output{Data: trend, Table: func() *tableprinter.Table { return changeTable(opts.IO, c) },
		View: func() error { return printComparison(opts.IO, trend) }}.Write(opts.IO, opts.Format)
}

// changeTable is the main table of --compare (piped and csv): each dimension
// then and now.
func changeTable(io *iostreams.IOStreams, c *readiness.Comparison) *tableprinter.Table {
	t := tableprinter.New(io, tableprinter.Fixed("id"), tableprinter.Text("dimension"), tableprinter.Number("before"), tableprinter.Number("now"),
		tableprinter.Number("change"), tableprinter.Number("target"), tableprinter.Number("gap_now"), tableprinter.Number("progress"))
	for _, d := range c.Dimensions {
		t.AddRow(d.ID, d.Name, optF2(d.Before, ""), optF2(d.Now, ""), optF2(d.Change, ""), f2(d.Target), optF2(d.GapNow, ""), optF2(d.Progress, ""))
	}
	return t
}

// printComparison is the terminal view: the assessments, each dimension
// then and now with the share of its gap closed, and the raters who moved.
func printComparison(io *iostreams.IOStreams, trend *analysis.ReadinessTrend) error {
	cs := io.ColorScheme()
	out := io.Out
	c := trend.Comparison
	fmt.Fprintln(out, io.Fit(fmt.Sprintf("%s %s against %s: index %s -> %s/100; %s -> %s of the way to target", cs.Bold("Readiness:"), c.Now, c.Before,
		numfmt.Fixed(c.IndexBefore, 1), numfmt.Fixed(c.IndexNow, 1), numfmt.Percent(c.AttainmentBefore, 1), numfmt.Percent(c.AttainmentNow, 1))))
	fmt.Fprintf(out, "\n%s\n", cs.Bold("ASSESSMENTS (the last is current)"))
	t := tableprinter.New(io, tableprinter.Fixed("assessment"), tableprinter.Number("raters"), tableprinter.Number("index"),
		tableprinter.Number("of the way to target"))
	for _, a := range trend.Assessments {
		t.AddRow(analysis.AssessmentLabel(a.Month), strconv.Itoa(a.Raters), numfmt.Fixed(a.Index, 1), numfmt.Percent(a.TargetAttainment, 1))
	}
	if err := t.Render(); err != nil {
		return err
	}
	fmt.Fprintf(out, "\n%s\n", io.Fit(cs.Bold(fmt.Sprintf("DIMENSIONS: %s against %s; progress is the share of the gap to the target closed", c.Now, c.Before))))
	t = tableprinter.New(io, tableprinter.Text("dimension"), tableprinter.Number(c.Before), tableprinter.Number(c.Now), tableprinter.Number("change"),
		tableprinter.Number("target"), tableprinter.Number("gap now"), tableprinter.Number("progress"))
	for _, d := range c.Dimensions {
		progress := "-"
		if d.Progress != nil {
			progress = numfmt.Percent(100**d.Progress, 0)
		}
		change := "-"
		if d.Change != nil {
			change = signed(*d.Change)
		}
		t.AddRow(d.Name, optF2(d.Before, notRated), optF2(d.Now, notRated), change, f2(d.Target), optF2(d.GapNow, "-"), progress)
	}
	if err := t.Render(); err != nil {
		return err
	}
	fmt.Fprintf(out, "\n%s\n", cs.Bold("RATERS by how much their ratings moved"))
	t = tableprinter.New(io, tableprinter.Text("rater"), tableprinter.Number("questions rated both times"), tableprinter.Number("mean |change|"),
		tableprinter.Number("mean change"))
	for _, r := range c.Raters {
		t.AddRow(r.Name, strconv.Itoa(r.Questions), f2(r.MeanAbsChange), signed(r.MeanChange))
	}
	return t.Render()
}

// signed writes +0.25 or -0.25.
func signed(x float64) string {
	if x > 0 {
		return "+" + f2(x)
	}
	return f2(x)
}
