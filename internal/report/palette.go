package report

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dsc-workbench/dsc/journey"
	"github.com/dsc-workbench/dsc/kano"
	"github.com/dsc-workbench/dsc/market"
	"github.com/dsc-workbench/dsc/roadmap"
)

// palette is the one place the deliverable's colours are chosen (RGB hex
// without "#"); the workbook, the HTML and its figures all draw from it.
var palette = struct {
	ink, muted, line, paper, band, header, headerText, accent, critical, diagonal, hole, white string
	category                                                                                   map[kano.Category]string
	tooFew                                                                                     string
	element                                                                                    map[roadmap.Element]string
	roles                                                                                      map[journey.Role]string
	operating                                                                                  map[roadmap.OperatingElement]string
	steps                                                                                      map[int]string
	segments                                                                                   []string
	// heat runs from no gap (first) to the largest gap (last).
	heat []string
	// levels colour a maturity rating from the lowest level to the highest.
	levels []string
	// evidence colours how well a touchpoint is backed.
	evidence map[journey.Evidence]string
	// offers, flags, gaps and quadrants colour the market views; radar
	// shades the trend radar's rings from the nearest horizon outwards.
	offers    map[market.Level]string
	flags     map[market.Flag]string
	gaps      map[market.Gap]string
	quadrants map[market.Quadrant]string
	radar     []string
	// ui names the colours of the deck's page furniture (text, lines,
	// bands), used by its style sheet and figures by name.
	ui map[string]string
}{
	ink: "1F2933", muted: "616E7C", line: "D0D7DE", paper: "FFFFFF", band: "EEF3F8", header: "1F4E79", headerText: "FFFFFF",
	accent: "2E75B6", critical: "C0392B", diagonal: "D9D9D9", hole: "F8D7DA", white: "FFFFFF",
	category: map[kano.Category]string{
		kano.MustBe: "1F4E79", kano.OneDimensional: "2E86C1", kano.Attractive: "27AE60",
		kano.Indifferent: "95A5A6", kano.Reverse: "C0392B", kano.Questionable: "F39C12",
	},
	tooFew: "B8C2CC",
	element: map[roadmap.Element]string{
		roadmap.Login: "1F4E79", roadmap.DirectSales: "2E86C1", roadmap.AfterSales: "16A085",
		roadmap.SelfService: "8E44AD", roadmap.DigitalService: "D35400",
	},
	roles:     map[journey.Role]string{journey.RoleLead: "1F4E79", journey.RolePrimary: "5B9BD5", journey.RoleSupport: "DDEBF7", journey.RoleNone: "F4F6F8"},
	operating: map[roadmap.OperatingElement]string{roadmap.IT: "2E75B6", roadmap.Organisation: "16A085", roadmap.Governance: "8E44AD"},
	steps:     map[int]string{1: "5D6D7E", 2: "1F4E79", 3: "16A085", 4: "2E86C1", 5: "8E44AD", 6: "D35400", 7: "B7950B"},
	segments:  []string{"2E75B6", "E67E22", "27AE60", "8E44AD"},
	heat:      []string{"F7FBFF", "DEEBF7", "9ECAE1", "4292C6", "08519C"},
	levels:    []string{"D73027", "FC8D59", "FEE08B", "91CF60", "1A9850"},
	evidence:  map[journey.Evidence]string{journey.Hypothesis: "F39C12", journey.FocusGroup: "5B9BD5", journey.Measured: "27AE60"},
	offers:    map[market.Level]string{market.Full: "1F4E79", market.Partial: "9ECAE1", market.None: "FFFFFF", "": "EEF1F4"},
	flags: map[market.Flag]string{market.TableStakes: "D35400", market.Differentiator: "27AE60",
		market.WhiteSpot: "8E44AD", market.DelightDecay: "B7950B"},
	gaps: map[market.Gap]string{market.ToBuild: "C0392B", market.ToImprove: "E67E22", market.InPlace: "27AE60",
		market.ToReconsider: "7D3C98", market.NoGap: "B8C2CC"},
	quadrants: map[market.Quadrant]string{market.QuickWin: "27AE60", market.StrategicBet: "2E75B6",
		market.FillIn: "B7950B", market.TimeSink: "C0392B"},
	radar: []string{"E8EEF5", "F1F5F9", "F8FAFC"},
	ui: map[string]string{
		"accent":   "2E75B6",
		"arrow":    "7B8794",
		"band":     "F3F6F9",
		"cell":     "E4E8EC",
		"critical": "C0392B",
		"diagonal": "C9CED4",
		"discuss":  "F39C12",
		"divider":  "C4CCD5",
		"error":    "B00020",
		"faint":    "9AA5B1",
		"frame":    "C9D1D9",
		"good":     "1E8449",
		"guide":    "8A96A3",
		"head":     "1F4E79",
		"hole":     "F8D7DA",
		"holeInk":  "7B1A22",
		"ink":      "1F2933",
		"line":     "DDE2E8",
		"muted":    "616E7C",
		"page":     "EEF1F4",
		"plot":     "FBFCFD",
		"quarter":  "EEF3F8",
		"quarter2": "DFE7F0",
		"shade":    "F5F7F9",
		"soft":     "FCFCFD",
		"warn":     "B9770E",
		"white":    "FFFFFF",
	},
}

func hex(c string) string { return "#" + c }

// cssColors declares the deck's colours as CSS custom properties
// (--ink: #1F2933; ...) for its style sheet.
func cssColors() string {
	keys := make([]string, 0, len(palette.ui))
	for k := range palette.ui {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString(":root {")
	for _, k := range keys {
		fmt.Fprintf(&b, " --%s: #%s;", k, palette.ui[k])
	}
	b.WriteString(" }")
	return b.String()
}

// uiColor is a furniture colour by name, for the figures' SVG.
func uiColor(name string) (string, error) {
	c, ok := palette.ui[name]
	if !ok {
		return "", fmt.Errorf("no colour %q in the palette", name)
	}
	return "#" + c, nil
}

// categoryColor is a Kano category's colour; a feature with too few answers
// or no result is drawn in the neutral grey.
func categoryColor(c kano.Category) string {
	if col, ok := palette.category[c]; ok {
		return col
	}
	return palette.tooFew
}

// segmentColor is the colour of the i-th segment.
func segmentColor(i int) string { return palette.segments[i%len(palette.segments)] }

// stepColor is the colour of a roadmap step.
func stepColor(n int) string {
	if c, ok := palette.steps[n]; ok {
		return c
	}
	return palette.accent
}

// heatColor picks the heat colour for a share of the largest value (0 to 1).
func heatColor(share float64) string {
	if share <= 0 {
		return palette.heat[0]
	}
	i := 1 + int(float64(len(palette.heat)-2)*share+0.5)
	return palette.heat[min(i, len(palette.heat)-1)]
}

// heatInk is the text colour readable on a heat colour.
func heatInk(bg string) string {
	if bg == palette.heat[len(palette.heat)-1] || bg == palette.heat[len(palette.heat)-2] {
		return palette.white
	}
	return palette.ink
}

// levelColor colours a rating on a scale from lo to hi.
func levelColor(v, lo, hi float64) string {
	if hi <= lo {
		return palette.levels[len(palette.levels)/2]
	}
	i := int(float64(len(palette.levels)-1)*(v-lo)/(hi-lo) + 0.5)
	return palette.levels[max(0, min(i, len(palette.levels)-1))]
}
