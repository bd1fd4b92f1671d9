package report

import (
	"reflect"
	"testing"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
)

// trial5 M3: five tribe teams launched in one month used to be pushed left
// 14 pixels apart, into the month before. Months here are 40 pixels wide
// from x = 100 (month m starts at 100 + 40m); a diamond is 14 wide (half
// 7), a longer number widens it by 5 pixels a character: half = chars x 5 / 2
// + 4, at least 7. Each month's diamonds end half a diamond after it ends.
//   - row 80, milestone 1 in month 2: alone, on the month's end, x(3) = 220.
//   - row 50, milestones 4-8 in month 10: side by side they need 5 x 14 + 4
//     gaps = 74 > 40, so they share one diamond "4–8" (3 characters: half
//     11.5), its right edge at x(11) + 7 = 547: centre 535.5, left edge 524,
//     inside month 10's [507, 547].
//   - row 50, 9 and 10 in month 11: 14 + 18 ("10": half 9) + 1 = 33 <= 40,
//     side by side: "10" centred at x(12) + 7 - 9 = 578, "9" at
//     578 - 9 - 1 - 7 = 561; no diamond touches another.
func TestGanttMarksStayInTheirMonth(t *testing.T) {
	x := func(m int) float64 { return 100 + 40*float64(m) }
	var ms []ganttMilestone
	ms = append(ms, ganttMilestone{Number: 1, y: 80, month: 2})
	for n := 4; n <= 8; n++ {
		ms = append(ms, ganttMilestone{Number: n, y: 50, month: 10})
	}
	ms = append(ms, ganttMilestone{Number: 9, y: 50, month: 11}, ganttMilestone{Number: 10, y: 50, month: 11})
	got := ganttMarks(ms, x, 40)
	type mark struct {
		X, Y, HalfW float64
		Text        string
		Number      []int
	}
	var marks []mark
	for _, m := range got {
		marks = append(marks, mark{m.X, m.Y, m.HalfW, m.Text, m.Number})
	}
	want := []mark{{220, 80, 7, "1", []int{1}}, {535.5, 50, 11.5, "4–8", []int{4, 5, 6, 7, 8}}, {561, 50, 7, "9", []int{9}},
		{578, 50, 9, "10", []int{10}}}
	if !reflect.DeepEqual(marks, want) {
		t.Errorf("marks\n%+v\nwant\n%+v", marks, want)
	}
	if p := got[1].Path; p != "M524.0,50.0 l7,-7 h9.0 l7,7 l-7,7 h-9.0 z" {
		t.Errorf("the shared diamond's outline %s", p)
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

// On every roadmap page of both examples each milestone is drawn in exactly
// one diamond, the diamond's centre lies in the milestone's month (up to
// half a diamond after its end, where a lone one sits), and no two
// diamonds of a row overlap.
func TestGanttMarksOfTheExamples(t *testing.T) {
	for _, example := range []string{"automotive-aftermarket", "intralogistics"} {
		r := exampleReport(t, example)
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
					if m.X <= band.X || m.X > band.X+band.W+ganttMarkH || m.X-m.HalfW < band.X+ganttMarkH-1e-9 && len(m.Number) > 1 {
						t.Errorf("%s page %d: milestone %d at %.1f, its month spans %.1f-%.1f", example, p+1, num, m.X, band.X, band.X+band.W)
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
