package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// trial6 M8: an entry added to the catalog after the mystery shopping has
// no record for either of the starter's two competitors. It is "not
// assessed": no parity (null in JSON, "-" on the terminal), no white-spot or
// differentiator flag, and the flag counts leave it out. Assessed entries
// keep their figures: document-download is none + partial of 2, so
// p = (0 + 0.5) / 2 = 0.25.
func TestMarketEntryNoCompetitorWasAssessedOn(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	run(t, dir, "init", "ws", "--template", "starter")
	cat := filepath.Join(dir, "ws", "catalog.yaml")
	data, err := os.ReadFile(cat)
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, []byte(`  - id: click-and-collect
    name: Click and collect
    kind: feature
    element: direct-sales
    expected: A
`)...)
	if err := os.WriteFile(cat, data, 0o644); err != nil {
		t.Fatal(err)
	}
	ws := filepath.Join(dir, "ws")
	r := runInProcess("market", "--workspace", ws, "--format", "json")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var m struct {
		Entries []struct {
			ID     string          `json:"id"`
			Flags  []string        `json:"flags"`
			Parity json.RawMessage `json:"parity"`
		} `json:"entries"`
		Flags []struct {
			Flag    string `json:"flag"`
			Entries int    `json:"entries"`
		} `json:"flags"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &m); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range m.Entries {
		var compact bytes.Buffer
		if err := json.Compact(&compact, e.Parity); err != nil {
			t.Fatal(err)
		}
		got[e.ID] = compact.String() + " " + strings.Join(e.Flags, ",")
	}
	if want := `{"full":0,"partial":0,"none":0,"unassessed":2,"p":null} `; got["click-and-collect"] != want {
		t.Errorf("click-and-collect: %s, want %s", got["click-and-collect"], want)
	}
	if want := `{"full":0,"partial":1,"none":1,"unassessed":0,"p":0.25} differentiator`; got["document-download"] != want {
		t.Errorf("document-download: %s, want %s", got["document-download"], want)
	}
	// document-download (o, p 0.25 <= 1/3) is the one differentiator and
	// expert-chat (a, p 0.5) the one decaying delight; click-and-collect (a)
	// was counted as a differentiating white spot before.
	counts := map[string]int{}
	for _, f := range m.Flags {
		counts[f.Flag] = f.Entries
	}
	if want := map[string]int{"table-stakes": 0, "differentiator": 1, "white-spot": 0, "delight-decay": 1}; !reflect.DeepEqual(counts, want) {
		t.Errorf("flag counts %v, want %v", counts, want)
	}

	r = runTTY(160, "market", "--workspace", ws)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{
		"Flags: 0 table-stakes, 1 differentiator, 0 white-spot, 1 delight-decay; 1 entry not assessed on any competitor (no flag)",
		"click-and-collect  a         -  0/0/2  not assessed",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("terminal lacks %q:\n%s", want, r.stdout)
		}
	}
	// piped: empty parity and flags beside 2 unassessed competitors
	r = runInProcess("market", "--workspace", ws)
	if !strings.Contains(r.stdout, "\t2\t0\t0\t0\t2\t\t\t") {
		t.Errorf("piped row of click-and-collect:\n%s", r.stdout)
	}
}
