package report

import (
	"github.com/dsc-workbench/dsc/third_party/excelize"

	"github.com/dsc-workbench/dsc/internal/text"
)

// run is a stretch of a table's rows that share one group (a Kano
// category, a value/effort quadrant): one series of a scatter chart.
type run[K comparable] struct {
	key         K
	first, last int // 0-based rows of the table, inclusive
}

// groupRuns orders items by group, the groups in the order of keys and
// each group's items in their given order; group says an item's group and
// whether it is plotted at all. It returns the rows and their runs.
func groupRuns[T any, K comparable](keys []K, items []T, group func(T) (K, bool)) ([]T, []run[K]) {
	var rows []T
	var runs []run[K]
	for _, k := range keys {
		start := len(rows)
		for _, x := range items {
			if g, ok := group(x); ok && g == k {
				rows = append(rows, x)
			}
		}
		if len(rows) > start {
			runs = append(runs, run[K]{k, start, len(rows) - 1})
		}
	}
	return rows, runs
}

// scatterSeries is one series per run of the table: named by the run's
// first cell in the name column, x and y from their columns, its markers
// in the run's colour.
func scatterSeries[T any, K comparable](t *table[T], runs []run[K], name, x, y text.Key, colour func(K) string) []excelize.ChartSeries {
	var series []excelize.ChartSeries
	for _, g := range runs {
		series = append(series, excelize.ChartSeries{
			Name:       cellRef(t.sheet, t.col(name), t.first()+g.first),
			Categories: t.rangeOf(t.col(x), g.first, g.last),
			Values:     t.rangeOf(t.col(y), g.first, g.last),
			Marker:     excelize.ChartMarker{Symbol: "circle", Size: 8, Fill: solid(colour(g.key))},
		})
	}
	return series
}
