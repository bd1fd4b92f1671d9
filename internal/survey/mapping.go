package survey

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/yamlx"
	"github.com/dsc-workbench/dsc/kano"
)

// Mapping settles what the reader cannot tell from an export by itself. It
// lives next to the export as NAME.map.yaml. Every part is optional; most
// exports need none, or a line or two (see docs/surveys.md):
//
//	questions:   one line per question stem: its kind, and the entry when the text does not name it
//	items:       the entries that grid rows or sub-questions stand for (LimeSurvey's SQ001 codes)
//	columns:     one line per column, by header text or by position (blank or repeated headers)
//	values:      what the answer codes mean (A1..A5, 0..4, 5 = like ...), one line per code set
//	labels:      answer wordings in other languages
//	missing:     extra "no answer" tokens
//	segments:    the segment id of dsc.yaml that each value of the segment column stands for
//	respondent, header_rows, sheet, layout, codes, attributes: the file's shape
type Mapping struct {
	Loc        yamlx.Loc
	Respondent string              `yaml:"respondent"`
	HeaderRows int                 `yaml:"header_rows"`
	Sheet      string              `yaml:"sheet"`
	Layout     string              `yaml:"layout"`
	Codes      string              `yaml:"codes"`
	Values     map[string]string   `yaml:"values"`
	Missing    []string            `yaml:"missing"`
	Attributes map[string]string   `yaml:"attributes"`
	Segments   map[string]string   `yaml:"segments"`
	Questions  []QuestionStem      `yaml:"questions"`
	Items      map[string]string   `yaml:"items"`
	Columns    []MappedColumn      `yaml:"columns"`
	Labels     map[string][]string `yaml:"labels"`
}

// QuestionStem maps every column whose question text matches Stem. "*" in
// the stem stands for the words that name the feature; they are looked up
// among the catalog's names and aliases unless Entry names it. Entries
// names the features of repeated identical questions in order (a form with
// one section per feature).
type QuestionStem struct {
	Loc      yamlx.Loc
	Stem     string   `yaml:"stem,required"`
	Question string   `yaml:"question"`
	Entry    string   `yaml:"entry"`
	Entries  []string `yaml:"entries"`
}

// MappedColumn maps one column, named by its header text or by its
// position (a spreadsheet letter such as "G", or a number from 1).
type MappedColumn struct {
	Loc      yamlx.Loc
	Header   string `yaml:"header"`
	Column   string `yaml:"column"`
	Entry    string `yaml:"entry"`
	Question string `yaml:"question,required"`
}

// Question kinds of a Kano survey (kano.QuestionKinds), and Ignore for a
// column to leave out.
const (
	Functional    = string(kano.QuestionFunctional)
	Dysfunctional = string(kano.QuestionDysfunctional)
	Importance    = string(kano.QuestionImportance)
	Ignore        = "ignore"
)

// Code orders: how the numbers 1-5 map to answers.
const (
	LikeFirst    = "like-first"    // 1 like, 2 expect, 3 neutral, 4 live with, 5 dislike
	DislikeFirst = "dislike-first" // 1 dislike ... 5 like, as some tools export
)

// answerKeys are the answer names of the labels and values sections.
var answerKeys = map[string]kano.Answer{"like": kano.Like, "expect": kano.Expect, "neutral": kano.Neutral, "live-with": kano.LiveWith, "dislike": kano.Dislike}

// missingKey in values marks a code as "no answer".
const missingKey = "missing"

// maxStars bounds the "*" in one stem, which bounds the work of matching it.
const maxStars = 3

// DecodeMapping parses a mapping file and checks what can be checked
// without the export: question kinds, code order, answer names, positions,
// duplicates.
func DecodeMapping(file string, data []byte) (*Mapping, []diag.Problem) {
	var m Mapping
	probs := yamlx.Decode(file, data, &m)
	var l diag.List
	l.Append(probs...)
	at := func(loc yamlx.Loc, key, msg, hint string) {
		p := loc.At(key)
		l.Add(file, p.Line, p.Col, msg, hint)
	}
	if m.Codes != "" && m.Codes != LikeFirst && m.Codes != DislikeFirst {
		at(m.Loc, "codes", fmt.Sprintf("unknown code order %q", m.Codes), `allowed: "like-first" (1 = like), "dislike-first" (1 = dislike); for other codes use values:`)
	}
	if m.Codes != "" && len(m.Values) > 0 {
		at(m.Loc, "codes", "codes and values both say what the codes mean", "keep values: and remove codes:")
	}
	if m.Layout != "" && m.Layout != "wide" && m.Layout != "long" {
		at(m.Loc, "layout", fmt.Sprintf("unknown layout %q", m.Layout), `allowed: "wide", "long"`)
	}
	if m.HeaderRows < 0 || m.HeaderRows > 10 {
		at(m.Loc, "header_rows", fmt.Sprintf("header_rows %d is out of range", m.HeaderRows), "give the number of rows above the first answers, 1 to 10")
	}
	answerNames := []string{"like", "expect", "neutral", "live-with", "dislike"}
	for _, k := range sortedKeys(m.Values) {
		v := m.Values[k]
		if strings.TrimSpace(v) == "" {
			at(m.Loc, "values."+k+".value", fmt.Sprintf("value %q is still \"\"", k), "choose what the code means: like, expect, neutral, live-with, dislike or missing")
			continue
		}
		if _, ok := answerKeys[v]; !ok && v != missingKey {
			at(m.Loc, "values."+k+".value", fmt.Sprintf("unknown answer %q for value %q", v, k), diag.DidYouMean(v, append(answerNames, missingKey)))
		}
	}
	for _, k := range sortedKeys(m.Labels) {
		if _, ok := answerKeys[k]; !ok {
			at(m.Loc, "labels."+k, fmt.Sprintf("unknown answer %q under labels", k), diag.DidYouMean(k, answerNames))
		}
	}
	for _, k := range sortedKeys(m.Items) {
		if strings.TrimSpace(m.Items[k]) == "" {
			at(m.Loc, "items."+k+".value", fmt.Sprintf("item %q is still \"\"", k), "write the catalog entry it asks about, or ignore")
		}
	}
	for _, k := range sortedKeys(m.Attributes) {
		if strings.TrimSpace(m.Attributes[k]) == "" {
			at(m.Loc, "attributes."+k+".value", fmt.Sprintf("attribute %q is still \"\"", k), "name what the column says about the respondent (segment for the segment column), or remove the line")
		}
	}
	for _, k := range sortedKeys(m.Segments) {
		if strings.TrimSpace(m.Segments[k]) == "" {
			at(m.Loc, "segments."+k+".value", fmt.Sprintf("segment %q is still \"\"", k), "write the segment id of dsc.yaml it stands for")
		}
	}
	kinds := []string{Functional, Dysfunctional, Importance, Ignore}
	seenStem := map[string]yamlx.Pos{}
	for _, q := range m.Questions {
		if q.Question == "" && q.Loc.Has("question") {
			at(q.Loc, "question", "question is still \"\"", "choose functional (the feature is there), dysfunctional (it is not), importance or ignore")
		}
		if n := countBlank(q.Entries); n > 0 {
			at(q.Loc, "entries", fmt.Sprintf("entries still holds %d \"\"", n), "list the catalog entry of each repeated question, in column order")
		}
		if q.Question != "" && !isKind(q.Question) {
			at(q.Loc, "question", fmt.Sprintf("unknown question kind %q", q.Question), diag.DidYouMean(q.Question, kinds))
		}
		if q.Entry != "" && len(q.Entries) > 0 {
			at(q.Loc, "entries", "a stem has entry or entries, not both", "entry: one feature; entries: the features of repeated questions, in order")
		}
		if p := parseStem(q.Stem); p.stars > maxStars {
			at(q.Loc, "stem", fmt.Sprintf("the stem has %d \"*\"; at most %d", p.stars, maxStars), "use one \"*\" where the feature's name stands")
		} else if q.Stem != "" && len(p.parts) == 1 && len(p.parts[0]) == 0 {
			at(q.Loc, "stem", "the stem has no words", "copy the question text from the export, with \"*\" where the feature's name stands")
		}
		key := strings.Join(words(q.Stem), " ")
		if first, dup := seenStem[key]; dup && q.Stem != "" {
			at(q.Loc, "stem", fmt.Sprintf("stem %q is mapped twice (also at line %d)", q.Stem, first.Line), "map each stem once")
		}
		seenStem[key] = q.Loc.At("stem")
	}
	seen := map[string]yamlx.Pos{}
	for _, c := range m.Columns {
		if c.Question == "" && c.Loc.Has("question") {
			at(c.Loc, "question", "question is still \"\"", "choose functional, dysfunctional, importance or ignore")
		}
		if c.Entry == "" && c.Loc.Has("entry") && c.Question != Ignore {
			at(c.Loc, "entry", "entry is still \"\"", "write the catalog entry the column asks about, or question: ignore")
		}
		if c.Question != "" && !isKind(c.Question) && c.Question != "feature" {
			at(c.Loc, "question", fmt.Sprintf("unknown question kind %q", c.Question), diag.DidYouMean(c.Question, append(kinds, "feature")))
		}
		switch {
		case c.Header == "" && c.Column == "":
			at(c.Loc, "header", "the column line names no column", `add header: "the header text" or column: G (its position)`)
		case c.Column != "":
			if _, ok := ColumnIndex(c.Column); !ok {
				at(c.Loc, "column", fmt.Sprintf("%q is not a column position", c.Column), "give a spreadsheet letter such as G or AB, or a number from 1")
			}
		}
		// The long layout's answer columns and its feature column have no
		// entry: each row's feature cell names it.
		if c.Entry == "" && !c.Loc.Has("entry") && c.Question != Ignore && c.Question != "" && c.Question != "feature" && m.Layout != "long" {
			at(c.Loc, "entry", "the column line names no entry", "add entry: with the catalog id, or question: ignore")
		}
		key := "header:" + c.Header
		if c.Column != "" {
			key = "column:" + strings.ToUpper(c.Column)
		}
		if first, dup := seen[key]; dup {
			what := fmt.Sprintf("header %q", c.Header)
			if c.Column != "" {
				what = "column " + c.Column
			}
			at(c.Loc, strings.SplitN(key, ":", 2)[0], fmt.Sprintf("%s is mapped twice (also at line %d)", what, first.Line), "map each column once")
		}
		seen[key] = c.Loc.At(strings.SplitN(key, ":", 2)[0])
	}
	return &m, l.Sorted()
}

// countBlank counts the "" a draft left in a list.
func countBlank(list []string) int {
	n := 0
	for _, s := range list {
		if strings.TrimSpace(s) == "" {
			n++
		}
	}
	return n
}

func isKind(q string) bool {
	return q == Functional || q == Dysfunctional || q == Importance || q == Ignore
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// ColumnIndex reads a column position: a spreadsheet letter ("A", "AB") or
// a number from 1. It returns the 0-based index.
func ColumnIndex(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if n, err := strconv.Atoi(s); err == nil {
		return n - 1, n >= 1 && n <= 1<<14
	}
	if s == "" || len(s) > 3 {
		return 0, false
	}
	n := 0
	for _, r := range strings.ToUpper(s) {
		if r < 'A' || r > 'Z' {
			return 0, false
		}
		n = n*26 + int(r-'A'+1)
	}
	return n - 1, n <= 1<<14
}

// ColumnLetter names a 0-based column as a spreadsheet does: 0 -> A, 27 -> AB.
func ColumnLetter(i int) string {
	var b []byte
	for n := i + 1; n > 0; n = (n - 1) / 26 {
		b = append([]byte{byte('A' + (n-1)%26)}, b...)
	}
	return string(b)
}

// labels returns the built-in wordings plus the mapping's own.
func (m *Mapping) labels() Labels {
	l := DefaultLabels()
	if m == nil {
		return l
	}
	for k, texts := range m.Labels {
		if a, ok := answerKeys[k]; ok {
			for _, t := range texts {
				l.Add(a, t)
			}
		}
	}
	return l
}

// file is how messages name the mapping file.
func (m *Mapping) file() string { return m.Loc.File }

// IsMappingFile reports whether a file name is a survey mapping (X.map.yaml).
func IsMappingFile(name string) bool {
	return strings.HasSuffix(name, ".map.yaml") || strings.HasSuffix(name, ".map.yml")
}

// MappingFor is the conventional mapping file of a survey export: surveys/x.csv -> surveys/x.map.yaml.
func MappingFor(file string) string {
	return strings.TrimSuffix(file, path.Ext(file)) + ".map.yaml"
}

// OpenFile describes a survey file on disk scored without a workspace, with
// the mapping file next to it when there is one. A missing file is
// reported as os.ErrNotExist; a bad mapping as a *diag.Error.
func OpenFile(name, sheet string) (Source, error) {
	abs, err := filepath.Abs(name)
	if err != nil {
		return Source{}, err
	}
	if _, err := os.Stat(abs); err != nil {
		return Source{}, err
	}
	src := Source{FS: os.DirFS(filepath.Dir(abs)), Path: filepath.Base(abs), Display: name, Sheet: sheet, Key: abs}
	data, err := os.ReadFile(MappingFor(abs))
	if errors.Is(err, os.ErrNotExist) {
		return src, nil
	}
	if err != nil {
		return Source{}, fmt.Errorf("read mapping: %w", err)
	}
	m, probs := DecodeMapping(MappingFor(name), data)
	if len(probs) > 0 {
		return Source{}, &diag.Error{Problems: probs}
	}
	src.Mapping = m
	return src, nil
}
