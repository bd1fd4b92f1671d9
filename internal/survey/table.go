package survey

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/kano"
)

// table yields the rows of a spreadsheet-like file, the header first.
type table interface {
	// Next returns the next row and its 1-based line; io.EOF at the end.
	Next() ([]string, int, error)
	// CellRef names a cell for messages (e.g. "E12" in a workbook, "" in CSV).
	CellRef(line, col int) string
	Close() error
}

type tableOpener func(src Source) (table, error)

// csvTable reads comma- or semicolon-separated UTF-8, with or without BOM.
type csvTable struct {
	f  fs.File
	cr *csv.Reader
}

func newCSVTable(src Source) (table, error) {
	f, err := src.FS.Open(src.Path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", src.Display, err)
	}
	br := bufio.NewReaderSize(f, 1<<16)
	if b, _ := br.Peek(3); bytes.Equal(b, []byte{0xEF, 0xBB, 0xBF}) {
		br.Discard(3)
	}
	first, _ := br.Peek(64 << 10)
	cr := csv.NewReader(br)
	cr.Comma = sniffComma(first)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	cr.LazyQuotes = true
	return &csvTable{f: f, cr: cr}, nil
}

// sniffComma picks the separator of the header line: semicolon (as German
// Excel writes) when it has more semicolons than commas outside quotes.
func sniffComma(head []byte) rune {
	inQuote := false
	commas, semis, tabs := 0, 0, 0
	for _, c := range head {
		switch c {
		case '"':
			inQuote = !inQuote
		case ',':
			if !inQuote {
				commas++
			}
		case ';':
			if !inQuote {
				semis++
			}
		case '\t':
			if !inQuote {
				tabs++
			}
		case '\n':
			if !inQuote {
				goto done
			}
		}
	}
done:
	switch {
	case semis > commas && semis >= tabs:
		return ';'
	case tabs > commas:
		return '\t'
	}
	return ','
}

func (t *csvTable) Next() ([]string, int, error) {
	rec, err := t.cr.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, pe.Line, &diag.Error{Problems: []diag.Problem{{Line: pe.Line, Col: pe.Column,
				Msg: "malformed CSV: " + pe.Err.Error(), Hint: "re-export the file from the survey tool"}}}
		}
		return nil, 0, err
	}
	line, _ := t.cr.FieldPos(0)
	return rec, line, nil
}

func (t *csvTable) CellRef(int, int) string { return "" }
func (t *csvTable) Close() error            { return t.f.Close() }

// xlsxTable streams the rows of one worksheet with excelize's row reader.
type xlsxTable struct {
	f    *excelize.File
	rows *excelize.Rows
	line int
}

func newXLSXTable(src Source) (table, error) {
	fh, err := src.FS.Open(src.Path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", src.Display, err)
	}
	defer fh.Close()
	data, err := io.ReadAll(fh)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", src.Display, err)
	}
	if err := checkZip(data); err != nil {
		return nil, corruptWorkbook(src.Display, err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: maxUnzipped})
	if err != nil {
		return nil, corruptWorkbook(src.Display, err)
	}
	sheet := src.Sheet
	if sheet == "" && src.Mapping != nil {
		sheet = src.Mapping.Sheet
	}
	sheets := f.GetSheetList()
	if sheet == "" {
		if len(sheets) == 0 {
			f.Close()
			return nil, &diag.Error{Problems: []diag.Problem{{File: src.Display, Msg: "workbook has no sheets"}}}
		}
		sheet = sheets[0]
	} else if idx, _ := f.GetSheetIndex(sheet); idx < 0 {
		f.Close()
		return nil, &diag.Error{Problems: []diag.Problem{{File: src.Display, Msg: fmt.Sprintf("sheet %q not found", sheet),
			Hint: "sheets in this workbook: " + diag.QuoteList(sheets)}}}
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		f.Close()
		return nil, corruptWorkbook(src.Display, err)
	}
	return &xlsxTable{f: f, rows: rows}, nil
}

func (t *xlsxTable) Next() ([]string, int, error) {
	if !t.rows.Next() {
		if err := t.rows.Error(); err != nil {
			return nil, 0, corruptWorkbook("", err)
		}
		return nil, 0, io.EOF
	}
	t.line++
	// Raw values: answers are codes and labels, and applying number formats
	// to every cell costs more than the rest of the read.
	cols, err := t.rows.Columns(excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, t.line, corruptWorkbook("", err)
	}
	return cols, t.line, nil
}

// Limits that keep a damaged or hostile workbook from exhausting memory:
// excelize allocates every part (but large worksheets) at the size its zip
// header declares, before reading a byte.
const (
	maxUnzipped  = 4 << 30  // all parts together
	maxPart      = 64 << 20 // one part other than a worksheet
	maxRatio     = 1000     // declared size per compressed byte (a zip bomb)
	ratioMinSize = 1 << 20  // parts smaller than this may compress as well as they like
)

// checkZip rejects a workbook whose zip headers declare sizes no real survey
// export has.
func checkZip(data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return err
	}
	var total uint64
	for _, f := range zr.File {
		size := f.UncompressedSize64
		total += size
		// The parts excelize streams to a temporary file instead of memory.
		sheet := strings.HasPrefix(strings.ToLower(f.Name), "xl/worksheets/sheet") || strings.EqualFold(f.Name, "xl/sharedStrings.xml")
		switch {
		case f.CompressedSize64 > uint64(len(data)):
			return fmt.Errorf("part %s claims more data than the file holds", f.Name)
		case total > maxUnzipped:
			return fmt.Errorf("the workbook unpacks to more than %d GB", maxUnzipped>>30)
		case !sheet && size > maxPart:
			return fmt.Errorf("part %s declares %d MB", f.Name, size>>20)
		case size > ratioMinSize && f.CompressedSize64 > 0 && size/f.CompressedSize64 > maxRatio:
			return fmt.Errorf("part %s is compressed %d:1, more than any real workbook", f.Name, size/f.CompressedSize64)
		case size > ratioMinSize && f.CompressedSize64 == 0:
			return fmt.Errorf("part %s declares %d MB but holds no data", f.Name, size>>20)
		}
	}
	return nil
}

// corruptWorkbook turns a read failure inside a workbook into an input
// problem: the file is damaged, not the machine.
func corruptWorkbook(file string, err error) error {
	return &diag.Error{Problems: []diag.Problem{{File: file, Msg: "cannot read workbook: " + err.Error(),
		Hint: "open it in Excel and save it again as .xlsx, or re-export it"}}}
}

func (t *xlsxTable) CellRef(line, col int) string {
	ref, err := excelize.CoordinatesToCellName(col, line)
	if err != nil {
		return ""
	}
	return ref
}

func (t *xlsxTable) Close() error {
	t.rows.Close()
	return t.f.Close()
}

// colKind says what a column holds.
type colKind int

const (
	colAttribute colKind = iota
	colRespondent
	colFunctional
	colDysfunctional
	colImportance
	colFeature // long layout: the feature id
	colIgnored
)

type column struct {
	kind    colKind
	header  string
	attr    string // attribute name (after renaming by the mapping)
	feature string // catalog id, for answer columns of the wide layout
}

// featureCols are the answer columns of one feature in the wide layout.
type featureCols struct {
	id            string
	index         int
	fun, dys, imp int // column indexes, -1 when absent
}

var respondentNames = map[string]bool{"respondent": true, "respondent id": true, "respondentid": true, "id": true,
	"response id": true, "responseid": true, "respondent_id": true, "teilnehmer": true, "teilnehmer id": true}

func (r *reader) readTable(open tableOpener) error {
	t, err := open(r.src)
	if err != nil {
		return r.fileError(err)
	}
	defer t.Close()
	header, _, err := t.Next()
	if err == io.EOF {
		return &diag.Error{Problems: []diag.Problem{{File: r.src.Display, Line: 1, Col: 1, Msg: "the file is empty", Hint: "export the survey with a header row"}}}
	}
	if err != nil {
		return r.fileError(err)
	}
	header = append([]string(nil), header...)
	cols := r.classify(header)
	layout := r.src.Layout
	if layout == "" && r.src.Mapping != nil {
		layout = r.src.Mapping.Layout
	}
	if layout == "" {
		layout = "wide"
		if hasKind(cols, colFeature) {
			layout = "long"
		}
	}
	r.stats.Layout = layout
	if layout == "long" {
		return r.readLong(t, header, cols)
	}
	return r.readWide(t, header, cols)
}

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

func hasKind(cols []column, k colKind) bool {
	for _, c := range cols {
		if c.kind == k {
			return true
		}
	}
	return false
}

// classify decides what each header means: a mapped question, a
// "<feature>_functional" style column, the respondent id, or an attribute.
func (r *reader) classify(header []string) []column {
	mapped := map[string]MappedColumn{}
	m := r.src.Mapping
	if m != nil {
		for _, c := range m.Columns {
			mapped[strings.TrimSpace(c.Header)] = c
		}
	}
	cols := make([]column, len(header))
	for i, h := range header {
		h = strings.TrimSpace(h)
		c := column{header: h}
		low := strings.ToLower(h)
		switch {
		case h == "":
			c.kind = colIgnored
		case m != nil && m.Respondent != "" && h == m.Respondent:
			c.kind = colRespondent
		case mapped[h].Header != "":
			mc := mapped[h]
			c.feature = mc.Entry
			c.kind = map[string]colKind{Functional: colFunctional, Dysfunctional: colDysfunctional, Importance: colImportance}[mc.Question]
		case (m == nil || m.Respondent == "") && respondentNames[low]:
			c.kind = colRespondent
		case low == "feature" || low == "entry":
			c.kind = colFeature
		case low == Functional:
			c.kind = colFunctional
		case low == Dysfunctional:
			c.kind = colDysfunctional
		case low == Importance:
			c.kind = colImportance
		default:
			if id, kind, ok := suffixed(h); ok {
				c.feature, c.kind = id, kind
			} else {
				c.kind = colAttribute
				c.attr = h
				if m != nil {
					if renamed, ok := m.Attributes[h]; ok {
						c.attr = renamed
					}
				}
			}
		}
		cols[i] = c
	}
	return cols
}

// suffixed recognises "<feature>_functional", "_dysfunctional" and "_importance".
func suffixed(h string) (string, colKind, bool) {
	low := strings.ToLower(h)
	for _, s := range []struct {
		suffix string
		kind   colKind
	}{{"_dysfunctional", colDysfunctional}, {"_functional", colFunctional}, {"_importance", colImportance}} {
		if strings.HasSuffix(low, s.suffix) && len(h) > len(s.suffix) {
			return h[:len(h)-len(s.suffix)], s.kind, true
		}
	}
	return "", 0, false
}

// segmentColumn finds the attribute column named by SegmentBy.
func (r *reader) segmentColumn(cols []column) (int, bool) {
	if r.cfg.SegmentBy == "" {
		return -1, true
	}
	for i, c := range cols {
		if c.kind == colAttribute && strings.EqualFold(c.attr, r.cfg.SegmentBy) {
			return i, true
		}
	}
	var attrs []string
	for _, c := range cols {
		if c.kind == colAttribute {
			attrs = append(attrs, c.attr)
		}
	}
	hint := "no attribute columns in this file"
	if len(attrs) > 0 {
		hint = "attribute columns: " + diag.QuoteList(attrs)
	}
	r.probs.Add(r.src.Display, 1, 1, fmt.Sprintf("segment column %q not found", r.cfg.SegmentBy), hint)
	return -1, false
}

func (r *reader) readWide(t table, header []string, cols []column) error {
	byID := map[string]*featureCols{}
	var feats []*featureCols
	for i, c := range cols {
		switch c.kind {
		case colAttribute:
			r.stats.Attributes = append(r.stats.Attributes, c.attr)
			continue
		case colFunctional, colDysfunctional, colImportance:
		default:
			continue
		}
		if c.feature == "" {
			r.probs.Add(r.src.Display, 1, i+1, fmt.Sprintf("column %q has answers but no feature", c.header),
				`name it "<feature>_functional" (or _dysfunctional, _importance), or map it in the survey's mapping file`)
			continue
		}
		fc := byID[c.feature]
		if fc == nil {
			idx, ok := r.feature(c.feature)
			if !ok {
				r.probs.Add(r.src.Display, 1, i+1, fmt.Sprintf("column %q names unknown catalog entry %q", c.header, c.feature), r.unknownFeatureHint(c.feature))
			}
			fc = &featureCols{id: c.feature, index: idx, fun: -1, dys: -1, imp: -1}
			if !ok {
				fc.index = -1
			}
			byID[c.feature] = fc
			feats = append(feats, fc)
		}
		slot := map[colKind]*int{colFunctional: &fc.fun, colDysfunctional: &fc.dys, colImportance: &fc.imp}[c.kind]
		if *slot >= 0 {
			r.probs.Add(r.src.Display, 1, i+1, fmt.Sprintf("feature %q has two %s columns (%q and %q)", c.feature, questionName(c.kind), header[*slot], c.header), "keep one of them")
			continue
		}
		*slot = i
	}
	// Columns with a problem are reported and skipped; the rest are still
	// read, so one run reports the bad cells too.
	usable := feats[:0]
	for _, fc := range feats {
		switch {
		case fc.fun < 0 || fc.dys < 0:
			missing, have := Functional, fc.dys
			if fc.dys < 0 {
				missing, have = Dysfunctional, fc.fun
			}
			if have < 0 {
				have = fc.imp
			}
			r.probs.Add(r.src.Display, 1, have+1, fmt.Sprintf("feature %q has no %s column", fc.id, missing),
				"each feature needs both a functional and a dysfunctional question")
		case fc.index >= 0:
			usable = append(usable, fc)
		}
	}
	if len(feats) == 0 {
		r.probs.Add(r.src.Display, 1, 1, "no answer columns found",
			`name columns "<feature>_functional" and "<feature>_dysfunctional" (wide layout), use columns respondent, feature, functional, dysfunctional (long layout), or add a mapping file`)
	}
	seg, ok := r.segmentColumn(cols)
	if !ok || len(usable) == 0 {
		return r.probs.Err()
	}
	for _, fc := range usable {
		r.stats.Features = append(r.stats.Features, fc.id)
	}
	return r.rowsWide(t, header, usable, seg)
}

func questionName(k colKind) string {
	switch k {
	case colFunctional:
		return Functional
	case colDysfunctional:
		return Dysfunctional
	}
	return Importance
}

func (r *reader) rowsWide(t table, header []string, feats []*featureCols, seg int) error {
	for {
		row, line, err := t.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return r.fileError(err)
		}
		if blankRow(row) {
			continue
		}
		r.stats.Respondents++
		h := r.survey.Segment(strings.TrimSpace(cell(row, seg)))
		for _, fc := range feats {
			f := r.answerAt(t, header, row, line, fc.fun)
			d := r.answerAt(t, header, row, line, fc.dys)
			imp := r.importanceAt(t, header, row, line, fc.imp)
			r.count(f, d)
			r.survey.Add(fc.index, h, f, d, imp)
		}
	}
}

func (r *reader) count(f, d kano.Answer) {
	for _, a := range [2]kano.Answer{f, d} {
		if a == kano.Missing {
			r.stats.Blank++
		} else {
			r.stats.Answers++
		}
	}
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

func (r *reader) answerAt(t table, header []string, row []string, line, i int) kano.Answer {
	a, ok := r.answer(cell(row, i))
	if ok {
		return a
	}
	if _, err := strconv.ParseFloat(strings.TrimSpace(cell(row, i)), 64); err == nil {
		r.cellProblem(line, i+1, fmt.Sprintf("answer code %s is out of range 1-5 (%s)", strings.TrimSpace(cell(row, i)), r.where(t, header, line, i)),
			"codes run from 1 (like) to 5 (dislike); if your tool exports 5 = like, set \"codes: dislike-first\" in the mapping file")
		return kano.Missing
	}
	r.badCell(t, header, line, i, "answer", cell(row, i), "use "+Accepted()+", or add the wording under labels in the mapping file")
	return kano.Missing
}

func (r *reader) importanceAt(t table, header []string, row []string, line, i int) int {
	if i < 0 {
		return 0
	}
	n, ok := importance(cell(row, i))
	if ok {
		return n
	}
	r.badCell(t, header, line, i, "importance", cell(row, i), `use a number from 1 to 9, or a label that starts with one, e.g. "9 - Extremely important"`)
	return 0
}

// where names a cell for messages: its column header, and its reference in a workbook.
func (r *reader) where(t table, header []string, line, i int) string {
	where := fmt.Sprintf("column %q", cell(header, i))
	if ref := t.CellRef(line, i+1); ref != "" {
		where = "cell " + ref + ", " + where
	}
	return where
}

func (r *reader) badCell(t table, header []string, line, i int, what, value, hint string) {
	where := r.where(t, header, line, i)
	v := value
	if len(v) > 60 {
		v = v[:60] + "..."
	}
	r.cellProblem(line, i+1, fmt.Sprintf("unknown %s %q (%s)", what, v, where), hint)
}

func (r *reader) readLong(t table, header []string, cols []column) error {
	idx := map[colKind]int{colRespondent: -1, colFeature: -1, colFunctional: -1, colDysfunctional: -1, colImportance: -1}
	for i, c := range cols {
		if c.kind == colAttribute {
			r.stats.Attributes = append(r.stats.Attributes, c.attr)
			continue
		}
		if _, ok := idx[c.kind]; ok && idx[c.kind] < 0 {
			idx[c.kind] = i
		}
	}
	for _, need := range []struct {
		kind colKind
		name string
	}{{colRespondent, "respondent"}, {colFeature, "feature"}, {colFunctional, Functional}, {colDysfunctional, Dysfunctional}} {
		if idx[need.kind] < 0 {
			r.probs.Add(r.src.Display, 1, 1, fmt.Sprintf("long layout needs a %q column", need.name),
				"columns: respondent, feature, functional, dysfunctional[, importance], then any attributes")
		}
	}
	seg, _ := r.segmentColumn(cols)
	if r.probs.Len() > 0 {
		return r.probs.Err()
	}
	respondents := map[string]kano.Segment{}
	features := map[string]int{}
	unknown := map[string]bool{}
	for {
		row, line, err := t.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return r.fileError(err)
		}
		if blankRow(row) {
			continue
		}
		id := strings.TrimSpace(cell(row, idx[colRespondent]))
		if id == "" {
			id = "row " + strconv.Itoa(line)
		}
		h, seen := respondents[id]
		if !seen {
			h = r.survey.Segment(strings.TrimSpace(cell(row, seg)))
			respondents[id] = h
			r.stats.Respondents++
		}
		fid := strings.TrimSpace(cell(row, idx[colFeature]))
		fi, ok := features[fid]
		if !ok {
			if fi, ok = r.feature(fid); !ok {
				if !unknown[fid] {
					unknown[fid] = true
					r.cellProblem(line, idx[colFeature]+1, fmt.Sprintf("unknown catalog entry %q in column %q", fid, cell(header, idx[colFeature])), r.unknownFeatureHint(fid))
				}
				continue
			}
			features[fid] = fi
			r.stats.Features = append(r.stats.Features, fid)
		}
		f := r.answerAt(t, header, row, line, idx[colFunctional])
		d := r.answerAt(t, header, row, line, idx[colDysfunctional])
		imp := r.importanceAt(t, header, row, line, idx[colImportance])
		r.count(f, d)
		r.survey.Add(fi, h, f, d, imp)
	}
	return nil
}
