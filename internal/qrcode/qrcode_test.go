package qrcode

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// The byte-mode capacities of ISO/IEC 18004 table 7 for a few versions.
func TestByteCapacity(t *testing.T) {
	for _, c := range []struct{ v, l, m, q, h int }{
		{1, 17, 14, 11, 7},
		{2, 32, 26, 20, 14},
		{7, 154, 122, 86, 64},
		{10, 271, 213, 151, 119}, // the count grows to 16 bits
		{27, 1465, 1125, 805, 625},
		{40, 2953, 2331, 1663, 1273},
	} {
		for l, want := range []int{c.l, c.m, c.q, c.h} {
			if got := byteCapacity(c.v, Level(l)); got != want {
				t.Errorf("version %d-%v: %d bytes, want %d", c.v, Level(l), got, want)
			}
		}
	}
}

// rawModules against the codeword counts of ISO/IEC 18004 table 1
// (codewords x 8 + remainder bits).
func TestRawModules(t *testing.T) {
	for v, want := range map[int]int{1: 26*8 + 0, 2: 44*8 + 7, 6: 172*8 + 7, 7: 196*8 + 0, 14: 581*8 + 3, 21: 1156*8 + 4, 40: 3706*8 + 0} {
		if got := rawModules(v); got != want {
			t.Errorf("version %d: %d modules, want %d", v, got, want)
		}
	}
}

// α = 2 generates GF(256): α^8 = x^4+x^3+x^2+1 = 0x1D, and α^255 = 1.
func TestGFMul(t *testing.T) {
	if got := gfMul(0x80, 2); got != 0x1D {
		t.Errorf("α^7·α = %#x, want 0x1d", got)
	}
	seen := map[byte]bool{}
	x := byte(1)
	for range 255 {
		seen[x] = true
		x = gfMul(x, 2)
	}
	if x != 1 || len(seen) != 255 {
		t.Errorf("α^255 = %#x, %d distinct powers", x, len(seen))
	}
}

// The generator polynomials of ISO/IEC 18004 annex A, as exponents of α.
func TestGenerator(t *testing.T) {
	alpha := func(e int) byte {
		x := byte(1)
		for range e {
			x = gfMul(x, 2)
		}
		return x
	}
	for n, exps := range map[int][]int{
		7:  {87, 229, 146, 149, 238, 102, 21},
		10: {251, 67, 46, 61, 118, 70, 64, 94, 32, 45},
	} {
		g := generator(n)
		for i, e := range exps {
			if g[i] != alpha(e) {
				t.Errorf("degree %d, coefficient %d: %#x, want α^%d = %#x", n, i, g[i], e, alpha(e))
			}
		}
	}
}

// The 32 format strings of ISO/IEC 18004 table C.1 (bit 14 first), and
// the version strings of versions 7 and 40 (table D.1).
func TestFormatAndVersionBits(t *testing.T) {
	table := [4][8]string{
		{"111011111000100", "111001011110011", "111110110101010", "111100010011101", "110011000101111", "110001100011000", "110110001000001", "110100101110110"},
		{"101010000010010", "101000100100101", "101111001111100", "101101101001011", "100010111111001", "100000011001110", "100111110010111", "100101010100000"},
		{"011010101011111", "011000001101000", "011111100110001", "011101000000110", "010010010110100", "010000110000011", "010111011011010", "010101111101101"},
		{"001011010001001", "001001110111110", "001110011100111", "001100111010000", "000011101100010", "000001001010101", "000110100001100", "000100000111011"},
	}
	for l, row := range table {
		for k, want := range row {
			if got := fmt.Sprintf("%015b", formatBits(Level(l), k)); got != want {
				t.Errorf("%v mask %d: %s, want %s", Level(l), k, got, want)
			}
		}
	}
	if got := versionBits(7); got != 0x07C94 {
		t.Errorf("version 7: %#x, want 0x07c94", got)
	}
	if got := versionBits(40); got != 0x28C69 {
		t.Errorf("version 40: %#x, want 0x28c69", got)
	}
}

func TestEncodeRefusesWhatDoesNotFit(t *testing.T) {
	if _, err := Encode(strings.Repeat("x", 2953), Low); err != nil {
		t.Fatal(err)
	}
	_, err := Encode(strings.Repeat("x", 2954), Low)
	if !errors.Is(err, ErrTooLong) || !strings.Contains(err.Error(), "2954 bytes at level L (at most 2953)") {
		t.Errorf("%v", err)
	}
	if _, err := Encode("x", Level(4)); err == nil {
		t.Error("level 4 accepted")
	}
}

// The join link the workshop shows reads back, in the version and level
// go-qr chose for it (version 3: 37 bytes need more than version 2-L's 32;
// version 3 holds 42 at M, so L is raised to M).
func TestJoinLinkReadsBack(t *testing.T) {
	const link = "http://192.168.1.20:8080/?code=K7Q2MX"
	code, err := Encode(link, Low)
	if err != nil {
		t.Fatal(err)
	}
	if code.Version() != 3 || code.Level() != Medium || code.Size() != 29 {
		t.Errorf("version %d level %v size %d", code.Version(), code.Level(), code.Size())
	}
	checkCode(t, code, link, Low)
}

func FuzzEncode(f *testing.F) {
	f.Add([]byte("http://192.168.1.20:8080/?code=K7Q2MX"), uint8(0))
	f.Add([]byte("http://[::1]:8080/?code=Team+Blue+7"), uint8(1))
	f.Add([]byte{}, uint8(3))
	f.Add([]byte{0, 0xff, '\n', 0x80}, uint8(2))
	f.Add([]byte(strings.Repeat("ab", 1477)), uint8(0)) // 2954 bytes: one too many
	f.Fuzz(func(t *testing.T, data []byte, l uint8) {
		level := Level(l % 4)
		code, err := Encode(string(data), level)
		if len(data) > byteCapacity(maxVersion, level) {
			if !errors.Is(err, ErrTooLong) {
				t.Fatalf("%d bytes at %v: %v, want ErrTooLong", len(data), level, err)
			}
			return
		}
		if err != nil {
			t.Fatalf("%d bytes at %v: %v", len(data), level, err)
		}
		checkCode(t, code, string(data), level)
	})
}

// checkCode checks what every code must be: the smallest version that
// holds the data at the level asked, the highest level that version holds
// it at, the function patterns where the standard puts them, format and
// version information that are BCH codewords naming the level, mask and
// version, and modules that read back as the data.
func checkCode(t *testing.T, c *Code, data string, asked Level) {
	t.Helper()
	v, size := c.Version(), c.Size()
	if size != 4*v+17 {
		t.Fatalf("version %d, size %d", v, size)
	}
	if len(data) > byteCapacity(v, asked) || v > 1 && len(data) <= byteCapacity(v-1, asked) {
		t.Errorf("%d bytes at %v in version %d: not the smallest", len(data), asked, v)
	}
	if c.Level() < asked || len(data) > byteCapacity(v, c.Level()) || c.Level() < High && len(data) <= byteCapacity(v, c.Level()+1) {
		t.Errorf("%d bytes asked at %v, drawn at %v in version %d: not the highest level that fits", len(data), asked, c.Level(), v)
	}

	// Finders (with separators) in three corners.
	for _, corner := range [][2]int{{0, 0}, {size - 7, 0}, {0, size - 7}} {
		for dy := -1; dy <= 7; dy++ {
			for dx := -1; dx <= 7; dx++ {
				x, y := corner[0]+dx, corner[1]+dy
				if x < 0 || y < 0 || x >= size || y >= size {
					continue
				}
				d := max(abs(dx-3), abs(dy-3))
				if want := d != 2 && d <= 3; c.Dark(x, y) != want {
					t.Fatalf("finder at %v: module (%d,%d) dark=%v", corner, x, y, !want)
				}
			}
		}
	}
	// Timing patterns between them.
	for i := 8; i < size-8; i++ {
		if c.Dark(i, 6) != (i%2 == 0) || c.Dark(6, i) != (i%2 == 0) {
			t.Fatalf("timing pattern broken at %d", i)
		}
	}
	if !c.Dark(8, size-8) {
		t.Fatal("the dark module is light")
	}

	// Format information: both copies the same BCH(15,5) codeword.
	bit := func(x, y, i int) int {
		if c.Dark(x, y) {
			return 1 << i
		}
		return 0
	}
	var a, b int
	for i := 0; i <= 5; i++ {
		a |= bit(8, i, i)
	}
	a |= bit(8, 7, 6) | bit(8, 8, 7) | bit(7, 8, 8)
	for i := 9; i < 15; i++ {
		a |= bit(14-i, 8, i)
	}
	for i := range 8 {
		b |= bit(size-1-i, 8, i)
	}
	for i := 8; i < 15; i++ {
		b |= bit(8, size-15+i, i)
	}
	if a != b {
		t.Fatalf("format copies differ: %015b %015b", a, b)
	}
	unmasked := a ^ 0x5412
	if polyMod(unmasked, 0x537) != 0 {
		t.Fatalf("format %015b is no BCH(15,5) codeword", a)
	}
	if lv, mask := [...]Level{Medium, Low, High, Quartile}[unmasked>>13], unmasked>>10&7; lv != c.Level() || mask != c.Mask() {
		t.Fatalf("format says %v mask %d, code %v mask %d", lv, mask, c.Level(), c.Mask())
	}

	// Version information (7 and up): both copies a BCH(18,6) codeword of v.
	if v >= 7 {
		var a, b int
		for i := range 18 {
			a |= bit(size-11+i%3, i/3, i)
			b |= bit(i/3, size-11+i%3, i)
		}
		if a != b || a>>12 != v || polyMod(a, 0x1F25) != 0 {
			t.Fatalf("version information %018b / %018b for version %d", a, b, v)
		}
	}

	rows := make([][]bool, size)
	for y := range rows {
		rows[y] = make([]bool, size)
		for x := range rows[y] {
			rows[y][x] = c.Dark(x, y)
		}
	}
	got, err := Read(rows)
	if err != nil || got != data {
		t.Fatalf("reads back as %q, %v", got, err)
	}
}

// polyMod is the remainder of x divided by g as polynomials over GF(2).
func polyMod(x, g int) int {
	deg := func(p int) int {
		d := -1
		for ; p > 0; p >>= 1 {
			d++
		}
		return d
	}
	for deg(x) >= deg(g) {
		x ^= g << (deg(x) - deg(g))
	}
	return x
}

// BenchmarkEncode: the join link (version 3, what /live and the console
// draw) and the largest code (version 40-L, 2,953 bytes).
func BenchmarkEncode(b *testing.B) {
	for _, c := range []struct {
		name string
		data string
	}{
		{"join-link", "http://192.168.1.20:8080/?code=K7Q2MX"},
		{"version-40", strings.Repeat("x", 2953)},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Encode(c.data, Low); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
