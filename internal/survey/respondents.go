package survey

import (
	"fmt"
	"hash/maphash"
	"strings"
)

// IDRegistry remembers the respondents seen in the files of one survey wave
// by a hash of their ids: memory grows by a few bytes per respondent, never
// with their answers. The same panel respondent in two waves is fine; give
// each wave its own registry.
type IDRegistry struct {
	seed  maphash.Seed
	seen  map[uint64]idPlace
	files []string
}

// idPlace is where an id was first seen: a file of the registry and a line.
type idPlace struct {
	file uint32
	line uint32
}

// NewIDRegistry starts an empty registry.
func NewIDRegistry() *IDRegistry {
	return &IDRegistry{seed: maphash.MakeSeed(), seen: map[uint64]idPlace{}}
}

// addFile registers a file and returns its number.
func (g *IDRegistry) addFile(display string) uint32 {
	g.files = append(g.files, display)
	return uint32(len(g.files) - 1)
}

// see records key at file:line and returns where it was seen first, if it was.
func (g *IDRegistry) see(key string, file uint32, line int) (idPlace, bool) {
	h := maphash.String(g.seed, key)
	if first, ok := g.seen[h]; ok {
		return first, true
	}
	g.seen[h] = idPlace{file, uint32(line)}
	return idPlace{}, false
}

// where names a place for messages: "surveys/a.csv:7".
func (g *IDRegistry) where(p idPlace) string {
	return fmt.Sprintf("%s:%d", g.files[p.file], p.line)
}

// respondentCheck finds respondent ids seen twice: in this file, and
// through the wave's registry in the other files of the wave.
type respondentCheck struct {
	col    int // the id column, -1 without one
	with   int // for tools that number respondents per export: the start-time column
	local  *IDRegistry
	wave   *IDRegistry // nil when ids are only unique within the file
	lfile  uint32
	wfile  uint32
	reader *reader
	// rows: no id column, but a timestamp to the second in every row
	// (Google Forms): a row equal in every cell is the same response.
	rows bool
}

func (r *reader) newRespondentCheck(col int, cols []Column, p *profile) *respondentCheck {
	rc := &respondentCheck{col: col, with: -1, reader: r, rows: col < 0 && p != nil && p.tool == GoogleForms}
	wave := r.cfg.IDs
	local := p != nil && p.localIDs
	if wave != nil && local {
		// Ids like 1, 2, 3 repeat in every export of the tool: across
		// files a response is the same only with the same start time.
		wave = nil
		for i, c := range cols {
			if c.Kind == KindMetadata && containsNormalized(p.idWith, c.Text) {
				rc.with, wave = i, r.cfg.IDs
				break
			}
		}
	}
	if wave != nil {
		rc.wave = wave
		rc.wfile = wave.addFile(r.src.Display)
	}
	if wave == nil || rc.with >= 0 {
		// The file's own check; otherwise the wave's registry serves for
		// both, one hash per respondent.
		rc.local = NewIDRegistry()
		rc.lfile = rc.local.addFile(r.src.Display)
	}
	return rc
}

// check records the respondent of a row and reports a duplicate id.
func (rc *respondentCheck) check(row []string, line int) {
	if rc.rows {
		rc.checkRow(row, line)
		return
	}
	if rc.col < 0 {
		return
	}
	id := trimSpace(cell(row, rc.col))
	if id == "" {
		return
	}
	r := rc.reader
	if rc.local != nil {
		if first, dup := rc.local.see(id, rc.lfile, line); dup {
			rc.again(line, id, first.line)
			return
		}
	}
	if rc.wave == nil {
		return
	}
	key := id
	if rc.with >= 0 {
		key += "\x00" + trimSpace(cell(row, rc.with))
	}
	first, dup := rc.wave.see(key, rc.wfile, line)
	switch {
	case !dup:
	case first.file == rc.wfile:
		rc.again(line, id, first.line)
	default:
		r.cellProblem(line, rc.col+1, fmt.Sprintf("respondent %q is also in %s", id, rc.wave.where(first)),
			"the same response in two files counts twice: remove the file that repeats it, or if the files are waves of a panel, give each its wave: in dsc.yaml")
	}
}

func (rc *respondentCheck) again(line int, id string, first uint32) {
	rc.reader.cellProblem(line, rc.col+1, fmt.Sprintf("respondent %q is also at line %d of this file", id, first),
		"remove the duplicate response: each respondent counts once")
}

// checkRow finds a response without an id that is there twice: every cell
// the same, its timestamp included (a second download of the same form).
func (rc *respondentCheck) checkRow(row []string, line int) {
	key := strings.Join(row, "\x1f")
	if rc.local != nil {
		if first, dup := rc.local.see(key, rc.lfile, line); dup {
			rc.sameRow(line, rc.local.where(first), first.file == rc.lfile, first.line)
			return
		}
	}
	if rc.wave == nil {
		return
	}
	if first, dup := rc.wave.see(key, rc.wfile, line); dup {
		rc.sameRow(line, rc.wave.where(first), first.file == rc.wfile, first.line)
	}
}

func (rc *respondentCheck) sameRow(line int, where string, sameFile bool, firstLine uint32) {
	msg := fmt.Sprintf("this response is also in %s: every cell the same, the timestamp too", where)
	if sameFile {
		msg = fmt.Sprintf("this response repeats line %d: every cell the same, the timestamp too", firstLine)
	}
	rc.reader.cellProblem(line, 1, msg, "remove the repeated response (a second download of the same form?): each respondent counts once")
}
