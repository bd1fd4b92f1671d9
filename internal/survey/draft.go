package survey

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Draft is a mapping with only the lines a person must decide: every
// placeholder is "" and the file is refused until each is filled in.
type Draft struct {
	File  string      `json:"file"`
	Lines []DraftLine `json:"lines"`
}

// DraftLine is one mapping line to complete.
type DraftLine struct {
	Section string   `json:"section"` // questions, columns, values, items, attributes or segments
	Line    string   `json:"line"`    // as it goes in the mapping file
	Why     string   `json:"why"`
	Columns []string `json:"columns,omitempty"`
	keys    []string
}

// Sections of a mapping file, in the order a draft writes them.
var draftSections = []string{"values", "items", "attributes", "segments", "questions", "columns"}

// DraftMapping works out the mapping lines an inspected export still needs.
// entries are the catalog's ids, offered in comments.
func DraftMapping(in *Inspection) *Draft {
	d := &Draft{File: in.File, Lines: []DraftLine{}}
	stems := map[string]bool{}
	var coded, scaled []Column
	for _, c := range in.Columns {
		switch {
		case len(c.codes) > 0:
			coded = append(coded, c)
		case c.scaled:
			scaled = append(scaled, c)
		case c.Decision == "":
		case c.repeated > 1:
			key := Normalize(c.Text)
			if stems[key] {
				continue
			}
			stems[key] = true
			var refs []string
			for _, o := range in.Columns {
				if o.repeated > 1 && Normalize(o.Text) == key {
					refs = append(refs, o.Ref)
				}
			}
			d.add("questions", fmt.Sprintf("- {stem: %s, entries: [%s]}", yq(c.Text), strings.TrimSuffix(strings.Repeat(`"", `, len(refs)), ", ")),
				fmt.Sprintf("this question heads %d columns (%s); list their entries in column order", len(refs), strings.Join(refs, ", ")), refs...)
		case twoOfAKind(c) && c.Item != "" && c.questionStem() != "":
			// The rows of one matrix question: one stem line says what
			// they all are, not a line per column.
			stem := c.questionStem()
			key := "stem " + Normalize(stem)
			if stems[key] {
				continue
			}
			stems[key] = true
			var refs []string
			for _, o := range in.Columns {
				if twoOfAKind(o) && o.Item != "" && Normalize(o.questionStem()) == key[len("stem "):] {
					refs = append(refs, o.Ref)
				}
			}
			d.add("questions", fmt.Sprintf("- {stem: %s, question: \"\"}", yq(stem)),
				fmt.Sprintf("%s %s: %s; which question is it: functional, dysfunctional, importance, or ignore when it is none",
					strings.Join(refs, ", "), yq(clip(stem, 70)), c.Decision), refs...)
		default:
			q := c.Question
			if q == "" {
				q = questionCue(words(c.questionStem()+" "+c.Item), nil).question
			}
			entry := `""`
			if twoOfAKind(c) {
				entry, q = c.Entry, ""
			}
			d.add("columns", fmt.Sprintf("- {column: %s, entry: %s, question: %s}", c.Ref, entry, yq(q)),
				fmt.Sprintf("%s %s: %s", c.Ref, yq(clip(c.Text, 70)), c.Decision), c.Ref)
		}
	}
	segment := d.codedLines(coded, scaled, in.MissingSegment)
	d.valueLines(in)
	if in.MissingSegment != "" && !segment {
		var attrs []string
		for _, c := range in.Columns {
			if c.Kind == KindAttribute || c.Kind == KindMetadata {
				attrs = append(attrs, c.Attribute)
			}
		}
		d.add("attributes", fmt.Sprintf(`"": %s`, yq(in.MissingSegment)),
			fmt.Sprintf("which column holds the segment %q? one of: %s", in.MissingSegment, strings.Join(quoteAll(attrs), ", ")))
	}
	return d
}

func (d *Draft) add(section, line, why string, cols ...string) {
	d.Lines = append(d.Lines, DraftLine{Section: section, Line: line, Why: why, Columns: cols})
}

// codedLines drafts an export of codes only (LimeSurvey's question and
// answer codes): what the codes mean, which entry each sub-question is,
// which question each stem is. A coded question of one column and no
// sub-questions is no Kano question (a Kano question asks about every
// feature): it is offered as an attribute, as the segment when one is
// missing. scaled are sub-questions holding 1 to 9, an importance matrix.
// It reports whether it drafted the missing segment.
func (d *Draft) codedLines(coded, scaled []Column, missingSegment string) bool {
	if len(coded) == 0 {
		return false
	}
	perStem := map[string]int{}
	for _, c := range coded {
		perStem[c.questionStem()]++
	}
	var codes, items, stems, scaledStems []string
	var single []Column
	for _, c := range coded {
		if c.Item == "" && perStem[c.questionStem()] == 1 {
			single = append(single, c)
			continue
		}
		for _, v := range c.codes {
			if !slices.Contains(codes, v) {
				codes = append(codes, v)
			}
		}
		if c.Item != "" && !slices.Contains(items, c.Item) {
			items = append(items, c.Item)
		}
		if !slices.Contains(stems, c.questionStem()) {
			stems = append(stems, c.questionStem())
		}
	}
	for _, c := range scaled {
		if !slices.Contains(items, c.Item) {
			items = append(items, c.Item)
		}
		if !slices.Contains(scaledStems, c.questionStem()) {
			scaledStems = append(scaledStems, c.questionStem())
		}
	}
	sort.Strings(codes)
	if len(codes) > 0 {
		d.values(codes, "what each answer code means: like, expect, neutral, live-with, dislike or missing")
	}
	if len(items) > 0 {
		d.add("items", "items: {"+emptyMap(items)+"}", "the catalog entry each sub-question asks about")
	}
	segment := false
	for _, c := range single {
		values := append([]string(nil), c.codes...)
		sort.Strings(values)
		what := fmt.Sprintf("%s %s holds a few codes (%s) and has no sub-questions: no Kano question", c.Ref, yq(clip(c.Text, 70)), strings.Join(values, ", "))
		if missingSegment != "" && !segment {
			segment = true
			d.add("attributes", fmt.Sprintf("%s: %s", yq(c.Text), yq(missingSegment)),
				what+fmt.Sprintf("; the segment %q, as a customer-type question is? else delete this line and the segments: line", missingSegment), c.Ref)
			d.add("segments", "segments: {"+emptyMap(values)+"}", "the segment id of dsc.yaml each code of "+yq(c.Text)+" stands for", c.Ref)
			continue
		}
		d.add("attributes", fmt.Sprintf(`%s: ""`, yq(c.Text)), what+"; name the attribute about the respondent it asks, or delete this line", c.Ref)
	}
	for _, s := range stems {
		d.add("questions", fmt.Sprintf(`- {stem: %s, question: ""}`, yq(s)), "functional (the feature is there) or dysfunctional (it is not)")
	}
	for _, s := range scaledStems {
		n := 0
		for _, c := range scaled {
			if c.questionStem() == s {
				n++
			}
		}
		d.add("questions", fmt.Sprintf(`- {stem: %s, question: ""}`, yq(s)),
			fmt.Sprintf("its %d sub-questions hold numbers 1 to 9, no answer codes: importance, or ignore", n))
	}
	return segment
}

// valueLines drafts what the unknown values of answer columns mean.
func (d *Draft) valueLines(in *Inspection) {
	var values []string
	for _, u := range in.Unknown {
		if !slices.Contains(values, u.Value) {
			values = append(values, u.Value)
		}
	}
	if len(values) == 0 {
		return
	}
	if len(values) > 20 {
		d.values(values[:20], fmt.Sprintf("%d distinct values are no answers dsc knows; are these columns Kano questions at all? (the first 20 are here)", len(values)))
		return
	}
	sort.Strings(values)
	d.values(values, "answers dsc does not know: like, expect, neutral, live-with, dislike or missing")
}

// values adds keys to the one values: line of the draft.
func (d *Draft) values(keys []string, why string) {
	for i, l := range d.Lines {
		if l.Section == "values" {
			var all []string
			for _, k := range append(l.keys, keys...) {
				if !slices.Contains(all, k) {
					all = append(all, k)
				}
			}
			d.Lines[i].keys = all
			d.Lines[i].Line = "values: {" + emptyMap(all) + "}"
			d.Lines[i].Why += "; " + why
			return
		}
	}
	d.Lines = append(d.Lines, DraftLine{Section: "values", Line: "values: {" + emptyMap(keys) + "}", Why: why, keys: keys})
}

func emptyMap(keys []string) string {
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = yq(k) + `: ""`
	}
	return strings.Join(parts, ", ")
}

// yq quotes a string for a YAML flow line (a JSON string is valid YAML).
func yq(s string) string {
	if _, err := strconv.Atoi(s); err == nil {
		return s
	}
	b, _ := json.Marshal(s)
	return string(b)
}

func quoteAll(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = strconv.Quote(s)
	}
	return out
}

// YAML renders the draft as a mapping file with a comment above each line.
func (d *Draft) YAML(catalog []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Draft mapping for %s, written by `dsc survey map`.\n", d.File)
	if len(d.Lines) == 0 {
		b.WriteString("# Nothing to decide: dsc reads the file as it is.\n")
		return b.String()
	}
	b.WriteString("# It holds only what dsc could not decide. Fill in every \"\" and save it next to\n")
	b.WriteString("# the export as NAME.map.yaml; docs/surveys.md explains each section.\n")
	if len(catalog) > 0 {
		fmt.Fprintf(&b, "# Catalog entries: %s\n", strings.Join(catalog, ", "))
	}
	for _, sec := range draftSections {
		var lines []DraftLine
		for _, l := range d.Lines {
			if l.Section == sec {
				lines = append(lines, l)
			}
		}
		if len(lines) == 0 {
			continue
		}
		switch sec {
		case "questions", "columns":
			fmt.Fprintf(&b, "%s:\n", sec)
			for _, l := range lines {
				fmt.Fprintf(&b, "  # %s\n  %s\n", l.Why, l.Line)
			}
		case "attributes":
			b.WriteString("attributes:\n")
			for _, l := range lines {
				fmt.Fprintf(&b, "  # %s\n  %s\n", l.Why, l.Line)
			}
		default:
			for _, l := range lines {
				fmt.Fprintf(&b, "# %s\n%s\n", l.Why, l.Line)
			}
		}
	}
	return b.String()
}

// twoOfAKind reports whether a column's decision is that its entry has two
// questions of one kind (checkPairs).
func twoOfAKind(c Column) bool {
	return strings.Contains(c.Decision, "has 2 ") || strings.Contains(c.Decision, "questions (columns")
}
