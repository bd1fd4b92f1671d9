package survey

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/kano"
)

// Source is one survey file to read.
type Source struct {
	FS      fs.FS
	Path    string // inside FS
	Display string // how messages name the file
	Sheet   string
	Layout  string // "", "wide" or "long"
	Mapping *Mapping
}

// Config says what the reader checks answers against.
type Config struct {
	// Entries are the catalog ids features must name; nil accepts any id
	// (scoring a spreadsheet without a workspace).
	Entries map[string]bool
	// SegmentBy names the attribute column that splits respondents into segments.
	SegmentBy string
}

// Stats describes what was read from one file.
type Stats struct {
	File        string   `json:"file"`
	Format      string   `json:"format"`
	Layout      string   `json:"layout"`
	Respondents int      `json:"respondents"`
	Answers     int      `json:"answers"`
	Blank       int      `json:"blank_answers"`
	Features    []string `json:"features"`
	Attributes  []string `json:"attributes"`
	SegmentBy   string   `json:"segment_by,omitempty"`
}

// maxCellProblems caps how many bad cells are listed; the rest are counted.
const maxCellProblems = 1000

// Read streams the answers of src into s. Invalid input comes back as a
// *diag.Error listing every problem; I/O failures as plain errors.
func Read(src Source, cfg Config, s *kano.Survey) (Stats, error) {
	// Stats name the file as the workspace does (surveys/x.csv), not as a
	// path was typed, so that report.json is the same wherever it is made.
	st := Stats{File: src.Path, Features: []string{}, Attributes: []string{}}
	r := &reader{src: src, cfg: cfg, survey: s, stats: &st, labels: src.Mapping.labels(), cache: map[string]kano.Answer{}}
	r.codes = [6]kano.Answer{0, kano.Like, kano.Expect, kano.Neutral, kano.LiveWith, kano.Dislike}
	if src.Mapping != nil && src.Mapping.Codes == DislikeFirst {
		r.codes = [6]kano.Answer{0, kano.Dislike, kano.LiveWith, kano.Neutral, kano.Expect, kano.Like}
	}
	var err error
	switch strings.ToLower(path.Ext(src.Path)) {
	case ".csv", ".txt":
		st.Format = "csv"
		err = r.readTable(newCSVTable)
	case ".xlsx", ".xlsm":
		st.Format = "xlsx"
		err = r.readTable(newXLSXTable)
	case ".yaml", ".yml":
		st.Format = "yaml"
		err = r.readYAML()
	default:
		return st, &diag.Error{Problems: []diag.Problem{{File: src.Display, Msg: "unknown survey file type " + strconv.Quote(path.Ext(src.Path)),
			Hint: "export the survey as CSV, XLSX or YAML"}}}
	}
	if err != nil {
		return st, err
	}
	if r.dropped > 0 {
		r.probs.Add(src.Display, 0, 0, fmt.Sprintf("%d more bad cells not listed", r.dropped), "fix the ones above and run again")
	}
	sort.Strings(st.Attributes)
	return st, r.probs.Err()
}

type reader struct {
	src     Source
	cfg     Config
	survey  *kano.Survey
	stats   *Stats
	labels  Labels
	cache   map[string]kano.Answer
	codes   [6]kano.Answer
	probs   diag.List
	cells   int
	dropped int
}

// cellProblem records a bad cell, up to the cap.
func (r *reader) cellProblem(line, col int, msg, hint string) {
	r.cells++
	if r.cells > maxCellProblems {
		r.dropped++
		return
	}
	r.probs.Add(r.src.Display, line, col, msg, hint)
}

// answer parses one Kano answer cell; ok is false for an unknown answer.
func (r *reader) answer(cell string) (kano.Answer, bool) {
	if len(cell) == 1 && cell[0] >= '1' && cell[0] <= '5' {
		return r.codes[cell[0]-'0'], true
	}
	if a, ok := r.cache[cell]; ok {
		return a, a != badAnswer
	}
	t := strings.TrimSpace(cell)
	var a kano.Answer
	switch {
	case t == "":
		a = kano.Missing
	case len(t) == 1 && t[0] >= '1' && t[0] <= '5':
		a = r.codes[t[0]-'0']
	default:
		if f, err := strconv.ParseFloat(t, 64); err == nil {
			a = badAnswer
			if f == float64(int(f)) && f >= 1 && f <= 5 {
				a = r.codes[int(f)]
			}
		} else if la, ok := r.labels[Normalize(t)]; ok {
			a = la
		} else {
			a = badAnswer
		}
	}
	if len(r.cache) < 10000 {
		r.cache[cell] = a
	}
	return a, a != badAnswer
}

// badAnswer marks a cached unknown answer.
const badAnswer kano.Answer = -1

// importance parses a 1-9 importance: a number, or a label that starts with one ("9 - Extremely important").
func importance(cell string) (int, bool) {
	if len(cell) == 1 && cell[0] >= '1' && cell[0] <= '9' {
		return int(cell[0] - '0'), true // the common case, without allocation or parsing
	}
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
		// "7.0" from a spreadsheet number is fine; "7x" is not.
		if strings.HasPrefix(rest, ".") {
			if f, err := strconv.ParseFloat(t, 64); err != nil || f != float64(int(f)) {
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

// feature resolves a feature id against the catalog; known reports whether it may be used.
func (r *reader) feature(id string) (int, bool) {
	if r.cfg.Entries != nil && !r.cfg.Entries[id] {
		return 0, false
	}
	return r.survey.Feature(id), true
}

func (r *reader) unknownFeatureHint(id string) string {
	ids := make([]string, 0, len(r.cfg.Entries))
	for k := range r.cfg.Entries {
		ids = append(ids, k)
	}
	sort.Strings(ids)
	if s := diag.Suggest(id, ids); s != "" {
		return "did you mean " + diag.Quote(s) + "? map the column to a catalog id or add the entry to catalog.yaml"
	}
	return "map the column to a catalog id in the survey's mapping file, or add the entry to catalog.yaml"
}
