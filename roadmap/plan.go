package roadmap

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/dsc-workbench/dsc/roundoff"
)

// StepInfo is one of the seven transformation steps of the primer.
type StepInfo struct {
	Number int    `json:"number"`
	Name   string `json:"name"`
	Focus  string `json:"focus"`
}

// Steps are the seven steps of the DSC transformation.
var Steps = []StepInfo{
	{1, "In-depth assessment of the current status", "Competencies, processes, organisation, IT and management systems, human resources"},
	{2, "Final approval of the DSC target picture", "Agree the features, services and revenue streams the DSC offers"},
	{3, "Competencies and skills", "Evaluate them in a separate stream; identify what to build up"},
	{4, "Process landscape", "Create the comprehensive process landscape"},
	{5, "Organisational structure", "Develop the adapted organisation; assign people to new roles only at the very end"},
	{6, "Systems and tools", "Formulate system requirements, evaluate providers, implement them in the existing landscape"},
	{7, "PMO and tribe teams", "A PMO steers the build-up and the move to an agile organisation; tribe teams are established"},
}

// StepOf places a capability into a step: its explicit step, else by
// requirement dimension (competencies 3, processes 4, organisation and human
// resources 5, IT and management systems 6).
func StepOf(c Capability) int {
	if c.Step >= 3 && c.Step <= 7 {
		return c.Step
	}
	switch c.Dimension {
	case Competencies:
		return 3
	case Processes:
		return 4
	case OrgStructure, HumanResources:
		return 5
	case ITSystems:
		return 6
	}
	return 7
}

// PhaseKind is a sub-phase of step 6.
type PhaseKind string

// The sub-phases of step 6, in order.
const (
	PhaseRequirements   PhaseKind = "requirements"
	PhaseSelection      PhaseKind = "selection"
	PhaseImplementation PhaseKind = "implementation"
)

// PhaseKinds lists the sub-phases of step 6 in order.
var PhaseKinds = []PhaseKind{PhaseRequirements, PhaseSelection, PhaseImplementation}

// DefaultSystemsPhases are the shares of a step-6 capability's duration spent
// on system requirements, provider evaluation and selection, and
// implementation within the existing landscape.
var DefaultSystemsPhases = [3]float64{0.2, 0.2, 0.6}

// Options set the plan's rules and limits (docs/roadmap.md).
type Options struct {
	DSM DSMOptions
	// AssessmentMonths and ApprovalMonths are the lengths of steps 1 and 2
	// (defaults 2 and 1).
	AssessmentMonths, ApprovalMonths float64
	// Capacity limits the people per month; the zero value is unlimited.
	Capacity Capacity
	// PMOTeamSize is the people the PMO holds from the first project stream
	// to the end, from the governance pool when capacity is per element.
	PMOTeamSize float64
	// SystemsPhases split step-6 capabilities (default DefaultSystemsPhases).
	SystemsPhases [3]float64
	// MonthlyRate is the cost of one person-month.
	MonthlyRate float64
	// Start is the calendar month of month 0 ("YYYY-MM"), for quarters; ""
	// counts quarters from the programme start.
	Start string
}

// Capacity is the people available per month: one number for everyone, or
// one per operating-model element.
type Capacity struct {
	Total      float64                      `json:"total,omitempty"`
	PerElement map[OperatingElement]float64 `json:"per_element,omitempty"`
}

// Limited reports whether the capacity limits anything.
func (c Capacity) Limited() bool { return c.Total > 0 || len(c.PerElement) > 0 }

// PoolAll is the one pool when capacity is a single number or unlimited.
const PoolAll = "all"

// pool is the pool a capability of element e draws from.
func (c Capacity) pool(e OperatingElement) string {
	if len(c.PerElement) > 0 {
		return string(e)
	}
	return PoolAll
}

// limits maps each limited pool to its people.
func (c Capacity) limits() map[string]float64 {
	m := map[string]float64{}
	if len(c.PerElement) > 0 {
		for e, v := range c.PerElement {
			m[string(e)] = v
		}
	} else if c.Total > 0 {
		m[PoolAll] = c.Total
	}
	return m
}

// TooLongError says the plan would run past MaxMonths. Validation bounds
// each capability and pin, but a long chain of them, or a late pin with a
// long capability, can still add up past it: the plan refuses it.
type TooLongError struct {
	Finish float64
}

func (e *TooLongError) Error() string {
	return fmt.Sprintf("the roadmap would run %.0f months; at most %d can be planned: check efforts, durations and pinned starts", e.Finish, MaxMonths)
}

// CapacityError says a capability needs more people than its pool holds
// (after the PMO), or its element has no capacity at all.
type CapacityError struct {
	Capability string
	Pool       string
	Need       float64
	Available  float64
	PMO        float64
	NoPool     bool
}

func (e *CapacityError) Error() string {
	pool := "the capacity of " + e.Pool
	if e.Pool == PoolAll {
		pool = "the capacity"
	}
	if e.NoPool {
		return fmt.Sprintf("capability %s needs %s people, but the capacity names no %s", e.Capability, fmtNum(e.Need), e.Pool)
	}
	s := fmt.Sprintf("capability %s needs %s people at once, but %s is %s", e.Capability, fmtNum(e.Need), pool, fmtNum(e.Available))
	if e.PMO > 0 {
		s += fmt.Sprintf(", %s of them in the PMO", fmtNum(e.PMO))
	}
	return s
}

func fmtNum(x float64) string { return fmt.Sprintf("%g", x) }

// Phase is a span of a step-6 capability or of step 6 itself.
type Phase struct {
	Kind   PhaseKind `json:"kind"`
	Start  float64   `json:"start"`
	Finish float64   `json:"finish"`
}

// PlannedCapability is a capability placed in time.
type PlannedCapability struct {
	ID       string           `json:"id"`
	Name     string           `json:"name"`
	Step     int              `json:"step"`
	Element  OperatingElement `json:"element"`
	Start    float64          `json:"start"`
	Finish   float64          `json:"finish"`
	Duration float64          `json:"duration"`
	TeamSize float64          `json:"team_size"`
	Effort   float64          `json:"effort"`
	Owner    string           `json:"owner,omitempty"`
	// Slack is how long it may slip without delaying the end when capacity
	// is unlimited; Critical is zero slack.
	Slack    float64 `json:"slack"`
	Critical bool    `json:"critical"`
	// Delay is how much later it starts than it could without the capacity
	// limit.
	Delay     float64  `json:"delay"`
	DependsOn []string `json:"depends_on"`
	// RuleDependsOn are the prerequisites the step rules add.
	RuleDependsOn []string `json:"rule_depends_on"`
	// Predecessors are everything it waits for: its own and rule
	// prerequisites, each coupled block expanded to all its members (what a
	// project tool needs as links).
	Predecessors []string `json:"predecessors"`
	// AssignsPeople marks human-resources work of step 5: people are
	// assigned to new roles at its very end.
	AssignsPeople bool    `json:"assigns_people"`
	Block         string  `json:"block,omitempty"`
	Cluster       string  `json:"cluster"`
	Pinned        bool    `json:"pinned"`
	Phases        []Phase `json:"phases,omitempty"`
}

// PlannedStep is a step with its span in months from the start.
type PlannedStep struct {
	StepInfo
	Start        float64  `json:"start"`
	Finish       float64  `json:"finish"`
	Capabilities []string `json:"capabilities"`
	Critical     bool     `json:"critical"`
	// Phases are step 6's sub-phases, each spanning its capabilities' phases.
	Phases []Phase `json:"phases,omitempty"`
}

// PMO is the programme-wide bar of step 7: the PMO steers from the first
// project stream to the end.
type PMO struct {
	Start    float64 `json:"start"`
	Finish   float64 `json:"finish"`
	TeamSize float64 `json:"team_size"`
	Pool     string  `json:"pool"`
}

// MilestoneKind names a milestone of the plan.
type MilestoneKind string

// The milestones of the plan.
const (
	MilestoneTargetApproved  MilestoneKind = "target-approved"
	MilestoneOrganisation    MilestoneKind = "organisation-in-place"
	MilestonePlatformLive    MilestoneKind = "platform-live"
	MilestoneTribeTeamLaunch MilestoneKind = "tribe-launched"
	MilestoneProgrammeFinish MilestoneKind = "programme-finish"
)

// Step is the step a milestone closes: the approval closes step 2, the
// organisation step 5, the platform step 6; tribe teams and the finish belong
// to step 7.
func (k MilestoneKind) Step() int {
	switch k {
	case MilestoneTargetApproved:
		return 2
	case MilestoneOrganisation:
		return 5
	case MilestonePlatformLive:
		return 6
	}
	return 7
}

// Milestone is a point in the plan. Cluster names the tribe team for
// MilestoneTribeTeamLaunch.
type Milestone struct {
	ID      string        `json:"id"`
	Kind    MilestoneKind `json:"kind"`
	Cluster string        `json:"cluster,omitempty"`
	At      float64       `json:"at"`
}

// Rule is one of the seven steps' ordering rules.
type Rule string

// The rules a plan enforces (docs/roadmap.md).
const (
	// RuleAfterApproval: no capability starts before the target picture is approved (end of step 2).
	RuleAfterApproval Rule = "after-approval"
	// RuleOrganisation: step 5's organisation design starts after the step 3 and 4 capabilities.
	RuleOrganisation Rule = "organisation-after-competencies-and-processes"
	// RulePeopleLast: people are assigned to new roles only at the very end of step 5.
	RulePeopleLast Rule = "people-last"
	// RuleDependency: a capability starts after its prerequisites.
	RuleDependency Rule = "dependency"
	// RuleCapacity: the load stays within the capacity.
	RuleCapacity Rule = "capacity"
)

// Cause says what forces a breach.
type Cause string

// Causes of a breach.
const (
	// CauseDependency: explicit dependencies need the capability earlier.
	CauseDependency Cause = "dependency"
	// CauseCoupled: the capability is coupled with one the rule puts before it.
	CauseCoupled Cause = "coupled"
	// CausePin: the capability's pinned start.
	CausePin Cause = "pin"
)

// Breach is a rule the workspace forces the plan to break: Capability starts
// at Start though the rule wants it no earlier than NotBefore. By is the
// capability that causes it (whose depends_on needs it earlier, or the
// prerequisite a pin overlaps), Path the dependency chain from By to
// Capability where there is one.
type Breach struct {
	Rule       Rule     `json:"rule"`
	Capability string   `json:"capability"`
	Cause      Cause    `json:"cause"`
	By         string   `json:"by,omitempty"`
	Path       []string `json:"path,omitempty"`
	Start      float64  `json:"start"`
	NotBefore  float64  `json:"not_before"`
}

// Load is the people used per month in one pool against its capacity.
type Load struct {
	Pool string `json:"pool"`
	// Capacity is the people available per month; 0 with Limited false
	// means no limit.
	Capacity float64 `json:"capacity"`
	Limited  bool    `json:"limited"`
	// Months[k] is the person-months used in month k (from k to k+1),
	// the PMO included.
	Months []float64 `json:"months"`
	Peak   float64   `json:"peak"`
	// Over lists the months above capacity (only pins can cause them).
	Over []int `json:"over"`
}

// StepCost is the effort and cost of one step.
type StepCost struct {
	Step         int     `json:"step"`
	PersonMonths float64 `json:"person_months"`
	Cost         float64 `json:"cost"`
}

// QuarterCost is the effort and cost of one quarter. Year is 0 when the
// roadmap has no start month; Quarter then counts from the programme start.
type QuarterCost struct {
	Label        string  `json:"label"`
	Year         int     `json:"year,omitempty"`
	Quarter      int     `json:"quarter"`
	PersonMonths float64 `json:"person_months"`
	Cost         float64 `json:"cost"`
}

// Cost is effort x monthly rate, per step and per calendar quarter. A
// capability's effort is spread evenly over its duration; the PMO's effort is
// its team for its span.
type Cost struct {
	MonthlyRate  float64       `json:"monthly_rate"`
	PersonMonths float64       `json:"person_months"`
	Total        float64       `json:"total"`
	Steps        []StepCost    `json:"steps"`
	Quarters     []QuarterCost `json:"quarters"`
}

// Plan is the one schedule: the dated seven-step roadmap, in months from the
// programme start (exact fractions).
type Plan struct {
	AssessmentMonths float64             `json:"assessment_months"`
	ApprovalMonths   float64             `json:"approval_months"`
	Steps            []PlannedStep       `json:"steps"`
	Capabilities     []PlannedCapability `json:"capabilities"`
	PMO              PMO                 `json:"pmo"`
	Milestones       []Milestone         `json:"milestones"`
	// Finish is the end of the capacity-levelled plan; FinishUnlimited the
	// end the same rules give with unlimited people.
	Finish          float64  `json:"finish"`
	FinishUnlimited float64  `json:"finish_unlimited"`
	Capacity        Capacity `json:"capacity"`
	// CriticalPath runs through steps 1 and 2, then the capabilities with
	// no slack (dependencies and rules, capacity unlimited).
	CriticalPath []string `json:"critical_path"`
	// DrivingPath is the chain that sets Finish in the levelled plan: each
	// waits for the one before, for a dependency or for its people.
	DrivingPath []string `json:"driving_path"`
	Load        []Load   `json:"load"`
	Breaches    []Breach `json:"breaches"`
	Cost        Cost     `json:"cost"`
}

// Schedule analyses the dependency structure and plans the seven steps: the
// one schedule every view reads. The graph's capabilities carry the plan's
// dates.
func Schedule(caps []Capability, opts Options) (Graph, Plan, error) {
	g, err := Analyze(caps, opts.DSM)
	if err != nil {
		return Graph{}, Plan{}, err
	}
	p, err := plan(caps, g, opts)
	if err != nil {
		return Graph{}, Plan{}, err
	}
	byID := map[string]PlannedCapability{}
	for _, pc := range p.Capabilities {
		byID[pc.ID] = pc
	}
	for i := range g.Capabilities {
		c := &g.Capabilities[i]
		pc := byID[c.ID]
		c.Start, c.Finish, c.Slack, c.Critical = pc.Start, pc.Finish, pc.Slack, pc.Critical
	}
	return g, p, nil
}

// planner holds the working state of one plan.
type planner struct {
	caps  []Capability
	g     Graph
	opts  Options
	seq   []int // input index -> sequence position
	at    []int // sequence position -> input index
	steps []int // by input index
	// needs[i]: every prerequisite of i (explicit and rule), input indexes.
	needs    [][]int
	ruleEdge map[[2]int]Rule
	breaches []Breach
}

func plan(caps []Capability, g Graph, opts Options) (Plan, error) {
	if opts.AssessmentMonths <= 0 {
		opts.AssessmentMonths = 2
	}
	if opts.ApprovalMonths <= 0 {
		opts.ApprovalMonths = 1
	}
	if opts.SystemsPhases == ([3]float64{}) {
		opts.SystemsPhases = DefaultSystemsPhases
	}
	pl := &planner{caps: caps, g: g, opts: opts, ruleEdge: map[[2]int]Rule{}}
	n := len(caps)
	d := newDeps(caps)
	index := g.Index()
	pl.seq, pl.at, pl.steps, pl.needs = make([]int, n), make([]int, n), make([]int, n), make([][]int, n)
	for i, c := range caps {
		pl.seq[i] = index[c.ID]
		pl.at[pl.seq[i]] = i
		pl.steps[i] = StepOf(c)
		pl.needs[i] = slices.Clone(d.prereq[i])
	}
	if err := pl.checkCapacity(); err != nil {
		return Plan{}, err
	}
	pl.organisationRule()
	pl.peopleLastRule()
	units, unitOf := pl.units()
	offset := opts.AssessmentMonths + opts.ApprovalMonths
	free := opts.Capacity.limits()
	for pool, n := range free {
		if n > 0 {
			free[pool] = n - pmoIn(pool, opts)
		}
	}
	if err := pl.checkBlocks(units, free); err != nil {
		return Plan{}, err
	}
	c := cpm(units, offset)
	start, err := level(units, offset, c, free)
	if err != nil {
		return Plan{}, err
	}
	p := Plan{AssessmentMonths: opts.AssessmentMonths, ApprovalMonths: opts.ApprovalMonths, FinishUnlimited: c.end, Finish: offset,
		Capacity: opts.Capacity, Breaches: []Breach{}}
	for u := range units {
		p.Finish = math.Max(p.Finish, roundoff.Key(start[u]+units[u].dur))
	}
	if p.Finish > MaxMonths || math.IsNaN(p.Finish) {
		return Plan{}, &TooLongError{Finish: p.Finish}
	}
	p.Capabilities = pl.planned(units, unitOf, start, c)
	pl.pinBreaches(&p, units, unitOf, start, offset)
	p.CriticalPath = append([]string{"step-1", "step-2"}, pl.criticalPath(units, c.es, c.ef, c.end, offset, nil)...)
	p.DrivingPath = append([]string{"step-1", "step-2"}, pl.criticalPath(units, start, finishes(units, start), p.Finish, offset, free)...)
	p.Steps = pl.steps7(p.Capabilities, offset)
	first := p.Finish
	for _, pc := range p.Capabilities {
		first = math.Min(first, pc.Start)
	}
	if len(p.Capabilities) == 0 {
		first = offset
	}
	p.PMO = PMO{Start: first, Finish: p.Finish, TeamSize: opts.PMOTeamSize, Pool: opts.Capacity.pool(Governance)}
	st7 := &p.Steps[6]
	st7.Start, st7.Finish = math.Min(st7.Start, first), p.Finish
	p.Milestones = milestones(p, g.Clusters)
	p.Load = pl.load(p, free)
	for _, l := range p.Load {
		for _, m := range l.Over {
			p.Breaches = append(p.Breaches, Breach{Rule: RuleCapacity, Capability: l.Pool, Cause: CausePin, Start: float64(m), NotBefore: float64(m)})
		}
	}
	p.Breaches = append(append([]Breach{}, pl.breaches...), p.Breaches...)
	p.Cost = pl.cost(p)
	return p, nil
}

func finishes(units []unit, start []float64) []float64 {
	f := make([]float64, len(units))
	for u := range units {
		f[u] = roundoff.Key(start[u] + units[u].dur)
	}
	return f
}

// checkCapacity refuses a capability that can never be staffed.
func (pl *planner) checkCapacity() error {
	capy := pl.opts.Capacity
	if !capy.Limited() {
		return nil
	}
	limits := capy.limits()
	pmoPool := capy.pool(Governance)
	if _, ok := limits[pmoPool]; !ok && pl.opts.PMOTeamSize > 0 {
		return &CapacityError{Capability: "pmo", Pool: pmoPool, Need: pl.opts.PMOTeamSize, NoPool: true}
	}
	for _, k := range pl.at {
		c := pl.caps[k]
		pool := capy.pool(c.Element)
		limit, ok := limits[pool]
		if !ok {
			return &CapacityError{Capability: c.ID, Pool: pool, Need: c.TeamSize, NoPool: true}
		}
		pmo := pmoIn(pool, pl.opts)
		if c.TeamSize > limit-pmo+eps {
			return &CapacityError{Capability: c.ID, Pool: pool, Need: c.TeamSize, Available: limit, PMO: pmo}
		}
	}
	return nil
}

// checkBlocks refuses a coupled block whose members together need more
// people at once than a pool holds: its members start together.
func (pl *planner) checkBlocks(units []unit, free map[string]float64) error {
	for _, u := range units {
		if len(u.members) < 2 {
			continue
		}
		need := map[string]float64{}
		for _, d := range u.demand {
			need[d.pool] += d.people
		}
		for _, pool := range sortedPools(need) {
			if limit, ok := free[pool]; ok && need[pool] > limit+eps {
				blk := pl.g.Capabilities[u.seq].Block
				var ids []string
				for _, i := range u.members {
					ids = append(ids, pl.caps[i].ID)
				}
				return &CapacityError{Capability: fmt.Sprintf("%s (%s)", blk, strings.Join(ids, ", ")), Pool: pool, Need: need[pool],
					Available: limit + pmoIn(pool, pl.opts), PMO: pmoIn(pool, pl.opts)}
			}
		}
	}
	return nil
}

// pmoIn is the people the PMO holds in pool for the whole plan: its team
// in the governance pool, none elsewhere.
func pmoIn(pool string, o Options) float64 {
	if pool == o.Capacity.pool(Governance) {
		return o.PMOTeamSize
	}
	return 0
}

func sortedPools(m map[string]float64) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// isOrg and isPeople classify step-5 work: organisation design, and the
// human-resources work that assigns people to the new roles.
func (pl *planner) isOrg(i int) bool {
	return pl.steps[i] == 5 && pl.caps[i].Dimension != HumanResources
}
func (pl *planner) isPeople(i int) bool {
	return pl.steps[i] == 5 && pl.caps[i].Dimension == HumanResources
}
func (pl *planner) isSkillsOrProcess(i int) bool {
	return pl.steps[i] == 3 || pl.steps[i] == 4
}

// organisationRule: step 5's organisation design is based on the
// competencies (step 3) and the process landscape (step 4), so it starts
// after all of them. Organisation work that a step 3 or 4 capability itself
// needs (explicitly or through a coupled block) cannot wait for it: it still
// waits for the step 3 and 4 capabilities that do not need it, and the
// breach is listed.
func (pl *planner) organisationRule() {
	pl.applyRule(RuleOrganisation, pl.isOrg, pl.isSkillsOrProcess)
}

// peopleLastRule: people are assigned to new roles only at the very end of
// step 5, after its organisation design. Organisation work that needs the
// people first is a listed breach; the people then still wait for the rest.
func (pl *planner) peopleLastRule() {
	pl.applyRule(RulePeopleLast, pl.isPeople, pl.isOrg)
}

// applyRule makes every capability that is "late" wait for every "early"
// one. Late capabilities that an early one needs (through the graph so far)
// are exempt: each gets a breach naming the early capability that causes it
// and waits only for the early capabilities that do not need it. Exempting
// those first keeps the graph acyclic: a new edge late -> early could only
// close a cycle through a late capability an early one reaches.
func (pl *planner) applyRule(rule Rule, late, early func(int) bool) {
	n := len(pl.caps)
	var earlies, lates []int
	for _, i := range pl.at {
		if early(i) {
			earlies = append(earlies, i)
		}
		if late(i) {
			lates = append(lates, i)
		}
	}
	if len(earlies) == 0 || len(lates) == 0 {
		return
	}
	// Breadth-first from every early capability along what it needs.
	parent := make([]int, n)
	source := make([]int, n)
	for i := range parent {
		parent[i], source[i] = -2, -1
	}
	queue := []int{}
	for _, e := range earlies {
		parent[e], source[e] = -1, e
		queue = append(queue, e)
	}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		for _, w := range pl.needs[v] {
			if parent[w] == -2 {
				parent[w], source[w] = v, source[v]
				queue = append(queue, w)
			}
		}
	}
	dependents := make([][]int, n)
	for i, ps := range pl.needs {
		for _, j := range ps {
			dependents[j] = append(dependents[j], i)
		}
	}
	// Stamps mark sets without allocating per capability: has[x] == l+1
	// when l already needs x; needsL[x] == l+1 when x needs l (transitively).
	has, needsL := make([]int, n), make([]int, n)
	var stack []int
	for _, l := range lates {
		mark := l + 1
		for _, x := range pl.needs[l] {
			has[x] = mark
		}
		exempt := parent[l] != -2
		if exempt {
			// Everything that needs l now, through the graph as it stands
			// (rule edges added for earlier capabilities included).
			stack = append(stack[:0], l)
			for len(stack) > 0 {
				v := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				for _, w := range dependents[v] {
					if needsL[w] != mark {
						needsL[w] = mark
						stack = append(stack, w)
					}
				}
			}
			pl.breaches = append(pl.breaches, pl.breach(rule, l, source[l], parent))
		}
		for _, e := range earlies {
			if e == l || has[e] == mark || (exempt && needsL[e] == mark) {
				continue
			}
			has[e] = mark
			pl.needs[l] = append(pl.needs[l], e)
			dependents[e] = append(dependents[e], l)
			pl.ruleEdge[[2]int{l, e}] = rule
		}
	}
}

// breach records that late capability l cannot wait for the early ones:
// src (an early capability) needs it through the chain in parent.
func (pl *planner) breach(rule Rule, l, src int, parent []int) Breach {
	var path []int
	for v := l; v >= 0; v = parent[v] {
		path = append(path, v)
	}
	slices.Reverse(path)
	b := Breach{Rule: rule, Capability: pl.caps[l].ID, Cause: CauseDependency, By: pl.caps[src].ID}
	if blk := pl.g.Capabilities[pl.seq[l]].Block; blk != "" && blk == pl.g.Capabilities[pl.seq[src]].Block {
		b.Cause = CauseCoupled
	}
	for _, v := range path {
		b.Path = append(b.Path, pl.caps[v].ID)
	}
	return b
}

// units turns capabilities into scheduling units: one per coupled block, one
// per other capability, in sequence order.
func (pl *planner) units() ([]unit, []int) {
	unitOf := make([]int, len(pl.caps))
	var units []unit
	byBlock := map[string]int{}
	for pos, i := range pl.at {
		c := pl.caps[i]
		blk := pl.g.Capabilities[pos].Block
		u, ok := byBlock[blk]
		if !ok || blk == "" {
			u = len(units)
			units = append(units, unit{seq: pos})
			if blk != "" {
				byBlock[blk] = u
			}
		}
		unitOf[i] = u
		un := &units[u]
		un.members = append(un.members, i)
		un.demand = append(un.demand, demand{pool: pl.opts.Capacity.pool(c.Element), people: c.TeamSize, dur: c.Duration})
		un.dur = math.Max(un.dur, c.Duration)
		if c.PinnedStart != nil && (un.pin == nil || *c.PinnedStart < *un.pin) {
			p := *c.PinnedStart
			un.pin = &p
		}
	}
	for u := range units {
		seen := map[int]bool{}
		for _, i := range units[u].members {
			for _, j := range pl.needs[i] {
				if v := unitOf[j]; v != u && !seen[v] {
					seen[v] = true
					units[u].prereq = append(units[u].prereq, v)
				}
			}
		}
		sort.Ints(units[u].prereq)
	}
	return units, unitOf
}

// planned lists the capabilities with their dates, in sequence order.
func (pl *planner) planned(units []unit, unitOf []int, start []float64, c cpmResult) []PlannedCapability {
	out := make([]PlannedCapability, 0, len(pl.caps))
	for pos, i := range pl.at {
		cp := pl.caps[i]
		u := unitOf[i]
		pc := PlannedCapability{ID: cp.ID, Name: cp.Name, Step: pl.steps[i], Element: cp.Element, Start: roundoff.Key(start[u]),
			Finish: roundoff.Key(start[u] + cp.Duration), Duration: cp.Duration, TeamSize: cp.TeamSize, Effort: cp.Effort, Owner: cp.Owner,
			Slack: c.slack[u], Critical: c.slack[u] == 0, Delay: roundoff.Key(start[u] - c.es[u]), DependsOn: nonNil(cp.DependsOn),
			RuleDependsOn: []string{}, Predecessors: []string{}, AssignsPeople: pl.isPeople(i), Block: pl.g.Capabilities[pos].Block,
			Cluster: pl.g.Capabilities[pos].Cluster, Pinned: cp.PinnedStart != nil}
		for _, j := range pl.needs[i] {
			if _, ok := pl.ruleEdge[[2]int{i, j}]; ok {
				pc.RuleDependsOn = append(pc.RuleDependsOn, pl.caps[j].ID)
			}
		}
		for _, v := range units[u].prereq {
			for _, j := range units[v].members {
				pc.Predecessors = append(pc.Predecessors, pl.caps[j].ID)
			}
		}
		if pc.Step == 6 {
			s := pc.Start
			for k, kind := range PhaseKinds {
				f := roundoff.Key(s + cp.Duration*pl.opts.SystemsPhases[k])
				if k == len(PhaseKinds)-1 {
					f = pc.Finish
				}
				pc.Phases = append(pc.Phases, Phase{Kind: kind, Start: s, Finish: f})
				s = f
			}
		}
		out = append(out, pc)
	}
	return out
}

// pinBreaches lists what pinned starts break: the approval, a prerequisite
// or a step rule.
func (pl *planner) pinBreaches(p *Plan, units []unit, unitOf []int, start []float64, offset float64) {
	for _, i := range pl.at {
		c := pl.caps[i]
		if c.PinnedStart == nil {
			continue
		}
		s := start[unitOf[i]]
		if s < offset-eps {
			pl.breaches = append(pl.breaches, Breach{Rule: RuleAfterApproval, Capability: c.ID, Cause: CausePin, Start: s, NotBefore: offset})
		}
		for _, j := range pl.needs[i] {
			v := unitOf[j]
			if v == unitOf[i] {
				continue
			}
			f := roundoff.Key(start[v] + units[v].dur)
			if s < f-eps {
				rule, ok := pl.ruleEdge[[2]int{i, j}]
				if !ok {
					rule = RuleDependency
				}
				pl.breaches = append(pl.breaches, Breach{Rule: rule, Capability: c.ID, Cause: CausePin, By: pl.caps[j].ID, Start: s, NotBefore: f})
			}
		}
	}
}

// criticalPath walks back from the unit that finishes last (first in the
// sequence on a tie) through prerequisites that finish exactly when it
// starts; with pools given (the levelled plan) it also follows a unit of the
// same pool that frees its people then, but only where the unit waited for
// people: a unit that starts as soon as the approval and its prerequisites
// allow, or at its pin, was held back by no one, whoever finished then.
func (pl *planner) criticalPath(units []unit, start, finish []float64, end, offset float64, pools map[string]float64) []string {
	last := -1
	for u := range units {
		if math.Abs(finish[u]-end) <= eps && (last < 0 || units[u].seq < units[last].seq) && units[u].dur > 0 {
			last = u
		}
	}
	var rev []int
	seen := map[int]bool{}
	for u := last; u >= 0 && !seen[u]; {
		seen[u] = true
		rev = append(rev, u)
		next := -1
		better := func(v int) bool { return next < 0 || units[v].seq < units[next].seq }
		for _, v := range units[u].prereq {
			if math.Abs(finish[v]-start[u]) <= eps && better(v) {
				next = v
			}
		}
		if next < 0 && pools != nil && waitedForPeople(units, u, start, finish, offset) {
			for v := range units {
				if v != u && !seen[v] && math.Abs(finish[v]-start[u]) <= eps && sharesPool(units[u], units[v], pools) && better(v) {
					next = v
				}
			}
		}
		u = next
	}
	out := []string{}
	for k := len(rev) - 1; k >= 0; k-- {
		for _, i := range units[rev[k]].members {
			out = append(out, pl.caps[i].ID)
		}
	}
	return out
}

// waitedForPeople says whether unit u started later than its pin, or the
// approval (offset) and its prerequisites' finishes, allowed.
func waitedForPeople(units []unit, u int, start, finish []float64, offset float64) bool {
	if units[u].pin != nil {
		return false
	}
	ready := offset
	for _, v := range units[u].prereq {
		ready = math.Max(ready, finish[v])
	}
	return start[u] > ready+eps
}

func sharesPool(a, b unit, pools map[string]float64) bool {
	for _, x := range a.demand {
		for _, y := range b.demand {
			if _, limited := pools[x.pool]; limited && x.pool == y.pool && x.people > 0 && y.people > 0 {
				return true
			}
		}
	}
	return false
}

// steps7 spans each step: steps 1 and 2 from the options, steps 3-7 over
// their capabilities (an empty step sits at the end of step 2).
func (pl *planner) steps7(caps []PlannedCapability, offset float64) []PlannedStep {
	var out []PlannedStep
	for _, info := range Steps {
		ps := PlannedStep{StepInfo: info, Capabilities: []string{}}
		switch info.Number {
		case 1:
			ps.Start, ps.Finish, ps.Critical = 0, pl.opts.AssessmentMonths, true
		case 2:
			ps.Start, ps.Finish, ps.Critical = pl.opts.AssessmentMonths, offset, true
		default:
			ps.Start, ps.Finish = math.Inf(1), math.Inf(-1)
			for _, pc := range caps {
				if pc.Step != info.Number {
					continue
				}
				ps.Capabilities = append(ps.Capabilities, pc.ID)
				ps.Start = math.Min(ps.Start, pc.Start)
				ps.Finish = math.Max(ps.Finish, pc.Finish)
				ps.Critical = ps.Critical || pc.Critical
			}
			if len(ps.Capabilities) == 0 {
				ps.Start, ps.Finish = offset, offset
			}
		}
		if info.Number == 6 && len(ps.Capabilities) > 0 {
			for k, kind := range PhaseKinds {
				ph := Phase{Kind: kind, Start: math.Inf(1), Finish: math.Inf(-1)}
				for _, pc := range caps {
					if pc.Step == 6 {
						ph.Start = math.Min(ph.Start, pc.Phases[k].Start)
						ph.Finish = math.Max(ph.Finish, pc.Phases[k].Finish)
					}
				}
				ps.Phases = append(ps.Phases, ph)
			}
		}
		out = append(out, ps)
	}
	return out
}

// milestones: the target picture approved at the end of step 2; the
// organisation in place at the end of step 5; the platform live at the end
// of step 6; each tribe team launched when its capabilities are built and
// the organisation is in place (the interim project teams dissolve into it);
// the programme's finish.
func milestones(p Plan, clusters []Cluster) []Milestone {
	out := []Milestone{{ID: "ms-target-approved", Kind: MilestoneTargetApproved, At: p.Steps[1].Finish}}
	org := p.Steps[1].Finish
	if st := p.Steps[4]; len(st.Capabilities) > 0 {
		org = st.Finish
		out = append(out, Milestone{ID: "ms-organisation-in-place", Kind: MilestoneOrganisation, At: st.Finish})
	}
	if st := p.Steps[5]; len(st.Capabilities) > 0 {
		out = append(out, Milestone{ID: "ms-platform-live", Kind: MilestonePlatformLive, At: st.Finish})
	}
	finish := map[string]float64{}
	for _, pc := range p.Capabilities {
		finish[pc.ID] = pc.Finish
	}
	for _, c := range clusters {
		at := org
		for _, id := range c.Capabilities {
			at = math.Max(at, finish[id])
		}
		out = append(out, Milestone{ID: "ms-" + c.ID, Kind: MilestoneTribeTeamLaunch, Cluster: c.ID, At: at})
	}
	out = append(out, Milestone{ID: "ms-programme-finish", Kind: MilestoneProgrammeFinish, At: p.Finish})
	sort.SliceStable(out, func(a, b int) bool { return out[a].At < out[b].At })
	return out
}

// load sums the people per month and pool, the PMO included.
func (pl *planner) load(p Plan, free map[string]float64) []Load {
	months := int(math.Ceil(p.Finish - eps))
	limits := pl.opts.Capacity.limits()
	var pools []string
	if len(pl.opts.Capacity.PerElement) > 0 {
		for _, e := range OperatingElements {
			pools = append(pools, string(e))
		}
		for e := range pl.opts.Capacity.PerElement {
			if !slices.Contains(pools, string(e)) {
				pools = append(pools, string(e))
			}
		}
	} else {
		pools = []string{PoolAll}
	}
	byPool := map[string]*Load{}
	var out []Load
	for _, pool := range pools {
		limit, ok := limits[pool]
		out = append(out, Load{Pool: pool, Capacity: limit, Limited: ok, Months: make([]float64, months), Over: []int{}})
	}
	for k := range out {
		byPool[out[k].Pool] = &out[k]
	}
	spread := func(pool string, people, s, f float64) {
		l := byPool[pool]
		if l == nil {
			return
		}
		for m := int(math.Floor(s + eps)); m < months && float64(m) < f-eps; m++ {
			l.Months[m] += people * (math.Min(f, float64(m+1)) - math.Max(s, float64(m)))
		}
	}
	for _, pc := range p.Capabilities {
		spread(pl.opts.Capacity.pool(pc.Element), pc.TeamSize, pc.Start, pc.Finish)
	}
	spread(p.PMO.Pool, p.PMO.TeamSize, p.PMO.Start, p.PMO.Finish)
	for k := range out {
		l := &out[k]
		for m := range l.Months {
			l.Months[m] = roundoff.Key(l.Months[m])
			l.Peak = math.Max(l.Peak, l.Months[m])
			if l.Limited && l.Months[m] > l.Capacity+eps {
				l.Over = append(l.Over, m)
			}
		}
	}
	return out
}

// cost prices the effort per step and per quarter.
func (pl *planner) cost(p Plan) Cost {
	rate := pl.opts.MonthlyRate
	c := Cost{MonthlyRate: rate, Steps: []StepCost{}, Quarters: []QuarterCost{}}
	perStep := make([]float64, 8)
	months := int(math.Ceil(p.Finish - eps))
	perMonth := make([]float64, months)
	spread := func(effort, s, f float64) {
		if f-s <= eps {
			if m := int(math.Floor(s + eps)); m >= 0 && m < months {
				perMonth[m] += effort
			}
			return
		}
		for m := int(math.Floor(s + eps)); m < months && float64(m) < f-eps; m++ {
			perMonth[m] += effort * (math.Min(f, float64(m+1)) - math.Max(s, float64(m))) / (f - s)
		}
	}
	for _, pc := range p.Capabilities {
		perStep[pc.Step] += pc.Effort
		spread(pc.Effort, pc.Start, pc.Finish)
	}
	pmo := p.PMO.TeamSize * (p.PMO.Finish - p.PMO.Start)
	perStep[7] += pmo
	spread(pmo, p.PMO.Start, p.PMO.Finish)
	for s := 1; s <= 7; s++ {
		c.Steps = append(c.Steps, StepCost{Step: s, PersonMonths: roundoff.Key(perStep[s]), Cost: cents(perStep[s] * rate)})
		c.PersonMonths += perStep[s]
	}
	c.Total = cents(c.PersonMonths * rate)
	c.PersonMonths = roundoff.Key(c.PersonMonths)
	y0, m0, calendar := parseMonth(pl.opts.Start)
	for m := 0; m < months; m++ {
		q := QuarterCost{Quarter: m/3 + 1, Label: fmt.Sprintf("Q%d", m/3+1)}
		if calendar {
			abs := y0*12 + m0 - 1 + m
			q = QuarterCost{Year: abs / 12, Quarter: abs%12/3 + 1}
			q.Label = fmt.Sprintf("%04d-Q%d", q.Year, q.Quarter)
		}
		if k := len(c.Quarters) - 1; k < 0 || c.Quarters[k].Label != q.Label {
			c.Quarters = append(c.Quarters, q)
		}
		c.Quarters[len(c.Quarters)-1].PersonMonths += perMonth[m]
	}
	for k := range c.Quarters {
		q := &c.Quarters[k]
		q.Cost = cents(q.PersonMonths * rate)
		q.PersonMonths = roundoff.Key(q.PersonMonths)
	}
	return c
}

// cents rounds money to the cent: costs come from fractional person-months
// (4 person-months over a team of 3) and must not show their noise.
func cents(x float64) float64 { return math.Round(x*100) / 100 }

// parseMonth reads "YYYY-MM".
func parseMonth(s string) (year, month int, ok bool) {
	if _, err := fmt.Sscanf(s, "%d-%d", &year, &month); err != nil || month < 1 || month > 12 || len(s) != 7 {
		return 0, 0, false
	}
	return year, month, true
}

// StartIndex is the calendar month (0: the start month) in which something
// that starts at a fractional month offset starts: 3.5 starts in month 3.
func StartIndex(offset float64) int { return int(math.Floor(offset + eps)) }

// EndIndex is the calendar month in which something that ends (or a
// milestone that happens) at a month offset falls: the month that ends with
// it, so an end at 3 falls in month 2 and one at 3.5 in month 3. Every view
// that names the month of a finish or a milestone reads it from here.
func EndIndex(offset float64) int { return max(int(math.Ceil(offset-eps))-1, 0) }

// MonthLabel names the month a fractional month offset falls in, counted
// from the start month "YYYY-MM": offset 0 is the start month itself.
func MonthLabel(start string, offset float64) string {
	y, m, ok := parseMonth(start)
	if !ok {
		return fmt.Sprintf("M%g", math.Floor(offset+1e-9)+1)
	}
	total := y*12 + (m - 1) + int(math.Floor(offset+1e-9))
	return fmt.Sprintf("%04d-%02d", total/12, total%12+1)
}

// StepLabel is "Step 3: Competencies and skills".
func StepLabel(n int) string {
	for _, s := range Steps {
		if s.Number == n {
			return fmt.Sprintf("Step %d: %s", n, s.Name)
		}
	}
	return fmt.Sprintf("Step %d", n)
}

// MilestoneKinds lists the kinds of milestones.
var MilestoneKinds = []MilestoneKind{MilestoneTargetApproved, MilestoneOrganisation, MilestonePlatformLive, MilestoneTribeTeamLaunch, MilestoneProgrammeFinish}

// Rules lists the rules a plan enforces.
var Rules = []Rule{RuleAfterApproval, RuleOrganisation, RulePeopleLast, RuleDependency, RuleCapacity}

// Causes lists what can force a breach.
var Causes = []Cause{CauseDependency, CauseCoupled, CausePin}
