package survey

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/yamlx"
	"github.com/dsc-workbench/dsc/kano"
)

// Mapping tells the reader how to read an export whose headers are question
// texts: which column is which feature and question, which holds the
// respondent id, how attributes are named, how answers are coded, and extra
// answer wordings. It lives next to the export as NAME.map.yaml.
type Mapping struct {
	Loc        yamlx.Loc
	Respondent string              `yaml:"respondent"`
	Sheet      string              `yaml:"sheet"`
	Layout     string              `yaml:"layout"`
	Codes      string              `yaml:"codes"`
	Attributes map[string]string   `yaml:"attributes"`
	Columns    []MappedColumn      `yaml:"columns"`
	Labels     map[string][]string `yaml:"labels"`
}

// MappedColumn maps one header to a catalog entry and a question kind.
type MappedColumn struct {
	Loc      yamlx.Loc
	Header   string `yaml:"header,required"`
	Entry    string `yaml:"entry,required"`
	Question string `yaml:"question,required"`
}

// Question kinds of a Kano survey.
const (
	Functional    = "functional"
	Dysfunctional = "dysfunctional"
	Importance    = "importance"
)

// Code orders: how the numbers 1-5 map to answers.
const (
	LikeFirst    = "like-first"    // 1 like, 2 expect, 3 neutral, 4 live with, 5 dislike
	DislikeFirst = "dislike-first" // 1 dislike ... 5 like, as some tools export
)

// answerKeys are the keys of the labels section.
var answerKeys = map[string]kano.Answer{"like": kano.Like, "expect": kano.Expect, "neutral": kano.Neutral, "live-with": kano.LiveWith, "dislike": kano.Dislike}

// DecodeMapping parses a mapping file and checks what can be checked
// without the export: question kinds, code order, label keys, duplicates.
func DecodeMapping(file string, data []byte) (*Mapping, []diag.Problem) {
	var m Mapping
	probs := yamlx.Decode(file, data, &m)
	var l diag.List
	l.Append(probs...)
	if m.Codes != "" && m.Codes != LikeFirst && m.Codes != DislikeFirst {
		p := m.Loc.At("codes")
		l.Add(file, p.Line, p.Col, fmt.Sprintf("unknown code order %q", m.Codes), `allowed: "like-first" (1 = like), "dislike-first" (1 = dislike)`)
	}
	if m.Layout != "" && m.Layout != "wide" && m.Layout != "long" {
		p := m.Loc.At("layout")
		l.Add(file, p.Line, p.Col, fmt.Sprintf("unknown layout %q", m.Layout), `allowed: "wide", "long"`)
	}
	seen := map[string]yamlx.Pos{}
	for _, c := range m.Columns {
		if c.Question != "" && c.Question != Functional && c.Question != Dysfunctional && c.Question != Importance {
			p := c.Loc.At("question")
			l.Add(file, p.Line, p.Col, fmt.Sprintf("unknown question kind %q", c.Question), `allowed: "functional", "dysfunctional", "importance"`)
		}
		if first, dup := seen[c.Header]; dup && c.Header != "" {
			p := c.Loc.At("header")
			l.Add(file, p.Line, p.Col, fmt.Sprintf("header %q is mapped twice (also at line %d)", c.Header, first.Line), "map each column once")
		}
		seen[c.Header] = c.Loc.At("header")
	}
	keys := []string{"like", "expect", "neutral", "live-with", "dislike"}
	for k := range m.Labels {
		if _, ok := answerKeys[k]; !ok {
			p := m.Loc.At("labels." + k)
			l.Add(file, p.Line, p.Col, fmt.Sprintf("unknown answer %q under labels", k), diag.DidYouMean(k, keys))
		}
	}
	return &m, l.Sorted()
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
	src := Source{FS: os.DirFS(filepath.Dir(abs)), Path: filepath.Base(abs), Display: name, Sheet: sheet}
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
