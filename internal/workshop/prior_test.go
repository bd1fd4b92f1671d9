package workshop

import (
	"testing"

	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/internal/yamlx"
)

func TestPriorRatings(t *testing.T) {
	ws := &workspace.Workspace{Readiness: &workspace.Readiness{Ratings: []workspace.Rating{
		{Loc: yamlx.Loc{File: "readiness.yaml", Pos: yamlx.Pos{Line: 27, Col: 5}}, Rater: "cso", Scores: map[string]int{"ss-1": 2, "it-1": 3}},
		{Loc: yamlx.Loc{File: "readiness.yaml", Pos: yamlx.Pos{Line: 31, Col: 5}}, Rater: "cio", Scores: map[string]int{"ss-1": 1}},
		{Loc: yamlx.Loc{File: "ratings/2026.yaml", Pos: yamlx.Pos{Line: 2, Col: 3}}, Rater: "cso", Assessment: "2026-03", Scores: map[string]int{"ss-1": 4}},
		// The workshop's own export is rewritten by every export: not a prior rating.
		{Loc: yamlx.Loc{File: RatingsExportFile, Pos: yamlx.Pos{Line: 1, Col: 1}}, Rater: "cso", Scores: map[string]int{"ss-1": 5}},
	}}}
	got := PriorRatings(ws, "cso")
	if len(got) != 2 {
		t.Fatalf("got %d prior ratings, want 2: %+v", len(got), got)
	}
	want := []string{
		`readiness.yaml:27 already rates "cso" (2 questions): export this session as a re-assessment with --assessment YYYY-MM, a month after the latest assessment (the workshop's ratings replace these, the others are carried over), or remove those ratings first`,
		`ratings/2026.yaml:2 already rates "cso" (1 question in assessment 2026-03): export this session as a re-assessment with --assessment YYYY-MM, a month after the latest assessment (the workshop's ratings replace these, the others are carried over), or remove those ratings first`,
	}
	for i, p := range got {
		if p.String() != want[i] {
			t.Errorf("%d: got\n%s\nwant\n%s", i, p, want[i])
		}
	}
	if got := PriorRatings(ws, "coo"); len(got) != 0 {
		t.Errorf("coo has no ratings, got %+v", got)
	}
}
