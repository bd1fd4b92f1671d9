package server

import (
	"fmt"
	"strings"

	"github.com/dsc-workbench/dsc/internal/qrcode"
)

// quiet is the blank margin around a QR code, in modules (the standard asks for 4).
const quiet = 4

// QRSVG draws a QR code of s as an SVG, one path of dark modules, scaled by
// its container.
func QRSVG(s string) (string, error) {
	code, err := qrcode.Encode(s, qrcode.Medium)
	if err != nil {
		return "", err
	}
	n := code.Size() + 2*quiet
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" shape-rendering="crispEdges" role="img" aria-label="QR code"><rect width="%d" height="%d" fill="#fff"/><path fill="#000" d="`, n, n, n, n)
	for y := 0; y < code.Size(); y++ {
		for x := 0; x < code.Size(); x++ {
			if code.Dark(x, y) {
				fmt.Fprintf(&b, "M%d %dh1v1h-1z", x+quiet, y+quiet)
			}
		}
	}
	b.WriteString(`"/></svg>`)
	return b.String(), nil
}

// QRTerminal draws a QR code of s for a terminal: each character is two
// module rows, an upper half block whose foreground is the upper module and
// whose background is the lower one, in explicit black and white, so phones
// read it on dark and light terminals alike.
func QRTerminal(s string) (string, error) {
	code, err := qrcode.Encode(s, qrcode.Low)
	if err != nil {
		return "", err
	}
	size := code.Size()
	dark := func(x, y int) bool {
		return x >= 0 && y >= 0 && x < size && y < size && code.Dark(x, y)
	}
	colour := func(d bool, fg bool) string {
		c := 97 // bright white
		if d {
			c = 30 // black
		}
		if !fg {
			c += 10
		}
		return fmt.Sprintf("\x1b[%dm", c)
	}
	var b strings.Builder
	const margin = 2
	for y := -margin; y < size+margin; y += 2 {
		for x := -margin; x < size+margin; x++ {
			b.WriteString(colour(dark(x, y), true))
			b.WriteString(colour(dark(x, y+1), false))
			b.WriteString("▀")
		}
		b.WriteString("\x1b[0m\n")
	}
	return b.String(), nil
}
