package report

import (
	"math"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
)

// trial5 M3: five tribe teams launched in one month used to be pushed left
// 14 pixels apart, into the month before. Months here are 40 pixels wide
// from x = 100 (month m starts at 100 + 40m); a diamond is 14 wide (half
// 7), a longer number widens it by 5 pixels a character: half = chars x 5 / 2
// + 4, at least 7. Each month's diamonds end on its end, inside it.
//   - row 80, milestone 1 in month 2: alone, ending on the month's end,
//     x(3) = 220: centre 213.
//   - row 50, milestones 4-8 in month 10: side by side they need 5 x 14 + 4
//     gaps = 74 > 40, so they share one diamond "4–8" (3 characters: half
//     11.5), its right edge at x(11) = 540: centre 528.5, left edge 517,
//     inside month 10's [500, 540].
//   - row 50, 9 and 10 in month 11: 14 + 18 ("10": half 9) + 1 = 33 <= 40,
//     side by side: "10" centred at x(12) - 9 = 571, "9" at
//     571 - 9 - 1 - 7 = 554 (left edge 547 >= 540); no diamond touches
//     another.
//
// A plan of 31 months leaves months 18 pixels wide (x(m) = 100 + 18m):
//   - row 30, milestones 4 and 5 in month 9, [262, 280]: side by side 29 >
//     18, shared "4,5" is 23 wide > 18, so it is narrowed to the month:
//     half 9, centre x(10) - 9 = 271, its number at 8 x (18 - 6) / (3 x 5)
//     = 6.4 pixels; before, it stood from 264 to 287, 7 pixels into month
//     10 (and a last month's diamond past the chart's edge).
//   - row 30, milestone 6 in month 10, [280, 298]: alone, 14 <= 18, centre
//     298 - 7 = 291, the usual 8 pixels.
//
// At 12 pixels a month (a plan of about 47 months) a lone diamond is
// narrowed too: "3" in month 5 of x(m) = 100 + 12m: half 6, centre x(6) - 6
// = 166, its slanted sides run 6; the number stays 8 pixels (8 x 6 / 5 =
// 9.6 is more).
func TestGanttMarksStayInTheirMonth(t *testing.T) {
	type mark struct {
		X, Y, HalfW, FontSize float64
		Text                  string
		Number                []int
	}
	marksOf := func(got []ganttMark) []mark {
		var marks []mark
		for _, m := range got {
			marks = append(marks, mark{m.X, m.Y, m.HalfW, m.FontSize, m.Text, m.Number})
		}
		return marks
	}
	x := func(m int) float64 { return 100 + 40*float64(m) }
	var ms []ganttMilestone
	ms = append(ms, ganttMilestone{Number: 1, y: 80, month: 2})
	for n := 4; n <= 8; n++ {
		ms = append(ms, ganttMilestone{Number: n, y: 50, month: 10})
	}
	ms = append(ms, ganttMilestone{Number: 9, y: 50, month: 11}, ganttMilestone{Number: 10, y: 50, month: 11})
	got := ganttMarks(ms, x, 40)
	want := []mark{{213, 80, 7, 8, "1", []int{1}}, {528.5, 50, 11.5, 8, "4–8", []int{4, 5, 6, 7, 8}}, {554, 50, 7, 8, "9", []int{9}},
		{571, 50, 9, 8, "10", []int{10}}}
	if marks := marksOf(got); !reflect.DeepEqual(marks, want) {
		t.Errorf("marks\n%+v\nwant\n%+v", marks, want)
	}
	if p := got[1].Path; p != "M517.0,50.0 l7,-7 h9.0 l7,7 l-7,7 h-9.0 z" {
		t.Errorf("the shared diamond's outline %s", p)
	}

	x18 := func(m int) float64 { return 100 + 18*float64(m) }
	got = ganttMarks([]ganttMilestone{{Number: 4, y: 30, month: 9}, {Number: 5, y: 30, month: 9}, {Number: 6, y: 30, month: 10}}, x18, 18)
	want = []mark{{271, 30, 9, 6.4, "4,5", []int{4, 5}}, {291, 30, 7, 8, "6", []int{6}}}
	marks := marksOf(got)
	for i := range marks {
		marks[i].FontSize = math.Round(marks[i].FontSize*1e6) / 1e6
	}
	if !reflect.DeepEqual(marks, want) {
		t.Errorf("marks in 18-pixel months\n%+v\nwant\n%+v", marks, want)
	}
	if p := got[0].Path; p != "M262.0,30.0 l7,-7 h4.0 l7,7 l-7,7 h-4.0 z" {
		t.Errorf("the narrowed diamond's outline %s", p)
	}

	x12 := func(m int) float64 { return 100 + 12*float64(m) }
	got = ganttMarks([]ganttMilestone{{Number: 3, y: 30, month: 5}}, x12, 12)
	if m := marksOf(got); !reflect.DeepEqual(m, []mark{{166, 30, 6, 8, "3", []int{3}}}) || got[0].Path != "M160.0,30.0 l6,-7 h0.0 l6,7 l-6,7 h-0.0 z" {
		t.Errorf("a lone diamond in a 12-pixel month: %+v %s", m, got[0].Path)
	}

	for _, c := range []struct {
		nums []int
		want string
	}{{[]int{4, 5, 6, 7, 8}, "4–8"}, {[]int{2, 5}, "2,5"}, {[]int{9, 10}, "9,10"}, {[]int{1, 2, 3, 7}, "1–3,7"}} {
		if got := numberRanges(c.nums); got != c.want {
			t.Errorf("numberRanges(%v) = %s, want %s", c.nums, got, c.want)
		}
	}
}

// longPlan is the automotive example with a third of its IT and organisation
// capacity (4 and 2 people instead of 6 and 5): its plan runs 31 months, so
// the Gantt's months are 18 pixels wide.
func longPlan(t *testing.T) *analysis.Report {
	t.Helper()
	m := exampleFS(t, "automotive-aftermarket")
	cfg := string(m["dsc.yaml"].Data)
	long := strings.Replace(cfg, "      it: 6\n      organisation: 5\n", "      it: 4\n      organisation: 2\n", 1)
	if long == cfg {
		t.Fatal("the example's capacity is not where the test expects it")
	}
	m["dsc.yaml"] = &fstest.MapFile{Data: []byte(long)}
	r := build(t, m)
	if n := len(r.Roadmap.Months); n < 30 {
		t.Fatalf("the long plan runs %d months, want 30 or more", n)
	}
	return r
}

// On every roadmap page of both examples and of a plan of 31 months each
// milestone is drawn in exactly one diamond, the diamond lies inside the
// milestone's month, and no two diamonds of a row overlap.
func TestGanttMarksOfTheExamples(t *testing.T) {
	reports := map[string]*analysis.Report{"long plan": longPlan(t)}
	for _, example := range []string{"automotive-aftermarket", "intralogistics"} {
		reports[example] = exampleReport(t, example)
	}
	for _, example := range []string{"automotive-aftermarket", "intralogistics", "long plan"} {
		r := reports[example]
		d := &deck{R: r, L: text.LangOf(r.Meta.Language)}
		d.roadmap()
		month := map[int]int{}
		n := 0
		for _, it := range r.Roadmap.Items {
			if it.Kind == analysis.ItemMilestone {
				n++
				month[n] = it.EndIndex
			}
		}
		drawn := map[int]int{}
		for p, g := range d.Gantt {
			for i, m := range g.Marks {
				for _, num := range m.Number {
					drawn[num]++
					band := g.Months[month[num]]
					if m.X-m.HalfW < band.X-1e-9 || m.X+m.HalfW > band.X+band.W+1e-9 {
						t.Errorf("%s page %d: milestone %d's diamond spans %.1f-%.1f, its month %.1f-%.1f", example, p+1, num, m.X-m.HalfW, m.X+m.HalfW, band.X, band.X+band.W)
					}
				}
				for _, o := range g.Marks[:i] {
					if o.Y == m.Y && o.X+o.HalfW > m.X-m.HalfW && m.X+m.HalfW > o.X-o.HalfW {
						t.Errorf("%s page %d: diamonds %s and %s overlap", example, p+1, o.Text, m.Text)
					}
				}
			}
		}
		for k := 1; k <= n; k++ {
			if drawn[k] != 1 {
				t.Errorf("%s: milestone %d drawn %d times", example, k, drawn[k])
			}
		}
	}
}
