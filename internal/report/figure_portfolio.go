package report

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/kano"
)

// The Kano portfolio is drawn here as SVG, not by a chart library, so its
// labels can be placed without collisions and the figure prints complete.

// box is a rectangle in figure pixels.
type box struct{ X, Y, W, H float64 }

func (a box) overlaps(b box) bool {
	return a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H
}

func (a box) inside(b box) bool {
	return a.X >= b.X && a.Y >= b.Y && a.X+a.W <= b.X+b.W && a.Y+a.H <= b.Y+b.H
}

// hitsCircle reports whether the box touches the circle itself (not only
// the square around it).
func (a box) hitsCircle(x, y, r float64) bool {
	cx, cy := clampTo(a, x, y)
	return (cx-x)*(cx-x)+(cy-y)*(cy-y) < (r+1)*(r+1)
}

// segment is a straight line in figure pixels: a leader line or a
// segment-shift arrow.
type segment struct{ X1, Y1, X2, Y2 float64 }

// crosses reports whether the segment runs through the box (touching its
// edge at an end, as a leader meets its own label, does not count):
// Liang-Barsky clipping of the segment to the box shrunk by half a pixel.
func (a box) crosses(s segment) bool {
	x0, y0, dx, dy := s.X1, s.Y1, s.X2-s.X1, s.Y2-s.Y1
	lo, hi := 0.0, 1.0
	for _, e := range [4][2]float64{
		{-dx, x0 - (a.X + 0.5)}, {dx, (a.X + a.W - 0.5) - x0},
		{-dy, y0 - (a.Y + 0.5)}, {dy, (a.Y + a.H - 0.5) - y0},
	} {
		p, q := e[0], e[1]
		if p == 0 {
			if q < 0 {
				return false // parallel to this edge and outside it
			}
			continue
		}
		t := q / p
		if p < 0 {
			lo = max(lo, t)
		} else {
			hi = min(hi, t)
		}
		if lo > hi {
			return false
		}
	}
	return true
}

// portfolioPoint is one feature on the portfolio.
type portfolioPoint struct {
	X, Y, R float64
	Color   string
	Name    string // full name, for the tooltip
	// Lines is what is written beside the point: the name, whole, on one
	// line or wrapped between words, or the point's number in the key when
	// no place for the name was free.
	Lines          []string
	LX, LY         float64 // label anchor (text start, first baseline)
	Leader         bool    // draw a line from the point to the label
	LineX, LineY   float64 // where the leader line meets the label
	Numbered       bool
	Number         int
	Category, Info string
}

// portfolioShift is a feature whose category differs between two segments:
// an arrow from its point in the first segment to its point in the second.
type portfolioShift struct {
	X1, Y1, X2, Y2 float64
	Name           string
}

// portfolioFigure is the whole figure.
type portfolioFigure struct {
	W, H       float64
	Plot       box
	Ticks      []axisTick
	MidX, MidY float64
	Quadrants  []quadrantLabel
	Points     []portfolioPoint
	Shifts     []portfolioShift
	ShiftFrom  string
	ShiftTo    string
	ShiftLines []shiftLine // "from → to" wrapped to the legend's width
	KeyTop     float64     // the baseline of the key's heading
	Key        []keyEntry  // numbered points whose names did not fit
	Legend     []legendEntry
	XTitle     string
	YTitle     string
	SizeNote   string
}

type axisTick struct {
	X, Y  float64
	Label string
}

type quadrantLabel struct {
	X, Y   float64
	Anchor string
	Text   string
}

// shiftLine is one line of the legend's "from → to" under the segment
// shift's heading.
type shiftLine struct {
	Text string
	Y    float64
}

type keyEntry struct {
	Number int
	Name   string
	Color  string
	Lines  []string  // the name wrapped to the key's width
	Y      []float64 // each line's baseline
}

type legendEntry struct {
	Label, Color string
}

const (
	labelFont      = 10.5
	labelCharW     = 5.9 // average glyph width of the label font, in pixels
	labelH         = 13  // one line of a label
	labelLineChars = 36  // the longest name written on one line
)

// labelWidth estimates a label's width from its length.
func labelWidth(s string) float64 { return float64(len([]rune(s)))*labelCharW + 2 }

// labelSize is the width and height of a label of the given lines.
func labelSize(lines []string) (w, h float64) {
	for _, l := range lines {
		w = max(w, labelWidth(l))
	}
	return w, labelH * float64(len(lines))
}

// labelBox is where a point's label is drawn.
func (p portfolioPoint) labelBox() box {
	w, h := labelSize(p.Lines)
	return box{p.LX - 1, p.LY - labelH + 3, w, h}
}

// labelShapes are the ways a name can be written beside its point, the
// most compact first: on one line when it is short, else wrapped between
// words into two balanced lines, else into three. A name is never cut.
func labelShapes(name string) [][]string {
	n := len([]rune(name))
	var out [][]string
	if n <= labelLineChars {
		out = append(out, []string{name})
	}
	for _, lines := range []int{2, 3} {
		// the narrowest wrap into this many lines
		for w := max(12, (n+lines-1)/lines); w <= n; w++ {
			if shape := wrapWords(name, w); len(shape) <= lines {
				if len(shape) == lines {
					out = append(out, shape)
				}
				break
			}
		}
	}
	return out
}

// shorten cuts a name to n characters with an ellipsis.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// portfolio lays out the Kano portfolio: Better against |Worse| with the
// quadrant lines at 0.5, bubbles sized by stated importance, names placed
// where they collide with nothing, else numbered in a key.
func portfolio(l text.Lang, r *analysis.Report) portfolioFigure {
	k := r.Kano
	f := portfolioFigure{W: 1000, H: 600, XTitle: "|Worse|", YTitle: "Better"}
	f.Plot = box{56, 16, 660, 530}
	px := func(x float64) float64 { return f.Plot.X + x*f.Plot.W }
	py := func(y float64) float64 { return f.Plot.Y + (1-y)*f.Plot.H }
	f.MidX, f.MidY = px(0.5), py(0.5)
	for i := 0; i <= 4; i++ {
		v := float64(i) / 4
		f.Ticks = append(f.Ticks, axisTick{px(v), py(v), text.Num(l, v, 2)})
	}
	// The quadrants of the Better/|Worse| portfolio (Berger et al.).
	f.Quadrants = []quadrantLabel{
		{px(0.99), py(0.98), "end", l.T(text.QuadrantOneDimensional)},
		{px(0.01), py(0.98), "start", l.T(text.QuadrantAttractive)},
		{px(0.99), py(0.01), "end", l.T(text.QuadrantMustBe)},
		{px(0.01), py(0.01), "start", l.T(text.QuadrantIndifferent)},
	}
	for _, c := range kano.Categories {
		if k.Mix[string(c)] > 0 {
			f.Legend = append(f.Legend, legendEntry{text.KanoCategory(l, c), hex(palette.category[c])})
		}
	}
	f.SizeNote = l.T(text.BubbleSizeImportance)
	var pts []portfolioPoint
	for _, x := range k.Features {
		if x.Category == kano.NoCategory || x.TooFewAnswers(k.MinN) {
			continue // not classified: listed in the tables, not plotted
		}
		radius := 5.0
		if x.Continuous.ImportanceN > 0 {
			radius = 3 + x.Continuous.ImportanceMean // importance 1-9: radius 4-12
		}
		pts = append(pts, portfolioPoint{X: px(-x.Worse), Y: py(x.Better), R: radius, Color: hex(palette.category[x.Category]),
			Name: x.Name, Number: x.Rank, Category: text.KanoCategory(l, x.Category),
			Info: "Better " + text.Num(l, x.Better, 2) + ", |Worse| " + text.Num(l, -x.Worse, 2)})
	}
	if len(k.Segments) >= 2 {
		a, b := k.Segments[0].Value, k.Segments[1].Value
		f.ShiftFrom, f.ShiftTo = segmentName(r, a), segmentName(r, b)
		for _, x := range k.Features {
			if x.SegmentDifference == nil {
				continue
			}
			ra, rb := x.Segments[a], x.Segments[b]
			f.Shifts = append(f.Shifts, portfolioShift{px(-ra.Worse), py(ra.Better), px(-rb.Worse), py(rb.Better), x.Name})
		}
	}
	var arrows []segment
	for _, sh := range f.Shifts {
		arrows = append(arrows, segment{sh.X1, sh.Y1, sh.X2, sh.Y2})
	}
	f.Points = placeLabels(pts, f.Plot, arrows)
	for _, p := range f.Points {
		if p.Numbered {
			f.Key = append(f.Key, keyEntry{Number: p.Number, Name: p.Name, Color: p.Color})
		}
	}
	below := f.layoutShift(79 + float64(len(f.Legend))*17)
	f.KeyTop = 96 + float64(len(f.Legend))*17 + below
	f.layoutKey(112 + float64(len(f.Legend))*17 + below)
	return f
}

// shiftChars is how many characters of the 10.5 px legend font fit the
// legend's column beside the plot (about 250 px) after the indent.
const shiftChars = 40

// layoutShift writes "from → to" under the segment shift's heading from
// baseline y: on one line when it fits, else the two segment names on
// lines of their own, wrapped at words, never cut (trial7 N4: "...
// Maschinen- und A" ran off the page). It returns how far the lines
// beyond the first push what follows down.
func (f *portfolioFigure) layoutShift(y float64) float64 {
	if len(f.Shifts) == 0 {
		return 0
	}
	lines := []string{f.ShiftFrom + " → " + f.ShiftTo}
	if len([]rune(lines[0])) > shiftChars {
		lines = append(wrapWords(f.ShiftFrom+" →", shiftChars), wrapWords(f.ShiftTo, shiftChars)...)
	}
	for i, t := range lines {
		f.ShiftLines = append(f.ShiftLines, shiftLine{t, y + float64(i)*labelH})
	}
	return float64(len(lines)-1) * labelH
}

// layoutKey writes the key's names in full, wrapped to the key's width,
// from y down; where the full names would run past the figure, each name
// gets one shortened line instead.
func (f *portfolioFigure) layoutKey(y float64) {
	const keyChars, lineH = 44, 13.5
	wrapped := make([][]string, len(f.Key))
	lines := 0
	for i, e := range f.Key {
		wrapped[i] = wrapWords(e.Name, keyChars)
		lines += len(wrapped[i])
	}
	full := y+float64(lines)*lineH <= f.H
	for i := range f.Key {
		if !full {
			wrapped[i] = []string{shorten(f.Key[i].Name, keyChars)}
		}
		f.Key[i].Lines = wrapped[i]
		for range wrapped[i] {
			f.Key[i].Y = append(f.Key[i].Y, y)
			y += lineH
		}
	}
}

// wrapWords breaks s into lines of at most n characters at spaces (a word
// longer than n stands on a line of its own).
func wrapWords(s string, n int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && len([]rune(line))+1+len([]rune(w)) > n {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(lines, line)
}

// placeLabels gives every point a label that overlaps no other label and no
// point, trying spots around the point from near to far; a point whose name
// finds no spot gets its number instead, listed in the key. Points are
// placed in priority order, so the most important keep their names. No line
// runs through a label: neither a leader line (from a point to its label
// set apart) nor one of the lines given (the segment-shift arrows).
func placeLabels(pts []portfolioPoint, area box, lines []segment) []portfolioPoint {
	// A number closed in by names may find no spot its leader can reach
	// without crossing one: the names it crosses are numbered too and the
	// labels placed again (each round numbers more points, so it ends).
	numbered := map[int]bool{}
	for {
		out, crossed := placeOnce(slices.Clone(pts), area, lines, numbered)
		if len(crossed) == 0 {
			return out
		}
		for _, i := range crossed {
			numbered[i] = true
		}
	}
}

// placeOnce places the labels, the points in numbered by their numbers
// only, and returns the named points a number's leader had to cross.
func placeOnce(pts []portfolioPoint, area box, lines []segment, numbered map[int]bool) ([]portfolioPoint, []int) {
	var labels []box
	var owners []int // the point of each label
	var crossed []int
	lines = append([]segment(nil), lines...)
	// Labels keep off every line (strict 2). A number that finds no such
	// spot may have a line across it, its own leader still crossing no
	// label (1), and failing that its leader may cross a label (0): better
	// than a number on a point.
	strict := 2
	free := func(b box, leader *segment) bool {
		if !b.inside(area) {
			return false
		}
		for _, t := range labels {
			if b.overlaps(t) || strict > 0 && leader != nil && t.crosses(*leader) {
				return false
			}
		}
		for _, s := range lines {
			if strict > 1 && b.crosses(s) {
				return false
			}
		}
		for _, p := range pts {
			if b.hitsCircle(p.X, p.Y, p.R) {
				return false
			}
		}
		return true
	}
	// spot returns the label box for a direction and distance from the point.
	spot := func(p portfolioPoint, w, h float64, dir int, dist float64) box {
		g := p.R + 3 + dist
		switch dir {
		case 0: // right
			return box{p.X + g, p.Y - h/2, w, h}
		case 1: // left
			return box{p.X - g - w, p.Y - h/2, w, h}
		case 2: // above
			return box{p.X - w/2, p.Y - g - h, w, h}
		case 3: // below
			return box{p.X - w/2, p.Y + g, w, h}
		case 4: // above right
			return box{p.X + g*0.7, p.Y - g*0.7 - h, w, h}
		case 5: // below right
			return box{p.X + g*0.7, p.Y + g*0.7, w, h}
		case 6: // above left
			return box{p.X - g*0.7 - w, p.Y - g*0.7 - h, w, h}
		case 7: // below left
			return box{p.X - g*0.7 - w, p.Y + g*0.7, w, h}
		case 8, 9: // right, raised or lowered by half its height
			return box{p.X + g, p.Y - h/2 + float64(dir*2-17)*h/2, w, h}
		case 10, 11: // left, raised or lowered
			return box{p.X - g - w, p.Y - h/2 + float64(dir*2-21)*h/2, w, h}
		case 12, 13: // above, shifted right or left by a third of its width
			return box{p.X - w/2 + float64(dir*2-25)*w/3, p.Y - g - h, w, h}
		default: // below, shifted right or left
			return box{p.X - w/2 + float64(dir*2-29)*w/3, p.Y + g, w, h}
		}
	}
	try := func(i int, shape []string, dists []float64) bool {
		p := &pts[i]
		w, h := labelSize(shape)
		for _, d := range dists {
			for dir := 0; dir < 16; dir++ {
				b := spot(*p, w, h, dir, d)
				var leader *segment
				if d > 0 {
					x, y := clampTo(b, p.X, p.Y)
					leader = &segment{p.X, p.Y, x, y}
				}
				if !free(b, leader) {
					continue
				}
				p.Lines, p.LX, p.LY = shape, b.X+1, b.Y+labelH-3
				if leader != nil {
					p.Leader = true
					p.LineX, p.LineY = leader.X2, leader.Y2
					lines = append(lines, *leader)
					for k, t := range labels {
						if strict == 0 && !pts[owners[k]].Numbered && t.crosses(*leader) {
							crossed = append(crossed, owners[k])
						}
					}
				}
				labels = append(labels, b)
				owners = append(owners, i)
				return true
			}
		}
		return false
	}
	// Points arrive in priority order (the Kano rank): the most important
	// keep their names.
	var far []float64
	for d := 0.0; d <= 240; d += 8 {
		far = append(far, d)
	}
	near := []float64{0, 6, 12, 20, 30, 42, 56, 72}
	for i := range pts {
		placed := false
		for _, shape := range labelShapes(pts[i].Name) {
			if numbered[i] {
				break
			}
			if placed = try(i, shape, near); placed {
				break
			}
		}
		if placed {
			continue
		}
		pts[i].Numbered = true
		number := []string{strconv.Itoa(pts[i].Number)}
		placed = try(i, number, far)
		for strict = 1; !placed && strict >= 0; strict-- {
			placed = try(i, number, far)
		}
		strict = 2
		if !placed {
			// Nowhere free even for the number: put it beside the point.
			pts[i].Lines, pts[i].LX, pts[i].LY = number, pts[i].X+pts[i].R+2, pts[i].Y+4
		}
	}
	return pts, crossed
}

// clampTo is the point of box b nearest to (x, y): where a leader line ends.
func clampTo(b box, x, y float64) (float64, float64) {
	return min(max(x, b.X), b.X+b.W), min(max(y, b.Y), b.Y+b.H)
}
