package workspace

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// A date or a month written the German (or another local) way is refused
// with the value it stands for, so the fix is to copy it: "27.11.2026" is
// 2026-11-27, "März 2027" is 2027-03 (trial7 N16). Only readings that
// cannot be wrong are offered: dots are day first everywhere; slashes
// could be either, so they get no suggestion.

// meantDate is the YYYY-MM-DD that s, a date written day.month.year
// ("27.11.2026", "27. November 2026"), stands for; "" when s is no such date.
func meantDate(s string) string {
	s = strings.TrimSpace(s)
	if p := strings.Split(s, "."); len(p) == 3 {
		d, err1 := strconv.Atoi(strings.TrimSpace(p[0]))
		m, err2 := strconv.Atoi(strings.TrimSpace(p[1]))
		y, err3 := strconv.Atoi(strings.TrimSpace(p[2]))
		if err1 == nil && err2 == nil && err3 == nil && len(strings.TrimSpace(p[2])) == 4 {
			return isoDate(y, m, d)
		}
	}
	if f := strings.Fields(s); len(f) == 3 { // 27. November 2026
		d, err1 := strconv.Atoi(strings.TrimSuffix(f[0], "."))
		y, err2 := strconv.Atoi(f[2])
		if m := monthOfName(f[1]); err1 == nil && err2 == nil && m > 0 && len(f[2]) == 4 {
			return isoDate(y, m, d)
		}
	}
	return ""
}

func isoDate(y, m, d int) string {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || int(t.Month()) != m || t.Day() != d {
		return "" // 31.02.2026 is no date
	}
	return t.Format(time.DateOnly)
}

// meantMonth is the YYYY-MM that s, a month written another way ("März
// 2027", "Mar 2027", "03.2027", "3/2027", "2027-3"), stands for; "" when s
// is no such month.
func meantMonth(s string) string {
	s = strings.TrimSpace(s)
	if f := strings.Fields(strings.ReplaceAll(s, "-", " ")); len(f) == 2 {
		if m, y := monthOfName(f[0]), f[1]; m > 0 && len(y) == 4 {
			if n, err := strconv.Atoi(y); err == nil {
				return fmt.Sprintf("%04d-%02d", n, m)
			}
		}
	}
	for _, sep := range []string{".", "/", "-"} {
		a, b, ok := strings.Cut(s, sep)
		if !ok {
			continue
		}
		x, err1 := strconv.Atoi(a)
		y, err2 := strconv.Atoi(b)
		switch {
		case err1 != nil || err2 != nil:
		case len(b) == 4 && x >= 1 && x <= 12: // 03.2027, 3/2027
			return fmt.Sprintf("%04d-%02d", y, x)
		case len(a) == 4 && y >= 1 && y <= 12: // 2027-3
			return fmt.Sprintf("%04d-%02d", x, y)
		}
	}
	return ""
}

// monthOfName is 1-12 for an English or German month name or its
// abbreviation of three letters or more ("Mar", "März", "Mrz", "Okt."),
// else 0.
func monthOfName(s string) int {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if s == "mrz" {
		return 3
	}
	if utf8.RuneCountInString(s) < 3 {
		return 0
	}
	for _, names := range []string{
		"january february march april may june july august september october november december",
		"januar februar märz april mai juni juli august september oktober november dezember",
	} {
		for i, name := range strings.Fields(names) {
			if strings.HasPrefix(name, s) {
				return i + 1
			}
		}
	}
	return 0
}

// dateHint is how to write s as a date: the date it stands for, or the
// general rule (write, e.g.).
func dateHint(s, write, eg string) string {
	if d := meantDate(s); d != "" {
		return write + ": " + d
	}
	return write + ", e.g. " + eg
}

// monthHint is how to write s as a month: the month it stands for, or the
// general rule.
func monthHint(s, write, eg string) string {
	if m := meantMonth(s); m != "" {
		return write + ": " + m
	}
	if d := meantDate(s); d != "" {
		return write + ": " + d[:7]
	}
	return write + ", e.g. " + eg
}
