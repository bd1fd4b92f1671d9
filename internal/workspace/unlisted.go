package workspace

import (
	"fmt"
	"io/fs"
	"path"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/survey"
)

// unlistedSurveys warns about survey files under surveys/ that dsc.yaml's
// surveys: list leaves out. Once the list is given only what it names is
// read, so an export dropped into the folder (a workshop export, a new wave)
// would otherwise be left out of every result without a word.
func (w *Workspace) unlistedSurveys() {
	if len(w.Config.Surveys) == 0 {
		return
	}
	entries, err := fs.ReadDir(w.FS, SurveysDir)
	if err != nil {
		return // no folder, or one the listed files' own messages cover
	}
	at := w.Config.Loc.At("surveys")
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || notUserFile(name) || (!survey.IsSurveyFile(name) && !survey.IsMappingFile(name)) {
			continue
		}
		file := path.Join(SurveysDir, name)
		if w.Reads(file) {
			continue
		}
		if survey.IsMappingFile(name) {
			w.Unread = append(w.Unread, diag.Problem{File: w.Config.Loc.File, Line: at.Line, Col: at.Col,
				Msg:  fmt.Sprintf("%s is under surveys/ but no survey of the surveys: list uses it, so no command reads it", file),
				Hint: "name it in the survey's line (\"mapping: " + file + "\"), or name it like its export with .map.yaml"})
			continue
		}
		w.Unread = append(w.Unread, diag.Problem{File: w.Config.Loc.File, Line: at.Line, Col: at.Col,
			Msg:  fmt.Sprintf("%s is under surveys/ but not in the surveys: list, so no command reads it", file),
			Hint: fmt.Sprintf("add \"- file: %s\" to surveys: in dsc.yaml, or move it out of surveys/", file)})
	}
}

// Reads reports whether commands read the survey file (a path relative to
// the workspace): every survey file under surveys/ when dsc.yaml lists none,
// else the listed ones and their mappings (named, or else next to the export).
func (w *Workspace) Reads(file string) bool {
	file = path.Clean(file)
	if len(w.Config.Surveys) == 0 {
		return path.Dir(file) == SurveysDir
	}
	for _, s := range w.Config.Surveys {
		mapping := survey.MappingFor(listedPath(s.File)) // the one next to the export, unless the line names another
		if s.Mapping != "" {
			mapping = listedPath(s.Mapping)
		}
		if listedPath(s.File) == file || mapping == file {
			return true
		}
	}
	return false
}
