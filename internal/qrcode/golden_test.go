package qrcode

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// goqrCase is one case of testdata/goqr.golden: what go-qr drew.
type goqrCase struct {
	input   string
	asked   Level
	tooLong bool
	version int
	level   Level
	mask    int
	rows    []string // hex, as the generator writes them
}

// TestMatchesGoQR proves the encoder draws, module for module, what
// github.com/piglig/go-qr v1.1.0 drew for the same input and level: the
// workshop's join links (loopback, LAN, IPv6, typed codes) at L and M, the
// longest input of versions 1, 2, 6, 7, 10, 27 and 40 and one byte more at
// each level, and every mask. testdata/goqr (a module of its own, so that
// go-qr stays out of go.mod) wrote the goldens.
func TestMatchesGoQR(t *testing.T) {
	cases := readGoQRGoldens(t, "testdata/goqr.golden")
	if len(cases) < 30 {
		t.Fatalf("only %d cases", len(cases))
	}
	masks := map[int]bool{}
	for _, c := range cases {
		code, err := Encode(c.input, c.asked)
		name := fmt.Sprintf("%d bytes at %v", len(c.input), c.asked)
		if c.tooLong {
			if err == nil {
				t.Errorf("%s: go-qr refused it, we drew version %d", name, code.Version())
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		masks[code.Mask()] = true
		if code.Version() != c.version || code.Level() != c.level || code.Mask() != c.mask {
			t.Errorf("%s: version %d level %v mask %d, go-qr: version %d level %v mask %d", name,
				code.Version(), code.Level(), code.Mask(), c.version, c.level, c.mask)
			continue
		}
		if len(c.rows) != code.Size() {
			t.Fatalf("%s: the golden has %d rows, the code %d", name, len(c.rows), code.Size())
		}
		for y, want := range c.rows {
			if got := hexRow(code, y); got != want {
				t.Errorf("%s: row %d\n got %s\nwant %s", name, y, got, want)
				break
			}
		}
		checkCode(t, code, c.input, c.asked)
	}
	if len(masks) != 8 {
		t.Errorf("the goldens exercise masks %v, not all eight", masks)
	}
}

func readGoQRGoldens(t *testing.T, path string) []goqrCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []goqrCase
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		switch {
		case s == "" || strings.HasPrefix(s, "#"):
		case strings.HasPrefix(s, "input "):
			i := strings.LastIndexByte(s, ' ')
			in, err := strconv.Unquote(s[len("input "):i])
			if err != nil {
				t.Fatalf("%s:%d: %v", path, line, err)
			}
			cases = append(cases, goqrCase{input: in, asked: levelOf(t, s[i+1:])})
		case s == "too long":
			cases[len(cases)-1].tooLong = true
		case strings.HasPrefix(s, "version "):
			c := &cases[len(cases)-1]
			var lv string
			if _, err := fmt.Sscanf(s, "version %d level %s mask %d", &c.version, &lv, &c.mask); err != nil {
				t.Fatalf("%s:%d: %v", path, line, err)
			}
			c.level = levelOf(t, lv)
		default:
			c := &cases[len(cases)-1]
			c.rows = append(c.rows, s)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

func levelOf(t *testing.T, s string) Level {
	t.Helper()
	i := strings.Index("LMQH", s)
	if len(s) != 1 || i < 0 {
		t.Fatalf("level %q", s)
	}
	return Level(i)
}

// hexRow writes row y as the generator does: four modules per hex digit.
func hexRow(c *Code, y int) string {
	var s strings.Builder
	for x := 0; x < c.Size(); x += 4 {
		d := 0
		for k := range 4 {
			d <<= 1
			if c.Dark(x+k, y) {
				d |= 1
			}
		}
		fmt.Fprintf(&s, "%x", d)
	}
	return s.String()
}
