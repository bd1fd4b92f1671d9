package workspace

import (
	"strings"
	"testing"
	"testing/fstest"
)

// breakFile replaces name in m with data.
func breakFile(m fstest.MapFS, name, data string) {
	m[name] = &fstest.MapFile{Data: []byte(data)}
}

// lineBroken replaces line n (1-based) of a file.
func lineBroken(t *testing.T, m fstest.MapFS, name string, n int, line string) {
	t.Helper()
	lines := strings.Split(string(m[name].Data), "\n")
	if n > len(lines) {
		t.Fatalf("%s has %d lines", name, len(lines))
	}
	lines[n-1] = line
	breakFile(m, name, strings.Join(lines, "\n"))
}

// A file that cannot be read gives one problem: the checks that depend on
// what it defines do not run. Before, a syntax error in catalog.yaml gave
// 412 problems (every reference to an entry from the journey, the
// capabilities, the pins and the survey), the real one among them.
func TestNoCascades(t *testing.T) {
	for _, c := range []struct {
		name string
		edit func(t *testing.T, m fstest.MapFS)
		want string
	}{
		{"catalog.yaml syntax error", func(t *testing.T, m fstest.MapFS) {
			lineBroken(t, m, CatalogFile, 28, `    name: "Accessory partners`)
		}, "catalog.yaml:28:"},
		{"catalog.yaml empty", func(t *testing.T, m fstest.MapFS) { breakFile(m, CatalogFile, "") },
			"catalog.yaml:1:1: the file is empty"},
		{"catalog.yaml comments only", func(t *testing.T, m fstest.MapFS) { breakFile(m, CatalogFile, "# entries to come\n") },
			"catalog.yaml:1:1: the file is empty"},
		{"catalog.yaml a list", func(t *testing.T, m fstest.MapFS) { breakFile(m, CatalogFile, "- id: a\n") },
			"catalog.yaml:1:1: the document must be a mapping"},
		{"catalog.yaml a second document", func(t *testing.T, m fstest.MapFS) {
			data := string(m[CatalogFile].Data)
			i := strings.Index(data, "entries:")
			breakFile(m, CatalogFile, data[:i]+"---\n"+data[i:])
		}, "a second YAML document starts here"},
		{"catalog.yaml an alias bomb", func(t *testing.T, m fstest.MapFS) {
			var b strings.Builder
			b.WriteString("entries:\n  - &e {id: e, name: E, kind: feature, element: login, functions: [" + strings.Repeat("product-search, ", 400) + "product-search]}\n")
			b.WriteString(strings.Repeat("  - *e\n", 2000))
			breakFile(m, CatalogFile, b.String())
		}, "expand this document"},
		{"catalog.yaml entries not a list", func(t *testing.T, m fstest.MapFS) {
			data := string(m[CatalogFile].Data)
			breakFile(m, CatalogFile, data[:strings.Index(data, "entries:")]+"entries: see the workshop notes\n")
		}, `"entries" must be a list, got "see the workshop notes"`},
		{"journey.yaml stages a mapping", func(t *testing.T, m fstest.MapFS) {
			data := string(m[JourneyFile].Data)
			i, j := strings.Index(data, "stages:"), strings.Index(data, "sales_phases:")
			breakFile(m, JourneyFile, data[:i]+"stages:\n  id: awareness\n"+data[j:])
		}, `"stages" must be a list, got a mapping`},
		{"readiness.yaml questions not a list", func(t *testing.T, m fstest.MapFS) {
			// The ratings of readiness.yaml name the questions that were under it.
			data := string(m[ReadinessFile].Data)
			i := strings.Index(data, "    questions:\n")
			j := i + strings.Index(data[i:], "\n  - id:")
			breakFile(m, ReadinessFile, data[:i]+"    questions: later"+data[j:])
		}, `"questions" must be a list`},
		{"dsc.yaml segments not a list", func(t *testing.T, m fstest.MapFS) {
			data := string(m[ConfigFile].Data)
			i, j := strings.Index(data, "segments:"), strings.Index(data, "settings:")
			breakFile(m, ConfigFile, data[:i]+"segments: enterprise and mid-market\n"+data[j:])
		}, `"segments" must be a list`},
		{"journey.yaml syntax error", func(t *testing.T, m fstest.MapFS) {
			// The catalog's functions may be defined in the journey: unknown now, not wrong.
			breakFile(m, CatalogFile, strings.Replace(string(m[CatalogFile].Data), "functions: [product-search]", "functions: [own-function]", 1))
			breakFile(m, JourneyFile, "functions:\n  - {id: own-function\n")
		}, "journey.yaml:"},
		{"dsc.yaml syntax error", func(t *testing.T, m fstest.MapFS) {
			// Personas name segments of dsc.yaml, pins name entries: none of it is checked.
			breakFile(m, ConfigFile, "client: [Nordlift\n")
		}, "dsc.yaml:"},
		{"readiness.yaml syntax error with ratings", func(t *testing.T, m fstest.MapFS) {
			breakFile(m, ReadinessFile, "dimensions: [\n")
			breakFile(m, "ratings/extra.yaml", "ratings:\n  - rater: cso\n    scores: {ss-1: 3}\n")
		}, "readiness.yaml:"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := exampleFS(t, "intralogistics")
			c.edit(t, m)
			got := problems(t, m)
			if len(got) != 1 || !strings.Contains(got[0], c.want) {
				t.Fatalf("want 1 problem with %q, got %d:\n%s", c.want, len(got), strings.Join(got[:min(len(got), 10)], "\n"))
			}
		})
	}
}

// An empty or comment-only file is a mistake, not an absent file: a
// consultant who created journey.yaml meant to fill it.
func TestEmptyFiles(t *testing.T) {
	for _, c := range []struct{ file, want string }{
		{JourneyFile, "journey.yaml:1:1: the file is empty; describe the journey"},
		{ReadinessFile, "readiness.yaml:1:1: the file is empty; add the questionnaire"},
		{CapabilitiesFile, "capabilities.yaml:1:1: the file is empty; list the capabilities"},
		{MarketFile, "market.yaml:1:1: the file is empty; list the competitors"},
		{ConfigFile, `dsc.yaml:1:1: the file is empty: missing required key "client"; add "client: ..."`},
		{"ratings/workshop.yaml", `ratings/workshop.yaml:1:1: the file is empty; add "ratings:"`},
	} {
		for _, data := range []string{"", "# to do\n", "\n\n", "---\n"} {
			m := exampleFS(t, "intralogistics")
			breakFile(m, c.file, data)
			got := problems(t, m)
			if len(got) != 1 || !strings.HasPrefix(got[0], c.want) {
				t.Errorf("%s = %q: got %q", c.file, data, got)
			}
		}
	}
}

// Every repetition is found by one mechanism and names both places.
func TestRepetitionsNameBothPlaces(t *testing.T) {
	m := exampleFS(t, "intralogistics")
	j := string(m[JourneyFile].Data)
	j = strings.Replace(j, "channel_roles:\n", "channel_roles:\n  - channel: customer-portal\n    roles: {lead-generation: lead}\n", 1)
	j += "functions:\n  - id: product-search\n  - id: own\n  - id: own\n"
	breakFile(m, JourneyFile, j)
	d := string(m[ConfigFile].Data)
	d = strings.Replace(d, "    pins:\n", "    pins:\n      - {entry: used-equipment, decision: exclude}\n", 1)
	breakFile(m, ConfigFile, d)
	got := strings.Join(problems(t, m), "\n")
	for _, want := range []string{
		`channel "customer-portal" has roles twice (also at journey.yaml:750:14)`,
		`function "product-search" is built in; remove it or choose another id`,
		`duplicate function id "own" (also at journey.yaml:`,
		`entry "used-equipment" is pinned twice (also at dsc.yaml:25:17)`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
}

// A typo in one catalog id is one mistake: trial7 N26 had one message per
// correct reference (4 in files nobody touched), each advising to copy the
// typo. The reference messages give way to one at the misspelt id, which
// names the references (the first four of them).
func TestMisspeltIDReportedAtTheDefinition(t *testing.T) {
	m := exampleFS(t, "intralogistics")
	lineBroken(t, m, CatalogFile, 96, "  - id: puchnout")
	got := problems(t, m)
	want := `catalog.yaml:96:9: catalog entry id "puchnout" is referenced nowhere, but 9 places name "punchout" ` +
		`(journey.yaml:375:48, capabilities.yaml:171:15, market.yaml:52:7, market.yaml:101:7, 5 more); ` +
		`fix the id (id: punchout), or the references if the id is right`
	if len(got) != 1 || got[0] != want {
		t.Fatalf("got %d problems:\n%s\nwant\n%s", len(got), strings.Join(got, "\n"), want)
	}

	// An id that cannot be an id: its own message stands alone, and no
	// reference is told to copy it.
	m = exampleFS(t, "intralogistics")
	lineBroken(t, m, CatalogFile, 96, "  - id: punch out")
	got = problems(t, m)
	if len(got) != 1 || !strings.HasPrefix(got[0], `catalog.yaml:96:9: catalog entry id "punch out" has characters an id cannot hold`) {
		t.Fatalf("got %d problems:\n%s", len(got), strings.Join(got, "\n"))
	}

	// One reference to a near spelling stays a problem at the reference:
	// there the reference is as likely wrong as the id.
	m = exampleFS(t, "intralogistics")
	breakFile(m, CapabilitiesFile, strings.Replace(string(m[CapabilitiesFile].Data), "enables: [punchout]", "enables: [punchuot]", 1))
	got = problems(t, m)
	if len(got) != 1 || !strings.Contains(got[0], `names unknown catalog entry "punchuot"; did you mean "punchout"?`) {
		t.Fatalf("got %d problems:\n%s", len(got), strings.Join(got, "\n"))
	}
}

// A catalog.yaml that cannot be read is one message, also in a workspace
// whose survey mapping names entries (trial7 N1: 4 more "mapping names
// unknown catalog entry" messages).
func TestBrokenCatalogSkipsMappingChecks(t *testing.T) {
	m := exampleFS(t, "automotive-aftermarket")
	lineBroken(t, m, CatalogFile, 5, `    name: "unclosed`)
	got := problems(t, m)
	if len(got) != 1 || !strings.HasPrefix(got[0], "catalog.yaml:") {
		t.Fatalf("got %d problems:\n%s", len(got), strings.Join(got, "\n"))
	}
}
