package qrcode

// matrix is a code being drawn: its modules and which of them belong to a
// function pattern (finders, separators, timing, alignment, format and
// version information), which codewords and masks leave alone.
type matrix struct {
	size     int
	dark     []bool
	function []bool
	version  int
}

func newMatrix(version int) *matrix {
	size := 4*version + 17
	return &matrix{size: size, dark: make([]bool, size*size), function: make([]bool, size*size), version: version}
}

// set draws a function module.
func (m *matrix) set(x, y int, dark bool) {
	m.dark[y*m.size+x] = dark
	m.function[y*m.size+x] = true
}

// drawFunctionPatterns draws everything but the codewords: the timing
// patterns, the three finders with their light separators, the alignment
// patterns, and the format (for mask 0 until the mask is chosen) and
// version information. Later patterns overwrite earlier ones where they
// meet, as in go-qr.
func (m *matrix) drawFunctionPatterns(l Level) {
	for i := range m.size {
		m.set(6, i, i%2 == 0)
		m.set(i, 6, i%2 == 0)
	}
	m.drawFinder(3, 3)
	m.drawFinder(m.size-4, 3)
	m.drawFinder(3, m.size-4)
	pos := alignmentPositions(m.version)
	last := len(pos) - 1
	for i, x := range pos {
		for j, y := range pos {
			if i == 0 && j == 0 || i == 0 && j == last || i == last && j == 0 {
				continue // a finder is there
			}
			m.drawAlignment(x, y)
		}
	}
	m.drawFormat(l, 0)
	m.drawVersion()
}

// drawFinder draws a finder centred on (cx, cy): a 7x7 ring, a light ring
// and a 3x3 core, with the light separator around it (inside the code).
func (m *matrix) drawFinder(cx, cy int) {
	for dy := -4; dy <= 4; dy++ {
		for dx := -4; dx <= 4; dx++ {
			x, y := cx+dx, cy+dy
			if x < 0 || y < 0 || x >= m.size || y >= m.size {
				continue
			}
			d := max(abs(dx), abs(dy))
			m.set(x, y, d != 2 && d != 4)
		}
	}
}

// drawAlignment draws a 5x5 alignment pattern centred on (cx, cy).
func (m *matrix) drawAlignment(cx, cy int) {
	for dy := -2; dy <= 2; dy++ {
		for dx := -2; dx <= 2; dx++ {
			m.set(cx+dx, cy+dy, max(abs(dx), abs(dy)) != 1)
		}
	}
}

// alignmentPositions lists the centre coordinates of version v's alignment
// patterns along each axis (every pair of them is a centre but the three
// at the finders): 6, then evenly spaced to size-7, the step rounded to an
// even number (version 32's table entry is the exception).
func alignmentPositions(v int) []int {
	if v == 1 {
		return nil
	}
	n := v/7 + 2
	step := (v*4 + n*2 + 1) / (n*2 - 2) * 2
	if v == 32 {
		step = 26
	}
	pos := make([]int, n)
	pos[0] = 6
	for i, p := n-1, 4*v+17-7; i >= 1; i, p = i-1, p-step {
		pos[i] = p
	}
	return pos
}

// dataModules yields the indexes of the modules that are not function
// modules in the order codeword bits fill them, the standard's zig-zag:
// two-module-wide columns from the right edge, alternately upwards and
// downwards, skipping the vertical timing column.
func (m *matrix) dataModules(yield func(int) bool) {
	for right := m.size - 1; right >= 1; right -= 2 {
		if right == 6 {
			right = 5
		}
		upward := (right+1)&2 == 0
		for vert := range m.size {
			y := vert
			if upward {
				y = m.size - 1 - vert
			}
			for x := right; x >= right-1; x-- {
				if i := y*m.size + x; !m.function[i] && !yield(i) {
					return
				}
			}
		}
	}
}

// placeCodewords draws the codewords' bits, most significant first, into
// the data modules; the remainder bits after them stay light.
func (m *matrix) placeCodewords(codewords []byte) {
	bit := 0
	for i := range m.dataModules {
		if bit == len(codewords)*8 {
			break
		}
		m.dark[i] = codewords[bit/8]>>(7-bit%8)&1 != 0
		bit++
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
