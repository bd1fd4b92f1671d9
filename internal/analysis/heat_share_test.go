package analysis

import (
	"testing"

	"github.com/dsc-workbench/dsc/roadmap"
)

// Each heat cell carries its share of the largest cell's gap, so renderers
// shade it without computing the map's maximum: gaps 6, 3 and 0 share
// 6/6 = 1, 3/6 = 0.5 and 0; a map without any gap stays at 0.
func TestHeatShareOfLargest(t *testing.T) {
	hs := []DimensionHeat{
		{Dimension: roadmap.Dimensions[0], Cells: []HeatCell{{Gap: 6}, {Gap: 3}}},
		{Dimension: roadmap.Dimensions[1], Cells: []HeatCell{{Gap: 0}}},
	}
	shareOfLargest(hs)
	if got := []float64{hs[0].Cells[0].Share, hs[0].Cells[1].Share, hs[1].Cells[0].Share}; got[0] != 1 || got[1] != 0.5 || got[2] != 0 {
		t.Errorf("shares %v, want [1 0.5 0]", got)
	}
	none := []DimensionHeat{{Cells: []HeatCell{{Gap: 0}}}}
	shareOfLargest(none)
	if none[0].Cells[0].Share != 0 {
		t.Errorf("share %g without any gap", none[0].Cells[0].Share)
	}
}
