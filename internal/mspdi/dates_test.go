package mspdi

import "testing"

// Hand-worked against the 2027 calendar: 1 January 2027 is a Friday, 1
// March a Monday, 16 April a Friday.
func TestCalendarMapsMonthsToWorkingTime(t *testing.T) {
	c, err := newCalendar("2027-01")
	if err != nil {
		t.Fatal(err)
	}
	// Step 1 runs months 0-2: from Friday 1 January 08:00 to the last
	// working evening before 1 March, Friday 26 February 17:00.
	s, f, hours := c.span(0, 2)
	if dateTime(s) != "2027-01-01T08:00:00" || dateTime(f) != "2027-02-26T17:00:00" {
		t.Errorf("span %s - %s", dateTime(s), dateTime(f))
	}
	// Working days: January 1 + 4 x 5 = 21, February 1-26: 4 x 5 = 20; 41 x 8 hours.
	if hours != 328 || duration(float64(hours)) != "PT328H0M0S" {
		t.Errorf("hours %d", hours)
	}
	// Month 3.5 is half of April (30 days): 1 April + 15 days = Friday 16 April.
	if got := dateTime(c.startAt(3.5)); got != "2027-04-16T08:00:00" {
		t.Errorf("startAt(3.5) = %s", got)
	}
	// A milestone at 3 closes March: Wednesday 31 March 17:00; at 0 it is the first morning.
	if got := dateTime(c.milestoneAt(3)); got != "2027-03-31T17:00:00" {
		t.Errorf("milestoneAt(3) = %s", got)
	}
	if got := dateTime(c.milestoneAt(0)); got != "2027-01-01T08:00:00" {
		t.Errorf("milestoneAt(0) = %s", got)
	}
	if duration(1.5) != "PT1H30M0S" {
		t.Errorf("duration(1.5) = %s", duration(1.5))
	}
	if _, err := newCalendar(""); err == nil {
		t.Error("no start month must be an error")
	}
}
