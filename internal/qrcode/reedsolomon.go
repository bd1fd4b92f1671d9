package qrcode

// Reed–Solomon error correction over GF(256) with the QR code's field
// polynomial x^8+x^4+x^3+x^2+1 (0x11D). Products are computed bit by bit:
// a code needs at most about 110,000 of them, so log/exp tables (and the
// start-up work to fill them) are not worth having.

// gfMul multiplies a and b in GF(256).
func gfMul(a, b byte) byte {
	var z byte
	for i := 7; i >= 0; i-- {
		carry := z >> 7
		z <<= 1
		z ^= carry * 0x1D // x^8 = x^4+x^3+x^2+1
		z ^= (b >> i & 1) * a
	}
	return z
}

// generator is the generator polynomial of degree n, (x-α^0)(x-α^1)…(x-α^(n-1))
// with α = 2, as its coefficients from the highest power down, leaving out
// the leading 1.
func generator(n int) []byte {
	g := make([]byte, n)
	g[n-1] = 1 // the polynomial 1
	root := byte(1)
	for range n {
		// Multiply by (x - root): shift up one power and add root times g.
		for j := range g {
			g[j] = gfMul(g[j], root)
			if j+1 < n {
				g[j] ^= g[j+1]
			}
		}
		root = gfMul(root, 2)
	}
	return g
}

// remainder is data times x^len(g) modulo the generator g: the error
// correction codewords of a block.
func remainder(data, g []byte) []byte {
	r := make([]byte, len(g))
	for _, b := range data {
		factor := b ^ r[0]
		copy(r, r[1:])
		r[len(r)-1] = 0
		for i := range r {
			r[i] ^= gfMul(g[i], factor)
		}
	}
	return r
}

// withErrorCorrection splits the data codewords into version v's blocks at
// level l, appends each block's error correction codewords and interleaves
// them: the first codeword of every block, then the second, ...; the long
// blocks' extra data codeword comes after the short blocks' last one, and
// the error correction codewords after all data.
func withErrorCorrection(data []byte, v int, l Level) []byte {
	blocks := int(eccBlocks[l][v])
	eccLen := int(eccPerBlock[l][v])
	raw := rawModules(v) / 8
	short := blocks - raw%blocks // blocks one data codeword shorter
	shortLen := raw / blocks     // codewords of a short block, with its error correction
	g := generator(eccLen)

	type block struct{ data, ecc []byte }
	bs := make([]block, blocks)
	for i, k := 0, 0; i < blocks; i++ {
		n := shortLen - eccLen
		if i >= short {
			n++
		}
		bs[i] = block{data[k : k+n], remainder(data[k:k+n], g)}
		k += n
	}
	out := make([]byte, 0, raw)
	for i := 0; i <= shortLen-eccLen; i++ {
		for _, b := range bs {
			if i < len(b.data) {
				out = append(out, b.data[i])
			}
		}
	}
	for i := range eccLen {
		for _, b := range bs {
			out = append(out, b.ecc[i])
		}
	}
	return out
}
