package workspace

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/yamlx"
	"github.com/dsc-workbench/dsc/journey"
	"github.com/dsc-workbench/dsc/kano"
	"github.com/dsc-workbench/dsc/roadmap"
)

// Enumerations the workspace files use that no domain package owns.
var (
	languages = []string{"en", "de"}
	layouts   = []string{"wide", "long"}
)

var idRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

type validator struct {
	w     *Workspace
	probs *diag.List

	entries, parties, segments           map[string]yamlx.Loc
	stages, phases, channels, personas   map[string]yamlx.Loc
	interactions, functions, questions   map[string]yamlx.Loc
	raters, caps                         map[string]yamlx.Loc
	stageIDs, phaseIDs, channelIDs       []string
	personaIDs, entryIDs, functionIDs    []string
	questionIDs, raterIDs, capabilityIDs []string
	segmentIDs, partyIDs, interactionIDs []string
}

func newValidator(w *Workspace, probs *diag.List) *validator {
	return &validator{w: w, probs: probs}
}

func (v *validator) run() {
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
	v.pins()
	v.mappings()
	v.market()
}

// mappings checks that survey mapping files name catalog entries.
func (v *validator) mappings() {
	for _, s := range v.w.Surveys {
		if s.Map == nil {
			continue
		}
		for _, c := range s.Map.Columns {
			v.ref(c.Loc, "entry", fmt.Sprintf("mapped column %q", c.Header), "catalog entry", c.Entry, v.entries, v.entryIDs, "catalog.yaml")
		}
	}
}

// add records a problem at key of loc.
func (v *validator) add(loc yamlx.Loc, key, msg, hint string) {
	p := loc.At(key)
	v.probs.Add(loc.File, p.Line, p.Col, msg, hint)
}

// ids checks the ids of one kind of item and returns them indexed, reporting
// malformed and duplicate ids (naming both places).
func (v *validator) ids(kind string, locs []yamlx.Loc, ids []string) (map[string]yamlx.Loc, []string) {
	seen := make(map[string]yamlx.Loc, len(ids))
	var list []string
	for i, id := range ids {
		loc := locs[i]
		if id == "" {
			continue // missing id is reported by the decoder
		}
		if !idRE.MatchString(id) {
			v.add(loc, "id", fmt.Sprintf("%s id %q has characters an id cannot hold", kind, id),
				fmt.Sprintf("use letters, digits, \".\", \"_\" or \"-\", e.g. %q", slug(id)))
		}
		if first, dup := seen[id]; dup {
			fp := first.At("id")
			v.add(loc, "id", fmt.Sprintf("duplicate %s id %q (also at %s:%d:%d)", kind, id, first.File, fp.Line, fp.Col),
				"give each "+kind+" its own id")
			continue
		}
		seen[id] = loc
		list = append(list, id)
	}
	return seen, list
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimRight(b.String(), "-")
}

// enum checks that the value under key is one of allowed (empty passes when optional).
func (v *validator) enum(loc yamlx.Loc, key, what, value string, allowed []string, optional bool) bool {
	if value == "" {
		return optional
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

// ref checks that id names an item of kind defined in index.
func (v *validator) ref(loc yamlx.Loc, key, owner, kind, id string, index map[string]yamlx.Loc, options []string, where string) {
	if id == "" {
		return
	}
	if _, ok := index[id]; ok {
		return
	}
	hint := "define it in " + where + " or fix the name"
	if s := diag.Suggest(id, options); s != "" {
		hint = "did you mean " + diag.Quote(s) + "? " + hint
	}
	v.add(loc, key, fmt.Sprintf("%s names unknown %s %q", owner, kind, id), hint)
}

// refs checks a list of references stored under key.N.
func (v *validator) refs(loc yamlx.Loc, key, owner, kind string, ids []string, index map[string]yamlx.Loc, options []string, where string) {
	seen := map[string]bool{}
	for i, id := range ids {
		k := fmt.Sprintf("%s.%d", key, i)
		if seen[id] {
			v.add(loc, k, fmt.Sprintf("%s lists %s %q twice", owner, kind, id), "remove the repetition")
			continue
		}
		seen[id] = true
		v.ref(loc, k, owner, kind, id, index, options, where)
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
	v.enum(c.Loc, "language", "language", c.Language, languages, true)
	locs := make([]yamlx.Loc, len(c.Segments))
	ids := make([]string, len(c.Segments))
	for i, s := range c.Segments {
		locs[i], ids[i] = s.Loc, s.ID
	}
	v.segments, v.segmentIDs = v.ids("segment", locs, ids)
	for _, s := range c.Surveys {
		v.enum(s.Loc, "layout", "survey layout", s.Layout, layouts, true)
	}
	k := c.Settings.Kano
	v.enum(k.Loc, "table", "Kano evaluation table", k.Table, strs(kano.TableNames), true)
	v.enum(k.Loc, "rule", "Kano classification rule", k.Rule, strs(kano.Rules), true)
	if k.MinN < 0 {
		v.add(k.Loc, "min_n", fmt.Sprintf("min_n must not be negative, got %d", k.MinN), "use the fewest answers a segment needs to be classified, e.g. 10")
	}
	t := c.Settings.Target
	v.rangeF(t.Loc, "better_threshold", "better_threshold", t.BetterThreshold, 0, 1, "Better coefficients run from 0 to 1; 0.5 is usual")
	r := c.Settings.Readiness
	v.positive(r.Loc, "disagreement_threshold", "disagreement_threshold", r.DisagreementThreshold)
	rm := c.Settings.Roadmap
	if rm.Start != "" {
		if !validMonth(rm.Start) {
			v.add(rm.Loc, "start", fmt.Sprintf("start %q is not a month", rm.Start), "write the first month of the roadmap as YYYY-MM, e.g. 2027-01")
		}
	}
	v.positive(rm.Loc, "team_size", "team_size", rm.TeamSize)
}

func (v *validator) catalog() {
	cat := &v.w.Catalog
	locs := make([]yamlx.Loc, len(cat.Parties))
	ids := make([]string, len(cat.Parties))
	for i, p := range cat.Parties {
		locs[i], ids[i] = p.Loc, p.ID
		v.enum(p.Loc, "kind", "party kind", p.Kind, roadmap.PartyKinds, false)
	}
	v.parties, v.partyIDs = v.ids("external party", locs, ids)

	v.functions, v.functionIDs = v.functionVocabulary()

	locs = make([]yamlx.Loc, len(cat.Entries))
	ids = make([]string, len(cat.Entries))
	for i, e := range cat.Entries {
		locs[i], ids[i] = e.Loc, e.ID
		owner := fmt.Sprintf("entry %q", e.ID)
		v.enum(e.Loc, "kind", "kind", e.Kind, strs(roadmap.EntryKinds), false)
		v.enum(e.Loc, "element", "core element", e.Element, strs(roadmap.Elements), false)
		if e.Expected != "" {
			if _, ok := kano.ParseCategory(e.Expected); !ok {
				v.add(e.Loc, "expected", fmt.Sprintf("unknown Kano category %q", e.Expected),
					"allowed: "+diag.QuoteList(kano.CategoryNames))
			}
		}
		v.refs(e.Loc, "parties", owner, "external party", e.Parties, v.parties, v.partyIDs, "external_parties in catalog.yaml")
		v.refs(e.Loc, "functions", owner, "function", e.Functions, v.functions, v.functionIDs, "functions in journey.yaml")
	}
	v.entries, v.entryIDs = v.ids("entry", locs, ids)
	if len(cat.Entries) == 0 && cat.Loc.File != "" {
		v.add(cat.Loc, "entries", "the catalog has no entries", "list the DSC's features, services and revenue streams under \"entries:\"")
	}
}

// functionVocabulary is the built-in touchpoint functions plus those journey.yaml defines.
func (v *validator) functionVocabulary() (map[string]yamlx.Loc, []string) {
	index := map[string]yamlx.Loc{}
	var ids []string
	for _, f := range journey.Functions {
		index[f.ID] = yamlx.Loc{}
		ids = append(ids, f.ID)
	}
	if v.w.Journey == nil {
		return index, ids
	}
	for _, f := range v.w.Journey.Functions {
		if f.ID == "" {
			continue
		}
		if _, dup := index[f.ID]; dup {
			v.add(f.Loc, "id", fmt.Sprintf("function %q is already defined (built in or above)", f.ID), "remove it or choose another id")
			continue
		}
		if !idRE.MatchString(f.ID) {
			v.add(f.Loc, "id", fmt.Sprintf("function id %q has characters an id cannot hold", f.ID), fmt.Sprintf("use e.g. %q", slug(f.ID)))
		}
		index[f.ID] = f.Loc
		ids = append(ids, f.ID)
	}
	return index, ids
}

func (v *validator) journey() {
	j := v.w.Journey
	locs, ids := collect(j.Stages, func(s Stage) (yamlx.Loc, string) { return s.Loc, s.ID })
	v.stages, v.stageIDs = v.ids("stage", locs, ids)
	defaultStages := stepIDs(journey.DefaultStages)
	for _, s := range j.Stages {
		v.enum(s.Loc, "kind", "stage kind", s.Kind, defaultStages, true)
	}
	if len(j.Stages) == 0 {
		v.stages, v.stageIDs = stepIndex(journey.DefaultStages)
	}
	locs, ids = collect(j.SalesPhases, func(s SalesPhase) (yamlx.Loc, string) { return s.Loc, s.ID })
	v.phases, v.phaseIDs = v.ids("sales phase", locs, ids)
	if len(j.SalesPhases) == 0 {
		v.phases, v.phaseIDs = stepIndex(journey.DefaultSalesPhases)
	}
	locs, ids = collect(j.Channels, func(c Channel) (yamlx.Loc, string) { return c.Loc, c.ID })
	v.channels, v.channelIDs = v.ids("channel", locs, ids)
	for _, c := range j.Channels {
		v.enum(c.Loc, "type", "channel type", c.Type, journey.ChannelTypes, false)
		v.enum(c.Loc, "cost", "cost class", c.Cost, strs(journey.CostClasses), false)
	}
	locs, ids = collect(j.Personas, func(p Persona) (yamlx.Loc, string) { return p.Loc, p.ID })
	v.personas, v.personaIDs = v.ids("persona", locs, ids)
	for _, p := range j.Personas {
		if len(v.w.Config.Segments) == 0 {
			if p.Segment != "" {
				v.add(p.Loc, "segment", fmt.Sprintf("persona %q names segment %q but dsc.yaml defines no segments", p.ID, p.Segment),
					"add \"segments:\" to dsc.yaml, e.g. B2B and B2C")
			}
		} else {
			v.ref(p.Loc, "segment", fmt.Sprintf("persona %q", p.ID), "segment", p.Segment, v.segments, v.segmentIDs, "segments in dsc.yaml")
		}
		if b := p.BigFive; b != nil {
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
	}
	locs, ids = collect(j.Interactions, func(k Interaction) (yamlx.Loc, string) { return k.Loc, k.ID })
	v.interactions, v.interactionIDs = v.ids("key interaction", locs, ids)
	for _, k := range j.Interactions {
		v.ref(k.Loc, "stage", fmt.Sprintf("key interaction %q", k.ID), "stage", k.Stage, v.stages, v.stageIDs, "stages in journey.yaml")
	}
	locs, ids = collect(j.Touchpoints, func(t Touchpoint) (yamlx.Loc, string) { return t.Loc, t.ID })
	v.ids("touchpoint", locs, ids)
	for _, t := range j.Touchpoints {
		owner := fmt.Sprintf("touchpoint %q", t.ID)
		v.ref(t.Loc, "stage", owner, "stage", t.Stage, v.stages, v.stageIDs, "stages in journey.yaml")
		v.ref(t.Loc, "channel", owner, "channel", t.Channel, v.channels, v.channelIDs, "channels in journey.yaml")
		v.ref(t.Loc, "interaction", owner, "key interaction", t.Interaction, v.interactions, v.interactionIDs, "key_interactions in journey.yaml")
		v.refs(t.Loc, "personas", owner, "persona", t.Personas, v.personas, v.personaIDs, "personas in journey.yaml")
		v.refs(t.Loc, "features", owner, "catalog entry", t.Features, v.entries, v.entryIDs, "catalog.yaml")
		v.refs(t.Loc, "functions", owner, "function", t.Functions, v.functions, v.functionIDs, "functions in journey.yaml")
		v.enum(t.Loc, "evidence", "evidence level", t.Evidence, strs(journey.EvidenceLevels), true)
		for _, k := range t.KPIs {
			if k.Better != "" {
				v.enum(k.Loc, "better", "KPI direction", k.Better, journey.KPIDirections, true)
			}
		}
	}
	seen := map[string]yamlx.Loc{}
	for _, cr := range j.ChannelRoles {
		if first, dup := seen[cr.Channel]; dup && cr.Channel != "" {
			fp := first.At("channel")
			v.add(cr.Loc, "channel", fmt.Sprintf("channel %q has roles twice (also at %s:%d:%d)", cr.Channel, first.File, fp.Line, fp.Col), "merge the two role lists")
			continue
		}
		seen[cr.Channel] = cr.Loc
		v.ref(cr.Loc, "channel", "channel_roles", "channel", cr.Channel, v.channels, v.channelIDs, "channels in journey.yaml")
		for _, phase := range sortedKeys(cr.Roles) {
			key := "roles." + phase
			v.ref(cr.Loc, key, fmt.Sprintf("roles of channel %q", cr.Channel), "sales phase", phase, v.phases, v.phaseIDs, "sales_phases in journey.yaml")
			v.enum(cr.Loc, key+".value", "role", cr.Roles[phase], strs(journey.Roles), false)
		}
	}
	locs, ids = collect(j.Processes, func(p Process) (yamlx.Loc, string) { return p.Loc, p.ID })
	v.ids("process", locs, ids)
	selectors := journey.ChannelSelectors()
	for _, p := range j.Processes {
		for _, s := range p.Steps {
			owner := fmt.Sprintf("process %q", p.ID)
			v.ref(s.Loc, "stage", owner, "stage", s.Stage, v.stages, v.stageIDs, "stages in journey.yaml")
			v.enum(s.Loc, "channel", "channel selector", s.Channel, selectors, false)
			v.ref(s.Loc, "function", owner, "function", s.Function, v.functions, v.functionIDs, "functions in journey.yaml")
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

	locs, ids := collect(r.Dimensions, func(d Dimension) (yamlx.Loc, string) { return d.Loc, d.ID })
	v.ids("dimension", locs, ids)
	var qlocs []yamlx.Loc
	var qids []string
	for _, d := range r.Dimensions {
		v.enum(d.Loc, "requirement", "requirement dimension", d.Requirement, strs(roadmap.Dimensions), true)
		v.positive(d.Loc, "importance", "importance", d.Importance)
		v.rangeF(d.Loc, "target", "target level", d.Target, flo, fhi, scaleHint)
		if d.Target == nil {
			for _, q := range d.Questions {
				if q.Target == nil {
					v.add(q.Loc, "id", fmt.Sprintf("question %q has no target level", q.ID),
						fmt.Sprintf("add \"target:\" to the question or to dimension %q", d.ID))
				}
			}
		}
		for _, q := range d.Questions {
			qlocs, qids = append(qlocs, q.Loc), append(qids, q.ID)
			v.positive(q.Loc, "weight", "weight", q.Weight)
			v.rangeF(q.Loc, "target", "target level", q.Target, flo, fhi, scaleHint)
		}
	}
	v.questions, v.questionIDs = v.ids("question", qlocs, qids)
	locs, ids = collect(r.Raters, func(x Rater) (yamlx.Loc, string) { return x.Loc, x.ID })
	v.raters, v.raterIDs = v.ids("rater", locs, ids)

	type key struct{ rater, question string }
	given := map[key]yamlx.Loc{}
	for _, rt := range r.Ratings {
		v.ref(rt.Loc, "rater", "rating", "rater", rt.Rater, v.raters, v.raterIDs, "raters in readiness.yaml")
		for _, q := range sortedKeys(rt.Scores) {
			k := "scores." + q
			v.ref(rt.Loc, k, fmt.Sprintf("rating of %q", rt.Rater), "question", q, v.questions, v.questionIDs, "readiness.yaml")
			if s := rt.Scores[q]; s < lo || s > hi {
				v.add(rt.Loc, k+".value", fmt.Sprintf("rating %d of %q for %q is out of range %d-%d", s, rt.Rater, q, lo, hi), scaleHint)
			}
			if first, dup := given[key{rt.Rater, q}]; dup {
				fp := first.At(k)
				v.add(rt.Loc, k, fmt.Sprintf("%q rated %q twice (also at %s:%d:%d)", rt.Rater, q, first.File, fp.Line, fp.Col), "keep one rating")
				continue
			}
			given[key{rt.Rater, q}] = rt.Loc
		}
	}
}

func (v *validator) capabilities() {
	c := v.w.Capabilities
	locs, ids := collect(c.Capabilities, func(x Capability) (yamlx.Loc, string) { return x.Loc, x.ID })
	v.caps, v.capabilityIDs = v.ids("capability", locs, ids)
	lo, hi := roadmap.MinMaturity, roadmap.MaxMaturity
	deps := map[string][]string{}
	for _, x := range c.Capabilities {
		owner := fmt.Sprintf("capability %q", x.ID)
		v.enum(x.Loc, "element", "operating-model element", x.Element, strs(roadmap.OperatingElements), false)
		v.enum(x.Loc, "dimension", "requirement dimension", x.Dimension, strs(roadmap.Dimensions), false)
		for _, m := range []struct {
			key string
			val int
		}{{"current", x.Current}, {"target", x.Target}} {
			if m.val < lo || m.val > hi {
				v.add(x.Loc, m.key, fmt.Sprintf("%s maturity %d of %s is out of range %d-%d", m.key, m.val, owner, lo, hi),
					"capability maturity runs from 0 (absent) to 5 (optimised)")
			}
		}
		if x.Target < x.Current && x.Loc.Has("target") {
			p := x.Loc.At("target")
			v.w.Warnings = append(v.w.Warnings, diag.Problem{File: x.Loc.File, Line: p.Line, Col: p.Col,
				Msg: fmt.Sprintf("%s has a target (%d) below its current maturity (%d)", owner, x.Target, x.Current), Hint: "check the numbers"})
		}
		if x.Loc.Has("effort") && x.Effort <= 0 {
			v.add(x.Loc, "effort", fmt.Sprintf("effort of %s must be greater than 0, got %g", owner, x.Effort), "give the effort in person-months")
		}
		v.positive(x.Loc, "duration", "duration", x.Duration)
		if x.Loc.Has("step") && (x.Step < 3 || x.Step > 7) {
			v.add(x.Loc, "step", fmt.Sprintf("step %d of %s is out of range 3-7", x.Step, owner),
				"capabilities are built in steps 3 (competencies) to 7 (PMO and tribe teams); steps 1 and 2 are assessment and approval")
		}
		v.refs(x.Loc, "depends_on", owner, "capability", x.DependsOn, v.caps, v.capabilityIDs, "capabilities.yaml")
		v.refs(x.Loc, "enables", owner, "catalog entry", x.Enables, v.entries, v.entryIDs, "catalog.yaml")
		if x.ID != "" {
			deps[x.ID] = append(deps[x.ID], x.DependsOn...)
		}
	}
	for _, cyc := range roadmap.Cycles(v.capabilityIDs, deps) {
		loc := v.caps[cyc[0]]
		v.add(loc, "depends_on", "dependency cycle: "+strings.Join(cyc, " -> "),
			"a capability cannot wait for itself; remove one of these dependencies")
	}
}

func (v *validator) pins() {
	seen := map[string]yamlx.Loc{}
	for _, p := range v.w.Config.Settings.Target.Pins {
		v.ref(p.Loc, "entry", "target pin", "catalog entry", p.Entry, v.entries, v.entryIDs, "catalog.yaml")
		v.enum(p.Loc, "decision", "pin decision", p.Decision, roadmap.PinDecisions, false)
		if first, dup := seen[p.Entry]; dup && p.Entry != "" {
			fp := first.At("entry")
			v.add(p.Loc, "entry", fmt.Sprintf("entry %q is pinned twice (also at %s:%d:%d)", p.Entry, first.File, fp.Line, fp.Col), "keep one pin")
		}
		seen[p.Entry] = p.Loc
	}
}

func collect[T any](items []T, f func(T) (yamlx.Loc, string)) ([]yamlx.Loc, []string) {
	locs := make([]yamlx.Loc, len(items))
	ids := make([]string, len(items))
	for i, it := range items {
		locs[i], ids[i] = f(it)
	}
	return locs, ids
}

func stepIDs(steps []journey.Step) []string {
	out := make([]string, len(steps))
	for i, s := range steps {
		out[i] = s.ID
	}
	return out
}

func stepIndex(steps []journey.Step) (map[string]yamlx.Loc, []string) {
	m := map[string]yamlx.Loc{}
	for _, s := range steps {
		m[s.ID] = yamlx.Loc{}
	}
	return m, stepIDs(steps)
}

func strs[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}
