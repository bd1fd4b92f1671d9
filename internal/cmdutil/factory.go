package cmdutil

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync/atomic"

	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/examples"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/termtext"
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

	running atomic.Pointer[cobra.Command]
}

// WaitOnInterrupt is the annotation of a command that stops by itself on
// Ctrl-C, restoring the terminal and closing its files: dsc waits for it
// rather than exiting after a short grace.
const WaitOnInterrupt = "dsc/wait-on-interrupt"

// ShowsWarnings is the annotation of a command that prints the workspace's
// warnings itself (validate); for every other command the factory prints the
// ones that leave data out (workspace.Workspace.Unread) and the template
// placeholders a report would carry (Placeholders) on stderr.
const ShowsWarnings = "dsc/shows-warnings"

// SetRunning records the command about to run (from the root's pre-run).
func (f *Factory) SetRunning(cmd *cobra.Command) { f.running.Store(cmd) }

// WaitOnInterrupt reports whether the running command, or a parent of it,
// is annotated WaitOnInterrupt.
func (f *Factory) WaitOnInterrupt() bool { return f.annotated(WaitOnInterrupt) }

// annotated reports whether the running command, or a parent of it, carries
// the annotation.
func (f *Factory) annotated(annotation string) bool {
	for c := f.running.Load(); c != nil; c = c.Parent() {
		if c.Annotations[annotation] != "" {
			return true
		}
	}
	return false
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
	if !f.annotated(ShowsWarnings) {
		for _, p := range slices.Concat(w.Unread, w.Placeholders) {
			fmt.Fprintln(f.IOStreams.ErrOut, "warning:", termtext.Line(p.String()))
		}
	}
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
			return nil, UnknownValue("example", f.Example, examples.Names())
		}
		w, err = workspace.Load(fsys, f.Example, filepath.ToSlash(filepath.Join("examples", f.Example)))
	} else {
		dir := f.WorkspaceDir
		if dir == "" {
			dir = "."
		}
		if st, serr := os.Stat(dir); serr != nil || !st.IsDir() {
			return nil, &NoWorkspaceError{Dir: dir, IsFile: serr == nil}
		}
		prefix := ""
		if dir != "." {
			prefix = filepath.ToSlash(dir)
		}
		w, err = workspace.Load(os.DirFS(dir), FolderName(dir), prefix)
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
	return UnknownValue("format", value, allowed)
}

// FolderName names a workspace by its folder, however the path was typed
// (".", "../acme/", "/home/me/acme" are all "acme"), so that outputs such
// as report.json do not depend on where the command ran.
func FolderName(dir string) string {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	return filepath.Base(filepath.Clean(dir))
}
