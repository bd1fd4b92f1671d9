package readiness

import (
	"math"
	"sort"

	"github.com/dsc-workbench/dsc/roundoff"
)

// DimensionChange sets one dimension of the current assessment against an
// earlier one. Before and Now are nil where the dimension was not rated;
// Change and Progress need both.
type DimensionChange struct {
	ID     string   `json:"id"`
	Name   string   `json:"name"`
	Before *float64 `json:"before"`
	Now    *float64 `json:"now"`
	// Change = Now - Before.
	Change *float64 `json:"change"`
	Target float64  `json:"target"`
	// Progress is the share of the earlier gap to the target closed since:
	// (Now - Before) / (Target - Before). It is nil when there was no gap
	// to close; it is negative when the dimension fell back.
	Progress *float64 `json:"progress"`
	// GapNow is Target - Now.
	GapNow *float64 `json:"gap_now"`
}

// RaterChange is how far one rater's ratings moved between the assessments,
// over the questions they rated in both.
type RaterChange struct {
	Rater string `json:"rater"`
	Name  string `json:"name"`
	// Questions counts the questions the rater rated in both assessments.
	Questions int `json:"questions"`
	// MeanAbsChange is the mean of |now - before| over those questions;
	// MeanChange the mean of now - before (positive: rates higher now).
	MeanAbsChange float64 `json:"mean_abs_change"`
	MeanChange    float64 `json:"mean_change"`
}

// Comparison sets the current assessment against an earlier one.
type Comparison struct {
	Before string `json:"before"`
	Now    string `json:"now"`
	// IndexBefore and IndexNow are the readiness indexes; AttainmentBefore
	// and AttainmentNow how much of the way to the targets was done (0-100).
	IndexBefore      float64           `json:"index_before"`
	IndexNow         float64           `json:"index_now"`
	AttainmentBefore float64           `json:"attainment_before"`
	AttainmentNow    float64           `json:"attainment_now"`
	Dimensions       []DimensionChange `json:"dimensions"`
	// Raters are ordered by how much their ratings moved, most first.
	Raters []RaterChange `json:"raters"`
}

// Compare sets now against before (two scorings of the same questionnaire,
// labelled with their assessment months). Dimensions keep now's order;
// raters are ordered by mean absolute change, largest first (ties by id);
// raters without a question rated in both are left out.
func Compare(before, now Result, beforeLabel, nowLabel string) Comparison {
	c := Comparison{Before: beforeLabel, Now: nowLabel, IndexBefore: before.Index, IndexNow: now.Index,
		AttainmentBefore: before.TargetAttainment, AttainmentNow: now.TargetAttainment, Dimensions: []DimensionChange{}, Raters: []RaterChange{}}
	earlier := map[string]DimensionResult{}
	for _, d := range before.Dimensions {
		earlier[d.ID] = d
	}
	for _, d := range now.Dimensions {
		dc := DimensionChange{ID: d.ID, Name: d.Name, Now: d.Current, Target: d.Target, GapNow: d.Gap}
		if b, ok := earlier[d.ID]; ok {
			dc.Before = b.Current
		}
		if dc.Before != nil && dc.Now != nil {
			dc.Change = ptr(*dc.Now - *dc.Before)
			if gap := d.Target - *dc.Before; gap > 1e-9 {
				dc.Progress = ptr(*dc.Change / gap)
			}
		}
		c.Dimensions = append(c.Dimensions, dc)
	}
	prev := map[string]map[string]int{} // question -> rater -> rating
	for _, q := range before.Questions {
		prev[q.ID] = q.Ratings
	}
	names := map[string]string{}
	for _, r := range append(append([]Rater(nil), before.Raters...), now.Raters...) {
		names[r.ID] = r.Name
	}
	sums := map[string]*RaterChange{}
	for _, q := range now.Questions {
		for r, v := range q.Ratings {
			b, ok := prev[q.ID][r]
			if !ok {
				continue
			}
			rc := sums[r]
			if rc == nil {
				rc = &RaterChange{Rater: r, Name: names[r]}
				sums[r] = rc
			}
			rc.Questions++
			rc.MeanChange += float64(v - b)
			rc.MeanAbsChange += math.Abs(float64(v - b))
		}
	}
	for _, rc := range sums {
		rc.MeanChange /= float64(rc.Questions)
		rc.MeanAbsChange /= float64(rc.Questions)
		c.Raters = append(c.Raters, *rc)
	}
	sort.Slice(c.Raters, func(i, j int) bool {
		x, y := c.Raters[i], c.Raters[j]
		if dx, dy := roundoff.Key(x.MeanAbsChange), roundoff.Key(y.MeanAbsChange); dx != dy {
			return dx > dy
		}
		return x.Rater < y.Rater
	})
	return c
}
