package workshop

import (
	"github.com/dsc-workbench/dsc/kano"
)

// TallyRow is one feature (or readiness question) of the facilitator's tally.
type TallyRow struct {
	Item  string `json:"id"`
	Title string `json:"name"`
	Group string `json:"group"`
	N     int    `json:"n"`
	// Kano: the classification by the workspace's table and rule.
	Result *kano.Result `json:"kano,omitempty"`
	// Readiness: the spread of the raters' scores.
	Mean float64 `json:"mean,omitempty"`
	Min  int     `json:"min,omitempty"`
	Max  int     `json:"max,omitempty"`
}

// Tally is the live view of every participant's answers.
type Tally struct {
	Kind         string     `json:"kind"`
	Participants int        `json:"participants"`
	Rows         []TallyRow `json:"rows"`
}

// TallyOf tallies every participant's answers for the plan's items. Kano
// rows are classified by the kano package with opts, the table and rule the
// workspace sets for `dsc kano`, so the tally and the report agree.
func TallyOf(plan Plan, states []State, opts kano.Options) Tally {
	t := Tally{Kind: plan.Kind, Participants: len(states)}
	seen := map[string]bool{}
	for _, q := range plan.Questions {
		if seen[q.Item] {
			continue
		}
		seen[q.Item] = true
		row := TallyRow{Item: q.Item, Title: q.Title, Group: q.Group}
		if plan.Kind == KindKano {
			tl := KanoTally(q.Item, states)
			res := tl.Classify(opts)
			row.Result, row.N = &res, res.N
		} else {
			sum := 0
			for _, s := range states {
				v, ok := s.Answers[Key{q.Item, ""}]
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

// KanoTally adds every participant's answer pair for one feature. A
// participant who gave only one half of the pair, or only the importance,
// counts as the kano package counts a half-answered survey row.
func KanoTally(item string, states []State) kano.Tally {
	var tl kano.Tally
	for _, s := range states {
		f, fok := s.Answers[Key{item, "functional"}]
		d, dok := s.Answers[Key{item, "dysfunctional"}]
		imp := s.Answers[Key{item, "importance"}]
		if !fok && !dok && imp == 0 {
			continue
		}
		tl.Add(kano.Answer(f), kano.Answer(d), imp)
	}
	return tl
}
