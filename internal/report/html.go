package report

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/render"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/journey"
	"github.com/dsc-workbench/dsc/kano"
	"github.com/dsc-workbench/dsc/roadmap"
)

// The ECharts library from the echarts npm package (Apache-2.0), inlined so
// the report opens offline and requests nothing from any host.
var (
	//go:embed assets/echarts.min.js
	echartsJS string
	//go:embed assets/NOTICE
	echartsNotice string
)

// chart is one ECharts chart of the page: its element id and option JSON.
type chart struct {
	ID     string
	Title  string
	Height int
	Option template.JS
}

// jsSafe makes option JSON safe inside a <script> element: "<", ">" and "&"
// only occur inside JSON strings, where \u escapes mean the same thing.
func jsSafe(s string) template.JS {
	r := strings.NewReplacer("<", `\u003c`, ">", `\u003e`, "&", `\u0026`, "\u2028", `\u2028`, "\u2029", `\u2029`)
	return template.JS(r.Replace(s))
}

// snippet renders a go-echarts chart to its option JSON with a fixed id, so
// output is deterministic and no go-echarts asset (remote script) is used.
// patches set ECharts options go-echarts has no field for; the option is
// re-marshalled with sorted keys.
func snippet(id, titleText string, height int, r render.Renderer, patches ...func(map[string]any)) chart {
	option := r.RenderSnippet().Option
	if len(patches) > 0 {
		var m map[string]any
		if err := json.Unmarshal([]byte(option), &m); err == nil {
			for _, p := range patches {
				p(m)
			}
			if b, err := json.Marshal(m); err == nil {
				option = string(b)
			}
		}
	}
	return chart{ID: id, Title: titleText, Height: height, Option: jsSafe(option)}
}

// each calls f on the object at key, or on each object when it is a list
// (go-echarts writes some components as lists, some as objects).
func each(m map[string]any, key string, f func(map[string]any)) {
	switch v := m[key].(type) {
	case map[string]any:
		f(v)
	case []any:
		for _, x := range v {
			if o, ok := x.(map[string]any); ok {
				f(o)
			}
		}
	}
}

// firstSeriesOnly applies a series patch to the first series alone.
func firstSeriesOnly(p func(map[string]any)) func(map[string]any) {
	return func(m map[string]any) {
		if list, ok := m["series"].([]any); ok && len(list) > 0 {
			p(map[string]any{"series": list[0]})
		}
	}
}

// noLegend hides the legend go-echarts adds for a single series.
func noLegend(m map[string]any) { m["legend"] = map[string]any{"show": false} }

// truncateAxisLabels keeps long category names from eating the plot.
func truncateAxisLabels(axis string, width int) func(map[string]any) {
	return func(m map[string]any) {
		each(m, axis, func(a map[string]any) {
			lbl, _ := a["axisLabel"].(map[string]any)
			if lbl == nil {
				lbl = map[string]any{}
				a["axisLabel"] = lbl
			}
			lbl["width"], lbl["overflow"] = width, "truncate"
		})
	}
}

func initOpts(id string, height int) charts.GlobalOpts {
	return charts.WithInitializationOpts(opts.Initialization{ChartID: id, Width: "100%", Height: fmt.Sprintf("%dpx", height)})
}

var (
	tTrue = opts.Bool(true)
)

func hex(c string) string { return "#" + c }

// page is what the HTML template needs.
type page struct {
	L          Labels
	R          *analysis.Report
	Lang       string
	Figures    [][2]string
	Target     []targetBlock
	Discuss    []roadmap.Selection
	Charts     map[string]chart
	ChartList  []chart
	KanoRows   []analysis.KanoFeature
	Diffs      []analysis.KanoFeature
	ECharts    template.JS
	Notice     string
	RoleNames  template.JS
	Categories []catLegend
}

type targetBlock struct {
	Element  string
	Label    string
	Color    string
	Groups   []targetGroup
	Parties  []string
	Position string
}

type targetGroup struct {
	Label string
	Items []roadmap.Selection
}

type catLegend struct {
	Code, Name, Color string
}

// WriteHTML renders the offline HTML report.
func WriteHTML(r *analysis.Report, w io.Writer) error {
	l := NewLabels(r.Meta.Language)
	p := &page{L: l, R: r, Lang: r.Meta.Language, ECharts: template.JS(echartsJS), Notice: echartsNotice, Charts: map[string]chart{}}
	p.figures()
	p.targetBlocks()
	for _, c := range []kano.Category{kano.MustBe, kano.OneDimensional, kano.Attractive, kano.Indifferent, kano.Reverse, kano.Questionable} {
		p.Categories = append(p.Categories, catLegend{string(c), l.T(c.Name()), hex(palette.category[c])})
	}
	add := func(c chart) {
		p.Charts[c.ID] = c
		p.ChartList = append(p.ChartList, c)
	}
	if k := r.Kano; k != nil {
		p.KanoRows = k.Features
		add(kanoScatter(l, k))
		if len(k.Segments) > 1 {
			for _, f := range k.Features {
				if f.SegmentDifference != nil {
					p.Diffs = append(p.Diffs, f)
				}
			}
			add(segmentBars(l, k))
		}
	}
	if j := r.Journey; j != nil {
		add(coverageHeatmap(l, j))
		add(rolesHeatmap(l, j))
	}
	if rd := r.Readiness; rd != nil {
		add(readinessRadar(l, r))
	}
	if c := r.Capabilities; c != nil {
		add(capabilityGraph(l, c))
	}
	if rm := r.Roadmap; rm != nil {
		add(gantt(l, rm))
	}
	roles := map[int]string{0: l.T("none"), 1: l.T("support"), 2: l.T("primary"), 3: l.T("lead")}
	p.RoleNames = jsSafe(fmt.Sprintf(`{"0":%q,"1":%q,"2":%q,"3":%q}`, roles[0], roles[1], roles[2], roles[3]))
	return pageTemplate.Execute(w, p)
}

func (p *page) figures() {
	r, l := p.R, p.L
	if k := r.Kano; k != nil {
		p.Figures = append(p.Figures, [2]string{fmt.Sprint(k.Respondents), l.T("Respondents")})
	}
	p.Figures = append(p.Figures, [2]string{fmt.Sprint(r.Target.Selected), l.T("Selected entries")})
	if rd := r.Readiness; rd != nil {
		p.Figures = append(p.Figures, [2]string{fmt.Sprintf("%.0f", rd.Index), l.T("Readiness index")})
	}
	if rm := r.Roadmap; rm != nil {
		p.Figures = append(p.Figures, [2]string{fmt.Sprintf("%g", rm.Finish), l.T("Roadmap length") + " (" + l.T("months") + ")"})
	}
	if j := r.Journey; j != nil {
		p.Figures = append(p.Figures, [2]string{fmt.Sprint(len(j.Holes)), l.T("Holes")})
	}
}

func (p *page) targetBlocks() {
	names := map[string]string{}
	for _, pt := range p.R.Parties {
		names[pt.ID] = pt.Name
	}
	pos := map[roadmap.Element]string{roadmap.DirectSales: "ds", roadmap.AfterSales: "as", roadmap.Login: "login", roadmap.SelfService: "ss", roadmap.DigitalService: "dg"}
	for _, e := range p.R.Target.Elements {
		b := targetBlock{Element: string(e.Element), Label: p.L.T(string(e.Element)), Color: hex(palette.element[e.Element]), Position: pos[e.Element]}
		for _, g := range []targetGroup{{p.L.T("Features"), e.Features}, {p.L.T("Services"), e.Services}, {p.L.T("Revenue streams"), e.RevenueStreams}} {
			if len(g.Items) > 0 {
				b.Groups = append(b.Groups, g)
			}
		}
		for _, id := range e.Parties {
			b.Parties = append(b.Parties, names[id])
		}
		p.Target = append(p.Target, b)
	}
	p.Discuss = p.R.Target.Discuss
}

func kanoScatter(l Labels, k *analysis.Kano) chart {
	const id, h = "kano-scatter", 560
	sc := charts.NewScatter()
	sc.SetGlobalOptions(initOpts(id, h),
		charts.WithTooltipOpts(opts.Tooltip{Show: tTrue, Trigger: "item"}),
		charts.WithLegendOpts(opts.Legend{Show: tTrue, Bottom: "0"}),
		charts.WithXAxisOpts(opts.XAxis{Name: "|Worse|", NameLocation: "middle", NameGap: 28, Min: 0, Max: 1, SplitLine: &opts.SplitLine{Show: tTrue}}),
		charts.WithYAxisOpts(opts.YAxis{Name: "Better", NameLocation: "middle", NameGap: 36, Min: 0, Max: 1, SplitLine: &opts.SplitLine{Show: tTrue}}),
		charts.WithGridOpts(opts.Grid{Left: "60", Right: "30", Top: "30", Bottom: "70"}),
	)
	byCat := map[kano.Category][]opts.ScatterData{}
	for _, f := range k.Features {
		if f.Category == kano.NoCategory {
			continue
		}
		byCat[f.Category] = append(byCat[f.Category], opts.ScatterData{Name: f.Name, Value: []any{round(-f.Worse), round(f.Better), f.Rank}, SymbolSize: 12})
	}
	for _, c := range kano.Categories {
		if len(byCat[c]) == 0 {
			continue
		}
		sc.AddSeries(l.T(c.Name()), byCat[c],
			charts.WithItemStyleOpts(opts.ItemStyle{Color: hex(palette.category[c]), Opacity: opts.Float(0.85)}),
			charts.WithLabelOpts(opts.Label{Show: tTrue, Position: "right", Formatter: "{@[2]}", FontSize: 10, Color: "#52606d"}))
	}
	quadrants := func(m map[string]any) {
		each(m, "series", func(s map[string]any) {
			if s["markLine"] != nil {
				return
			}
			s["markLine"] = map[string]any{"silent": true, "symbol": "none", "label": map[string]any{"show": false},
				"lineStyle": map[string]any{"type": "dashed", "color": "#9aa5b1"},
				"data":      []map[string]any{{"xAxis": 0.5}, {"yAxis": 0.5}}}
		})
	}
	return snippet(id, l.T("Kano portfolio")+": "+l.T("Better vs |Worse|"), h, sc, firstSeriesOnly(quadrants))
}

func segmentBars(l Labels, k *analysis.Kano) chart {
	const id = "segments"
	h := max(360, 22*len(k.Features)+80)
	bar := charts.NewBar()
	var names []string
	for _, f := range k.Features {
		names = append(names, f.Name)
	}
	bar.SetGlobalOptions(initOpts(id, h),
		charts.WithTooltipOpts(opts.Tooltip{Show: tTrue, Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: tTrue, Top: "0"}),
		charts.WithGridOpts(opts.Grid{Left: "260", Right: "30", Top: "30", Bottom: "30"}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Min: 0, Max: 1, Name: "Better"}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: names, Inverse: tTrue}),
	)
	colors := []string{palette.accent, "F39C12", "27AE60", "8E44AD"}
	for i, sg := range k.Segments {
		var data []opts.BarData
		for _, f := range k.Features {
			data = append(data, opts.BarData{Value: round(f.Segments[sg.Value].Better)})
		}
		bar.AddSeries(sg.Value, data, charts.WithItemStyleOpts(opts.ItemStyle{Color: hex(colors[i%len(colors)])}))
	}
	return snippet(id, l.T("Segment comparison")+": Better", h, bar, truncateAxisLabels("yAxis", 240))
}

func coverageHeatmap(l Labels, j *analysis.Journey) chart {
	const id = "coverage"
	h := max(320, 46*len(j.Stages)+120)
	hm := charts.NewHeatMap()
	var xs, ys []string
	for _, c := range j.Channels {
		xs = append(xs, c.Name)
	}
	for _, s := range j.Stages {
		ys = append(ys, s.Name)
	}
	maxV := 1
	var data []opts.HeatMapData
	for si := range j.Stages {
		for ci := range j.Channels {
			v := j.Coverage.Cells[si][ci].Touchpoints
			maxV = max(maxV, v)
			data = append(data, opts.HeatMapData{Value: []any{ci, si, v}})
		}
	}
	hm.SetGlobalOptions(initOpts(id, h),
		charts.WithTooltipOpts(opts.Tooltip{Show: tTrue}),
		charts.WithGridOpts(opts.Grid{Left: "190", Right: "30", Top: "20", Bottom: "90"}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: xs, SplitArea: &opts.SplitArea{Show: tTrue}, AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 20}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: ys, Inverse: tTrue, SplitArea: &opts.SplitArea{Show: tTrue}}),
		charts.WithVisualMapOpts(opts.VisualMap{Calculable: tTrue, Min: 0, Max: float32(maxV), Orient: "horizontal", Left: "center", Bottom: "0",
			InRange: &opts.VisualMapInRange{Color: []string{"#f7fbff", "#9ecae1", "#08519c"}}}),
	)
	hm.AddSeries(l.T("Touchpoints"), data, charts.WithLabelOpts(opts.Label{Show: tTrue}))
	return snippet(id, l.T("Touchpoints per stage and channel"), h, hm, noLegend)
}

func rolesHeatmap(l Labels, j *analysis.Journey) chart {
	const id = "roles"
	h := max(300, 44*len(j.Channels)+120)
	hm := charts.NewHeatMap()
	var xs, ys []string
	for _, p := range j.Phases {
		xs = append(xs, p.Name)
	}
	for _, c := range j.Channels {
		ys = append(ys, fmt.Sprintf("%s (%s)", c.Name, c.Cost))
	}
	var data []opts.HeatMapData
	for ci, c := range j.Channels {
		for pi, p := range j.Phases {
			data = append(data, opts.HeatMapData{Value: []any{pi, ci, journey.RoleWeight[j.Roles[c.ID][p.ID]]}})
		}
	}
	hm.SetGlobalOptions(initOpts(id, h),
		charts.WithGridOpts(opts.Grid{Left: "210", Right: "30", Top: "20", Bottom: "80"}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: xs, SplitArea: &opts.SplitArea{Show: tTrue}, AxisLabel: &opts.AxisLabel{Interval: "0"}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: ys, Inverse: tTrue, SplitArea: &opts.SplitArea{Show: tTrue}}),
		charts.WithVisualMapOpts(opts.VisualMap{Type: "piecewise", Orient: "horizontal", Left: "center", Bottom: "0"}),
	)
	hm.AddSeries(l.T("Channel roles"), data, charts.WithLabelOpts(opts.Label{Show: tTrue}))
	pieces := func(m map[string]any) {
		each(m, "visualMap", func(v map[string]any) {
			v["pieces"] = []map[string]any{
				{"value": 0, "label": l.T("none"), "color": "#f4f6f8"},
				{"value": 1, "label": l.T("support"), "color": hex(palette.roles[journey.RoleSupport])},
				{"value": 2, "label": l.T("primary"), "color": hex(palette.roles[journey.RolePrimary])},
				{"value": 3, "label": l.T("lead"), "color": hex(palette.roles[journey.RoleLead])},
			}
		})
	}
	return snippet(id, l.T("Channel-role matrix"), h, hm, pieces, noLegend)
}

func readinessRadar(l Labels, r *analysis.Report) chart {
	const id, h = "readiness", 560
	rd := r.Readiness
	hi := float32(5)
	if len(rd.Scale) > 0 {
		hi = float32(rd.Scale[len(rd.Scale)-1].Level)
	}
	var ind []*opts.Indicator
	var cur, tgt []float64
	for _, d := range rd.Dimensions {
		if !d.IsRated() {
			continue // no current score; listed as not rated under the table
		}
		ind = append(ind, &opts.Indicator{Name: d.Name, Max: hi, Min: 0})
		cur = append(cur, round(*d.Current))
		tgt = append(tgt, round(d.Target))
	}
	rad := charts.NewRadar()
	rad.SetGlobalOptions(initOpts(id, h),
		charts.WithRadarComponentOpts(opts.RadarComponent{Indicator: ind, Shape: "polygon", SplitNumber: int(hi), Center: []string{"50%", "50%"},
			SplitArea: &opts.SplitArea{Show: tTrue}}),
		charts.WithLegendOpts(opts.Legend{Show: tTrue, Bottom: "0"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: tTrue}),
	)
	rad.AddSeries(l.T("Current"), []opts.RadarData{{Name: l.T("Current"), Value: cur}},
		charts.WithItemStyleOpts(opts.ItemStyle{Color: hex(palette.accent)}), charts.WithAreaStyleOpts(opts.AreaStyle{Opacity: opts.Float(0.25)}))
	rad.AddSeries(l.T("Target"), []opts.RadarData{{Name: l.T("Target"), Value: tgt}},
		charts.WithItemStyleOpts(opts.ItemStyle{Color: hex(palette.critical)}), charts.WithLineStyleOpts(opts.LineStyle{Type: "dashed"}))
	radius := func(m map[string]any) {
		each(m, "radar", func(r map[string]any) { r["radius"] = "68%" })
	}
	return snippet(id, l.T("Readiness dimensions, current and target"), h, rad, radius)
}

func capabilityGraph(l Labels, c *analysis.Capabilities) chart {
	const id = "capabilities"
	perWave := map[int]int{}
	for _, x := range c.Capabilities {
		perWave[x.Wave]++
	}
	rows := 0
	for _, n := range perWave {
		rows = max(rows, n)
	}
	h := max(380, 70*rows+80)
	cats := []*opts.GraphCategory{}
	catIndex := map[roadmap.OperatingElement]int{}
	for i, e := range roadmap.OperatingElements {
		catIndex[e] = i
		cats = append(cats, &opts.GraphCategory{Name: string(e), ItemStyle: &opts.ItemStyle{Color: hex([]string{palette.accent, "16A085", "8E44AD"}[i])}})
	}
	seen := map[int]int{}
	var nodes []opts.GraphNode
	order := make([]int, len(c.Capabilities))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return c.Capabilities[order[a]].Start < c.Capabilities[order[b]].Start
	})
	for _, i := range order {
		x := c.Capabilities[i]
		row := seen[x.Wave]
		seen[x.Wave]++
		// Never 0: go-echarts drops zero coordinates, and ECharts needs both.
		n := opts.GraphNode{Name: x.Name, X: float32(x.Wave * 260), Y: float32(40 + row*70), Category: catIndex[x.Element], SymbolSize: 14 + 3*x.FanIn,
			Symbol: "roundRect"}
		if x.Critical {
			n.ItemStyle = &opts.ItemStyle{BorderColor: hex(palette.critical), BorderWidth: 3}
		}
		nodes = append(nodes, n)
	}
	var links []opts.GraphLink
	for i, x := range c.Capabilities {
		for j := range c.Capabilities {
			if c.Matrix[i][j] {
				links = append(links, opts.GraphLink{Source: c.Capabilities[j].Name, Target: x.Name})
			}
		}
	}
	g := charts.NewGraph()
	g.SetGlobalOptions(initOpts(id, h),
		charts.WithTooltipOpts(opts.Tooltip{Show: tTrue}),
		charts.WithLegendOpts(opts.Legend{Show: tTrue, Top: "0"}),
	)
	g.AddSeries(l.T("Capabilities"), nodes, links, charts.WithGraphChartOpts(opts.GraphChart{Layout: "none", Roam: tTrue, EdgeSymbol: []string{"none", "arrow"},
		EdgeSymbolSize: 8, Categories: cats, LineStyle: &opts.LineStyle{Color: "#9aa5b1", Curveness: 0.15}}),
		charts.WithLabelOpts(opts.Label{Show: tTrue, Position: "bottom", FontSize: 10}))
	labels := func(m map[string]any) {
		each(m, "legend", func(lg map[string]any) {
			var names []string
			for _, e := range roadmap.OperatingElements {
				names = append(names, string(e))
			}
			lg["data"] = names
		})
		each(m, "series", func(s map[string]any) {
			if lbl, ok := s["label"].(map[string]any); ok {
				lbl["width"], lbl["overflow"] = 200, "truncate"
			}
		})
	}
	return snippet(id, l.T("Capability dependencies"), h, g, labels)
}

func gantt(l Labels, rm *analysis.Roadmap) chart {
	const id = "gantt"
	h := max(400, 24*len(rm.Items)+90)
	var names []string
	var base, dur []opts.BarData
	for _, it := range rm.Items {
		name := it.Name
		color := hex(palette.accent)
		if strings.HasPrefix(it.ID, "step-") {
			name = l.T(it.Name)
			color = hex(palette.header)
		} else if it.Critical {
			color = hex(palette.critical)
		}
		names = append(names, name)
		base = append(base, opts.BarData{Value: round(it.Start)})
		dur = append(dur, opts.BarData{Value: round(it.Finish - it.Start), ItemStyle: &opts.ItemStyle{Color: color}})
	}
	bar := charts.NewBar()
	bar.SetGlobalOptions(initOpts(id, h),
		charts.WithGridOpts(opts.Grid{Left: "330", Right: "30", Top: "20", Bottom: "40"}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Name: l.T("months"), Min: 0, SplitLine: &opts.SplitLine{Show: tTrue}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: names, Inverse: tTrue}),
		charts.WithTooltipOpts(opts.Tooltip{Show: tTrue, Trigger: "item"}),
	)
	bar.AddSeries(l.T("Offset"), base, charts.WithBarChartOpts(opts.BarChart{Stack: "plan"}),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: "transparent"}))
	bar.AddSeries(l.T("Duration"), dur, charts.WithBarChartOpts(opts.BarChart{Stack: "plan", BarWidth: "60%"}))
	return snippet(id, l.T("Seven-step roadmap")+" ("+l.T("Gantt chart")+")", h, bar, truncateAxisLabels("yAxis", 310), noLegend)
}

func round(x float64) float64 {
	return float64(int64(x*1000+0.5*sign(x))) / 1000
}

func sign(x float64) float64 {
	if x < 0 {
		return -1
	}
	return 1
}
