package workshop

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dsc-workbench/dsc/kano"
)

// TallyRow is one feature (or readiness question) in the facilitator view.
type TallyRow struct {
	Item, Title string
	N           int
	// Kano
	Result kano.Result
	// Readiness
	Mean     float64
	Min, Max int
}

// Tally is the facilitator's live view of every participant's answers.
type Tally struct {
	Kind string
	Rows []TallyRow
}

// TallyOf computes the live tally: this participant's answers plus the
// others' journals. Kano results come from the kano package, the same
// classification the report uses.
func TallyOf(plan Plan, mine State, others map[string]State) Tally {
	all := map[string]State{plan.Participant: mine}
	for p, s := range others {
		if p != plan.Participant {
			all[p] = s
		}
	}
	names := make([]string, 0, len(all))
	for p := range all {
		names = append(names, p)
	}
	sort.Strings(names)
	t := Tally{Kind: plan.Kind}
	seen := map[string]bool{}
	for _, q := range plan.Questions {
		if seen[q.Item] {
			continue
		}
		seen[q.Item] = true
		row := TallyRow{Item: q.Item, Title: q.Title}
		if plan.Kind == KindKano {
			var tl kano.Tally
			for _, p := range names {
				s := all[p]
				f, fok := s.Answers[Key{q.Item, "functional"}]
				d, dok := s.Answers[Key{q.Item, "dysfunctional"}]
				imp := s.Answers[Key{q.Item, "importance"}]
				if !fok && !dok && imp == 0 {
					continue
				}
				tl.Add(kano.Answer(f), kano.Answer(d), imp)
			}
			row.Result = tl.Classify(kano.Options{})
			row.N = row.Result.N
		} else {
			sum := 0
			for _, p := range names {
				v, ok := all[p].Answers[Key{q.Item, ""}]
				if !ok {
					continue
				}
				if row.N == 0 || v < row.Min {
					row.Min = v
				}
				if row.N == 0 || v > row.Max {
					row.Max = v
				}
				row.N++
				sum += v
			}
			if row.N > 0 {
				row.Mean = float64(sum) / float64(row.N)
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// Render lays the tally out as a header and one line per row, w cells wide.
func (t Tally) Render(w int) (string, []string) {
	name := max(12, w-44)
	var lines []string
	if t.Kind == KindKano {
		header := fmt.Sprintf("%-*s %3s %3s %3s %3s %3s %5s %6s %6s", name, "", "n", "A", "O", "M", "I", "cat", "Better", "Worse")
		for _, r := range t.Rows {
			c := r.Result.Counts
			cat := r.Result.String()
			lines = append(lines, fmt.Sprintf("%-*s %3d %3d %3d %3d %3d %5s %6.2f %6.2f", name, truncate(r.Title, name), r.N, c.A, c.O, c.M, c.I, cat, r.Result.Better, r.Result.Worse))
		}
		return header, lines
	}
	header := fmt.Sprintf("%-*s %3s %5s %4s %4s", name, "", "n", "mean", "min", "max")
	for _, r := range t.Rows {
		mean := "   -"
		if r.N > 0 {
			mean = fmt.Sprintf("%5.2f", r.Mean)
		}
		lines = append(lines, fmt.Sprintf("%-*s %3d %5s %4d %4d", name, truncate(r.Title, name), r.N, strings.TrimSpace(mean), r.Min, r.Max))
	}
	return header, lines
}
