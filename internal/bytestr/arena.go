// Package bytestr turns bytes read from a file into strings cheaply.
package bytestr

import "unsafe"

// Arena hands out strings copied into shared blocks, so that converting
// the cells of a file costs an allocation per block of cells rather than
// one per cell. A block is never written again once a string points into
// it; a string kept for long keeps its whole block (32 KiB) alive, so
// callers that keep a string in a long-lived map should strings.Clone it.
type Arena struct {
	block []byte
}

const blockSize = 32 << 10

// String returns a copy of b.
func (a *Arena) String(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	if len(b) > blockSize/4 {
		return string(b)
	}
	if len(b) > cap(a.block)-len(a.block) {
		a.block = make([]byte, 0, blockSize)
	}
	start := len(a.block)
	a.block = append(a.block, b...)
	return unsafe.String(&a.block[start], len(b))
}
