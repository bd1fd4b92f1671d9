package ghactions

import (
	"strings"
	"testing"
)

// The documented form: ::error file={name},line={line},col={col},title={title}::{message}
func TestAnnotationSyntax(t *testing.T) {
	for _, c := range []struct {
		a    Annotation
		want string
	}{
		{Annotation{Level: Error, File: "acme/catalog.yaml", Line: 12, Col: 5, Title: "dsc validate", Msg: "unknown key \"nmae\"; did you mean \"name\"?"},
			`::error file=acme/catalog.yaml,line=12,col=5,title=dsc validate::unknown key "nmae"; did you mean "name"?`},
		{Annotation{Level: Warning, File: "dsc.yaml", Msg: "no surveys"},
			`::warning file=dsc.yaml::no surveys`},
		// No line: no col either (a column without a line means nothing).
		{Annotation{Level: Error, File: "dsc.yaml", Col: 3, Msg: "missing"}, `::error file=dsc.yaml::missing`},
		{Annotation{Level: Notice, Msg: "all good"}, `::notice::all good`},
	} {
		if got := c.a.String(); got != c.want {
			t.Errorf("got  %s\nwant %s", got, c.want)
		}
	}
}

// The message escapes % CR LF (and nothing else: a colon in a message is
// safe after the "::" that ends the properties); properties escape also :
// and , which would end a property or the property list.
func TestEscaping(t *testing.T) {
	for _, c := range []struct{ in, data, prop string }{
		{"50%", "50%25", "50%25"},
		{"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"C:\\x,y", "C:\\x,y", "C%3A\\x%2Cy"},
		{"%0A", "%250A", "%250A"}, // a literal escape sequence survives a round trip
		{"::error::", "::error::", "%3A%3Aerror%3A%3A"},
	} {
		if got := EscapeData(c.in); got != c.data {
			t.Errorf("EscapeData(%q) = %q, want %q", c.in, got, c.data)
		}
		if got := EscapeProperty(c.in); got != c.prop {
			t.Errorf("EscapeProperty(%q) = %q, want %q", c.in, got, c.prop)
		}
	}
	a := Annotation{Level: Error, File: "a,b:c.yaml", Line: 1, Col: 2, Title: "t", Msg: "x: 100%\nnext line"}
	want := "::error file=a%2Cb%3Ac.yaml,line=1,col=2,title=t::x: 100%25%0Anext line"
	if got := a.String(); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// parse reads a command line back the way the runner does
// (actions/runner ActionCommand.TryParseV2): the command runs to the first
// space or "::", properties are split at "," and then at the first "=",
// and values are unescaped.
func parse(line string) (cmd string, props map[string]string, msg string, ok bool) {
	if !strings.HasPrefix(line, "::") {
		return "", nil, "", false
	}
	rest := line[2:]
	end := strings.Index(rest, "::")
	if end < 0 {
		return "", nil, "", false
	}
	head, data := rest[:end], rest[end+2:]
	props = map[string]string{}
	cmd, list, _ := strings.Cut(head, " ")
	if list != "" {
		for _, p := range strings.Split(list, ",") {
			k, v, found := strings.Cut(p, "=")
			if !found {
				return "", nil, "", false
			}
			props[k] = unescape(v, true)
		}
	}
	return cmd, props, unescape(data, false), true
}

func unescape(s string, property bool) string {
	pairs := []string{"%0D", "\r", "%0A", "\n"}
	if property {
		pairs = append(pairs, "%3A", ":", "%2C", ",")
	}
	pairs = append(pairs, "%25", "%")
	// One replacement after the other, %25 last, as the runner does
	// (ActionCommand.UnescapeProperty/UnescapeData): "%250A" stays "%0A".
	for i := 0; i < len(pairs); i += 2 {
		s = strings.ReplaceAll(s, pairs[i], pairs[i+1])
	}
	return s
}

// Whatever the text, the runner reads back exactly what was written.
func TestRoundTrip(t *testing.T) {
	for _, a := range []Annotation{
		{Level: Error, File: "clients/acme, inc/dsc.yaml", Line: 3, Col: 7, Title: "dsc: validate", Msg: "bad value \"a,b\": 50% of\r\nrows"},
		{Level: Warning, File: "x.yaml", Line: 1, Msg: "::warning::inject %0A"},
	} {
		cmd, props, msg, ok := parse(a.String())
		if !ok || cmd != string(a.Level) || props["file"] != a.File || props["title"] != a.Title || msg != a.Msg {
			t.Errorf("%s read back as %q %q %q (ok %v)", a, cmd, props, msg, ok)
		}
		if strings.ContainsAny(a.String(), "\r\n") {
			t.Errorf("%q spans lines", a.String())
		}
	}
}

func FuzzRoundTrip(f *testing.F) {
	f.Add("a,b:c", "50%\n::x::")
	f.Fuzz(func(t *testing.T, file, msg string) {
		a := Annotation{Level: Error, File: file, Line: 1, Col: 1, Msg: msg}
		_, props, got, ok := parse(a.String())
		if !ok || got != msg || (file != "" && props["file"] != file) || strings.ContainsAny(a.String(), "\r\n") {
			t.Fatalf("%q/%q read back as %q %q", file, msg, props, got)
		}
	})
}

func TestRepoPath(t *testing.T) {
	env := func(k string) string {
		if k == "GITHUB_WORKSPACE" {
			return "/home/runner/work/repo/repo"
		}
		return ""
	}
	for in, want := range map[string]string{
		"/home/runner/work/repo/repo/clients/acme/dsc.yaml": "clients/acme/dsc.yaml",
		"clients/acme/dsc.yaml":                             "clients/acme/dsc.yaml",
		"/elsewhere/dsc.yaml":                               "/elsewhere/dsc.yaml",
	} {
		if got := RepoPath(in, env); got != want {
			t.Errorf("RepoPath(%q) = %q, want %q", in, got, want)
		}
	}
	if !Active(func(k string) string { return map[string]string{"GITHUB_ACTIONS": "true"}[k] }) || Active(env) {
		t.Error("Active reads GITHUB_ACTIONS=true")
	}
}
