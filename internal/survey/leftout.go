package survey

import (
	"fmt"
	"strings"

	"github.com/dsc-workbench/dsc/internal/numfmt"
	"github.com/dsc-workbench/dsc/kano"
)

// LeftOut counts the responses of a file that are not respondents: rows
// with no Kano answer at all (someone opened the link and left: most tools
// write a row for them), and responses the survey tool itself marks as not
// real (Qualtrics' previews, test responses and spam). They are left out of
// every count and said, never dropped in silence.
type LeftOut struct {
	// NoAnswer: no functional or dysfunctional answer to any feature.
	NoAnswer int `json:"no_answer,omitempty"`
	// Preview: Qualtrics "Survey Preview" and "Survey Test" responses
	// (Status, or DistributionChannel preview/test).
	Preview int `json:"preview,omitempty"`
	// Spam: responses Qualtrics flagged as spam (Status "Spam").
	Spam int `json:"spam,omitempty"`
}

// Total is how many responses were left out.
func (l *LeftOut) Total() int {
	if l == nil {
		return 0
	}
	return l.NoAnswer + l.Preview + l.Spam
}

// addLeftOut adds o's counts to *l, allocating it on first use.
func addLeftOut(l **LeftOut, o *LeftOut) {
	if o == nil {
		return
	}
	if *l == nil {
		*l = &LeftOut{}
	}
	(*l).NoAnswer += o.NoAnswer
	(*l).Preview += o.Preview
	(*l).Spam += o.Spam
}

// leftOut is the file's count of responses left out.
func (r *reader) leftOut() *LeftOut {
	if r.stats.LeftOut == nil {
		r.stats.LeftOut = &LeftOut{}
	}
	return r.stats.LeftOut
}

// noAnswer reports whether a respondent gave no Kano answer at all: no
// functional and no dysfunctional answer to any feature (an importance
// alone classifies nothing).
func noAnswer(answers []pendingAnswer) bool {
	for _, a := range answers {
		if a.f != kano.Missing || a.d != kano.Missing {
			return false
		}
	}
	return true
}

// The marks a tool puts on a response that is not a real one.
const (
	markNone = iota
	markPreview
	markSpam
)

// responseMark reads a Qualtrics Status or DistributionChannel cell, as
// choice text or as the numeric code of a "numeric values" export: Status
// 0 "IP Address" (a real response), 1 "Survey Preview", 2 "Survey Test",
// 4 "Imported", 8 "Spam", 9 preview spam, 12 imported spam, 16 "Offline",
// 17 offline preview; DistributionChannel "preview" or "test" for the
// responses of the preview link and of the test-response generator.
func responseMark[T string | []byte](cell T) int {
	for len(cell) > 0 && cell[0] <= ' ' {
		cell = cell[1:]
	}
	for len(cell) > 0 && cell[len(cell)-1] <= ' ' {
		cell = cell[:len(cell)-1]
	}
	if len(cell) == 0 {
		return markNone
	}
	for _, m := range responseMarks {
		if len(m.text) == len(cell) && equalFoldASCII(cell, m.text) {
			return m.mark
		}
	}
	return markNone
}

var responseMarks = []struct {
	text string
	mark int
}{
	{"1", markPreview}, {"2", markPreview}, {"17", markPreview},
	{"8", markSpam}, {"9", markSpam}, {"12", markSpam},
	{"survey preview", markPreview}, {"survey test", markPreview}, {"preview", markPreview}, {"test", markPreview},
	{"spam", markSpam}, {"preview spam", markSpam}, {"imported spam", markSpam},
}

// equalFoldASCII compares cell with lower-case ASCII text, ignoring case.
func equalFoldASCII[T string | []byte](cell T, text string) bool {
	for i := 0; i < len(text); i++ {
		c := cell[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != text[i] {
			return false
		}
	}
	return true
}

// markColumns are the columns of a Qualtrics export whose cells say a
// response is a preview, a test or spam (Status, DistributionChannel); nil
// for every other file.
func (r *reader) markColumns(cols []Column) []int {
	if r.header.tool == nil || r.header.tool.tool != Qualtrics {
		return nil
	}
	var out []int
	for i, c := range cols {
		if c.Kind != KindMetadata {
			continue
		}
		switch headName(c.Attribute) {
		case "status", "distributionchannel":
			out = append(out, i)
		}
	}
	return out
}

// marked reports whether the row is a response the tool marked as a
// preview, a test or spam, and counts it.
func (r *reader) marked(row []string, marks []int) bool {
	m := markNone
	for _, i := range marks {
		m = max(m, responseMark(cell(row, i)))
	}
	switch m {
	case markPreview:
		r.leftOut().Preview++
	case markSpam:
		r.leftOut().Spam++
	default:
		return false
	}
	return true
}

// Reasons says in a few words why responses were left out, for messages:
// "5 without any Kano answer, 4 previews or tests, 1 spam".
func (l *LeftOut) Reasons() string {
	if l == nil {
		return ""
	}
	var parts []string
	if l.NoAnswer > 0 {
		parts = append(parts, fmt.Sprintf("%d without any Kano answer", l.NoAnswer))
	}
	if l.Preview > 0 {
		parts = append(parts, numfmt.Count(l.Preview, "preview or test response", "previews or test responses"))
	}
	if l.Spam > 0 {
		parts = append(parts, fmt.Sprintf("%d marked as spam", l.Spam))
	}
	return strings.Join(parts, ", ")
}
