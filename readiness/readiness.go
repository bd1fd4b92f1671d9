// Package readiness scores an e-commerce readiness assessment: several raters
// rate weighted questions of dimensions on a maturity scale; the package
// aggregates per question and dimension, flags disagreement and missing
// ratings, and computes gaps to the targets and an overall index. It is
// pure: typed questionnaire in, results out.
package readiness

import (
	"math"
	"sort"

	"github.com/dsc-workbench/dsc/roundoff"
)

// Level is one level of the maturity scale.
type Level struct {
	Level       int    `json:"level"`
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
}

// Question is one rated statement; Weight > 0; Target overrides the dimension's.
type Question struct {
	ID, Text string
	Weight   float64
	Target   *float64
}

// Dimension groups questions; Importance weighs its gap; Requirement names
// the requirement dimension it assesses, if any.
type Dimension struct {
	ID, Name, Requirement string
	Importance            float64
	Target                *float64
	Questions             []Question
}

// Rater is a person who scores the questionnaire.
type Rater struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Role string `json:"role,omitempty"`
}

// Questionnaire is the whole assessment with its raw ratings.
type Questionnaire struct {
	Scale      []Level
	Dimensions []Dimension
	Raters     []Rater
	// Ratings[rater][question] is a level on the scale; absent means not rated.
	Ratings map[string]map[string]int
	// DisagreementThreshold flags a question whose ratings span this many
	// levels or more (default 2).
	DisagreementThreshold float64
}

// Disagreement names the raters at both ends of a question's ratings.
type Disagreement struct {
	Spread float64  `json:"spread"`
	Low    []string `json:"low_raters"`
	High   []string `json:"high_raters"`
}

// QuestionResult aggregates one question over raters. A question nobody
// rated has no score: Mean, Median, Min, Max, SD and Gap are nil (null in
// JSON), never 0, which would read as the bottom of the scale.
type QuestionResult struct {
	ID        string   `json:"id"`
	Dimension string   `json:"dimension"`
	Text      string   `json:"text"`
	Weight    float64  `json:"weight"`
	Target    float64  `json:"target"`
	N         int      `json:"n"`
	Mean      *float64 `json:"mean"`
	Median    *float64 `json:"median"`
	Min       *int     `json:"min"`
	Max       *int     `json:"max"`
	// SD is the sample standard deviation over raters (n-1; 0 for one rating).
	SD  *float64 `json:"sd"`
	Gap *float64 `json:"gap"`
	// Ratings keeps every rater's raw rating, never only the aggregate.
	Ratings      map[string]int `json:"ratings"`
	Missing      []string       `json:"missing_raters"`
	Disagreement *Disagreement  `json:"disagreement,omitempty"`
}

// Rated reports whether anybody rated the question.
func (q QuestionResult) Rated() bool { return q.N > 0 }

// DimensionResult scores one dimension. A dimension none of whose
// questions was rated has no current score, gap or rank: Current, Gap and
// WeightedGap are nil (null in JSON) and Rank is 0 (absent), so it is never
// ranked as the largest gap; Result.NotRated lists it apart.
type DimensionResult struct {
	ID          string  `json:"id"`
	Name        string  `json:"name"`
	Requirement string  `json:"requirement,omitempty"`
	Importance  float64 `json:"importance"`
	// Current is the weighted mean of the question means (by question weight)
	// over the questions that have at least one rating.
	Current *float64 `json:"current"`
	// Target is the weighted mean of the question targets.
	Target float64 `json:"target"`
	// Gap = Target - Current; WeightedGap = Gap x Importance.
	Gap         *float64 `json:"gap"`
	WeightedGap *float64 `json:"weighted_gap"`
	// Rank orders the rated dimensions by weighted gap, largest first.
	Rank int `json:"rank,omitempty"`
	// RaterScores is each rater's own weighted score, to show outliers.
	RaterScores   map[string]float64 `json:"rater_scores"`
	Rated         int                `json:"questions_rated"`
	Questions     int                `json:"questions"`
	Missing       int                `json:"missing_ratings"`
	Disagreements int                `json:"disagreements"`
}

// IsRated reports whether any question of the dimension was rated.
func (d DimensionResult) IsRated() bool { return d.Current != nil }

// Missing is one rating that was not given.
type Missing struct {
	Rater    string `json:"rater"`
	Question string `json:"question"`
}

// Result is the scored assessment.
type Result struct {
	Scale      []Level           `json:"scale"`
	Raters     []Rater           `json:"raters"`
	Threshold  float64           `json:"disagreement_threshold"`
	Dimensions []DimensionResult `json:"dimensions"`
	Questions  []QuestionResult  `json:"questions"`
	Missing    []Missing         `json:"missing"`
	// NotRated lists the dimensions nobody rated, in questionnaire order;
	// they have no score and take no part in the index.
	NotRated []string `json:"not_rated"`
	// WeightedCurrent and WeightedTarget are importance-weighted means of the
	// dimension scores.
	WeightedCurrent float64 `json:"weighted_current"`
	WeightedTarget  float64 `json:"weighted_target"`
	// Index = 100 x (WeightedCurrent - lowest level) / (highest - lowest level):
	// how far up the scale the company stands, 0-100.
	Index float64 `json:"index"`
	// TargetAttainment = 100 x sum(importance x (current - lowest)) /
	// sum(importance x (target - lowest)): how much of the way to the targets is done.
	TargetAttainment float64 `json:"target_attainment"`
}

// Analyze scores the questionnaire.
func Analyze(q Questionnaire) Result {
	if q.DisagreementThreshold <= 0 {
		q.DisagreementThreshold = DefaultDisagreementThreshold
	}
	lo, hi := DefaultScale[0].Level, DefaultScale[len(DefaultScale)-1].Level
	if len(q.Scale) > 0 {
		lo, hi = q.Scale[0].Level, q.Scale[len(q.Scale)-1].Level
	}
	res := Result{Scale: q.Scale, Raters: q.Raters, Threshold: q.DisagreementThreshold, Missing: []Missing{}, NotRated: []string{}}
	var impSum, curSum, tgtSum, attainNum, attainDen float64
	for _, d := range q.Dimensions {
		dr := DimensionResult{ID: d.ID, Name: d.Name, Requirement: d.Requirement, Importance: d.Importance,
			RaterScores: map[string]float64{}, Questions: len(d.Questions)}
		if dr.Importance <= 0 {
			dr.Importance = 1
		}
		var wSum, wCur, wTgt float64
		raterNum, raterDen := map[string]float64{}, map[string]float64{}
		for _, qu := range d.Questions {
			qr := question(q, d, qu)
			res.Questions = append(res.Questions, qr)
			w := qr.Weight
			wTgt += w * qr.Target
			if qr.Rated() {
				dr.Rated++
				wSum += w
				wCur += w * *qr.Mean
			}
			for r, v := range qr.Ratings {
				raterNum[r] += w * float64(v)
				raterDen[r] += w
			}
			for _, r := range qr.Missing {
				res.Missing = append(res.Missing, Missing{Rater: r, Question: qu.ID})
			}
			dr.Missing += len(qr.Missing)
			if qr.Disagreement != nil {
				dr.Disagreements++
			}
		}
		var allW float64
		for _, qu := range d.Questions {
			allW += weightOf(qu)
		}
		if allW > 0 {
			dr.Target = wTgt / allW
		}
		for r, den := range raterDen {
			dr.RaterScores[r] = raterNum[r] / den
		}
		if wSum > 0 {
			cur := wCur / wSum
			gap := dr.Target - cur
			dr.Current, dr.Gap, dr.WeightedGap = &cur, &gap, ptr(gap*dr.Importance)
			impSum += dr.Importance
			curSum += dr.Importance * cur
			tgtSum += dr.Importance * dr.Target
			attainNum += dr.Importance * (cur - float64(lo))
			attainDen += dr.Importance * (dr.Target - float64(lo))
		} else {
			res.NotRated = append(res.NotRated, dr.ID)
		}
		res.Dimensions = append(res.Dimensions, dr)
	}
	if impSum > 0 {
		res.WeightedCurrent = curSum / impSum
		res.WeightedTarget = tgtSum / impSum
		if hi > lo {
			res.Index = 100 * (res.WeightedCurrent - float64(lo)) / float64(hi-lo)
		}
	}
	if attainDen > 0 {
		res.TargetAttainment = 100 * attainNum / attainDen
	}
	rankByWeightedGap(res.Dimensions)
	return res
}

func weightOf(q Question) float64 {
	if q.Weight <= 0 {
		return 1
	}
	return q.Weight
}

// question aggregates one question's ratings in rater order.
func question(q Questionnaire, d Dimension, qu Question) QuestionResult {
	qr := QuestionResult{ID: qu.ID, Dimension: d.ID, Text: qu.Text, Weight: weightOf(qu), Ratings: map[string]int{}, Missing: []string{}}
	switch {
	case qu.Target != nil:
		qr.Target = *qu.Target
	case d.Target != nil:
		qr.Target = *d.Target
	}
	var vals []float64
	lo, hi := 0, 0
	for _, r := range q.Raters {
		v, ok := q.Ratings[r.ID][qu.ID]
		if !ok {
			qr.Missing = append(qr.Missing, r.ID)
			continue
		}
		qr.Ratings[r.ID] = v
		vals = append(vals, float64(v))
		if qr.N == 0 || v < lo {
			lo = v
		}
		if qr.N == 0 || v > hi {
			hi = v
		}
		qr.N++
	}
	if qr.N == 0 {
		return qr
	}
	sum := 0.0
	for _, v := range vals {
		sum += v
	}
	mean := sum / float64(qr.N)
	sd := 0.0
	if qr.N > 1 {
		ss := 0.0
		for _, v := range vals {
			ss += (v - mean) * (v - mean)
		}
		sd = math.Sqrt(ss / float64(qr.N-1))
	}
	sorted := append([]float64(nil), vals...)
	sort.Float64s(sorted)
	median := sorted[len(sorted)/2]
	if m := len(sorted); m%2 == 0 {
		median = (sorted[m/2-1] + sorted[m/2]) / 2
	}
	qr.Mean, qr.Median, qr.SD, qr.Gap = &mean, &median, &sd, ptr(qr.Target-mean)
	qr.Min, qr.Max = &lo, &hi
	if spread := float64(hi - lo); spread >= q.DisagreementThreshold {
		dis := &Disagreement{Spread: spread, Low: []string{}, High: []string{}}
		for _, r := range q.Raters {
			v, ok := qr.Ratings[r.ID]
			if ok && v == lo {
				dis.Low = append(dis.Low, r.ID)
			}
			if ok && v == hi {
				dis.High = append(dis.High, r.ID)
			}
		}
		qr.Disagreement = dis
	}
	return qr
}

func ptr(x float64) *float64 { return &x }

// rankByWeightedGap numbers the rated dimensions by weighted gap, largest
// first (ties by id); unrated dimensions keep rank 0.
func rankByWeightedGap(ds []DimensionResult) {
	var idx []int
	for i, d := range ds {
		if d.IsRated() {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool {
		x, y := ds[idx[a]], ds[idx[b]]
		if gx, gy := roundoff.Key(*x.WeightedGap), roundoff.Key(*y.WeightedGap); gx != gy {
			return gx > gy
		}
		return x.ID < y.ID
	})
	for r, i := range idx {
		ds[i].Rank = r + 1
	}
}
