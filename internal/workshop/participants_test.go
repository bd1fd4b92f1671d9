package workshop

import (
	"os"
	"path/filepath"
	"testing"
)

// Regression (found by the kill -9 test of dsc workshop serve): a join
// killed after its journal file was created and before its join event was
// synced left kano-002-ben.jsonl empty. The next join computed number 2
// again, found the file taken and failed with "file exists" on every
// retry, so nobody else could join the room. Now the leftover is nobody
// (no participant, nothing exported) and its number is never reused.
func TestAKilledJoinDoesNotBlockTheRoom(t *testing.T) {
	dir := t.TempDir()
	if _, _, err := Join(dir, KindKano, Participant{Name: "Anna", Via: ViaWeb}); err != nil {
		t.Fatal(err)
	}
	for name, content := range map[string]string{
		"kano-002-ben.jsonl":  "",                       // killed before the join event
		"kano-003-cleo.jsonl": `{"v":1,"seq":1,"worksh`, // killed mid-write
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	j, p, err := Join(dir, KindKano, Participant{Name: "Ben", Via: ViaWeb})
	if err != nil {
		t.Fatalf("join after a killed join: %v", err)
	}
	j.Close()
	if p.N != 4 || filepath.Base(p.Journal) != "kano-004-ben.jsonl" {
		t.Errorf("joined as #%d in %s, want #4 in kano-004-ben.jsonl", p.N, p.Journal)
	}
	all, err := Participants(dir, KindKano)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 || all[0].Name != "Anna" || all[1].Name != "Ben" {
		t.Errorf("participants %+v, want Anna and Ben only", all)
	}
}
