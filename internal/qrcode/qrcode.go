// Package qrcode draws QR codes (ISO/IEC 18004, Model 2) of byte strings:
// all 40 versions, the four error correction levels, the mask chosen by the
// standard's four penalty rules. It is pure (no I/O) and computes nothing
// when the program starts: its tables are constants and the Reed–Solomon
// arithmetic needs none.
//
// For the same text and level it draws the same matrix as
// github.com/piglig/go-qr's EncodeText, which dsc used before (the goldens
// in testdata prove it), as long as the text is not purely numeric or
// alphanumeric: this package always uses byte mode, which a URL such as the
// workshop's join link needs anyway.
//
// It draws and does not read: read_test.go reads a drawn code back, so the
// tests prove that a code says what it should, without a second QR
// implementation in the package.
package qrcode

import (
	"errors"
	"fmt"
)

// Level is an error correction level: the share of the code that may be
// damaged and still read.
type Level int

const (
	Low      Level = iota // about 7% of the codewords can be restored
	Medium                // about 15%
	Quartile              // about 25%
	High                  // about 30%
)

// String is the level's letter in the standard: L, M, Q or H.
func (l Level) String() string {
	if l < Low || l > High {
		return fmt.Sprintf("Level(%d)", int(l))
	}
	return "LMQH"[l : l+1]
}

// ErrTooLong says the data does not fit even version 40 at the level asked.
var ErrTooLong = errors.New("qrcode: data too long for a QR code")

// Code is a finished QR code: a square of dark and light modules, without
// the quiet zone around it.
type Code struct {
	version int
	level   Level
	mask    int
	size    int
	dark    []bool // row by row, size*size
}

// Version is the code's version, 1 to 40; its side is 4*version+17.
func (c *Code) Version() int { return c.version }

// Level is the error correction level used, which may be above the one
// asked for (see Encode).
func (c *Code) Level() Level { return c.level }

// Mask is the mask pattern applied, 0 to 7.
func (c *Code) Mask() int { return c.mask }

// Size is the side of the code in modules.
func (c *Code) Size() int { return c.size }

// Dark reports whether the module in column x, row y is dark; outside the
// code (the quiet zone) every module is light.
func (c *Code) Dark(x, y int) bool {
	return x >= 0 && y >= 0 && x < c.size && y < c.size && c.dark[y*c.size+x]
}

// Encode draws data in byte mode in the smallest version that holds it at
// level, then raises the level as far as that version still holds it (a
// free gain in robustness), and applies the mask with the lowest penalty.
func Encode(data string, level Level) (*Code, error) {
	if level < Low || level > High {
		return nil, fmt.Errorf("qrcode: unknown error correction level %d", int(level))
	}
	version := 0
	for v := 1; v <= maxVersion; v++ {
		if segmentBits(len(data), v) <= dataCodewords(v, level)*8 {
			version = v
			break
		}
	}
	if version == 0 {
		return nil, fmt.Errorf("%w: %d bytes at level %v (at most %d)", ErrTooLong, len(data), level, byteCapacity(maxVersion, level))
	}
	for l := level + 1; l <= High; l++ {
		if segmentBits(len(data), version) <= dataCodewords(version, l)*8 {
			level = l
		}
	}

	m := newMatrix(version)
	m.drawFunctionPatterns(level)
	m.placeCodewords(withErrorCorrection(dataCodewordsOf(data, version, level), version, level))
	mask := m.bestMask(level)
	m.applyMask(mask)
	m.drawFormat(level, mask)
	return &Code{version: version, level: level, mask: mask, size: m.size, dark: m.dark}, nil
}
