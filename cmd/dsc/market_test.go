package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/golden"
	"github.com/dsc-workbench/dsc/internal/iostreams"
)

func TestNewCmdMarket(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		args   string
		format string
		err    bool
	}{
		{"", "table", false},
		{"--format json", "json", false},
		{"--format csv", "csv", false},
		{"--format xml", "", true},
	} {
		ios, _, _, _ := iostreams.Test()
		var got *MarketOptions
		cmd := NewCmdMarket(&cmdutil.Factory{IOStreams: ios}, func(o *MarketOptions) error { got = o; return nil })
		cmd.SetArgs(strings.Fields(c.args))
		cmd.SetOut(ios.Out)
		cmd.SetErr(ios.ErrOut)
		err := cmd.Execute()
		if c.err {
			if err == nil {
				t.Errorf("%q: want a usage error", c.args)
			}
			continue
		}
		if err != nil || got == nil || got.Format != c.format {
			t.Errorf("%q: err %v, options %+v", c.args, err, got)
		}
	}
}

type marketJSON struct {
	Entries []struct {
		ID     string   `json:"id"`
		Flags  []string `json:"flags"`
		Today  string   `json:"today"`
		Gap    string   `json:"gap"`
		Parity *struct {
			Full, Partial, None int
			P                   float64
		} `json:"parity"`
	} `json:"entries"`
	Gaps []struct {
		Gap              string
		Entries, Planned int
	} `json:"gaps"`
	Trends []struct {
		ID      string `json:"id"`
		Horizon string `json:"horizon"`
	} `json:"trends"`
}

func TestMarketExamples(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"automotive-aftermarket", "intralogistics"} {
		t.Run(name, func(t *testing.T) {
			r := run(t, ".", "market", "--example", name, "--format", "json")
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			golden.Text(t, "", []byte(r.stdout))
		})
	}
}

// Hand-checked figures of the automotive example (7 competitors).
func TestMarketAutomotiveFigures(t *testing.T) {
	t.Parallel()
	r := run(t, ".", "market", "--example", "automotive-aftermarket", "--format", "json")
	var m marketJSON
	if err := json.Unmarshal([]byte(r.stdout), &m); err != nil {
		t.Fatal(err)
	}
	byID := map[string]int{}
	for i, e := range m.Entries {
		byID[e.ID] = i
		if e.Parity == nil {
			t.Fatalf("%s has no parity with 7 competitors", e.ID)
		}
	}
	for _, c := range []struct {
		id    string
		p     float64
		flags []string
		today string
		gap   string
	}{
		// FFFFPNP: (4 + 0.5*2) / 7 = 5/7; attractive: p > 1/2 and p >= 1/2
		{"my-vehicles", 5.0 / 7, []string{"table-stakes", "delight-decay"}, "none", "to-build"},
		// nobody offers it: p = 0; attractive
		{"shared-basket", 0, []string{"differentiator", "white-spot"}, "none", "to-build"},
		// FNPFFNN: (3 + 0.5) / 7 = 0.5 exactly: decays, not table stakes
		{"instalment-financing", 0.5, []string{"delight-decay"}, "none", "to-build"},
		// FNFFFNN: 4/7 > 1/2, indifferent, outside the target
		{"social-login", 4.0 / 7, []string{"table-stakes"}, "none", ""},
		// indifferent, live today, outside the target
		{"diy-community", 1.0 / 7, []string{}, "live", "to-reconsider"},
		// must-be, partial today: (5 + 0.5*2)/7
		{"single-sign-on", 6.0 / 7, []string{}, "partial", "to-improve"},
		{"online-checkout", 1, []string{}, "live", "in-place"},
		{"quick-order", 3.5 / 7, []string{}, "planned", "to-build"},
	} {
		e := m.Entries[byID[c.id]]
		if diff := e.Parity.P - c.p; diff > 1e-12 || diff < -1e-12 || !reflect.DeepEqual(e.Flags, c.flags) || e.Today != c.today || e.Gap != c.gap {
			t.Errorf("%s: p %v flags %v today %s gap %q; want %v %v %s %q", c.id, e.Parity.P, e.Flags, e.Today, e.Gap, c.p, c.flags, c.today, c.gap)
		}
	}
	if len(m.Trends) < 10 || m.Trends[0].Horizon != "now" || m.Trends[len(m.Trends)-1].Horizon != "3-5-years" {
		t.Errorf("trends: %+v", m.Trends)
	}
	if m.Gaps[0].Gap != "to-build" || m.Gaps[0].Planned != 3 {
		t.Errorf("gaps: %+v", m.Gaps)
	}
}

func TestMarketViewTableAndCSV(t *testing.T) {
	t.Parallel()
	r := runTTY(200, "market", "--example", "automotive-aftermarket")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"Market: 7 competitors, 50 catalog entries, 15 trends", "Target vs today: 20 to build (3 planned), 12 to improve, 10 in place, 2 to reconsider",
		"ENTRIES by core element", "TREND RADAR", "STAGES a relevant trend", "PRIORITY", "table-stakes,delight-decay"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("view lacks %q", want)
		}
	}
	if r := runTTY(60, "market", "--example", "automotive-aftermarket"); r.code != 0 || longestLine(r.stdout) > 60 {
		t.Errorf("a 60-column terminal: exit %d, longest line %d", r.code, longestLine(r.stdout))
	}
	// Piped: one row per entry, tab-separated, full values.
	r = runInProcess("market", "--example", "automotive-aftermarket")
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 51 || !strings.HasPrefix(lines[0], "id\tname\telement") {
		t.Fatalf("piped: %d lines, header %q", len(lines), lines[0])
	}
	if !strings.Contains(r.stdout, "my-vehicles\tMy vehicles: saved cars for fitting parts\tself-service\tfeature\tA\tkano\ttrue\tnone\t\tto-build\t\t7\t4\t2\t1\t0\t0.7142857142857143\ttable-stakes;delight-decay\t") {
		t.Errorf("piped row of my-vehicles missing:\n%s", r.stdout)
	}
	r = runInProcess("market", "--example", "automotive-aftermarket", "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil || len(rows) != 51 {
		t.Fatalf("csv: %d rows, %v", len(rows), err)
	}
	if rows[0][0] != "id" || rows[0][len(rows[0])-1] != "offer:autoplus" {
		t.Errorf("header %v", rows[0])
	}
}

func longestLine(s string) int {
	n := 0
	for _, l := range strings.Split(s, "\n") {
		n = max(n, len([]rune(l)))
	}
	return n
}

// A workspace without market.yaml still gets today's gap and the priority;
// no competitors means no parity and no flags. A name that looks like a
// formula reaches the CSV as text.
func TestMarketWithoutMarketFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	run(t, dir, "init", "ws", "--template", "starter")
	os.Remove(filepath.Join(dir, "ws", "market.yaml"))
	cat := filepath.Join(dir, "ws", "catalog.yaml")
	data, _ := os.ReadFile(cat)
	data = []byte(strings.Replace(string(data), "name: Online shop with checkout", "name: \"=HYPERLINK(1)\"\n    today: partial\n    value: 4\n    effort: 2", 1))
	os.WriteFile(cat, data, 0o644)
	r := run(t, dir, "market", "--workspace", "ws", "--format", "json")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var m marketJSON
	json.Unmarshal([]byte(r.stdout), &m)
	for _, e := range m.Entries {
		if e.Parity != nil || len(e.Flags) != 0 {
			t.Errorf("%s: parity %v flags %v without competitors", e.ID, e.Parity, e.Flags)
		}
		if e.ID == "online-shop" && (e.Today != "partial" || e.Gap != "to-improve") {
			t.Errorf("online-shop: today %s gap %s", e.Today, e.Gap)
		}
	}
	r = run(t, dir, "market", "--workspace", "ws", "--format", "csv")
	if !strings.Contains(r.stdout, ",'=HYPERLINK(1),") {
		t.Errorf("formula not neutralised:\n%s", r.stdout)
	}
}
