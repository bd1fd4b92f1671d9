package qrcode

// The penalty weights of ISO/IEC 18004's mask evaluation.
const (
	penaltyRun     = 3  // N1: a run of five modules of one colour, plus one per module beyond
	penaltyBlock   = 3  // N2: each 2x2 block of one colour
	penaltyFinder  = 40 // N3: each 1:1:3:1:1 pattern with four light modules on one side
	penaltyBalance = 10 // N4: each 5% the dark share is away from 50%
)

// inverts reports whether mask pattern k inverts the module in column x,
// row y (ISO/IEC 18004 table 10; i is the row, j the column there).
func inverts(k, x, y int) bool {
	switch k {
	case 0:
		return (x+y)%2 == 0
	case 1:
		return y%2 == 0
	case 2:
		return x%3 == 0
	case 3:
		return (x+y)%3 == 0
	case 4:
		return (x/3+y/2)%2 == 0
	case 5:
		return x*y%2+x*y%3 == 0
	case 6:
		return (x*y%2+x*y%3)%2 == 0
	default:
		return ((x+y)%2+x*y%3)%2 == 0
	}
}

// applyMask inverts the modules mask k selects, function modules aside.
// Applying the same mask again undoes it.
func (m *matrix) applyMask(k int) {
	for y := range m.size {
		for x := range m.size {
			i := y*m.size + x
			if !m.function[i] && inverts(k, x, y) {
				m.dark[i] = !m.dark[i]
			}
		}
	}
}

// bestMask tries each of the eight masks, with its format information
// drawn, and returns the first with the lowest penalty. It leaves the
// matrix unmasked.
func (m *matrix) bestMask(l Level) int {
	best, lowest := 0, int(^uint(0)>>1)
	for k := range 8 {
		m.applyMask(k)
		m.drawFormat(l, k)
		if p := m.penalty(); p < lowest {
			best, lowest = k, p
		}
		m.applyMask(k)
	}
	return best
}

// penalty scores the matrix by the standard's four rules: long runs (N1),
// 2x2 blocks (N2), finder-like patterns (N3) and the dark/light balance
// (N4). A run's finder-like neighbours are counted as go-qr (after Nayuki's
// QR Code generator) counts them: the light quiet zone beyond the edge
// counts as light, and a pattern needs four light modules on one side and
// at least one on the other.
func (m *matrix) penalty() int {
	score, dark := 0, 0
	for y := range m.size {
		var line runs
		line.reset(m.size)
		for x := range m.size {
			d := m.dark[y*m.size+x]
			if d {
				dark++
			}
			score += line.add(d)
			if x+1 < m.size && y+1 < m.size {
				i := y*m.size + x
				if d == m.dark[i+1] && d == m.dark[i+m.size] && d == m.dark[i+m.size+1] {
					score += penaltyBlock
				}
			}
		}
		score += line.end()
	}
	for x := range m.size {
		var line runs
		line.reset(m.size)
		for y := range m.size {
			score += line.add(m.dark[y*m.size+x])
		}
		score += line.end()
	}
	total := m.size * m.size
	// The smallest k with dark share within (50 ± 5(k+1))%.
	k := (abs(dark*20-total*10)+total-1)/total - 1
	return score + k*penaltyBalance
}

// runs follows one row or column module by module, scoring rules N1 and
// N3 as it goes. history holds the lengths of the latest runs, newest
// first; the first light run includes the quiet zone.
type runs struct {
	size    int
	dark    bool // colour of the current run
	length  int
	history [7]int
}

func (r *runs) reset(size int) { *r = runs{size: size} }

// add takes the next module and returns the penalty it completes.
func (r *runs) add(dark bool) int {
	score := 0
	if dark == r.dark {
		r.length++
		if r.length == 5 {
			score += penaltyRun
		} else if r.length > 5 {
			score++
		}
		return score
	}
	r.push(r.length)
	if !r.dark {
		score += r.finderLike() * penaltyFinder
	}
	r.dark, r.length = dark, 1
	return score
}

// end closes the line: the quiet zone beyond it is a light run.
func (r *runs) end() int {
	length := r.length
	if r.dark {
		r.push(length)
		length = 0
	}
	r.push(length + r.size)
	return r.finderLike() * penaltyFinder
}

func (r *runs) push(length int) {
	if r.history[0] == 0 {
		length += r.size // the first run starts in the quiet zone
	}
	copy(r.history[1:], r.history[:6])
	r.history[0] = length
}

// finderLike counts the finder-like patterns (dark:light:dark:light:dark as
// 1:1:3:1:1) that end at the newest light run: 0, 1 or 2.
func (r *runs) finderLike() int {
	h := &r.history
	n := h[1]
	core := n > 0 && h[2] == n && h[3] == 3*n && h[4] == n && h[5] == n
	count := 0
	if core && h[0] >= 4*n && h[6] >= n {
		count++
	}
	if core && h[6] >= 4*n && h[0] >= n {
		count++
	}
	return count
}
