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

func TestMarketTableAndCSV(t *testing.T) {
	r := run(t, ".", "market", "--example", "automotive-aftermarket")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"Market: 7 competitors, 50 catalog entries, 15 trends", "ENTRIES by core element", "TREND RADAR", "PRIORITY",
		"self-service\tmy-vehicles\tA\t0.71\t4/2/1\ttable-stakes,delight-decay\tnone\tto-build\t4\t2\t1.40\t"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("table lacks %q", want)
		}
	}
	r = run(t, ".", "market", "--example", "automotive-aftermarket", "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil || len(rows) != 51 {
		t.Fatalf("csv: %d rows, %v", len(rows), err)
	}
	if rows[0][0] != "id" || rows[0][len(rows[0])-1] != "offer:autoplus" {
		t.Errorf("header %v", rows[0])
	}
}

// A workspace without market.yaml still gets today's gap and the priority;
// no competitors means no parity and no flags. A name that looks like a
// formula reaches the CSV as text.
func TestMarketWithoutMarketFile(t *testing.T) {
	dir := t.TempDir()
	run(t, dir, "init", "ws")
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
