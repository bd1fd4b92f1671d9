package workshop

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"

	"gopkg.in/yaml.v3"

	"github.com/dsc-workbench/dsc/internal/atomicfile"
	"github.com/dsc-workbench/dsc/internal/workspace"
)

// KanoExportFile is where `dsc workshop export` writes the Kano answers: a
// YAML survey that `dsc kano` reads with the other surveys.
const KanoExportFile = "surveys/workshop-kano.yaml"

// RatingsExportFile is where a rater's readiness ratings go.
func RatingsExportFile(rater string) string {
	return filepath.ToSlash(filepath.Join(workspace.RatingsDir, "workshop-"+Slug(rater)+".yaml"))
}

// Exported says what an export wrote.
type Exported struct {
	Files       []string
	Respondents int
	Raters      int
	Warnings    []string
}

type yamlAnswer struct {
	Functional    string `yaml:"functional,omitempty"`
	Dysfunctional string `yaml:"dysfunctional,omitempty"`
	Importance    string `yaml:"importance,omitempty"`
}

type yamlRespondent struct {
	ID         string                `yaml:"id"`
	Attributes map[string]string     `yaml:"attributes,omitempty"`
	Answers    map[string]yamlAnswer `yaml:"answers"`
}

type yamlRating struct {
	Rater  string         `yaml:"rater"`
	Scores map[string]int `yaml:"scores"`
}

// Export writes every journal in journalDir into the workspace folder dir,
// each file atomically, in the formats `dsc kano` and `dsc readiness` read.
func Export(ws *workspace.Workspace, dir, journalDir string) (Exported, error) {
	var out Exported
	kanoEvents, w1, err := ReadAll(journalDir, KindKano)
	if err != nil {
		return out, err
	}
	readEvents, w2, err := ReadAll(journalDir, KindReadiness)
	if err != nil {
		return out, err
	}
	out.Warnings = append(w1, w2...)
	if len(kanoEvents) > 0 {
		segAttr := ws.Config.Settings.Kano.SegmentBy
		if segAttr == "" {
			segAttr = "segment"
		}
		var doc struct {
			Respondents []yamlRespondent `yaml:"respondents"`
		}
		for _, p := range sortedParticipants(kanoEvents) {
			st := Apply(kanoEvents[p])
			r := yamlRespondent{ID: "workshop-" + Slug(p), Answers: map[string]yamlAnswer{}}
			if st.Segment != "" {
				r.Attributes = map[string]string{segAttr: st.Segment}
			}
			for k, v := range st.Answers {
				a := r.Answers[k.Item]
				s := strconv.Itoa(v)
				switch k.Question {
				case "functional":
					a.Functional = s
				case "dysfunctional":
					a.Dysfunctional = s
				case "importance":
					a.Importance = s
				}
				r.Answers[k.Item] = a
			}
			if len(r.Answers) > 0 {
				doc.Respondents = append(doc.Respondents, r)
			}
		}
		if len(doc.Respondents) > 0 {
			if err := writeYAML(filepath.Join(dir, filepath.FromSlash(KanoExportFile)),
				"# Kano answers captured with `dsc workshop kano`; rewritten by `dsc workshop export`.\n", doc); err != nil {
				return out, err
			}
			out.Files = append(out.Files, KanoExportFile)
			out.Respondents = len(doc.Respondents)
		}
	}
	for _, p := range sortedParticipants(readEvents) {
		st := Apply(readEvents[p])
		if len(st.Answers) == 0 {
			continue
		}
		file := RatingsExportFile(p)
		if err := clashes(ws, p, file, st); err != nil {
			return out, err
		}
		rt := yamlRating{Rater: p, Scores: map[string]int{}}
		for k, v := range st.Answers {
			rt.Scores[k.Item] = v
		}
		doc := struct {
			Ratings []yamlRating `yaml:"ratings"`
		}{[]yamlRating{rt}}
		if err := writeYAML(filepath.Join(dir, filepath.FromSlash(file)),
			"# Readiness ratings captured with `dsc workshop readiness`; rewritten by `dsc workshop export`.\n", doc); err != nil {
			return out, err
		}
		out.Files = append(out.Files, file)
		out.Raters++
	}
	return out, nil
}

// clashes refuses to export ratings a rater already has in another file:
// the loader would report them twice.
func clashes(ws *workspace.Workspace, rater, file string, st State) error {
	if ws.Readiness == nil {
		return fmt.Errorf("readiness.yaml is missing: the ratings of %q have no questionnaire", rater)
	}
	for _, r := range ws.Readiness.Ratings {
		if r.Rater != rater || r.Loc.File == ws.Path(file) {
			continue
		}
		for k := range st.Answers {
			if _, dup := r.Scores[k.Item]; dup {
				return fmt.Errorf("%s already rates %q for %s; remove those ratings there or drop them from the workshop", r.Loc.File, rater, k.Item)
			}
		}
	}
	return nil
}

func sortedParticipants(m map[string][]Event) []string {
	out := make([]string, 0, len(m))
	for p := range m {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

func writeYAML(path, header string, v any) error {
	var buf bytes.Buffer
	buf.WriteString(header)
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	if err := mkdirFor(path); err != nil {
		return err
	}
	return atomicfile.WriteFile(path, buf.Bytes())
}

func mkdirFor(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("create %s: %w", filepath.Dir(path), err)
	}
	return nil
}
