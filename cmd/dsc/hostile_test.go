package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// hostileWorkspace is the intralogistics example with names that carry
// terminal escapes (retitle the window, clear the screen, ask for the cursor)
// and start like spreadsheet formulas.
func hostileWorkspace(t *testing.T) string {
	t.Helper()
	ws := filepath.Join(t.TempDir(), "ws")
	if r := runInProcess("init", ws, "--template", "intralogistics"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	// The name line right after each id gets a hostile name.
	for file, e := range map[string][2]string{
		"catalog.yaml":      {"portal-login", `"=HYPERLINK(\"http://evil\")\e]0;owned\a\e[2J One login"`},
		"readiness.yaml":    {"sales-structure", `"-2+3 Sales\e[31m structure"`},
		"journey.yaml":      {"awareness", `"@SUM(1) Aware\rness"`},
		"capabilities.yaml": {"ebusiness-competence", `"+cmd|' /C calc'!A0 \e[6n"`},
	} {
		p := filepath.Join(ws, file)
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		re := regexp.MustCompile(`(?m)(- id: ` + regexp.QuoteMeta(e[0]) + `\n\s+name: ).*$`)
		if !re.Match(b) {
			t.Fatalf("%s has no name line after id %s", file, e[0])
		}
		os.WriteFile(p, re.ReplaceAll(b, []byte("${1}"+e[1])), 0o644)
	}
	p := filepath.Join(ws, "dsc.yaml")
	b, _ := os.ReadFile(p)
	client := regexp.MustCompile(`(?m)^client: .*$`)
	if !client.Match(b) {
		t.Fatal("dsc.yaml has no client line")
	}
	os.WriteFile(p, client.ReplaceAll(b, []byte(`client: "\e]0;owned\a Acme\e[2J"`)), 0o644)
	return ws
}

// formulaStart is a cell a spreadsheet would evaluate: it starts with =, +,
// @, a tab or CR, or with - and is not a plain number.
var formulaStart = regexp.MustCompile(`^([=+@\t\r]|-([^0-9.]|$.))`)

// Workspace text never reaches a terminal as escapes, nor a TSV or CSV
// cell as a formula.
func TestHostileWorkspaceText(t *testing.T) {
	t.Parallel()
	ws := hostileWorkspace(t)
	for _, c := range [][]string{{"kano"}, {"readiness", "--questions"}, {"journey"}, {"capabilities"}, {"roadmap"}, {"validate"}} {
		args := append(c, "--workspace", ws)
		tty := runTTY(120, args...)
		if tty.code != 0 {
			t.Fatalf("%v: exit %d: %s", c, tty.code, tty.stderr)
		}
		if i := strings.IndexAny(tty.stdout, "\x1b\a\r"); i >= 0 {
			t.Errorf("%v on a terminal: control character at %q", c, tty.stdout[max(0, i-30):min(len(tty.stdout), i+10)])
		}
		if strings.Contains(tty.stderr, "\x1b]") || strings.ContainsAny(tty.stderr, "\a") {
			t.Errorf("%v on a terminal: escape from the workspace on stderr: %q", c, tty.stderr)
		}
		piped := runInProcess(args...)
		for _, l := range strings.Split(strings.TrimSuffix(piped.stdout, "\n"), "\n") {
			if strings.ContainsAny(l, "\x1b\a\r") {
				t.Errorf("%v piped: control character in %q", c, l)
			}
			for _, cell := range strings.Split(l, "\t") {
				if formulaStart.MatchString(cell) {
					t.Errorf("%v piped: formula cell %q", c, cell)
				}
			}
		}
		if c[0] == "capabilities" || c[0] == "roadmap" || c[0] == "validate" {
			continue
		}
		out := runInProcess(append(args, "--format", "csv")...)
		recs, err := csv.NewReader(strings.NewReader(out.stdout)).ReadAll()
		if err != nil {
			t.Fatalf("%v csv: %v", c, err)
		}
		for _, rec := range recs {
			for _, cell := range rec {
				if formulaStart.MatchString(cell) || strings.ContainsAny(cell, "\x1b\a") {
					t.Errorf("%v csv: unsafe cell %q", c, cell)
				}
			}
		}
	}
	rep := runTTY(120, "report", "--workspace", ws, "--out", filepath.Join(t.TempDir(), "out"), "--formats", "json")
	// Progress lines on a terminal's stderr are dsc's own (\r ESC[K); the
	// client's name comes without its escapes.
	if rep.code != 0 || strings.Contains(rep.stderr, "\x1b]") || strings.ContainsAny(rep.stderr, "\a") || !strings.Contains(rep.stderr, "Report for  Acme\n") {
		t.Errorf("report: exit %d, %q", rep.code, rep.stderr)
	}
	// The names are still there, cleaned and neutralised.
	k := runInProcess("kano", "--workspace", ws, "--format", "csv")
	if !strings.Contains(k.stdout, `"'=HYPERLINK(""http://evil"") One login"`) {
		t.Errorf("kano csv lacks the neutralised name:\n%s", k.stdout[:min(2000, len(k.stdout))])
	}
}
