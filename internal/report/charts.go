package report

import (
	"encoding/json"
	"fmt"
	"html/template"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/render"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
)

// echart is one ECharts chart of the page: its element id, height and
// option JSON. Charts render as SVG without animation, so a printed or
// automated PDF always shows them complete.
type echart struct {
	ID            string
	Width, Height int
	Option        template.JS
}

// jsSafe makes option JSON safe inside a <script> element: "<", ">" and "&"
// only occur inside JSON strings, where \u escapes mean the same thing.
func jsSafe(s string) template.JS {
	r := strings.NewReplacer("<", `\u003c`, ">", `\u003e`, "&", `\u0026`, "\u2028", `\u2028`, "\u2029", `\u2029`)
	return template.JS(r.Replace(s))
}

// snippet renders a go-echarts chart to its option JSON with a fixed id, so
// output is deterministic and no go-echarts asset (remote script) is used.
// The option is re-marshalled with sorted keys after the patches, which set
// what go-echarts has no field for; animation is always off.
func snippet(id string, width, height int, r render.Renderer, patches ...func(map[string]any)) echart {
	var m map[string]any
	if err := json.Unmarshal([]byte(r.RenderSnippet().Option), &m); err != nil {
		m = map[string]any{}
	}
	m["animation"] = false
	for _, p := range patches {
		p(m)
	}
	b, _ := json.Marshal(m)
	return echart{ID: id, Width: width, Height: height, Option: jsSafe(string(b))}
}

func initOpts(id string, height int) charts.GlobalOpts {
	return charts.WithInitializationOpts(opts.Initialization{ChartID: id, Width: "100%", Height: fmt.Sprintf("%dpx", height)})
}

var tTrue = opts.Bool(true)

// font sets the text style of the whole chart.
func font(m map[string]any) {
	m["textStyle"] = map[string]any{"fontFamily": "Segoe UI, Helvetica, Arial, sans-serif", "color": hex(palette.ink), "fontSize": 12}
}

// segmentBars compares Better per segment for the features whose category
// differs between segments (all features when none differs).
func segmentBars(l text.Lang, r *analysis.Report, features []analysis.KanoFeature) echart {
	k := r.Kano
	const id = "segments"
	h := max(300, 26*len(features)+90)
	bar := charts.NewBar()
	var names []string
	for _, f := range features {
		names = append(names, shorten(f.Name, 44))
	}
	bar.SetGlobalOptions(initOpts(id, h),
		charts.WithTooltipOpts(opts.Tooltip{Show: tTrue, Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: tTrue, Top: "0"}),
		charts.WithGridOpts(opts.Grid{Left: "300", Right: "40", Top: "34", Bottom: "30"}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Min: 0, Max: 1, Name: "Better"}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: names, Inverse: tTrue}),
	)
	for i, sg := range k.Segments {
		var data []opts.BarData
		for _, f := range features {
			var v any = "-" // ECharts' empty value: no bar where Better does not exist
			if r := f.Segments[sg.Value]; r.Counts.CoefficientsDefined() {
				v = round3(r.Better)
			}
			data = append(data, opts.BarData{Value: v})
		}
		bar.AddSeries(segmentName(r, sg.Value), data, charts.WithItemStyleOpts(opts.ItemStyle{Color: hex(segmentColor(i))}))
	}
	return snippet(id, 1000, h, bar, font)
}

// readinessRadar draws current against target per dimension, in rank order.
func readinessRadar(l text.Lang, r *analysis.Report) echart {
	const id, w, h = "readiness", 560, 440
	rd := r.Readiness
	hi := float32(5)
	if len(rd.Scale) > 0 {
		hi = float32(rd.Scale[len(rd.Scale)-1].Level)
	}
	var ind []*opts.Indicator
	var cur, tgt []float64
	for _, d := range byRank(rd) {
		if !d.IsRated() {
			continue // no current score; listed as not rated in the table
		}
		ind = append(ind, &opts.Indicator{Name: radarName(d.Name), Max: hi, Min: 0})
		cur = append(cur, round3(*d.Current))
		tgt = append(tgt, round3(d.Target))
	}
	rad := charts.NewRadar()
	rad.SetGlobalOptions(initOpts(id, h),
		charts.WithRadarComponentOpts(opts.RadarComponent{Indicator: ind, Shape: "polygon", SplitNumber: int(hi), Center: []string{"50%", "52%"},
			SplitArea: &opts.SplitArea{Show: tTrue}}),
		charts.WithLegendOpts(opts.Legend{Show: tTrue, Bottom: "0"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: tTrue}),
	)
	rad.AddSeries(l.T(text.Current), []opts.RadarData{{Name: l.T(text.Current), Value: cur}},
		charts.WithItemStyleOpts(opts.ItemStyle{Color: hex(palette.accent)}), charts.WithAreaStyleOpts(opts.AreaStyle{Opacity: opts.Float(0.25)}))
	rad.AddSeries(l.T(text.Target), []opts.RadarData{{Name: l.T(text.Target), Value: tgt}},
		charts.WithItemStyleOpts(opts.ItemStyle{Color: hex(palette.critical)}), charts.WithLineStyleOpts(opts.LineStyle{Type: "dashed"}))
	radius := func(m map[string]any) {
		switch v := m["radar"].(type) {
		case map[string]any:
			v["radius"] = "52%"
			v["axisName"] = map[string]any{"fontSize": 12, "lineHeight": 14, "color": hex(palette.ink)}
		case []any:
			for _, x := range v {
				if o, ok := x.(map[string]any); ok {
					o["radius"] = "52%"
					o["axisName"] = map[string]any{"fontSize": 12, "lineHeight": 14, "color": hex(palette.ink)}
				}
			}
		}
	}
	return snippet(id, w, h, rad, radius, font)
}

// radarName writes a dimension's name on at most three lines beside the
// radar, shortening only what a fourth line would hold.
func radarName(name string) string {
	lines := wrapWords(name, 20)
	if len(lines) > 3 {
		lines = []string{lines[0], lines[1], shorten(strings.Join(lines[2:], " "), 20)}
	}
	return strings.Join(lines, "\n")
}

// round3 keeps chart data short; the tables carry the exact values.
func round3(x float64) float64 {
	if x < 0 {
		return -float64(int64(-x*1000+0.5)) / 1000
	}
	return float64(int64(x*1000+0.5)) / 1000
}
