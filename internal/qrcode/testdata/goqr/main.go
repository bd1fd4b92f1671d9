// Command goqr records the QR matrices github.com/piglig/go-qr v1.1.0 (the
// encoder dsc used before internal/qrcode) draws for the inputs the
// workshop server encodes and for the edges of the version and level
// tables. Run it from this folder:
//
//	go run . > ../goqr.golden
//
// Every input is encoded in byte mode (each contains a lowercase letter or
// a byte outside the alphanumeric set, as the server's join links do).
package main

import (
	"fmt"
	"strings"

	qr "github.com/piglig/go-qr"
)

var levels = map[string]qr.Ecc{"L": qr.Low, "M": qr.Medium, "Q": qr.Quartile, "H": qr.High}

// case_ is one input and the level asked for.
type case_ struct {
	text  string
	level string
}

func main() {
	var cases []case_
	// The join links the server draws: the terminal's code at L, the
	// projector's at M; loopback, LAN, IPv6, ephemeral ports, typed codes.
	for _, link := range []string{
		"http://127.0.0.1:8080/?code=K7Q2MX",
		"http://192.168.1.20:8080/?code=K7Q2MX",
		"http://10.0.0.2:8080/?code=ABCDEF",
		"http://172.16.254.254:65535/?code=ZZZZZZ",
		"http://192.168.178.43:41873/?code=HW9P3R",
		"http://10.23.145.201:8080/?code=23456Y",
		"http://[::1]:8080/?code=K7Q2MX",
		"http://127.0.0.1:8080/?code=Team+Blue+7",
		"http://192.168.1.20:8080/?code=%C3%9Cbung%2F2026",
	} {
		cases = append(cases, case_{link, "L"}, case_{link, "M"})
	}
	// The longest input that fits version n and one byte more, per level.
	for _, lv := range []string{"L", "M", "Q", "H"} {
		versions := []int{1, 2, 6, 7, 10, 27, 40}
		if lv == "Q" || lv == "H" {
			versions = []int{1, 7, 40}
		}
		for _, n := range versions {
			c := byteCapacity(n, levels[lv])
			cases = append(cases, case_{filler(c), lv}, case_{filler(c + 1), lv})
		}
	}
	// Inputs for which go-qr picks each of the eight masks.
	found := map[int]bool{}
	for _, c := range cases {
		if code, err := qr.EncodeText(c.text, levels[c.level]); err == nil {
			found[maskOf(code)] = true
		}
	}
	for i := 0; len(found) < 8 && i < 100000; i++ {
		link := fmt.Sprintf("http://192.168.%d.%d:%d/?code=%s", i%7, i%250, 8000+i, code6(i))
		for _, lv := range []string{"L", "M"} {
			code, err := qr.EncodeText(link, levels[lv])
			if err != nil {
				panic(err)
			}
			if m := maskOf(code); !found[m] {
				found[m] = true
				cases = append(cases, case_{link, lv})
			}
		}
	}
	if len(found) < 8 {
		panic(fmt.Sprintf("masks found: %v", found))
	}

	fmt.Println("# QR matrices drawn by github.com/piglig/go-qr v1.1.0 (EncodeText); written by testdata/goqr, do not edit.")
	fmt.Println("# Per case: the input (Go-quoted) and the level asked for; the version, level and mask chosen;")
	fmt.Println("# then one line per row, the modules as hex digits, 4 per digit, left to right, dark = 1.")
	for _, c := range cases {
		if strings.IndexFunc(c.text, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 0x80 }) < 0 {
			panic("input would not be in byte mode: " + c.text)
		}
		fmt.Printf("\ninput %q %s\n", c.text, c.level)
		code, err := qr.EncodeText(c.text, levels[c.level])
		if err != nil {
			fmt.Println("too long")
			continue
		}
		fmt.Printf("version %d level %s mask %d\n", (code.Size()-17)/4, levelName(code), maskOf(code))
		for y := 0; y < code.Size(); y++ {
			fmt.Println(hexRow(code, y))
		}
	}
}

// byteCapacity is the number of bytes a byte-mode segment may hold in
// version n at level l (data codewords less the 4-bit mode and the count).
func byteCapacity(n int, l qr.Ecc) int {
	for c := 3000; c > 0; c-- {
		code, err := qr.EncodeText(filler(c), l)
		if err == nil && (code.Size()-17)/4 <= n {
			return c
		}
	}
	panic("no capacity")
}

// filler is n bytes running through every byte value, starting with "h"
// so that go-qr encodes it in byte mode.
func filler(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('h' + 37*i)
	}
	return string(b)
}

func code6(i int) string {
	const alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
	b := make([]byte, 6)
	for j := range b {
		b[j] = alphabet[i%len(alphabet)]
		i = i/len(alphabet) + 7*j + 3
	}
	return string(b)
}

// maskOf and levelName read the mask and level back from the format
// information next to the top-left finder (go-qr keeps them unexported).
func formatBits(code *qr.QrCode) int {
	bits := 0
	for i := 0; i <= 5; i++ {
		bits |= b(code.Module(8, i)) << i
	}
	bits |= b(code.Module(8, 7)) << 6
	bits |= b(code.Module(8, 8)) << 7
	bits |= b(code.Module(7, 8)) << 8
	for i := 9; i < 15; i++ {
		bits |= b(code.Module(14-i, 8)) << i
	}
	return (bits ^ 0x5412) >> 10
}

func maskOf(code *qr.QrCode) int { return formatBits(code) & 7 }

func levelName(code *qr.QrCode) string {
	return [...]string{1: "L", 0: "M", 3: "Q", 2: "H"}[formatBits(code)>>3]
}

func b(v bool) int {
	if v {
		return 1
	}
	return 0
}

func hexRow(code *qr.QrCode, y int) string {
	var s strings.Builder
	for x := 0; x < code.Size(); x += 4 {
		d := 0
		for k := 0; k < 4; k++ {
			d = d<<1 | b(code.Module(x+k, y))
		}
		fmt.Fprintf(&s, "%x", d)
	}
	return s.String()
}
