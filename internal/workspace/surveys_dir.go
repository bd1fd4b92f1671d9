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
