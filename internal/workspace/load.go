// Package workspace owns the workspace: it reads every file of a consultant's
// engagement folder (dsc.yaml, catalog.yaml, journey.yaml, readiness.yaml,
// capabilities.yaml, ratings/ and the list of surveys), checks them strictly
// and returns one model that every command uses.
package workspace

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/settings"
	"github.com/dsc-workbench/dsc/internal/survey"
	"github.com/dsc-workbench/dsc/internal/yamlx"
)

// Workspace is one loaded and validated engagement.
type Workspace struct {
	// Name is how the workspace is shown to the user: a folder path or "example NAME".
	Name string
	// FS reads the workspace's files (a folder or an embedded example).
	FS fs.FS

	Config       Config
	Catalog      Catalog
	Journey      *Journey      // nil when journey.yaml is absent
	Readiness    *Readiness    // nil when readiness.yaml is absent; Ratings include ratings/
	Capabilities *Capabilities // nil when capabilities.yaml is absent
	Market       *Market       // nil when market.yaml is absent
	// Surveys are the survey files to read, from dsc.yaml or found under surveys/.
	Surveys []SurveySource
	// Warnings are findings that do not stop a command, such as a target below current maturity.
	Warnings []diag.Problem
	// Settings are dsc.yaml's settings over the defaults. Commands lay their
	// flags over them (Settings.With) and hand the result to every analysis;
	// nothing else reads Config.Settings.
	Settings settings.Settings

	prefix string
}

// Path is how a workspace file is named in messages: relative to where the user stands.
func (w *Workspace) Path(file string) string {
	if w.prefix == "" {
		return file
	}
	return path.Join(w.prefix, file)
}

// MissingFileError says an optional file a command needs is absent.
type MissingFileError struct {
	File string
	What string
}

func (e *MissingFileError) Error() string {
	return fmt.Sprintf("%s not found: this command needs %s; create it (see docs/workspace.md, or `dsc init --template intralogistics` for a complete example)", e.File, e.What)
}

// NeedJourney returns the journey or a MissingFileError.
func (w *Workspace) NeedJourney() (*Journey, error) {
	if w.Journey == nil {
		return nil, &MissingFileError{JourneyFile, "the customer journey (stages, channels, personas, touchpoints)"}
	}
	return w.Journey, nil
}

// NeedReadiness returns the readiness questionnaire or a MissingFileError.
func (w *Workspace) NeedReadiness() (*Readiness, error) {
	if w.Readiness == nil {
		return nil, &MissingFileError{ReadinessFile, "the readiness questionnaire (dimensions, questions, raters, ratings)"}
	}
	return w.Readiness, nil
}

// NeedCapabilities returns the capabilities or a MissingFileError.
func (w *Workspace) NeedCapabilities() (*Capabilities, error) {
	if w.Capabilities == nil {
		return nil, &MissingFileError{CapabilitiesFile, "the capabilities the target picture needs (with dependencies)"}
	}
	return w.Capabilities, nil
}

// Load reads and validates the workspace in fsys. name is how it is shown in
// status lines; prefix is put before file names in messages (the folder as
// the user typed it). Every problem in every file is reported at once as a
// *diag.Error, together with the workspace as far as it could be read
// (nil when dsc.yaml is missing or broken).
func Load(fsys fs.FS, name, prefix string) (*Workspace, error) {
	w := &Workspace{Name: name, FS: fsys, prefix: prefix}
	var probs diag.List

	if !w.read(ConfigFile, &w.Config, &probs, true) {
		return nil, probs.Err()
	}
	w.read(CatalogFile, &w.Catalog, &probs, true)
	if exists(fsys, JourneyFile) {
		w.Journey = &Journey{}
		w.read(JourneyFile, w.Journey, &probs, false)
	}
	if exists(fsys, ReadinessFile) {
		w.Readiness = &Readiness{}
		w.read(ReadinessFile, w.Readiness, &probs, false)
		w.readRatings(&probs)
	} else if files := listDir(fsys, RatingsDir, ".yaml", ".yml"); len(files) > 0 {
		probs.Add(w.Path(path.Join(RatingsDir, files[0])), 1, 1, "ratings found but readiness.yaml is missing",
			"add readiness.yaml with the questionnaire these ratings answer")
	}
	if exists(fsys, CapabilitiesFile) {
		w.Capabilities = &Capabilities{}
		w.read(CapabilitiesFile, w.Capabilities, &probs, false)
	}
	w.readMarket(&probs)
	w.Surveys = w.surveySources(&probs)
	w.readMappings(&probs)

	v := newValidator(w, &probs)
	v.run()
	w.Settings = w.resolveSettings()
	if err := probs.Err(); err != nil {
		// The partial workspace lets `dsc validate` go on to check survey
		// files, so that one run reports every problem; commands that
		// analyse must not use it.
		return w, err
	}
	diag.Sort(w.Warnings)
	return w, nil
}

// read decodes one YAML file; it reports whether the file was there.
func (w *Workspace) read(file string, into any, probs *diag.List, required bool) bool {
	data, err := fs.ReadFile(w.FS, file)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			if required {
				hint := "create it (see docs/workspace.md)"
				if file == ConfigFile {
					hint = "is this a workspace? run `dsc init DIR` to create one, or pass --workspace DIR or --example NAME"
				}
				probs.Add(w.Path(file), 0, 0, "required file is missing", hint)
			}
			return false
		}
		probs.Add(w.Path(file), 0, 0, fmt.Sprintf("cannot read: %v", err), "check the file's permissions")
		return false
	}
	probs.Append(yamlx.Decode(w.Path(file), data, into)...)
	return true
}

func (w *Workspace) readRatings(probs *diag.List) {
	for _, f := range listDir(w.FS, RatingsDir, ".yaml", ".yml") {
		var rf RatingsFile
		if w.read(path.Join(RatingsDir, f), &rf, probs, false) {
			w.Readiness.Ratings = append(w.Readiness.Ratings, rf.Ratings...)
		}
	}
}

// surveySources returns the surveys named in dsc.yaml, or else every survey
// file under surveys/ with its mapping file X.map.yaml when one is there.
func (w *Workspace) surveySources(probs *diag.List) []SurveySource {
	if len(w.Config.Surveys) > 0 {
		for _, s := range w.Config.Surveys {
			if s.File != "" && !exists(w.FS, s.File) {
				p := s.Loc.At("file")
				probs.Add(w.Path(ConfigFile), p.Line, p.Col, fmt.Sprintf("survey file %q not found", s.File),
					"put the export under surveys/ and give its path relative to the workspace")
			}
			if s.Mapping != "" && !exists(w.FS, s.Mapping) {
				p := s.Loc.At("mapping")
				probs.Add(w.Path(ConfigFile), p.Line, p.Col, fmt.Sprintf("mapping file %q not found", s.Mapping),
					"create it (see docs/workspace.md, \"Survey mappings\") or remove the mapping key")
			}
		}
		return w.Config.Surveys
	}
	var out []SurveySource
	for _, f := range listDir(w.FS, SurveysDir, ".csv", ".xlsx", ".yaml", ".yml") {
		if survey.IsMappingFile(f) {
			continue
		}
		src := SurveySource{File: path.Join(SurveysDir, f), Loc: yamlx.NewLoc(w.Path(path.Join(SurveysDir, f)), 0, 0)}
		if m := survey.MappingFor(src.File); exists(w.FS, m) {
			src.Mapping = m
		}
		out = append(out, src)
	}
	return out
}

// readMappings decodes the mapping file of each survey that has one.
func (w *Workspace) readMappings(probs *diag.List) {
	for i := range w.Surveys {
		s := &w.Surveys[i]
		if s.Mapping == "" {
			continue
		}
		data, err := fs.ReadFile(w.FS, s.Mapping)
		if err != nil {
			continue // a missing mapping is reported by surveySources
		}
		m, ps := survey.DecodeMapping(w.Path(s.Mapping), data)
		probs.Append(ps...)
		s.Map = m
	}
}

// SurveyInput describes the survey files for the survey reader.
func (w *Workspace) SurveyInput() []survey.Source {
	out := make([]survey.Source, len(w.Surveys))
	for i, s := range w.Surveys {
		out[i] = survey.Source{FS: w.FS, Path: s.File, Display: w.Path(s.File), Sheet: s.Sheet, Layout: s.Layout, Mapping: s.Map}
	}
	return out
}

// EntrySet is the set of catalog ids, for checking references from surveys.
func (w *Workspace) EntrySet() map[string]bool {
	m := make(map[string]bool, len(w.Catalog.Entries))
	for _, e := range w.Catalog.Entries {
		m[e.ID] = true
	}
	return m
}

func exists(fsys fs.FS, name string) bool {
	_, err := fs.Stat(fsys, name)
	return err == nil
}

// listDir lists regular files in dir with one of the extensions, sorted.
func listDir(fsys fs.FS, dir string, exts ...string) []string {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		for _, x := range exts {
			if strings.EqualFold(path.Ext(e.Name()), x) {
				out = append(out, e.Name())
				break
			}
		}
	}
	sort.Strings(out)
	return out
}
