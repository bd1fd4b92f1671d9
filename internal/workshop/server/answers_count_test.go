package server

import (
	"testing"

	"github.com/dsc-workbench/dsc/internal/workshop"
)

// The projector's answer count is the answers the room holds now, one per
// participant and question, not the writes: a participant who changes an
// answer three times has given one answer (trial 5, L1: "3 answers" for
// one). A restart, which replays the journals, counts the same.
func TestAnswerCountIgnoresChanges(t *testing.T) {
	dir := t.TempDir()
	f := newFixture(t, "automotive-aftermarket", workshop.KindKano, dir, Limits{})
	tally := func(f *fixture) Live {
		t.Helper()
		var live Live
		if code := f.call("GET", "/api/tally", testToken, nil, &live); code != 200 {
			t.Fatalf("tally %d", code)
		}
		return live
	}
	anna, _ := f.join("Anna", "B2B")
	for _, v := range []int{1, 2, 3} {
		if code := f.call("PUT", "/api/answers/live-stock", anna, AnswerRequest{Functional: ip(v)}, nil); code != 200 {
			t.Fatalf("answer %d: %d", v, code)
		}
	}
	if got := tally(f).Answers; got != 1 {
		t.Fatalf("one answer changed twice: %d answers, want 1", got)
	}
	// Anna adds the dysfunctional answer and changes it; Ben answers two
	// questions once: 2 (Anna) + 2 (Ben) = 4.
	f.call("PUT", "/api/answers/live-stock", anna, AnswerRequest{Dysfunctional: ip(5)}, nil)
	f.call("PUT", "/api/answers/live-stock", anna, AnswerRequest{Dysfunctional: ip(4)}, nil)
	ben, _ := f.join("Ben", "B2C")
	f.call("PUT", "/api/answers/live-stock", ben, AnswerRequest{Functional: ip(2), Dysfunctional: ip(5)}, nil)
	if live := tally(f); live.Answers != 4 || live.Answering != 2 {
		t.Fatalf("%d answers from %d participants, want 4 from 2", live.Answers, live.Answering)
	}
	f.close()
	g := newFixture(t, "automotive-aftermarket", workshop.KindKano, dir, Limits{})
	if got := tally(g).Answers; got != 4 {
		t.Fatalf("after a restart: %d answers, want 4", got)
	}
}
