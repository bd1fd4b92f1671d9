package kano

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestMergeIsExact: a survey read in parts and merged analyses to the same
// bytes as the survey read in one piece.
func TestMergeIsExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	type row struct {
		seg  string
		f, d []Answer
		imp  []int
	}
	rows := make([]row, 3000)
	for i := range rows {
		r := row{seg: []string{"", "B2B", "B2C", "Retail"}[rng.IntN(4)]}
		for k := 0; k < 4; k++ {
			r.f = append(r.f, Answer(rng.IntN(6)))
			r.d = append(r.d, Answer(rng.IntN(6)))
			r.imp = append(r.imp, rng.IntN(10))
		}
		rows[i] = r
	}
	read := func(s *Survey, rows []row, order []string) {
		for _, id := range order {
			s.Feature(id)
		}
		idx := map[string]int{}
		for _, id := range []string{"a", "b", "c", "d"} {
			idx[id] = s.Feature(id)
		}
		for _, r := range rows {
			h := s.Segment(r.seg)
			for k, id := range []string{"a", "b", "c", "d"} {
				s.Add(idx[id], h, r.f[k], r.d[k], r.imp[k])
			}
		}
	}
	whole := NewSurvey()
	read(whole, rows, nil)
	merged := NewSurvey()
	for i, part := range [][]row{rows[:1000], rows[1000:1001], rows[1001:]} {
		p := NewSurvey()
		read(p, part, []string{"d", "c"}[:i%2+1]) // features in another order
		merged.Merge(p)
	}
	a, _ := json.Marshal(whole.Analyze(Options{}))
	b, _ := json.Marshal(merged.Analyze(Options{}))
	if string(a) != string(b) {
		t.Errorf("merged analysis differs:\n%s\n%s", a, b)
	}
}

// TestSegmentCap: past MaxSegments new values are not kept: they get the
// zero handle (the reader reports the value), their respondents count
// overall, and the survey no longer fits another.
func TestSegmentCap(t *testing.T) {
	s := NewSurvey()
	s.MaxSegments = 3
	f := s.Feature("a")
	for i := 0; i < 5; i++ {
		h := s.Segment(fmt.Sprintf("id%d", i))
		if past := i >= 3; past != (h == Segment{}) {
			t.Errorf("id%d: handle %v; the zero handle marks a value past the cap", i, h)
		}
		s.Add(f, h, Like, Dislike, 0)
	}
	s.Add(f, s.Segment("id0"), Like, Dislike, 0)
	if s.Fits(NewSurvey()) {
		t.Errorf("a survey past its cap fits another")
	}
	a := s.Analyze(Options{})
	if a.Respondents != 6 || len(a.Segments) != 3 || a.Features[0].N != 6 || a.Features[0].Segments["id0"].N != 2 {
		t.Errorf("got %+v", a)
	}
	m := NewSurvey()
	m.MaxSegments = 2
	m.Merge(s)
	if m.Fits(NewSurvey()) || len(m.SegmentValues()) != 2 {
		t.Errorf("merged past the cap: segments %v, fits %v", m.SegmentValues(), m.Fits(NewSurvey()))
	}
}

// BenchmarkSegmentMemory reports the bytes a segment costs at 50 features.
func BenchmarkSegmentMemory(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		s := NewSurvey()
		for i := 0; i < 50; i++ {
			s.Feature(fmt.Sprint(i))
		}
		for i := 0; i < DefaultMaxSegments; i++ {
			s.Segment(fmt.Sprint(i))
		}
	}
}

// TestAddRowSameAsAddAsked: a row added at once counts as AddAsked counts
// each of its features, out-of-range values included.
func TestAddRowSameAsAddAsked(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	one, many := NewSurvey(), NewSurvey()
	features := []int{}
	for _, id := range []string{"a", "b", "c"} {
		features = append(features, one.Feature(id))
		many.Feature(id)
	}
	// Feature order in a row need not be the survey's.
	features[0], features[2] = features[2], features[0]
	for i := 0; i < 2000; i++ {
		seg := []string{"", "B2B", "B2C"}[rng.IntN(3)]
		row := make([]uint8, 3*len(features))
		for j := range row {
			row[j] = uint8(rng.IntN(12)) // past Dislike and 9 too
		}
		missing := one.AddRow(one.Segment(seg), features, row)
		h := many.Segment(seg)
		for k, i := range features {
			many.AddAsked(i, h, Answer(row[3*k]), Answer(row[3*k+1]), int(row[3*k+2]))
			for _, a := range row[3*k : 3*k+2] {
				if Answer(a) == Missing {
					missing--
				}
			}
		}
		if missing != 0 {
			t.Fatalf("row %v: AddRow's count of missing answers is off by %d", row, missing)
		}
	}
	a, _ := json.Marshal(one.Analyze(Options{}))
	b, _ := json.Marshal(many.Analyze(Options{}))
	if string(a) != string(b) || one.overallTally(1) != many.overallTally(1) {
		t.Errorf("AddRow:\n%s\nAddAsked:\n%s", a, b)
	}
}
