package report

import (
	"fmt"
	"math"
	"strings"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/market"
)

// The trend radar is a half disc: the nearest horizon in the middle ring,
// the farthest outside; within its ring a more relevant trend sits nearer
// the centre. Dots carry the trend's number in the key beside the disc.

type radarFigure struct {
	W, H, CX, CY float64
	// Core is the radius of the empty centre, Outer of the outermost ring.
	Core, Outer  float64
	Rings        []radarRing
	Dots         []radarDot
	Key          []radarKeyGroup
	KeyX         float64
	RelevantNote string
	Relevant     legendEntry
	Other        legendEntry
}

type radarRing struct {
	R, LabelR float64
	Fill      string
	Label     string
	// LX, LY is where the ring's label sits on the base line.
	LX, LY float64
}

type radarDot struct {
	X, Y, R float64
	Number  int
	Color   string
	Title   string
}

type radarKeyGroup struct {
	Label string
	Y     float64
	Items []radarKeyItem
}

type radarKeyItem struct {
	Y      float64
	Number int
	// Lines are the trend's name wrapped to the key's width, each with
	// its baseline.
	Lines    []radarKeyLine
	Color    string
	Relevant bool
}

type radarKeyLine struct {
	Y    float64
	Text string
}

// radarKeyChars is how many characters of a trend's name a line of the key
// holds; a name runs to two lines at most.
const radarKeyChars = 48

const (
	radarInner = 50.0  // radius of the empty core
	radarRingW = 100.0 // width of a horizon's ring
)

// trendRadar lays out the radar of the market's trends, numbered in the
// radar order of m.Trends.
func trendRadar(l text.Lang, m *analysis.Market) *radarFigure {
	f := &radarFigure{W: 1130, H: 400, CX: 360, CY: 370, KeyX: 740}
	f.Core, f.Outer = radarInner, radarInner+radarRingW*float64(len(market.Horizons))
	for i, h := range market.Horizons {
		outer := radarInner + radarRingW*float64(i+1)
		mid := outer - radarRingW/2
		f.Rings = append(f.Rings, radarRing{R: outer, Fill: hex(palette.radar[i%len(palette.radar)]), Label: text.Horizon(l, h), LX: f.CX + mid, LY: f.CY + 18})
	}
	// draw the outer ring first so the inner ones lie on top
	for i, j := 0, len(f.Rings)-1; i < j; i, j = i+1, j-1 {
		f.Rings[i], f.Rings[j] = f.Rings[j], f.Rings[i]
	}
	relevant, other := hex(palette.critical), hex(palette.accent)
	f.Relevant = legendEntry{fmt.Sprintf(l.T(text.RadarRelevant), m.RelevantFrom), relevant}
	f.Other = legendEntry{fmt.Sprintf(l.T(text.RadarOther), m.RelevantFrom), other}
	keyY := 26.0
	for hi, h := range market.Horizons {
		var idx []int
		for i, t := range m.Trends {
			if t.Horizon == h {
				idx = append(idx, i)
			}
		}
		if len(idx) == 0 {
			continue
		}
		group := radarKeyGroup{Label: text.Horizon(l, h), Y: keyY}
		keyY += 17
		inner := radarInner + radarRingW*float64(hi)
		for k, i := range idx {
			t := m.Trends[i]
			// spread the ring's trends over the half circle, left to right
			a := math.Pi * (1 - (float64(k)+0.5)/float64(len(idx)))
			// relevance 5 near the inner edge, 1 near the outer; neighbours
			// alternate in depth so close angles do not collide
			depth := 0.22 + 0.56*float64(market.MaxRelevance-t.Relevance)/float64(market.MaxRelevance-market.MinRelevance)
			if k%2 == 1 {
				depth += 0.12
			}
			r := inner + radarRingW*math.Min(depth, 0.9)
			col := other
			if t.Relevant {
				col = relevant
			}
			f.Dots = append(f.Dots, radarDot{X: f.CX + r*math.Cos(a), Y: f.CY - r*math.Sin(a), R: 7 + 0.8*float64(t.Relevance),
				Number: i + 1, Color: col, Title: t.Name})
			item := radarKeyItem{Y: keyY, Number: i + 1, Color: col, Relevant: t.Relevant}
			for _, line := range wrapCut(t.Name, radarKeyChars, 2, shorten) {
				item.Lines = append(item.Lines, radarKeyLine{keyY, line})
				keyY += 13
			}
			group.Items = append(group.Items, item)
			keyY += 2
		}
		keyY += 8
		f.Key = append(f.Key, group)
	}
	f.H = math.Max(f.H, keyY+10)
	return f
}

// wrapCut wraps s (wrapWords) into at most maxLines lines of about width
// characters; what does not fit is cut with an ellipsis by clip (shorten,
// or shortenAtWord).
func wrapCut(s string, width, maxLines int, clip func(string, int) string) []string {
	lines := wrapWords(s, width)
	if len(lines) > maxLines {
		lines[maxLines-1] = strings.Join(lines[maxLines-1:], " ")
		lines = lines[:maxLines]
	}
	for i, l := range lines {
		lines[i] = clip(l, width)
	}
	return lines
}
