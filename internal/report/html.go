package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/journey"
	"github.com/dsc-workbench/dsc/kano"
	"github.com/dsc-workbench/dsc/roadmap"
)

// The ECharts library from the echarts npm package (Apache-2.0), inlined so
// the report opens offline and requests nothing from any host; and the
// deck's template, style sheet and script.
var (
	//go:embed assets/echarts.min.js
	echartsJS string
	//go:embed assets/NOTICE
	echartsNotice string
	//go:embed assets/deck.html.tmpl
	deckTemplate string
	//go:embed assets/deck.css
	deckCSS string
	//go:embed assets/deck.js
	deckJS string
)

// deck is everything the HTML template draws: the report and the views
// laid out for it, in one language.
type deck struct {
	R    *analysis.Report
	L    text.Lang
	Lang string
	// Footer texts, also printed in every page's margin.
	FooterLeft, FooterNotice string
	AsOf                     string
	Nav                      []navItem
	Figures                  []keyFigure
	Findings, Decisions      []string
	Target                   []targetBlock
	Legend                   []legendEntry
	DecisionLog              []decisionRow
	Portfolio                *portfolioFigure
	Mix                      []mixFigure
	KanoRows                 []kanoRow
	SegmentRows              []segmentRow
	SegmentNames             []string
	Migration                *migrationView // survey waves (figure_waves.go)
	Lanes                    []laneView
	Roles                    *rolesView
	Readiness                *readinessView
	Capabilities             *capabilityView
	Gantt                    []ganttFigure
	Breaches                 []string // the method's rules the plan breaks, worded
	BreachesMessage          string   // the headline over them
	Market                   *marketView
	Charts                   []echart
	Messages                 map[string]string
	K                        map[string]text.Key
	// The page margin's texts as CSS strings.
	FooterLeftCSS, FooterNoticeCSS, PageCSS template.CSS
	SegColors                               []string
	EvidenceLegend                          []legendEntry
	DenseTarget                             bool
	DisagreementNote                        string
	ECharts                                 template.JS
	CSS                                     template.CSS
	Colors                                  template.CSS
	JS                                      template.JS
	Notice                                  string
}

type navItem struct{ ID, Label string }

type keyFigure struct{ Value, Label string }

// targetBlock is one element of the DSC figure.
type targetBlock struct {
	Element  string
	Label    string
	Color    string
	Position string
	Groups   []targetGroup
	Parties  []string
}

type targetGroup struct {
	Label string
	Items []targetItem
	Wide  bool // set in two columns
}

type targetItem struct {
	Name, Category, Code, Color string
	Pinned                      bool
}

type decisionRow struct {
	Name, Element, Category, Decision, Reason string
	Pinned                                    bool
	Class                                     string
}

type kanoRow struct {
	Rank                                      int
	Name, Element, Category, Code, Color      string
	N                                         int
	Better, Worse, Importance, Flags, Segment string
}

type segmentRow struct {
	Name       string
	Categories []string
	Codes      []string
	Colors     []string
	P          string
	Sig        bool
}

// WriteHTML renders the deck: one self-contained HTML file that reads as a
// web page on screen and prints as A4 landscape slides.
func WriteHTML(r *analysis.Report, w io.Writer) error {
	l := text.LangOf(r.Meta.Language)
	d := &deck{R: r, L: l, Lang: string(l), ECharts: template.JS(echartsJS), Notice: echartsNotice,
		CSS: template.CSS(deckCSS + marketCSS), Colors: template.CSS(cssColors()), JS: template.JS(deckJS), Messages: map[string]string{}, K: templateKeys}
	ws := words{l, r}
	d.FooterLeft = r.Meta.Client
	if r.Meta.AsOf != "" {
		d.AsOf = text.Date(l, r.Meta.AsOf)
		d.FooterLeft += " · " + l.T(text.DataAsOf) + " " + d.AsOf
	}
	// The confidentiality notice shares the right margin box with the page
	// number: beside a centre box Chromium gives the left box no more room
	// than the right one, and the client with its data date wrapped onto a
	// second line ("27. / November 2026") next to a nearly empty page number.
	d.FooterNotice = r.Meta.Confidentiality
	notice := ""
	if d.FooterNotice != "" {
		notice = d.FooterNotice + " · "
	}
	d.FooterLeftCSS, d.FooterNoticeCSS, d.PageCSS = cssString(d.FooterLeft), cssString(notice), cssString(l.T(text.Page)+" ")
	d.summary(ws)
	d.target(ws)
	if r.Market != nil {
		d.market()
	}
	if k := r.Kano; k != nil {
		d.kano(ws)
		d.waves(ws)
	}
	if j := r.Journey; j != nil {
		d.journey()
		d.roles()
	}
	if r.Readiness != nil {
		d.readiness()
	}
	if r.Capabilities != nil {
		d.capabilities()
	}
	if rm := r.Roadmap; rm != nil {
		d.roadmap()
	}
	d.nav()
	t, err := template.New("deck").Funcs(d.funcs()).Option("missingkey=error").Parse(deckTemplate)
	if err == nil {
		t, err = t.Parse(migrationTemplate)
	}
	if err == nil {
		t, err = t.Parse(marketTemplate)
	}
	if err != nil {
		return err
	}
	return t.Execute(w, d)
}

// funcs are the template's helpers, bound to the deck's language.
func (d *deck) funcs() template.FuncMap {
	l := d.L
	return template.FuncMap{
		"t":     func(k text.Key) string { return l.T(k) },
		"f1":    func(x float64) string { return text.Num(l, x, 1) },
		"f2":    func(x float64) string { return text.Num(l, x, 2) },
		"f0":    func(x float64) string { return text.Num(l, x, 0) },
		"px":    func(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) },
		"say":   func(s text.Sentence, args ...any) string { return text.Say(l, s, args...) },
		"add":   func(a, b float64) float64 { return a + b },
		"sub":   func(a, b float64) float64 { return a - b },
		"inc":   func(i int) int { return i + 1 },
		"addi":  func(a, b int) int { return a + b },
		"msg":   func(id string) string { return d.Messages[id] },
		"mul":   func(a, b any) float64 { return toFloat(a) * toFloat(b) },
		"div2":  func(a float64) float64 { return a / 2 },
		"div":   func(a, b int) int { return a / b },
		"mod":   func(a, b int) int { return a % b },
		"short": shorten,
		"c":     uiColor,
		"if2": func(c bool, a, b float64) float64 {
			if c {
				return a
			}
			return b
		},
	}
}

// cssString quotes a text as a CSS string: every character that is not a
// plain letter, digit or space is written as a CSS escape, so workspace
// text cannot end the string or the style sheet.
func cssString(s string) template.CSS {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		if r == ' ' || (r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r))) {
			b.WriteRune(r)
			continue
		}
		fmt.Fprintf(&b, "\\%06x ", r) // the space ends the escape and is not shown
	}
	b.WriteByte('"')
	return template.CSS(b.String())
}

func toFloat(v any) float64 {
	switch x := v.(type) {
	case int:
		return float64(x)
	case float64:
		return x
	}
	return 0
}

func (d *deck) nav() {
	l, r := d.L, d.R
	add := func(id string, k text.Key) { d.Nav = append(d.Nav, navItem{id, l.T(k)}) }
	add("summary", text.ExecutiveSummary)
	add("target", text.TargetPicture)
	if d.Market != nil {
		add(d.Market.First, text.MarketAndCompetitors)
	}
	add("kano", text.KanoPortfolio)
	if r.Kano != nil && len(r.Kano.Segments) > 1 {
		add("segments", text.Segments)
	}
	if d.Migration != nil {
		add("migration", text.KanoMigration)
	}
	add("journey", text.Journey)
	add("roles", text.ChannelRoles)
	add("readiness", text.Readiness)
	add("capabilities", text.Capabilities)
	add("dsm", text.DependencyMatrix)
	add("roadmap", text.Roadmap)
	if len(d.Breaches) > 0 {
		add("breaches", text.RuleBreaches)
	}
}

func (d *deck) summary(w words) {
	l, r := d.L, d.R
	fig := func(v string, k text.Key) { d.Figures = append(d.Figures, keyFigure{v, l.T(k)}) }
	if k := r.Kano; k != nil {
		d.Figures = append(d.Figures, keyFigure{strconv.Itoa(k.Respondents), respondentsLabel(l, r)})
	}
	fig(strconv.Itoa(r.Target.Selected), text.Selected)
	if j := r.Journey; j != nil {
		fig(strconv.Itoa(len(j.Holes)), text.Holes)
	}
	if rd := r.Readiness; rd != nil {
		fig(text.Num(l, rd.Index, 0), text.ReadinessIndex)
	}
	if rm := r.Roadmap; rm != nil {
		fig(text.NumShort(l, rm.Finish, 1), text.RoadmapLength)
		for _, f := range r.Summary.Findings {
			if f.Kind == analysis.FactCriticalPath {
				fig(text.MonthShort(l, f.Month), text.MilestoneGoLive)
			}
		}
	}
	for _, f := range r.Summary.Findings {
		d.Findings = append(d.Findings, w.fact(f))
		switch f.Kind {
		case analysis.FactTargetPicture:
			d.Messages["target"] = w.fact(f)
		case analysis.FactReadiness:
			d.Messages["readiness"] = w.fact(f)
		case analysis.FactDisagreement:
			d.Messages["raters"] = w.fact(f)
		case analysis.FactChannelModel:
			d.Messages["roles"] = w.fact(f)
		case analysis.FactCriticalPath:
			d.Messages["roadmap"] = text.Say(l, text.SayRoadmap, text.NumShort(l, f.Value, 1), text.Month(l, r.Roadmap.Months[0]), text.Month(l, f.Month))
		case analysis.FactSegmentsDiffer:
			d.Messages["segments"] = w.fact(f)
		case analysis.FactHoles:
			d.Messages["journey"] = w.fact(f)
		}
	}
	for _, f := range r.Summary.Decisions {
		d.Decisions = append(d.Decisions, w.fact(f))
	}
}

func (d *deck) target(w words) {
	l, r := d.L, d.R
	parties := map[string]string{}
	for _, p := range r.Parties {
		parties[p.ID] = p.Name
	}
	pos := map[roadmap.Element]string{roadmap.DirectSales: "ds", roadmap.AfterSales: "as", roadmap.Login: "login", roadmap.SelfService: "ss", roadmap.DigitalService: "dg"}
	for _, e := range r.Target.Elements {
		b := targetBlock{Element: string(e.Element), Label: text.Element(l, e.Element), Color: hex(palette.element[e.Element]), Position: pos[e.Element]}
		for _, g := range []struct {
			kind  roadmap.EntryKind
			items []roadmap.Selection
		}{{roadmap.Feature, e.Features}, {roadmap.Service, e.Services}, {roadmap.RevenueStream, e.RevenueStreams}} {
			if len(g.items) == 0 {
				continue
			}
			tg := targetGroup{Label: text.EntryKindPlural(l, g.kind), Wide: len(e.Features)+len(e.Services)+len(e.RevenueStreams) > 12}
			for _, it := range g.items {
				tg.Items = append(tg.Items, targetItem{Name: it.Name, Category: text.KanoCategory(l, it.Category), Code: text.KanoCode(l, it.Category),
					Color: hex(categoryColor(it.Category)), Pinned: it.Pinned})
			}
			b.Groups = append(b.Groups, tg)
		}
		for _, id := range e.Parties {
			b.Parties = append(b.Parties, parties[id])
		}
		d.Target = append(d.Target, b)
	}
	// A picture with many entries is set in a smaller type to fit a page.
	d.DenseTarget = r.Target.Selected > 36
	for _, c := range kano.Categories {
		d.Legend = append(d.Legend, legendEntry{text.KanoCode(l, c) + " " + text.KanoCategory(l, c), hex(palette.category[c])})
	}
	for _, s := range decisions(r.Target) {
		class := map[string]string{roadmap.DecisionIn: "in", roadmap.DecisionOut: "out", roadmap.DecisionDiscuss: "discuss"}[s.Decision]
		d.DecisionLog = append(d.DecisionLog, decisionRow{Name: s.Name, Element: text.Element(l, s.Element),
			Category: w.category(s.Category, s.Code == roadmap.ReasonTooFewAnswers), Decision: text.Decision(l, s.Decision),
			Reason: w.reason(s), Pinned: s.Pinned, Class: class})
	}
	d.Messages["decisions"] = text.Say(l, text.SayDecisionLog, r.Target.Selected, len(r.Target.Discuss), len(r.Target.Out),
		r.Summary.Decided(analysis.FactConfirmPins)) // the pins the summary asks to confirm, as the workbook's summary counts them
}

func (d *deck) kano(w words) {
	l, r, k := d.L, d.R, d.R.Kano
	p := portfolio(l, r)
	d.Portfolio = &p
	d.Messages["kano"] = text.Say(l, text.SayKanoSettings, k.Respondents, text.KanoTable(l, k.Table), text.KanoRule(l, kano.Rule(k.Rule)), k.MinN)
	d.Messages["mix"] = text.Say(l, text.SayTooFewAnswersNote, k.MinN)
	if s := k.ScreenedOut(); s.Dropped > 0 {
		// A client's market research asks who was left out, and why. Under
		// the table, where a second line costs a row, not the portfolio's
		// page, sized to one line above the chart.
		d.Messages["mix"] += " " + text.Say(l, text.SayScreenedOut, s.Dropped, s.Surveyed, s.Questionable, s.Indifferent)
	}
	const perPage = 26
	for from := 0; from < len(k.Features); from += perPage {
		d.Mix = append(d.Mix, categoryMix(l, k, from, min(from+perPage, len(k.Features))))
	}
	for _, f := range k.Features {
		row := kanoRow{Rank: f.Rank, Name: f.Name, Element: elementName(l, f.Element), N: f.N,
			Category: w.category(f.Category, f.TooFewAnswers(k.MinN)), Code: text.KanoCode(l, f.Category), Color: hex(categoryColor(f.Category)),
			Better: w.coefficient(f.Counts.CoefficientsDefined(), f.Better), Worse: w.coefficient(f.Counts.CoefficientsDefined(), f.Worse), Importance: "–", Flags: flagNames(l, f.Flags)}
		if f.TooFewAnswers(k.MinN) {
			row.Code, row.Color = "–", hex(palette.tooFew)
		}
		if f.Continuous.ImportanceN > 0 {
			row.Importance = text.Num(l, f.Continuous.ImportanceMean, 1)
		}
		if f.Mixed != "" {
			row.Code = text.KanoPair(l, string(f.Mixed))
		}
		d.KanoRows = append(d.KanoRows, row)
	}
	var counts []string // "must-be 11": no plural needed
	for _, c := range kano.Categories {
		if n := k.Mix[string(c)]; n > 0 {
			counts = append(counts, text.KanoCategory(l, c)+" "+strconv.Itoa(n))
		}
	}
	if n := k.Mix[analysis.MixTooFew]; n > 0 { // shown as such in the table, not by their category
		counts = append(counts, l.T(text.TooFewAnswers)+" "+strconv.Itoa(n))
	}
	d.Messages["kano-table"] = text.Say(l, text.SayKanoTable, len(k.Features), text.List(l, counts))
	if len(k.Segments) > 1 {
		var diff []analysis.KanoFeature
		for i, sg := range k.Segments {
			d.SegmentNames = append(d.SegmentNames, segmentName(r, sg.Value))
			d.SegColors = append(d.SegColors, hex(segmentColor(i)))
		}
		for _, f := range k.Features {
			if f.SegmentDifference == nil {
				continue
			}
			diff = append(diff, f)
			row := segmentRow{Name: f.Name, P: text.PValue(l, f.SegmentDifference.P), Sig: f.SegmentsDiffer()}
			for _, sg := range k.Segments {
				sr := f.Segments[sg.Value]
				thin := sr.N > 0 && sr.N < k.MinN
				label, code := w.result(sr.Category, sr.Mixed, thin)
				color := hex(categoryColor(sr.Category))
				if thin {
					color = hex(palette.tooFew)
				}
				row.Categories = append(row.Categories, label)
				row.Codes = append(row.Codes, code)
				row.Colors = append(row.Colors, color)
			}
			d.SegmentRows = append(d.SegmentRows, row)
		}
		if len(diff) > 0 {
			d.Charts = append(d.Charts, segmentBars(l, r, diff[:min(len(diff), 16)]))
		}
		if len(d.SegmentRows) == 0 {
			d.Messages["segments"] = segmentsNoRows(l, r)
		}
	}
}

// segmentsNoRows says why the segment slide has no row: fewer than two
// segments reach the minimum N, or the segments agree on every feature
// (trial7 N29: the slide was blank).
func segmentsNoRows(l text.Lang, r *analysis.Report) string {
	k := r.Kano
	if k.TooFewSegments() {
		var thin []string
		for _, sg := range k.LowNSegments() {
			thin = append(thin, fmt.Sprintf("%s (n = %d)", segmentName(r, sg.Value), sg.Respondents))
		}
		return text.Say(l, text.SaySegmentsTooFew, len(thin), text.List(l, thin), k.MinN)
	}
	return text.Say(l, text.SaySegmentsAgree, len(k.Segments))
}

// laneView is one swimlane page: a persona's (or the combined) journey.
type laneView struct {
	ID, Title, Message string
	Stages             []string
	Rows               []laneRow
	Holes              []string // per stage: the hole's wording, "" for none
	KPIs               [][]string
	Evidence           [][]evidenceCount
	Combined           bool
}

type laneRow struct {
	Channel string
	Cells   [][]laneTouch
}

type laneTouch struct {
	Name     string
	Segments string
	segs     []string
	Features []laneChip
	Evidence string
	Color    string
}

type laneChip struct{ Code, Color, Title string }

type evidenceCount struct {
	Label string
	N     int
	Color string
}

func (d *deck) journey() {
	l, j := d.L, d.R.Journey
	personas := personaNames(j)
	interactions := map[string]string{}
	for _, x := range j.Interactions {
		interactions[x.ID] = x.Name
	}
	segNames := map[string]string{}
	for _, s := range d.R.Meta.Segments {
		segNames[s.ID] = s.Name
	}
	for _, e := range journey.EvidenceLevels {
		d.EvidenceLegend = append(d.EvidenceLegend, legendEntry{text.Evidence(l, e), hex(palette.evidence[e])})
	}
	for li, lane := range j.Swimlanes {
		v := laneView{ID: "journey-" + strconv.Itoa(li+1), Combined: lane.Persona == ""}
		if v.Combined {
			v.Title = l.T(text.CombinedJourney)
		} else {
			v.Title = l.T(text.Journey) + ": " + personas[lane.Persona]
			if sn := segNames[lane.Segment]; sn != "" {
				v.Title += " (" + sn + ")"
			}
		}
		for _, s := range j.Stages {
			v.Stages = append(v.Stages, s.Name)
		}
		tpSegments := map[string][]string{} // touchpoint -> the segments it serves
		for _, stage := range lane.Cells {
			for _, cell := range stage {
				for _, tp := range cell {
					for _, sg := range tp.Segments {
						if n := segNames[sg]; n != "" && !slices.Contains(tpSegments[tp.ID], n) {
							tpSegments[tp.ID] = append(tpSegments[tp.ID], n)
						}
					}
				}
			}
		}
		for _, ci := range lane.Channels {
			row := laneRow{Channel: j.Channels[ci].Name}
			for si := range j.Stages {
				row.Cells = append(row.Cells, d.laneCell(lane.Cells[si][ci], v.Combined, interactions, segNames))
			}
			v.Rows = append(v.Rows, row)
		}
		var holes []string
		for _, st := range lane.Stages {
			switch {
			case st.Hole != "":
				v.Holes = append(v.Holes, text.HoleKind(l, st.Hole))
				holes = append(holes, stageNames(j)[st.Stage])
			case len(st.HolePersonas) > 0:
				var who []string
				for _, p := range st.HolePersonas {
					who = append(who, personaShort(personas[p]))
				}
				v.Holes = append(v.Holes, text.List(l, who))
			default:
				v.Holes = append(v.Holes, "")
			}
			var kpis []string
			named := map[string]int{}
			for _, k := range st.KPIs {
				named[k.Name]++
			}
			for _, k := range st.KPIs {
				s := k.Name
				if named[k.Name] > 1 && len(tpSegments[k.Touchpoint]) > 0 {
					s += " (" + joinComma(tpSegments[k.Touchpoint]) + ")" // the same KPI for different segments
				}
				if k.Current != nil && k.Target != nil {
					// Non-breaking: a value, its unit and its target stay on one line.
					s += ": " + text.NumShort(l, *k.Current, 2) + "\u00a0→\u00a0" + text.NumShort(l, *k.Target, 2)
					if k.Unit != "" {
						s += "\u00a0" + k.Unit
					}
				}
				kpis = append(kpis, s)
			}
			v.KPIs = append(v.KPIs, kpis)
			var ev []evidenceCount
			for _, e := range journey.EvidenceLevels {
				if n := st.Evidence[e]; n > 0 {
					ev = append(ev, evidenceCount{text.Evidence(l, e), n, hex(palette.evidence[e])})
				}
			}
			v.Evidence = append(v.Evidence, ev)
		}
		if !v.Combined {
			if len(holes) > 0 {
				v.Message = l.T(text.Holes) + ": " + text.List(l, holes)
			}
		} else {
			v.Message = d.Messages["journey"]
		}
		d.Lanes = append(d.Lanes, v)
	}
}

// laneCell lays out the touchpoints of one swimlane cell. A touchpoint
// shows its key interaction, or its own name where two in the cell share
// one. In the combined lane, touchpoints of the same interaction are shown
// once, with the segments they serve and every feature they carry.
func (d *deck) laneCell(tps []journey.LaneTouchpoint, combined bool, interactions, segNames map[string]string) []laneTouch {
	l := d.L
	seen := map[string]int{}
	for _, t := range tps {
		seen[t.Interaction]++
	}
	var cell []laneTouch
	index := map[string]int{} // interaction -> position in cell (combined lane)
	for _, t := range tps {
		name := interactions[t.Interaction]
		if name == "" || (!combined && seen[t.Interaction] > 1) {
			name = t.Name
		}
		chips := func(lt *laneTouch) {
			for _, f := range t.Features {
				chip := laneChip{Code: text.KanoCode(l, f.Category), Color: hex(categoryColor(f.Category)), Title: f.Name + " (" + text.KanoCategory(l, f.Category) + ")"}
				if !slices.Contains(lt.Features, chip) {
					lt.Features = append(lt.Features, chip)
				}
			}
		}
		if combined {
			if i, ok := index[t.Interaction]; ok && t.Interaction != "" {
				for _, s := range t.Segments {
					if n := segNames[s]; !slices.Contains(cell[i].segs, n) {
						cell[i].segs = append(cell[i].segs, n)
					}
				}
				chips(&cell[i])
				cell[i].Segments = joinComma(cell[i].segs)
				continue
			}
			index[t.Interaction] = len(cell)
		}
		lt := laneTouch{Name: name, Evidence: text.Evidence(l, t.Evidence), Color: hex(palette.evidence[t.Evidence])}
		if combined {
			for _, s := range t.Segments {
				lt.segs = append(lt.segs, segNames[s])
			}
			lt.Segments = joinComma(lt.segs)
		}
		chips(&lt)
		cell = append(cell, lt)
	}
	return cell
}

func joinComma(xs []string) string { return strings.Join(xs, ", ") }

// personaShort is how a list names a persona: the name before its
// description ("Klaus" of "Klaus, independent workshop owner").
func personaShort(name string) string {
	short, _, _ := strings.Cut(name, ",")
	return strings.TrimSpace(short)
}

// rolesView is the channel-role matrix, the model fit and the processes.
type rolesView struct {
	Phases    []string
	Rows      []rolesRow
	Models    []modelRow
	Processes []processRow
	Legend    []legendEntry
}

type rolesRow struct {
	Channel, Cost string
	Cells         []roleCell
}

type roleCell struct{ Label, Color, Ink string }

type modelRow struct {
	Model   string
	Fit     string
	Closest bool
}

type processRow struct{ Name, Status, Class, Missing string }

func (d *deck) roles() {
	l, j := d.L, d.R.Journey
	v := &rolesView{}
	for _, p := range j.Phases {
		v.Phases = append(v.Phases, p.Name)
	}
	for _, c := range j.Channels {
		row := rolesRow{Channel: c.Name, Cost: text.CostClass(l, c.Cost)}
		for _, p := range j.Phases {
			role := j.Roles[c.ID][p.ID]
			if role == "" {
				role = journey.RoleNone
			}
			ink := hex(palette.ink)
			if role == journey.RoleLead || role == journey.RolePrimary {
				ink = hex(palette.white)
			}
			label := text.Role(l, role)
			if role == journey.RoleNone {
				label = ""
			}
			row.Cells = append(row.Cells, roleCell{label, hex(palette.roles[role]), ink})
		}
		v.Rows = append(v.Rows, row)
	}
	for _, role := range []journey.Role{journey.RoleLead, journey.RolePrimary, journey.RoleSupport} {
		v.Legend = append(v.Legend, legendEntry{text.Role(l, role), hex(palette.roles[role])})
	}
	for _, s := range j.Configuration.Scores {
		v.Models = append(v.Models, modelRow{text.Model(l, s.Model), strconv.Itoa(s.Met) + " / " + strconv.Itoa(s.Expected), s.Model == j.Configuration.Closest})
	}
	stages := stageNames(j)
	funcs := map[string]string{}
	for _, f := range j.Functions {
		funcs[f.ID] = f.Name
	}
	for _, p := range j.Processes {
		v.Processes = append(v.Processes, processRow{p.Name, text.ProcessSupport(l, p.Status), p.Status, missingSteps(l, p, stages, funcs)})
	}
	pc := j.ProcessCounts
	d.Messages["processes"] = text.Say(l, text.SayProcesses, pc.Full, pc.Scored(), pc.Partial, pc.None)
	if pc.NotApplicable > 0 {
		var needs []string // the channel types the not-applicable processes need
		for _, c := range pc.Needs {
			needs = append(needs, text.ChannelSelector(l, c))
		}
		d.Messages["processes"] += " " + text.Say(l, text.SayProcessesNotApplicable, pc.NotApplicable, text.List(l, needs))
	}
	d.Roles = v
}

// readinessView is the dimension table, the radar and the rater heat map.
type readinessView struct {
	Dimensions []dimensionRow
	Raters     []string
	// Pages is the rater heat map cut into printed pages; every page after
	// the first carries the title "(continued)" and starts with its
	// dimension's name again.
	Pages [][]questionRow
	Scale []legendEntry
}

type dimensionRow struct {
	Rank                                          string
	Name                                          string
	Importance, Current, Target, Gap, WeightedGap string
	Disagreements, Missing                        int
}

type questionRow struct {
	Dimension, Text string
	NewDimension    bool
	Ratings         []ratingCell
	Mean, SD        string
	Disagree        bool
}

type ratingCell struct {
	Value string
	Color string
}

func (d *deck) readiness() {
	l, rd := d.L, d.R.Readiness
	v := &readinessView{}
	for _, x := range byRank(rd) {
		row := dimensionRow{Rank: strconv.Itoa(x.Rank), Name: x.Name, Importance: text.NumShort(l, x.Importance, 2),
			Current: l.T(text.NotRated), Target: text.Num(l, x.Target, 2), Gap: "–", WeightedGap: "–", Disagreements: x.Disagreements, Missing: x.Missing}
		if x.IsRated() {
			row.Current, row.Gap, row.WeightedGap = text.Num(l, *x.Current, 2), text.Num(l, *x.Gap, 2), text.Num(l, *x.WeightedGap, 2)
		} else {
			row.Rank = "–"
		}
		v.Dimensions = append(v.Dimensions, row)
	}
	lo, hi := 1.0, 5.0
	if n := len(rd.Scale); n > 0 {
		lo, hi = float64(rd.Scale[0].Level), float64(rd.Scale[n-1].Level)
		for _, s := range rd.Scale {
			v.Scale = append(v.Scale, legendEntry{strconv.Itoa(s.Level) + " " + s.Name, hex(levelColor(float64(s.Level), lo, hi))})
		}
	}
	for _, r := range rd.Raters {
		v.Raters = append(v.Raters, r.Name)
	}
	dims := map[string]string{}
	for _, x := range rd.Dimensions {
		dims[x.ID] = x.Name
	}
	var rows []questionRow
	prev := ""
	for _, q := range rd.Questions {
		row := questionRow{Dimension: dims[q.Dimension], Text: q.Text, NewDimension: q.Dimension != prev, Mean: "–", SD: "–", Disagree: q.Disagreement != nil}
		prev = q.Dimension
		if q.Mean != nil {
			row.Mean = text.Num(l, *q.Mean, 1)
		}
		if q.SD != nil {
			row.SD = text.Num(l, *q.SD, 1)
		}
		for _, r := range rd.Raters {
			if val, ok := q.Ratings[r.ID]; ok {
				row.Ratings = append(row.Ratings, ratingCell{strconv.Itoa(val), hex(levelColor(float64(val), lo, hi))})
			} else {
				row.Ratings = append(row.Ratings, ratingCell{"–", ""})
			}
		}
		rows = append(rows, row)
	}
	v.Pages = raterPages(rows, len(rd.Raters), l.T(text.Mean), l.T(text.SD))
	d.Readiness = v
	d.DisagreementNote = text.Say(l, text.SayDisagreementNote, text.NumShort(l, rd.Threshold, 1))
	d.Charts = append(d.Charts, readinessRadar(l, d.R))
}

// capabilityView is the heat map, the capability list and the sequenced
// dependency matrix.
type capabilityView struct {
	Elements []string
	Heat     []heatRow
	List     []capabilityRow
	Matrix   []dsmRow
	Legend   []legendEntry
}

type heatRow struct {
	Dimension string
	Cells     []heatCellView
	Total     int
	Readiness string
	Current   string
	Target    string
	Gap       string
	GapWidth  float64
}

type heatCellView struct {
	Gap, Count int
	Color, Ink string
}

type capabilityRow struct {
	Name, Element, Dimension string
	Gap                      int
	Wave                     int
	Start, End               string
	Critical                 bool
}

type dsmRow struct {
	Number   int
	Name     string
	Wave     int
	Band     bool
	Critical bool
	Cells    []dsmCell
	WaveTop  bool
}

type dsmCell struct {
	Mark, Diagonal, Critical, Band bool
}

func (d *deck) capabilities() {
	l, c := d.L, d.R.Capabilities
	v := &capabilityView{}
	for _, el := range roadmap.OperatingElements {
		v.Elements = append(v.Elements, text.OperatingElement(l, el))
	}
	for _, h := range d.R.Heat {
		row := heatRow{Dimension: text.RequirementDimension(l, h.Dimension), Total: h.TotalGap, Readiness: "–", Current: "–", Target: "–", Gap: "–"}
		for _, cl := range h.Cells {
			bg := heatColor(cl.Share)
			row.Cells = append(row.Cells, heatCellView{cl.Gap, cl.Capabilities, hex(bg), hex(heatInk(bg))})
		}
		if rc := h.Readiness; rc != nil {
			row.Readiness, row.Target = h.ReadinessName, text.Num(l, rc.Target, 2)
			if rc.Current != nil {
				row.Current, row.Gap = text.Num(l, *rc.Current, 2), text.Num(l, *rc.Gap, 2)
				row.GapWidth = max(0, *rc.Gap) * 25 // a bar of 25 px per level of gap
			} else {
				row.Current = l.T(text.NotRated)
			}
		}
		v.Heat = append(v.Heat, row)
	}
	for _, x := range c.Capabilities {
		row := capabilityRow{Name: x.Name, Element: text.OperatingElement(l, x.Element), Dimension: text.RequirementDimension(l, x.Dimension),
			Gap: x.Gap, Wave: x.Wave, Critical: x.Critical}
		if it, ok := scheduled(d.R, x.ID); ok {
			row.Start, row.End, row.Critical = text.MonthShort(l, it.StartMonth), text.MonthShort(l, it.EndMonth), it.Critical
		}
		v.List = append(v.List, row)
	}
	// Capabilities come in sequence: prerequisites first, waves as bands.
	for p, x := range c.Capabilities {
		row := dsmRow{Number: p + 1, Name: x.Name, Wave: x.Wave, Band: x.Wave%2 == 0, Critical: x.Critical,
			WaveTop: p == 0 || c.Capabilities[p-1].Wave != x.Wave}
		for q, y := range c.Capabilities {
			row.Cells = append(row.Cells, dsmCell{Mark: c.Matrix[p][q], Diagonal: p == q, Critical: c.Matrix[p][q] && x.Critical && y.Critical,
				Band: x.Wave == y.Wave && x.Wave%2 == 0})
		}
		v.Matrix = append(v.Matrix, row)
	}
	v.Legend = []legendEntry{{l.T(text.Needs), hex(palette.header)}, {l.T(text.CriticalPath), hex(palette.critical)}}
	d.Capabilities = v
}

// roadmap lays the Gantt out on as many pages as its rows need, breaking
// only before a step or a capability (a capability's phases stay with it);
// each milestone is drawn on the page that holds its step's row.
func (d *deck) roadmap() {
	var rows []analysis.DatedItem
	for _, it := range d.R.Roadmap.Items {
		if it.Kind != analysis.ItemMilestone {
			rows = append(rows, it)
		}
	}
	const perPage = 32 // with the milestones key and the legend, a page of the deck
	var pages [][]analysis.DatedItem
	for from := 0; from < len(rows); {
		to := min(from+perPage, len(rows))
		if to < len(rows) {
			for b := to; b > from+perPage/2; b-- {
				if k := rows[b].Kind; k == analysis.ItemStep || k == analysis.ItemCapability {
					to = b
					break
				}
			}
		}
		pages = append(pages, rows[from:to])
		from = to
	}
	for i, page := range pages {
		d.Gantt = append(d.Gantt, gantt(d.L, d.R, page, i == len(pages)-1))
	}
	w := words{d.L, d.R}
	for _, b := range d.R.Roadmap.Breaches {
		d.Breaches = append(d.Breaches, w.breach(b))
	}
	if len(d.Breaches) > 0 {
		d.BreachesMessage = text.Say(d.L, text.SayBreaches, len(d.Breaches))
	}
}

// Rater heat map pages, in CSS px of the printed A4-landscape page
// (185 mm of height less the footer, 12 px type at line-height 1.3, see
// deck.css): the first page also holds the title, the message and the
// legend. Each row costs its padding and border plus a line per line of
// its wrapped question (or dimension) text. The estimates err on the side
// of a row too many lines, so a page may end early but never spills onto
// a page without its title.
const (
	raterFirstPage = 585.0
	raterNextPage  = 610.0
	raterRowPad    = 5.0
	raterLine      = 15.6
)

// raterPages cuts the rater heat map's rows into pages, as evenly as the
// pages allow: a last page holding one row would look like a mistake. The
// question column is what the rater columns leave of the table: lines of
// 64 to 69 characters at four or five raters in both examples (German
// words are longer), so 58 is counted, 7 fewer per rater beyond five and
// one fewer per character by which the headings of the mean and the
// standard deviation are wider than their three-character values
// ("Mittel" and "Std.-Abw." take 8).
func raterPages(rows []questionRow, raters int, meanHead, sdHead string) [][]questionRow {
	wider := max(3, utf8.RuneCountInString(meanHead)) + max(3, utf8.RuneCountInString(sdHead)) - 7
	qChars := max(24, 58-7*max(0, raters-5)-wider)
	costs := make([]float64, len(rows))
	for i, row := range rows {
		// the dimension's name may stand in any row (a page's first)
		lines := max(len(wrapWords(row.Text, qChars)), len(wrapWords(row.Dimension, 24)))
		costs[i] = raterRowPad + raterLine*float64(lines)
	}
	pages := cutPages(costs, 1)
	// fill the pages less, in steps, while their number stays the same
	for fill := 0.95; fill > 0.3; fill -= 0.05 {
		fewer := cutPages(costs, fill)
		if len(fewer) > len(pages) {
			break
		}
		pages = fewer
	}
	out := make([][]questionRow, len(pages))
	for p, idx := range pages {
		for k, i := range idx {
			row := rows[i]
			if k == 0 && p > 0 {
				row.NewDimension = true // a continued page names its dimension again
			}
			out[p] = append(out[p], row)
		}
	}
	return out
}

// cutPages fills pages with rows of the given costs up to fill of each
// page's room and returns the rows' indexes per page.
func cutPages(costs []float64, fill float64) [][]int {
	var pages [][]int
	var page []int
	room := raterFirstPage * fill
	for i, c := range costs {
		if len(page) > 0 && c > room {
			pages = append(pages, page)
			page, room = nil, raterNextPage*fill
		}
		page = append(page, i)
		room -= c
	}
	if len(page) > 0 {
		pages = append(pages, page)
	}
	return pages
}
