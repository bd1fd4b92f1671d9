package report

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// The rater heat map is longer than a page: every printed page after the
// first is its own slide titled "(continued)" ("(Fortsetzung)"), and it
// opens with its dimension's name, so no page shows questions without
// their title or dimension.
func TestRaterHeatMapContinues(t *testing.T) {
	for _, c := range []struct {
		example, title, continued string
		pages                     int
	}{
		{"automotive-aftermarket", "Ratings per rater and question", "Ratings per rater and question (continued)", 2},
		{"intralogistics", "Bewertungen nach Bewertern", "Bewertungen nach Bewertern (Fortsetzung)", 3},
	} {
		r := exampleReport(t, c.example)
		html := string(renderTo(t, r, WriteHTML))
		h2 := regexp.MustCompile(`<h2>`+regexp.QuoteMeta(c.title)+`[^<]*</h2>`).FindAllString(html, -1)
		want := []string{"<h2>" + c.title + "</h2>"}
		for range c.pages - 1 {
			want = append(want, "<h2>"+c.continued+"</h2>")
		}
		if strings.Join(h2, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: headings\n%s\nwant\n%s", c.example, strings.Join(h2, "\n"), strings.Join(want, "\n"))
		}
		// Every question is on exactly one page, in order; 33 in both examples.
		var texts []string
		for _, q := range r.Readiness.Questions {
			texts = append(texts, q.Text)
		}
		got := 0
		slides := strings.Split(html, `<section class="slide"`)
		for _, s := range slides {
			if !strings.Contains(s, "<h2>"+c.title) {
				continue
			}
			rows := regexp.MustCompile(`<tr( class="newdim")?><td class="muted">([^<]*)</td><td>([^<]*)</td>`).FindAllStringSubmatch(s, -1)
			if len(rows) == 0 || rows[0][1] == "" || rows[0][2] == "" {
				t.Errorf("%s: a page does not open with its dimension: %v", c.example, rows[:min(1, len(rows))])
			}
			for _, row := range rows {
				if got < len(texts) && row[3] != htmlEscape(texts[got]) {
					t.Errorf("%s: row %d is %q, want %q", c.example, got, row[3], texts[got])
				}
				got++
			}
		}
		if got != len(texts) || got != 33 {
			t.Errorf("%s: %d rows on the pages, %d questions", c.example, got, len(texts))
		}
	}
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "'", "&#39;", `"`, "&#34;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// Hand-worked page cuts: a one-line row costs 5 + 15.6 = 20.6 px. A first
// page holds 585 px: 28 rows (576.8; 29 would be 597.4); a next page 610:
// 29 (597.4). 60 rows cut greedily are 28 + 29 + 3, a lone-looking last
// page. Filled less, in steps of 5 %, while three pages still do:
// at 75 % the first page has 438.75 px (21 rows, 432.6), the next 457.5
// (22 rows, 453.2), the last the 17 left; at 70 % the first takes 19
// (391.4 of 409.5), the next 20 (412 of 427) and 21 would be left for a
// fourth page, so 75 % it is: 21 + 22 + 17.
func TestRaterPagesAreEven(t *testing.T) {
	rows := make([]questionRow, 60)
	for i := range rows {
		rows[i] = questionRow{Dimension: "D", Text: "short question"}
	}
	if greedy := cutPages(make60(20.6), 1); len(greedy) != 3 || len(greedy[0]) != 28 || len(greedy[1]) != 29 || len(greedy[2]) != 3 {
		t.Errorf("greedy cut %d pages", len(greedy))
	}
	pages := raterPages(rows, 5, "Mean", "SD")
	var sizes []int
	for p, page := range pages {
		sizes = append(sizes, len(page))
		if p > 0 && !page[0].NewDimension {
			t.Errorf("page %d does not name its dimension", p+1)
		}
	}
	if fmt.Sprint(sizes) != "[21 22 17]" {
		t.Errorf("page sizes %v, want [21 22 17]", sizes)
	}
}

func make60(c float64) []float64 {
	out := make([]float64, 60)
	for i := range out {
		out[i] = c
	}
	return out
}
