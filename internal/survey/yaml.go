package survey

import (
	"fmt"
	"io/fs"
	"strings"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/yamlx"
	"github.com/dsc-workbench/dsc/kano"
)

// YAMLSurvey is the YAML answer format, for small surveys typed by hand or
// written by `dsc workshop export` (through yamlx.Marshal): one definition
// for the reader here and every writer.
type YAMLSurvey struct {
	Loc         yamlx.Loc
	Respondents []YAMLRespondent `yaml:"respondents,required"`
}

// YAMLRespondent is one respondent: attributes (segment, source) and answers by catalog entry.
type YAMLRespondent struct {
	Loc        yamlx.Loc
	ID         string                `yaml:"id,required"`
	Attributes map[string]string     `yaml:"attributes"`
	Answers    map[string]YAMLAnswer `yaml:"answers,required"`
}

// YAMLAnswer holds one entry's answers as written in the survey (numbers or labels).
type YAMLAnswer struct {
	Loc           yamlx.Loc
	Functional    string `yaml:"functional"`
	Dysfunctional string `yaml:"dysfunctional"`
	Importance    string `yaml:"importance"`
}

func (r *reader) readYAML() error {
	data, err := fs.ReadFile(r.src.FS, r.src.Path)
	if err != nil {
		return fmt.Errorf("read %s: %w", r.src.Display, err)
	}
	var ys YAMLSurvey
	if ps := yamlx.Decode(r.src.Display, data, &ys); len(ps) > 0 {
		r.probs.Append(ps...)
		return r.probs.Err()
	}
	r.stats.Layout = "respondents"
	attrs := map[string]bool{}
	feats := map[string]int{}
	unknown := map[string]bool{}
	segFound := r.cfg.SegmentBy == "" || r.cfg.SegmentOptional
	ids := r.cfg.IDs
	if ids == nil {
		ids = NewIDRegistry()
	}
	file := ids.addFile(r.src.Display)
	if r.src.WaveColumn != nil {
		r.stats.WaveColumn = r.src.WaveColumn.Name
		if !r.yamlWaveAttribute(ys.Respondents) {
			return nil
		}
	}
	var answers []pendingAnswer
	for _, resp := range ys.Respondents {
		if r.src.WaveColumn != nil {
			w, p := yamlWave(resp, r.src.WaveColumn.Name)
			if r.scan != nil {
				if w, ok := r.waveOf(w, p.Line, p.Col, fmt.Sprintf("respondent %q", resp.ID)); ok {
					r.scan.rows[w]++
				}
				continue
			}
			if strings.TrimSpace(w) != r.src.Wave {
				continue // another wave's respondent: read with that wave
			}
		}
		for k := range resp.Attributes {
			attrs[k] = true
		}
		segValue, segAt := "", resp.Loc.Pos
		if r.cfg.SegmentBy != "" {
			for k, v := range resp.Attributes {
				if strings.EqualFold(k, r.cfg.SegmentBy) {
					segValue, segFound = v, true
					segAt = resp.Loc.At("attributes." + k)
				}
			}
		}
		if first, dup := ids.see(resp.ID, file, resp.Loc.Line); dup {
			p := resp.Loc.At("id")
			r.cellProblem(p.Line, p.Col, fmt.Sprintf("respondent %q is also at %s", resp.ID, ids.where(first)),
				"each respondent counts once: remove the duplicate, "+otherWaveHint(r.src.Wave))
		}
		answers = answers[:0]
		for _, id := range sortedKeys(resp.Answers) {
			ans := resp.Answers[id]
			fi, ok := feats[id]
			if !ok {
				if fi, ok = r.feature(id); !ok {
					if !unknown[id] {
						unknown[id] = true
						p := resp.Loc.At("answers." + id)
						r.probs.Add(r.src.Display, p.Line, p.Col, fmt.Sprintf("answers name unknown catalog entry %q", id), r.unknownFeatureHint(id))
					}
					continue
				}
				feats[id] = fi
				r.stats.Features = append(r.stats.Features, id)
			}
			f := r.yamlAnswer(ans, Functional, ans.Functional)
			d := r.yamlAnswer(ans, Dysfunctional, ans.Dysfunctional)
			imp, ok := r.values.importance(ans.Importance)
			if !ok {
				p := ans.Loc.At(Importance)
				r.cellProblem(p.Line, p.Col, fmt.Sprintf("unknown importance %q", ans.Importance), "use a number from 1 to 9")
			}
			answers = append(answers, pendingAnswer{feature: fi, f: f, d: d, imp: imp})
		}
		if r.cfg.Responses != nil {
			wave := ""
			if r.src.WaveColumn != nil {
				wave = r.src.WaveColumn.Name
			}
			r.crossWave(yamlResponse(resp, answers, wave), "the same time, answers and attributes")
		}
		r.keep(strings.TrimSpace(segValue), segAt.Line, segAt.Col, answers)
	}
	if r.scan != nil {
		return nil
	}
	for k := range attrs {
		r.stats.Attributes = append(r.stats.Attributes, k)
	}
	if !segFound && len(ys.Respondents) > 0 {
		r.probs.Add(r.src.Display, 1, 1, fmt.Sprintf("segment attribute %q not found", r.cfg.SegmentBy), "give respondents \"attributes: {"+r.cfg.SegmentBy+": ...}\"")
	}
	return nil
}

// yamlWaveAttribute checks that some respondent has the wave attribute;
// otherwise its name is wrong, one problem at dsc.yaml.
func (r *reader) yamlWaveAttribute(rs []YAMLRespondent) bool {
	wc := r.src.WaveColumn
	var names []string
	for _, resp := range rs {
		for k := range resp.Attributes {
			if strings.EqualFold(k, wc.Name) {
				return true
			}
			names = append(names, k)
		}
	}
	if len(rs) == 0 {
		return true
	}
	hint := `give every respondent "attributes: {` + wc.Name + `: YYYY-MM}"`
	if s := diag.Suggest(wc.Name, names); s != "" {
		hint = "did you mean " + diag.Quote(s) + "? " + hint
	}
	r.probs.Add(wc.File, wc.Line, wc.Col, fmt.Sprintf("wave column %q is an attribute of no respondent in %s", wc.Name, r.src.Display), hint)
	return false
}

// yamlWave is a respondent's wave attribute and where it is written (the
// respondent, when it is missing).
func yamlWave(resp YAMLRespondent, name string) (string, yamlx.Pos) {
	for k, v := range resp.Attributes {
		if strings.EqualFold(k, name) {
			return v, resp.Loc.At("attributes." + k)
		}
	}
	return "", resp.Loc.Pos
}

func (r *reader) yamlAnswer(ans YAMLAnswer, key, value string) kano.Answer {
	got, ok := r.values.answer(value)
	if !ok {
		p := ans.Loc.At(key)
		r.cellProblem(p.Line, p.Col, fmt.Sprintf("unknown %s answer %q", key, value), "use "+Accepted())
		return 0
	}
	return got
}
