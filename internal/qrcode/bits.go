package qrcode

// bitWriter appends bits most significant first, as the symbol reads them.
type bitWriter struct {
	buf []byte
	n   int // bits written
}

// write appends the low width bits of v.
func (w *bitWriter) write(v, width int) {
	for i := width - 1; i >= 0; i-- {
		if w.n%8 == 0 {
			w.buf = append(w.buf, 0)
		}
		if v>>i&1 != 0 {
			w.buf[w.n/8] |= 0x80 >> (w.n % 8)
		}
		w.n++
	}
}

// dataCodewordsOf lays data out as version v's data codewords at level l:
// one byte-mode segment (mode 0100, the count, the bytes), the terminator
// (up to four zero bits), zero bits to a byte boundary, then the pad bytes
// 0xEC and 0x11 in turn until the capacity is full.
func dataCodewordsOf(data string, v int, l Level) []byte {
	capacity := dataCodewords(v, l) * 8
	w := bitWriter{buf: make([]byte, 0, capacity/8)}
	w.write(0b0100, 4)
	w.write(len(data), countBits(v))
	for i := 0; i < len(data); i++ {
		w.write(int(data[i]), 8)
	}
	w.write(0, min(4, capacity-w.n))
	w.write(0, (8-w.n%8)%8)
	for pad := 0xEC; w.n < capacity; pad ^= 0xEC ^ 0x11 {
		w.write(pad, 8)
	}
	return w.buf
}
