package report

import (
	"maps"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
)

func TestHTMLIsSelfContained(t *testing.T) {
	html := string(renderTo(t, exampleReport(t, "automotive-aftermarket"), WriteHTML))
	if !strings.Contains(html, echartsJS) {
		t.Fatal("the ECharts library is not inlined")
	}
	// The library's own code mentions img tags in strings; check our page.
	page := strings.Replace(html, echartsJS, "", 1)
	for _, bad := range []*regexp.Regexp{
		regexp.MustCompile(`<script[^>]+src=`), regexp.MustCompile(`<link[^>]+href=`), regexp.MustCompile(`<img[^>]+src=`),
		regexp.MustCompile(`url\(\s*['"]?https?:`), regexp.MustCompile(`go-echarts-assets`),
	} {
		if loc := bad.FindStringIndex(page); loc != nil {
			t.Errorf("external reference %q", page[loc[0]:min(loc[1]+60, len(page))])
		}
	}
	for _, id := range []string{"segments", "readiness"} {
		if !strings.Contains(html, `id="chart-`+id+`"`) || !strings.Contains(html, `"`+id+`": {`) {
			t.Errorf("chart %s missing", id)
		}
	}
	for _, name := range []string{"kano-portfolio", "category-mix-1", "roadmap-1"} {
		if !strings.Contains(html, `data-name="`+name+`"`) {
			t.Errorf("figure %s missing", name)
		}
	}
	// Charts never animate: a printed page shows them complete.
	if n, m := strings.Count(page, `"animation":false`), strings.Count(page, `"`+"segments"+`": {`)+1; n < m {
		t.Errorf("%d charts without animation off", m-n)
	}
	if !strings.Contains(html, "Licensed to the Apache Software Foundation") || !strings.Contains(html, "Apache ECharts") {
		t.Error("the ECharts licence notice is missing")
	}
	// The footer of every printed page: client and data date on the left,
	// confidentiality and page number on the right. No centre box: beside
	// it Chromium gives the left box no more room than the right one, and a
	// client name with its date wrapped onto two lines (trial6 L6).
	for _, want := range []string{`@bottom-left { content: "Meyer Autoteile GmbH \000026  Co\00002e  KG`,
		`@bottom-right { content: "Confidential\00003a  prepared for Meyer Autoteile GmbH \000026  Co\00002e  KG \0000b7  " "Page " counter(page)`} {
		if !strings.Contains(html, want) {
			t.Errorf("page margin: missing %q", want)
		}
	}
	if strings.Contains(html, "@bottom-center") {
		t.Error("page margin: a centre box squeezes the client and date onto two lines")
	}
}

// No two labels of the Kano portfolio overlap, and no label covers a point.
func TestPortfolioLabelsDoNotCollide(t *testing.T) {
	for _, example := range []string{"automotive-aftermarket", "intralogistics"} {
		r := exampleReport(t, example)
		f := portfolio(text.LangOf(r.Meta.Language), r)
		var boxes []box
		named := 0
		for _, p := range f.Points {
			b := p.labelBox()
			for i, o := range boxes {
				if b.overlaps(o) {
					t.Errorf("%s: label %q overlaps label %d", example, p.Lines, i)
				}
			}
			for _, q := range f.Points {
				if b.hitsCircle(q.X, q.Y, q.R) {
					t.Errorf("%s: label %q covers the point of %q", example, p.Lines, q.Name)
				}
			}
			if !b.inside(f.Plot) {
				t.Errorf("%s: label %q leaves the plot", example, p.Lines)
			}
			boxes = append(boxes, b)
			if !p.Numbered {
				named++
			}
		}
		if len(f.Points) == 0 || named < len(f.Points)/2 {
			t.Errorf("%s: %d of %d points carry their names", example, named, len(f.Points))
		}
		if len(f.Key) != len(f.Points)-named {
			t.Errorf("%s: key lists %d numbered points, want %d", example, len(f.Key), len(f.Points)-named)
		}
	}
}

// A workspace without journey, readiness or capabilities says "not
// assessed" for those views instead of leaving them out silently.
func TestNotAssessed(t *testing.T) {
	m := exampleFS(t, "automotive-aftermarket")
	for _, f := range []string{"journey.yaml", "readiness.yaml", "capabilities.yaml"} {
		delete(m, f)
	}
	// Without a journey the catalog cannot name today's channels.
	cat := regexp.MustCompile(`(?m)^\s*channels_today:.*\n`).ReplaceAllString(string(m["catalog.yaml"].Data), "")
	m["catalog.yaml"] = &fstest.MapFile{Data: []byte(cat)}
	html := string(renderTo(t, build(t, m), WriteHTML))
	for _, want := range []string{"journey.yaml", "readiness.yaml", "capabilities.yaml"} {
		if !strings.Contains(html, "not assessed: the workspace has no file for this view ("+want+")") {
			t.Errorf("no not-assessed note for %s", want)
		}
	}
}

// A feature classified from fewer answers than min_n shows "too few
// answers" and stays out of the target picture unless pinned; the summary
// asks to survey more.
func TestTooFewAnswers(t *testing.T) {
	m := exampleFS(t, "automotive-aftermarket")
	cfg := strings.Replace(string(m["dsc.yaml"].Data), "min_n: 20", "min_n: 1000", 1)
	m["dsc.yaml"] = &fstest.MapFile{Data: []byte(cfg)}
	r := build(t, m)
	pinned := 0
	for _, e := range r.Target.Elements {
		for _, s := range append(append(e.Features, e.Services...), e.RevenueStreams...) {
			if !s.Pinned {
				t.Errorf("%s entered the target picture on a category from too few answers", s.ID)
			}
			pinned++
		}
	}
	if pinned != 1 || len(r.Target.Discuss) < 40 {
		t.Errorf("%d pinned entries in the picture, %d to discuss", pinned, len(r.Target.Discuss))
	}
	html := visibleText(string(renderTo(t, r, WriteHTML)))
	for _, want := range []string{"too few answers to classify it", "Survey more customers on", "· too few answers"} {
		if !strings.Contains(html, want) {
			t.Errorf("the deck lacks %q", want)
		}
	}
}

// The roadmap's pages break only before a step or a capability, so no
// capability is parted from its phases, and every milestone is drawn once,
// on the page of its step's row.
func TestRoadmapPages(t *testing.T) {
	for _, example := range []string{"automotive-aftermarket", "intralogistics"} {
		r := exampleReport(t, example)
		d := &deck{R: r, L: text.LangOf(r.Meta.Language)}
		d.roadmap()
		if len(d.Gantt) < 2 {
			t.Fatalf("%s: %d roadmap pages, want the long roadmap on 2 or more", example, len(d.Gantt))
		}
		drawn := map[int]int{}
		rows := 0
		for i, g := range d.Gantt {
			if i > 0 && g.Rows[0].Indent == 24 { // a phase's (or the PMO's) indent
				t.Errorf("%s: page %d starts with a phase, parted from its capability", example, i+1)
			}
			rows += len(g.Rows)
			for _, m := range g.Milestones {
				drawn[m.Number]++
			}
		}
		milestones := 0
		for _, it := range r.Roadmap.Items {
			if it.Kind == analysis.ItemMilestone {
				milestones++
			} else {
				rows--
			}
		}
		if rows != 0 {
			t.Errorf("%s: %d rows more on the pages than in the roadmap", example, rows)
		}
		for n := 1; n <= milestones; n++ {
			if drawn[n] != 1 {
				t.Errorf("%s: milestone %d drawn %d times", example, n, drawn[n])
			}
		}
	}
}

// The deck's counts are the analysis's (review debt 4): with min_n 236 of
// the example's 240 respondents, 11 of its 50 features have too few
// answers (233-235 each). analysis.Kano.Mix counts the rest by category,
// A 12 + O 13 + M 8 + I 6 = 39, + 11 too few = 50, and the Kano table's
// sentence says so, as its rows do (a too-few row shows "too few answers",
// not its category; the deck used to count those under their category:
// must-be 11, one-dimensional 17, attractive 14, indifferent 8). The
// decision log counts the 2 pins of dsc.yaml (marketplace-third-party
// excluded, technical-hotline included) from the summary's decision to
// confirm them, which the workbook's summary words too.
func TestDeckCountsComeFromTheAnalysis(t *testing.T) {
	m := exampleFS(t, "automotive-aftermarket")
	cfg := strings.Replace(string(m["dsc.yaml"].Data), "min_n: 20", "min_n: 236", 1)
	m["dsc.yaml"] = &fstest.MapFile{Data: []byte(cfg)}
	r := build(t, m)
	want := map[string]int{"A": 12, "O": 13, "M": 8, "I": 6, analysis.MixTooFew: 11}
	if !maps.Equal(r.Kano.Mix, want) || len(r.Kano.Features) != 50 {
		t.Errorf("mix %v of %d features, want %v of 50", r.Kano.Mix, len(r.Kano.Features), want)
	}
	if n := r.Summary.Decided(analysis.FactConfirmPins); n != 2 {
		t.Errorf("%d pins to confirm, want 2", n)
	}
	html := visibleText(string(renderTo(t, r, WriteHTML)))
	for _, want := range []string{
		"The 50 features in priority order, by category: must-be 8, one-dimensional 13, attractive 12, indifferent 6 and too few answers 11.",
		"2 of these decisions set by hand, the rest by the selection rule.",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the deck lacks %q", want)
		}
	}
}
