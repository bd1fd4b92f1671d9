package qrcode

// formatBits is the 15-bit format information for level l and mask: the
// level's two bits (L 01, M 00, Q 11, H 10) and the mask's three, a
// BCH(15,5) code of them (generator 0x537), XORed with 0x5412 so that it is
// never all light.
func formatBits(l Level, mask int) int {
	data := [...]int{Low: 1, Medium: 0, Quartile: 3, High: 2}[l]<<3 | mask
	return (data<<10 | bchRemainder(data, 0x537, 10)) ^ 0x5412
}

// versionBits is the 18-bit version information of version v (7 and up):
// the version's six bits and a BCH(18,6) code of them (generator 0x1F25).
func versionBits(v int) int {
	return v<<12 | bchRemainder(v, 0x1F25, 12)
}

// bchRemainder is data times x^n modulo the generator polynomial g (of
// degree n), over GF(2).
func bchRemainder(data, g, n int) int {
	r := data
	for range n {
		r = r<<1 ^ (r>>(n-1))*g
	}
	return r
}

// drawFormat draws the format information twice: around the top-left
// finder, and split between the bottom-left and top-right ones; plus the
// dark module above the bottom-left finder.
func (m *matrix) drawFormat(l Level, mask int) {
	bits := formatBits(l, mask)
	bit := func(i int) bool { return bits>>i&1 != 0 }
	for i := 0; i <= 5; i++ {
		m.set(8, i, bit(i))
	}
	m.set(8, 7, bit(6))
	m.set(8, 8, bit(7))
	m.set(7, 8, bit(8))
	for i := 9; i < 15; i++ {
		m.set(14-i, 8, bit(i))
	}
	for i := range 8 {
		m.set(m.size-1-i, 8, bit(i))
	}
	for i := 8; i < 15; i++ {
		m.set(8, m.size-15+i, bit(i))
	}
	m.set(8, m.size-8, true)
}

// drawVersion draws the version information (versions 7 and up) in the
// two 6x3 blocks next to the top-right and bottom-left finders.
func (m *matrix) drawVersion() {
	if m.version < 7 {
		return
	}
	bits := versionBits(m.version)
	for i := range 18 {
		dark := bits>>i&1 != 0
		a, b := m.size-11+i%3, i/3
		m.set(a, b, dark)
		m.set(b, a, dark)
	}
}
