package qrcode

import (
	"errors"
	"fmt"
	"math/bits"
)

// ErrUnreadable says a matrix is not a clean QR code this package can read.
var ErrUnreadable = errors.New("qrcode: unreadable")

// Read reads back the text of a clean QR code given as rows of modules
// (dark = true) without the quiet zone: it decodes the format and version
// information (BCH, up to three wrong bits), removes the mask, collects
// and de-interleaves the codewords, checks every block's Reed–Solomon
// syndromes and reads byte-mode segments. It corrects no codeword: it is
// how tests prove that a drawn code says what it should, not a scanner, and
// lives in a _test.go file for that reason (review).
func Read(rows [][]bool) (string, error) {
	size := len(rows)
	v := (size - 17) / 4
	if v < 1 || v > maxVersion || 4*v+17 != size {
		return "", fmt.Errorf("%w: %d rows is no QR code size", ErrUnreadable, size)
	}
	for _, r := range rows {
		if len(r) != size {
			return "", fmt.Errorf("%w: rows of %d and %d modules", ErrUnreadable, size, len(r))
		}
	}
	at := func(x, y int) bool { return rows[y][x] }
	level, mask, err := readFormat(at, size)
	if err != nil {
		return "", err
	}
	if v >= 7 {
		if got, err := readVersion(at, size); err != nil || got != v {
			return "", fmt.Errorf("%w: version information says %d (%v), the size %d", ErrUnreadable, got, err, v)
		}
	}

	m := newMatrix(v)
	m.drawFunctionPatterns(level)
	for y := range size {
		for x := range size {
			if !m.function[y*size+x] {
				m.dark[y*size+x] = rows[y][x]
			}
		}
	}
	m.applyMask(mask)
	codewords := m.readCodewords()
	data, err := deinterleave(codewords, v, level)
	if err != nil {
		return "", err
	}
	return readSegments(data, v)
}

// readFormat decodes the format information, from either copy.
func readFormat(at func(x, y int) bool, size int) (Level, int, error) {
	var a, b int
	bit := func(dark bool, i int) int {
		if dark {
			return 1 << i
		}
		return 0
	}
	for i := 0; i <= 5; i++ {
		a |= bit(at(8, i), i)
	}
	a |= bit(at(8, 7), 6) | bit(at(8, 8), 7) | bit(at(7, 8), 8)
	for i := 9; i < 15; i++ {
		a |= bit(at(14-i, 8), i)
	}
	for i := range 8 {
		b |= bit(at(size-1-i, 8), i)
	}
	for i := 8; i < 15; i++ {
		b |= bit(at(8, size-15+i), i)
	}
	for _, read := range []int{a, b} {
		for l := Low; l <= High; l++ {
			for k := range 8 {
				if bits.OnesCount(uint(read^formatBits(l, k))) <= 3 {
					return l, k, nil
				}
			}
		}
	}
	return 0, 0, fmt.Errorf("%w: format information %015b / %015b is no BCH codeword", ErrUnreadable, a, b)
}

// readVersion decodes the version information, from either copy.
func readVersion(at func(x, y int) bool, size int) (int, error) {
	var a, b int
	for i := range 18 {
		x, y := size-11+i%3, i/3
		if at(x, y) {
			a |= 1 << i
		}
		if at(y, x) {
			b |= 1 << i
		}
	}
	for _, read := range []int{a, b} {
		for v := 7; v <= maxVersion; v++ {
			if bits.OnesCount(uint(read^versionBits(v))) <= 3 {
				return v, nil
			}
		}
	}
	return 0, fmt.Errorf("%w: version information %018b is no BCH codeword", ErrUnreadable, a)
}

// readCodewords collects the codewords in placement order.
func (m *matrix) readCodewords() []byte {
	out := make([]byte, rawModules(m.version)/8)
	bit := 0
	for i := range m.dataModules {
		if bit == len(out)*8 {
			break
		}
		if m.dark[i] {
			out[bit/8] |= 0x80 >> (bit % 8)
		}
		bit++
	}
	return out
}

// deinterleave undoes withErrorCorrection, checking each block: a
// Reed–Solomon codeword is divisible by the generator, so it vanishes at
// its roots α^0 … α^(n-1).
func deinterleave(codewords []byte, v int, l Level) ([]byte, error) {
	blocks := int(eccBlocks[l][v])
	eccLen := int(eccPerBlock[l][v])
	short := blocks - len(codewords)%blocks
	shortLen := len(codewords) / blocks
	bs := make([][]byte, blocks)
	k := 0
	for i := 0; i <= shortLen-eccLen; i++ {
		for j := range bs {
			if i < shortLen-eccLen || j >= short {
				bs[j] = append(bs[j], codewords[k])
				k++
			}
		}
	}
	var data []byte
	for j := range bs {
		data = append(data, bs[j]...)
	}
	for range eccLen {
		for j := range bs {
			bs[j] = append(bs[j], codewords[k])
			k++
		}
	}
	for j, b := range bs {
		root := byte(1)
		for i := range eccLen {
			var s byte
			for _, c := range b {
				s = gfMul(s, root) ^ c
			}
			if s != 0 {
				return nil, fmt.Errorf("%w: block %d fails Reed–Solomon syndrome %d", ErrUnreadable, j, i)
			}
			root = gfMul(root, 2)
		}
	}
	return data, nil
}

// readSegments reads byte-mode segments up to the terminator or the end.
func readSegments(data []byte, v int) (string, error) {
	pos, n := 0, len(data)*8
	read := func(width int) int {
		x := 0
		for range width {
			x = x<<1 | int(data[pos/8]>>(7-pos%8)&1)
			pos++
		}
		return x
	}
	var out []byte
	for n-pos >= 4 {
		switch mode := read(4); mode {
		case 0b0000:
			return string(out), nil
		case 0b0100:
			if n-pos < countBits(v) {
				return "", fmt.Errorf("%w: byte segment count cut off", ErrUnreadable)
			}
			count := read(countBits(v))
			if n-pos < 8*count {
				return "", fmt.Errorf("%w: byte segment of %d bytes runs past the data", ErrUnreadable, count)
			}
			for range count {
				out = append(out, byte(read(8)))
			}
		default:
			return "", fmt.Errorf("%w: segment mode %04b (only byte mode is read)", ErrUnreadable, mode)
		}
	}
	return string(out), nil
}
