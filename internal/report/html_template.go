package report

import (
	"html/template"
	"strconv"
	"strings"

	"github.com/dsc-workbench/dsc/internal/numfmt"
	"github.com/dsc-workbench/dsc/kano"
)

var funcs = template.FuncMap{
	"f2":   func(x float64) string { return numfmt.Fixed(x, 2) },
	"f1":   func(x float64) string { return numfmt.Fixed(x, 1) },
	"num":  func(x float64) string { return numfmt.Short(x) },
	"join": strings.Join,
	"catColor": func(c kano.Category) string {
		if col, ok := palette.category[c]; ok {
			return "#" + col
		}
		return "#7b8794"
	},
	"isStep": func(id string) bool { return strings.HasPrefix(id, "step-") },
	"neg":    func(x float64) float64 { return -x },
	"pval": func(p float64) string {
		if p < 0.0001 {
			return "< 0.0001"
		}
		return strconv.FormatFloat(p, 'f', 4, 64)
	},
}

var pageTemplate = template.Must(template.New("report").Funcs(funcs).Parse(`<!doctype html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.L.T "Digital Sales Center"}}: {{.R.Meta.Client}}</title>
<style>
:root { --ink:#1f2933; --muted:#616e7c; --line:#e4e7eb; --head:#1f4e79; --accent:#2e75b6; --band:#f5f7fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--ink); background: #fff; }
header { background: var(--head); color: #fff; padding: 28px 40px 22px; }
header h1 { margin: 0 0 4px; font-size: 26px; font-weight: 600; }
header p { margin: 0; opacity: .85; }
nav { position: sticky; top: 0; z-index: 5; background: #fff; border-bottom: 1px solid var(--line); padding: 8px 40px; }
nav a { color: var(--accent); text-decoration: none; margin-right: 18px; font-size: 14px; white-space: nowrap; }
main { max-width: 1180px; margin: 0 auto; padding: 8px 40px 40px; }
section { padding: 18px 0 8px; border-bottom: 1px solid var(--line); }
h2 { font-size: 21px; margin: 10px 0 12px; color: var(--head); }
h3 { font-size: 16px; margin: 18px 0 8px; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px; margin: 18px 0 8px; }
.figure { background: var(--band); border-radius: 8px; padding: 12px 16px; }
.figure b { display: block; font-size: 26px; color: var(--head); }
.figure span { color: var(--muted); font-size: 13px; }
.chart { width: 100%; margin: 8px 0 18px; }
.chart-title { font-weight: 600; margin-top: 14px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 6px 0 14px; }
th { text-align: left; background: var(--band); color: var(--muted); font-weight: 600; padding: 6px 8px; border-bottom: 1px solid var(--line); }
td { padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; min-width: 22px; padding: 1px 6px; border-radius: 10px; color: #fff; font-size: 12px; font-weight: 600; text-align: center; }
.muted { color: var(--muted); }
.note { color: var(--muted); font-style: italic; }
.dsc { display: grid; grid-template-columns: 1fr 1fr 1fr; grid-template-areas: "ds ds as" "ss login as" "ss dg dg"; gap: 14px; margin: 10px 0 18px; }
.dsc .el { border: 2px solid var(--c); border-radius: 10px; background: #fbfcfd; padding: 10px 14px 12px; }
.dsc .el h3 { margin: 0 0 6px; color: var(--c); }
.dsc .el.login { align-self: center; text-align: center; border-radius: 50%/40%; padding: 24px 18px; background: var(--c); color: #fff; }
.dsc .el.login h3 { color: #fff; }
.dsc .el.login .group, .dsc .el.login li { color: #fff; }
.dsc .el.login .badge { box-shadow: 0 0 0 1.5px #fff; }
.dsc .group { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin-top: 6px; }
.dsc ul { margin: 2px 0 0; padding-left: 18px; }
.dsc li { font-size: 13.5px; }
.dsc .parties { margin-top: 8px; font-size: 12.5px; color: var(--muted); }
.legend span { margin-right: 12px; font-size: 13px; }
#dsc-errors { color: #b00020; white-space: pre-wrap; }
footer { max-width: 1180px; margin: 0 auto; padding: 16px 40px 40px; color: var(--muted); font-size: 12px; }
@media print {
  nav { display: none; }
  header { background: #fff; color: var(--ink); padding: 0 0 10px; border-bottom: 2px solid var(--head); }
  main, footer { max-width: none; padding: 0; }
  section { break-inside: avoid-page; border: 0; }
  .chart, .dsc .el { break-inside: avoid; }
  table { break-inside: auto; } tr { break-inside: avoid; }
  body { font-size: 11pt; }
}
</style>
</head>
<body>
<header>
<h1>{{.L.T "Digital Sales Center"}}: {{.R.Meta.Client}}</h1>
<p>{{.R.Meta.Industry}}</p>
</header>
<nav>
<a href="#target">{{.L.T "Target picture"}}</a>
{{if .R.Kano}}<a href="#kano">{{.L.T "Kano"}}</a>{{end}}
{{if .R.Journey}}<a href="#journey">{{.L.T "Journey coverage"}}</a><a href="#roles">{{.L.T "Channel roles"}}</a>{{end}}
{{if .R.Readiness}}<a href="#readiness">{{.L.T "Readiness"}}</a>{{end}}
{{if .R.Capabilities}}<a href="#capabilities">{{.L.T "Capabilities"}}</a>{{end}}
{{if .R.Roadmap}}<a href="#roadmap">{{.L.T "Roadmap"}}</a>{{end}}
</nav>
<main>
<div class="figures">{{range .Figures}}<div class="figure"><b>{{index . 0}}</b><span>{{index . 1}}</span></div>{{end}}</div>
<pre id="dsc-errors"></pre>

<section id="target">
<h2>{{.L.T "Target picture"}}</h2>
<div class="dsc">
{{range .Target}}<div class="el {{.Position}}" style="grid-area: {{.Position}}; --c: {{.Color}}">
<h3>{{.Label}}</h3>
{{range .Groups}}<div class="group">{{.Label}}</div><ul>{{range .Items}}<li>{{.Name}} <span class="badge" style="background: {{catColor .Category}}">{{.Category}}</span>{{if .Pinned}} <span class="muted">({{$.L.T "Pinned"}})</span>{{end}}</li>{{end}}</ul>{{end}}
{{if .Parties}}<div class="parties">{{$.L.T "External parties"}}: {{join .Parties ", "}}</div>{{end}}
</div>
{{end}}</div>
<div class="legend">{{range .Categories}}<span><span class="badge" style="background: {{.Color}}">{{.Code}}</span> {{.Name}}</span>{{end}}</div>
{{if .Discuss}}<h3>{{.L.T "To discuss"}}</h3>
<table><tr><th>{{.L.T "Name"}}</th><th>{{.L.T "Element"}}</th><th>{{.L.T "Category"}}</th><th>{{.L.T "Reason"}}</th></tr>
{{range .Discuss}}<tr><td>{{.Name}}</td><td>{{$.L.T (print .Element)}}</td><td>{{.Category}}</td><td>{{.Reason}}</td></tr>{{end}}</table>{{end}}
</section>

{{with .R.Kano}}<section id="kano">
<h2>{{$.L.T "Kano"}}</h2>
<p class="muted">{{.Respondents}} {{$.L.T "Respondents"}}; {{$.L.T "table"}}: {{.Table}}, {{$.L.T "rule"}}: {{.Rule}}, min n {{.MinN}}.</p>
{{with index $.Charts "kano-scatter"}}<div class="chart-title">{{.Title}}</div><div class="chart" id="chart-{{.ID}}" style="height: {{.Height}}px"></div>{{end}}
<table><tr><th class="n">{{$.L.T "Rank"}}</th><th>{{$.L.T "Name"}}</th><th>{{$.L.T "Element"}}</th><th class="n">n</th><th>{{$.L.T "Category"}}</th><th class="n">Better</th><th class="n">Worse</th><th class="n">{{$.L.T "Importance"}}</th><th>{{$.L.T "Flags"}}</th></tr>
{{range $.KanoRows}}<tr><td class="n">{{.Rank}}</td><td>{{.Name}}</td><td>{{$.L.T .Element}}</td><td class="n">{{.N}}</td><td><span class="badge" style="background: {{catColor .Category}}">{{.String}}</span></td><td class="n">{{f2 .Better}}</td><td class="n">{{f2 .Worse}}</td><td class="n">{{f1 .Continuous.ImportanceMean}}</td><td class="muted">{{join .Flags ", "}}</td></tr>{{end}}
</table>
{{with index $.Charts "segments"}}<h3>{{$.L.T "Segments"}}</h3>
{{if $.Diffs}}<table><tr><th>{{$.L.T "Name"}}</th><th>{{$.L.T "Segments"}}</th><th>{{$.L.T "Significant"}}</th><th class="n">p</th></tr>
{{range $.Diffs}}<tr><td>{{.Name}}</td><td>{{range $k, $v := .SegmentDifference.Categories}}{{$k}}: {{$v}} &nbsp;{{end}}</td><td>{{if .SegmentDifference.Significant}}{{$.L.T "yes"}}{{else}}{{$.L.T "no"}}{{end}}</td><td class="n">{{pval .SegmentDifference.P}}</td></tr>{{end}}</table>{{end}}
<div class="chart-title">{{.Title}}</div><div class="chart" id="chart-{{.ID}}" style="height: {{.Height}}px"></div>{{end}}
</section>{{end}}

{{with .R.Journey}}<section id="journey">
<h2>{{$.L.T "Journey coverage"}}</h2>
{{with index $.Charts "coverage"}}<div class="chart-title">{{.Title}}</div><div class="chart" id="chart-{{.ID}}" style="height: {{.Height}}px"></div>{{end}}
<h3>{{$.L.T "Holes"}} ({{len .Holes}})</h3>
<table><tr><th>{{$.L.T "Persona"}}</th><th>{{$.L.T "Stage"}}</th><th>{{$.L.T "Kind of hole"}}</th><th class="n">{{$.L.T "Touchpoints"}}</th></tr>
{{range .Holes}}<tr><td>{{.Persona}}</td><td>{{.Stage}}</td><td>{{$.L.T .Kind}}</td><td class="n">{{.Touchpoints}}</td></tr>{{end}}</table>
</section>
<section id="roles">
<h2>{{$.L.T "Channel roles"}}</h2>
<p>{{$.L.T "Closest model"}}: <b>{{.Configuration.Closest}}</b>; {{$.L.T "Omni-channel"}}: {{if .Configuration.OmniChannel}}{{$.L.T "yes"}}{{else}}{{$.L.T "no"}}{{end}}</p>
{{with index $.Charts "roles"}}<div class="chart-title">{{.Title}}</div><div class="chart" id="chart-{{.ID}}" style="height: {{.Height}}px"></div>{{end}}
<table><tr><th>{{$.L.T "Model"}}</th><th>{{$.L.T "Fit"}}</th><th>{{$.L.T "Contradictions"}}</th></tr>
{{range .Configuration.Scores}}<tr><td>{{.Model}}</td><td>{{.Met}}/{{.Expected}}</td><td class="muted">{{range .Contradictions}}{{.Phase}}: {{.Found}}. {{end}}</td></tr>{{end}}</table>
<h3>{{$.L.T "Omni-channel processes"}}</h3>
<table><tr><th>{{$.L.T "Processes"}}</th><th>{{$.L.T "Support"}}</th><th>{{$.L.T "Missing"}}</th></tr>
{{range .Processes}}<tr><td>{{.Name}}</td><td>{{.Status}}</td><td class="muted">{{range .Steps}}{{if not .Met}}{{.Function}} ({{.Stage}}, {{.Channel}}) {{end}}{{end}}</td></tr>{{end}}</table>
</section>{{end}}

{{with .R.Readiness}}<section id="readiness">
<h2>{{$.L.T "Readiness"}}</h2>
<p>{{$.L.T "Readiness index"}} <b>{{f1 .Index}}</b>/100; {{$.L.T "Target attainment"}} {{f1 .TargetAttainment}}%</p>
{{with index $.Charts "readiness"}}<div class="chart-title">{{.Title}}</div><div class="chart" id="chart-{{.ID}}" style="height: {{.Height}}px"></div>{{end}}
<table><tr><th class="n">{{$.L.T "Rank"}}</th><th>{{$.L.T "Dimension"}}</th><th class="n">{{$.L.T "Importance"}}</th><th class="n">{{$.L.T "Current"}}</th><th class="n">{{$.L.T "Target"}}</th><th class="n">{{$.L.T "Gap"}}</th><th class="n">{{$.L.T "Weighted gap"}}</th><th class="n">{{$.L.T "Disagreement"}}</th><th class="n">{{$.L.T "Missing"}}</th></tr>
{{range .Dimensions}}{{if .IsRated}}<tr><td class="n">{{.Rank}}</td><td>{{.Name}}</td><td class="n">{{num .Importance}}</td><td class="n">{{f2 .Current}}</td><td class="n">{{f2 .Target}}</td><td class="n">{{f2 .Gap}}</td><td class="n">{{f2 .WeightedGap}}</td><td class="n">{{.Disagreements}}</td><td class="n">{{.Missing}}</td></tr>{{end}}{{end}}
{{range .Dimensions}}{{if not .IsRated}}<tr class="not-rated"><td class="n"></td><td>{{.Name}}</td><td class="n">{{num .Importance}}</td><td class="n" >{{$.L.T "not rated"}}</td><td class="n">{{f2 .Target}}</td><td class="n"></td><td class="n"></td><td class="n">{{.Disagreements}}</td><td class="n">{{.Missing}}</td></tr>{{end}}{{end}}</table>
</section>{{end}}

{{with .R.Capabilities}}<section id="capabilities">
<h2>{{$.L.T "Capabilities"}}</h2>
{{with index $.Charts "capabilities"}}<div class="chart-title">{{.Title}}</div><div class="chart" id="chart-{{.ID}}" style="height: {{.Height}}px"></div>{{end}}
<table><tr><th>{{$.L.T "Name"}}</th><th>{{$.L.T "Element"}}</th><th>{{$.L.T "Dimension"}}</th><th class="n">{{$.L.T "Maturity"}}</th><th class="n">{{$.L.T "Wave"}}</th><th class="n">{{$.L.T "Months"}}</th><th class="n">{{$.L.T "Fan-in"}}</th><th>{{$.L.T "Critical"}}</th></tr>
{{range .Capabilities}}<tr><td>{{.Name}}</td><td>{{.Element}}</td><td>{{.Dimension}}</td><td class="n">{{.Current}} → {{.Target}}</td><td class="n">{{.Wave}}</td><td class="n">{{num .Duration}}</td><td class="n">{{.FanIn}}</td><td>{{if .Critical}}●{{end}}</td></tr>{{end}}</table>
</section>{{end}}

{{with .R.Roadmap}}<section id="roadmap">
<h2>{{$.L.T "Roadmap"}}</h2>
<p>{{$.L.T "Roadmap length"}}: <b>{{num .Finish}}</b> {{$.L.T "months"}}{{if .Start}} ({{.Start}}){{end}}</p>
{{with index $.Charts "gantt"}}<div class="chart-title">{{.Title}}</div><div class="chart" id="chart-{{.ID}}" style="height: {{.Height}}px"></div>{{end}}
<table><tr><th>{{$.L.T "Step"}}</th><th>{{$.L.T "Name"}}</th><th>{{$.L.T "Start month"}}</th><th>{{$.L.T "End month"}}</th><th>{{$.L.T "Critical"}}</th></tr>
{{range .Items}}<tr>{{if isStep .ID}}<td><b>{{.Step}}</b></td><td><b>{{$.L.T .Name}}</b>{{if .Note}}<br><span class="muted">{{.Note}}</span>{{end}}</td>{{else}}<td></td><td>{{.Name}}</td>{{end}}<td>{{.StartMonth}}</td><td>{{.EndMonth}}</td><td>{{if .Critical}}●{{end}}</td></tr>{{end}}</table>
</section>{{end}}
</main>
<footer>{{.L.T "Generated by dsc from the workspace"}}. Charts: Apache ECharts, inlined. {{.Notice}}</footer>
<script>
{{.ECharts}}
</script>
<script>
(function () {
  "use strict";
  var errors = [];
  window.addEventListener("error", function (e) { errors.push(String(e.message)); show(); });
  function show() { document.getElementById("dsc-errors").textContent = errors.join("\n"); }
  var roleNames = {{.RoleNames}};
  var options = {
{{range .ChartList}}    "{{.ID}}": {{.Option}},
{{end}}  };
  var instances = [];
  var rendered = 0;
  Object.keys(options).forEach(function (id) {
    try {
      var el = document.getElementById("chart-" + id);
      var opt = options[id];
      if (id === "roles") { opt.series[0].label.formatter = function (p) { return roleNames[String(p.value[2])]; }; }
      if (id === "gantt") { opt.tooltip.formatter = function (p) { return p.seriesIndex === 1 ? echarts.format.encodeHTML(p.name) + ": " + p.value + " " : ""; }; }
      var chart = echarts.init(el, null, { renderer: "canvas" });
      chart.setOption(opt);
      instances.push(chart);
      el.setAttribute("data-rendered", "true");
      rendered++;
    } catch (e) {
      errors.push(id + ": " + e.message);
      show();
    }
  });
  window.addEventListener("resize", function () { instances.forEach(function (c) { c.resize(); }); });
  window.addEventListener("beforeprint", function () { instances.forEach(function (c) { c.resize(); }); });
  document.documentElement.setAttribute("data-charts", String(rendered));
  document.documentElement.setAttribute("data-chart-errors", String(errors.length));
  var external = performance.getEntriesByType("resource").length;
  document.documentElement.setAttribute("data-requests", String(external));
})();
</script>
</body>
</html>
`))
