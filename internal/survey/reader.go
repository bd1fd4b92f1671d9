package survey

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/numfmt"
	"github.com/dsc-workbench/dsc/kano"
)

// Source is one survey file to read.
type Source struct {
	FS      fs.FS
	Path    string // inside FS
	Display string // how messages name the file
	// Key identifies the file for the "listed twice" check (an absolute
	// path, or the workspace path); "" uses Display.
	Key    string
	Sheet  string
	Layout string // "", "wide" or "long"
	Wave   string // panel wave: one respondent may answer once per wave
	// WaveColumn, when set, says each respondent's wave: only the rows
	// whose cell in it is Wave are read (wavecolumn.go).
	WaveColumn *WaveColumn
	Mapping    *Mapping
}

// Config says what the reader checks answers against.
type Config struct {
	// Catalog lists the entries features must be, with the names and
	// aliases question texts use for them; nil accepts any id (scoring a
	// spreadsheet without a workspace).
	Catalog []CatalogEntry
	// SegmentBy names the attribute column that splits respondents into segments.
	SegmentBy string
	// SegmentOptional reads a file without the SegmentBy column unsplit
	// instead of reporting it missing: SegmentBy is the default name, not
	// one the user chose.
	SegmentOptional bool
	// Segments are the segment ids of dsc.yaml; when set, every segment
	// value must be one of them (or a label the mapping's segments: maps
	// to one).
	Segments []string
	// IDs, when set, is shared by the files of one wave so a respondent
	// seen in two of them is reported; nil checks within the file only.
	IDs *IDRegistry
	// Responses, when set, is shared by the reads of every wave, so the
	// same response in two waves is found (crosswave.go).
	Responses *Responses
	// Screening, when set, drops respondents with too many questionable or
	// indifferent answers.
	Screening *Screening
}

// Stats describes what was read from one file and how.
type Stats struct {
	File   string `json:"file"`
	Format string `json:"format"`
	FileInfo
	// Tool is the survey tool the header shows ("" for a plain table).
	Tool string `json:"tool,omitempty"`
	// HeaderRows is how many rows above the answers were read as header.
	HeaderRows int `json:"header_rows,omitempty"`
	// RespondentColumn is the respondent id column ("" when respondents
	// are numbered by row).
	RespondentColumn string `json:"respondent_column,omitempty"`
	Wave             string `json:"wave,omitempty"`
	// WaveColumn is the column that says each respondent's wave, when one
	// does: only the rows of Wave were read.
	WaveColumn  string       `json:"wave_column,omitempty"`
	Layout      string       `json:"layout"`
	Respondents int          `json:"respondents"`
	Answers     int          `json:"answers"`
	Blank       int          `json:"blank_answers"`
	Screened    *ScreenStats `json:"screened,omitempty"`
	// LeftOut counts the responses read but not counted as respondents:
	// without any Kano answer, or marked by the tool as preview or spam.
	LeftOut    *LeftOut `json:"left_out,omitempty"`
	Features   []string `json:"features"`
	Attributes []string `json:"attributes"`
	SegmentBy  string   `json:"segment_by,omitempty"`
}

// maxCellProblems caps how many bad cells are listed; the rest are counted.
const maxCellProblems = 1000

// Read streams the answers of src into s. Invalid input comes back as a
// *diag.Error listing every problem; I/O failures as plain errors.
func Read(src Source, cfg Config, s *kano.Survey) (Stats, error) {
	r := newReader(src, cfg, s)
	err := r.read()
	return *r.stats, err
}

// unmatchedSaid reports whether another message already explains columns
// that match no feature: a mapping line that matched nothing, or a catalog
// entry whose names could not be read. One mistake, one message.
func (r *reader) unmatchedSaid() bool { return r.mappingMisses || r.catalogUnread }

func newReader(src Source, cfg Config, s *kano.Survey) *reader {
	st := &Stats{File: src.Display, Wave: src.Wave, Features: []string{}, Attributes: []string{}}
	r := &reader{src: src, cfg: cfg, survey: s, stats: st, values: newValueReader(src.Mapping)}
	if cfg.Catalog != nil {
		r.entries = make(map[string]bool, len(cfg.Catalog))
		for _, e := range cfg.Catalog {
			r.entries[e.ID] = true
			r.catalogUnread = r.catalogUnread || e.Unread
		}
		r.matcher = newMatcher(cfg.Catalog)
	}
	return r
}

func (r *reader) read() error {
	var err error
	switch formatOf(r.src.Path) {
	case "csv":
		r.stats.Format = "csv"
		err = r.readTable(newCSVTable)
	case "xlsx":
		r.stats.Format = "xlsx"
		err = r.readTable(newXLSXTable)
	case "yaml":
		r.stats.Format = "yaml"
		err = r.readYAML()
	default:
		return &diag.Error{Problems: []diag.Problem{{File: r.src.Display, Msg: "unknown survey file type " + strconv.Quote(path.Ext(r.src.Path)),
			Hint: "export the survey as CSV, TSV, XLSX or YAML (" + strings.Join(Extensions, ", ") + ")"}}}
	}
	if err != nil {
		var de *diag.Error
		if !errors.As(err, &de) {
			if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
				return err
			}
			de = r.unreadable(err)
		}
		r.probs.Append(de.Problems...)
	}
	r.unusedSegmentLabels()
	r.addSameValues()
	if r.dropped > 0 {
		// At the first cell not listed, so it comes after the ones listed.
		r.probs.Add(r.src.Display, r.droppedAt[0], r.droppedAt[1], fmt.Sprintf("%d more bad cells not listed, the first of them here", r.dropped), "fix the ones above and run again")
	}
	sort.Strings(r.stats.Attributes)
	return r.probs.Err()
}

type reader struct {
	src     Source
	cfg     Config
	survey  *kano.Survey
	stats   *Stats
	values  *valueReader
	entries map[string]bool // nil: any id
	matcher *matcher        // nil without a catalog
	header  *header
	columns []Column
	// classified is the columns while classify checks the mapping's lines.
	classified []Column
	use        *mappingUse
	inspect    *inspector // counts values for Inspect; nil when reading
	// longHeader: the header has a column naming each row's feature, so
	// German long-layout headers (funktional, ...) are read as such.
	longHeader bool
	// segmentMissing: the segment column was not found.
	segmentMissing bool
	// segmentLineSaid: the mapping's attributes: line naming the segment
	// column matched no attribute and was reported; "segment column not
	// found" would say the same mistake again.
	segmentLineSaid bool
	// segmentsFull: the segment column has too many values (reported once).
	segmentsFull bool
	// mappingMisses: a mapping line matched nothing (a typo). The columns it
	// should have mapped are not reported again: one mistake, one message.
	mappingMisses bool
	// catalogUnread: a catalog entry's names could not be read
	// (CatalogEntry.Unread); columns left unmatched are not reported either.
	catalogUnread bool
	// segments resolves segment values to the ids of Config.Segments.
	segments   *segmentIDs
	sameValues map[string]*sameValue
	// unknownReported: unknown entries already reported, one message each.
	unknownReported map[string]bool
	probs           diag.List
	// pastedHeaders are the rows inside the data reported as repeating the
	// header, for a block of repeated ids below one to take back into its
	// one message (repeats.go).
	pastedHeaders []diag.Problem
	cells         int
	dropped       int
	droppedAt     [2]int // line and column of the first cell not listed
	// waveCol is the wave column's index when hasWave; scan, when set,
	// collects its values instead of reading answers (wavecolumn.go).
	hasWave bool
	waveCol int
	scan    *waveScan
	// inChunk: the reader counts a chunk read on another core
	// (parallel.go); crossInChunk: a response there had a time, which
	// the cross-wave check must see in file order, so the chunks are
	// discarded and the file is read on one core.
	inChunk, crossInChunk bool
	// crossLog, in a chunk of a routed read, records its responses for
	// the cross-wave check (crosswave.go).
	crossLog *crossLog
	// route, when set, hands each data row to the reader of its wave:
	// one read for all the waves of a wave column (waveroute.go).
	route *waveRoute
}

// problem is an input problem in the survey file.
func (r *reader) problem(line, col int, msg, hint string) error {
	return &diag.Error{Problems: []diag.Problem{{File: r.src.Display, Line: line, Col: col, Msg: msg, Hint: hint}}}
}

// sameValue is one unknown value and the cells that hold it: a wording
// dsc does not know is one mistake, reported once with its count.
type sameValue struct {
	problem diag.Problem
	cells   int
}

// valueProblem records a bad cell holding value; the same value in more
// cells adds to the first message's count instead of a message of its own.
func (r *reader) valueProblem(value string, line, col int, msg, hint string) {
	if r.sameValues == nil {
		r.sameValues = map[string]*sameValue{}
	}
	if sv, ok := r.sameValues[value]; ok {
		sv.cells++
		return
	}
	r.cells++
	if r.cells > maxCellProblems {
		r.drop(line, col)
		return
	}
	r.sameValues[value] = &sameValue{problem: diag.Problem{File: r.src.Display, Line: line, Col: col, Msg: msg, Hint: hint}, cells: 1}
}

// moreCells is the tail of a message that stands for more cells than its
// own: ", and 1 more cell with it", ", and 11 more cells with it".
func moreCells(n int) string {
	return ", and " + numfmt.Count(n, "more cell", "more cells") + " with it"
}

// WithMoreCells is p standing for n more cells with the same mistake
// besides its own: its message ends in the words for them and Repeats
// holds n (any count p held before is replaced).
func WithMoreCells(p diag.Problem, n int) diag.Problem {
	p = OneCell(p)
	if n > 0 {
		p.Msg += moreCells(n)
		p.Repeats = n
	}
	return p
}

// OneCell is p for its own cell alone: the inverse of WithMoreCells, by
// its typed count, for merging problems whose counts add up.
func OneCell(p diag.Problem) diag.Problem {
	if p.Repeats > 0 {
		p.Msg = strings.TrimSuffix(p.Msg, moreCells(p.Repeats))
		p.Repeats = 0
	}
	return p
}

// addSameValues lists each unknown value once, with how many cells hold it.
func (r *reader) addSameValues() {
	for _, sv := range r.sameValues {
		r.probs.Append(WithMoreCells(sv.problem, sv.cells-1))
	}
}

// cellProblem records a bad cell, up to the cap.
func (r *reader) cellProblem(line, col int, msg, hint string) {
	r.cells++
	if r.cells > maxCellProblems {
		r.drop(line, col)
		return
	}
	r.probs.Add(r.src.Display, line, col, msg, hint)
}

// drop counts a bad cell past the cap, remembering where the first was.
func (r *reader) drop(line, col int) {
	if r.dropped == 0 {
		r.droppedAt = [2]int{line, col}
	}
	r.dropped++
}

// fileError names the survey file in problems that came without one.
// unreadable turns a failure below the survey reader (a read error, a
// decoder's or scanner's error dsc has no words for) into a problem naming
// the file and a way out: no bare "short buffer" ever reaches the analyst.
func (r *reader) unreadable(err error) *diag.Error {
	line := 0
	var le *lineError
	if errors.As(err, &le) {
		line, err = le.line, le.err
	}
	return &diag.Error{Problems: []diag.Problem{{File: r.src.Display, Line: line, Col: 1,
		Msg:  "cannot read the file: " + err.Error(),
		Hint: "check that the file is complete and readable (not still being written or synced); export it again from the survey tool, and if it still fails, report it with the file"}}}
}

// lineError is a failure below the survey reader at a known line.
type lineError struct {
	line int
	err  error
}

func (e *lineError) Error() string { return fmt.Sprintf("line %d: %v", e.line, e.err) }
func (e *lineError) Unwrap() error { return e.err }

func (r *reader) fileError(err error) error {
	var de *diag.Error
	if errors.As(err, &de) {
		for i := range de.Problems {
			if de.Problems[i].File == "" {
				de.Problems[i].File = r.src.Display
			}
		}
		return de
	}
	return err
}

// feature resolves a feature id against the catalog; known reports whether it may be used.
func (r *reader) feature(id string) (int, bool) {
	if r.entries != nil && !r.entries[id] {
		return 0, false
	}
	return r.survey.Feature(id), true
}

func (r *reader) entryIDs() []string {
	ids := make([]string, 0, len(r.entries))
	for k := range r.entries {
		ids = append(ids, k)
	}
	sort.Strings(ids)
	return ids
}

func (r *reader) unknownFeatureHint(id string) string {
	if s := diag.Suggest(id, r.entryIDs()); s != "" {
		return "did you mean " + diag.Quote(s) + "? map the column to a catalog id or add the entry to catalog.yaml"
	}
	return "map the column to a catalog id in the survey's mapping file, or add the entry to catalog.yaml"
}

func cell(row []string, i int) string {
	if i < 0 || i >= len(row) {
		return ""
	}
	return row[i]
}

func blankRow(row []string) bool {
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}
