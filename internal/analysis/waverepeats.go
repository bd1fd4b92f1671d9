package analysis

import (
	"errors"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/survey"
)

// A file with a wave column is read once per wave, and each read groups
// the cells with the same bad value into one message ("…, and 11 more
// cells with it"). Across the reads the same value would come once per
// wave; mergeWaveRepeats makes it one message for the file, at its first
// cell, with every cell counted.

// mergeWaveRepeats merges the problems of err in the files of srcs with a
// wave column that differ only in their line and in how many more cells
// they count (their typed Repeats, worded by survey.WithMoreCells).
func mergeWaveRepeats(err error, srcs []survey.Source) error {
	column := map[string]bool{}
	for _, s := range srcs {
		if s.WaveColumn != nil {
			column[s.Display] = true
		}
	}
	var de *diag.Error
	if !errors.As(err, &de) {
		return err
	}
	type group struct {
		at    int // index in out
		cells int
	}
	groups := map[diag.Problem]*group{}
	out := make([]diag.Problem, 0, len(de.Problems))
	for _, p := range de.Problems {
		if p.Line == 0 || !column[p.File] {
			out = append(out, p)
			continue
		}
		one := survey.OneCell(p)
		key := one
		key.Line = 0 // the same value on another line of another wave's read
		if g, ok := groups[key]; ok {
			g.cells += 1 + p.Repeats
			continue
		}
		groups[key] = &group{at: len(out), cells: 1 + p.Repeats}
		out = append(out, one)
	}
	for _, g := range groups {
		out[g.at] = survey.WithMoreCells(out[g.at], g.cells-1)
	}
	var l diag.List
	l.Append(out...)
	return l.Err()
}
