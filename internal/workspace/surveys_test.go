package workspace

import (
	"strings"
	"testing"
	"testing/fstest"
)

// surveyWS is a small workspace with a catalog of three entries.
func surveyWS(catalogExtra, config string, files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{
		"dsc.yaml": {Data: []byte("client: Test\n" + config)},
		"catalog.yaml": {Data: []byte(`entries:
  - id: live-chat
    name: Live chat
    aliases: [Live-Chat, chat with an expert]
    kind: feature
    element: digital-service
  - id: order-tracking
    name: Order tracking
    aliases: [Sendungsverfolgung]
    kind: feature
    element: after-sales
` + catalogExtra)},
	}
	for name, content := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(content)}
	}
	return fsys
}

func loadProblems(t *testing.T, fsys fstest.MapFS) string {
	t.Helper()
	_, err := Load(fsys, "test", "")
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestSurveyChecks(t *testing.T) {
	// A repeated alias of one entry is harmless ("Live-Chat" next to "Live chat").
	if got := loadProblems(t, surveyWS("", "", nil)); got != "" {
		t.Fatalf("valid workspace: %s", got)
	}
	for _, c := range []struct {
		name, catalog, config string
		files                 map[string]string
		want                  string
	}{
		{"alias of another entry", `  - id: tracking-app
    name: Tracking app
    aliases: [order tracking, "  "]
    kind: feature
    element: after-sales
`, "", nil, `catalog.yaml:14:15: "order tracking" names both entry "order-tracking" and entry "tracking-app" (also at catalog.yaml:8:11)`},
		// Two equal names (a copied entry not renamed, trial6 M16): both lines.
		{"name of another entry", `  - id: tracking-b2c
    name: Order Tracking
    kind: feature
    element: after-sales
`, "", nil, `catalog.yaml:13:11: "Order Tracking" names both entry "order-tracking" and entry "tracking-b2c" (also at catalog.yaml:8:11); a survey question using this name could mean either; give each entry its own name`},
		{"blank alias", `  - id: tracking-app
    name: Tracking app
    aliases: ["!"]
    kind: feature
    element: after-sales
`, "", nil, `catalog.yaml:14:15: alias "!" of entry "tracking-app" has no words`},
		{"screening without limits", "", "settings:\n  kano:\n    screening: {}\n", nil, "dsc.yaml:4:16: screening sets no limit"},
		{"negative limit", "", "settings:\n  kano:\n    screening: {max_questionable: -1}\n", nil, "dsc.yaml:4:35: max_questionable is -1"},
		{"survey listed twice", "", "surveys:\n  - file: surveys/a.csv\n  - file: surveys/./a.csv\n", map[string]string{"surveys/a.csv": "x"},
			`dsc.yaml:4:11: survey "surveys/./a.csv" is listed twice (also at line 3)`},
		{"stem names unknown entry", "", "", map[string]string{"surveys/a.csv": "x", "surveys/a.map.yaml": "questions:\n  - {stem: \"x *\", entries: [live-chat, live-chta]}\n"},
			`surveys/a.map.yaml:2:40: mapping names unknown catalog entry "live-chta"; did you mean "live-chat"?`},
	} {
		got := loadProblems(t, surveyWS(c.catalog, c.config, c.files))
		if !strings.Contains(got, c.want) {
			t.Errorf("%s: missing %q in\n%s", c.name, c.want, got)
		}
	}
}

// Screening settings reach the one Settings value.
func TestScreeningSettings(t *testing.T) {
	w, err := Load(surveyWS("", "settings:\n  kano:\n    screening: {max_indifferent: 3}\n", nil), "test", "")
	if err != nil {
		t.Fatal(err)
	}
	s := w.Settings.Kano.Screening
	if s == nil || s.MaxQuestionable != nil || s.MaxIndifferent == nil || *s.MaxIndifferent != 3 {
		t.Errorf("screening %+v", s)
	}
}

// Survey files are found under surveys/ with the extensions the reader
// accepts, .tsv and .txt included; mapping files are not surveys, nor are
// the lock files Excel and LibreOffice keep beside an open workbook.
func TestSurveyDiscoveryMatchesTheReader(t *testing.T) {
	w, err := Load(surveyWS("", "", map[string]string{"surveys/a.tsv": "x", "surveys/b.txt": "x", "surveys/c.xlsx": "x", "surveys/c.map.yaml": "{}", "surveys/notes.md": "x",
		// Excel's owner file of the open c.xlsx, and LibreOffice's lock file (trial7 N27).
		"surveys/~$c.xlsx": "\x00owner", "surveys/.~lock.c.xlsx#": "x"}), "test", "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range w.Surveys {
		got = append(got, s.File)
	}
	if strings.Join(got, " ") != "surveys/a.tsv surveys/b.txt surveys/c.xlsx" || w.Surveys[2].Mapping != "surveys/c.map.yaml" {
		t.Errorf("surveys %v", got)
	}
}
