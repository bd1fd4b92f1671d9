package workspace

import (
	"time"

	"github.com/dsc-workbench/dsc/internal/settings"
	"github.com/dsc-workbench/dsc/kano"
	"github.com/dsc-workbench/dsc/roadmap"
)

// resolveSettings lays dsc.yaml's settings over the defaults, and
// readiness.yaml's disagreement threshold under dsc.yaml's. A value the
// validator rejects keeps its default, so a workspace with problems can
// still be checked further (its problems are reported all the same).
func (w *Workspace) resolveSettings() settings.Settings {
	s := settings.Default()
	c := w.Config.Settings

	if _, ok := kano.TableName(c.Kano.Table).Table(); ok && c.Kano.Table != "" {
		s.Kano.Table = kano.TableName(c.Kano.Table)
	}
	if r := kano.Rule(c.Kano.Rule); r.Valid() {
		s.Kano.Rule = r
	}
	// min_n: 0 is a choice (classify whatever the count), so presence decides, not the value.
	if c.Kano.Loc.Has("min_n") && c.Kano.MinN >= 0 {
		s.Kano.MinN = c.Kano.MinN
	}
	// segment_by: "" is a choice (no split), so presence decides.
	if c.Kano.Loc.Has("segment_by") {
		s.Kano.SegmentBy, s.Kano.SegmentByDefault = c.Kano.SegmentBy, false
	}
	s.Kano.Screening = resolveScreening(c.Kano.Screening)

	if t := c.Target.BetterThreshold; t != nil && *t >= 0 && *t <= 1 {
		s.Target.BetterThreshold = *t
	}
	for _, p := range c.Target.Pins {
		s.Target.Pins = append(s.Target.Pins, roadmap.Pin{Entry: p.Entry, Decision: p.Decision, Reason: p.Reason})
	}

	if r := w.Readiness; r != nil && r.DisagreementThreshold != nil && *r.DisagreementThreshold > 0 {
		s.Readiness.DisagreementThreshold = *r.DisagreementThreshold
	}
	if t := c.Readiness.DisagreementThreshold; t != nil && *t > 0 {
		s.Readiness.DisagreementThreshold = *t
	}

	if validMonth(c.Roadmap.Start) {
		s.Roadmap.Start = c.Roadmap.Start
	}
	if t := c.Roadmap.TeamSize; t != nil && *t > 0 {
		s.Roadmap.TeamSize = *t
	}
	resolveRoadmap(&s.Roadmap, c.Roadmap)
	resolveMarket(&s.Market, c.Market)
	return s
}

// monthLayout is how dsc.yaml writes a month: settings.roadmap.start.
const monthLayout = "2006-01"

func validMonth(s string) bool {
	_, err := time.Parse(monthLayout, s)
	return err == nil
}
