package analysis

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/workspace"
	"github.com/dsc-workbench/dsc/templates"
)

// starter is the starter template (a small, valid workspace) as a
// workspace, with edits applied to its files (old -> new) and extra files added.
func starter(t *testing.T, edits map[string][2]string, extra map[string]string) *workspace.Workspace {
	t.Helper()
	m, err := templates.MapFS("starter")
	if err != nil {
		t.Fatal(err)
	}
	for p, e := range edits {
		b := string(m[p].Data)
		if !strings.Contains(b, e[0]) {
			t.Fatalf("%s lacks %q", p, e[0])
		}
		m[p] = &fstest.MapFile{Data: []byte(strings.Replace(b, e[0], e[1], 1))}
	}
	for p, data := range extra {
		m[p] = &fstest.MapFile{Data: []byte(data)}
	}
	ws, err := workspace.Load(m, "acme", "")
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

func near(t *testing.T, what string, got, want float64) {
	t.Helper()
	if math.Abs(got-want) > 1e-9 {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

// The blank template's rater rates ss-1 and not it-1: IT and management
// systems has no score, no rank and no place in the index, and the
// capability that needs it shows no current readiness.
func TestRunReadinessLeavesAnUnratedDimensionUnscored(t *testing.T) {
	ws := starter(t, map[string][2]string{"readiness.yaml": {"      it-1: 2\n", ""}}, nil)
	r, err := RunReadiness(ws, ws.Settings)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.NotRated) != 1 || r.NotRated[0] != "it-systems" {
		t.Fatalf("not rated %v", r.NotRated)
	}
	sales, it := r.Dimensions[0], r.Dimensions[1]
	if !sales.IsRated() || *sales.Current != 2 || sales.Rank != 1 || it.IsRated() || it.Rank != 0 {
		t.Errorf("sales %+v, it %+v", sales, it)
	}
	// Only sales counts: index = 100 x (2 - 1) / (5 - 1) = 25.
	near(t, "index", r.Index, 25)
	caps, _, err := RunSchedule(ws, ws.Settings, r)
	if err != nil {
		t.Fatal(err)
	}
	ctx, ok := caps.Context["commerce-platform"]
	if !ok || ctx.Dimension != "it-systems" || ctx.Current != nil || ctx.Gap != nil || ctx.Target != 4 {
		t.Errorf("commerce-platform readiness context %+v", ctx)
	}
}

// Ten respondents who like having single login and dislike missing it: one
// dimensional, Better (A+O)/(A+O+M+I) = 10/10 = 1, Worse -(O+M)/... = -1;
// the feature carries its catalog name, the source its place in the workspace.
func TestRunKanoJoinsTheCatalog(t *testing.T) {
	var csv strings.Builder
	csv.WriteString("respondent,segment,single-login_functional,single-login_dysfunctional\n")
	for i := 1; i <= 10; i++ {
		fmt.Fprintf(&csv, "r%d,B2B,1,5\n", i)
	}
	ws := starter(t, nil, map[string]string{"surveys/kano.csv": csv.String()})
	k, err := RunKano(ws, ws.Settings, KanoOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if k.Respondents != 10 || len(k.Features) != 1 || len(k.Sources) != 1 || k.Sources[0].File != "surveys/kano.csv" {
		t.Fatalf("respondents %d, features %d, sources %+v", k.Respondents, len(k.Features), k.Sources)
	}
	f := k.Features[0]
	if f.ID != "single-login" || f.Name != "One login for every digital product" || f.Element != "login" || f.Category != "O" || f.N != 10 {
		t.Errorf("feature %+v", f)
	}
	near(t, "better", f.Better, 1)
	near(t, "worse", f.Worse, -1)
}

func TestRunAllNamesTheWorkspace(t *testing.T) {
	ws := starter(t, nil, nil)
	r, err := RunAll(ws, ws.Settings, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.Meta.Workspace != "acme" || r.Meta.Client != "Your client" || r.Kano != nil || r.Readiness == nil || r.Journey == nil {
		t.Errorf("meta %+v, kano %v, readiness %v, journey %v", r.Meta, r.Kano != nil, r.Readiness != nil, r.Journey != nil)
	}
}

// Without segment_by, a column named segment splits the survey (the name
// the templates and docs use), and a survey without one is read unsplit
// instead of failing; segment_by: "" switches the split off.
func TestRunKanoDefaultSegmentColumn(t *testing.T) {
	const line = "    segment_by: segment # survey column that holds the segment\n"
	withSeg := "respondent,segment,single-login_functional,single-login_dysfunctional\n" +
		"r1,B2B,1,5\nr2,B2B,1,5\nr3,B2C,5,5\n"
	without := "respondent,single-login_functional,single-login_dysfunctional\nr1,1,5\nr2,1,5\nr3,5,5\n"
	for _, c := range []struct {
		name, setting, csv string
		segments           []string
		segmentBy          string
	}{
		{"unset, column present", "", withSeg, []string{"B2B 2", "B2C 1"}, "segment"},
		{"unset, no column", "", without, nil, ""},
		{"switched off", "    segment_by: \"\"\n", withSeg, nil, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			ws := starter(t, map[string][2]string{"dsc.yaml": {line, c.setting}}, map[string]string{"surveys/kano.csv": c.csv})
			k, err := RunKano(ws, ws.Settings, KanoOptions{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range k.Segments {
				got = append(got, fmt.Sprintf("%s %d", s.Value, s.Respondents))
			}
			if fmt.Sprint(got) != fmt.Sprint(c.segments) || k.SegmentBy != c.segmentBy || k.Respondents != 3 {
				t.Errorf("segments %v by %q of %d respondents, want %v by %q of 3", got, k.SegmentBy, k.Respondents, c.segments, c.segmentBy)
			}
		})
	}
	// Named by the user, the column must be there: one message says so.
	ws := starter(t, map[string][2]string{"dsc.yaml": {line, "    segment_by: region\n"}}, map[string]string{"surveys/kano.csv": withSeg})
	if _, err := RunKano(ws, ws.Settings, KanoOptions{}); err == nil || !strings.Contains(err.Error(), `segment column "region" not found`) {
		t.Errorf("segment_by: region without the column: %v", err)
	}
}
