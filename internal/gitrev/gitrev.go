// Package gitrev reads a file or folder as it was committed at a git
// revision, through git itself (git show, git archive), without touching
// the working tree, the index or HEAD: dsc diff --rev compares the
// workspace at a revision with the workspace as it is.
package gitrev

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// Error is a revision or path git cannot give: invalid input, not a failure
// of dsc. Absent says the path did not exist at the revision at all (a
// folder the change adds), rather than being something else there.
type Error struct {
	Msg    string
	Absent bool
}

func (e *Error) Error() string { return e.Msg }

// Place is a path inside a git work tree.
type Place struct {
	Root string // the work tree's top folder
	Rel  string // the path inside it, with forward slashes ("" for the top)
}

// Locate finds the work tree holding p (a file or folder that exists now).
func Locate(ctx context.Context, p string) (Place, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return Place{}, err
	}
	dir := abs
	if st, err := os.Stat(abs); err == nil && !st.IsDir() {
		dir = filepath.Dir(abs)
	}
	out, err := git(ctx, dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return Place{}, &Error{Msg: fmt.Sprintf("%s is not inside a git repository (%s); --rev reads the workspace from git history", p, err)}
	}
	root := strings.TrimSpace(string(out))
	// Symlinked temp folders (macOS /var -> /private/var) make the two
	// spellings differ; compare the resolved paths.
	rootReal, err1 := filepath.EvalSymlinks(root)
	absReal, err2 := filepath.EvalSymlinks(abs)
	if err1 != nil || err2 != nil {
		rootReal, absReal = root, abs
	}
	rel, err := filepath.Rel(rootReal, absReal)
	if err != nil || strings.HasPrefix(rel, "..") {
		return Place{}, &Error{Msg: fmt.Sprintf("%s is outside the git work tree %s", p, root)}
	}
	rel = filepath.ToSlash(rel)
	if rel == "." {
		rel = ""
	}
	return Place{Root: root, Rel: rel}, nil
}

// Verify resolves rev to a commit, or says it is not one.
func Verify(ctx context.Context, root, rev string) (string, error) {
	if strings.HasPrefix(rev, "-") {
		return "", &Error{Msg: fmt.Sprintf("revision %q: a revision cannot start with -", rev)}
	}
	out, err := git(ctx, root, "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}")
	if err != nil {
		return "", &Error{Msg: fmt.Sprintf("%q is not a commit in %s; name a branch, tag or commit (git log --oneline shows them)", rev, root)}
	}
	return strings.TrimSpace(string(out)), nil
}

// Show returns a file's content at commit.
func Show(ctx context.Context, pl Place, commit, rev string) ([]byte, error) {
	out, err := git(ctx, pl.Root, "cat-file", "blob", commit+":"+pl.Rel)
	if err != nil {
		return nil, &Error{Msg: fmt.Sprintf("%s did not exist at %s", orTop(pl.Rel), rev)}
	}
	return out, nil
}

// Export writes the folder pl as committed at commit into dir (which
// should be empty): the regular files of its tree, byte for byte as
// committed (git cat-file, so no export attribute or filter changes them);
// symbolic links and submodules are skipped.
func Export(ctx context.Context, pl Place, commit, rev, dir string) error {
	// "<commit>:<path>" names the path's object, and "<commit>:" the top
	// tree (the commit itself is not a tree). "<commit>:<path>^{tree}"
	// would read ^{tree} as part of the path: ask for the object's type
	// instead.
	tree := commit + ":" + pl.Rel
	kind, err := git(ctx, pl.Root, "cat-file", "-t", tree)
	if err != nil {
		return &Error{Msg: fmt.Sprintf("%s did not exist at %s", orTop(pl.Rel), rev), Absent: true}
	}
	if strings.TrimSpace(string(kind)) != "tree" {
		return &Error{Msg: fmt.Sprintf("%s was not a folder at %s", orTop(pl.Rel), rev)}
	}
	list, err := git(ctx, pl.Root, "ls-tree", "-r", "-z", "--end-of-options", tree)
	if err != nil {
		return fmt.Errorf("git ls-tree %s: %w", tree, err)
	}
	type blob struct{ oid, name string }
	var blobs []blob
	for _, rec := range strings.Split(string(list), "\x00") {
		// "<mode> SP <type> SP <object> TAB <path>"
		meta, name, ok := strings.Cut(rec, "\t")
		f := strings.Fields(meta)
		if !ok || len(f) != 3 || f[1] != "blob" || (f[0] != "100644" && f[0] != "100755") {
			continue
		}
		clean := path.Clean(name)
		if clean == "." || clean == ".." || path.IsAbs(clean) || strings.HasPrefix(clean, "../") {
			continue
		}
		blobs = append(blobs, blob{f[2], clean})
	}
	var in bytes.Buffer
	for _, b := range blobs {
		in.WriteString(b.oid + "\n")
	}
	cmd := gitCmd(ctx, pl.Root, "cat-file", "--batch")
	cmd.Stdin = &in
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("git cat-file: %w", err)
	}
	r := bufio.NewReader(stdout)
	var xerr error
	for _, b := range blobs {
		if xerr = writeBlob(r, filepath.Join(dir, filepath.FromSlash(b.name))); xerr != nil {
			xerr = fmt.Errorf("read %s at %s: %w", b.name, rev, xerr)
			break
		}
	}
	_, _ = io.Copy(io.Discard, stdout)
	werr := cmd.Wait()
	if xerr != nil {
		return xerr
	}
	if werr != nil {
		return fmt.Errorf("git cat-file: %v: %s", werr, strings.TrimSpace(stderr.String()))
	}
	return nil
}

// writeBlob reads one "<oid> blob <size>\n<content>\n" record of git
// cat-file --batch into a new file.
func writeBlob(r *bufio.Reader, target string) error {
	head, err := r.ReadString('\n')
	if err != nil {
		return err
	}
	f := strings.Fields(head)
	if len(f) != 3 || f[1] != "blob" {
		return fmt.Errorf("unexpected git output %q", strings.TrimSpace(head))
	}
	size, err := strconv.ParseInt(f[2], 10, 64)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
		return err
	}
	out, err := os.OpenFile(target, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	_, err = io.CopyN(out, r, size)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	_, err = r.Discard(1) // the newline after the content
	return err
}

// gitCmd is git run in dir the way every call here runs it: never prompting
// (credentials, pagers) and never reading the user's replacement refs, so
// the tree listed and the blobs read come from the same history.
func gitCmd(ctx context.Context, dir string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_TERMINAL_PROMPT=0", "GIT_PAGER=cat", "GIT_NO_REPLACE_OBJECTS=1")
	return cmd
}

func git(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := gitCmd(ctx, dir, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return nil, fmt.Errorf("%s", strings.TrimSpace(stderr.String()))
		}
		return nil, fmt.Errorf("run git: %w", err)
	}
	return out, nil
}

func orTop(rel string) string {
	if rel == "" {
		return "the repository's top folder"
	}
	return rel
}
