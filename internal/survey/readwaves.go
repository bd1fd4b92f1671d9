package survey

import (
	"io/fs"
	"sort"
	"sync/atomic"

	"github.com/dsc-workbench/dsc/kano"
)

// WaveSurvey is one survey wave as ReadWaves reads it: its sources (a
// file with a wave column once per wave, with Source.Wave set), each
// source's stats, and the survey of the wave's respondents.
type WaveSurvey struct {
	Wave    string
	Sources []Source
	Stats   []Stats
	Survey  *kano.Survey
}

// ReadWaves reads surveys of several waves, where a file with a wave
// column holds some of them, into one survey per wave: the surveys, stats
// and order of the per-wave reads (each wave column's waves listed by
// Waves, then ReadAll per wave), but each file read once, its rows routed
// by their wave (waveroute.go). Waves are in time order (a wave "" holds
// the files without one); with latest, only the latest wave comes back,
// and only its files without a wave column are read.
//
// It reports false when it cannot stand for the per-wave reads: no file
// has a wave column, or any problem in any file (the per-wave reads word
// it), or files the per-wave reads would compare for the same content
// (two files of one size) or as listed twice. cfg's Responses, when set,
// compares the responses across the waves.
func ReadWaves(srcs []Source, cfg Config, latest bool, progress func(file string)) ([]WaveSurvey, bool) {
	if !routable(srcs) {
		return nil, false
	}
	regs := map[string]*IDRegistry{}
	registry := func(wave string) *IDRegistry {
		if regs[wave] == nil {
			regs[wave] = NewIDRegistry()
		}
		return regs[wave]
	}
	// A wave's parts, by the index of their source.
	type part struct {
		stats  Stats
		survey *kano.Survey
	}
	routed := map[int]map[string]part{}
	waves := map[string]bool{}
	for i, src := range srcs {
		if src.WaveColumn == nil {
			waves[src.Wave] = true
			continue
		}
		if progress != nil {
			progress(src.Display)
		}
		subs, r, ok := routeWaves(src, cfg, registry)
		if !ok {
			return nil, false
		}
		routed[i] = map[string]part{}
		for _, s := range subs {
			routed[i][string(s.wave)] = part{waveStats(r.stats, s), s.w.r.survey}
			waves[string(s.wave)] = true
		}
	}
	labels := make([]string, 0, len(waves))
	for w := range waves {
		labels = append(labels, w)
	}
	sort.Strings(labels)
	if latest {
		labels = labels[len(labels)-1:]
	}
	out := make([]WaveSurvey, 0, len(labels))
	for _, label := range labels {
		ws := WaveSurvey{Wave: label, Survey: kano.NewSurvey()}
		c := cfg
		c.IDs = registry(label)
		for i, src := range srcs {
			if parts, ok := routed[i]; ok {
				p, ok := parts[label]
				if !ok {
					continue
				}
				src.Wave = label
				ws.Survey.Merge(p.survey)
				ws.Sources, ws.Stats = append(ws.Sources, src), append(ws.Stats, p.stats)
				continue
			}
			if src.Wave != label {
				continue
			}
			if progress != nil {
				progress(src.Display)
			}
			st, err := Read(src, c, ws.Survey)
			if err != nil {
				return nil, false
			}
			ws.Sources, ws.Stats = append(ws.Sources, src), append(ws.Stats, st)
		}
		if !ws.Survey.Fits(kano.NewSurvey()) {
			return nil, false // more segments than a wave keeps apart: its read says so
		}
		out = append(out, ws)
	}
	routedReads.Add(1)
	return out, true
}

// routedReads counts the ReadWaves calls the routed reads stood for
// (tests check which way the waves were read).
var routedReads atomic.Int64

// routable reports whether a routed read may stand for the per-wave reads
// of srcs: a file has a wave column, and no two files are one (listed
// twice) or may hold the same content (of one size), which ReadAll
// compares.
func routable(srcs []Source) bool {
	keys := map[string]bool{}
	sizes := map[int64]bool{}
	column := false
	for _, src := range srcs {
		column = column || src.WaveColumn != nil
		key := src.Key
		if key == "" {
			key = src.Display
		}
		fi, err := fs.Stat(src.FS, src.Path)
		if keys[key] || err != nil || sizes[fi.Size()] {
			return false
		}
		keys[key], sizes[fi.Size()] = true, true
	}
	return column
}
