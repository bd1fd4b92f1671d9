package mspdi

import (
	"fmt"
	"math"
	"time"
)

// calendar maps the plan's month offsets onto dates and working time, the
// way Microsoft Project's Standard calendar counts it: Monday to Friday,
// 08:00-12:00 and 13:00-17:00.
type calendar struct{ start time.Time }

func newCalendar(month string) (calendar, error) {
	t, err := time.Parse("2006-01", month)
	if err != nil {
		return calendar{}, fmt.Errorf("the Project XML export needs calendar dates: set settings.roadmap.start (YYYY-MM) in dsc.yaml")
	}
	return calendar{start: t}, nil
}

// point is the calendar instant of a month offset: month k of the plan plus
// the fraction of that month's days, to the nearest day.
func (c calendar) point(offset float64) time.Time {
	k := math.Floor(offset + 1e-9)
	first := c.start.AddDate(0, int(k), 0)
	days := first.AddDate(0, 1, 0).Sub(first).Hours() / 24
	return first.AddDate(0, 0, int(math.Round((offset-k)*days)))
}

func working(t time.Time) bool { return t.Weekday() != time.Saturday && t.Weekday() != time.Sunday }

// startAt is the first working morning at or after the offset.
func (c calendar) startAt(offset float64) time.Time {
	d := c.point(offset)
	for !working(d) {
		d = d.AddDate(0, 0, 1)
	}
	return d.Add(8 * time.Hour)
}

// finishAt is the last working evening before the offset.
func (c calendar) finishAt(offset float64) time.Time {
	d := c.point(offset).AddDate(0, 0, -1)
	for !working(d) {
		d = d.AddDate(0, 0, -1)
	}
	return d.Add(17 * time.Hour)
}

// span is a task's start, finish and working hours; a span without length
// (or shorter than a working day) is one day long.
func (c calendar) span(start, finish float64) (time.Time, time.Time, int) {
	s, f := c.startAt(start), c.finishAt(finish)
	if !f.After(s) {
		f = time.Date(s.Year(), s.Month(), s.Day(), 17, 0, 0, 0, time.UTC)
	}
	return s, f, workHours(s, f)
}

// milestoneAt is where a milestone sits: the evening before the offset (the
// end of what it closes), or the first morning at the programme's start.
func (c calendar) milestoneAt(offset float64) time.Time {
	if offset <= 1e-9 {
		return c.startAt(0)
	}
	return c.finishAt(offset)
}

// workHours counts 8 hours for each working day from s to f, both included.
func workHours(s, f time.Time) int {
	n := 0
	for d := time.Date(s.Year(), s.Month(), s.Day(), 0, 0, 0, 0, time.UTC); !d.After(f); d = d.AddDate(0, 0, 1) {
		if working(d) {
			n++
		}
	}
	return 8 * n
}

// dateTime writes an xsd:dateTime as Project writes it.
func dateTime(t time.Time) string { return t.Format("2006-01-02T15:04:05") }

// duration writes working hours as an ISO 8601 duration ("PT160H0M0S").
func duration(hours float64) string {
	h := math.Floor(hours)
	m := math.Round((hours - h) * 60)
	return fmt.Sprintf("PT%dH%dM0S", int(h), int(m))
}
