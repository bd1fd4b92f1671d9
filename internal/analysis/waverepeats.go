package analysis

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/survey"
)

// A file with a wave column is read once per wave, and each read groups
// the cells with the same bad value into one message ("…, and 11 more
// cells with it"). Across the reads the same value would come once per
// wave; mergeWaveRepeats makes it one message for the file, at its first
// cell, with every cell counted.

var moreCells = regexp.MustCompile(`, and (\d+) more cells? with it$`)

// mergeWaveRepeats merges the problems of err in the files of srcs with a
// wave column that differ only in their line and in how many more cells
// they count.
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
		base  string
	}
	groups := map[string]*group{}
	out := make([]diag.Problem, 0, len(de.Problems))
	for _, p := range de.Problems {
		base, cells := p.Msg, 1
		if m := moreCells.FindStringSubmatch(p.Msg); m != nil {
			n, _ := strconv.Atoi(m[1])
			base, cells = p.Msg[:len(p.Msg)-len(m[0])], 1+n
		}
		key := fmt.Sprintf("%s\x00%d\x00%s\x00%s", p.File, p.Col, base, p.Hint)
		if p.Line == 0 || !column[p.File] {
			out = append(out, p)
			continue
		}
		if g, ok := groups[key]; ok {
			g.cells += cells
			continue
		}
		groups[key] = &group{at: len(out), cells: cells, base: base}
		out = append(out, p)
	}
	for _, g := range groups {
		out[g.at].Msg = g.base
		if g.cells > 1 {
			out[g.at].Msg += survey.MoreCells(g.cells - 1)
		}
	}
	var l diag.List
	l.Append(out...)
	return l.Err()
}
