package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/testenv"
	"github.com/dsc-workbench/dsc/internal/workshop"
	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/kano"
)

// Regression: the live tally classified with the standard table and the
// frequency rule whatever the workspace said. Three participants answer
// "I expect it" to both questions of live-stock: the standard table makes
// that indifferent (I), Pouliot's table questionable (Q).
func TestWorkshopTallyUsesTheWorkspaceTable(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, who := range []string{"Anna", "Ben", "Cem"} {
		j, _, _, err := workshop.OpenTerminal(dir, workshop.KindKano, who, "B2B")
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range []string{"functional", "dysfunctional"} {
			if err := j.Record(workshop.Event{Workshop: workshop.KindKano, Participant: who, Action: workshop.ActionAnswer, Item: "live-stock", Question: q, Value: 2}); err != nil {
				t.Fatal(err)
			}
		}
		j.Close()
	}
	for table, want := range map[string]string{"standard": "I", "pouliot": "Q"} {
		ws := testenv.LoadExample(t, "automotive-aftermarket")
		ws.Settings.Kano.Table = kano.TableName(table)
		io, _, out, _ := iostreams.Test()
		opts := &WorkshopOptions{IO: io, Workspace: func() (*workspace.Workspace, error) { return ws, nil }, Kind: workshop.KindKano, JournalDir: dir, Format: "json"}
		if err := workshopTallyRun(opts); err != nil {
			t.Fatal(err)
		}
		var tally struct {
			Participants int
			Rows         []struct {
				Item   string `json:"id"`
				N      int
				Result struct{ Category string } `json:"kano"`
			}
		}
		if err := json.Unmarshal(out.Bytes(), &tally); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, r := range tally.Rows {
			if r.Item == "live-stock" {
				found = true
				if got := r.Result.Category; got != want || r.N != 3 || tally.Participants != 3 {
					t.Errorf("%s table: live-stock %s n %d of %d participants, want %s", table, got, r.N, tally.Participants, want)
				}
			}
		}
		if !found {
			t.Fatalf("%s: no live-stock row", table)
		}
	}
	// Piped, the table is TSV with the category column.
	io, _, out, _ := iostreams.Test()
	ws := testenv.LoadExample(t, "automotive-aftermarket")
	if err := workshopTallyRun(&WorkshopOptions{IO: io, Workspace: func() (*workspace.Workspace, error) { return ws, nil }, Kind: workshop.KindKano, JournalDir: dir, Format: "table"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "live-stock\t") || !strings.HasPrefix(out.String(), "id\tfeature\tn\t") {
		t.Errorf("tally:\n%s", out.String())
	}
}

// Regression: a Kano workshop without --segment left a workspace that failed
// validate after export. When dsc.yaml defines segments, one is required.
func TestWorkshopNeedsASegment(t *testing.T) {
	t.Parallel()
	ws := testenv.LoadExample(t, "automotive-aftermarket")
	for seg, want := range map[string]string{"": "--segment is required", "B2X": `unknown segment "B2X"`, "B2B": ""} {
		err := checkSegment(ws, seg)
		if want == "" {
			if err != nil {
				t.Errorf("%q: %v", seg, err)
			}
			continue
		}
		var fe *cmdutil.FlagError
		if err == nil || !strings.Contains(err.Error(), want) || !asFlagError(err, &fe) {
			t.Errorf("%q: %v, want a usage error with %q", seg, err, want)
		}
	}
}

func asFlagError(err error, fe **cmdutil.FlagError) bool {
	f, ok := err.(*cmdutil.FlagError)
	*fe = f
	return ok
}

// --assessment must be a month; a usage error exits 2 before anything is read.
func TestWorkshopExportAssessmentFlag(t *testing.T) {
	r := run(t, t.TempDir(), "workshop", "export", "--workspace", "ws", "--assessment", "Oct 2027")
	if r.code != 2 || !strings.Contains(r.stderr, `--assessment "Oct 2027" is not a month; write it as YYYY-MM`) {
		t.Errorf("exit %d: %s", r.code, r.stderr)
	}
}

// Before anyone answers, Better and Worse are undefined (they divide by
// A+O+M+I): blank when piped, "-" on a terminal, never 0.00.
func TestWorkshopTallyWithoutAnswers(t *testing.T) {
	ws := filepath.Join(t.TempDir(), "ws")
	if r := runInProcess("init", ws, "--template", "starter"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	r := runInProcess("workshop", "tally", "kano", "--workspace", ws)
	if want := "single-login\tOne login for every digital product\t0\t0\t0\t0\t0\t0\t0\t-\t\t\n"; r.code != 0 || !strings.Contains(r.stdout, want) {
		t.Errorf("piped: exit %d, stdout %q, want a row %q", r.code, r.stdout, want)
	}
	r = runTTY(120, "workshop", "tally", "kano", "--workspace", ws)
	if r.code != 0 || !strings.HasPrefix(r.stdout, "0 participants\n") || strings.Contains(r.stdout, "0.00") {
		t.Errorf("terminal: exit %d, stdout:\n%s", r.code, r.stdout)
	}
}
