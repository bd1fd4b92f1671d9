package settings

import (
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/kano"
)

func TestDefaultComesFromTheDomainPackages(t *testing.T) {
	got := Default()
	// The documented defaults (docs/workspace.md): standard table, frequency
	// rule, min_n 10, Better 0.5, disagreement 2 levels, 2 people per capability.
	if got.Kano.Table != "standard" || got.Kano.Rule != "frequency" || got.Kano.MinN != 10 {
		t.Errorf("kano defaults %+v", got.Kano)
	}
	// segment_by: the column the templates name, used only where a survey has it.
	if got.Kano.SegmentBy != "segment" || !got.Kano.SegmentByDefault {
		t.Errorf("segment_by default %q (default %v), want \"segment\" (true)", got.Kano.SegmentBy, got.Kano.SegmentByDefault)
	}
	if got.Target.BetterThreshold != 0.5 || got.Readiness.DisagreementThreshold != 2 || got.Roadmap.TeamSize != 2 {
		t.Errorf("defaults %+v", got)
	}
}

func TestWithLaysFlagsOver(t *testing.T) {
	base := Default()
	base.Kano.SegmentBy, base.Kano.SegmentByDefault = "segment", false // as dsc.yaml's segment_by sets it
	zero := 0
	got, err := base.With(Flags{Table: "pouliot", Rule: "aom", MinN: &zero})
	if err != nil {
		t.Fatal(err)
	}
	// --min-n 0 is a choice, not "unset": it must reach the analysis as 0.
	want := Kano{Table: kano.TablePouliot, Rule: kano.RuleAOM, MinN: 0, SegmentBy: "segment"}
	if got.Kano != want {
		t.Errorf("got %+v, want %+v", got.Kano, want)
	}
	if base.Kano.Table != kano.TableStandard {
		t.Error("With changed its receiver")
	}
	same, _ := base.With(Flags{})
	if same.Kano != base.Kano {
		t.Errorf("empty flags changed %+v to %+v", base.Kano, same.Kano)
	}
	// --segment-by "" switches the workspace's segment_by off.
	if off, _ := base.With(Flags{NoSegments: true}); off.Kano.SegmentBy != "" {
		t.Errorf("NoSegments kept segment_by %q", off.Kano.SegmentBy)
	}
}

func TestFlagsValidate(t *testing.T) {
	neg := -1
	for _, c := range []struct {
		flags Flags
		want  string
	}{
		{Flags{Table: "fancy"}, `unknown --table "fancy"; use standard or pouliot`},
		{Flags{Rule: "majority"}, `unknown --rule "majority"; use frequency or aom`},
		{Flags{Table: "pouliott"}, `unknown --table "pouliott": did you mean "pouliot"? Use standard or pouliot`},
		{Flags{Rule: "frequncy"}, `unknown --rule "frequncy": did you mean "frequency"? Use frequency or aom`},
		{Flags{MinN: &neg}, `--min-n must not be negative, got -1`},
	} {
		err := c.flags.Validate()
		if err == nil || err.Error() != c.want {
			t.Errorf("%+v: got %v, want %s", c.flags, err, c.want)
		}
		if _, err := Default().With(c.flags); err == nil {
			t.Errorf("%+v: With accepted it", c.flags)
		}
	}
}

func TestKanoOptions(t *testing.T) {
	o := Kano{Table: kano.TablePouliot, Rule: kano.RuleAOM, MinN: 7}.Options()
	// Pouliot differs from the standard table in two cells: expect/expect and live with/live with are Q.
	if o.Table.Classify(kano.Expect, kano.Expect) != kano.Questionable || o.Rule != kano.RuleAOM || o.MinN != 7 {
		t.Errorf("got %+v", o)
	}
}

func TestChoices(t *testing.T) {
	if got := Choices([]string{"a", "b", "c"}); got != "a, b or c" {
		t.Error(got)
	}
	if got := Choices([]string{"a"}); !strings.EqualFold(got, "a") {
		t.Error(got)
	}
}
