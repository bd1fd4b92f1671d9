package report

import (
	"fmt"

	"github.com/dsc-workbench/dsc/third_party/excelize"

	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/roadmap"
)

// style names a cell style of the workbook.
type style int

// The workbook's cell styles. Element styles are per DSC element (see
// elementStyle); every constant here has a definition in styleDefs.
const (
	styleNone style = iota
	styleHeader
	styleTitle
	styleSubtitle
	styleNote
	styleText
	styleBold
	styleWrapText
	styleWrapCell
	// styleWrapIndent is styleWrapCell set off by an indent from a number
	// right-aligned in the column before it.
	styleWrapIndent
	styleInt
	styleAmount
	styleDec1
	styleDec2
	stylePercent
	styleMonth
	stylePValue
	styleCenter
	styleMatrix
	styleMark
	styleCriticalMark
	styleDiagonal
	styleCritical
	styleHeaderCenter
	styleHeaderRight
	numStyles // keep last
)

// elementStyle is a style of the target-picture figure, one per element.
type elementStyle struct {
	kind    int // elementHead, elementGroup or elementBox
	element roadmap.Element
}

const (
	elementHead = iota
	elementGroup
	elementBox
)

// alignTop aligns a cell's content with the first line of the wrapped text
// beside it: every data cell sits at the top of its row.
var alignTop = &excelize.Alignment{Vertical: "top"}

var thinBottom = []excelize.Border{{Type: "bottom", Color: palette.line, Style: 1}}

func solid(c string) excelize.Fill {
	return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}}
}

func strptr(s string) *string { return &s }

// numberStyle are the styles of columns of numbers.
var numberStyle = map[style]bool{styleInt: true, styleAmount: true, styleDec1: true, styleDec2: true, stylePercent: true, stylePValue: true}

// styleDefs defines every style constant.
var styleDefs = map[style]*excelize.Style{
	styleHeader: {Font: &excelize.Font{Bold: true, Color: palette.headerText}, Fill: solid(palette.header),
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}},
	styleHeaderCenter: {Font: &excelize.Font{Bold: true, Color: palette.headerText}, Fill: solid(palette.header),
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}},
	// over a column of numbers: the header stands above their right edge
	styleHeaderRight: {Font: &excelize.Font{Bold: true, Color: palette.headerText}, Fill: solid(palette.header),
		Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "center", WrapText: true}},
	styleTitle:    {Font: &excelize.Font{Bold: true, Size: 16, Color: palette.header}},
	styleSubtitle: {Font: &excelize.Font{Bold: true, Size: 12, Color: palette.ink}},
	styleNote:     {Font: &excelize.Font{Italic: true, Color: palette.muted}},
	styleText:     {Border: thinBottom, Alignment: &excelize.Alignment{Vertical: "top"}},
	styleBold:     {Border: thinBottom, Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top"}},
	// Wrapped text needs a row height: neither Excel nor LibreOffice grows a
	// row written without one, so writers set it (see book.wrapRow and
	// writeTable).
	styleWrapText:   {Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}},
	styleWrapCell:   {Border: thinBottom, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}},
	styleWrapIndent: {Border: thinBottom, Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top", WrapText: true, Indent: 1}},
	styleInt:        {Border: thinBottom, NumFmt: 1, Alignment: alignTop},
	// An amount of money in whole units with thousands separators (built-in
	// format 3, #,##0), which Excel and LibreOffice show in the reader's locale.
	styleAmount:       {Border: thinBottom, NumFmt: 3, Alignment: alignTop},
	styleDec1:         {Border: thinBottom, CustomNumFmt: strptr("0.0"), Alignment: alignTop},
	styleDec2:         {Border: thinBottom, NumFmt: 2, Alignment: alignTop},
	stylePercent:      {Border: thinBottom, CustomNumFmt: strptr(`0.0"%"`), Alignment: alignTop},
	styleMonth:        {Border: thinBottom, CustomNumFmt: strptr("mmm yyyy"), Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top"}},
	stylePValue:       {Border: thinBottom, CustomNumFmt: strptr(`[<0.001]"< 0.001";0.000`), Alignment: alignTop},
	styleCenter:       {Border: thinBottom, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}},
	styleMatrix:       {Alignment: &excelize.Alignment{Horizontal: "center"}, Border: []excelize.Border{{Type: "left", Color: palette.ui["cell"], Style: 1}, {Type: "bottom", Color: palette.ui["cell"], Style: 1}}},
	styleMark:         {Alignment: &excelize.Alignment{Horizontal: "center"}, Font: &excelize.Font{Bold: true, Color: palette.white}, Fill: solid(palette.header)},
	styleCriticalMark: {Alignment: &excelize.Alignment{Horizontal: "center"}, Font: &excelize.Font{Bold: true, Color: palette.white}, Fill: solid(palette.critical)},
	styleDiagonal:     {Alignment: &excelize.Alignment{Horizontal: "center"}, Fill: solid(palette.diagonal)},
	styleCritical:     {Border: thinBottom, Font: &excelize.Font{Bold: true, Color: palette.critical}, Alignment: alignTop},
}

func elementStyleDef(s elementStyle) *excelize.Style {
	c := palette.element[s.element]
	switch s.kind {
	case elementHead:
		return &excelize.Style{Font: &excelize.Font{Bold: true, Size: 12, Color: palette.white}, Fill: solid(c),
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}
	case elementGroup:
		return &excelize.Style{Font: &excelize.Font{Bold: true, Size: 9, Color: c}, Fill: solid(palette.ui["plot"]),
			Border:    []excelize.Border{{Type: "left", Color: c, Style: 2}, {Type: "right", Color: c, Style: 2}},
			Alignment: &excelize.Alignment{Vertical: "bottom"}}
	}
	return &excelize.Style{Fill: solid(palette.ui["plot"]),
		Border:    []excelize.Border{{Type: "left", Color: c, Style: 2}, {Type: "right", Color: c, Style: 2}},
		Alignment: &excelize.Alignment{Vertical: "top"}}
}

// styles registers every style once and hands out their ids; asking for a
// style that was never defined is an error, never style 0.
type styles struct {
	ids      map[style]int
	elements map[elementStyle]int
	fills    map[string]int // solid fills by colour, for heat maps
	f        *excelize.File
}

// newStylesIn registers the styles with the number formats of language l.
func newStylesIn(f *excelize.File, l text.Lang) (*styles, error) {
	s := &styles{ids: map[style]int{}, elements: map[elementStyle]int{}, fills: map[string]int{}, f: f}
	for st := styleNone + 1; st < numStyles; st++ {
		def, ok := styleDefs[st]
		if !ok {
			return nil, fmt.Errorf("style %d has no definition", st)
		}
		id, err := f.NewStyle(withBodyFont(inLocale(st, def, l)))
		if err != nil {
			return nil, fmt.Errorf("style %d: %w", st, err)
		}
		s.ids[st] = id
	}
	for _, el := range roadmap.Elements {
		for _, kind := range []int{elementHead, elementGroup, elementBox} {
			es := elementStyle{kind, el}
			id, err := f.NewStyle(withBodyFont(elementStyleDef(es)))
			if err != nil {
				return nil, err
			}
			s.elements[es] = id
		}
	}
	return s, nil
}

// germanFormats are the number formats of a German workbook, tagged with
// the German locale ([$-407]) so that every office suite shows German
// month names ("Dez. 2027") and LibreOffice decimal commas, whatever the
// reader's own locale; an untagged format follows the reader's locale and
// put "Dec 2027" and "11.5" beside German words. Excel takes decimal marks
// from the system; the tag still makes its months German.
var germanFormats = map[style]string{
	styleAmount:  "[$-407]#,##0",
	styleDec1:    "[$-407]0.0",
	styleDec2:    "[$-407]0.00",
	stylePercent: `[$-407]0.0"%"`,
	styleMonth:   "[$-407]mmm yyyy",
	stylePValue:  `[$-407][<0.001]"< 0,001";0.000`,
}

// inLocale returns def, the definition of style st, with its number format
// in language l.
func inLocale(st style, def *excelize.Style, l text.Lang) *excelize.Style {
	code, ok := germanFormats[st]
	if l != text.German || !ok {
		return def
	}
	c := *def
	c.NumFmt, c.CustomNumFmt = 0, strptr(code)
	return &c
}

// monthAxisFormat is the number format of a chart's month axis in l.
func monthAxisFormat(l text.Lang) string {
	if l == text.German {
		return "[$-407]mmm yy"
	}
	return "mmm yy"
}

// withBodyFont names the workbook's font, Calibri 11, in a style's font
// where the style leaves it out: excelize then writes a font without a
// name or size, which LibreOffice draws in its default serif (bold
// headers broke inside words) and the row heights, estimated for
// Calibri's widths (xlsx_wrap.go), would not hold.
func withBodyFont(st *excelize.Style) *excelize.Style {
	if st.Font == nil {
		return st
	}
	c, font := *st, *st.Font
	if font.Family == "" {
		font.Family = "Calibri"
	}
	if font.Size == 0 {
		font.Size = 11
	}
	c.Font = &font
	return &c
}

func (s *styles) id(st style) (int, error) {
	if st == styleNone {
		return 0, nil
	}
	id, ok := s.ids[st]
	if !ok {
		return 0, fmt.Errorf("undefined cell style %d", st)
	}
	return id, nil
}

func (s *styles) element(es elementStyle) (int, error) {
	id, ok := s.elements[es]
	if !ok {
		return 0, fmt.Errorf("undefined style for element %q", es.element)
	}
	return id, nil
}

// fill returns a centred style with a solid fill and readable ink, made
// once per colour (in first-use order, so ids are deterministic).
func (s *styles) fill(bg, ink string, numFmt string) (int, error) {
	return s.fillAligned(bg, ink, numFmt, "center")
}

// fillAligned is fill with the text aligned left, center or right.
func (s *styles) fillAligned(bg, ink, numFmt, align string) (int, error) {
	key := bg + "/" + ink + "/" + numFmt + "/" + align
	if id, ok := s.fills[key]; ok {
		return id, nil
	}
	st := &excelize.Style{Fill: solid(bg), Font: &excelize.Font{Color: ink}, Alignment: &excelize.Alignment{Horizontal: align, Vertical: "top"},
		Border: []excelize.Border{{Type: "left", Color: palette.paper, Style: 1}, {Type: "bottom", Color: palette.paper, Style: 1}}}
	if numFmt != "" {
		st.CustomNumFmt = strptr(numFmt)
	}
	id, err := s.f.NewStyle(withBodyFont(st))
	if err != nil {
		return 0, err
	}
	s.fills[key] = id
	return id, nil
}
