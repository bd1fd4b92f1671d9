package survey

import (
	"errors"
	"sort"
	"strings"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/kano"
)

// Inspection is how the reader understands one export: the tool, the header
// rows and the respondent id it found, what every column is and why, the
// answers it recognised and the values it did not, and the problems that
// keep the file from being read.
type Inspection struct {
	Stats
	Columns []Column `json:"columns"`
	// Answers are the distinct answer values found in the answer columns,
	// what they mean and how often they occur.
	Answers []AnswerValue `json:"answers"`
	// Unknown are values of answer columns that are no answer dsc knows.
	Unknown  []UnknownValue `json:"unknown"`
	Problems []diag.Problem `json:"problems"`
	// Truncated says that more distinct values were seen than are listed.
	Truncated bool `json:"truncated,omitempty"`
	// MissingSegment is the segment column asked for but not found.
	MissingSegment string `json:"missing_segment,omitempty"`
	// Waves are the waves a wave column names (Stats.WaveColumn), with
	// their rows; the file is inspected wave by wave, as it is read.
	Waves []WaveCount `json:"waves,omitempty"`
}

// AnswerValue is one answer wording or code and how often it was given.
type AnswerValue struct {
	Value  string `json:"value"`
	Answer string `json:"answer"` // like, expect, neutral, live with, dislike, missing
	Kind   string `json:"kind"`   // code, label or missing
	Count  int    `json:"count"`
}

// UnknownValue is a value of an answer column that is not an answer.
type UnknownValue struct {
	Column string `json:"column"`
	Value  string `json:"value"`
	Count  int    `json:"count"`
}

// maxValues bounds the distinct values an inspection keeps, so memory stays
// flat on a file of free text.
const maxValues = 200

// inspector counts the values of the answer columns.
type inspector struct {
	answers   map[string]*AnswerValue
	unknown   map[[2]string]int
	truncated bool
}

func (in *inspector) see(cols []Column, i int, raw string, p parsedValue) {
	v := strings.Clone(strings.TrimSpace(raw)) // raw may point into a block of rows
	switch p.kind {
	case valueMissing, valueCode, valueLabel:
		if v == "" {
			v = "(blank)"
		}
		a := in.answers[v]
		if a == nil {
			if len(in.answers) >= maxValues {
				in.truncated = true
				return
			}
			kind := map[valueKind]string{valueMissing: "missing", valueCode: "code", valueLabel: "label"}[p.kind]
			a = &AnswerValue{Value: v, Answer: answerName(p.answer), Kind: kind}
			in.answers[v] = a
		}
		a.Count++
	default:
		key := [2]string{cols[i].Ref, v}
		if _, ok := in.unknown[key]; !ok && len(in.unknown) >= maxValues {
			in.truncated = true
			return
		}
		in.unknown[key]++
	}
}

func answerName(a kano.Answer) string {
	if a == kano.Missing {
		return "missing"
	}
	return a.Name()
}

// Inspect reads an export as Read does and reports how it understood it.
// Problems are part of the inspection; the error is for files that cannot
// be read at all (I/O). A file with a wave column is read once per wave,
// as the analysis reads it, and the waves' findings are added up.
func Inspect(src Source, cfg Config) (*Inspection, error) {
	if src.WaveColumn == nil || src.Wave != "" {
		return inspectOne(src, cfg)
	}
	waves, err := Waves(src, cfg)
	var probs diag.List
	if err != nil {
		var de *diag.Error
		if !errors.As(err, &de) {
			return nil, err
		}
		probs.Append(de.Problems...)
	}
	if len(waves) == 0 {
		// No wave to read (the column is missing, or no cell is a wave):
		// the columns still show what the file holds.
		in, err := inspectOne(src, cfg)
		if err != nil {
			return nil, err
		}
		probs.Append(in.Problems...)
		in.Problems = append([]diag.Problem{}, probs.Sorted()...)
		return in, nil
	}
	var all *Inspection
	for _, w := range waves {
		part := src
		part.Wave = w.Wave
		cfg.IDs = NewIDRegistry() // a respondent may answer once per wave
		in, err := inspectOne(part, cfg)
		if err != nil {
			return nil, err
		}
		probs.Append(in.Problems...)
		if all == nil {
			all = in
			continue
		}
		all.add(in)
	}
	all.Wave, all.Waves, all.Problems = "", waves, append([]diag.Problem{}, probs.Sorted()...)
	all.sortValues()
	return all, nil
}

// add counts the findings of another wave's read of the same file.
func (in *Inspection) add(o *Inspection) {
	in.Respondents += o.Respondents
	in.Stats.Answers += o.Stats.Answers
	in.Blank += o.Blank
	addLeftOut(&in.LeftOut, o.LeftOut)
	in.Truncated = in.Truncated || o.Truncated
	answers := map[string]int{}
	for i, a := range in.Answers {
		answers[a.Value] = i
	}
	for _, a := range o.Answers {
		if i, ok := answers[a.Value]; ok {
			in.Answers[i].Count += a.Count
			continue
		}
		in.Answers = append(in.Answers, a)
	}
	unknown := map[[2]string]int{}
	for i, u := range in.Unknown {
		unknown[[2]string{u.Column, u.Value}] = i
	}
	for _, u := range o.Unknown {
		if i, ok := unknown[[2]string{u.Column, u.Value}]; ok {
			in.Unknown[i].Count += u.Count
			continue
		}
		in.Unknown = append(in.Unknown, u)
	}
}

// inspectOne inspects one read of the file.
func inspectOne(src Source, cfg Config) (*Inspection, error) {
	r := newReader(src, cfg, kano.NewSurvey())
	r.inspect = &inspector{answers: map[string]*AnswerValue{}, unknown: map[[2]string]int{}}
	err := r.read()
	in := &Inspection{Stats: *r.stats, Columns: r.columns, Answers: []AnswerValue{}, Unknown: []UnknownValue{}, Problems: []diag.Problem{}}
	if in.Columns == nil {
		in.Columns = []Column{}
	}
	if err != nil {
		var de *diag.Error
		if !errors.As(err, &de) {
			return nil, err
		}
		in.Problems = de.Problems
	}
	for _, a := range r.inspect.answers {
		in.Answers = append(in.Answers, *a)
	}
	for k, n := range r.inspect.unknown {
		in.Unknown = append(in.Unknown, UnknownValue{Column: k[0], Value: k[1], Count: n})
	}
	in.sortValues()
	in.Truncated = r.inspect.truncated
	if r.segmentMissing {
		in.MissingSegment = cfg.SegmentBy
	}
	return in, nil
}

// sortValues orders the answers found as the scale runs, and the values
// that are no answers by column, then most frequent first.
func (in *Inspection) sortValues() {
	order := map[string]int{"like": 1, "expect": 2, "neutral": 3, "live with": 4, "dislike": 5, "missing": 6}
	sort.Slice(in.Answers, func(i, j int) bool {
		a, b := in.Answers[i], in.Answers[j]
		if order[a.Answer] != order[b.Answer] {
			return order[a.Answer] < order[b.Answer]
		}
		return a.Value < b.Value
	})
	sort.Slice(in.Unknown, func(i, j int) bool {
		a, b := in.Unknown[i], in.Unknown[j]
		if len(a.Column) != len(b.Column) {
			return len(a.Column) < len(b.Column)
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Value < b.Value
	})
}
