package qrcode

// maxVersion is the largest QR code, 177 modules a side.
const maxVersion = 40

// eccPerBlock is the number of error correction codewords in each block,
// by level (L, M, Q, H) and version (index 0 unused): ISO/IEC 18004
// table 9.
var eccPerBlock = [4][maxVersion + 1]int8{
	{0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
	{0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28},
	{0, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
	{0, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
}

// eccBlocks is the number of error correction blocks, by level and
// version: ISO/IEC 18004 table 9.
var eccBlocks = [4][maxVersion + 1]int8{
	{0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25},
	{0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49},
	{0, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68},
	{0, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81},
}

// rawModules is the number of modules of version v that carry codewords
// (data and error correction, plus the 0 to 7 remainder bits): the whole
// square less the finder, timing and alignment patterns and the format and
// version information.
func rawModules(v int) int {
	n := (16*v+128)*v + 64
	if v >= 2 {
		align := v/7 + 2
		n -= (25*align-10)*align - 55
		if v >= 7 {
			n -= 36
		}
	}
	return n
}

// dataCodewords is the number of 8-bit data codewords version v holds at
// level l.
func dataCodewords(v int, l Level) int {
	return rawModules(v)/8 - int(eccPerBlock[l][v])*int(eccBlocks[l][v])
}

// countBits is the width of a byte-mode segment's character count.
func countBits(v int) int {
	if v <= 9 {
		return 8
	}
	return 16
}

// segmentBits is the length of a byte-mode segment of n bytes in version v:
// the 4-bit mode, the count and the bytes. It is beyond any capacity when
// the count does not fit its field.
func segmentBits(n, v int) int {
	if n >= 1<<countBits(v) {
		return 1 << 30
	}
	return 4 + countBits(v) + 8*n
}

// byteCapacity is the most bytes version v holds at level l.
func byteCapacity(v int, l Level) int {
	return (dataCodewords(v, l)*8 - 4 - countBits(v)) / 8
}
