package workspace

import (
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/yamlx"
)

// workspacePath turns a path given in dsc.yaml (under key of loc) into the
// path inside the workspace: "./surveys/t.csv" and "surveys\t.csv" are
// surveys/t.csv. An absolute path, or one that leaves the workspace, is an
// error at its line: the workspace must travel as one folder (a CI clone,
// a colleague's laptop).
func (w *Workspace) workspacePath(name string, loc yamlx.Loc, key, what string, probs *diag.List) (string, bool) {
	if name == "" {
		return name, true
	}
	p := loc.At(key)
	slashed := strings.ReplaceAll(name, `\`, "/")
	example := path.Join(SurveysDir, path.Base(slashed))
	if path.IsAbs(slashed) || len(slashed) > 1 && slashed[1] == ':' {
		probs.Add(loc.File, p.Line, p.Col, fmt.Sprintf("%s %q is an absolute path", what, name),
			fmt.Sprintf("give the path relative to the workspace folder, e.g. %s (copy the file into the workspace first)", example))
		return "", false
	}
	clean := listedPath(name)
	if clean == ".." || strings.HasPrefix(clean, "../") {
		probs.Add(loc.File, p.Line, p.Col, fmt.Sprintf("%s %q is outside the workspace", what, name),
			fmt.Sprintf("copy the file into the workspace and give its path relative to the workspace folder, e.g. %s", example))
		return "", false
	}
	return clean, true
}

// nearName suggests the file the user likely meant for a name not found:
// the same name in other case, or a near spelling (t.cvs for t.csv) in the
// same folder.
func (w *Workspace) nearName(name string) string {
	dir := path.Dir(name)
	entries, err := fs.ReadDir(w.FS, dir)
	if err != nil {
		return ""
	}
	var names []string
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		if strings.EqualFold(e.Name(), path.Base(name)) {
			return path.Join(dir, e.Name())
		}
		names = append(names, e.Name())
	}
	if s := diag.Suggest(path.Base(name), names); s != "" {
		return path.Join(dir, s)
	}
	return ""
}

// listedPath is a path of dsc.yaml as the workspace knows it: cleaned, with
// Windows separators made slashes.
func listedPath(name string) string {
	return path.Clean(strings.ReplaceAll(name, `\`, "/"))
}
