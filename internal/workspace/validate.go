package workspace

import (
	"fmt"
	"strings"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/lazyre"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/internal/yamlx"
	"github.com/dsc-workbench/dsc/journey"
	"github.com/dsc-workbench/dsc/kano"
	"github.com/dsc-workbench/dsc/roadmap"
)

// layouts are the survey layouts dsc.yaml may name.
var layouts = []string{"wide", "long"}

var idRE = lazyre.New(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

// validator checks the workspace across files. It first defines every id in
// one index (reporting malformed and duplicate ids), then checks each file's
// values and references against it, so the order of the files does not
// matter and every reference goes through one checker.
type validator struct {
	w     *Workspace
	probs *diag.List
	ix    *index
	// unknownRefs are references to ids nothing defines, held until every
	// reference is seen (see reportUnknownRefs); used marks the ids some
	// reference names.
	unknownRefs []unknownRef
	used        [numKinds]map[string]bool
}

// site is an item that refers to others: where it is and how messages name it.
type site struct {
	loc   yamlx.Loc
	owner string // e.g. `touchpoint "tp-1"`
}

func newValidator(w *Workspace, probs *diag.List) *validator {
	return &validator{w: w, probs: probs, ix: newIndex()}
}

func (v *validator) run() {
	v.define()
	v.config()
	v.catalog()
	if v.w.Journey != nil {
		v.journey()
	}
	if v.w.Readiness != nil {
		v.readiness()
	}
	if v.w.Capabilities != nil {
		v.capabilities()
	}
	v.roadmapChecks()
	v.pins()
	v.mappings()
	v.market()
	v.reportUnknownRefs()
	checkSurveys(v.w, v.probs)
	v.checkWaves()
	v.reportSettings()
}

// define puts every id of the workspace into the index. Kinds whose file is
// there but could not be read, or whose list is not a list, are unknown:
// references to them are not checked, so the broken file gives its own
// problem and no others.
func (v *validator) define() {
	w := v.w
	for k := range kinds {
		v.ix.kinds[k].unknown = w.state[kinds[k].file] == fileBroken
	}
	v.unknownIfFailed(w.Config.Loc, kindSegment)
	v.unknownIfFailed(w.Catalog.Loc, kindParty, kindEntry)
	if j := w.Journey; j != nil {
		v.unknownIfFailed(j.Loc, kindFunction, kindStage, kindPhase, kindChannel, kindPersona, kindInteraction, kindTouchpoint, kindProcess)
	}
	if r := w.Readiness; r != nil {
		v.unknownIfFailed(r.Loc, kindDimension, kindRater)
		v.ix.kinds[kindQuestion].unknown = v.ix.kinds[kindQuestion].unknown || v.ix.kinds[kindDimension].unknown
		for _, d := range r.Dimensions {
			v.unknownIfFailed(d.Loc, kindQuestion)
		}
	}
	if c := w.Capabilities; c != nil {
		v.unknownIfFailed(c.Loc, kindCapability)
	}
	if m := w.Market; m != nil {
		v.unknownIfFailed(m.Loc, kindCompetitor, kindTrend)
	}

	defineAll(v, kindSegment, w.Config.Segments, func(s Segment) (string, yamlx.Loc) { return s.ID, s.Loc })
	defineAll(v, kindParty, w.Catalog.Parties, func(p Party) (string, yamlx.Loc) { return p.ID, p.Loc })
	defineAll(v, kindEntry, w.Catalog.Entries, func(e Entry) (string, yamlx.Loc) { return e.ID, e.Loc })

	// Built-in vocabularies are defined first, at no position; a journey
	// without stages or sales phases uses the primer's.
	for _, f := range journey.Functions {
		v.ix.add(kindFunction, f.ID, yamlx.Loc{})
	}
	j := w.Journey
	if j == nil {
		j = &Journey{}
	}
	if len(j.Stages) == 0 {
		for _, s := range journey.DefaultStages {
			v.ix.add(kindStage, s.ID, yamlx.Loc{})
		}
	}
	if len(j.SalesPhases) == 0 {
		for _, s := range journey.DefaultSalesPhases {
			v.ix.add(kindPhase, s.ID, yamlx.Loc{})
		}
	}
	defineAll(v, kindFunction, j.Functions, func(f Function) (string, yamlx.Loc) { return f.ID, f.Loc })
	defineAll(v, kindStage, j.Stages, func(s Stage) (string, yamlx.Loc) { return s.ID, s.Loc })
	defineAll(v, kindPhase, j.SalesPhases, func(s SalesPhase) (string, yamlx.Loc) { return s.ID, s.Loc })
	defineAll(v, kindChannel, j.Channels, func(c Channel) (string, yamlx.Loc) { return c.ID, c.Loc })
	defineAll(v, kindPersona, j.Personas, func(p Persona) (string, yamlx.Loc) { return p.ID, p.Loc })
	defineAll(v, kindInteraction, j.Interactions, func(k Interaction) (string, yamlx.Loc) { return k.ID, k.Loc })
	defineAll(v, kindTouchpoint, j.Touchpoints, func(t Touchpoint) (string, yamlx.Loc) { return t.ID, t.Loc })
	defineAll(v, kindProcess, j.Processes, func(p Process) (string, yamlx.Loc) { return p.ID, p.Loc })

	if r := w.Readiness; r != nil {
		defineAll(v, kindDimension, r.Dimensions, func(d Dimension) (string, yamlx.Loc) { return d.ID, d.Loc })
		for _, d := range r.Dimensions {
			defineAll(v, kindQuestion, d.Questions, func(q Question) (string, yamlx.Loc) { return q.ID, q.Loc })
		}
		defineAll(v, kindRater, r.Raters, func(x Rater) (string, yamlx.Loc) { return x.ID, x.Loc })
	}
	if c := w.Capabilities; c != nil {
		defineAll(v, kindCapability, c.Capabilities, func(x Capability) (string, yamlx.Loc) { return x.ID, x.Loc })
	}
}

// unknownIfFailed marks each kind unknown whose list in loc could not be read.
func (v *validator) unknownIfFailed(loc yamlx.Loc, ks ...kind) {
	for _, k := range ks {
		if loc.Failed(kinds[k].key) {
			v.ix.kinds[k].unknown = true
		}
	}
}

// defineAll adds the ids of items to the index, reporting ids an id cannot be
// and ids already taken (naming both places).
func defineAll[T any](v *validator, k kind, items []T, id func(T) (string, yamlx.Loc)) {
	for _, it := range items {
		id, loc := id(it)
		if id == "" {
			continue // a missing id is reported by the decoder
		}
		if !idRE.MatchString(id) {
			v.add(loc, "id", fmt.Sprintf("%s id %q has characters an id cannot hold", k, id),
				fmt.Sprintf("use letters, digits, \".\", \"_\" or \"-\", e.g. %q", Slug(id)))
		}
		first, taken := v.ix.add(k, id, loc)
		switch {
		case !taken:
		case first.File == "":
			v.add(loc, "id", fmt.Sprintf("%s %q is built in", k, id), "remove it or choose another id")
		default:
			v.add(loc, "id", fmt.Sprintf("duplicate %s id %q (also at %s)", k, id, where(first, "id")), "give each "+k.String()+" its own id")
		}
	}
}

// add records a problem at key of loc. A value the decoder could not read
// (text where a number belongs, ...) was reported there and holds only its
// zero value, so no check says more about it: one mistake, one message.
func (v *validator) add(loc yamlx.Loc, key, msg, hint string) {
	if loc.Failed(key) {
		return
	}
	p := loc.At(key)
	v.probs.Add(loc.File, p.Line, p.Col, msg, hint)
}

// warn records a warning at key of loc: a finding that does not stop a
// command. Like add, it says nothing about a value the decoder could not
// read; it reports whether it recorded one.
func (v *validator) warn(loc yamlx.Loc, key, msg, hint string) bool {
	if loc.Failed(key) {
		return false
	}
	p := loc.At(key)
	v.w.Warnings = append(v.w.Warnings, diag.Problem{File: loc.File, Line: p.Line, Col: p.Col, Msg: msg, Hint: hint})
	return true
}

// enum checks that the value under key is one of allowed and says whether
// it is; checks that depend on the value skip an unknown one. An empty value
// passes: a required one is reported missing by the decoder.
func (v *validator) enum(loc yamlx.Loc, key, what, value string, allowed []string) bool {
	if value == "" {
		return true
	}
	for _, a := range allowed {
		if value == a {
			return true
		}
	}
	hint := "allowed: " + diag.QuoteList(allowed)
	if s := diag.Suggest(value, allowed); s != "" {
		hint = "did you mean " + diag.Quote(s) + "? " + hint
	}
	v.add(loc, key, fmt.Sprintf("unknown %s %q", what, value), hint)
	return false
}

// ref checks that id, found under key of s, names an item of kind k.
// An unknown id is reported once every reference is seen (reportUnknownRefs).
func (v *validator) ref(s site, key string, k kind, id string) {
	if id == "" {
		return
	}
	if v.ix.has(k, id) {
		v.use(k, id)
		return
	}
	v.unknownRefs = append(v.unknownRefs, unknownRef{s, key, k, id})
}

// use marks id of kind k as referenced.
func (v *validator) use(k kind, id string) {
	if v.used[k] == nil {
		v.used[k] = map[string]bool{}
	}
	v.used[k][id] = true
}

// refs checks a list of references stored under key.N, and that none repeats.
func (v *validator) refs(s site, key string, k kind, ids []string) {
	listed := map[string]bool{}
	for i, id := range ids {
		at := fmt.Sprintf("%s.%d", key, i)
		if listed[id] {
			v.add(s.loc, at, fmt.Sprintf("%s lists %s %q twice", s.owner, k, id), "remove the repetition")
			continue
		}
		listed[id] = true
		v.ref(s, at, k, id)
	}
}

func (v *validator) rangeF(loc yamlx.Loc, key, what string, x *float64, lo, hi float64, hint string) {
	if x != nil && (*x < lo || *x > hi) {
		v.add(loc, key, fmt.Sprintf("%s %g is out of range %g-%g", what, *x, lo, hi), hint)
	}
}

func (v *validator) positive(loc yamlx.Loc, key, what string, x *float64) {
	if x != nil && *x <= 0 {
		v.add(loc, key, fmt.Sprintf("%s must be greater than 0, got %g", what, *x), "use a positive number")
	}
}

func (v *validator) config() {
	c := &v.w.Config
	v.enum(c.Loc, "language", "language", c.Language, strs(text.Langs))
	for _, s := range c.Surveys {
		v.enum(s.Loc, "layout", "survey layout", s.Layout, layouts)
	}
	k := c.Settings.Kano
	v.enum(k.Loc, "table", "Kano evaluation table", k.Table, strs(kano.TableNames))
	v.enum(k.Loc, "rule", "Kano classification rule", k.Rule, strs(kano.Rules))
	if k.MinN < 0 {
		v.add(k.Loc, "min_n", fmt.Sprintf("min_n must not be negative, got %d", k.MinN), "use the fewest answers a segment needs to be classified, e.g. 10")
	}
	t := c.Settings.Target
	v.rangeF(t.Loc, "better_threshold", "better_threshold", t.BetterThreshold, 0, 1, "Better coefficients run from 0 to 1; 0.5 is usual")
	r := c.Settings.Readiness
	v.positive(r.Loc, "disagreement_threshold", "disagreement_threshold", r.DisagreementThreshold)
	rm := c.Settings.Roadmap
	if rm.Start != "" && !validMonth(rm.Start) {
		v.add(rm.Loc, "start", fmt.Sprintf("start %q is not a month", rm.Start), monthHint(rm.Start, "write the first month of the roadmap as YYYY-MM", "2027-01"))
	} else if y := rm.Start[:min(4, len(rm.Start))]; rm.Start != "" && (y < "2000" || y > "2099") {
		// 0000-01 or a typo such as 2207-02 planned months "10000-01".
		v.add(rm.Loc, "start", fmt.Sprintf("start %q is not a plausible first month of a roadmap", rm.Start), "write a month of this century as YYYY-MM, e.g. 2027-01")
	}
	v.positive(rm.Loc, "team_size", "team_size", rm.TeamSize)
}

func (v *validator) catalog() {
	cat := &v.w.Catalog
	for _, p := range cat.Parties {
		v.enum(p.Loc, "kind", "party kind", p.Kind, roadmap.PartyKinds)
	}
	for _, e := range cat.Entries {
		s := site{e.Loc, fmt.Sprintf("entry %q", e.ID)}
		v.enum(e.Loc, "kind", "kind", e.Kind, strs(roadmap.EntryKinds))
		v.enum(e.Loc, "element", "core element", e.Element, strs(roadmap.Elements))
		if e.Expected != "" {
			if _, ok := kano.ParseCategory(e.Expected); !ok {
				v.add(e.Loc, "expected", fmt.Sprintf("unknown Kano category %q", e.Expected),
					"allowed: "+diag.QuoteList(kano.CategoryNames))
			}
		}
		v.refs(s, "parties", kindParty, e.Parties)
		v.refs(s, "functions", kindFunction, e.Functions)
	}
	if len(cat.Entries) == 0 && v.w.state[CatalogFile] == fileRead && !cat.Loc.Failed("entries") {
		v.add(cat.Loc, "entries", "the catalog has no entries", "list the DSC's features, services and revenue streams under \"entries:\"")
	}
}

func (v *validator) journey() {
	j := v.w.Journey
	defaultStages := stepIDs(journey.DefaultStages)
	for _, s := range j.Stages {
		v.enum(s.Loc, "kind", "stage kind", s.Kind, defaultStages)
	}
	for _, c := range j.Channels {
		v.enum(c.Loc, "type", "channel type", c.Type, journey.ChannelTypes)
		v.enum(c.Loc, "cost", "cost class", c.Cost, strs(journey.CostClasses))
	}
	for _, p := range j.Personas {
		v.persona(p)
	}
	for _, k := range j.Interactions {
		v.ref(site{k.Loc, fmt.Sprintf("key interaction %q", k.ID)}, "stage", kindStage, k.Stage)
	}
	for _, t := range j.Touchpoints {
		s := site{t.Loc, fmt.Sprintf("touchpoint %q", t.ID)}
		v.ref(s, "stage", kindStage, t.Stage)
		v.ref(s, "channel", kindChannel, t.Channel)
		v.ref(s, "interaction", kindInteraction, t.Interaction)
		v.refs(s, "personas", kindPersona, t.Personas)
		v.refs(s, "features", kindEntry, t.Features)
		v.refs(s, "functions", kindFunction, t.Functions)
		v.enum(t.Loc, "evidence", "evidence level", t.Evidence, strs(journey.EvidenceLevels))
		for _, k := range t.KPIs {
			v.enum(k.Loc, "better", "KPI direction", k.Better, journey.KPIDirections)
		}
	}
	roles := seen{}
	for _, cr := range j.ChannelRoles {
		if cr.Channel != "" {
			if also, dup := roles.again(cr.Channel, cr.Loc, "channel"); dup {
				v.add(cr.Loc, "channel", fmt.Sprintf("channel %q has roles twice (also at %s)", cr.Channel, also), "merge the two role lists")
				continue
			}
		}
		v.ref(site{cr.Loc, "channel_roles"}, "channel", kindChannel, cr.Channel)
		s := site{cr.Loc, fmt.Sprintf("roles of channel %q", cr.Channel)}
		for _, phase := range sortedKeys(cr.Roles) {
			key := "roles." + phase
			v.ref(s, key, kindPhase, phase)
			v.enum(cr.Loc, key+".value", "role", cr.Roles[phase], strs(journey.Roles))
		}
	}
	selectors := journey.ChannelSelectors()
	for _, p := range j.Processes {
		s := site{p.Loc, fmt.Sprintf("process %q", p.ID)}
		for _, st := range p.Steps {
			s.loc = st.Loc
			v.ref(s, "stage", kindStage, st.Stage)
			v.enum(st.Loc, "channel", "channel selector", st.Channel, selectors)
			v.ref(s, "function", kindFunction, st.Function)
		}
	}
}

// segmentsUndefined reports whether dsc.yaml was read and defines no
// segments, so that naming a segment is a mistake of its own kind.
func (v *validator) segmentsUndefined() bool {
	return !v.ix.kinds[kindSegment].unknown && len(v.w.Config.Segments) == 0
}

func (v *validator) persona(p Persona) {
	switch {
	case v.segmentsUndefined():
		if p.Segment != "" {
			v.add(p.Loc, "segment", fmt.Sprintf("persona %q names segment %q but dsc.yaml defines no segments", p.ID, p.Segment),
				"add \"segments:\" to dsc.yaml, e.g. B2B and B2C")
		}
	default:
		v.ref(site{p.Loc, fmt.Sprintf("persona %q", p.ID)}, "segment", kindSegment, p.Segment)
	}
	b := p.BigFive
	if b == nil {
		return
	}
	for _, t := range []struct {
		key string
		val float64
	}{{"openness", b.Openness}, {"conscientiousness", b.Conscientiousness}, {"extraversion", b.Extraversion}, {"agreeableness", b.Agreeableness}, {"neuroticism", b.Neuroticism}} {
		if b.Loc.Has(t.key) {
			val := t.val
			v.rangeF(b.Loc, t.key, t.key, &val, 1, 5, "Big Five traits are scored 1 (low) to 5 (high)")
		}
	}
}

func (v *validator) readiness() {
	r := v.w.Readiness
	lo, hi := r.ScaleRange()
	for i, l := range r.Scale {
		if i > 0 && l.Level != r.Scale[i-1].Level+1 {
			v.add(l.Loc, "level", fmt.Sprintf("scale level %d does not follow level %d", l.Level, r.Scale[i-1].Level),
				"number the levels consecutively, lowest first, e.g. 1, 2, 3, 4, 5")
		}
	}
	v.positive(r.Loc, "disagreement_threshold", "disagreement_threshold", r.DisagreementThreshold)
	flo, fhi := float64(lo), float64(hi)
	scaleHint := fmt.Sprintf("the maturity scale runs from %d to %d", lo, hi)

	for _, d := range r.Dimensions {
		v.enum(d.Loc, "requirement", "requirement dimension", d.Requirement, strs(roadmap.Dimensions))
		v.positive(d.Loc, "importance", "importance", d.Importance)
		v.rangeF(d.Loc, "target", "target level", d.Target, flo, fhi, scaleHint)
		for _, q := range d.Questions {
			if d.Target == nil && q.Target == nil {
				v.add(q.Loc, "id", fmt.Sprintf("question %q has no target level", q.ID),
					fmt.Sprintf("add \"target:\" to the question or to dimension %q", d.ID))
			}
			v.positive(q.Loc, "weight", "weight", q.Weight)
			v.rangeF(q.Loc, "target", "target level", q.Target, flo, fhi, scaleHint)
		}
	}

	given := seen{}
	for _, rt := range r.Ratings {
		v.ref(site{rt.Loc, "rating"}, "rater", kindRater, rt.Rater)
		s := site{rt.Loc, fmt.Sprintf("rating of %q", rt.Rater)}
		for _, q := range sortedKeys(rt.Scores) {
			k := "scores." + q
			v.ref(s, k, kindQuestion, q)
			if score := rt.Scores[q]; score < lo || score > hi {
				v.add(rt.Loc, k+".value", fmt.Sprintf("rating %d of %q for %q is out of range %d-%d", score, rt.Rater, q, lo, hi), scaleHint)
			}
			if also, dup := given.again(rt.Rater+"\x00"+q+"\x00"+rt.Assessment, rt.Loc, k); dup {
				v.add(rt.Loc, k, fmt.Sprintf("%q rated %q twice (also at %s)", rt.Rater, q, also), "keep one rating")
			}
		}
	}
}

func (v *validator) capabilities() {
	c := v.w.Capabilities
	lo, hi := roadmap.MinMaturity, roadmap.MaxMaturity
	deps := map[string][]string{}
	for _, x := range c.Capabilities {
		s := site{x.Loc, fmt.Sprintf("capability %q", x.ID)}
		v.enum(x.Loc, "element", "operating-model element", x.Element, strs(roadmap.OperatingElements))
		v.enum(x.Loc, "dimension", "requirement dimension", x.Dimension, strs(roadmap.Dimensions))
		for _, m := range []struct {
			key string
			val int
		}{{"current", x.Current}, {"target", x.Target}} {
			if m.val < lo || m.val > hi {
				v.add(x.Loc, m.key, fmt.Sprintf("%s maturity %d of %s is out of range %d-%d", m.key, m.val, s.owner, lo, hi),
					fmt.Sprintf("capability maturity runs from %d (absent) to %d (optimised)", lo, hi))
			}
		}
		if x.Target < x.Current && x.Loc.Has("target") && !x.Loc.Failed("current") {
			v.warn(x.Loc, "target", fmt.Sprintf("%s has a target (%d) below its current maturity (%d)", s.owner, x.Target, x.Current), "check the numbers")
		}
		if x.Loc.Has("effort") && x.Effort <= 0 {
			v.add(x.Loc, "effort", fmt.Sprintf("effort of %s must be greater than 0, got %g", s.owner, x.Effort), "give the effort in person-months")
		}
		v.positive(x.Loc, "duration", "duration", x.Duration)
		if x.Loc.Has("step") && (x.Step < 3 || x.Step > 7) {
			v.add(x.Loc, "step", fmt.Sprintf("step %d of %s is out of range 3-7", x.Step, s.owner),
				"capabilities are built in steps 3 (competencies) to 7 (PMO and tribe teams); steps 1 and 2 are assessment and approval")
		}
		v.refs(s, "depends_on", kindCapability, x.DependsOn)
		v.refs(s, "enables", kindEntry, x.Enables)
		if x.ID != "" {
			deps[x.ID] = append(deps[x.ID], x.DependsOn...)
		}
	}
	for _, cyc := range roadmap.Cycles(v.ix.ids(kindCapability), deps) {
		if v.w.Config.Settings.Roadmap.Coupled == "allow" && len(cyc) > 2 {
			continue // a coupled block, built as one unit
		}
		if len(cyc) == 2 { // a capability that names itself: no coupled block helps
			v.add(v.ix.loc(kindCapability, cyc[0]), "depends_on", fmt.Sprintf("dependency cycle: %s -> %s (%q depends on itself)", cyc[0], cyc[0], cyc[0]),
				fmt.Sprintf("a capability cannot wait for itself; remove %q from its own depends_on (coupled: allow does not cover it)", cyc[0]))
			continue
		}
		v.add(v.ix.loc(kindCapability, cyc[0]), "depends_on", "dependency cycle: "+strings.Join(cyc, " -> "),
			"a capability cannot wait for itself; remove one of these dependencies, or build them as one coupled block with settings.roadmap.coupled: allow")
	}
}

func (v *validator) pins() {
	pinned := seen{}
	for _, p := range v.w.Config.Settings.Target.Pins {
		v.ref(site{p.Loc, "target pin"}, "entry", kindEntry, p.Entry)
		v.enum(p.Loc, "decision", "pin decision", p.Decision, roadmap.PinDecisions)
		if p.Entry == "" {
			continue
		}
		if also, dup := pinned.again(p.Entry, p.Loc, "entry"); dup {
			v.add(p.Loc, "entry", fmt.Sprintf("entry %q is pinned twice (also at %s)", p.Entry, also), "keep one pin")
		}
	}
}

// mappings checks that survey mapping files' columns name catalog
// entries, and marks the entries the mappings name as referenced: the
// question stems' are checked with the surveys (checkMappingStems).
func (v *validator) mappings() {
	for e := range v.w.mappedEntries() {
		if e.column == nil {
			v.use(kindEntry, e.id)
			continue
		}
		owner := fmt.Sprintf("mapped column %q", e.column.Header)
		if e.column.Header == "" {
			owner = "mapped column " + e.column.Column
		}
		v.ref(site{e.loc, owner}, e.key, kindEntry, e.id)
	}
}

func stepIDs(steps []journey.Step) []string {
	out := make([]string, len(steps))
	for i, s := range steps {
		out[i] = s.ID
	}
	return out
}

func strs[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}
