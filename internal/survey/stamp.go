package survey

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// A response's timestamp as the tools and spreadsheets write it. The same
// response downloaded twice, or opened in Excel and saved again, keeps its
// instant but not its text: Google Forms writes "2024/03/04 9:12:05 AM
// GMT+1", the response sheet's download "3/4/2024 9:12:05", Excel's German
// re-save "04.03.2024 09:12" (no seconds), a workbook the serial 45355.38.
// The duplicate check compares the parsed instants, never the text.

// stamp is a parsed timestamp: its wall-clock time (as if in UTC), whether
// it carried a zone offset (then utc is the instant), and whether it had
// seconds. A date written d/m or m/d with both parts up to 12 is
// ambiguous: walls holds both readings.
type stamp struct {
	walls  []time.Time
	offset bool
	utc    time.Time
	secs   bool
}

// parseStamp reads the timestamp formats of the survey tools and of their
// re-saves; ok is false for any other text.
func parseStamp(s string) (stamp, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return stamp{}, false
	}
	if st, ok := excelSerial(s); ok {
		return st, true
	}
	if len(s) > 10 && s[10] == 'T' { // ISO 8601
		s = s[:10] + " " + s[11:]
	}
	fields := monthNameDate(strings.Fields(s))
	if len(fields) < 2 {
		return stamp{}, false
	}
	dates := parseDate(fields[0])
	if len(dates) == 0 {
		return stamp{}, false
	}
	clock, rest := fields[1], fields[2:]
	// A zone glued to the clock: "09:12:05Z", "09:12:05+01:00".
	if i := strings.IndexAny(clock, "Z+"); i > 0 {
		rest = append([]string{clock[i:]}, rest...)
		clock = clock[:i]
	} else if i := strings.LastIndex(clock, "-"); i > 0 {
		rest = append([]string{clock[i:]}, rest...)
		clock = clock[:i]
	}
	h, m, sec, secs, ok := parseClock(clock)
	if !ok {
		return stamp{}, false
	}
	if len(rest) > 0 {
		switch strings.ToUpper(strings.TrimSuffix(rest[0], ".")) {
		case "AM", "A.M":
			if h < 1 || h > 12 {
				return stamp{}, false
			}
			h %= 12
			rest = rest[1:]
		case "PM", "P.M":
			if h < 1 || h > 12 {
				return stamp{}, false
			}
			h = h%12 + 12
			rest = rest[1:]
		}
	}
	st := stamp{secs: secs}
	if len(rest) > 1 {
		return stamp{}, false
	}
	offset := 0
	if len(rest) == 1 {
		o, ok := parseOffset(rest[0])
		if !ok {
			return stamp{}, false
		}
		st.offset, offset = true, o
	}
	for _, d := range dates {
		st.walls = append(st.walls, d.Add(time.Duration(h)*time.Hour+time.Duration(m)*time.Minute+time.Duration(sec)*time.Second))
	}
	if st.offset {
		st.utc = st.walls[0].Add(-time.Duration(offset) * time.Second)
	}
	return st, true
}

// excelEpoch is day 0 of a workbook's date numbers.
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// excelDays reads a workbook's date-time number: days since excelEpoch,
// the time of day as the fraction. Only 30000 to 80000 (1982 to 2119) is a
// date, not a year or a count.
func excelDays(s string) (float64, bool) {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v < 30000 || v > 80000 {
		return 0, false
	}
	return v, true
}

// excelSerial reads a workbook's date-time number as a stamp, rounded to
// the second.
func excelSerial(s string) (stamp, bool) {
	v, ok := excelDays(s)
	if !ok {
		return stamp{}, false
	}
	secs := int64(math.Round(v * 86400))
	return stamp{walls: []time.Time{excelEpoch.Add(time.Duration(secs) * time.Second)}, secs: true}, true
}

// parseDate reads 2024-03-04, 2024/03/04, 04.03.2024, 3/4/2024 (month
// first, as US tools and Sheets write it, or day first: both when both
// fit) and 04-03-2024.
func parseDate(s string) []time.Time {
	sep := strings.IndexAny(s, "-/.")
	if sep < 0 {
		return nil
	}
	parts := strings.Split(strings.TrimSuffix(s, "."), s[sep:sep+1])
	if len(parts) != 3 {
		return nil
	}
	n := make([]int, 3)
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || p == "" {
			return nil
		}
		n[i] = v
	}
	date := func(y, m, d int) []time.Time {
		if y < 100 {
			y += 2000
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if m < 1 || m > 12 || d < 1 || t.Day() != d {
			return nil
		}
		return []time.Time{t}
	}
	switch {
	case len(parts[0]) == 4:
		return date(n[0], n[1], n[2])
	case s[sep] == '.':
		return date(n[2], n[1], n[0])
	}
	// Year last: month first (US, Sheets) and day first (UK, "-"); both
	// readings when both are dates.
	md, dm := date(n[2], n[0], n[1]), date(n[2], n[1], n[0])
	if n[0] == n[1] {
		return md
	}
	return append(md, dm...)
}

// monthNameDate rewrites a date written with a month name, as Excel and
// Sheets display one ("Mar 4, 2024", "4 March 2024", "04-Mar-2024",
// "4. März 2024"), as 2024-03-04, so that it is compared as an instant and
// not as text; other fields are returned as they are.
func monthNameDate(fields []string) []string {
	iso := func(y, m, d string, rest []string) []string {
		yv, yerr := strconv.Atoi(y)
		dv, derr := strconv.Atoi(strings.TrimSuffix(strings.TrimSuffix(d, ","), "."))
		mv := monthNumber(m)
		if yerr != nil || derr != nil || mv == 0 || len(y) != 4 && len(y) != 2 {
			return nil
		}
		if yv < 100 {
			yv += 2000
		}
		return append([]string{fmt.Sprintf("%04d-%02d-%02d", yv, mv, dv)}, rest...)
	}
	if len(fields) > 0 {
		if p := strings.Split(fields[0], "-"); len(p) == 3 { // 04-Mar-2024
			if out := iso(p[2], p[1], p[0], fields[1:]); out != nil {
				return out
			}
		}
	}
	if len(fields) >= 3 {
		y := strings.TrimSuffix(fields[2], ",")
		if out := iso(y, fields[0], fields[1], fields[3:]); out != nil { // Mar 4, 2024
			return out
		}
		if out := iso(y, fields[1], fields[0], fields[3:]); out != nil { // 4 Mar 2024, 4. März 2024
			return out
		}
	}
	return fields
}

// monthNumber is 1-12 for an English or German month name or its
// abbreviation of three letters or more ("Mar", "März", "Mrz", "Sept."), else 0.
func monthNumber(s string) int {
	s = strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(s, ","), "."))
	if s == "mrz" {
		return 3
	}
	if utf8.RuneCountInString(s) < 3 {
		return 0
	}
	names := [...]string{
		"january february march april may june july august september october november december",
		"januar februar märz april mai juni juli august september oktober november dezember",
	}
	for _, lang := range names {
		for i, name := range strings.Fields(lang) {
			if strings.HasPrefix(name, s) {
				return i + 1
			}
		}
	}
	return 0
}

// parseClock reads 9:12, 09:12:05 and 09:12:05.123 (fractions dropped).
func parseClock(s string) (h, m, sec int, secs, ok bool) {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, 0, 0, false, false
	}
	if len(parts) == 3 {
		parts[2], _, _ = strings.Cut(parts[2], ".")
		parts[2], _, _ = strings.Cut(parts[2], ",")
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || p == "" || len(p) > 2 {
			return 0, 0, 0, false, false
		}
		n[i] = v
	}
	if n[0] > 24 || n[1] > 59 || n[2] > 60 {
		return 0, 0, 0, false, false
	}
	return n[0], n[1], n[2], len(parts) == 3, true
}

// parseOffset reads GMT+1, UTC+05:30, +0100, +01:00, Z, UTC and GMT in seconds east of UTC.
func parseOffset(s string) (int, bool) {
	u := strings.ToUpper(s)
	u = strings.TrimPrefix(strings.TrimPrefix(u, "GMT"), "UTC")
	if u == "" || u == "Z" {
		return 0, true
	}
	sign := 1
	switch u[0] {
	case '+':
	case '-':
		sign = -1
	default:
		return 0, false
	}
	u = u[1:]
	h, m := u, ""
	if i := strings.IndexByte(u, ':'); i >= 0 {
		h, m = u[:i], u[i+1:]
	} else if len(u) == 4 {
		h, m = u[:2], u[2:]
	}
	hv, err := strconv.Atoi(h)
	if err != nil || hv > 14 {
		return 0, false
	}
	mv := 0
	if m != "" {
		if mv, err = strconv.Atoi(m); err != nil || mv > 59 {
			return 0, false
		}
	}
	return sign * (hv*3600 + mv*60), true
}

// Keys of a stamp for the duplicate check. Two stamps are the same
// response time when
//   - both have an offset and their instants agree, or neither has one
//     and their wall clocks agree, or one has none and it agrees with the
//     other's wall clock or its UTC time (a sheet shows either);
//   - to the second when both have seconds, else to the minute (Excel's
//     "13.05.2024 07:55" for 07:55:12).
//
// Each side registers the keys others find it by and looks up the keys it
// matches; the tags keep, say, two offset stamps from meeting by wall clock.

type stampKey struct {
	zone byte // 'I' instant of an offset stamp, 'O' offset stamp by wall clock, 'N' stamp without offset
	prec byte // 'S' to the second, 's' a stamp with seconds to the minute, 'm' a stamp without seconds
	t    time.Time
}

func (k stampKey) String() string {
	return string([]byte{k.zone, k.prec}) + k.t.Format("20060102150405")
}

type zoned struct {
	zone byte
	t    time.Time
}

// registerKeys are the keys other stamps find this one by.
func (s stamp) registerKeys() []string {
	precs := []byte{'m'}
	if s.secs {
		precs = []byte{'S', 's'}
	}
	return s.keys(s.zoned(true), precs)
}

// lookupKeys are the keys of the stamps this one is the same as.
func (s stamp) lookupKeys() []string {
	precs := []byte{'s', 'm'} // a stamp without seconds meets every stamp to the minute
	if s.secs {
		precs = []byte{'S', 'm'}
	}
	return s.keys(s.zoned(false), precs)
}

// zoned are the times a stamp is registered under (register) or looked up
// by: an offset stamp by its instant, and by its wall clock and UTC time
// for stamps without an offset; a stamp without one by its wall clock,
// looking up offset stamps by the same.
func (s stamp) zoned(register bool) []zoned {
	var zs []zoned
	if s.offset {
		tag := byte('N')
		if register {
			tag = 'O'
		}
		zs = append(zs, zoned{'I', s.utc})
		for _, w := range s.walls {
			zs = append(zs, zoned{tag, w})
		}
		return append(zs, zoned{tag, s.utc})
	}
	for _, w := range s.walls {
		zs = append(zs, zoned{'N', w})
		if !register {
			zs = append(zs, zoned{'O', w})
		}
	}
	return zs
}

func (s stamp) keys(zs []zoned, precs []byte) []string {
	var out []string
	for _, z := range zs {
		for _, p := range precs {
			t := z.t
			if p != 'S' {
				t = t.Truncate(time.Minute)
			}
			k := stampKey{z.zone, p, t}.String()
			if !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	}
	return out
}
