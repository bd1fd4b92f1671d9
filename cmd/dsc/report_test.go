package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/testenv"
)

func TestReportFormatsFlag(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{
		{"report", "--example", "intralogistics", "--formats", "pdf"},
		{"report", "--example", "intralogistics", "--formats", ","},
	} {
		if r := runInProcess(args...); r.code != 2 {
			t.Errorf("%v: exit %d", args, r.code)
		}
	}
	dir := t.TempDir()
	r := run(t, dir, "report", "--example", "intralogistics", "--out", "out", "--formats", "json")
	if r.code != 0 || strings.TrimSpace(r.stdout) != filepath.Join("out", "report.json") {
		t.Fatalf("exit %d: %q %s", r.code, r.stdout, r.stderr)
	}
	if entries, _ := os.ReadDir(filepath.Join(dir, "out")); len(entries) != 1 {
		t.Errorf("wrote %d files, want only report.json (no temp files left behind)", len(entries))
	}
}

// Two separate processes write byte-identical files in all three formats.
func TestReportDeterministicAcrossProcesses(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, out := range []string{"a", "b"} {
		if r := run(t, dir, "report", "--example", "automotive-aftermarket", "--out", out); r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
	}
	for _, f := range []string{"report.xlsx", "report.html", "report.json"} {
		a, _ := os.ReadFile(filepath.Join(dir, "a", f))
		b, _ := os.ReadFile(filepath.Join(dir, "b", f))
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Errorf("%s differs between runs (%d vs %d bytes)", f, len(a), len(b))
		}
	}
}

// TestE2EReportRendersOfflineInChromium loads report.html from a file in
// headless Chromium with every network request sent to a dead proxy, and
// reads back what the page's own script recorded: how many charts rendered,
// JavaScript errors, and resource requests. It also saves a screenshot
// (to $DSC_SCREENSHOTS, or the test's temporary folder).
func TestE2EReportRendersOfflineInChromium(t *testing.T) {
	t.Parallel()
	testenv.EndToEnd(t)
	bin := testenv.Tool(t, "chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
	for _, example := range []string{"automotive-aftermarket", "intralogistics"} {
		t.Run(example, func(t *testing.T) {
			dir := t.TempDir()
			if r := run(t, dir, "report", "--example", example, "--out", "out", "--formats", "html"); r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			page := "file://" + filepath.Join(dir, "out", "report.html")
			base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--disable-extensions", "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
				"--virtual-time-budget=8000", "--user-data-dir=" + filepath.Join(dir, "profile")}
			dom, err := exec.Command(bin, append(base, "--dump-dom", page)...).Output()
			if err != nil {
				t.Fatalf("chromium: %v", err)
			}
			m := regexp.MustCompile(`<html[^>]*data-charts="(\d+)" data-chart-errors="(\d+)" data-requests="(\d+)"`).FindSubmatch(dom)
			if m == nil {
				t.Fatalf("the page's script did not run; html tag: %s", regexp.MustCompile(`<html[^>]*>`).Find(dom))
			}
			if string(m[1]) != "2" || string(m[2]) != "0" || string(m[3]) != "0" {
				errs := regexp.MustCompile(`(?s)<pre id="dsc-errors">(.*?)</pre>`).FindSubmatch(dom)
				t.Errorf("charts %s (want 2), errors %s, requests %s: %s", m[1], m[2], m[3], errs)
			}
			if n := bytes.Count(dom, []byte(`data-rendered="true"`)); n != 2 {
				t.Errorf("%d chart elements rendered", n)
			}
			shots := os.Getenv("DSC_SCREENSHOTS")
			if shots == "" {
				shots = dir
			}
			os.MkdirAll(shots, 0o755)
			png := filepath.Join(shots, "report-"+example+".png")
			shot := exec.Command(bin, append(base, "--hide-scrollbars", "--window-size=1300,9000", "--screenshot="+png, page)...)
			if out, err := shot.CombinedOutput(); err != nil {
				t.Fatalf("screenshot: %v: %s", err, out)
			}
			if st, err := os.Stat(png); err != nil || st.Size() < 50000 {
				t.Errorf("screenshot %s missing or blank", png)
			}
			t.Logf("screenshot: %s", png)
		})
	}
}

// report.json names the workspace by its folder name and its survey files
// by their place in the workspace, so the same workspace gives the same file
// however its path is typed.
func TestReportJSONNamesTheWorkspaceByFolder(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ws := filepath.Join(dir, "acme")
	if r := runInProcess("init", ws, "--template", "intralogistics"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	var outs [][]byte
	for i, path := range []string{ws, filepath.Join(dir, "acme", "..", "acme") + string(filepath.Separator)} {
		out := filepath.Join(dir, fmt.Sprint("out", i))
		if r := runInProcess("report", "--workspace", path, "--out", out, "--formats", "json"); r.code != 0 {
			t.Fatal(r.stderr)
		}
		b, _ := os.ReadFile(filepath.Join(out, "report.json"))
		outs = append(outs, b)
	}
	var rep struct {
		Meta struct{ Workspace string }
		Kano struct{ Sources []struct{ File string } }
	}
	if err := json.Unmarshal(outs[0], &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Meta.Workspace != "acme" || len(rep.Kano.Sources) != 1 || rep.Kano.Sources[0].File != "surveys/kano-survey.csv" {
		t.Errorf("workspace %q, sources %+v", rep.Meta.Workspace, rep.Kano.Sources)
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Error("report.json depends on how the workspace path was typed")
	}
}

// --out naming a file is a usage error that says --out is a folder (trial 6
// L7: it was "create afile: mkdir afile: not a directory"), and the file is
// left as it was.
func TestReportOutIsAFile(t *testing.T) {
	t.Parallel()
	file := filepath.Join(t.TempDir(), "afile")
	if err := os.WriteFile(file, []byte("keep"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runInProcess("report", "--example", "intralogistics", "--out", file)
	if r.code != 2 || !strings.Contains(r.stderr, "--out "+file+" is a file; --out names the folder the report files are written into") {
		t.Errorf("exit %d: %s", r.code, r.stderr)
	}
	if data, _ := os.ReadFile(file); string(data) != "keep" {
		t.Errorf("the file now holds %q", data)
	}
}
