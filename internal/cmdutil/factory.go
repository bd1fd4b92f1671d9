package cmdutil

import (
	"os"
	"path/filepath"

	"github.com/dsc-workbench/dsc/examples"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/workspace"
)

// Factory gives commands what they share: the streams and the workspace the
// global flags point at.
type Factory struct {
	IOStreams *iostreams.IOStreams
	Version   string

	// WorkspaceDir and Example are bound to the global --workspace and --example flags.
	WorkspaceDir    string
	WorkspaceGiven  bool
	Example         string
	workspaceCached *workspace.Workspace
}

// Workspace loads (once) the workspace the global flags name.
func (f *Factory) Workspace() (*workspace.Workspace, error) {
	if f.workspaceCached != nil {
		return f.workspaceCached, nil
	}
	w, err := f.PartialWorkspace()
	if err != nil {
		return nil, err
	}
	f.workspaceCached = w
	return w, nil
}

// PartialWorkspace loads the workspace and, on invalid input, returns the
// problems together with what could be read (see workspace.Load).
func (f *Factory) PartialWorkspace() (*workspace.Workspace, error) {
	if f.Example != "" && f.WorkspaceGiven {
		return nil, FlagErrorf("use --workspace or --example, not both")
	}
	var w *workspace.Workspace
	var err error
	if f.Example != "" {
		fsys, ferr := examples.FS(f.Example)
		if ferr != nil {
			return nil, &FlagError{Err: ferr}
		}
		w, err = workspace.Load(fsys, "example "+f.Example, filepath.ToSlash(filepath.Join("examples", f.Example)))
	} else {
		dir := f.WorkspaceDir
		if dir == "" {
			dir = "."
		}
		st, serr := os.Stat(dir)
		if serr != nil || !st.IsDir() {
			return nil, FlagErrorf("workspace folder %q not found; pass --workspace DIR, or try --example %s", dir, examples.Names()[0])
		}
		prefix := ""
		if dir != "." {
			prefix = filepath.ToSlash(dir)
		}
		w, err = workspace.Load(os.DirFS(dir), dir, prefix)
	}
	return w, err
}

// WorkspacePath is the folder of a workspace on disk, or "" for an embedded example.
func (f *Factory) WorkspacePath() string {
	if f.Example != "" {
		return ""
	}
	if f.WorkspaceDir == "" {
		return "."
	}
	return f.WorkspaceDir
}

// ValidateFormat checks a --format value against the formats a command offers.
func ValidateFormat(value string, allowed ...string) error {
	for _, a := range allowed {
		if value == a {
			return nil
		}
	}
	return FlagErrorf("unknown format %q; use one of %v", value, allowed)
}
