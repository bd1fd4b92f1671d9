package workspace

import (
	"strings"
	"testing"
	"testing/fstest"
)

func marketFS(catalog, journey, market string) fstest.MapFS {
	m := fstest.MapFS{
		"dsc.yaml":     {Data: []byte("client: X\nsegments:\n  - id: B2B\n  - id: B2C\n")},
		"catalog.yaml": {Data: []byte(catalog)},
		"market.yaml":  {Data: []byte(market)},
	}
	if journey != "" {
		m["journey.yaml"] = &fstest.MapFile{Data: []byte(journey)}
	}
	return m
}

const marketCatalog = `entries:
  - {id: part-finder, name: Part finder, kind: feature, element: direct-sales, today: live, channels_today: [web]}
  - {id: returns, name: Returns, kind: feature, element: after-sales, value: 3, effort: 2, confidence: 0.5}
`

const marketJourney = `stages:
  - id: information
  - id: purchase
channels:
  - {id: web, type: web-shop, cost: low-cost}
`

func TestMarketLoads(t *testing.T) {
	m := marketFS(marketCatalog, marketJourney, `competitors:
  - {id: autodoc, name: Autodoc, kind: pure-player, segments: [B2C]}
  - {id: oem, name: OEM portal, kind: oem-portal}
offerings:
  - competitor: autodoc
    source: mystery shopping
    date: 2026-10
    entries: {part-finder: full, returns: partial}
  - competitor: oem
    date: 2026-10-15
    entries: {part-finder: none}
trends:
  - {id: t1, name: Price transparency, horizon: now, relevance: 5, entries: [part-finder], stages: [information]}
company_analyses:
  - competitor: autodoc
    strengths: [price]
    notable_features: [part-finder]
    journey_highlights:
      - {stage: purchase, text: one-click checkout}
`)
	w, err := Load(m, "test", "")
	if err != nil {
		t.Fatal(err)
	}
	if w.Market == nil || len(w.Market.Competitors) != 2 || len(w.Market.Offerings) != 2 || len(w.Market.Trends) != 1 {
		t.Fatalf("market not loaded: %+v", w.Market)
	}
	if e := w.Catalog.Entries[1]; *e.Value != 3 || *e.Effort != 2 || *e.Confidence != 0.5 {
		t.Errorf("value/effort not loaded: %+v", e)
	}
}

// Unknown competitors, entries and stages are named at their place with a
// suggestion; a duplicate offering names the first one.
func TestMarketProblems(t *testing.T) {
	m := marketFS(marketCatalog, marketJourney, `competitors:
  - {id: autodoc, name: Autodoc, kind: pure-playr, segments: [B2X]}
offerings:
  - competitor: autodoc
    date: October
    entries:
      part-finder: full
      retruns: partial
  - competitor: autodoc
    entries:
      part-finder: partial
      returns: some
  - competitor: autodc
    entries: {returns: full}
trends:
  - {id: t1, name: T, horizon: 1-2 years, relevance: 6, entries: [part-findr], stages: [purchse]}
company_analyses:
  - competitor: autodok
    notable_features: [return]
    journey_highlights:
      - {stage: informaton, text: x}
`)
	got := strings.Join(problems(t, m), "\n")
	for _, want := range []string{
		`market.yaml:2:40: unknown competitor kind "pure-playr"; did you mean "pure-player"?`,
		`market.yaml:2:63: competitor "autodoc" names unknown segment "B2X"; did you mean "B2B"?`,
		`market.yaml:5:11: date "October" is not a date; write YYYY-MM-DD or YYYY-MM`,
		`market.yaml:8:7: offerings of "autodoc" names unknown catalog entry "retruns"; did you mean "returns"?`,
		`market.yaml:11:7: duplicate offering: "autodoc" for entry "part-finder" is already given at market.yaml:7:7`,
		`market.yaml:12:16: unknown offering level "some"`,
		`market.yaml:13:17: offerings names unknown competitor "autodc"; did you mean "autodoc"?`,
		`market.yaml:16:32: unknown trend horizon "1-2 years"; did you mean "1-2-years"?`,
		`market.yaml:16:54: relevance 6 of trend "t1" is out of range 1-5`,
		`market.yaml:16:67: trend "t1" names unknown catalog entry "part-findr"; did you mean "part-finder"?`,
		`market.yaml:16:89: trend "t1" names unknown stage "purchse"; did you mean "purchase"?`,
		`market.yaml:18:17: company analysis names unknown competitor "autodok"; did you mean "autodoc"?`,
		`market.yaml:19:24: company analysis of "autodok" names unknown catalog entry "return"; did you mean "returns"?`,
		`market.yaml:21:17: company analysis of "autodok" names unknown stage "informaton"; did you mean "information"?`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if n := strings.Count(got, "\n") + 1; n != 14 {
		t.Errorf("%d problems, want 14 (one per mistake):\n%s", n, got)
	}
}

func TestCatalogTodayAndValueProblems(t *testing.T) {
	m := marketFS(`entries:
  - {id: a, name: A, kind: feature, element: login, today: yes-live}
  - {id: b, name: B, kind: feature, element: login, channels_today: [web]}
  - {id: c, name: C, kind: feature, element: login, today: live, channels_today: [wbe]}
  - {id: d, name: D, kind: feature, element: login, value: 6, revenue: -1, effort: 0, confidence: 1.5}
`, marketJourney, "")
	got := strings.Join(problems(t, m), "\n")
	for _, want := range []string{
		`catalog.yaml:2:60: unknown state today "yes-live"`,
		`catalog.yaml:3:69: entry "b" lists channels_today but today is none (the default); set "today: live" or "today: partial"`,
		`catalog.yaml:4:83: entry "c" names unknown channel "wbe"; did you mean "web"?`,
		`catalog.yaml:5:60: value 6 of entry "d" is out of range 1-5`,
		`catalog.yaml:5:72: revenue -1 of entry "d" is negative`,
		`catalog.yaml:5:84: effort 0 of entry "d" must be greater than 0`,
		`catalog.yaml:5:99: confidence 1.5 of entry "d" is out of range 0-1`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
}

// Without journey.yaml, trend stages are checked against the default stages.
func TestMarketStagesWithoutJourney(t *testing.T) {
	m := marketFS(marketCatalog[:strings.Index(marketCatalog, ", today")]+"}\n", "", `trends:
  - {id: t1, name: T, horizon: now, relevance: 3, stages: [loyalty, checkout]}
`)
	got := strings.Join(problems(t, m), "\n")
	if !strings.Contains(got, `market.yaml:2:69: trend "t1" names unknown stage "checkout"`) || strings.Contains(got, "loyalty") {
		t.Errorf("got\n%s", got)
	}
}

// Without journey.yaml the channels are unknown: channels_today is not
// checked, so removing the journey gives no message per entry.
func TestChannelsTodayWithoutJourney(t *testing.T) {
	m := marketFS(marketCatalog, "", "")
	delete(m, "market.yaml")
	if _, err := Load(m, "test", ""); err != nil {
		t.Fatalf("channels_today without journey.yaml: %v", err)
	}
}

// settings.market.relevant_from sets when a trend counts as relevant.
func TestRelevantFromSetting(t *testing.T) {
	m := marketFS(marketCatalog, marketJourney, "trends: []\n")
	m["dsc.yaml"] = &fstest.MapFile{Data: []byte("client: X\nsettings:\n  market:\n    relevant_from: 5\n")}
	w, err := Load(m, "test", "")
	if err != nil || w.Settings.Market.RelevantFrom != 5 {
		t.Fatalf("relevant_from 5: %v, %+v", err, w.Settings.Market)
	}
	m["dsc.yaml"] = &fstest.MapFile{Data: []byte("client: X\nsettings:\n  market:\n    relevant_from: 0\n")}
	got := strings.Join(problems(t, m), "\n")
	if !strings.Contains(got, "dsc.yaml:4:20: relevant_from 0 is out of range 1-5") {
		t.Errorf("got\n%s", got)
	}
	delete(m, "market.yaml")
	m["dsc.yaml"] = &fstest.MapFile{Data: []byte("client: X\n")}
	if w, err := Load(m, "test", ""); err != nil || w.Settings.Market.RelevantFrom != 4 {
		t.Errorf("default: %v %+v", err, w.Settings.Market)
	}
}
