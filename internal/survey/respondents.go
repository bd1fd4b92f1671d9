package survey

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"slices"
	"strings"
)

// IDRegistry remembers the respondents seen in the files of one survey wave
// by a hash of their ids: memory grows by a few bytes per respondent, never
// with their answers. The same panel respondent in two waves is fine; give
// each wave its own registry.
//
// A file whose rows are checked one at a time (see, find, add) adds to a
// map; a file whose ids are checked in a batch when it ends (idBatch) adds
// sorted lists, which is far cheaper for many respondents, and can have
// the text of its ids read again (idSource), so that two ids sharing a
// hash are told apart. A look-up consults both.
type IDRegistry struct {
	seed maphash.Seed
	seen map[uint64]idPlace
	// runs are lists of ids sorted by hash: one per batch checked (a
	// file, or a part of one read on another core), merged into one when
	// there are more than maxRuns.
	runs  []idRun
	files []string
	// sources says per file where its ids can be read again; nil for a
	// file checked row by row.
	sources []*idSource
}

// idRun is a list of ids sorted by hash, each at its first line: in file,
// or, in a list merged from several files, in files[i].
type idRun struct {
	ids   []hashedID
	file  uint32
	files []uint32
}

// place is where the run's i-th id was first seen.
func (r *idRun) place(i int) idPlace {
	if r.files != nil {
		return idPlace{file: r.files[i], line: r.ids[i].line}
	}
	return idPlace{file: r.file, line: r.ids[i].line}
}

// find is the first index of the ids hashed to h, and whether there is one.
func (r *idRun) find(h uint64) (int, bool) {
	return slices.BinarySearchFunc(r.ids, h, func(e hashedID, h uint64) int { return cmp.Compare(e.hash(), h) })
}

// maxRuns bounds the sorted lists a look-up searches, however many files
// a wave has.
const maxRuns = 8

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
	g.sources = append(g.sources, nil)
	return uint32(len(g.files) - 1)
}

// lookup reports where the id hashed to h was seen first, if it was.
func (g *IDRegistry) lookup(h uint64) (idPlace, bool) {
	if len(g.seen) > 0 {
		if first, ok := g.seen[h]; ok {
			return first, true
		}
	}
	for k := range g.runs {
		if i, ok := g.runs[k].find(h); ok {
			return g.runs[k].place(i), true
		}
	}
	return idPlace{}, false
}

// has reports whether an id hashed to h was seen.
func (g *IDRegistry) has(h uint64) bool {
	_, ok := g.lookup(h)
	return ok
}

// places are where the ids hashed to h were seen first, in the order
// lookup finds them: usually none or one, more when different ids share
// the hash.
func (g *IDRegistry) places(h uint64) []idPlace {
	var out []idPlace
	if first, ok := g.seen[h]; ok {
		out = append(out, first)
	}
	for k := range g.runs {
		r := &g.runs[k]
		for i, _ := r.find(h); i < len(r.ids) && r.ids[i].hash() == h; i++ {
			out = append(out, r.place(i))
		}
	}
	return out
}

// see records key at file:line and returns where it was seen first, if it was.
func (g *IDRegistry) see(key string, file uint32, line int) (idPlace, bool) {
	h := maphash.String(g.seed, key)
	if first, ok := g.lookup(h); ok {
		return first, true
	}
	g.seen[h] = idPlace{file, uint32(line)}
	return idPlace{}, false
}

// find reports where the first of keys was seen, if any was.
func (g *IDRegistry) find(keys []string) (idPlace, bool) {
	for _, k := range keys {
		if first, ok := g.lookup(maphash.String(g.seed, k)); ok {
			return first, true
		}
	}
	return idPlace{}, false
}

// add records keys at file:line, keeping earlier places.
func (g *IDRegistry) add(keys []string, file uint32, line int) {
	for _, k := range keys {
		h := maphash.String(g.seed, k)
		if _, ok := g.lookup(h); !ok {
			g.seen[h] = idPlace{file, uint32(line)}
		}
	}
}

// insert adds lists of ids of file not seen before, each sorted by hash
// (and no id in two of them).
func (g *IDRegistry) insert(file uint32, fresh ...[]hashedID) {
	for _, run := range fresh {
		if len(run) > 0 {
			g.runs = append(g.runs, idRun{ids: run, file: file})
		}
	}
	if len(g.runs) > maxRuns {
		g.runs = []idRun{mergeRuns(g.runs)}
	}
}

// mergeRuns merges sorted lists into one, each id with its file.
func mergeRuns(runs []idRun) idRun {
	n := 0
	for _, r := range runs {
		n += len(r.ids)
	}
	m := idRun{ids: make([]hashedID, 0, n), files: make([]uint32, 0, n)}
	next := make([]int, len(runs))
	for {
		best := -1
		for k := range runs {
			if i := next[k]; i < len(runs[k].ids) && (best < 0 || runs[k].ids[i].hash() < runs[best].ids[next[best]].hash()) {
				best = k
			}
		}
		if best < 0 {
			return m
		}
		i := next[best]
		next[best]++
		m.ids = append(m.ids, runs[best].ids[i])
		m.files = append(m.files, runs[best].place(i).file)
	}
}

// where names a place for messages: "surveys/a.csv:7".
func (g *IDRegistry) where(p idPlace) string {
	return fmt.Sprintf("%s:%d", g.files[p.file], p.line)
}

// respondentCheck finds a response counted twice: a respondent id seen
// twice in this file, or in the other files of the wave. Where ids repeat
// in every export (Microsoft Forms, LimeSurvey) or there are none (Google
// Forms), a response is the same across files when its time (parsed, not
// as text: see stamp.go), its answers as dsc reads them ("NA" and a blank
// are both missing) and its attributes and contact cells are all the
// same: a second download, or a re-save in Excel, of the same responses.
type respondentCheck struct {
	col  int // the id column, -1 without one
	with int // the response's time column, -1 without one
	// ident: attribute and contact columns that are part of a response.
	ident  []int
	local  *IDRegistry
	wave   *IDRegistry // nil when ids are only unique within the file
	lfile  uint32
	wfile  uint32
	reader *reader
	// rows: no id column (Google Forms): a response is its time, answers
	// and attributes.
	rows bool
	// across: responses of other files, not only ids, are compared.
	across bool
	// elsewhere: the first repeat of each other file's response, and how
	// many more of this file's responses are in that file (one message per
	// pair of files, not one per row).
	elsewhere map[uint32]*repeatedIn
	order     []uint32
	key       []byte // reused
	// batch: ids alone are compared (an id column, whole responses
	// not): they are collected and checked when the file ends (flush).
	// later holds the batches of the parts of the file read on other
	// cores, in file order, each sorted on its core.
	batch *idBatch
	later []*idBatch
	// rounded: ids in scientific notation were found repeated, and said
	// once.
	rounded bool
	// repeats: ids seen again in this file, reported when it ends
	// (reportRepeats), so that a pasted block is one message.
	repeats []idRepeat
}

// roundedID reports whether a respondent id is a number in scientific
// notation ("1,18E+10", "1.18e10"): no survey tool writes its ids so, a
// spreadsheet that rounded them does.
func roundedID(id string) bool {
	mant, exp, ok := strings.Cut(strings.ToLower(id), "e")
	if !ok || mant == "" || exp == "" {
		return false
	}
	exp = strings.TrimLeft(exp, "+-")
	digits := func(s string) bool {
		return s != "" && strings.Trim(s, "0123456789") == ""
	}
	ip, fp, frac := strings.Cut(mant, ",")
	if !frac {
		ip, fp, frac = strings.Cut(mant, ".")
	}
	return digits(ip) && (!frac || digits(fp)) && digits(exp)
}

// repeatedIn is the first response of this file also in another file.
type repeatedIn struct {
	line, col int
	msg       string
	hint      string
	more      int
}

func (r *reader) newRespondentCheck(col int, cols []Column, p *profile) *respondentCheck {
	rc := &respondentCheck{col: col, with: -1, reader: r, rows: col < 0 && p != nil && p.tool == GoogleForms}
	wave := r.cfg.IDs
	local := p != nil && p.localIDs
	if rc.rows {
		rc.with = timeColumn(cols, p.first)
	}
	if wave != nil && local {
		// Ids like 1, 2, 3 repeat in every export of the tool: across
		// files a response is the same only with the same start time.
		wave = nil
		if rc.with = timeColumn(cols, p.idWith); rc.with >= 0 {
			wave = r.cfg.IDs
		}
	}
	if rc.rows || rc.with >= 0 {
		rc.across = true
		rc.ident = identColumns(cols, rc.with, col)
	}
	if wave != nil {
		rc.wave = wave
		rc.wfile = wave.addFile(r.src.Display)
	}
	if wave == nil || (rc.with >= 0 && !rc.rows) {
		// The file's own check; otherwise the wave's registry serves for
		// both, one hash per respondent.
		rc.local = NewIDRegistry()
		rc.lfile = rc.local.addFile(r.src.Display)
	}
	if batchIDs && col >= 0 && !rc.across {
		g, file := rc.registry()
		rc.batch = &idBatch{seed: g.seed, col: col}
		g.sources[file] = &idSource{src: r.src, col: col, seed: g.seed}
	}
	return rc
}

// registry is the registry ids are checked against (the wave's, or the
// file's own) and the file's number in it.
func (rc *respondentCheck) registry() (*IDRegistry, uint32) {
	if rc.wave != nil && rc.local == nil {
		return rc.wave, rc.wfile
	}
	return rc.local, rc.lfile
}

// identColumns are the columns that are part of a response besides its
// time and id (the columns skip names): attributes and contact cells.
func identColumns(cols []Column, skip ...int) []int {
	var out []int
	for i, c := range cols {
		n := Normalize(c.Text)
		if !slices.Contains(skip, i) && (c.Kind == KindAttribute || c.Kind == KindMetadata && (strings.Contains(n, "mail") || n == "name")) {
			out = append(out, i)
		}
	}
	return out
}

// timeColumn finds the metadata column named one of names, or -1.
func timeColumn(cols []Column, names []string) int {
	for i, c := range cols {
		if c.Kind == KindMetadata && containsNormalized(names, c.Text) {
			return i
		}
	}
	return -1
}

// columns are the columns the check reads, for readers that copy only
// those cells of a row.
func (rc *respondentCheck) columns() []int {
	var out []int
	for _, i := range append([]int{rc.col, rc.with}, rc.ident...) {
		if i >= 0 && (rc.col >= 0 || rc.rows) {
			out = append(out, i)
		}
	}
	return out
}

// check records the respondent of a row, with its answers as read, and
// reports a response seen before.
func (rc *respondentCheck) check(row []string, line int, answers []pendingAnswer) {
	if rc.rows {
		rc.checkResponse(row, line, answers, "")
		return
	}
	if rc.col < 0 {
		return
	}
	if rc.batch != nil {
		rc.batch.check(row, line, answers)
		return
	}
	id := trimSpace(cell(row, rc.col))
	if id == "" {
		return
	}
	if rc.local != nil {
		if first, dup := rc.local.see(id, rc.lfile, line); dup {
			rc.again(line, id, first.line, rc.sameAs(row, answers, id, first.line))
			return
		}
	}
	switch {
	case rc.wave == nil:
	case rc.across:
		rc.checkResponse(row, line, answers, id)
	default:
		first, dup := rc.wave.see(id, rc.wfile, line)
		switch {
		case !dup:
		case first.file == rc.wfile:
			rc.again(line, id, first.line, sameUnknown)
		case !rc.roundedIDs(line, id, rc.wave.files[first.file], first.line):
			rc.elsewhereAt(first, line, rc.col+1, fmt.Sprintf("respondent %q is also in %s", id, rc.wave.where(first)))
		}
	}
}

// again notes an id seen again in this file; reportRepeats reports it
// when the file ends.
func (rc *respondentCheck) again(line int, id string, first uint32, same sameness) {
	if rc.roundedIDs(line, id, "", first) {
		return
	}
	rc.repeats = append(rc.repeats, idRepeat{line: line, first: int(first), id: id, same: same})
}

// roundedIDs reports whether a repeated id is one a spreadsheet rounded
// (roundedID), and says so once for the file. A spreadsheet showed the ids
// as 1,18E+10 and saved them so: one cause, one message, whether the id
// repeats in this file or one read before (firstFile, "" for this file),
// and removing "duplicates" would remove respondents.
func (rc *respondentCheck) roundedIDs(line int, id, firstFile string, firstLine uint32) bool {
	if !roundedID(id) {
		return false
	}
	if !rc.rounded {
		rc.rounded = true
		at := fmt.Sprintf("lines %d and %d", firstLine, line)
		if firstFile != "" {
			at = fmt.Sprintf("%s:%d and line %d", firstFile, firstLine, line)
		}
		c := rc.reader.columns[rc.col]
		rc.reader.cellProblem(line, rc.col+1,
			fmt.Sprintf("column %s %q holds the respondent ids in scientific notation, so different respondents share one (%q at %s, and maybe more): a spreadsheet rounded the ids when it saved the file", c.Ref, c.Text, id, at),
			"export the file again from the survey tool, or format the id column as text before saving it in the spreadsheet; do not remove these rows: they are different respondents")
	}
	return true
}

// checkResponse compares a whole response (its id, if any, time, answers
// and attributes) with the ones read before.
func (rc *respondentCheck) checkResponse(row []string, line int, answers []pendingAnswer, id string) {
	look, reg := responseKeys(trimSpace(cell(row, rc.with)), rc.identity(row, answers, id))
	g, file := rc.wave, rc.wfile
	if g == nil {
		g, file = rc.local, rc.lfile
	}
	first, dup := g.find(look)
	g.add(reg, file, line)
	if !dup {
		return
	}
	what := "this response"
	col := 1
	if id != "" {
		what, col = fmt.Sprintf("respondent %q", id), rc.col+1
	}
	if first.file == file {
		rc.reader.cellProblem(line, col, fmt.Sprintf("%s repeats line %d: the same time and the same answers", what, first.line),
			"remove the repeated response: each respondent counts once")
		return
	}
	rc.elsewhereAt(first, line, col, fmt.Sprintf("%s is also in %s: the same time and the same answers", what, g.where(first)))
}

// responseKeys are the keys a response is looked up by and registered
// under: its time (parsed, so that two writings of one instant meet; text
// that is no time as it is) followed by rest, the response's identity.
func responseKeys(when, rest string) (look, reg []string) {
	if st, ok := parseStamp(when); ok {
		look, reg = st.lookupKeys(), st.registerKeys()
	} else {
		look = []string{"X" + when}
		reg = look
	}
	for i := range look {
		look[i] += rest
	}
	for i := range reg {
		reg[i] += rest
	}
	return look, reg
}

// identity is the part of a response key after its time: the id, the
// attribute and contact cells as compared and the answers by feature.
func (rc *respondentCheck) identity(row []string, answers []pendingAnswer, id string) string {
	k := appendResponseID(rc.key[:0], id)
	for _, i := range rc.ident {
		k = rc.reader.appendIdentCell(k, cell(row, i))
	}
	k = appendAnswers(k, answers)
	rc.key = k
	return string(k)
}

// appendResponseID starts a response's identity with its id.
func appendResponseID(k []byte, id string) []byte {
	return append(append(k, 0), id...)
}

// appendIdentCell adds an attribute or contact cell to a response's
// identity as compared: case, spacing and missing tokens aside.
func (r *reader) appendIdentCell(k []byte, v string) []byte {
	v = trimSpace(v)
	if r.values.missing[strings.ToUpper(v)] {
		v = ""
	}
	return append(append(k, 0), Normalize(v)...)
}

// appendAnswers ends a response's identity with its answers as read, by feature.
func appendAnswers(k []byte, answers []pendingAnswer) []byte {
	k = append(k, 0)
	sorted := make([]pendingAnswer, len(answers))
	copy(sorted, answers)
	slices.SortFunc(sorted, func(a, b pendingAnswer) int { return a.feature - b.feature })
	for _, a := range sorted {
		k = binary.AppendUvarint(k, uint64(a.feature))
		k = append(k, byte(a.f), byte(a.d), byte(a.imp))
	}
	return k
}

// elsewhereAt reports a response also in another file: the first one of
// each other file gets the message, the rest add to its count.
func (rc *respondentCheck) elsewhereAt(first idPlace, line, col int, msg string) {
	if rc.elsewhere == nil {
		rc.elsewhere = map[uint32]*repeatedIn{}
	}
	if e, ok := rc.elsewhere[first.file]; ok {
		e.more++
		return
	}
	rc.elsewhere[first.file] = &repeatedIn{line: line, col: col, msg: msg,
		hint: "the same response in two files counts twice: remove the file that repeats the other (a second download or an Excel copy?), " + otherWaveHint(rc.reader.src.Wave)}
	rc.order = append(rc.order, first.file)
}

// stopped checks the batch of ids of a file that stopped at an error, as
// a check row by row would have checked them by then (the responses found
// in other files are not reported: the file's other problem comes first).
func (rc *respondentCheck) stopped() {
	if rc.batch != nil {
		rc.flush()
	}
	rc.reportRepeats()
}

// finish checks the batch of ids and reports the responses found in
// other files.
func (rc *respondentCheck) finish() {
	if rc.batch != nil {
		rc.flush()
	}
	rc.reportRepeats()
	for _, f := range rc.order {
		e := rc.elsewhere[f]
		msg := e.msg
		if e.more > 0 {
			msg += fmt.Sprintf(", and %d more responses of this file are in that file", e.more)
		}
		rc.reader.cellProblem(e.line, e.col, msg, e.hint)
	}
}
