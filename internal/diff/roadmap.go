package diff

import (
	"fmt"
	"math"
	"slices"
	"time"
)

// compareRoadmap lists a changed critical path (with what joined and left
// it) and the schedule's changes: the start month, the programme's finish,
// steps lengthened or shortened, capabilities whose dates moved (largest
// move of the finish first) and capabilities added or removed.
func compareRoadmap(old, new *Roadmap) []Change {
	if old == nil || new == nil {
		return section(ClassSchedule, "roadmap", old != nil, new != nil)
	}
	var out []Change
	if !slices.Equal(old.CriticalPath, new.CriticalPath) {
		out = append(out, Change{Class: ClassCriticalPath, Kind: KindCriticalPath, From: nonNil(old.CriticalPath), To: nonNil(new.CriticalPath),
			Joined: missingFrom(old.CriticalPath, new.CriticalPath), Left: missingFrom(new.CriticalPath, old.CriticalPath)})
	}
	if old.Start != new.Start {
		out = append(out, Change{Class: ClassSchedule, Kind: KindStart, From: old.Start, To: new.Start, tier: 0, weight: 2})
	}
	// Months are compared on the calendar when both sides have a start
	// date: a later start moves every date even when the plan is the same.
	shift := monthsBetween(old.Start, new.Start)
	oldSpan := func(start, finish float64) Span { return span(old.Start, start, finish) }
	newSpan := func(start, finish float64) Span { return span(new.Start, start, finish) }
	if moved(old.Finish, new.Finish+shift) {
		d := delta(old.Finish, new.Finish+shift)
		out = append(out, Change{Class: ClassSchedule, Kind: KindFinish, From: oldSpan(0, old.Finish), To: newSpan(0, new.Finish), Delta: d, tier: 0, weight: 1})
	}
	steps := map[int]Step{}
	for _, s := range old.Steps {
		steps[s.Number] = s
	}
	for _, s := range new.Steps {
		o, ok := steps[s.Number]
		if !ok {
			continue
		}
		d := delta(o.Finish-o.Start, s.Finish-s.Start)
		if *d == 0 {
			continue
		}
		kind := KindStepLonger
		if *d < 0 {
			kind = KindStepShorter
		}
		out = append(out, Change{Class: ClassSchedule, Kind: kind, ID: fmt.Sprintf("step-%d", s.Number), Name: s.Name,
			From: oldSpan(o.Start, o.Finish), To: newSpan(s.Start, s.Finish), Delta: d, tier: 1, weight: math.Abs(*d)})
	}
	acts := map[string]Activity{}
	for _, a := range old.Capabilities {
		acts[a.ID] = a
	}
	seen := map[string]bool{}
	for _, a := range new.Capabilities {
		seen[a.ID] = true
		o, ok := acts[a.ID]
		if !ok {
			out = append(out, Change{Class: ClassSchedule, Kind: KindCapabilityAdded, ID: a.ID, Name: a.Name, To: newSpan(a.Start, a.Finish), tier: 3})
			continue
		}
		if moved(o.Start, a.Start+shift) || moved(o.Finish, a.Finish+shift) {
			d := delta(o.Finish, a.Finish+shift)
			out = append(out, Change{Class: ClassSchedule, Kind: KindDates, ID: a.ID, Name: a.Name, From: oldSpan(o.Start, o.Finish), To: newSpan(a.Start, a.Finish),
				Delta: d, tier: 2, weight: math.Abs(*d) + math.Abs(a.Start+shift-o.Start)/100})
		}
	}
	for _, a := range old.Capabilities {
		if !seen[a.ID] {
			out = append(out, Change{Class: ClassSchedule, Kind: KindCapabilityRemoved, ID: a.ID, Name: a.Name, From: oldSpan(a.Start, a.Finish), tier: 3})
		}
	}
	return out
}

// span places months from the start on the calendar when start is a YYYY-MM
// month: the month a span starts in and the month it ends in (a span
// finishing at 6 months ends in the sixth month, index 5).
func span(start string, from, to float64) Span {
	s := Span{Start: from, Finish: to}
	if t, err := time.Parse("2006-01", start); err == nil {
		s.StartMonth = t.AddDate(0, int(math.Floor(from)), 0).Format("2006-01")
		s.EndMonth = t.AddDate(0, max(int(math.Ceil(to))-1, int(math.Floor(from))), 0).Format("2006-01")
	}
	return s
}

// monthsBetween is how many months b starts after a (0 unless both are YYYY-MM).
func monthsBetween(a, b string) float64 {
	ta, errA := time.Parse("2006-01", a)
	tb, errB := time.Parse("2006-01", b)
	if errA != nil || errB != nil {
		return 0
	}
	return float64((tb.Year()-ta.Year())*12 + int(tb.Month()) - int(ta.Month()))
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
