package survey

import (
	"os"
	"runtime/debug"
)

// fastReadGCPercent is how far the heap may grow over what is live while a
// wide CSV is read by the line walk or on all cores (docs/kano.md, Scale).
// Those paths keep fixed tallies and a hash per respondent and allocate
// nothing per row, so at Go's default (100: a first collection at 4 MB) a
// 100k-row file was collected two or three times for nothing, each time
// stopping the cores that read it; at 400 it is not collected at all. The
// long layout, XLSX and the row-by-row path allocate per row: they keep the
// default, so their memory stays flat in respondents (at 400 the long
// layout's peak grew from 27 to 41 MB at 100k respondents).
const fastReadGCPercent = 400

// quietCollector raises the collector's percent for a fast read and
// returns what puts it back, once the read's respondent ids are checked:
// put back before, it started a collection (the heap was over the default's
// goal by then) that stopped the cores checking them (respondents.go,
// flush) and took one of them from the check for its marking. GOGC in the
// environment wins.
func quietCollector() (restore func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(fastReadGCPercent)
	return func() { debug.SetGCPercent(old) }
}
