// Package workspace owns the workspace: it reads every file of a consultant's
// engagement folder (dsc.yaml, catalog.yaml, journey.yaml, readiness.yaml,
// capabilities.yaml, ratings/ and the list of surveys), checks them strictly
// and returns one model that every command uses.
package workspace

import (
	"bytes"
	"errors"
	"fmt"
	"io"
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
	// Unread are survey files under surveys/ that dsc.yaml's surveys: list
	// leaves out (also in Warnings). Every command says so, not only validate:
	// their respondents are in no result.
	Unread []diag.Problem
	// Placeholders are template stand-ins still in dsc.yaml (the client's
	// name; also in Warnings). Every command says so: the report would
	// carry them on every page.
	Placeholders []diag.Problem
	// Settings are dsc.yaml's settings over the defaults. Commands lay their
	// flags over them (Settings.With) and hand the result to every analysis;
	// nothing else reads Config.Settings.
	Settings settings.Settings

	prefix string
	// state says how far each workspace file was read. A file that was
	// refused, empty or malformed stops the checks that depend on it, so one
	// mistake gives one message.
	state map[string]fileState
	// misspeltEntries are ids that references name and a near catalog id
	// most likely means (reported once, at that id): the survey reads
	// them as known, so they give no further message.
	misspeltEntries []string
}

// fileState is how far a workspace file was read.
type fileState int

const (
	fileAbsent fileState = iota
	// fileBroken: the file is there but was refused, empty or malformed;
	// what it defines is unknown.
	fileBroken
	// fileRead: the file was read whole (single values may still be wrong).
	fileRead
)

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
	// Empty: File is a folder that is there but holds none of it (surveys/
	// with only its README).
	Empty bool
}

func (e *MissingFileError) Error() string {
	if e.Empty {
		return fmt.Sprintf("no survey export under %s (the folder holds none): this command needs %s; put the export there (see docs/surveys.md)", e.File, e.What)
	}
	return fmt.Sprintf("%s not found: this command needs %s; create it (see docs/workspace.md, or `dsc init --template intralogistics` for a complete example)", e.File, e.What)
}

// NeedJourney returns the journey or a MissingFileError.
func (w *Workspace) NeedJourney() (*Journey, error) {
	if w.Journey == nil {
		return nil, &MissingFileError{File: JourneyFile, What: files[JourneyFile].holds}
	}
	return w.Journey, nil
}

// NeedReadiness returns the readiness questionnaire or a MissingFileError.
func (w *Workspace) NeedReadiness() (*Readiness, error) {
	if w.Readiness == nil {
		return nil, &MissingFileError{File: ReadinessFile, What: files[ReadinessFile].holds}
	}
	return w.Readiness, nil
}

// NeedCapabilities returns the capabilities or a MissingFileError.
func (w *Workspace) NeedCapabilities() (*Capabilities, error) {
	if w.Capabilities == nil {
		return nil, &MissingFileError{File: CapabilitiesFile, What: files[CapabilitiesFile].holds}
	}
	return w.Capabilities, nil
}

// fileSpec describes one YAML file of a workspace, for messages.
type fileSpec struct {
	// holds says what the file holds.
	holds string
	// emptyHint says how to fix the file when it is empty.
	emptyHint string
}

var files = map[string]fileSpec{
	ConfigFile: {"the engagement: client, segments, surveys and settings",
		`add "client: ..." with the client's name (see docs/workspace.md)`},
	CatalogFile: {"the DSC's features, services and revenue streams",
		`list the DSC's features, services and revenue streams under "entries:" (see docs/workspace.md)`},
	JourneyFile: {"the customer journey (stages, channels, personas, touchpoints)",
		"describe the journey (stages, channels, personas, touchpoints), or delete the file if there is none yet"},
	ReadinessFile: {"the readiness questionnaire (dimensions, questions, raters, ratings)",
		`add the questionnaire ("dimensions:" with their questions), or delete the file if there is none yet`},
	CapabilitiesFile: {"the capabilities the target picture needs (with dependencies)",
		`list the capabilities under "capabilities:", or delete the file if there are none yet`},
	MarketFile: {"the market: competitors, their offerings, trends and company analyses",
		"list the competitors, their offerings and the trends, or delete the file if there is no market analysis yet"},
	RatingsDir: {"ratings of the readiness questionnaire",
		`add "ratings:" (as written by dsc workshop export), or delete the file`},
}

// maxFileSize bounds a workspace YAML file. The examples' largest file is
// about 60 KB; a catalog of thousands of entries stays under a few MB.
const maxFileSize = 32 << 20

// Load reads and validates the workspace in fsys. name is how it is shown in
// status lines; prefix is put before file names in messages (the folder as
// the user typed it). Every problem in every file is reported at once as a
// *diag.Error, together with the workspace as far as it could be read
// (nil when dsc.yaml is missing).
func Load(fsys fs.FS, name, prefix string) (*Workspace, error) {
	w := &Workspace{Name: name, FS: fsys, prefix: prefix, state: map[string]fileState{}}
	var probs diag.List

	if !w.decode(ConfigFile, &w.Config, &probs, true) {
		return nil, probs.Err()
	}
	w.decode(CatalogFile, &w.Catalog, &probs, true)
	w.Journey = decodeOptional[Journey](w, JourneyFile, &probs)
	w.Readiness = decodeOptional[Readiness](w, ReadinessFile, &probs)
	if w.Readiness != nil {
		w.readRatings(&probs)
	} else if files := w.listDir(RatingsDir, &probs, ".yaml", ".yml"); len(files) > 0 {
		probs.Add(w.Path(path.Join(RatingsDir, files[0])), 1, 1, "ratings found but readiness.yaml is missing",
			"add readiness.yaml with the questionnaire these ratings answer")
	}
	w.Capabilities = decodeOptional[Capabilities](w, CapabilitiesFile, &probs)
	w.Market = decodeOptional[Market](w, MarketFile, &probs)
	if w.state[ConfigFile] == fileRead {
		// Without a readable dsc.yaml the surveys it names (with their
		// sheets and layouts) are unknown; reading whatever lies under
		// surveys/ instead would report problems that are not there.
		w.Surveys = w.surveySources(&probs)
		w.readMappings(&probs)
		w.unlistedSurveys()
		w.Warnings = append(w.Warnings, w.Unread...)
	}

	newValidator(w, &probs).run()
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

// decodeOptional reads an optional file: nil when it is absent.
func decodeOptional[T any](w *Workspace, file string, probs *diag.List) *T {
	v := new(T)
	if !w.decode(file, v, probs, false) {
		return nil
	}
	return v
}

// decode reads one YAML file into `into` and reports whether the file is
// there (whether or not it could be read); w.state[file] records how far.
func (w *Workspace) decode(file string, into any, probs *diag.List, required bool) bool {
	data, present, ok := w.readFile(file, probs, required)
	if !present {
		w.state[file] = fileAbsent
		return false
	}
	w.state[file] = fileBroken
	if !ok {
		return true
	}
	ps, outcome := yamlx.DecodeDocument(w.Path(file), data, into)
	probs.Append(ps...)
	switch outcome {
	case yamlx.Empty:
		spec := files[file]
		if strings.HasPrefix(file, RatingsDir+"/") {
			spec = files[RatingsDir]
		}
		msg := "the file is empty"
		if file == ConfigFile {
			msg = `the file is empty: missing required key "client"`
		}
		probs.Add(w.Path(file), 1, 1, msg, spec.emptyHint)
	case yamlx.Decoded:
		w.state[file] = fileRead
	}
	return true
}

// readFile returns the bytes of a workspace file; present says whether
// something by that name is there, ok whether it could be read (when not, the
// problem is reported).
// It refuses what is not a regular file (a named pipe, a device, a socket or
// a folder, also behind a symlink) before opening it, so that a FIFO or
// /dev/zero under a workspace name is one message rather than a hang.
func (w *Workspace) readFile(file string, probs *diag.List, required bool) (data []byte, present, ok bool) {
	err := w.statRegular(file)
	if errors.Is(err, fs.ErrNotExist) {
		if required {
			hint := "create it (see docs/workspace.md)"
			if file == ConfigFile {
				hint = "is this a workspace? run `dsc init DIR` to create one, or pass --workspace DIR or --example NAME"
			}
			probs.Add(w.Path(file), 0, 0, "required file is missing", hint)
		}
		return nil, false, false
	}
	if err == nil {
		data, err = readLimited(w.FS, file)
	}
	if err != nil {
		w.cannotRead(probs, file, err)
		return nil, true, false
	}
	return data, true, true
}

// checkRegular refuses files that are not regular files.
func checkRegular(st fs.FileInfo) error {
	m := st.Mode()
	switch {
	case m.IsRegular():
		if st.Size() > maxFileSize {
			return fmt.Errorf("the file holds %d MB, more than the %d MB a workspace file may hold", st.Size()>>20, maxFileSize>>20)
		}
		return nil
	case m.IsDir():
		return errors.New("it is a folder, not a file")
	case m&fs.ModeNamedPipe != 0:
		return errors.New("it is a named pipe (FIFO), not a file")
	case m&fs.ModeSocket != 0:
		return errors.New("it is a socket, not a file")
	case m&fs.ModeDevice != 0 || m&fs.ModeCharDevice != 0:
		return errors.New("it is a device, not a file")
	}
	return fmt.Errorf("it is not a regular file (%s)", m.Type())
}

// readLimited reads a file that was checked to be regular, refusing it when it
// grew past maxFileSize since.
func readLimited(fsys fs.FS, file string) ([]byte, error) {
	f, err := fsys.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// Read into a buffer of the file's size, as os.ReadFile does, not one
	// that doubles from 512 bytes (twice the file in fresh memory).
	var size int64
	if st, err := f.Stat(); err == nil && st.Size() <= maxFileSize {
		size = st.Size()
	}
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	_, err = buf.ReadFrom(io.LimitReader(f, maxFileSize+1))
	data := buf.Bytes()
	if err == nil && len(data) > maxFileSize {
		err = fmt.Errorf("the file holds more than the %d MB a workspace file may hold", maxFileSize>>20)
	}
	return data, err
}

// statRegular returns fs.ErrNotExist when name is absent, another error when
// it is there but not a regular file a workspace may hold.
func (w *Workspace) statRegular(name string) error {
	st, err := fs.Stat(w.FS, name)
	if err != nil {
		return err
	}
	return checkRegular(st)
}

// cannotRead reports a file that is there but cannot be read.
func (w *Workspace) cannotRead(probs *diag.List, name string, err error) {
	probs.Add(w.Path(name), 0, 0, fmt.Sprintf("cannot read: %v", err),
		"workspace files must be regular files you can read; check what the name points at and its permissions")
}

func (w *Workspace) readRatings(probs *diag.List) {
	for _, f := range w.listDir(RatingsDir, probs, ".yaml", ".yml") {
		var rf RatingsFile
		file := path.Join(RatingsDir, f)
		w.decode(file, &rf, probs, false)
		w.Readiness.Ratings = append(w.Readiness.Ratings, rf.Ratings...)
	}
}

// surveySources returns the surveys named in dsc.yaml, or else every survey
// file under surveys/; either way with its mapping file X.map.yaml when one
// is there and dsc.yaml names no other.
func (w *Workspace) surveySources(probs *diag.List) []SurveySource {
	if len(w.Config.Surveys) > 0 {
		var out []SurveySource
		for _, s := range w.Config.Surveys {
			var ok, okMap bool
			s.File, ok = w.workspacePath(s.File, s.Loc, "file", "survey file", probs)
			if s.Mapping, okMap = w.workspacePath(s.Mapping, s.Loc, "mapping", "mapping file", probs); !okMap {
				ok = false
			}
			ok = ok && s.File != ""
			if ok && !w.regular(s.File, s.Loc, "file", "survey file", probs) {
				ok = false
			}
			if ok && s.Mapping == "" {
				// As without a list: the mapping next to the export
				// applies unless the line names another.
				if m := survey.MappingFor(s.File); exists(w.FS, m) {
					s.Mapping = m
				}
			}
			if s.Mapping != "" && !w.regular(s.Mapping, s.Loc, "mapping", "mapping file", probs) {
				s.Mapping = ""
				ok = false
			}
			if ok {
				out = append(out, s)
			}
		}
		return out
	}
	var out []SurveySource
	files := w.listDir(SurveysDir, probs, survey.Extensions...)
	w.checkStraySurveyFiles(files, probs)
	for _, f := range files {
		if survey.IsMappingFile(f) {
			continue
		}
		src := SurveySource{File: path.Join(SurveysDir, f), Loc: yamlx.NewLoc(w.Path(path.Join(SurveysDir, f)), 0, 0)}
		if m := survey.MappingFor(src.File); exists(w.FS, m) {
			if !w.regular(m, src.Loc, "", "mapping file", probs) {
				continue
			}
			src.Mapping = m
		}
		out = append(out, src)
	}
	return out
}

// regular reports whether name, given in dsc.yaml under key of loc, is a
// regular file, and reports the problem when it is not.
func (w *Workspace) regular(name string, loc yamlx.Loc, key, what string, probs *diag.List) bool {
	err := w.statRegular(name)
	if errors.Is(err, fs.ErrNotExist) {
		p := loc.At(key)
		hint := "put the export under surveys/ and give its path relative to the workspace"
		if what == "mapping file" {
			hint = "create it (see docs/workspace.md, \"Survey mappings\") or remove the mapping key"
		}
		if near := w.nearName(name); near != "" {
			hint = "did you mean " + diag.Quote(near) + "?"
		}
		probs.Add(loc.File, p.Line, p.Col, fmt.Sprintf("%s %q not found", what, name), hint)
		return false
	}
	if err != nil {
		w.cannotRead(probs, name, err)
		return false
	}
	return true
}

// readMappings decodes the mapping file of each survey that has one.
func (w *Workspace) readMappings(probs *diag.List) {
	for i := range w.Surveys {
		s := &w.Surveys[i]
		if s.Mapping == "" {
			continue
		}
		data, err := readLimited(w.FS, s.Mapping)
		if err != nil {
			w.cannotRead(probs, s.Mapping, err)
			continue
		}
		m, ps := survey.DecodeMapping(w.Path(s.Mapping), data)
		probs.Append(ps...)
		s.Map, s.MapFailed = m, len(ps) > 0
	}
}

// SurveyInput describes the survey files for the survey reader.
func (w *Workspace) SurveyInput() []survey.Source {
	out := make([]survey.Source, 0, len(w.Surveys))
	for _, s := range w.Surveys {
		if s.MapFailed {
			continue // its mapping's problems come first: one mistake, one message
		}
		src := survey.Source{FS: w.FS, Path: s.File, Display: w.Path(s.File), Key: path.Clean(s.File), Sheet: s.Sheet, Layout: s.Layout, Wave: s.Wave, Mapping: s.Map}
		if strings.TrimSpace(s.WaveColumn) != "" {
			// With wave: as well (reported), the column still keeps the
			// waves apart: one mistake, one message, not a duplicate
			// respondent for every panel member.
			p := s.Loc.At("wave_column")
			src.Wave, src.WaveColumn = "", &survey.WaveColumn{Name: strings.TrimSpace(s.WaveColumn), File: s.Loc.File, Line: p.Line, Col: p.Col}
		}
		out = append(out, src)
	}
	return out
}

// EntrySet is the set of catalog ids, for checking references from surveys.
// It is nil (accept any id) when catalog.yaml could not be read, so that a
// broken catalog is one problem, not one per survey column.
func (w *Workspace) EntrySet() map[string]bool {
	if w.state[CatalogFile] != fileRead {
		return nil
	}
	m := make(map[string]bool, len(w.Catalog.Entries))
	for _, e := range w.Catalog.Entries {
		m[e.ID] = true
	}
	return m
}

// notUserFile tells the files an editor keeps beside a user's own: hidden
// ones (LibreOffice's .~lock.NAME#) and the owner file Excel and Word write
// next to a document while it is open (~$NAME.xlsx, ~162 bytes, which cloud
// sync and `git add .` pick up). Neither is ever a survey or a rating, and
// reading one failed every command while the export was open in Excel.
func notUserFile(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~$")
}

func exists(fsys fs.FS, name string) bool {
	_, err := fs.Stat(fsys, name)
	return err == nil
}

// listDir lists the files in dir with one of the extensions, sorted. Names
// that are not regular files are reported and left out.
func (w *Workspace) listDir(dir string, probs *diag.List, exts ...string) []string {
	entries, err := fs.ReadDir(w.FS, dir)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		if e.IsDir() || notUserFile(e.Name()) {
			continue
		}
		for _, x := range exts {
			if strings.EqualFold(path.Ext(e.Name()), x) {
				if err := w.statRegular(path.Join(dir, e.Name())); err != nil {
					w.cannotRead(probs, path.Join(dir, e.Name()), err)
					break
				}
				out = append(out, e.Name())
				break
			}
		}
	}
	sort.Strings(out)
	return out
}
