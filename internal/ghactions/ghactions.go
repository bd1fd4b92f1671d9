// Package ghactions writes GitHub Actions workflow commands: the
// "::error file=…,line=…,col=…::message" lines a runner turns into
// annotations on a pull request's files.
//
// The syntax and its escaping follow GitHub's documentation, "Workflow
// commands for GitHub Actions" (docs.github.com/en/actions/reference/
// workflow-commands-for-github-actions), as implemented by the runner's
// toolkit (actions/toolkit, packages/core/src/command.ts): in the message
// % CR LF become %25 %0D %0A; in a property value additionally : and ,
// become %3A and %2C, since they separate the command from its message and
// the properties from each other.
package ghactions

import (
	"path/filepath"
	"strconv"
	"strings"
)

// Level is the kind of annotation.
type Level string

// The annotation levels GitHub knows.
const (
	Error   Level = "error"
	Warning Level = "warning"
	Notice  Level = "notice"
)

// Annotation is one message attached to a place in a file.
type Annotation struct {
	Level Level
	File  string // relative to the repository root; "" for none
	Line  int    // 1-based; 0 for none
	Col   int    // 1-based; 0 for none
	Title string
	Msg   string
}

// String renders the annotation as one workflow command line (without the newline).
func (a Annotation) String() string {
	var props []string
	add := func(k, v string) {
		if v != "" {
			props = append(props, k+"="+EscapeProperty(v))
		}
	}
	add("file", a.File)
	if a.Line > 0 {
		add("line", strconv.Itoa(a.Line))
		if a.Col > 0 {
			add("col", strconv.Itoa(a.Col))
		}
	}
	add("title", a.Title)
	var b strings.Builder
	b.WriteString("::")
	b.WriteString(string(a.Level))
	if len(props) > 0 {
		b.WriteByte(' ')
		b.WriteString(strings.Join(props, ","))
	}
	b.WriteString("::")
	b.WriteString(EscapeData(a.Msg))
	return b.String()
}

var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// EscapeData escapes a command's message: % CR LF.
func EscapeData(s string) string { return dataEscaper.Replace(s) }

// EscapeProperty escapes a property value: % CR LF : and ,.
func EscapeProperty(s string) string { return propertyEscaper.Replace(s) }

// Active reports whether the process runs as a GitHub Actions step, given
// the environment lookup (os.Getenv): the runner sets GITHUB_ACTIONS=true.
func Active(getenv func(string) string) bool { return getenv("GITHUB_ACTIONS") == "true" }

// RepoPath makes a file name relative to the checkout (GITHUB_WORKSPACE),
// as annotations need it, when it is an absolute path inside it; other
// names are returned with forward slashes.
func RepoPath(file string, getenv func(string) string) string {
	if root := getenv("GITHUB_WORKSPACE"); root != "" && filepath.IsAbs(file) {
		if rel, err := filepath.Rel(root, file); err == nil && !strings.HasPrefix(rel, "..") {
			file = rel
		}
	}
	return filepath.ToSlash(file)
}
