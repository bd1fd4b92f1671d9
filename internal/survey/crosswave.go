package survey

import (
	"fmt"
	"hash/maphash"
	"slices"
	"sort"
	"strings"
	"sync"
)

// A panel member may answer in every wave, but the same response must not
// count in two: a row pasted into a later wave, or one export listed as two
// waves, would count every respondent twice without a word. Responses
// compares responses across waves as the duplicate check within a wave
// compares them across files (respondents.go): by their time, parsed (see
// stamp.go), their id, their attributes and contact cells (case, spacing and
// missing tokens aside) and their answers as read; the wave aside. A panel
// member's later answer differs at least in its time. Responses without a
// time are not compared: without one, a panel member giving the same
// answers again is not a copy. The wide and the long layout and the YAML
// format are compared alike. Within a wave the respondent check does the
// work.

// Responses remembers every response read, by wave, so a response seen in
// another wave is reported. Share one across the reads of all waves.
type Responses struct {
	mu    sync.Mutex
	reg   *IDRegistry       // the responses' keys, by file read
	files map[string]uint32 // file and wave -> file number in reg
	waves []string          // by file number
}

// NewResponses starts an empty record of responses.
func NewResponses() *Responses {
	return &Responses{reg: NewIDRegistry(), files: map[string]uint32{}}
}

// file is the number of the read of display's wave; call with mu held.
func (g *Responses) file(display, wave string) uint32 {
	key := display + "\x00" + wave
	n, ok := g.files[key]
	if !ok {
		n = g.reg.addFile(display)
		g.files[key] = n
		g.waves = append(g.waves, wave)
	}
	return n
}

// response is one response as the cross-wave check sees it: where it
// starts, the text of its time, its id, its identifying cells (attributes
// and contact cells) and its answers as read.
type response struct {
	line, col int
	when, id  string
	ident     []string
	answers   []pendingAnswer
}

// crossWave records a response of the wave being read and reports it when
// another wave holds the same response; same says what was compared, in the
// layout's words. A chunk read on another core records the response in its
// log (crossLog) to be compared when the chunks are merged, in file order;
// without a log it gives way to one core (crossInChunk).
func (r *reader) crossWave(resp response, same string) {
	g := r.cfg.Responses
	if g == nil || resp.when == "" {
		return
	}
	if r.inChunk && r.crossLog == nil {
		r.crossInChunk = true
		return
	}
	k := appendResponseID(nil, resp.id)
	for _, v := range resp.ident {
		k = r.appendIdentCell(k, v)
	}
	look, reg := responseKeys(resp.when, string(appendAnswers(k, resp.answers)))
	c := crossed{line: resp.line, col: resp.col, look: len(look)}
	for _, key := range slices.Concat(look, reg) {
		c.keys = append(c.keys, maphash.String(g.reg.seed, key))
	}
	if r.inChunk {
		r.crossLog.responses = append(r.crossLog.responses, c)
		return
	}
	r.crossCheck(c, same)
}

// sameRow says what the cross-wave check compares in a table's row.
const sameRow = "the same row, time and answers"

// crossed is a response as the cross-wave check compares it: the hashes of
// the keys it is looked up by (the first look) and registered under.
type crossed struct {
	line, col int
	look      int
	keys      []uint64
}

// crossLog holds the responses of a chunk read on another core, to be
// compared across waves in file order when the chunks are merged.
type crossLog struct {
	responses []crossed
}

// replay compares the chunk's responses, lines numbered from before, with
// r, the reader of the chunk's wave.
func (l *crossLog) replay(r *reader, before int, same string) {
	for _, c := range l.responses {
		c.line += before
		r.crossCheck(c, same)
	}
}

// crossCheck records a response and reports it when another wave holds it.
func (r *reader) crossCheck(c crossed, same string) {
	g := r.cfg.Responses
	g.mu.Lock()
	file := g.file(r.src.Display, r.src.Wave)
	var first idPlace
	dup := false
	for _, h := range c.keys[:c.look] {
		if first, dup = g.reg.lookup(h); dup {
			break
		}
	}
	for _, h := range c.keys[c.look:] {
		if _, ok := g.reg.lookup(h); !ok {
			g.reg.seen[h] = idPlace{file, uint32(c.line)}
		}
	}
	var wave, where string
	if dup {
		wave, where = g.waves[first.file], g.reg.where(first)
	}
	g.mu.Unlock()
	if dup && wave != r.src.Wave {
		r.cellProblem(c.line, c.col, fmt.Sprintf("this response of wave %s is also in wave %s (%s): %s", r.src.Wave, wave, where, same),
			"a panel member may answer in each wave, but one response counts once: remove the copy, or correct its wave")
	}
}

// crossColumns are the columns the cross-wave check reads from a table:
// the columns that may hold the response's time (the survey tool's
// metadata, then the attributes), the identifying columns (the wave column
// aside) and the respondent id column (-1 without).
type crossColumns struct {
	metadata, attributes, ident []int
	id                          int
}

func (r *reader) crossColumns(cols []Column, id int) crossColumns {
	cc := crossColumns{id: id}
	wave := -1
	if r.hasWave {
		wave = r.waveCol
	}
	for i, c := range cols {
		switch {
		case i == wave:
		case c.Kind == KindMetadata:
			cc.metadata = append(cc.metadata, i)
		case c.Kind == KindAttribute:
			cc.attributes = append(cc.attributes, i)
		}
	}
	cc.ident = identColumns(cols, wave, id)
	return cc
}

// writtenTime reports whether an attribute holds a response's time: a date
// with a clock as text. A bare number is not taken for a workbook's date
// number there, as it is in the tool's metadata: a revenue of 45000 is no
// time.
func writtenTime(s string) bool {
	_, number := excelDays(s)
	_, ok := parseStamp(s)
	return ok && !number
}

// response is a table row's response: its time is the first of the tool's
// metadata cells that reads as one (a timestamp, a start date), else the
// first attribute written as a time.
func (cc crossColumns) response(row []string, line int, answers []pendingAnswer) response {
	resp := response{line: line, col: 1, answers: answers}
	at := -1 // the time's column, compared as a time, not as text
	for _, i := range cc.metadata {
		if t := trimSpace(cell(row, i)); t != "" {
			if _, ok := parseStamp(t); ok {
				resp.when, at = t, i
				break
			}
		}
	}
	for _, i := range cc.attributes {
		if t := trimSpace(cell(row, i)); at < 0 && writtenTime(t) {
			resp.when, at = t, i
		}
	}
	if at < 0 {
		return resp
	}
	if cc.id >= 0 {
		resp.id = trimSpace(cell(row, cc.id))
	}
	for _, i := range cc.ident {
		if i != at {
			resp.ident = append(resp.ident, cell(row, i))
		}
	}
	return resp
}

// yamlResponse is a YAML respondent's response: its time is the first
// attribute, by name, written as one; every other attribute but the
// wave's identifies it, with its name.
func yamlResponse(resp YAMLRespondent, answers []pendingAnswer, wave string) response {
	out := response{line: resp.Loc.Line, col: max(resp.Loc.Col, 1), id: strings.TrimSpace(resp.ID), answers: answers}
	keys := make([]string, 0, len(resp.Attributes))
	for k := range resp.Attributes {
		if wave == "" || !strings.EqualFold(k, wave) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := resp.Attributes[k]
		if out.when == "" && writtenTime(strings.TrimSpace(v)) {
			out.when = strings.TrimSpace(v) // compared as a time, not as text
			continue
		}
		out.ident = append(out.ident, k, v)
	}
	return out
}
