package main

import (
	"bytes"
	"encoding/json"
	"fmt"
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

	// trial7 N22: the competitors' coverage is over the 5 assessed
	// entries, with click-and-collect counted beside it, not as "none":
	//   competitor-a: 2 full, 1 partial, 2 none: (2 + 0.5) / 5 = 0.5 (over the catalog it was 2.5 / 6 = 0.42)
	//   online-player: 4 full, 1 partial:        (4 + 0.5) / 5 = 0.9 (it was 4.5 / 6 = 0.75)
	var mc struct {
		Competitors []struct {
			ID                              string
			Full, Partial, None, Unassessed int
			Coverage                        *float64
		} `json:"competitors"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &mc); err != nil {
		t.Fatal(err)
	}
	var covs []string
	for _, c := range mc.Competitors {
		covs = append(covs, fmt.Sprintf("%s %d/%d/%d +%d %.4f", c.ID, c.Full, c.Partial, c.None, c.Unassessed, *c.Coverage))
	}
	if want := []string{"competitor-a 2/1/2 +1 0.5000", "online-player 4/1/0 +1 0.9000"}; !reflect.DeepEqual(covs, want) {
		t.Errorf("competitors %q, want %q", covs, want)
	}

	r = runTTY(160, "market", "--workspace", ws)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{
		"Flags: 0 table-stakes, 1 differentiator, 0 white-spot, 1 delight-decay; 1 entry not assessed on any competitor (no flag)",
		"click-and-collect  a         -  0/0/2  not assessed",
		"competitor          kind         segments  full  partial  none  coverage  unassessed",
		"Competitor A        direct       B2B,B2C      2        1     2      0.50           1",
		"Online pure player  pure-player  B2C          4        1     0      0.90           1",
		"coverage = (full + 0.5 x partial) / the 5 entries assessed on any competitor; left out, not counted as none: 1 entry no competitor was assessed on.",
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
