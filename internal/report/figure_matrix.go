package report

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/market"
)

// The value/effort matrix: effort across, value up, split into quadrants at
// the median effort and at the middle of the value scale. Entries on the
// same spot are set side by side; each dot carries its number in the key.

type matrixFigure struct {
	W, H           float64
	Plot           box
	SplitX, SplitY float64
	XTicks, YTicks []matrixTick
	Quadrants      []matrixLabel
	Dots           []matrixDot
	Key            []matrixKeyItem
	KeyX           float64
	XTitle, YTitle string
	KeyTitle       string
	Legend         []legendEntry
}

type matrixTick struct {
	X, Y  float64
	Label string
}

type matrixLabel struct {
	X, Y   float64
	Text   string
	Anchor string
}

type matrixDot struct {
	X, Y float64
	// AX, AY is the entry's true place; a dot pushed aside by its
	// neighbours (Moved) is tied to it by a thin line.
	AX, AY float64
	Moved  bool
	Number int
	Color  string
	Title  string
}

type matrixKeyItem struct {
	Y      float64
	Number int
	Name   string
	Color  string
}

// valueEffortMatrix lays out every entry with a value and an effort,
// numbered by quadrant (quick wins first) and then by score.
func valueEffortMatrix(l text.Lang, m *analysis.Market) *matrixFigure {
	var entries []analysis.MarketEntry
	for _, q := range market.Quadrants {
		for _, e := range byScore(m.Entries) {
			if e.Quadrant == q {
				entries = append(entries, e)
			}
		}
	}
	if len(entries) == 0 {
		return nil
	}
	f := &matrixFigure{W: 1000, Plot: box{X: 58, Y: 14, W: 560, H: 430}, KeyX: 650,
		XTitle: l.T(text.EffortHead), YTitle: l.T(text.ValueHead), KeyTitle: l.T(text.ValueEffort)}
	maxEffort := 0.0
	for _, e := range entries {
		maxEffort = math.Max(maxEffort, *e.Effort)
	}
	step := 1.0
	if maxEffort > 10 {
		step = math.Ceil(maxEffort/10/2) * 2
	}
	top := math.Ceil(maxEffort/step)*step + step
	x := func(effort float64) float64 { return f.Plot.X + f.Plot.W*effort/top }
	y := func(value float64) float64 { return f.Plot.Y + f.Plot.H*(market.MaxValue+0.5-value)/market.MaxValue }
	for t := 0.0; t <= top+1e-9; t += step {
		f.XTicks = append(f.XTicks, matrixTick{X: x(t), Y: f.Plot.Y + f.Plot.H + 14, Label: text.NumShort(l, t, 1)})
	}
	for v := market.MinValue; v <= market.MaxValue; v++ {
		f.YTicks = append(f.YTicks, matrixTick{X: f.Plot.X - 6, Y: y(v) + 4, Label: text.NumShort(l, v, 0)})
	}
	f.SplitX, f.SplitY = x(m.EffortSplit), y(market.HighValueAbove)
	right, bottom := f.Plot.X+f.Plot.W-6, f.Plot.Y+f.Plot.H-6
	f.Quadrants = []matrixLabel{
		{f.Plot.X + 6, f.Plot.Y + 14, capitalise(text.ValueEffortQuadrant(l, market.QuickWin)), "start"},
		{right, f.Plot.Y + 14, capitalise(text.ValueEffortQuadrant(l, market.StrategicBet)), "end"},
		{f.Plot.X + 6, bottom, capitalise(text.ValueEffortQuadrant(l, market.FillIn)), "start"},
		{right, bottom, capitalise(text.ValueEffortQuadrant(l, market.TimeSink)), "end"},
	}
	anchors := make([][2]float64, len(entries))
	for i, e := range entries {
		anchors[i] = [2]float64{x(*e.Effort), y(*e.Value)}
	}
	pos := spread(anchors, 18, f.Plot)
	keyY := 40.0
	rowH := math.Min(15, 440/float64(len(entries)))
	for i, e := range entries {
		col := hex(palette.quadrants[e.Quadrant])
		d := matrixDot{X: pos[i][0], Y: pos[i][1], AX: anchors[i][0], AY: anchors[i][1], Number: i + 1, Color: col,
			Title: fmt.Sprintf("%s: %s %s, %s %s", e.Name, l.T(text.ValueHead), text.NumShort(l, *e.Value, 1), l.T(text.EffortHead), text.NumShort(l, *e.Effort, 1))}
		d.Moved = math.Hypot(d.X-d.AX, d.Y-d.AY) > 3
		f.Dots = append(f.Dots, d)
		f.Key = append(f.Key, matrixKeyItem{Y: keyY, Number: i + 1, Name: shorten(e.Name, 52), Color: col})
		keyY += rowH
	}
	f.H = math.Max(f.Plot.Y+f.Plot.H+44, keyY+6)
	for _, q := range market.Quadrants {
		f.Legend = append(f.Legend, legendEntry{text.ValueEffortQuadrant(l, q), hex(palette.quadrants[q])})
	}
	return f
}

// byScore orders entries by score, highest first, keeping catalog order on ties.
func byScore(entries []analysis.MarketEntry) []analysis.MarketEntry {
	out := make([]analysis.MarketEntry, 0, len(entries))
	for _, e := range entries {
		if e.Value != nil && e.Effort != nil {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b analysis.MarketEntry) int { return cmp.Compare(score(b), score(a)) })
	return out
}

func score(e analysis.MarketEntry) float64 {
	if e.Score == nil {
		return 0
	}
	return *e.Score
}

// spread moves dots of the given diameter apart until none overlaps,
// each pulled back towards its true place and kept inside the plot. The
// same input always gives the same layout: no randomness, fixed order.
func spread(anchors [][2]float64, diameter float64, plot box) [][2]float64 {
	pos := slices.Clone(anchors)
	const golden = 2.399963 // radians: dots on the same spot leave in different directions
	for iter := 0; iter < 400; iter++ {
		moved := false
		for i := range pos {
			for j := i + 1; j < len(pos); j++ {
				dx, dy := pos[j][0]-pos[i][0], pos[j][1]-pos[i][1]
				dist := math.Hypot(dx, dy)
				if dist >= diameter {
					continue
				}
				if dist < 1e-6 {
					a := golden * float64(j)
					dx, dy, dist = math.Cos(a), math.Sin(a), 1
				}
				push := (diameter - dist) / 2 / dist
				pos[i][0] -= dx * push
				pos[i][1] -= dy * push
				pos[j][0] += dx * push
				pos[j][1] += dy * push
				moved = true
			}
		}
		for i := range pos {
			pos[i][0] += (anchors[i][0] - pos[i][0]) * 0.01
			pos[i][1] += (anchors[i][1] - pos[i][1]) * 0.01
			r := diameter / 2
			pos[i][0] = math.Max(plot.X+r, math.Min(plot.X+plot.W-r, pos[i][0]))
			pos[i][1] = math.Max(plot.Y+r, math.Min(plot.Y+plot.H-r, pos[i][1]))
		}
		if !moved {
			break
		}
	}
	return pos
}
