package report

import (
	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/kano"
)

// mixFigure is the category mix: per feature a bar of its answers split by
// category, the categories in the order of the influence rule.
type mixFigure struct {
	W, H   float64
	NameW  float64
	BarW   float64
	Rows   []mixRow
	Legend []legendEntry
	RowH   float64
}

type mixRow struct {
	Y     float64
	Name  string
	Parts []mixPart
	N     int
	Note  string // "too few answers" for a thin result
}

type mixPart struct {
	X, Y2, W float64
	Color    string
	Code     string
	Count    int
}

// mixCharW is the average glyph width of the mix's 11-pixel names.
const mixCharW = 6.0

// categoryMix lays out features from..to.
func categoryMix(l text.Lang, k *analysis.Kano, from, to int) mixFigure {
	// the names stand whole, in a column as wide as the longest name of
	// all the pages needs (within limits), so every page aligns alike
	longest := 0
	for _, f := range k.Features {
		longest = max(longest, len([]rune(f.Name)))
	}
	m := mixFigure{W: 1000, RowH: 19}
	m.NameW = min(max(330, float64(longest)*mixCharW+16), 440)
	m.BarW = 890 - m.NameW
	fits := int((m.NameW - 16) / mixCharW)
	y := 4.0
	for _, f := range k.Features[from:to] {
		row := mixRow{Y: y, Name: shorten(f.Name, fits), N: f.N}
		if f.TooFewAnswers(k.MinN) {
			row.Note = l.T(text.TooFewAnswers)
		}
		x := m.NameW
		if n := f.Counts.N(); n > 0 {
			for _, c := range kano.Categories {
				cnt := f.Counts.Of(c)
				if cnt == 0 {
					continue
				}
				w := m.BarW * float64(cnt) / float64(n)
				row.Parts = append(row.Parts, mixPart{X: x, Y2: y + 2, W: w, Color: hex(palette.category[c]), Code: text.KanoCode(l, c), Count: cnt})
				x += w
			}
		}
		m.Rows = append(m.Rows, row)
		y += m.RowH
	}
	m.H = y + 30
	for _, c := range kano.Categories {
		m.Legend = append(m.Legend, legendEntry{text.KanoCode(l, c) + " " + text.KanoCategory(l, c), hex(palette.category[c])})
	}
	return m
}
