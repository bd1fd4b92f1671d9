package workspace

import (
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/dsc-workbench/dsc/internal/settings"
)

func TestSettingsResolvedFromTheWorkspace(t *testing.T) {
	minimal := func(dsc, readiness string) fstest.MapFS {
		m := fstest.MapFS{
			"dsc.yaml":     {Data: []byte(dsc)},
			"catalog.yaml": {Data: []byte("entries:\n  - {id: a, name: A, kind: feature, element: login}\n")},
		}
		if readiness != "" {
			m["readiness.yaml"] = &fstest.MapFile{Data: []byte(readiness)}
		}
		return m
	}
	const questionnaire = "dimensions:\n  - id: d\n    name: D\n    target: 4\n    questions:\n      - {id: q, text: Q}\n"

	t.Run("nothing set gives the defaults", func(t *testing.T) {
		w, err := Load(minimal("client: X\n", ""), "t", "")
		if err != nil {
			t.Fatal(err)
		}
		if w.Settings.Kano != settings.Default().Kano || !reflect.DeepEqual(w.Settings.Roadmap, settings.Default().Roadmap) {
			t.Errorf("got %+v", w.Settings)
		}
	})
	t.Run("dsc.yaml over defaults, min_n 0 kept", func(t *testing.T) {
		w, err := Load(minimal(`client: X
settings:
  kano: {table: pouliot, rule: aom, min_n: 0, segment_by: country}
  target: {better_threshold: 0.4, pins: [{entry: a, decision: exclude, reason: R}]}
  roadmap: {start: 2027-03, team_size: 3}
`, ""), "t", "")
		if err != nil {
			t.Fatal(err)
		}
		s := w.Settings
		// min_n: 0 used to become 10, because 0 meant "unset".
		if s.Kano.Table != "pouliot" || s.Kano.Rule != "aom" || s.Kano.MinN != 0 || s.Kano.SegmentBy != "country" {
			t.Errorf("kano %+v", s.Kano)
		}
		if s.Target.BetterThreshold != 0.4 || len(s.Target.Pins) != 1 || s.Target.Pins[0].Decision != "exclude" {
			t.Errorf("target %+v", s.Target)
		}
		if s.Roadmap.Start != "2027-03" || s.Roadmap.TeamSize != 3 {
			t.Errorf("roadmap %+v", s.Roadmap)
		}
	})
	t.Run("disagreement: dsc.yaml over readiness.yaml over the default", func(t *testing.T) {
		w, err := Load(minimal("client: X\n", "disagreement_threshold: 3\n"+questionnaire), "t", "")
		if err != nil {
			t.Fatal(err)
		}
		if got := w.Settings.Readiness.DisagreementThreshold; got != 3 {
			t.Errorf("readiness.yaml alone: %g, want 3", got)
		}
		w, err = Load(minimal("client: X\nsettings:\n  readiness: {disagreement_threshold: 1.5}\n", "disagreement_threshold: 3\n"+questionnaire), "t", "")
		if err != nil {
			t.Fatal(err)
		}
		if got := w.Settings.Readiness.DisagreementThreshold; got != 1.5 {
			t.Errorf("both: %g, want dsc.yaml's 1.5", got)
		}
	})
	t.Run("rejected values keep the default", func(t *testing.T) {
		w, err := Load(minimal("client: X\nsettings:\n  kano: {table: fancy, rule: majority, min_n: -1}\n  roadmap: {start: March, team_size: 0}\n", ""), "t", "")
		if err == nil {
			t.Fatal("want problems")
		}
		if w.Settings.Kano != settings.Default().Kano || !reflect.DeepEqual(w.Settings.Roadmap, settings.Default().Roadmap) {
			t.Errorf("got %+v", w.Settings)
		}
	})
}
