package roadmap

import (
	"fmt"
	"math"
	"slices"
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

// PlanOptions set the fixed steps' durations in months (defaults 2 and 1).
type PlanOptions struct {
	AssessmentMonths float64
	ApprovalMonths   float64
}

// PlannedCapability is a capability placed in time.
type PlannedCapability struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Step      int      `json:"step"`
	Start     float64  `json:"start"`
	Finish    float64  `json:"finish"`
	Duration  float64  `json:"duration"`
	Slack     float64  `json:"slack"`
	Critical  bool     `json:"critical"`
	DependsOn []string `json:"depends_on"`
	// AssignsPeople marks human-resources work of step 5, which waits for the
	// rest of the step: people are assigned to new roles only at its very end.
	AssignsPeople bool `json:"assigns_people"`
}

// PlannedStep is a step with its span in months from the start.
type PlannedStep struct {
	StepInfo
	Start        float64  `json:"start"`
	Finish       float64  `json:"finish"`
	Capabilities []string `json:"capabilities"`
	Critical     bool     `json:"critical"`
}

// Plan is the dated seven-step roadmap (months from the start).
type Plan struct {
	Steps        []PlannedStep       `json:"steps"`
	Capabilities []PlannedCapability `json:"capabilities"`
	Finish       float64             `json:"finish"`
	// CriticalPath runs through the two fixed steps, then the capabilities.
	CriticalPath []string `json:"critical_path"`
}

// PlanRoadmap schedules the capabilities into the seven steps: steps 1 and 2
// come first (assessment, approval); no capability starts before they end or
// before its prerequisites finish; human-resources capabilities of step 5
// start when the step's other capabilities are done.
func PlanRoadmap(caps []Capability, opts PlanOptions) (Plan, error) {
	if opts.AssessmentMonths <= 0 {
		opts.AssessmentMonths = 2
	}
	if opts.ApprovalMonths <= 0 {
		opts.ApprovalMonths = 1
	}
	n := len(caps)
	ids := make([]string, n)
	index := map[string]int{}
	deps := map[string][]string{}
	steps := make([]int, n)
	for i, c := range caps {
		ids[i], index[c.ID], steps[i] = c.ID, i, StepOf(c)
	}
	prereq := make([][]int, n)
	for i, c := range caps {
		seen := map[int]bool{}
		add := func(j int) {
			if !seen[j] && j != i {
				seen[j] = true
				prereq[i] = append(prereq[i], j)
				deps[ids[i]] = append(deps[ids[i]], ids[j])
			}
		}
		for _, d := range c.DependsOn {
			if j, ok := index[d]; ok {
				add(j)
			}
		}
	}
	if cycles := Cycles(ids, deps); len(cycles) > 0 {
		return Plan{}, &CycleError{Cycles: cycles}
	}
	// People are assigned to new roles only at the very end of step 5: its
	// human-resources capabilities wait for the step's other capabilities,
	// except organisation work that itself needs those people first.
	for i, c := range caps {
		if steps[i] != 5 || c.Dimension != HumanResources {
			continue
		}
		for j, o := range caps {
			if steps[j] == 5 && o.Dimension != HumanResources && !reaches(prereq, j, i) && !slices.Contains(prereq[i], j) {
				prereq[i] = append(prereq[i], j)
			}
		}
	}
	dur := make([]float64, n)
	for i, c := range caps {
		dur[i] = c.Duration
	}
	offset := opts.AssessmentMonths + opts.ApprovalMonths
	sc := schedule(ids, prereq, dur, offset)
	p := Plan{Finish: sc.end}
	for i, c := range caps {
		p.Capabilities = append(p.Capabilities, PlannedCapability{ID: c.ID, Name: c.Name, Step: steps[i], Start: sc.start[i], Finish: sc.finish[i],
			Duration: dur[i], Slack: sc.slack[i], Critical: sc.slack[i] == 0, DependsOn: nonNil(c.DependsOn),
			AssignsPeople: steps[i] == 5 && c.Dimension == HumanResources})
	}
	for _, info := range Steps {
		ps := PlannedStep{StepInfo: info, Capabilities: []string{}}
		switch info.Number {
		case 1:
			ps.Start, ps.Finish, ps.Critical = 0, opts.AssessmentMonths, true
		case 2:
			ps.Start, ps.Finish, ps.Critical = opts.AssessmentMonths, offset, true
		default:
			ps.Start, ps.Finish = math.Inf(1), 0
			for _, pc := range p.Capabilities {
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
		p.Steps = append(p.Steps, ps)
	}
	p.CriticalPath = append([]string{"step-1", "step-2"}, criticalPath(ids, sc, prereq)...)
	return p, nil
}

// reaches reports whether from needs to (directly or through prerequisites).
func reaches(prereq [][]int, from, to int) bool {
	seen := map[int]bool{}
	stack := []int{from}
	for len(stack) > 0 {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if v == to {
			return true
		}
		if seen[v] {
			continue
		}
		seen[v] = true
		stack = append(stack, prereq[v]...)
	}
	return false
}

// MonthLabel names the month a fractional month offset falls in, counted
// from the start month "YYYY-MM": offset 0 is the start month itself.
func MonthLabel(start string, offset float64) string {
	var y, m int
	if _, err := fmt.Sscanf(start, "%d-%d", &y, &m); err != nil || m < 1 || m > 12 {
		return fmt.Sprintf("M%g", math.Floor(offset)+1)
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
