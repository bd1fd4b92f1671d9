// Package gen writes complete workspaces: the two example engagements that
// ship with dsc (from hand-written specs plus seeded, plausible survey and
// rating data) and synthetic workspaces of any size for benchmarks. The same
// seed always gives the same files.
package gen

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// engagement is the hand-written part of an example workspace.
type engagement struct {
	name, client, industry, language string
	intro                            string
	segments                         []segment
	betterThreshold                  float64
	start                            string
	asOf, confidentiality            string
	pins                             []pin
	segmentColumn                    string
	parties                          []party
	entries                          []entry
	channels                         []channel
	personas                         []persona
	interactions                     []interaction
	extraTouchpoints                 []extraTouchpoint
	roles                            map[string]string
	processes                        []process
	raters                           []rater
	maturity                         map[string]float64 // true current maturity per readiness dimension
	targets                          map[string]float64
	capabilities                     []capability
	plan                             planSpec
	survey                           surveySpec
	market                           *marketSpec // nil: no market.yaml
	seed                             uint64
}

type segment struct{ id, name, desc string }

type pin struct{ entry, decision, reason string }

type party struct{ id, name, kind, desc string }

// entry is a catalog entry plus where it shows up in the journey.
type entry struct {
	id, name, kind, element, expected string
	parties, functions                string // comma-separated ids
	desc, competitors, trends         string
	interactions, channels, segments  string // where touchpoints serve it
	shift                             string // "SEGMENT:CAT" - a segment that sees it differently
}

type channel struct {
	id, name, typ, cost string
	segments            string
}

type persona struct {
	id, name, segment, desc string
	bigFive                 [5]float64
	channels                string
}

type interaction struct {
	id, name, stage string
	kpi             *kpi
}

type kpi struct {
	name, unit      string
	current, target float64
	better          string
}

type extraTouchpoint struct {
	id, name, interaction, channel, personas, evidence string
}

type process struct {
	id, name string
	steps    [][3]string
}

type rater struct {
	id, name, role string
	bias           float64
	skips          string // question ids this rater did not answer
}

type capability struct {
	id, name, element, dimension string
	current, target              int
	effort                       float64
	step                         int
	deps, enables                string
	desc                         string
}

type surveySpec struct {
	respondents int
	format      string // "csv" (codes) or "xlsx" (German labels, question-text headers)
	mix         map[string]float64
	countries   []string
	// wave is the month the survey was fielded, with earlier the wave
	// before it (nil: a single survey without waves).
	wave    string
	earlier *waveSpec
}

// Examples lists the example engagements by name.
func Examples() []string { return []string{"automotive-aftermarket", "intralogistics"} }

func byName(name string) (*engagement, error) {
	switch name {
	case "automotive-aftermarket":
		return automotive(), nil
	case "intralogistics":
		return intralogistics(), nil
	}
	return nil, fmt.Errorf("unknown example %q (have %s)", name, strings.Join(Examples(), ", "))
}

// WriteExample writes the named example engagement into dir.
func WriteExample(name, dir string) error {
	e, err := byName(name)
	if err != nil {
		return err
	}
	files, err := e.files()
	if err != nil {
		return err
	}
	return writeFiles(dir, files)
}

func writeFiles(dir string, files map[string][]byte) error {
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		p := filepath.Join(dir, filepath.FromSlash(n))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, files[n], 0o644); err != nil {
			return err
		}
	}
	return nil
}

// files renders every file of the engagement.
func (e *engagement) files() (map[string][]byte, error) {
	rng := rand.New(rand.NewPCG(e.seed, e.seed^0x5eed))
	files := map[string][]byte{
		"dsc.yaml":          []byte(e.config()),
		"catalog.yaml":      []byte(e.catalog()),
		"journey.yaml":      []byte(e.journey(rng)),
		"readiness.yaml":    []byte(e.readiness(rng)),
		"capabilities.yaml": []byte(e.capabilitiesFile()),
	}
	if err := e.surveyFiles(rng, files); err != nil {
		return nil, err
	}
	if err := e.earlierWaveFile(files); err != nil {
		return nil, err
	}
	if e.market != nil {
		if err := e.market.check(e); err != nil {
			return nil, err
		}
		files["market.yaml"] = []byte(e.marketFile())
	}
	return files, nil
}

func (e *engagement) config() string {
	var d doc
	d.comment(0, e.intro)
	d.comment(0, "Generated by `go run ./examples/gen`; edit the spec in internal/gen, not this file.")
	d.line(0, "client: %s", q(e.client))
	d.line(0, "industry: %s", q(e.industry))
	d.line(0, "language: %s", e.language)
	d.line(0, "segments:")
	for _, s := range e.segments {
		d.line(1, "- id: %s", q(s.id))
		d.line(2, "name: %s", q(s.name))
		d.line(2, "description: %s", q(s.desc))
	}
	e.surveyList(&d)
	d.line(0, "settings:")
	d.line(1, "kano:")
	d.line(2, "table: standard")
	d.line(2, "rule: frequency")
	d.line(2, "min_n: 20")
	d.line(2, "segment_by: %s", q(e.segmentColumn))
	d.line(1, "target:")
	d.line(2, "better_threshold: %s", num(e.betterThreshold))
	if len(e.pins) > 0 {
		d.line(2, "pins:")
		for _, p := range e.pins {
			d.line(3, "- entry: %s", p.entry)
			d.line(4, "decision: %s", p.decision)
			d.line(4, "reason: %s", q(p.reason))
		}
	}
	d.line(1, "readiness:")
	d.line(2, "disagreement_threshold: 2")
	d.line(1, "roadmap:")
	d.line(2, "start: %s", q(e.start))
	d.line(2, "team_size: 2")
	e.plan.roadmapSettings(&d)
	d.line(0, "report:")
	d.line(1, "confidentiality: %s", q(e.confidentiality))
	d.line(1, "as_of: %s", e.asOf)
	return d.String()
}

func (e *engagement) catalog() string {
	var d doc
	d.comment(0, "The DSC's features, services and revenue streams, grouped by the central login\nand the four core elements. Generated by `go run ./examples/gen`.")
	d.line(0, "external_parties:")
	for _, p := range e.parties {
		d.line(1, "- id: %s", p.id)
		d.line(2, "name: %s", q(p.name))
		d.line(2, "kind: %s", p.kind)
		if p.desc != "" {
			d.line(2, "description: %s", q(p.desc))
		}
	}
	d.blank()
	d.line(0, "entries:")
	for _, el := range []string{"login", "direct-sales", "after-sales", "self-service", "digital-service"} {
		d.comment(1, strings.ToUpper(el))
		for _, x := range e.entries {
			if x.element != el {
				continue
			}
			d.line(1, "- id: %s", x.id)
			d.line(2, "name: %s", q(x.name))
			d.line(2, "description: %s", q(x.desc))
			d.line(2, "kind: %s", x.kind)
			d.line(2, "element: %s", x.element)
			if x.parties != "" {
				d.line(2, "parties: %s", list(split(x.parties)))
			}
			if x.expected != "" {
				d.line(2, "expected: %s", x.expected)
			}
			if x.functions != "" {
				d.line(2, "functions: %s", list(split(x.functions)))
			}
			if x.competitors != "" {
				d.line(2, "competitors: %s", q(x.competitors))
			}
			if x.trends != "" {
				d.line(2, "trends: %s", q(x.trends))
			}
			e.market.catalogFields(&d, x.id)
		}
	}
	return d.String()
}
