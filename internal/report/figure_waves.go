package report

import (
	_ "embed"
	"sort"
	"strconv"
	"strings"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/kano"
)

// The migration between survey waves, drawn as a slope chart: one axis per
// wave, the Kano life cycle as bands from top (indifferent) to bottom
// (must-be), one line per feature that changed category. A feature moving
// down the life cycle runs downhill.

//go:embed assets/migration.html.tmpl
var migrationTemplate string

// migrationView is the slide: the figure and a table of the moves.
type migrationView struct {
	Title, Message, Note string
	Fig                  slopeFigure
	HeadName, HeadMove   string
	HeadP, HeadSig       string
	Waves                []string
	Rows                 []migrationRow
	More                 string // features left out of the figure, if any
}

type slopeFigure struct {
	W, H   float64
	Axes   []slopeAxis
	Bands  []slopeBand
	Lines  []slopeLine
	Labels []slopeLabel
}

type slopeAxis struct {
	X, Top, Bottom float64
	Label, Sub     string // the wave's month and its respondents
}

type slopeBand struct {
	Y, H   float64
	Label  string
	Color  string
	LabelY float64
}

type slopeLine struct {
	Points string // SVG polyline points
	Dots   []slopeDot
	Color  string
	Dashed bool
	Title  string
}

// slopeDot is a feature's place at a wave; Hollow marks a mixed result.
type slopeDot struct {
	X, Y   float64
	Hollow bool
}

type slopeLabel struct {
	X, Y float64
	Text string
}

type migrationRow struct {
	Name  string
	Cells []migrationCell
	Move  string
	P     string
	Sig   bool
}

type migrationCell struct{ Code, Label, Color string }

// migrationLimit is how many features the figure draws; the table lists
// them too, and the rest are counted.
const migrationLimit = 24

// bandOf places a category on the figure's bands: the life cycle's four
// stages, then one band for reverse and questionable.
func bandOf(c kano.Category) int {
	if s, ok := kano.LifecycleStage(c); ok {
		return s
	}
	return 4
}

func (d *deck) waves(w words) {
	l, kw := d.L, d.R.KanoWaves
	if kw == nil || len(kw.Waves) < 2 {
		return
	}
	moved := make([]analysis.WaveFeature, 0, kw.Moved)
	for _, f := range kw.Features {
		if f.Changed() {
			moved = append(moved, f)
		}
	}
	v := &migrationView{Title: l.T(text.KanoMigration), Note: l.T(text.LifecycleNote), HeadName: l.T(text.Name), HeadMove: l.T(text.Move),
		HeadP: l.T(text.HeadPValue), HeadSig: l.T(text.Significant)}
	first, last := kw.Waves[0].Wave, kw.Waves[len(kw.Waves)-1].Wave
	say := text.SayMigration
	if kw.FadedDelight == 0 {
		say = text.SayMigrationNoFade
	}
	v.Message = text.Say(l, say, kw.Moved, text.Month(l, first), text.Month(l, last), kw.Down, kw.Significant, kw.MovedSignificant)
	for _, wv := range kw.Waves {
		v.Waves = append(v.Waves, text.Month(l, wv.Wave))
	}
	// Moves down the life cycle first, significant ones before the others,
	// grouped by where they went on the cycle (indifferent -> attractive,
	// attractive -> one-dimensional, ...), the most significant first.
	sort.SliceStable(moved, func(i, j int) bool {
		a, b := moved[i], moved[j]
		if a.Down() != b.Down() {
			return a.Down()
		}
		if a.Significant() != b.Significant() {
			return a.Significant()
		}
		if fa, fb := cycleKey(a), cycleKey(b); fa != fb {
			return fa < fb
		}
		return a.Test.P < b.Test.P
	})
	if len(moved) > migrationLimit {
		v.More = strconv.Itoa(len(moved)-migrationLimit) + " …"
		moved = moved[:migrationLimit]
	}
	for _, f := range moved {
		row := migrationRow{Name: f.Name, Move: text.LifecycleMove(l, f.Move, f.Unclear()), P: text.PValue(l, f.Test.P), Sig: f.Significant()}
		for _, r := range f.Waves {
			cell := migrationCell{Code: "–", Label: "–", Color: hex(palette.tooFew)}
			if r.N > 0 {
				cell = migrationCell{Color: hex(categoryColor(r.Category))}
				cell.Label, cell.Code = w.result(r.Category, r.Mixed, r.LowN)
				if r.LowN {
					cell.Color = hex(palette.tooFew)
				}
			}
			row.Cells = append(row.Cells, cell)
		}
		v.Rows = append(v.Rows, row)
	}
	v.Fig = slopeChart(l, kw, moved)
	if v.Fig.hollow() {
		v.Note += " " + l.T(text.LifecycleMixedNote)
	}
	d.Migration = v
}

// hollow reports whether the figure draws a mixed result.
func (f slopeFigure) hollow() bool {
	for _, ln := range f.Lines {
		for _, d := range ln.Dots {
			if d.Hollow {
				return true
			}
		}
	}
	return false
}

// cycleKey orders moves by the bands they start and end in.
func cycleKey(f analysis.WaveFeature) int {
	return bandOf(f.First.Category)*10 + bandOf(f.Last.Category)
}

// slopeChart lays out the figure: bands as tall as the most features any
// wave puts in them (18 px a feature), features ordered within a band by
// where they end and where they start, so lines cross as little as may be.
func slopeChart(l text.Lang, kw *analysis.KanoWaves, fs []analysis.WaveFeature) slopeFigure {
	const (
		top, slot, pad = 48.0, 18.0, 12.0
		left, right    = 215.0, 585.0
	)
	n := len(kw.Waves)
	// bands[w][b] lists the features in band b at wave w, in layout order.
	order := append([]analysis.WaveFeature(nil), fs...)
	sort.SliceStable(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if la, lb := bandOf(a.Last.Category), bandOf(b.Last.Category); la != lb {
			return la < lb
		}
		return bandOf(a.First.Category) < bandOf(b.First.Category)
	})
	counts := make([][5]int, n)
	slotOf := make([]map[string]int, n)
	for w := 0; w < n; w++ {
		slotOf[w] = map[string]int{}
		for _, f := range order {
			if r := f.Waves[w]; r.N > 0 {
				b := bandOf(r.Category)
				slotOf[w][f.ID] = counts[w][b]
				counts[w][b]++
			}
		}
	}
	fig := slopeFigure{W: 1000}
	y := top
	var bandY, bandH [5]float64
	names := []string{text.KanoCategory(l, kano.Indifferent), text.KanoCategory(l, kano.Attractive), text.KanoCategory(l, kano.OneDimensional),
		text.KanoCategory(l, kano.MustBe), text.KanoCategory(l, kano.Reverse) + " / " + text.KanoCategory(l, kano.Questionable)}
	colors := []string{hex(palette.category[kano.Indifferent]), hex(palette.category[kano.Attractive]), hex(palette.category[kano.OneDimensional]),
		hex(palette.category[kano.MustBe]), hex(palette.category[kano.Reverse])}
	for b := 0; b < 5; b++ {
		most := 0
		for w := 0; w < n; w++ {
			most = max(most, counts[w][b])
		}
		if b == 4 && most == 0 {
			continue // no reverse or questionable band unless a feature is there
		}
		h := max(float64(most)*slot, slot) + 2*pad
		bandY[b], bandH[b] = y, h
		fig.Bands = append(fig.Bands, slopeBand{Y: y, H: h, Label: names[b], Color: colors[b], LabelY: y + h/2 + 4})
		y += h
	}
	fig.H = y + 10
	x := func(w int) float64 { return left + float64(w)*(right-left)/float64(n-1) }
	for w, wv := range kw.Waves {
		fig.Axes = append(fig.Axes, slopeAxis{X: x(w), Top: top - 6, Bottom: y, Label: text.Month(l, wv.Wave),
			Sub: text.Say(l, text.SayWaveRespondents, wv.Respondents)})
	}
	for _, f := range order {
		line := slopeLine{Dashed: !f.Significant(), Title: f.Name}
		var pts []string
		var lastCat kano.Category
		lastW := -1
		for w, r := range f.Waves {
			if r.N == 0 {
				continue
			}
			b := bandOf(r.Category)
			py := bandY[b] + pad + (float64(slotOf[w][f.ID])+0.5)*slot
			line.Dots = append(line.Dots, slopeDot{X: x(w), Y: py, Hollow: r.Mixed != "" && !r.LowN})
			pts = append(pts, strconv.FormatFloat(x(w), 'f', 1, 64)+","+strconv.FormatFloat(py, 'f', 1, 64))
			lastCat, lastW = r.Category, w
		}
		line.Points = strings.Join(pts, " ")
		line.Color = hex(categoryColor(lastCat))
		fig.Lines = append(fig.Lines, line)
		if lastW == n-1 {
			end := line.Dots[len(line.Dots)-1]
			fig.Labels = append(fig.Labels, slopeLabel{X: end.X + 10, Y: end.Y + 4, Text: shorten(f.Name, 62)})
		}
	}
	return fig
}
