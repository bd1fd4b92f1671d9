package report

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/market"
	"github.com/dsc-workbench/dsc/roundoff"
)

// The market sheets follow the decision log and hold the analysis' figures.
func TestMarketSheets(t *testing.T) {
	r := build(t, exampleFS(t, "automotive-aftermarket"))
	data := renderTo(t, r, WriteXLSX)
	f := openBook(t, data)
	list := strings.Join(f.GetSheetList(), "|")
	if !strings.Contains(list, "Decision log|Who offers what|Market flags|Trend radar|Target picture and today|Value and effort|Company analyses|Kano") {
		t.Fatalf("sheets %s", list)
	}
	rowOf := func(sheet, col, value string) int {
		t.Helper()
		rows, _ := f.GetRows(sheet)
		for i, row := range rows {
			for j, c := range row {
				if c == value && cell(j+1, 1)[:1] == col {
					return i + 1
				}
			}
		}
		t.Fatalf("%s: no %q in column %s", sheet, value, col)
		return 0
	}
	get := func(sheet string, col, row int) string {
		v, _ := f.GetCellValue(sheet, cell(col, row))
		return v
	}
	// My vehicles: offers FFFFPNP, p = (4 + 0.5 x 2) / 7 = 0.714..., attractive.
	s := "Who offers what"
	row := rowOf(s, "B", "My vehicles: saved cars for fitting parts")
	var offers []string
	for i := range r.Market.Competitors {
		offers = append(offers, get(s, 4+i, row))
	}
	if got := strings.Join(offers, ","); got != "full,full,full,full,partial,none,partial" {
		t.Errorf("offers of my-vehicles: %s", got)
	}
	if p := get(s, headerCol(t, f, s, "Parity"), row); !strings.HasPrefix(p, "0.71") {
		t.Errorf("parity of my-vehicles %q", p)
	}
	if fl := get(s, headerCol(t, f, s, "Flags"), row); fl != "table stakes, delight decay" {
		t.Errorf("flags of my-vehicles %q", fl)
	}
	// 6 table stakes + 8 differentiators + 2 white spots + 4 decaying delights.
	if rows, _ := f.GetRows("Market flags"); len(rows) < 21 || rows[20][0] != "delight decay" || rows[1][0] != "table stakes" {
		t.Errorf("Market flags: %d rows, first %v", len(rows), rows[1])
	}
	// The target picture itself carries the gap classes.
	s = "Target picture and today"
	row = rowOf(s, "B", "Part finder by licence plate, HSN/TSN or VIN")
	if g := get(s, 1, row); g != "in place" {
		t.Errorf("part finder marked %q, want in place", g)
	}
	row = rowOf(s, "B", "Quick order by article number or CSV upload")
	if g := get(s, 1, row); g != "to build (planned)" {
		t.Errorf("quick order marked %q, want to build (planned)", g)
	}
	// The priority: must-be entries first.
	s = "Value and effort"
	if get(s, 1, 2) != "1" || get(s, 2, 2) != "must-be first" || get(s, 3, 2) != "PayPal, card, instant transfer and pay later" {
		t.Errorf("first priority row: %s | %s | %s", get(s, 1, 2), get(s, 2, 2), get(s, 3, 2))
	}
	// The value/effort scatter reads its points from the sheet.
	z, _ := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	found := false
	for _, zf := range z.File {
		if strings.HasPrefix(zf.Name, "xl/charts/chart") {
			rc, _ := zf.Open()
			var b bytes.Buffer
			b.ReadFrom(rc)
			rc.Close()
			if body := html.UnescapeString(b.String()); strings.Contains(body, "'Value and effort'!") && strings.Contains(body, "scatterChart") {
				found = true
			}
		}
	}
	if !found {
		t.Error("no scatter chart fed from the Value and effort sheet")
	}
}

// Without market.yaml there are no competitor, trend or company sheets; the
// catalog's today and value fields still give the gap and the priority.
func TestMarketSheetsWithoutMarketFile(t *testing.T) {
	m := exampleFS(t, "automotive-aftermarket")
	delete(m, "market.yaml")
	f := openBook(t, renderTo(t, build(t, m), WriteXLSX))
	list := strings.Join(f.GetSheetList(), "|")
	if strings.Contains(list, "Who offers what") || strings.Contains(list, "Trend radar") || !strings.Contains(list, "Decision log|Target picture and today|Value and effort|Kano") {
		t.Errorf("sheets %s", list)
	}
}

// The deck's market slides: every view, in both languages.
func TestMarketSlides(t *testing.T) {
	r := build(t, exampleFS(t, "automotive-aftermarket"))
	page := string(renderTo(t, r, WriteHTML))
	for _, id := range []string{"market", "market-flags", "trends", "trend-table", "today", "value-effort", "priority", "companies"} {
		if !strings.Contains(page, `id="`+id+`"`) {
			t.Errorf("no slide %s", id)
		}
	}
	for _, c := range r.Market.Competitors {
		if !strings.Contains(page, c.Name) {
			t.Errorf("heat map lacks competitor %s", c.Name)
		}
	}
	radar := regexp.MustCompile(`(?s)data-name="trend-radar".*?</svg>`).FindString(page)
	if n := strings.Count(radar, "<circle") - 0; n < 2*len(r.Market.Trends) { // a dot and a key mark per trend
		t.Errorf("trend radar draws %d circles for %d trends", n, len(r.Market.Trends))
	}
	inMatrix := 0
	for _, e := range r.Market.Entries {
		if e.Quadrant != market.NoQuadrant {
			inMatrix++
		}
	}
	matrix := regexp.MustCompile(`(?s)data-name="value-effort".*?</svg>`).FindString(page)
	if n := strings.Count(matrix, `r="8"`); n != inMatrix {
		t.Errorf("value/effort matrix draws %d dots, want %d", n, inMatrix)
	}
	// The headlines give the analysis' counts (automotive: 7 competitors;
	// 6 + 8 + 2 + 4 flags; 20 + 12 + 10 + 2 gaps; 10 of 15 trends relevant,
	// 4 of them now).
	for _, want := range []string{
		"Held against 7 competitors: table stakes 6, differentiators 8, white spots 2, decaying delights 4.",
		"The target picture against today: 20 to build (3 of them planned), 12 to improve, 10 in place; of what is there today, 2 to reconsider.",
		"Relevant (relevance 4 or more): 10 of 15 trends, 4 of them with the horizon now.",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("deck lacks the headline %q", want)
		}
	}
	// Every gap class of the target picture is marked in it.
	today := regexp.MustCompile(`(?s)id="today".*?</section>`).FindString(page)
	for _, g := range []string{"to build", "to improve", "in place", "to reconsider"} {
		if !strings.Contains(today, ">"+g+"<") {
			t.Errorf("target picture and today lacks %q", g)
		}
	}

	de := build(t, exampleFS(t, "intralogistics"))
	page = string(renderTo(t, de, WriteHTML))
	for _, w := range []string{"Wer bietet was", "Trendradar", "Zielbild und Ist-Stand", "Nutzen und Aufwand", "Unternehmensanalysen", ">aufzubauen<", "Marktstandard"} {
		if !strings.Contains(page, w) {
			t.Errorf("German deck lacks %q", w)
		}
	}
}

// Dots of the value/effort matrix that share a spot are set apart.
func TestMatrixDotsDoNotOverlap(t *testing.T) {
	r := build(t, exampleFS(t, "automotive-aftermarket"))
	f := valueEffortMatrix("en", r.Market)
	for i, a := range f.Dots {
		for _, b := range f.Dots[i+1:] {
			if dx, dy := a.X-b.X, a.Y-b.Y; dx*dx+dy*dy < 16*16 {
				t.Errorf("dots %d and %d overlap: (%.1f,%.1f) (%.1f,%.1f)", a.Number, b.Number, a.X, a.Y, b.X, b.Y)
			}
		}
	}
}

// A competitor's name wraps at about thirteen characters a line in its
// column; the heat map's slides leave room for the header and, on the
// first, for the message.
func TestOfferSlidesFitThePage(t *testing.T) {
	for _, c := range []struct {
		names []string
		width int
		want  int
	}{
		{[]string{"AutoPlus"}, 78, 1},
		// 78 px hold (78 - 2) * 10 / 64 = 11 characters a line:
		// "Stellar" | "Premium" | "Service" | "Portal": each pair is over 11
		{[]string{"AutoPlus", "Stellar Premium Service Portal"}, 78, 4},
		// "Lindholm" | "Fördertechnik" (13: 11 + 2) | "(myLindholm)" (12: 11 + 1)
		{[]string{"Lindholm Fördertechnik (myLindholm)"}, 78, 5},
		// six competitors get 530 / 6 = 88 px: 13 characters a line,
		// "Lindholm" | "Fördertechnik" | "(myLindholm)" whole
		{[]string{"Lindholm Fördertechnik (myLindholm)"}, compWidth(6), 3},
		// one word of 30 characters breaks into 14 + 14 + 2 (96 px)
		{[]string{"Abcdefghijklmnopqrstuvwxyzabcd"}, 96, 3},
	} {
		var comps []analysis.CompetitorInfo
		for _, n := range c.names {
			comps = append(comps, analysis.CompetitorInfo{Name: n})
		}
		if got := headerLines(comps, c.width); got != c.want {
			t.Errorf("headerLines(%q, %d) = %d, want %d", c.names, c.width, got, c.want)
		}
	}
	for n, want := range map[int]int{1: 104, 5: 104, 6: 88, 8: 66, 9: 64, 20: 64} {
		if got := compWidth(n); got != want {
			t.Errorf("compWidth(%d) = %d, want %d", n, got, want)
		}
	}
	r := exampleReport(t, "automotive-aftermarket")
	d := &deck{R: r, L: text.English}
	d.market()
	rows := offerRowsPerSlide(headerLines(r.Market.Competitors, compWidth(len(r.Market.Competitors))))
	for i, p := range d.Market.Offers {
		limit := rows
		if i == 0 {
			limit -= 2
		}
		if len(p.Rows) > limit {
			t.Errorf("heat map slide %d holds %d rows, room for %d", i+1, len(p.Rows), limit)
		}
	}
}

func TestWrapCut(t *testing.T) {
	got := wrapCut("OEMs push original and economy parts into the independent aftermarket", 48, 2, shorten)
	want := []string{"OEMs push original and economy parts into the", "independent aftermarket"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q", got)
	}
	got = wrapCut("one two three four five six", 9, 2, shorten)
	if strings.Join(got, "|") != "one two|three fo…" {
		t.Errorf("cut: %q", got)
	}
}

// A wrapped cell's row is as tall as its lines: a 46-wide column holds
// about 50 characters a line (46 x 1.1 = 50.6).
func TestWrappedRowHeights(t *testing.T) {
	// 45 characters, then 23: two lines
	if n := wrappedLines("OEMs push original and economy parts into the independent aftermarket", 46); n != 2 {
		t.Errorf("lines %d, want 2", n)
	}
	if n := wrappedLines("", 46); n != 1 {
		t.Errorf("empty: %d lines", n)
	}
	r := exampleReport(t, "automotive-aftermarket")
	f := openBook(t, renderTo(t, r, WriteXLSX))
	s := "Trend radar"
	row := 0
	rows, _ := f.GetRows(s)
	for i, cells := range rows {
		if len(cells) > 1 && cells[1] == "OEMs push original and economy parts into the independent aftermarket" && len(cells) > 2 && cells[2] != "" {
			row = i + 1
		}
	}
	if row == 0 {
		t.Fatal("trend table row not found")
	}
	// its entries (124 characters in the 38-wide column the table shares
	// with the radar's horizons, about 41 a line) wrap to four lines: 4 x 15 + 2
	// (widened by at most a tenth where that makes Excel and LibreOffice
	// wrap a cell alike)
	if w, _ := f.GetColWidth(s, "C"); w < trendWidth || w > trendWidth*1.1+0.5 {
		t.Errorf("entries column %g wide, want %d to 42.3", w, trendWidth)
	}
	if h, _ := f.GetRowHeight(s, row); h != 62 {
		t.Errorf("row height %g, want 62", h)
	}
}

// An entry without a confidence is scored with the default of 1, and the
// Priority slide says so instead of "–" (trial5 L12): single sign-on has
// value 5 and effort 6, so its score is 5 x 1 / 6 = 0.83. The analysis
// carries the confidence it used, and the workbook's priority and matrix
// tables mark it the same way instead of leaving the cell blank (review).
func TestPriorityShowsTheDefaultConfidence(t *testing.T) {
	for _, c := range []struct{ lang, want, cell string }{
		{"en", `<td class="n">5</td><td class="n">1 (default)</td><td class="n">6</td><td class="n">0.83</td>`, "1 (default)"},
		{"de", `<td class="n">5</td><td class="n">1 (Standard)</td><td class="n">6</td><td class="n">0,83</td>`, "1 (Standard)"},
	} {
		m := exampleFS(t, "automotive-aftermarket")
		replaceIn(t, m, "catalog.yaml", "    effort: 6\n    confidence: 0.8\n", "    effort: 6\n")
		replaceIn(t, m, "dsc.yaml", "language: en", "language: "+c.lang)
		r := build(t, m)
		defaults := 0
		for _, e := range r.Market.Entries {
			if used, isDefault := e.ScoreConfidence(); isDefault {
				defaults++
				if e.Confidence != nil || e.Score == nil || used != 1 || *e.Score != roundoff.Key(5.0/6) {
					t.Errorf("%s: %s used confidence %g (default), score %v", c.lang, e.ID, used, e.Score)
				}
			}
		}
		if defaults != 1 {
			t.Errorf("%s: %d entries scored with the default confidence, want 1", c.lang, defaults)
		}
		page := string(renderTo(t, r, WriteHTML))
		_, prio, _ := strings.Cut(page, `id="priority"`)
		if !strings.Contains(prio, c.want) {
			i := strings.Index(prio, "One login") // the entry's row, for the failure message
			t.Errorf("%s: no %s in the priority row:\n%s", c.lang, c.want, prio[max(i, 0):min(max(i, 0)+600, len(prio))])
		}
		f := openBook(t, renderTo(t, r, WriteXLSX))
		marked := 0
		for _, s := range f.GetSheetList() {
			rows, _ := f.GetRows(s)
			for _, row := range rows {
				if slices.Contains(row, c.cell) {
					marked++
					if !slices.ContainsFunc(row, func(x string) bool { return strings.HasPrefix(x, "One login") }) {
						t.Errorf("%s: %s marks a row of another entry: %q", c.lang, s, row)
					}
				}
			}
		}
		if marked != 2 { // the priority table and the value/effort matrix
			t.Errorf("%s: the workbook marks the default confidence %q in %d rows, want 2", c.lang, c.cell, marked)
		}
	}
}

// replaceIn replaces the first old in a file of m, failing when old is absent.
func replaceIn(t *testing.T, m fstest.MapFS, name, old, new string) {
	t.Helper()
	data := string(m[name].Data)
	if !strings.Contains(data, old) {
		t.Fatalf("%s holds no %q", name, old)
	}
	m[name] = &fstest.MapFile{Data: []byte(strings.Replace(data, old, new, 1))}
}

// The value/effort slide has a message line like every other view (trial5
// L12): the entries per quadrant, from the analysis' counts.
func TestValueEffortMessage(t *testing.T) {
	r := build(t, exampleFS(t, "automotive-aftermarket"))
	// 8 + 12 + 11 + 7 = 38 entries with value and effort, as the chart's
	// legend numbers them 1-38.
	var got []int
	for _, q := range r.Market.Quadrants {
		got = append(got, q.Entries)
	}
	if fmt.Sprint(got) != "[8 12 11 7]" {
		t.Fatalf("quadrants %v", got)
	}
	page := string(renderTo(t, r, WriteHTML))
	want := `<p class="message">In the matrix: quick wins 8, strategic bets 12, fill-ins 11, time sinks 7.</p>`
	if _, slide, _ := strings.Cut(page, `id="value-effort"`); !strings.Contains(slide[:min(len(slide), 400)], want) {
		t.Errorf("no %s under the value/effort title", want)
	}
}
