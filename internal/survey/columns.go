package survey

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/dsc-workbench/dsc/internal/diag"
)

// ColumnKind says what a column of an export holds.
type ColumnKind string

// The kinds of columns.
const (
	KindMetadata   ColumnKind = "metadata"   // added by the survey tool: dates, ids, addresses
	KindRespondent ColumnKind = "respondent" // the respondent id
	KindAttribute  ColumnKind = "attribute"  // about the respondent; can split segments
	KindAnswer     ColumnKind = "answer"     // a Kano question of an entry
	KindFeature    ColumnKind = "feature"    // long layout: the entry each row answers
	KindIgnored    ColumnKind = "ignored"
)

// Column is how the reader understands one column, and why.
type Column struct {
	Ref   string `json:"column"` // spreadsheet letter
	Index int    `json:"index"`  // 1-based
	Name  string `json:"name,omitempty"`
	Text  string `json:"text"`
	// Stem and Item are the question and its grid row, matrix sub-question
	// or answer option, when the header has both.
	Stem      string     `json:"stem,omitempty"`
	Item      string     `json:"item,omitempty"`
	Kind      ColumnKind `json:"kind"`
	Entry     string     `json:"entry,omitempty"`
	Question  string     `json:"question,omitempty"`
	Attribute string     `json:"attribute,omitempty"`
	// By says how the reader decided, e.g. `names "Live chat" in the grid row; "not": dysfunctional`.
	By string `json:"by"`
	// Decision, when set, is what a person must decide before the file can
	// be read; Hint says how.
	Decision string `json:"decision,omitempty"`
	Hint     string `json:"hint,omitempty"`

	// candidate: matched by a name in its text only, so its values must look
	// like answers before it counts.
	candidate bool
	// kanoCheck: an unmapped column whose values are watched for Kano answers.
	kanoCheck bool
	// sharedStem: its stem is also an answer column's, so codes count as answers too.
	sharedStem bool
	// echo: the same decision is reported at an earlier column already.
	echo bool
	// repeated: how many columns of Kano answers share this column's question.
	repeated int
	// codes: the few distinct values of a column that may hold answer codes.
	codes []string
	// scaled: a sub-question holding numbers 1 to 9 beside coded answers,
	// maybe an importance question.
	scaled bool
}

// questionStem is the question without its item.
func (c *Column) questionStem() string {
	if c.Item == "" {
		return c.Text
	}
	return c.Stem
}

func (c *Column) decide(decision, hint string) {
	if c.Decision == "" {
		c.Decision, c.Hint = decision, hint
	}
}

func (c *Column) quoted() string {
	t := c.Text
	if len([]rune(t)) > 80 {
		t = string([]rune(t)[:77]) + "..."
	}
	return fmt.Sprintf("column %s %q", c.Ref, t)
}

// mappingUse counts which mapping lines matched a column, so a line that
// matches none is reported instead of being ignored.
type mappingUse struct {
	columns    []int
	headers    []string // Normalize of each column line's header:, made once for all the columns it is matched with
	stems      []int
	attributes map[string]bool
	items      map[string]bool
	respondent bool
}

// classify decides what every column holds, from the mapping, the tool's
// metadata, the names and the catalog, and checks that each entry has one
// functional and one dysfunctional question.
func (r *reader) classify(h *header, sample []bufferedRow) []Column {
	m := r.src.Mapping
	use := &mappingUse{attributes: map[string]bool{}, items: map[string]bool{}}
	r.use = use
	if m != nil {
		use.columns = make([]int, len(m.Columns))
		use.headers = make([]string, len(m.Columns))
		for k, mc := range m.Columns {
			use.headers[k] = headerKey(mc.Header)
		}
		use.stems = make([]int, len(m.Questions))
	}
	cols := make([]Column, len(h.cells))
	haveRespondent := m != nil && strings.EqualFold(strings.TrimSpace(m.Respondent), "none")
	respondent := -1
	if m != nil && m.Respondent != "" && !haveRespondent {
		respondent = resolveColumn(h, m.Respondent)
	}
	r.longHeader = hasLongFeature(h.cells)
	for i, hc := range h.cells {
		c := &cols[i]
		*c = Column{Ref: ColumnLetter(i), Index: i + 1, Name: hc.name, Text: hc.text()}
		if hc.item != "" {
			c.Stem, c.Item = hc.stem, hc.item
		}
		if c.Name == c.Text {
			c.Name = ""
		}
		if i == respondent {
			use.respondent, haveRespondent = true, true
			c.Kind, c.By = KindRespondent, fmt.Sprintf("respondent id (mapping line %d)", m.Loc.At("respondent").Line)
			continue
		}
		r.classifyColumn(c, hc, h, use, &haveRespondent)
	}
	r.renameAttributes(h, cols, use)
	r.unwatchSegment(cols)
	for i := range cols {
		if cols[i].candidate {
			r.confirm(&cols[i], sample)
		}
	}
	markSharedStems(cols)
	r.checkPairs(cols)
	before := r.probs.Len()
	r.classified = cols
	r.unusedMappingLines(h, use)
	r.mappingMisses = r.probs.Len() > before
	return cols
}

func (r *reader) classifyColumn(c *Column, hc headerCell, h *header, use *mappingUse, haveRespondent *bool) {
	// The mapping first, then the tool's own columns, the plain names, and
	// last the catalog's names in the question text.
	m := r.src.Mapping
	if m != nil {
		for k, mc := range m.Columns {
			if mc.Column != "" {
				if idx, ok := ColumnIndex(mc.Column); !ok || idx != c.Index-1 {
					continue
				}
			} else if !matchesHeader(hc, mc.Header, use.headers[k]) {
				continue
			}
			use.columns[k]++
			r.applyMapped(c, mc.Question, mc.Entry, fmt.Sprintf("mapping line %d", mc.Loc.At("question").Line))
			return
		}
		for k, q := range m.Questions {
			if r.applyStem(c, hc, q, use.stems[k]) {
				use.stems[k]++
				return
			}
		}
	}
	if strings.TrimSpace(strings.Join(hc.texts, "")) == "" {
		c.Kind, c.By, c.kanoCheck = KindIgnored, "blank header", true
		return
	}
	name := headName(hc.name)
	if p := h.tool; p != nil {
		if !*haveRespondent && slices.Contains(p.respondent, name) {
			*haveRespondent = true
			c.Kind, c.By = KindRespondent, "respondent id of "+string(p.tool)
			return
		}
		if slices.Contains(p.metadata, name) {
			c.Kind, c.By, c.Attribute = KindMetadata, "metadata of "+string(p.tool), hc.name
			return
		}
	}
	if !*haveRespondent && (h.tool == nil || len(h.tool.respondent) == 0) && slices.Contains(genericRespondent, name) {
		*haveRespondent = true
		c.Kind, c.By = KindRespondent, "respondent id, by its name"
		return
	}
	if r.longRole(c, name) {
		return
	}
	if id, q, ok := suffixed(hc.name); ok {
		r.applyMapped(c, q, id, "header "+c.Ref+" ends in _"+q)
		return
	}
	if p, ok := h.pairs[c.Index-1]; ok {
		r.applyMapped(c, p.question, p.id, fmt.Sprintf("header %s ends in %q, paired with %s", c.Ref, p.suffix, ColumnLetter(p.partner)))
		return
	}
	if r.matchCatalog(c, hc) {
		return
	}
	c.Kind, c.By, c.Attribute, c.kanoCheck = KindAttribute, "not a question dsc knows", hc.name, true
	if c.Attribute == "" {
		c.Attribute = c.Text
	}
}

// applyMapped makes c the column the mapping (or a header suffix) says.
func (r *reader) applyMapped(c *Column, question, entry, by string) {
	if question == Ignore {
		c.Kind, c.By = KindIgnored, by+": ignore"
		return
	}
	if question == "feature" || entry == "" && isLongRole(question) {
		setLongRole(c, question, by)
		return
	}
	c.Kind, c.Entry, c.Question, c.By = KindAnswer, entry, question, by
	r.checkEntry(c)
}

// checkEntry makes a column naming an unknown entry a decision, reported
// once per entry.
func (r *reader) checkEntry(c *Column) {
	if c.Entry == "" || r.entries == nil || r.entries[c.Entry] {
		return
	}
	c.decide(fmt.Sprintf("names unknown catalog entry %q", c.Entry), r.unknownFeatureHint(c.Entry))
	if r.unknownReported == nil {
		r.unknownReported = map[string]bool{}
	}
	c.echo = r.unknownReported[c.Entry]
	r.unknownReported[c.Entry] = true
}

// applyStem applies a mapping's question stem to c when its question
// matches; n is how many columns the stem matched before.
func (r *reader) applyStem(c *Column, hc headerCell, q QuestionStem, n int) bool {
	p := parseStem(q.Stem)
	var captured []string
	ok := false
	for _, t := range []string{hc.stem, c.Text} {
		if captured, ok = p.match(words(t)); ok {
			break
		}
	}
	if !ok {
		return false
	}
	line := q.Loc.At("stem").Line
	by := fmt.Sprintf("mapping line %d", line)
	question := q.Question
	if question == "" {
		ws, spans := r.nameSpans(hc)
		cu := questionCue(ws, spans)
		question = cu.question
		by += cueText(cu)
	}
	if question == Ignore {
		c.Kind, c.By = KindIgnored, by+": ignore"
		return true
	}
	if e, ok := r.itemEntry(hc.item); ok && e == Ignore && q.Entry == "" && len(q.Entries) == 0 {
		c.Kind, c.By = KindIgnored, r.itemBy(hc.item)+": ignore"
		return true
	}
	entry := q.Entry
	switch {
	case entry != "":
	case len(q.Entries) > 0:
		if n >= len(q.Entries) {
			c.Kind, c.Question, c.By = KindAnswer, question, by
			c.decide(fmt.Sprintf("the stem of mapping line %d matches more columns than its %d entries", line, len(q.Entries)),
				"list one entry per repeated question, in the order of the columns")
			return true
		}
		entry = q.Entries[n]
		by += fmt.Sprintf(", entry %d of %d", n+1, len(q.Entries))
	case len(captured) > 0:
		entry = r.entryNamedBy(c, captured, "the words the \"*\" stands for")
	case hc.item != "":
		if e, ok := r.itemEntry(hc.item); ok {
			entry = e
			by += ", " + r.itemBy(hc.item)
			break
		}
		entry = r.entryNamedBy(c, words(hc.item), "the "+itemWord(hc))
	default:
		entry = r.entryNamedBy(c, words(c.Text), "the question")
	}
	c.Kind, c.Question, c.By = KindAnswer, question, by
	c.Entry = entry
	r.checkEntry(c)
	return true
}

// entryNamedBy finds the one entry ws names, or records the decision to make.
func (r *reader) entryNamedBy(c *Column, ws []string, where string) string {
	if r.matcher == nil {
		if len(ws) == 0 {
			c.decide("no feature is named in "+where, "add entry: to the mapping line")
			return ""
		}
		return strings.Join(ws, " ")
	}
	entries, spans := r.matcher.find(ws)
	switch len(entries) {
	case 1:
		return entries[0]
	case 0:
		c.decide(fmt.Sprintf("%s (%q) names no catalog entry", where, strings.Join(ws, " ")),
			"add an alias to the catalog entry it asks about, or entry: to the mapping line")
	default:
		c.decide(fmt.Sprintf("%s names several catalog entries: %s", where, namedEntries(spans)),
			"add entry: to the mapping line, or change the catalog's names and aliases so that only one entry's are in the question")
	}
	return ""
}

func itemWord(hc headerCell) string {
	if hc.item != "" {
		return "sub-question"
	}
	return "question"
}

// itemEntry looks a sub-question up in the mapping's items.
func (r *reader) itemEntry(item string) (string, bool) {
	m := r.src.Mapping
	if m == nil || item == "" || len(m.Items) == 0 {
		return "", false
	}
	key, ok := r.itemKey(item)
	if !ok {
		return "", false
	}
	r.use.items[key] = true
	return m.Items[key], true
}

// itemKey finds the items key that names item, as written or normalised.
func (r *reader) itemKey(item string) (string, bool) {
	m := r.src.Mapping
	if _, ok := m.Items[item]; ok {
		return item, true
	}
	n := Normalize(item)
	for _, k := range sortedKeys(m.Items) {
		if Normalize(k) == n {
			return k, true
		}
	}
	return "", false
}

func (r *reader) itemBy(item string) string {
	key, _ := r.itemKey(item)
	return fmt.Sprintf("item %q (mapping line %d)", item, r.src.Mapping.Loc.At("items."+key).Line)
}

// nameSpans returns the words of a column's question and where catalog names are in them.
func (r *reader) nameSpans(hc headerCell) ([]string, []span) {
	ws := words(hc.stem + " " + hc.item)
	if r.matcher == nil {
		return ws, nil
	}
	_, spans := r.matcher.find(ws)
	return ws, spans
}

func cueText(cu cue) string {
	if cu.word == "" {
		return "; " + cu.question + " (no negation)"
	}
	return fmt.Sprintf("; %q: %s", cu.word, cu.question)
}

// matchCatalog recognises a question that names a catalog entry, in its
// sub-question (grid row, matrix row) first, then anywhere in its text.
func (r *reader) matchCatalog(c *Column, hc headerCell) bool {
	stemWords, itemWords := words(hc.stem), words(hc.item)
	all := append(append([]string(nil), stemWords...), itemWords...)
	if e, ok := r.itemEntry(hc.item); ok {
		if e == Ignore {
			c.Kind, c.By = KindIgnored, r.itemBy(hc.item)+": ignore"
			return true
		}
		cu := questionCue(stemWords, nil)
		c.Kind, c.Entry, c.Question, c.candidate = KindAnswer, e, cu.question, true
		c.By = r.itemBy(hc.item) + cueText(cu)
		r.checkEntry(c)
		return true
	}
	if r.matcher == nil {
		// Without a catalog a grid row names the feature itself.
		if len(itemWords) == 0 {
			return false
		}
		cu := questionCue(stemWords, nil)
		c.Kind, c.Entry, c.Question, c.candidate = KindAnswer, hc.item, cu.question, true
		c.By = fmt.Sprintf("the %s names the feature%s", itemWord(hc), cueText(cu))
		return true
	}
	where := "the " + itemWord(hc)
	entries, spans := r.matcher.find(itemWords)
	for i := range spans {
		spans[i].start += len(stemWords)
		spans[i].end += len(stemWords)
	}
	if len(entries) == 0 {
		where = "the question"
		entries, spans = r.matcher.find(all)
	}
	switch len(entries) {
	case 0:
		return false
	case 1:
		cu := questionCue(all, spans)
		c.Kind, c.Entry, c.Question, c.candidate = KindAnswer, entries[0], cu.question, true
		c.By = fmt.Sprintf("%s names %q%s", where, spans[0].phrase.text, cueText(cu))
	default:
		c.Kind, c.candidate = KindAnswer, true
		c.By = where + " names several entries"
		c.decide(fmt.Sprintf("%s names several catalog entries: %s", where, namedEntries(spans)),
			`map it in the mapping file: columns: - {column: `+c.Ref+`, entry: ID, question: functional}, or change the catalog's names and aliases so that only one entry's are in the question`)
	}
	return true
}

// renameAttributes applies the mapping's attributes: section to attribute
// and metadata columns (e.g. "Kundentyp: segment"). A line naming a role
// of the long layout (feature, functional, dysfunctional, importance)
// makes the column that role, and agrees with a column its header
// already made it.
func (r *reader) renameAttributes(h *header, cols []Column, use *mappingUse) {
	m := r.src.Mapping
	if m == nil || len(m.Attributes) == 0 {
		return
	}
	for i := range cols {
		c := &cols[i]
		attr := c.Kind == KindAttribute || c.Kind == KindMetadata
		long := c.Kind == KindFeature || c.Kind == KindAnswer && c.Entry == "" && c.Decision == ""
		if !attr && !long {
			continue
		}
		for _, t := range h.cells[i].texts {
			renamed, ok := m.Attributes[t]
			switch {
			case !ok:
				continue
			case isLongRole(renamed):
				setLongRole(c, renamed, fmt.Sprintf("mapping line %d", m.Loc.At("attributes."+t).Line))
			case attr:
				// Named by the mapping as an attribute: its values are not
				// watched for Kano answers (a customer-type question coded
				// A1/A2 looks like answer codes A1..A5).
				c.Attribute, c.kanoCheck = renamed, false
				c.By += fmt.Sprintf("; renamed %q by the mapping", renamed)
			default:
				continue // a long layout's column named an attribute: reported as unused
			}
			use.attributes[t] = true
			break
		}
	}
}

// unwatchSegment takes the segment column (settings.kano.segment_by or
// --segment-by) out of the Kano-answer watch: it was named as the
// segment, so codes in it that also read as answers are its groups.
func (r *reader) unwatchSegment(cols []Column) {
	if r.cfg.SegmentBy == "" {
		return
	}
	for i := range cols {
		c := &cols[i]
		if (c.Kind == KindAttribute || c.Kind == KindMetadata) && strings.EqualFold(c.Attribute, r.cfg.SegmentBy) {
			c.kanoCheck = false
		}
	}
}

// confirm keeps a column matched by name only when its values can be Kano
// answers: a comment column that mentions a feature holds free text.
func (r *reader) confirm(c *Column, sample []bufferedRow) {
	if c.Question != Importance && scaleOfImportance(c, sample, r.values) {
		// Numbers above 5 are no answer codes: a sub-question of an
		// importance matrix whose stem has no word for it (LimeSurvey's K3).
		c.Question = Importance
		c.By += "; its values run from 1 to 9: importance"
	}
	known := 0
	unknown := map[string]int{}
	example := ""
	for _, row := range sample {
		v := strings.TrimSpace(cell(row.cells, c.Index-1))
		if c.Question == Importance {
			if n, ok := r.values.importance(v); ok {
				if n > 0 {
					known++
				}
				continue
			}
		} else {
			switch r.values.kind(v) {
			case valueMissing:
				continue
			case valueCode, valueLabel:
				known++
				continue
			}
		}
		if example == "" {
			example = v
		}
		unknown[v]++
	}
	if known > 0 {
		return
	}
	what := "Kano answers"
	if c.Question == Importance {
		what = "importance ratings 1-9"
	}
	// A question has at most five answers; more distinct unknown values,
	// and none known, is free text or another kind of question.
	why := ""
	switch {
	case len(unknown) > 5:
		why = fmt.Sprintf("its values are not %s (e.g. %q)", what, clip(example, 40))
	case optionColumn(c, unknown):
		why = fmt.Sprintf("its only value is %q: an option of a multiple-choice question", clip(example, 40))
	case fewComments(unknown, len(sample)):
		why = fmt.Sprintf("a few different texts, most cells blank (e.g. %q): comments, not %s", clip(example, 40), what)
	default:
		return
	}
	c.Kind, c.Entry, c.Question, c.candidate = KindIgnored, "", "", false
	c.By = c.By + ", but " + why
	c.Decision, c.Hint = "", ""
}

// optionColumn reports whether a column's cells (none a Kano answer) hold
// one text only: how SurveyMonkey and Typeform write each option of a
// multiple-choice question, the option's text (or a mark such as "Yes")
// where it was ticked, blank elsewhere. Answers to a question differ from
// respondent to respondent; one text that is the column's own header, or
// one text written three times or more, is a ticked option.
func optionColumn(c *Column, unknown map[string]int) bool {
	if len(unknown) != 1 {
		return false
	}
	for v, times := range unknown {
		n := Normalize(v)
		return n != "" && (n == Normalize(c.Item) || n == Normalize(c.Text) || times >= 3)
	}
	return false
}

// fewComments reports whether the unknown values of a column read in rows
// sampled rows are comments: each text written once, in at most a few of
// at least six rows, the rest blank. Answers repeat: five wordings among
// many respondents (codes such as A1..A5 too).
func fewComments(unknown map[string]int, rows int) bool {
	if len(unknown) == 0 || rows < 6 || 2*len(unknown) > rows {
		return false
	}
	for _, n := range unknown {
		if n > 1 {
			return false
		}
	}
	return true
}

// scaleOfImportance reports whether c's sampled cells are all whole
// numbers 1 to 9 (or no answer), some above 5.
func scaleOfImportance(c *Column, sample []bufferedRow, v *valueReader) bool {
	high := false
	for _, row := range sample {
		s := strings.TrimSpace(cell(row.cells, c.Index-1))
		if v.kind(s) == valueMissing {
			continue
		}
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 9 {
			return false
		}
		high = high || n > 5
	}
	return high
}

func clip(s string, n int) string {
	if len([]rune(s)) <= n {
		return s
	}
	return string([]rune(s)[:n-3]) + "..."
}

// markSharedStems flags unmapped columns that share their question with an
// answer column: another row of the same grid, whose codes are answers too.
func markSharedStems(cols []Column) {
	stems := map[string]bool{}
	for _, c := range cols {
		if c.Kind == KindAnswer && c.questionStem() != "" && c.Item != "" {
			stems[Normalize(c.questionStem())] = true
		}
	}
	for i := range cols {
		c := &cols[i]
		if c.kanoCheck && c.questionStem() != "" && stems[Normalize(c.questionStem())] {
			c.sharedStem = true
		}
	}
}

// checkPairs makes sure each entry has one functional and one dysfunctional
// question and at most one importance question.
func (r *reader) checkPairs(cols []Column) {
	type qs struct{ fun, dys, imp []*Column }
	by := map[string]*qs{}
	var order []string
	for i := range cols {
		c := &cols[i]
		if c.Kind != KindAnswer || c.Entry == "" || c.Decision != "" {
			continue
		}
		q := by[c.Entry]
		if q == nil {
			q = &qs{}
			by[c.Entry] = q
			order = append(order, c.Entry)
		}
		switch c.Question {
		case Functional:
			q.fun = append(q.fun, c)
		case Dysfunctional:
			q.dys = append(q.dys, c)
		case Importance:
			q.imp = append(q.imp, c)
		}
	}
	for _, e := range order {
		q := by[e]
		for _, set := range []struct {
			cols []*Column
			kind string
		}{{q.fun, Functional}, {q.dys, Dysfunctional}, {q.imp, Importance}} {
			if len(set.cols) < 2 {
				continue
			}
			refs := make([]string, len(set.cols))
			for i, c := range set.cols {
				refs[i] = c.Ref
			}
			// One decision, reported once at the first of its columns.
			decision := fmt.Sprintf("entry %q has %d %s questions (columns %s)", e, len(set.cols), set.kind, refList(refs))
			for i, c := range set.cols {
				c.decide(decision, twoQuestionsHint(set.kind))
				c.echo = i > 0
			}
		}
		switch {
		case len(q.fun) == 0 && len(q.dys) > 0:
			hint := "map the functional question of this entry (dsc survey map drafts the mapping)"
			if strings.HasPrefix(q.dys[0].By, "header ") {
				hint = fmt.Sprintf("add a column %q", e+"_"+Functional)
			}
			q.dys[0].decide(fmt.Sprintf("entry %q has a dysfunctional question but no functional one", e), hint)
		case len(q.dys) == 0 && len(q.fun) > 0:
			hint := "if its dysfunctional question has no negation dsc knows (not, without, nicht, kein, ohne ...), map its stem: questions: - {stem: \"...\", question: dysfunctional}"
			if strings.HasPrefix(q.fun[0].By, "header ") {
				hint = fmt.Sprintf("add a column %q", e+"_"+Dysfunctional)
			}
			q.fun[0].decide(fmt.Sprintf("entry %q has a functional question but no dysfunctional one", e), hint)
		case len(q.fun) == 0 && len(q.dys) == 0 && len(q.imp) > 0:
			q.imp[0].decide(fmt.Sprintf("entry %q has an importance question but no Kano questions", e),
				"map its functional and dysfunctional questions, or ignore this column")
		}
	}
}

func twoQuestionsHint(kind string) string {
	if kind == Functional {
		return "if one of them is the dysfunctional question, its wording has no negation dsc knows: map its stem with question: dysfunctional; if one is no Kano question, map it with question: ignore"
	}
	return "map the one that is not a " + kind + " question with question: ignore, or to its own entry"
}

// matchesHeader reports whether a mapping's header: h names this column;
// norm is headerKey(h), made once by the caller, who matches h against
// every column.
func matchesHeader(hc headerCell, h, norm string) bool {
	return slices.Contains(hc.texts, strings.TrimSpace(h)) || slices.Contains(hc.norms, norm)
}

// headerKey is the form matchesHeader compares header texts in.
func headerKey(h string) string { return Normalize(strings.TrimSpace(h)) }

// resolveColumn finds the column a mapping names by header text or, when no
// header has that text, by position; -1 when none.
func resolveColumn(h *header, s string) int {
	key := headerKey(s)
	for i, hc := range h.cells {
		if matchesHeader(hc, s, key) {
			return i
		}
	}
	if i, ok := ColumnIndex(s); ok && i < len(h.cells) {
		return i
	}
	return -1
}

// suffixPairs are short suffixes analysts give the two questions of a
// feature ("feat_1f" and "feat_1d"). Unlike "_functional" they are only
// read as questions when both columns of the pair are there.
var suffixPairs = [][3]string{
	{"f", "d", "i"}, {"fun", "dys", "imp"}, {"func", "dysf", "imp"}, {"func", "dysfunc", "imp"},
	{"pos", "neg", "imp"}, {"positive", "negative", "importance"}, {"funktional", "dysfunktional", "wichtigkeit"},
}

// pairedColumn is one column of such a pair.
type pairedColumn struct {
	id, question, suffix string
	partner              int
}

// findSuffixPairs finds the columns named like "feat_1f" / "feat_1d".
func findSuffixPairs(cells []headerCell) map[int]pairedColumn {
	index := map[string]int{}
	for i, c := range cells {
		index[strings.ToLower(strings.TrimSpace(c.name))] = i
	}
	out := map[int]pairedColumn{}
	for i, c := range cells {
		name := strings.TrimSpace(c.name)
		low := strings.ToLower(name)
		for _, p := range suffixPairs {
			for _, sep := range []string{"_", "-", ".", " ", ""} {
				if !strings.HasSuffix(low, sep+p[0]) {
					continue
				}
				id := name[:len(name)-len(sep+p[0])]
				if id == "" || (sep == "" && !strings.ContainsAny(id[len(id)-1:], "0123456789")) {
					continue
				}
				d, ok := index[strings.ToLower(id)+sep+p[1]]
				if !ok {
					continue
				}
				out[i] = pairedColumn{id, Functional, sep + p[0], d}
				out[d] = pairedColumn{id, Dysfunctional, sep + p[1], i}
				if imp, ok := index[strings.ToLower(id)+sep+p[2]]; ok {
					out[imp] = pairedColumn{id, Importance, sep + p[2], i}
				}
			}
		}
	}
	return out
}

// suffixed recognises "<feature>_functional", "_dysfunctional" and "_importance".
func suffixed(h string) (string, string, bool) {
	low := strings.ToLower(strings.TrimSpace(h))
	for _, q := range []string{Dysfunctional, Functional, Importance} {
		if strings.HasSuffix(low, "_"+q) && len(low) > len(q)+1 {
			return strings.TrimSpace(h)[:len(low)-len(q)-1], q, true
		}
	}
	return "", "", false
}

// longItems says whether the mapping's items: name the feature cells of a
// long export rather than sub-questions of its header.
func (r *reader) longItems() bool {
	if r.src.Mapping.Layout == "long" {
		return true
	}
	for _, c := range r.classified {
		if c.Kind == KindFeature {
			return true
		}
	}
	return false
}

// columnHeaded is the column whose header text is t, nil when none
// (r.columns is not set yet while the columns are classified).
func (r *reader) columnHeaded(h *header, t string) *Column {
	for i, hc := range h.cells {
		if slices.Contains(hc.texts, t) && i < len(r.classified) {
			return &r.classified[i]
		}
	}
	return nil
}

// unusedMappingLines reports mapping lines that matched no column: a typo in
// a header must not make a feature disappear.
func (r *reader) unusedMappingLines(h *header, use *mappingUse) {
	m := r.src.Mapping
	if m == nil {
		return
	}
	var headers []string
	for _, hc := range h.cells {
		headers = append(headers, hc.texts...)
	}
	hint := func(s string) string {
		if sug := diag.Suggest(s, headers); sug != "" {
			return "did you mean " + diag.Quote(sug) + "? copy the text from the export (dsc survey inspect lists every column)"
		}
		return "copy the text from the export (dsc survey inspect lists every column)"
	}
	for k, mc := range m.Columns {
		if use.columns[k] > 0 {
			continue
		}
		if mc.Column != "" {
			p := mc.Loc.At("column")
			r.probs.Add(m.file(), p.Line, p.Col, fmt.Sprintf("column %s is beyond the last column of %s (%s)", mc.Column, r.src.Display, ColumnLetter(len(h.cells)-1)), "count the columns again")
			continue
		}
		p := mc.Loc.At("header")
		r.probs.Add(m.file(), p.Line, p.Col, fmt.Sprintf("header %q matches no column of %s", mc.Header, r.src.Display), hint(mc.Header))
	}
	for k, q := range m.Questions {
		if use.stems[k] == 0 {
			p := q.Loc.At("stem")
			r.probs.Add(m.file(), p.Line, p.Col, fmt.Sprintf("stem %q matches no question of %s", q.Stem, r.src.Display),
				hint(q.Stem)+`; use "*" where the feature's name stands`)
		} else if len(q.Entries) > 0 && use.stems[k] < len(q.Entries) {
			p := q.Loc.At("entries")
			r.probs.Add(m.file(), p.Line, p.Col, fmt.Sprintf("the stem matches %d columns but lists %d entries", use.stems[k], len(q.Entries)),
				"list one entry per repeated question, in the order of the columns")
		}
	}
	if m.Respondent != "" && !use.respondent && !strings.EqualFold(strings.TrimSpace(m.Respondent), "none") {
		p := m.Loc.At("respondent")
		r.probs.Add(m.file(), p.Line, p.Col, fmt.Sprintf("respondent column %q matches no column of %s", m.Respondent, r.src.Display), hint(m.Respondent))
	}
	for _, k := range sortedKeys(m.Items) {
		if r.longItems() {
			break // the rows' feature cells use them: checked once read (unusedLongItems)
		}
		if !use.items[k] {
			p := m.Loc.At("items." + k)
			r.probs.Add(m.file(), p.Line, p.Col, fmt.Sprintf("item %q matches no grid row or sub-question of %s", k, r.src.Display), hint(k))
		}
	}
	for _, k := range sortedKeys(m.Attributes) {
		if use.attributes[k] {
			continue
		}
		p := m.Loc.At("attributes." + k)
		r.segmentLineSaid = r.segmentLineSaid || (r.cfg.SegmentBy != "" && strings.EqualFold(m.Attributes[k], r.cfg.SegmentBy))
		if c := r.columnHeaded(h, k); c != nil {
			// The header is there, but another line or a guess made it
			// something else: say what, not "did you mean" the same name.
			r.probs.Add(m.file(), p.Line, p.Col, fmt.Sprintf("attribute column %q is %s, which is read as %s (%s), not as an attribute", k, c.quoted(), c.Kind, c.By),
				"remove the line that makes it "+string(c.Kind)+"; an attributes: line is all a segment or attribute column needs")
			continue
		}
		r.probs.Add(m.file(), p.Line, p.Col, fmt.Sprintf("attribute column %q matches no column of %s", k, r.src.Display), hint(k))
	}
}
