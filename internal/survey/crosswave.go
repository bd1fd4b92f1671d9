package survey

import (
	"fmt"
	"hash/maphash"
	"sync"
)

// A panel member may answer in every wave, but the same response must not
// count in two: a row pasted into a later wave, or one export listed as two
// waves, would count every respondent twice without a word. Responses
// compares whole rows across waves: the same row (its id or time, every
// answer and attribute; the wave column aside) in two waves is the same
// response, while a panel member's later answer differs at least in its
// time. Rows without a time are not compared: without one, a panel
// member giving the same answers again is not a copy. Within a wave the respondent check (respondents.go) does the work.

// Responses remembers every row read, by wave, so a row seen in another
// wave is reported. Share one across the reads of all waves.
type Responses struct {
	mu   sync.Mutex
	seed maphash.Seed
	seen map[uint64]responsePlace
}

type responsePlace struct {
	wave, file string
	line       int
}

// NewResponses starts an empty record of responses.
func NewResponses() *Responses {
	return &Responses{seed: maphash.MakeSeed(), seen: map[uint64]responsePlace{}}
}

// crossWave records a data row of the wave being read and reports it when
// another wave holds the same row.
func (r *reader) crossWave(row []string, line int) {
	g := r.cfg.Responses
	if g == nil || !r.stamped(row) {
		return
	}
	var h maphash.Hash
	h.SetSeed(g.seed)
	for i, c := range row {
		if r.hasWave && i == r.waveCol {
			continue
		}
		h.WriteString(trimSpace(c))
		h.WriteByte(0)
	}
	key := h.Sum64()
	g.mu.Lock()
	first, ok := g.seen[key]
	if !ok {
		g.seen[key] = responsePlace{wave: r.src.Wave, file: r.src.Display, line: line}
	}
	g.mu.Unlock()
	if ok && first.wave != r.src.Wave {
		r.cellProblem(line, 1, fmt.Sprintf("this response of wave %s is also in wave %s (%s:%d): the same row, time and answers", r.src.Wave, first.wave, first.file, first.line),
			"a panel member may answer in each wave, but one response counts once: remove the copy, or correct its wave")
	}
}

// stamped reports whether the row holds a time in a metadata column (a
// timestamp, a start date), which makes a whole row a single response.
func (r *reader) stamped(row []string) bool {
	for _, c := range r.columns {
		if c.Kind == KindMetadata {
			if _, ok := parseStamp(trimSpace(cell(row, c.Index-1))); ok {
				return true
			}
		}
	}
	return false
}
