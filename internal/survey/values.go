package survey

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dsc-workbench/dsc/kano"
)

// MissingTokens are the cells that mean "no answer" besides a blank one:
// what R, SPSS, Qualtrics ("-99", seen but not answered) and Excel write.
var MissingTokens = []string{"NA", "N/A", "-99", "-", ".", "#N/A", "NaN"}

// valueReader turns answer cells into Kano answers: codes, the wordings of
// the literature in English and German, and the mapping's own values,
// labels and missing tokens. Results are cached per distinct cell.
type valueReader struct {
	labels  Labels
	codes   [6]kano.Answer         // 1-5 -> answer, unless the mapping gives numeric values
	exact   map[string]kano.Answer // the mapping's values, as written
	mapped  map[string]kano.Answer // the mapping's values, normalised
	numeric bool                   // the mapping's values give numeric codes: no default 1-5
	missing map[string]bool        // upper-cased missing tokens
	cache   map[string]parsedValue
}

type parsedValue struct {
	kind   valueKind
	answer kano.Answer
}

// valueKind says what a cell holds.
type valueKind int8

const (
	valueMissing valueKind = iota
	valueCode              // a numeric code (1-5, or as the mapping says)
	valueLabel             // an answer wording
	valueBadCode           // a number that is no code
	valueUnknown           // text that is no answer
)

func newValueReader(m *Mapping) *valueReader {
	v := &valueReader{labels: m.labels(), cache: map[string]parsedValue{}, missing: map[string]bool{}}
	v.codes = [6]kano.Answer{0, kano.Like, kano.Expect, kano.Neutral, kano.LiveWith, kano.Dislike}
	for _, t := range MissingTokens {
		v.missing[strings.ToUpper(t)] = true
	}
	if m == nil {
		return v
	}
	if m.Codes == DislikeFirst {
		v.codes = [6]kano.Answer{0, kano.Dislike, kano.LiveWith, kano.Neutral, kano.Expect, kano.Like}
	}
	for _, t := range m.Missing {
		v.missing[strings.ToUpper(strings.TrimSpace(t))] = true
	}
	if len(m.Values) > 0 {
		v.exact = map[string]kano.Answer{}
		v.mapped = map[string]kano.Answer{}
		for k, name := range m.Values {
			a, ok := answerKeys[name]
			if name == missingKey {
				a, ok = kano.Missing, true
			}
			if !ok {
				continue // reported by DecodeMapping
			}
			k = strings.TrimSpace(k)
			v.exact[k] = a
			v.mapped[Normalize(k)] = a
			if _, err := strconv.ParseFloat(k, 64); err == nil {
				v.numeric = true
			}
		}
	}
	return v
}

// answer parses one Kano answer cell; ok is false for an unknown answer.
func (v *valueReader) answer(c string) (kano.Answer, bool) {
	if !v.numeric && len(c) == 1 && c[0] >= '1' && c[0] <= '5' {
		return v.codes[c[0]-'0'], true // the common case, without a map look-up
	}
	p := v.lookup(c)
	return p.answer, p.kind == valueMissing || p.kind == valueCode || p.kind == valueLabel
}

// kind says what a cell holds.
func (v *valueReader) kind(c string) valueKind { return v.lookup(c).kind }

func (v *valueReader) lookup(c string) parsedValue {
	if p, ok := v.cache[c]; ok {
		return p
	}
	k, a := v.parse(c)
	p := parsedValue{k, a}
	if len(v.cache) < 10000 {
		v.cache[strings.Clone(c)] = p // c may point into a block of rows
	}
	return p
}

func (v *valueReader) parse(c string) (valueKind, kano.Answer) {
	t := strings.TrimSpace(c)
	if t == "" || v.missing[strings.ToUpper(t)] {
		return valueMissing, kano.Missing
	}
	if a, ok := v.exact[t]; ok {
		return mappedKind(t, a), a
	}
	if f, err := strconv.ParseFloat(t, 64); err == nil {
		if v.numeric {
			// "4.0" from a spreadsheet is the code 4.
			if f == float64(int(f)) {
				if a, ok := v.exact[strconv.Itoa(int(f))]; ok {
					return mappedKind(t, a), a
				}
			}
			return valueBadCode, kano.Missing
		}
		if f == float64(int(f)) && f >= 1 && f <= 5 {
			return valueCode, v.codes[int(f)]
		}
		return valueBadCode, kano.Missing
	}
	n := Normalize(t)
	if a, ok := v.mapped[n]; ok {
		return mappedKind(t, a), a
	}
	if a, ok := v.labels[n]; ok {
		return valueLabel, a
	}
	return valueUnknown, kano.Missing
}

func mappedKind(t string, a kano.Answer) valueKind {
	if a == kano.Missing {
		return valueMissing
	}
	if _, err := strconv.ParseFloat(t, 64); err == nil {
		return valueCode
	}
	return valueLabel
}

// importance parses a 1-9 importance: a number, or a label that starts with
// one ("9 - Extremely important"); missing tokens are no answer (0).
func (v *valueReader) importance(c string) (int, bool) {
	if len(c) == 1 && c[0] >= '1' && c[0] <= '9' {
		return int(c[0] - '0'), true // the common case, without allocation or parsing
	}
	if v != nil && v.missing[strings.ToUpper(strings.TrimSpace(c))] {
		return 0, true
	}
	return importance(c)
}

// importance parses a 1-9 importance: a number, or a label that starts with one ("9 - Extremely important").
func importance(cell string) (int, bool) {
	t := strings.TrimSpace(cell)
	if t == "" {
		return 0, true
	}
	end := 0
	for end < len(t) && t[end] >= '0' && t[end] <= '9' {
		end++
	}
	if end == 0 {
		return 0, false
	}
	if end < len(t) {
		rest := strings.TrimSpace(t[end:])
		// "7.0" from a spreadsheet number is fine, and so is German Excel's
		// "7,0"; "7.5" and "7x" are not.
		if strings.HasPrefix(rest, ".") {
			if f, err := strconv.ParseFloat(t, 64); err != nil || f != float64(int(f)) {
				return 0, false
			}
		} else if strings.HasPrefix(rest, ",") {
			if strings.Trim(rest[1:], "0") != "" || len(rest) == 1 {
				return 0, false
			}
		} else if r, _ := utf8.DecodeRuneInString(rest); rest != "" && !strings.ContainsRune("-–—:=", r) {
			return 0, false
		}
	}
	n, err := strconv.Atoi(t[:end])
	if err != nil || n < 1 || n > 9 {
		return 0, false
	}
	return n, true
}
