// Package yamlx decodes YAML strictly and remembers where every value came
// from. Unlike yaml.v3's own decoder it keeps going after the first mistake,
// reports each one at its line and column, suggests the key a typo meant, and
// records positions in Loc fields so later checks (duplicate ids, dangling
// references) can point at the offending value.
//
// Supported targets: structs (keys from `yaml:"name"` tags, `required` option),
// slices, map[string]T, string, bool, int, float64 and pointers to them.
// A struct field of type Loc receives the position of the mapping and of each key's value.
package yamlx

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"gopkg.in/yaml.v3"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/lazyre"
)

// Pos is a 1-based line and column in a file.
type Pos struct {
	Line int `json:"line"`
	Col  int `json:"col"`
}

// Loc is the position of a decoded mapping and of the values under its keys.
type Loc struct {
	File string
	Pos
	fields map[string]Pos
	failed map[string]bool
	// misplaced: the mapping belongs to another list and was not read; it
	// was reported as one mistake, and nothing it holds is checked further.
	misplaced bool
}

// At returns the position of the value under key, or of the mapping itself
// when the key was absent. Keys of nested maps are addressed as "key.sub".
func (l Loc) At(key string) Pos {
	if p, ok := l.fields[key]; ok {
		return p
	}
	return l.Pos
}

// Has reports whether key was present in the mapping.
func (l Loc) Has(key string) bool {
	_, ok := l.fields[key]
	return ok
}

// Failed reports whether the value under key was there but could not be
// read at all: a number, a list or a mapping written as something else. It
// holds its zero value, which nobody wrote, so checks of what it holds (a
// range, a reference, "lists x but y") should not run: the decoder has
// already said what is wrong with it. The value of a map entry ("key.sub")
// answers for its ".value" position too.
func (l Loc) Failed(key string) bool {
	return l.misplaced || l.failed[key] || l.failed[strings.TrimSuffix(key, ".value")]
}

func (l *Loc) fail(key string) {
	if l.failed == nil {
		l.failed = map[string]bool{}
	}
	l.failed[key] = true
}

// NewLoc builds a Loc by hand, for values that did not come from YAML.
func NewLoc(file string, line, col int) Loc { return Loc{File: file, Pos: Pos{line, col}} }

// Set records the position of a key's value.
func (l *Loc) Set(key string, p Pos) {
	if l.fields == nil {
		l.fields = map[string]Pos{}
	}
	l.fields[key] = p
}

var locType = reflect.TypeOf(Loc{})

// Outcome says how much of a document could be read.
type Outcome int

const (
	// Decoded: the document was read; any problems sit in single values.
	Decoded Outcome = iota
	// Empty: the document holds nothing: no bytes, only comments, or null.
	// The target keeps its zero value and no problem is reported; the caller
	// knows whether an empty file is allowed.
	Empty
	// Unreadable: the document as a whole could not be read: malformed
	// YAML, a root that is not a mapping, a second document, or aliases
	// beyond the budget. What the target holds must not be trusted as
	// complete, so checks that depend on it should not run.
	Unreadable
)

// minAliasBudget is how many nodes aliases may add to a small document.
// Larger documents may add as many nodes as they hold, so the work to
// decode a document grows at most to twice its size, whatever the aliases
// say; a document without aliases is never refused, however large.
const minAliasBudget = 10_000

// Decode parses data as one YAML document into v (a pointer to a struct) and
// returns every problem found. A document that is empty decodes to the zero value.
func Decode(file string, data []byte, v any) []diag.Problem {
	ps, _ := DecodeDocument(file, data, v)
	return ps
}

// DecodeDocument is Decode that also says how far the document could be read.
func DecodeDocument(file string, data []byte, v any) (problems []diag.Problem, outcome Outcome) {
	d := &decoder{file: file}
	defer func() {
		// yaml.v3 has panicked on pathological input in the past; a panic here
		// must become a message, never a crash.
		if r := recover(); r != nil {
			problems = append(d.problems.Sorted(), diag.Problem{File: file, Line: 1, Col: 1,
				Msg: fmt.Sprintf("cannot parse YAML: %v", r), Hint: "check the file's syntax"})
			outcome = Unreadable
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, Empty
		}
		if p, bad := notUTF8(file, data); bad {
			return []diag.Problem{p}, Unreadable
		}
		return []diag.Problem{malformed(file, data, err)}, Unreadable
	}
	outcome = Decoded
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case errors.Is(err, io.EOF):
	case err != nil:
		return []diag.Problem{malformed(file, data, err)}, Unreadable
	default:
		d.problems.Add(file, next.Line, 1, "a second YAML document starts here; dsc reads one document per file",
			"remove the \"---\" line and merge what follows into the document above, or move it to a file of its own")
		outcome = Unreadable
	}
	if len(doc.Content) == 0 || isNull(doc.Content[0]) {
		if outcome == Decoded {
			return nil, Empty
		}
		return d.problems.Sorted(), outcome
	}
	root := doc.Content[0]
	if a := aliasOverBudget(root); a != nil {
		d.errf(a, "write the values out, or refer to large anchors less often; an anchor must not contain an alias to itself",
			"aliases (\"*name\") expand this document to more than twice its written size")
		return d.problems.Sorted(), Unreadable
	}
	target := reflect.ValueOf(v).Elem()
	if target.Kind() == reflect.Struct && root.Kind != yaml.MappingNode {
		outcome = Unreadable // reported by structValue below
	}
	d.root = target.Type()
	d.value(root, target, "", nil, "")
	return d.problems.Sorted(), outcome
}

// notUTF8 reports a file that is not UTF-8 at its first invalid byte.
// yaml.v3 says "invalid leading UTF-8 octet", and the syntax hint sends the
// user looking for indentation; the usual cause is a file saved as
// Windows-1252 ("ANSI") by Notepad or Excel on a German PC, so the message
// names the character the byte is there.
func notUTF8(file string, data []byte) (diag.Problem, bool) {
	if utf8.Valid(data) {
		return diag.Problem{}, false
	}
	i := 0
	for i < len(data) {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		i += size
	}
	start := bytes.LastIndexByte(data[:i], '\n') + 1
	line := bytes.Count(data[:i], []byte("\n")) + 1
	col := utf8.RuneCount(data[start:i]) + 1
	msg := fmt.Sprintf("the file is not UTF-8: byte 0x%02X", data[i])
	if r := charmap.Windows1252.DecodeByte(data[i]); r != utf8.RuneError && unicode.IsPrint(r) {
		msg += fmt.Sprintf(" is %q in Windows-1252", r)
	}
	return diag.Problem{File: file, Line: line, Col: col, Msg: msg,
		Hint: "save the file as UTF-8 (in Notepad or Excel: Save as, Encoding UTF-8)"}, true
}

// malformed turns a yaml.v3 syntax error into a problem at the line that breaks.
func malformed(file string, data []byte, err error) diag.Problem {
	p := syntaxProblem(file, err)
	if l := firstFailingLine(data); l > p.Line {
		p.Line, p.Col = l, 1
	}
	if open, line, col := unclosedFlow(data, p.Line, p.Msg); open != 0 {
		// yaml.v3 reports where it gave up looking for the closing
		// bracket, the line after the list or the file's end; the editor
		// user needs the bracket that stays open.
		closing := map[rune]string{'[': "]", '{': "}"}[open]
		p.Line, p.Col = line, col
		p.Msg = fmt.Sprintf("malformed YAML: this %q is never closed", string(open))
		p.Hint = fmt.Sprintf("end the list with %q, or write its items on lines of their own starting with \"- \"", closing)
		if open == '{' {
			p.Hint = fmt.Sprintf("end the mapping with %q, or write its keys on lines of their own", closing)
		}
		return p
	}
	if col := indentTab(data, p.Line); col > 0 {
		// yaml.v3 says "found character that cannot start any token" or
		// "found a tab character that violates indentation"; neither tells
		// an editor user which invisible character to replace.
		p.Col = col
		p.Msg = "malformed YAML: a tab indents this line, and YAML indents with spaces only"
		p.Hint = "replace the tab with spaces (set your editor to insert spaces)"
	}
	return p
}

// unclosedFlow finds the flow collection ("[" or "{") left open when
// yaml.v3 says it did not find its closing bracket: the last bracket opened
// and not closed up to line upto, outside quotes and comments. It returns
// the bracket (0 when msg is another error or none is open) and its line
// and column (1-based).
func unclosedFlow(data []byte, upto int, msg string) (open rune, line, col int) {
	if !strings.Contains(msg, "did not find expected ',' or ']'") && !strings.Contains(msg, "did not find expected ',' or '}'") {
		return 0, 0, 0
	}
	type pos struct {
		open      rune
		line, col int
	}
	var stack []pos
	for i, l := range strings.Split(string(data), "\n") {
		if i >= upto {
			break
		}
		var quote rune
		prev := ' '
	chars:
		for j, r := range []rune(l) {
			switch {
			case quote != 0:
				if r == quote {
					quote = 0
				}
			case r == '"' || r == '\'':
				quote = r
			case r == '#' && (prev == ' ' || prev == '\t'):
				break chars // a comment runs to the line's end
			case r == '[' || r == '{':
				stack = append(stack, pos{r, i + 1, j + 1})
			case (r == ']' || r == '}') && len(stack) > 0:
				stack = stack[:len(stack)-1]
			}
			prev = r
		}
	}
	if len(stack) == 0 {
		return 0, 0, 0
	}
	top := stack[len(stack)-1]
	return top.open, top.line, top.col
}

// indentTab is the column of the first tab in the indentation of line
// (1-based), or 0 when its indentation holds none.
func indentTab(data []byte, line int) int {
	lines := strings.Split(string(data), "\n")
	if line < 1 || line > len(lines) {
		return 0
	}
	for i, r := range lines[line-1] {
		switch r {
		case '\t':
			return i + 1
		case ' ':
		default:
			return 0
		}
	}
	return 0
}

// aliasOverBudget returns the alias at which the nodes that aliases add to
// the document exceed the budget, or nil. It counts before decoding, in time
// proportional to the document as written, so an alias bomb costs no more
// than reading its text.
func aliasOverBudget(root *yaml.Node) *yaml.Node {
	sizes := map[*yaml.Node]int{}
	budget := max(minAliasBudget, written(root))
	added := 0
	var walk func(n *yaml.Node) *yaml.Node
	walk = func(n *yaml.Node) *yaml.Node {
		if n.Kind == yaml.AliasNode {
			if n.Alias != nil {
				added += expanded(n.Alias, sizes)
			}
			if added > budget {
				return n
			}
			return nil
		}
		for _, c := range n.Content {
			if a := walk(c); a != nil {
				return a
			}
		}
		return nil
	}
	return walk(root)
}

// written counts the nodes of a document as written, not following aliases.
func written(n *yaml.Node) int {
	c := 1
	for _, k := range n.Content {
		c += written(k)
	}
	return c
}

// expanded counts the nodes n stands for once its aliases are followed,
// remembering each node's count; counts stop growing at maxCount so that
// nested aliases cannot overflow them.
func expanded(n *yaml.Node, sizes map[*yaml.Node]int) int {
	const maxCount = 1 << 40
	if c, ok := sizes[n]; ok {
		return c
	}
	sizes[n] = maxCount // an anchor that contains itself expands without end
	c := 1
	for _, k := range n.Content {
		if k.Kind == yaml.AliasNode && k.Alias != nil {
			k = k.Alias
		}
		c = min(c+expanded(k, sizes), maxCount)
	}
	sizes[n] = c
	return c
}

var lineRE = lazyre.New(`line (\d+)(?:, column (\d+))?: (.*)`)

func syntaxProblem(file string, err error) diag.Problem {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line, col := 1, 1
	if m := lineRE.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		if m[2] != "" {
			col, _ = strconv.Atoi(m[2])
		}
		msg = m[3]
	}
	return diag.Problem{File: file, Line: line, Col: col, Msg: "malformed YAML: " + msg,
		Hint: "fix the syntax (indentation, a missing colon or an unclosed quote)"}
}

// firstFailingLine finds the first line at which the document stops parsing.
// yaml.v3 reports the line where the enclosing block started, which can be far
// above the mistake; parsing ever longer prefixes (by bisection) finds the
// line that breaks it. Returns 0 when no prefix fails on its own.
func firstFailingLine(data []byte) int {
	lines := strings.SplitAfter(string(data), "\n")
	fails := func(k int) bool {
		var n yaml.Node
		return yaml.Unmarshal([]byte(strings.Join(lines[:k], "")), &n) != nil
	}
	lo, hi := 1, len(lines)
	if !fails(hi) {
		return 0
	}
	for lo < hi {
		mid := (lo + hi) / 2
		if fails(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// OneOf is a value written in one of several shapes, such as a number or a
// mapping: Target returns a pointer to decode a node of the given kind into,
// or nil and a description of the shapes it accepts.
type OneOf interface {
	Target(kind yaml.Kind) (target any, want string)
}

func oneOf(v reflect.Value) (OneOf, bool) {
	if !v.CanAddr() {
		return nil, false
	}
	o, ok := v.Addr().Interface().(OneOf)
	return o, ok
}

type decoder struct {
	file     string
	problems diag.List
	root     reflect.Type // the document's type, to recognise an item put under the wrong list
}

func (d *decoder) errf(n *yaml.Node, hint, format string, args ...any) {
	d.problems.Add(d.file, n.Line, n.Column, fmt.Sprintf(format, args...), hint)
}

// refuse reports a value that cannot be read as its field's type and marks
// the field failed in the enclosing Loc, so no later check reads the zero
// value left in its place: one mistake, one message.
func (d *decoder) refuse(n *yaml.Node, parent *Loc, key, hint, format string, args ...any) {
	d.errf(n, hint, format, args...)
	if parent != nil {
		parent.fail(key)
	}
}

func posOf(n *yaml.Node) Pos { return Pos{n.Line, n.Column} }

// value decodes node into v. name is the key it sits under, for messages;
// parent and key let maps record their entries' positions in the enclosing Loc.
func (d *decoder) value(n *yaml.Node, v reflect.Value, name string, parent *Loc, key string) {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias // bounded: aliasOverBudget refused documents that expand too far
	}
	if isNull(n) {
		return // an explicit null or "key:" with no value leaves the zero value
	}
	if o, ok := oneOf(v); ok {
		target, want := o.Target(n.Kind)
		if target == nil {
			d.refuse(n, parent, key, "write "+want, "%s must be %s, got %s", label(name), want, describe(n))
			return
		}
		d.value(n, reflect.ValueOf(target).Elem(), name, parent, key)
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		elem := reflect.New(v.Type().Elem())
		d.value(n, elem.Elem(), name, parent, key)
		v.Set(elem)
	case reflect.Struct:
		d.structValue(n, v, name, parent, key)
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			d.refuse(n, parent, key, "write it as a list, one \"- item\" per line", "%s must be a list, got %s", label(name), describe(n))
			return
		}
		s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
		for i, c := range n.Content {
			k := key + "." + strconv.Itoa(i)
			if parent != nil {
				parent.Set(k, posOf(c))
			}
			d.value(c, s.Index(i), name, parent, k)
		}
		v.Set(s)
	case reflect.Map:
		d.mapValue(n, v, name, parent, key)
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			d.refuse(n, parent, key, "write a plain text value", "%s must be a text, got %s", label(name), describe(n))
			return
		}
		v.SetString(n.Value)
	case reflect.Bool:
		var b bool
		if n.Kind != yaml.ScalarNode || n.Decode(&b) != nil || n.Tag != "!!bool" {
			d.refuse(n, parent, key, "write true or false", "%s must be true or false, got %s", label(name), describe(n))
			return
		}
		v.SetBool(b)
	case reflect.Int:
		var i int
		if n.Kind != yaml.ScalarNode || n.Tag != "!!int" || n.Decode(&i) != nil {
			d.refuse(n, parent, key, quotedNumberHint(n, true, "write a whole number such as 3"), "%s must be a whole number, got %s", label(name), describe(n))
			return
		}
		v.SetInt(int64(i))
	case reflect.Float64:
		var f float64
		if n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") || n.Decode(&f) != nil {
			d.refuse(n, parent, key, quotedNumberHint(n, false, numberHint(n)), "%s must be a number, got %s", label(name), describe(n))
			return
		}
		if msg, hint := implausibleNumber(n.Value, f); msg != "" {
			d.refuse(n, parent, key, hint, "%s %s", label(name), msg)
			return
		}
		v.SetFloat(f)
	default:
		panic(fmt.Sprintf("yamlx: unsupported target type %s", v.Type()))
	}
}

func (d *decoder) mapValue(n *yaml.Node, v reflect.Value, name string, parent *Loc, key string) {
	if n.Kind != yaml.MappingNode {
		d.refuse(n, parent, key, "write it as \"key: value\" lines", "%s must be a mapping of keys to values, got %s", label(name), describe(n))
		return
	}
	m := reflect.MakeMapWithSize(v.Type(), len(n.Content)/2)
	seen := make(map[string]*yaml.Node, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.errf(k, "use plain text keys", "keys in %s must be text, got %s", label(name), describe(k))
			continue
		}
		if first, dup := seen[k.Value]; dup {
			d.errf(k, "remove one of them", "duplicate key %q in %s (first at line %d)", k.Value, label(name), first.Line)
			continue
		}
		seen[k.Value] = k
		if parent != nil {
			parent.Set(key+"."+k.Value, posOf(k))
			parent.Set(key+"."+k.Value+".value", posOf(val))
		}
		elem := reflect.New(v.Type().Elem()).Elem()
		d.value(val, elem, k.Value, parent, key+"."+k.Value)
		m.SetMapIndex(reflect.ValueOf(k.Value).Convert(v.Type().Key()), elem)
	}
	v.Set(m)
}

type fieldInfo struct {
	index    int
	required bool
}

// typeInfo is what structFields learns of a struct type, computed once per type.
type typeInfo struct {
	fields map[string]fieldInfo
	names  []string
	locIdx int
}

var typeInfos sync.Map // reflect.Type -> *typeInfo

func structFields(t reflect.Type) (map[string]fieldInfo, []string, int) {
	if ti, ok := typeInfos.Load(t); ok {
		ti := ti.(*typeInfo)
		return ti.fields, ti.names, ti.locIdx
	}
	fields, names, locIdx := readStructFields(t)
	typeInfos.Store(t, &typeInfo{fields, names, locIdx})
	return fields, names, locIdx
}

func readStructFields(t reflect.Type) (map[string]fieldInfo, []string, int) {
	fields := map[string]fieldInfo{}
	var names []string
	locIdx := -1
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Type == locType {
			locIdx = i
			continue
		}
		tag := f.Tag.Get("yaml")
		if tag == "-" || !f.IsExported() {
			continue
		}
		parts := strings.Split(tag, ",")
		key := parts[0]
		if key == "" {
			key = strings.ToLower(f.Name)
		}
		fi := fieldInfo{index: i}
		for _, p := range parts[1:] {
			if p == "required" {
				fi.required = true
			}
		}
		fields[key] = fi
		names = append(names, key)
	}
	sort.Strings(names)
	return fields, names, locIdx
}

func (d *decoder) structValue(n *yaml.Node, v reflect.Value, name string, parent *Loc, key string) {
	if n.Kind != yaml.MappingNode {
		d.refuse(n, parent, key, "write it as \"key: value\" lines", "%s must be a mapping of keys to values, got %s", label(name), describe(n))
		return
	}
	fields, names, locIdx := structFields(v.Type())
	loc := Loc{File: d.file, Pos: posOf(n)}
	if list, keys := d.misplaced(n, fields, name); list != "" {
		d.errf(n, fmt.Sprintf("move it under %q (mind the indentation), or remove it", list+":"),
			"this item under %q looks like one of the %s: %s are not keys of %s", name+":", list, diag.QuoteList(keys), name)
		loc.misplaced = true
		if locIdx >= 0 {
			v.Field(locIdx).Set(reflect.ValueOf(loc))
		}
		return
	}
	if size := locSize(n, v.Type(), fields); size > 0 {
		loc.fields = make(map[string]Pos, size)
	}
	seen := make(map[string]*yaml.Node, len(n.Content)/2)
	// misspelt holds the keys an unknown key was suggested as: "nmae" is
	// one mistake, reported once, not also as a missing "name".
	misspelt := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.errf(k, "use plain text keys", "keys in %s must be text, got %s", label(name), describe(k))
			continue
		}
		where := ""
		if name != "" {
			where = " in " + name
		}
		if first, dup := seen[k.Value]; dup {
			d.errf(k, "remove one of them", "duplicate key %q%s (first at line %d)", k.Value, where, first.Line)
			continue
		}
		seen[k.Value] = k
		fi, ok := fields[k.Value]
		if !ok {
			s := diag.Suggest(k.Value, names) // the hint's suggestion, and the key not to report missing
			d.errf(k, diag.SuggestionHint(s, names), "unknown key %q%s", k.Value, where)
			if s != "" {
				misspelt[s] = true
				loc.fail(s) // written, under a misspelt key: checks of the missing value would only repeat it
			}
			continue
		}
		loc.Set(k.Value, posOf(val))
		d.value(val, v.Field(fi.index), k.Value, &loc, k.Value)
	}
	for _, key := range names {
		if fields[key].required && !(seen[key] == nil && misspelt[key]) && (seen[key] == nil || isNull(valueOf(n, key))) {
			where := ""
			if name != "" {
				where = " in " + name
			}
			d.errf(n, "add \""+key+": ...\"", "missing required key %q%s", key, where)
		}
	}
	if locIdx >= 0 {
		v.Field(locIdx).Set(reflect.ValueOf(loc))
	}
}

// locSize is how many positions the Loc of mapping n, decoded into a
// struct of type t, records: one per key, one per item of a list under a
// key and two per entry of a map. Its map is made at that size at once:
// grown from empty it would take about twice the memory, on every mapping
// of every workspace file, and fresh memory is much of what a short run of
// dsc costs.
func locSize(n *yaml.Node, t reflect.Type, fields map[string]fieldInfo) int {
	size := 0
	for i := 0; i+1 < len(n.Content); i += 2 {
		size++
		val := n.Content[i+1]
		if val.Kind == yaml.AliasNode && val.Alias != nil {
			val = val.Alias
		}
		fi, ok := fields[n.Content[i].Value]
		if !ok {
			continue
		}
		switch ft := t.Field(fi.index).Type; {
		case val.Kind == yaml.SequenceNode && ft.Kind() == reflect.Slice:
			size += len(val.Content)
		case val.Kind == yaml.MappingNode && ft.Kind() == reflect.Map:
			size += len(val.Content) // a key and a value position per entry
		}
	}
	return size
}

// misplaced recognises a list item written under the wrong list, as when a
// touchpoint is appended after the last block of journey.yaml and lands
// under channel_roles: most of its keys are unknown here, and another list
// of the document takes every one of them. It returns that list's key and
// the keys that do not belong here, or "" when the item is not misplaced
// (unknown keys are then reported one by one, with their suggestions).
func (d *decoder) misplaced(n *yaml.Node, fields map[string]fieldInfo, name string) (string, []string) {
	if d.root == nil || d.root.Kind() != reflect.Struct || name == "" {
		return "", nil
	}
	var keys, unknown []string
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k := n.Content[i]; k.Kind == yaml.ScalarNode {
			keys = append(keys, k.Value)
			if _, ok := fields[k.Value]; !ok {
				unknown = append(unknown, k.Value)
			}
		}
	}
	if len(unknown) < 2 || 2*len(unknown) <= len(keys) {
		return "", nil
	}
	rootFields, rootNames, _ := structFields(d.root)
	for _, list := range rootNames {
		if list == name {
			continue
		}
		t := d.root.Field(rootFields[list].index).Type
		if t.Kind() != reflect.Slice || t.Elem().Kind() != reflect.Struct {
			continue
		}
		other, _, _ := structFields(t.Elem())
		all := true
		for _, k := range keys {
			if _, ok := other[k]; !ok {
				all = false
				break
			}
		}
		if all {
			return list, unknown
		}
	}
	return "", nil
}

func valueOf(n *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

func isNull(n *yaml.Node) bool {
	return n == nil || (n.Kind == yaml.ScalarNode && n.Tag == "!!null")
}

func label(name string) string {
	if name == "" {
		return "the document"
	}
	return fmt.Sprintf("%q", name)
}

// quotedNumberHint is the hint for a number refused: "remove the quotes"
// when the text in quotes is a number, else fallback. Telling someone who
// wrote "3" to write a number such as 3 sends them round in a circle.
func quotedNumberHint(n *yaml.Node, wholeWanted bool, fallback string) string {
	if n.Kind != yaml.ScalarNode || n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) == 0 {
		return fallback
	}
	// Only when the number unquoted would be taken: "3.5" for a whole
	// number, or "250.000", would just be refused again.
	v := strings.TrimSpace(n.Value)
	if f, err := strconv.ParseFloat(v, 64); err != nil || (wholeWanted && strings.ContainsAny(v, ".eE")) {
		return fallback
	} else if msg, _ := implausibleNumber(v, f); msg != "" {
		return fallback
	}
	return "remove the quotes: write " + strings.TrimSpace(n.Value) + " (in quotes it is a text)"
}

// maxPlausible bounds every number a workspace holds (revenues, rates,
// efforts): past it a sum or a cost overflows to infinity, which no JSON
// can hold, and no real engagement comes near it.
const maxPlausible = 1e15

// implausibleNumber refuses a number no workspace means: infinity or NaN
// (.inf, .nan), one past maxPlausible, and a German thousands separator
// that YAML reads as a decimal point ("250.000" is 250, "1.500" is 1.5).
// It returns the message and hint, or "" when text reads as meant.
func implausibleNumber(text string, f float64) (msg, hint string) {
	switch {
	case math.IsNaN(f) || math.IsInf(f, 0):
		return "must be a finite number, got " + strconv.Quote(text), "write a number such as 2 or 0.5"
	case math.Abs(f) > maxPlausible:
		return "is implausibly large: " + text, "check the digits; numbers here stay below 1,000,000,000,000,000"
	}
	t := strings.TrimPrefix(strings.TrimSpace(text), "-")
	// Only three decimals ending in 0 are refused: 1.500 has a shorter
	// decimal form (1.5) that settles which was meant, while 1.125 is a
	// real fraction with none, and refusing it would leave no way to write it.
	if dot := strings.IndexByte(t, '.'); dot >= 1 && dot <= 3 && len(t) == dot+4 && t[0] != '0' &&
		digits(t[:dot]) && digits(t[dot+1:]) && t[len(t)-1] == '0' {
		whole := strings.Replace(text, ".", "", 1)
		return fmt.Sprintf("%s reads as %s: the point is a decimal point, not a thousands separator", text, strconv.FormatFloat(f, 'f', -1, 64)),
			fmt.Sprintf("write %s for the thousands, or %s for the decimal", whole, strconv.FormatFloat(f, 'f', -1, 64))
	}
	return "", ""
}

// describe names what a node holds, for "expected X, got Y" messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		v := n.Value
		if len(v) > 40 {
			v = v[:40] + "..."
		}
		return strconv.Quote(v)
	}
	return "an unexpected value"
}

// numberHint says how to write a number: "6,5", as German and most
// European locales write it, as 6.5 (trial7 N16); else the general rule.
func numberHint(n *yaml.Node) string {
	v := strings.TrimSpace(n.Value)
	whole, frac, ok := strings.Cut(strings.TrimPrefix(v, "-"), ",")
	if n.Kind == yaml.ScalarNode && ok && digits(whole) && digits(frac) {
		return "write " + strings.Replace(v, ",", ".", 1) + ": a decimal point, not a comma"
	}
	return "write a number such as 2 or 0.5"
}

// digits reports whether s is one or more ASCII digits.
func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
