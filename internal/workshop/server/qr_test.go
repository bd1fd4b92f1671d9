package server

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/testenv"
	"github.com/dsc-workbench/dsc/internal/workshop"
)

// terminalModules turns QRTerminal's picture back into rows of modules,
// margin included: each cell is ESC[<fg>m ESC[<bg>m ▀, 30/40 black,
// 97/107 white, the upper module in the foreground.
func terminalModules(term string) [][]bool {
	var rows [][]bool
	for _, line := range strings.Split(strings.TrimRight(term, "\n"), "\n") {
		var top, bottom []bool
		for _, cell := range strings.Split(line, "▀")[:strings.Count(line, "▀")] {
			var fg, bg int
			fmt.Sscanf(cell[strings.LastIndex(cell, "\x1b[")-5:], "\x1b[%dm\x1b[%dm", &fg, &bg)
			top, bottom = append(top, fg == 30), append(bottom, bg == 40)
		}
		rows = append(rows, top, bottom)
	}
	return rows
}

// svgModules turns QRSVG's picture back into rows of modules, quiet zone
// included: the viewBox gives the side, each "Mx yh1v1h-1z" a dark module.
func svgModules(t *testing.T, svg string) [][]bool {
	t.Helper()
	var n int
	if _, err := fmt.Sscanf(svg[strings.Index(svg, "viewBox="):], `viewBox="0 0 %d`, &n); err != nil {
		t.Fatalf("no viewBox in %.100s", svg)
	}
	rows := make([][]bool, n)
	for y := range rows {
		rows[y] = make([]bool, n)
	}
	for _, m := range regexp.MustCompile(`M(\d+) (\d+)h1v1h-1z`).FindAllStringSubmatch(svg, -1) {
		var x, y int
		fmt.Sscan(m[1], &x)
		fmt.Sscan(m[2], &y)
		rows[y][x] = true
	}
	return rows
}

// withoutMargin cuts a blank margin of m modules from every side.
func withoutMargin(rows [][]bool, m int) [][]bool {
	n := len(rows[0]) - 2*m
	out := make([][]bool, n)
	for y := range out {
		out[y] = rows[y+m][m : m+n]
	}
	return out
}

// modulesPNG draws rows of modules as a black-and-white PNG, scale pixels
// a module, with a further quiet zone of four modules.
func modulesPNG(rows [][]bool, scale int) []byte {
	const quiet = 4
	side := (len(rows[0]) + 2*quiet) * scale
	img := image.NewGray(image.Rect(0, 0, side, (len(rows)+2*quiet)*scale))
	for i := range img.Pix {
		img.Pix[i] = 255
	}
	for y, row := range rows {
		for x, dark := range row {
			if !dark {
				continue
			}
			for dy := range scale {
				for dx := range scale {
					img.SetGray((x+quiet)*scale+dx, (y+quiet)*scale+dy, color.Gray{0})
				}
			}
		}
	}
	var b bytes.Buffer
	png.Encode(&b, img)
	return b.Bytes()
}

// TestE2EJoinCodeScans scans the join codes as a phone would, with an
// independent decoder (zbarimg, from zbar-tools): the QR code the
// projector page /live serves (its SVG drawn as a PNG) and the terminal's,
// for the server's own join link and for longer ones up to version 40.
func TestE2EJoinCodeScans(t *testing.T) {
	testenv.EndToEnd(t)
	zbarimg := testenv.Tool(t, "zbarimg")
	dir := t.TempDir()
	scan := func(name string, rows [][]bool, want string) {
		t.Helper()
		path := filepath.Join(dir, name+".png")
		if err := os.WriteFile(path, modulesPNG(rows, 4), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(zbarimg, "--quiet", "--raw", "-Sbinary", path).Output()
		if got := strings.TrimSuffix(string(out), "\n"); err != nil || got != want {
			t.Errorf("%s: zbarimg read %q (%v), want %q", name, got, err, want)
		}
	}

	f := newFixture(t, "automotive-aftermarket", workshop.KindKano, "", Limits{})
	res, err := http.Get(f.ts.URL + "/live?token=" + testToken)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	start, end := bytes.Index(page, []byte("<svg xmlns")), bytes.Index(page, []byte(`"/></svg>`))
	if start < 0 || end < start {
		t.Fatalf("no QR code on /live:\n%s", page)
	}
	scan("live", svgModules(t, string(page[start:end+len(`"/></svg>`)])), f.srv.JoinLink())

	for i, link := range []string{
		"http://192.168.1.20:8080/?code=K7Q2MX",
		"http://[fe80::1ff:fe23:4567:890a]:41873/?code=%C3%9Cbung+2026", // version 4
		"http://10.0.0.2:8080/?code=" + strings.Repeat("K7Q2MX", 30),    // versions 9 and 10: version information
		"http://10.0.0.2:8080/?code=" + strings.Repeat("ABCDEF", 380),   // versions 36 and 40
	} {
		svg, err := QRSVG(link)
		if err != nil {
			t.Fatal(err)
		}
		scan(fmt.Sprintf("svg%d", i), svgModules(t, svg), link)
		term, err := QRTerminal(link)
		if err != nil {
			t.Fatal(err)
		}
		scan(fmt.Sprintf("term%d", i), terminalModules(term), link)
	}
}
