package survey

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/kano"
)

// A wave column holds each respondent's survey wave, when one export holds
// several waves (dsc.yaml: wave_column). The analysis first lists the
// waves the column names (Waves), then reads the file once per wave with
// Source.Wave set: each read keeps only the rows of its wave, so every
// respondent is counted in exactly one wave.

// WaveColumn names the column that says each respondent's wave: a header
// text, a spreadsheet letter or a column number, as a mapping names
// columns; in a YAML survey, a respondent attribute. File, Line and Col
// are where dsc.yaml names it, for messages.
type WaveColumn struct {
	Name      string
	File      string
	Line, Col int
}

// WaveLayout is how a wave is written: the month it was fielded.
const WaveLayout = "2006-01"

// Waves lists the waves that src's wave column names, in time order, with
// how many rows (respondents; in the long layout, answer rows) each has. A
// blank or malformed wave cell, or a wave column the file does not have,
// is a problem at its place; the waves of the good cells come back with
// them, so the rest of the file can still be checked.
func Waves(src Source, cfg Config) ([]WaveCount, error) {
	r := newReader(src, cfg, kano.NewSurvey())
	r.scan = &waveScan{rows: map[string]int{}}
	err := r.read()
	out := make([]WaveCount, 0, len(r.scan.rows))
	for w, n := range r.scan.rows {
		out = append(out, WaveCount{Wave: w, Rows: n})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Wave < out[j].Wave })
	return out, err
}

// WaveCount is one wave a wave column names, and how many rows name it.
type WaveCount struct {
	Wave string `json:"wave"`
	Rows int    `json:"rows"`
}

// waveScan collects the values of a wave column (Waves).
type waveScan struct {
	rows map[string]int
}

// resolveWaveColumn finds the wave column among the columns, or reports
// at dsc.yaml that there is none (or that it holds something else).
func (r *reader) resolveWaveColumn(h *header, cols []Column) int {
	wc := r.src.WaveColumn
	i := resolveColumn(h, wc.Name)
	if i < 0 {
		var headers []string
		for _, hc := range h.cells {
			headers = append(headers, hc.texts...)
		}
		hint := "name the column by its header text or its letter (dsc survey inspect lists every column)"
		if s := diag.Suggest(wc.Name, headers); s != "" {
			hint = "did you mean " + diag.Quote(s) + "? " + hint
		}
		r.probs.Add(wc.File, wc.Line, wc.Col, fmt.Sprintf("wave column %q matches no column of %s", wc.Name, r.src.Display), hint)
		return -1
	}
	if dup := sameHeader(h, wc.Name, i); len(dup) > 0 {
		refs := []string{cols[i].Ref}
		for _, j := range dup {
			refs = append(refs, cols[j].Ref)
		}
		r.probs.Add(wc.File, wc.Line, wc.Col, fmt.Sprintf("wave column %q matches columns %s of %s", wc.Name, text.List(text.English, refs), r.src.Display),
			fmt.Sprintf("name it by its letter (wave_column: %s or %s)", refs[0], refs[len(refs)-1]))
		return -1
	}
	if c := cols[i]; c.Kind == KindAnswer || c.Kind == KindRespondent || c.Kind == KindFeature {
		holds := map[ColumnKind]string{KindAnswer: "Kano answers", KindRespondent: "the respondent id", KindFeature: "feature ids"}[c.Kind]
		r.probs.Add(wc.File, wc.Line, wc.Col, fmt.Sprintf("wave column %q is column %s %q of %s, which holds %s", wc.Name, c.Ref, c.Text, r.src.Display, holds),
			"name the column that holds each respondent's wave (YYYY-MM)")
		return -1
	}
	return i
}

// sameHeader lists the columns after i whose header also matches name: a
// wave column named by a header text two columns share is ambiguous.
func sameHeader(h *header, name string, i int) []int {
	var out []int
	key := headerKey(name)
	for j := i + 1; j < len(h.cells); j++ {
		if matchesHeader(h.cells[j], name, key) {
			out = append(out, j)
		}
	}
	return out
}

// scanWaveRows reads the wave cell of every data row (Waves).
func (r *reader) scanWaveRows(rr *rowReader, cols []Column) error {
	hl := newHeaderLike(r.header)
	for {
		row, line, err := rr.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return r.fileError(err)
		}
		if blankRow(row) || hl.check(r, row, line) || r.ragged(row, line) {
			continue
		}
		v := cell(row, r.waveCol)
		if _, ok := r.scan.rows[v]; ok {
			r.scan.rows[v]++ // a wave seen before, as written: no need to parse it again
		} else if w, ok := r.waveOf(v, line, r.waveCol+1, r.where(cols, line, r.waveCol)); ok {
			r.scan.rows[w]++
		}
	}
}

// inWave reports whether a data row belongs to the wave being read: always
// without a wave column.
func (r *reader) inWave(row []string) bool {
	return !r.hasWave || trimSpace(cell(row, r.waveCol)) == r.src.Wave
}

// isMonth reports whether a wave cell (trimmed) names a wave: a month,
// YYYY-MM, written exactly so. The routed read (waveroute.go) and the
// per-wave read must agree on it.
func isMonth(t string) bool {
	m, err := time.Parse(WaveLayout, t)
	return err == nil && m.Format(WaveLayout) == t
}

// waveOf checks one wave cell: the month the wave was fielded, YYYY-MM.
// A blank cell is a problem too: its respondent would be in no wave.
// Problems with the same value are one message, with their count.
func (r *reader) waveOf(v string, line, col int, where string) (string, bool) {
	t := strings.TrimSpace(v)
	if t == "" {
		r.valueProblem("\x00blank wave", line, col, "no wave ("+where+"): the respondent would be in no wave",
			"write the month the respondent's wave was fielded, YYYY-MM (e.g. 2026-03), in every row")
		return "", false
	}
	if isMonth(t) {
		return t, true
	}
	if kind := notWaves(t, r.stats.Format == "xlsx"); kind != "" {
		// The wrong column named: one message for the column, not one per row.
		r.valueProblem("\x00wave "+kind, line, col, fmt.Sprintf("the wave column holds %s, not months (%s: %q)", kind, where, clip(t, 40)),
			"name the column that holds each respondent's wave, the month it was fielded (YYYY-MM), in wave_column:; "+waveHint(t, r.stats.Format == "xlsx"))
		return "", false
	}
	r.valueProblem("\x00wave "+t, line, col, fmt.Sprintf("wave %q is not a month (%s)", clip(t, 40), where), waveHint(t, r.stats.Format == "xlsx"))
	return "", false
}

// notWaves says what a column named as the wave column holds instead,
// when its cells are response times or e-mail addresses: "" otherwise.
func notWaves(v string, workbook bool) string {
	if strings.Contains(v, "@") {
		return "e-mail addresses"
	}
	if f, ok := excelDays(v); ok && workbook && f != float64(int(f)) {
		return "response times" // an Excel date-time: a day and the time of day
	}
	if strings.Contains(v, ":") {
		if _, ok := parseStamp(v); ok {
			return "response times"
		}
	}
	return ""
}

// waveHint says how to write a wave, from what was written instead.
func waveHint(v string, workbook bool) string {
	if h := monthHint(v, workbook); h != "" {
		return h
	}
	return "write the month the wave was fielded, YYYY-MM, e.g. 2026-03"
}

// WaveHint says how to write v, given as a wave in dsc.yaml, when it names
// a month or a date another way ("2025-3", "14.03.2025"): the month
// meant. It is "" when v names no month dsc can tell.
func WaveHint(v string) string { return monthHint(strings.TrimSpace(v), false) }

// monthHint is waveHint's hint for a month or a date written another way,
// or "".
func monthHint(v string, workbook bool) string {
	const want = "write the month the wave was fielded, YYYY-MM"
	const notADate = "a wave is the month it was fielded, not a response's date, which would split a wave fielded across a month's end"
	if len(v) >= 10 {
		if d, err := time.Parse("2006-01-02", v[:10]); err == nil {
			return fmt.Sprintf("%s (%s): %s", want, d.Format(WaveLayout), notADate)
		}
	}
	if d, ok := localDate(v); ok {
		if d.ambiguous {
			return fmt.Sprintf("%s: %s if %s is day/month/year, %s if it is month/day/year (dsc does not guess which); %s",
				want, d.month.Format(WaveLayout), clip(v, 40), d.other.Format(WaveLayout), notADate)
		}
		return fmt.Sprintf("%s (%s): %s", want, d.month.Format(WaveLayout), notADate)
	}
	if f, ok := excelDays(v); ok && workbook {
		// Excel turns a typed "2026-03" into a date, stored as days.
		d := excelEpoch.AddDate(0, 0, int(f))
		return fmt.Sprintf("Excel keeps this cell as a date (%s): format the column as Text and type %s", d.Format("2006-01-02"), d.Format(WaveLayout))
	}
	// A month written another way: say how it is written as a wave.
	for _, layout := range []string{"2006-1", "2006/1", "1/2006", "1.2006", "Jan 2006", "January 2006", "Jan-2006", "Jan-06"} {
		if m, err := time.Parse(layout, v); err == nil {
			return fmt.Sprintf("%s: %s", want, m.Format(WaveLayout))
		}
	}
	return ""
}

// localDate is a date written day, month and year with dots or slashes, as
// a spreadsheet in a local setting writes it ("14.03.2025" in German,
// "14/03/2025" in British, "3/14/2025" in American English; a time of day
// may follow). Dots mean day first (DIN 5008 and every other convention
// that writes them). Slashes are day first in most of Europe and month
// first in the United States: when both numbers could be the month
// ("03/04/2025") the date is ambiguous and dsc does not guess (a wrong
// guess files a respondent into the wrong wave without a word), it says
// both readings; when one is over 12, only the other can be the month.
type localDateOf struct {
	month, other time.Time // the month (and, if ambiguous, the other reading)
	ambiguous    bool
}

func localDate(v string) (localDateOf, bool) {
	date, _, _ := strings.Cut(strings.TrimSpace(v), " ")
	sep := "."
	if strings.Contains(date, "/") {
		sep = "/"
	}
	parts := strings.Split(date, sep)
	if len(parts) != 3 || len(parts[2]) != 4 {
		return localDateOf{}, false
	}
	var n [3]int
	for i, p := range parts {
		x, err := strconv.Atoi(p)
		if err != nil || len(p) > 4 || x < 1 {
			return localDateOf{}, false
		}
		n[i] = x
	}
	if n[0] > 31 || n[1] > 31 {
		return localDateOf{}, false // neither is a day
	}
	// parseDate reads the date (the numbers written without leading
	// zeros, so that only the last one is the year): dots day first,
	// slashes month first then day first, the readings that are dates.
	// A year under 100 is the year as written, not one of this century.
	month := func(d time.Time) time.Time { return time.Date(n[2], d.Month(), 1, 0, 0, 0, 0, time.UTC) }
	switch ds := parseDate(fmt.Sprintf("%d%s%d%s%d", n[0], sep, n[1], sep, n[2])); len(ds) {
	case 0:
		return localDateOf{}, false
	case 1:
		return localDateOf{month: month(ds[0])}, true
	default: // slashes, both readings: day first is named first
		return localDateOf{month: month(ds[1]), other: month(ds[0]), ambiguous: true}, true
	}
}
