package workspace

import "io/fs"

// HasSurveysDir reports whether the workspace has a surveys/ folder (it may
// hold no export: a starter workspace's surveys/ holds only its README).
// A nil workspace has none.
func (w *Workspace) HasSurveysDir() bool {
	if w == nil || w.FS == nil {
		return false
	}
	st, err := fs.Stat(w.FS, SurveysDir)
	return err == nil && st.IsDir()
}

// MissingSurveys is the error of a command that needs survey exports the
// workspace does not have; what says which (e.g. "a Kano survey export
// (CSV, XLSX or YAML) under surveys/ or --survey FILE"). It tells an empty
// surveys/ from a missing one.
func (w *Workspace) MissingSurveys(what string) *MissingFileError {
	return &MissingFileError{File: SurveysDir + "/", What: what, Empty: w.HasSurveysDir()}
}
