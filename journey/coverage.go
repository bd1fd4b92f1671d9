package journey

import (
	"slices"

	"github.com/dsc-workbench/dsc/kano"
)

// Count is what one stage x channel cell holds.
type Count struct {
	Touchpoints int `json:"touchpoints"`
	Features    int `json:"features"` // distinct features served
}

// Coverage is the stage x channel grid: Cells[stage][channel].
type Coverage struct {
	Stages   []string  `json:"stages"`
	Channels []string  `json:"channels"`
	Cells    [][]Count `json:"cells"`
	// StageTotals and ChannelTotals count distinct features across a row or column.
	StageTotals   []Count `json:"stage_totals"`
	ChannelTotals []Count `json:"channel_totals"`
}

// PersonaCoverage is the grid of the touchpoints one persona meets.
type PersonaCoverage struct {
	Persona  string   `json:"persona"`
	Coverage Coverage `json:"coverage"`
}

// coverage counts touchpoints and distinct features per cell, for all
// personas or, when persona is set, for the touchpoints that persona meets.
func coverage(j Journey, ix indexes, persona string) Coverage {
	c := Coverage{Stages: make([]string, len(j.Stages)), Channels: make([]string, len(j.Channels))}
	for i, s := range j.Stages {
		c.Stages[i] = s.ID
	}
	for i, ch := range j.Channels {
		c.Channels[i] = ch.ID
	}
	c.Cells = make([][]Count, len(j.Stages))
	cellFeatures := make([][]map[string]bool, len(j.Stages))
	stageFeatures := make([]map[string]bool, len(j.Stages))
	channelFeatures := make([]map[string]bool, len(j.Channels))
	for i := range c.Cells {
		c.Cells[i] = make([]Count, len(j.Channels))
		cellFeatures[i] = make([]map[string]bool, len(j.Channels))
		stageFeatures[i] = map[string]bool{}
	}
	for k := range channelFeatures {
		channelFeatures[k] = map[string]bool{}
	}
	c.StageTotals = make([]Count, len(j.Stages))
	c.ChannelTotals = make([]Count, len(j.Channels))
	for _, t := range j.Touchpoints {
		if persona != "" && !slices.Contains(t.Personas, persona) {
			continue
		}
		si, ok1 := ix.stage[t.Stage]
		ci, ok2 := ix.channel[t.Channel]
		if !ok1 || !ok2 {
			continue
		}
		c.Cells[si][ci].Touchpoints++
		c.StageTotals[si].Touchpoints++
		c.ChannelTotals[ci].Touchpoints++
		if cellFeatures[si][ci] == nil {
			cellFeatures[si][ci] = map[string]bool{}
		}
		for _, f := range t.Features {
			cellFeatures[si][ci][f] = true
			stageFeatures[si][f] = true
			channelFeatures[ci][f] = true
		}
	}
	for si := range c.Cells {
		for ci := range c.Cells[si] {
			c.Cells[si][ci].Features = len(cellFeatures[si][ci])
		}
		c.StageTotals[si].Features = len(stageFeatures[si])
	}
	for ci := range c.ChannelTotals {
		c.ChannelTotals[ci].Features = len(channelFeatures[ci])
	}
	return c
}

// orphans lists the features no touchpoint serves and the touchpoints that
// serve no feature, in input order.
func orphans(j Journey) (features, touchpoints []string) {
	served := map[string]bool{}
	features, touchpoints = []string{}, []string{}
	for _, t := range j.Touchpoints {
		for _, f := range t.Features {
			served[f] = true
		}
		if len(t.Features) == 0 {
			touchpoints = append(touchpoints, t.ID)
		}
	}
	for _, f := range j.Features {
		if !served[f.ID] {
			features = append(features, f.ID)
		}
	}
	return features, touchpoints
}

// Kinds of hole.
const (
	// HoleNoTouchpoint: the persona meets no touchpoint at all at the stage.
	HoleNoTouchpoint = "no-touchpoint"
	// HoleNoBasics: the persona meets touchpoints, but none serves a must-be or
	// one-dimensional feature.
	HoleNoBasics = "no-must-be-or-one-dimensional"
)

// Hole is a stage where a persona is not served with what it needs.
type Hole struct {
	Persona     string `json:"persona"`
	Stage       string `json:"stage"`
	Kind        string `json:"kind"`
	Touchpoints int    `json:"touchpoints"`
	// Categories counts the categories of the features the persona does meet there.
	Categories map[string]int `json:"categories,omitempty"`
}

// holes finds, for every persona and stage, whether the persona meets a
// touchpoint serving a must-be or one-dimensional feature (as the persona's
// segment classifies it).
func holes(j Journey, ix indexes) []Hole {
	out := []Hole{}
	for _, p := range j.Personas {
		for _, s := range j.Stages {
			h := Hole{Persona: p.ID, Stage: s.ID, Categories: map[string]int{}}
			basic := false
			for _, t := range j.Touchpoints {
				if t.Stage != s.ID || !slices.Contains(t.Personas, p.ID) {
					continue
				}
				h.Touchpoints++
				for _, f := range t.Features {
					cat := ix.categoryFor(f, p.ID)
					key := string(cat)
					if key == "" {
						key = "unknown"
					}
					h.Categories[key]++
					if cat == kano.MustBe || cat == kano.OneDimensional {
						basic = true
					}
				}
			}
			switch {
			case h.Touchpoints == 0:
				h.Kind = HoleNoTouchpoint
				h.Categories = nil
			case !basic:
				h.Kind = HoleNoBasics
			default:
				continue
			}
			out = append(out, h)
		}
	}
	return out
}

// Cell names an over-served stage x channel cell.
type Cell struct {
	Stage       string `json:"stage"`
	Channel     string `json:"channel"`
	Touchpoints int    `json:"touchpoints"`
	Features    int    `json:"features"`
}

// overServed finds cells with many touchpoints whose features are all
// indifferent or reverse: effort spent where customers do not care.
func overServed(j Journey, ix indexes, c Coverage, min int) []Cell {
	out := []Cell{}
	for si, s := range j.Stages {
		for ci, ch := range j.Channels {
			if c.Cells[si][ci].Touchpoints < min {
				continue
			}
			served, relevant := false, false
			for _, t := range j.Touchpoints {
				if t.Stage != s.ID || t.Channel != ch.ID {
					continue
				}
				for _, f := range t.Features {
					served = true
					if cat := ix.feature[f]; cat == nil || (cat.Category != kano.Indifferent && cat.Category != kano.Reverse) {
						relevant = true
					}
				}
			}
			if served && !relevant {
				out = append(out, Cell{Stage: s.ID, Channel: ch.ID, Touchpoints: c.Cells[si][ci].Touchpoints, Features: c.Cells[si][ci].Features})
			}
		}
	}
	return out
}
