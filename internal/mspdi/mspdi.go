// Package mspdi writes the roadmap as Microsoft Project XML (the Project XML
// Data Interchange format, MSPDI) that Microsoft Project, ProjectLibre,
// GanttProject and GNOME Planner import: a task per step (the WBS), its
// capabilities (step 6 split into its three sub-phases), the PMO and the
// milestones, finish-to-start links for every dependency and step rule, one
// work resource per capacity pool and an assignment per task. Element order
// follows the schema's sequences (mspdi_pj12.xsd).
package mspdi

import (
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
	"github.com/dsc-workbench/dsc/roadmap"
)

// Namespace is the MSPDI namespace.
const Namespace = "http://schemas.microsoft.com/project"

// Input is what the export needs: the one schedule (its rows name the
// tasks and milestones), the proposed tribe teams for the capabilities
// whose end a team's launch follows, the client for the title and the
// language of the names.
type Input struct {
	Title    string
	Lang     text.Lang
	Roadmap  *analysis.Roadmap
	Clusters []roadmap.Cluster
}

type project struct {
	XMLName           xml.Name   `xml:"http://schemas.microsoft.com/project Project"`
	SaveVersion       int        `xml:"SaveVersion"`
	Name              string     `xml:"Name"`
	Title             string     `xml:"Title"`
	ScheduleFromStart int        `xml:"ScheduleFromStart"`
	StartDate         string     `xml:"StartDate"`
	FinishDate        string     `xml:"FinishDate"`
	CurrencyCode      string     `xml:"CurrencyCode,omitempty"`
	CalendarUID       int        `xml:"CalendarUID"`
	DefaultStartTime  string     `xml:"DefaultStartTime"`
	DefaultFinishTime string     `xml:"DefaultFinishTime"`
	MinutesPerDay     int        `xml:"MinutesPerDay"`
	MinutesPerWeek    int        `xml:"MinutesPerWeek"`
	DaysPerMonth      int        `xml:"DaysPerMonth"`
	DefaultTaskType   int        `xml:"DefaultTaskType"`
	WeekStartDay      int        `xml:"WeekStartDay"`
	Calendars         []cal      `xml:"Calendars>Calendar"`
	Tasks             []task     `xml:"Tasks>Task"`
	Resources         []resource `xml:"Resources>Resource"`
	Assignments       []assign   `xml:"Assignments>Assignment"`
}

type cal struct {
	UID             int       `xml:"UID"`
	Name            string    `xml:"Name"`
	IsBaseCalendar  int       `xml:"IsBaseCalendar"`
	BaseCalendarUID int       `xml:"BaseCalendarUID"`
	WeekDays        []weekDay `xml:"WeekDays>WeekDay"`
}

type weekDay struct {
	DayType      int           `xml:"DayType"`
	DayWorking   int           `xml:"DayWorking"`
	WorkingTimes *workingTimes `xml:"WorkingTimes"`
}

type workingTimes struct {
	WorkingTime []workingTime `xml:"WorkingTime"`
}

type workingTime struct {
	FromTime string `xml:"FromTime"`
	ToTime   string `xml:"ToTime"`
}

type task struct {
	UID             int    `xml:"UID"`
	ID              int    `xml:"ID"`
	Name            string `xml:"Name"`
	Type            int    `xml:"Type"`
	IsNull          int    `xml:"IsNull"`
	Contact         string `xml:"Contact,omitempty"`
	WBS             string `xml:"WBS"`
	OutlineNumber   string `xml:"OutlineNumber"`
	OutlineLevel    int    `xml:"OutlineLevel"`
	Priority        int    `xml:"Priority"`
	Start           string `xml:"Start"`
	Finish          string `xml:"Finish"`
	Duration        string `xml:"Duration"`
	Work            string `xml:"Work"`
	EffortDriven    int    `xml:"EffortDriven"`
	Milestone       int    `xml:"Milestone"`
	Summary         int    `xml:"Summary"`
	Critical        int    `xml:"Critical"`
	PercentComplete int    `xml:"PercentComplete"`
	ConstraintType  int    `xml:"ConstraintType"`
	ConstraintDate  string `xml:"ConstraintDate,omitempty"`
	Notes           string `xml:"Notes,omitempty"`
	Predecessors    []link `xml:"PredecessorLink"`

	leaf bool // a task that carries work (not a summary or milestone)
}

type link struct {
	PredecessorUID int `xml:"PredecessorUID"`
	Type           int `xml:"Type"`
	CrossProject   int `xml:"CrossProject"`
	LinkLag        int `xml:"LinkLag"`
	LagFormat      int `xml:"LagFormat"`
}

type resource struct {
	UID                int    `xml:"UID"`
	ID                 int    `xml:"ID"`
	Name               string `xml:"Name"`
	Type               int    `xml:"Type"`
	IsNull             int    `xml:"IsNull"`
	Initials           string `xml:"Initials"`
	MaxUnits           string `xml:"MaxUnits"`
	StandardRate       string `xml:"StandardRate"`
	StandardRateFormat int    `xml:"StandardRateFormat"`
	CalendarUID        int    `xml:"CalendarUID"`
}

type assign struct {
	UID         int    `xml:"UID"`
	TaskUID     int    `xml:"TaskUID"`
	ResourceUID int    `xml:"ResourceUID"`
	Finish      string `xml:"Finish"`
	Start       string `xml:"Start"`
	Units       string `xml:"Units"`
	Work        string `xml:"Work"`
}

// Codes of the format.
const (
	linkFS         = 1 // finish-to-start
	lagDays        = 7 // LagFormat: days
	taskFixedDur   = 1 // Task Type: fixed duration
	constraintASAP = 0
	constraintMSO  = 2 // must start on (a pinned start)
	constraintSNET = 4 // start no earlier than (a levelled start)
	resourceWork   = 1
	ratePerHour    = 2
	hoursPerMonth  = 160 // DaysPerMonth 20 x 8 hours, for the rate
)

// builder assembles the tasks in outline order.
type builder struct {
	in    Input
	cal   calendar
	tasks []task
	// leafUID maps a capability id to the task its successors link from
	// (step 6: its implementation); firstUID to the task its own
	// predecessors link to (step 6: its requirements).
	leafUID, firstUID map[string]int
	pools             map[string]int // pool -> resource UID
	assigns           []assign
}

// Write writes the roadmap as MSPDI.
func Write(w io.Writer, in Input) error {
	c, err := newCalendar(in.Roadmap.Start)
	if err != nil {
		return err
	}
	b := &builder{in: in, cal: c, leafUID: map[string]int{}, firstUID: map[string]int{}, pools: map[string]int{}}
	p := project{SaveVersion: 14, Name: "roadmap.xml", Title: in.Title, ScheduleFromStart: 1,
		StartDate: dateTime(c.startAt(0)), FinishDate: dateTime(c.finishAt(in.Roadmap.Finish)), CalendarUID: 1,
		DefaultStartTime: "08:00:00", DefaultFinishTime: "17:00:00", MinutesPerDay: 480, MinutesPerWeek: 2400, DaysPerMonth: 20,
		DefaultTaskType: taskFixedDur, WeekStartDay: 1, Calendars: []cal{standardCalendar()}}
	if cur := in.Roadmap.Currency; len(cur) == 3 {
		p.CurrencyCode = cur
	}
	p.Resources = b.resources()
	b.build()
	p.Tasks, p.Assignments = b.tasks, b.assigns
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(p); err != nil {
		return fmt.Errorf("writing Project XML: %w", err)
	}
	_, err = io.WriteString(w, "\n")
	return err
}

func standardCalendar() cal {
	c := cal{UID: 1, Name: "Standard", IsBaseCalendar: 1, BaseCalendarUID: -1}
	for d := 1; d <= 7; d++ { // 1 = Sunday ... 7 = Saturday
		wd := weekDay{DayType: d}
		if d != 1 && d != 7 {
			wd.DayWorking = 1
			wd.WorkingTimes = &workingTimes{[]workingTime{{"08:00:00", "12:00:00"}, {"13:00:00", "17:00:00"}}}
		}
		c.WeekDays = append(c.WeekDays, wd)
	}
	return c
}

// resources: one work resource per capacity pool, available at the pool's
// capacity (or its peak load when unlimited), at the monthly rate per hour.
func (b *builder) resources() []resource {
	rm := b.in.Roadmap
	rate := strconv.FormatFloat(rm.Cost.MonthlyRate/hoursPerMonth, 'f', -1, 64)
	var out []resource
	for _, l := range rm.Load {
		units := l.Capacity
		if !l.Limited {
			units = l.Peak
		}
		uid := len(out) + 1
		name := text.Pool(b.in.Lang, l.Pool)
		out = append(out, resource{UID: uid, ID: uid, Name: name, Type: resourceWork, Initials: initials(l.Pool),
			MaxUnits: strconv.FormatFloat(units, 'f', -1, 64), StandardRate: rate, StandardRateFormat: ratePerHour, CalendarUID: 1})
		b.pools[l.Pool] = uid
	}
	return out
}

func initials(pool string) string {
	switch pool {
	case roadmap.PoolAll:
		return "P"
	case string(roadmap.IT):
		return "IT"
	}
	return string([]rune(pool)[:1])
}

// add appends a task with the next UID and returns it.
func (b *builder) add(t task) int {
	t.UID = len(b.tasks)
	t.ID = t.UID
	t.Type, t.Priority = taskFixedDur, 500
	t.WBS = t.OutlineNumber
	b.tasks = append(b.tasks, t)
	return t.UID
}

// timed fills a task's dates and duration from month offsets.
func (b *builder) timed(t task, start, finish float64) task {
	s, f, hours := b.cal.span(start, finish)
	t.Start, t.Finish, t.Duration, t.Work = dateTime(s), dateTime(f), duration(float64(hours)), duration(0)
	return t
}

func (b *builder) milestone(t task, at float64) task {
	m := b.cal.milestoneAt(at)
	t.Start, t.Finish, t.Duration, t.Work, t.Milestone = dateTime(m), dateTime(m), duration(0), duration(0), 1
	return t
}

func (b *builder) linkTo(uid int, preds ...int) {
	seen := map[int]bool{}
	for _, l := range b.tasks[uid].Predecessors {
		seen[l.PredecessorUID] = true
	}
	for _, p := range preds {
		if !seen[p] && p != uid {
			seen[p] = true
			b.tasks[uid].Predecessors = append(b.tasks[uid].Predecessors, link{PredecessorUID: p, Type: linkFS, LagFormat: lagDays})
		}
	}
}

// assign books a task's people on its pool.
func (b *builder) assign(uid int, pool string, people float64) {
	t := &b.tasks[uid]
	res, ok := b.pools[pool]
	if !ok || people <= 0 {
		return
	}
	hours := 0.0
	fmt.Sscanf(t.Duration, "PT%fH", &hours)
	t.Work = duration(hours * people)
	b.assigns = append(b.assigns, assign{UID: len(b.assigns) + 1, TaskUID: uid, ResourceUID: res, Finish: t.Finish, Start: t.Start,
		Units: strconv.FormatFloat(people, 'f', -1, 64), Work: t.Work})
}

func (b *builder) build() {
	l, rm := b.in.Lang, b.in.Roadmap
	root := task{Name: b.in.Title, OutlineNumber: "0", OutlineLevel: 0, Summary: 1}
	b.add(b.timed(root, 0, rm.Finish))
	caps := map[string]roadmap.PlannedCapability{}
	for _, c := range rm.Capabilities {
		caps[c.ID] = c
	}
	var assessment, approvalWork, approval, orgInPlace int
	approvedAt := rm.Steps[1].Finish
	var finishPreds []int
	hasSuccessor := map[int]bool{}
	for _, st := range rm.Steps {
		n := st.Number
		num := strconv.Itoa(n)
		if n >= 3 && n <= 6 && len(st.Capabilities) == 0 {
			continue
		}
		b.add(b.timed(task{Name: text.StepTitle(l, n), OutlineNumber: num, OutlineLevel: 1, Summary: 1, Critical: bit(st.Critical)}, st.Start, st.Finish))
		child := 0
		next := func() string { child++; return num + "." + strconv.Itoa(child) }
		switch n {
		case 1:
			assessment = b.add(b.timed(task{Name: text.StepName(l, 1), OutlineNumber: next(), OutlineLevel: 2, Critical: 1}, st.Start, st.Finish))
			b.tasks[assessment].leaf = true
		case 2:
			// the approval's milestone follows from the plan's milestones below
			approvalWork = b.add(b.timed(task{Name: text.StepName(l, 2), OutlineNumber: next(), OutlineLevel: 2, Critical: 1}, st.Start, st.Finish))
			b.tasks[approvalWork].leaf = true
			b.linkTo(approvalWork, assessment)

		case 7:
			pmo := b.add(b.timed(task{Name: text.PMO(l), OutlineNumber: next(), OutlineLevel: 2, ConstraintType: constraintSNET}, rm.PMO.Start, rm.PMO.Finish))
			b.tasks[pmo].ConstraintDate, b.tasks[pmo].leaf = b.tasks[pmo].Start, true
			if rm.PMO.Start >= approvedAt-1e-9 { // a pin before the approval starts the PMO early
				b.linkTo(pmo, approval)
			}
			b.assign(pmo, rm.PMO.Pool, rm.PMO.TeamSize)
		}
		for _, id := range byStart(st.Capabilities, caps) {
			b.capability(caps[id], next)
		}
		for _, m := range rm.Milestones {
			if m.Kind.Step() != n {
				continue
			}
			// the roadmap's row names it (a tribe team's launch by the team)
			row, _ := rm.Item(m.ID)
			mt := b.add(b.milestone(task{Name: row.Name, OutlineNumber: next(), OutlineLevel: 2}, m.At))
			switch m.Kind {
			case roadmap.MilestoneTargetApproved:
				approval = mt
				b.tasks[mt].Critical = 1
				b.linkTo(mt, approvalWork)
			case roadmap.MilestoneOrganisation:
				orgInPlace = mt
				for _, id := range st.Capabilities {
					b.linkTo(mt, b.leafUID[id])
				}
			case roadmap.MilestonePlatformLive:
				for _, id := range st.Capabilities {
					b.linkTo(mt, b.leafUID[id])
				}
			case roadmap.MilestoneTribeTeamLaunch:
				for _, c := range b.in.Clusters {
					if c.ID == m.Cluster {
						for _, id := range c.Capabilities {
							b.linkTo(mt, b.leafUID[id])
						}
					}
				}
				if orgInPlace > 0 {
					b.linkTo(mt, orgInPlace)
				}
			case roadmap.MilestoneProgrammeFinish:
				finishPreds = append(finishPreds, mt)
			}
		}
	}
	// Capabilities link to their predecessors, or to the approval. A pinned
	// capability starts at its pin whatever it would wait for (the plan
	// warns about each rule that breaks): it links only from what finishes
	// by then. A finish-to-start link from a task that ends after its
	// must-start-on date would contradict the constraint, which Project
	// reports as a scheduling conflict and other tools resolve by moving the
	// task off the plan; the task's notes name the breach instead.
	for _, c := range rm.Capabilities {
		first := b.firstUID[c.ID]
		waits := func(finish float64) bool { return !c.Pinned || finish <= c.Start+1e-9 }
		if len(c.Predecessors) == 0 && waits(approvedAt) {
			b.linkTo(first, approval)
		}
		for _, p := range c.Predecessors {
			if waits(caps[p].Finish) {
				b.linkTo(first, b.leafUID[p])
			}
		}
	}
	// The programme finish waits for every task nothing else waits for.
	if len(finishPreds) == 1 {
		end := finishPreds[0]
		for _, t := range b.tasks {
			for _, p := range t.Predecessors {
				hasSuccessor[p.PredecessorUID] = true
			}
		}
		for _, t := range b.tasks {
			if (t.leaf || t.Milestone == 1) && !hasSuccessor[t.UID] && t.UID != end {
				b.linkTo(end, t.UID)
			}
		}
	}
}

// capability adds a capability: one task, or for step 6 a summary with its
// three sub-phases in sequence.
func (b *builder) capability(c roadmap.PlannedCapability, next func() string) {
	l := b.in.Lang
	num := next()
	t := task{Name: c.Name, Contact: c.Owner, OutlineNumber: num, OutlineLevel: 2, Critical: bit(c.Critical), ConstraintType: constraintSNET,
		Notes: b.notes(c)}
	if c.Pinned {
		t.ConstraintType = constraintMSO
	}
	if len(c.Phases) == 0 {
		uid := b.add(b.timed(t, c.Start, c.Finish))
		b.tasks[uid].ConstraintDate, b.tasks[uid].leaf = b.tasks[uid].Start, true
		b.leafUID[c.ID], b.firstUID[c.ID] = uid, uid
		b.assign(uid, b.pool(c.Element), c.TeamSize)
		return
	}
	t.Summary, t.ConstraintType = 1, constraintASAP
	b.add(b.timed(t, c.Start, c.Finish))
	prev := -1
	for k, ph := range c.Phases {
		st := task{Name: text.Phase(l, ph.Kind), Contact: c.Owner, OutlineNumber: num + "." + strconv.Itoa(k+1), OutlineLevel: 3, Critical: bit(c.Critical)}
		uid := b.add(b.timed(st, ph.Start, ph.Finish))
		b.tasks[uid].leaf = true
		if prev < 0 {
			b.tasks[uid].ConstraintType, b.tasks[uid].ConstraintDate = constraintSNET, b.tasks[uid].Start
			if c.Pinned {
				b.tasks[uid].ConstraintType = constraintMSO
			}
			b.firstUID[c.ID] = uid
		} else {
			b.linkTo(uid, prev)
		}
		b.assign(uid, b.pool(c.Element), c.TeamSize)
		prev = uid
	}
	b.leafUID[c.ID] = prev
}

// notes are a capability's task notes: the capabilities a coupled block
// builds together, and the rules its pin breaks (the links it has not).
func (b *builder) notes(c roadmap.PlannedCapability) string {
	rm := b.in.Roadmap
	var lines []string
	if c.Block != "" {
		var names []string
		for _, o := range rm.Capabilities {
			if o.Block == c.Block {
				names = append(names, o.Name)
			}
		}
		lines = append(lines, text.CoupledBlock(b.in.Lang, c.Block, names))
	}
	name := func(id string) string {
		for _, o := range rm.Capabilities {
			if o.ID == id {
				return o.Name
			}
		}
		return id
	}
	month := func(m float64) string { return roadmap.MonthLabel(rm.Start, m) }
	for _, br := range rm.Breaches {
		if br.Capability == c.ID && br.Cause == roadmap.CausePin && br.Rule != roadmap.RuleCapacity {
			lines = append(lines, text.Breach(b.in.Lang, br, name, month))
		}
	}
	return strings.Join(lines, "\n")
}

func (b *builder) pool(e roadmap.OperatingElement) string {
	if _, ok := b.pools[string(e)]; ok {
		return string(e)
	}
	return roadmap.PoolAll
}

// byStart orders a step's capabilities by start, then as given.
func byStart(ids []string, caps map[string]roadmap.PlannedCapability) []string {
	out := append([]string(nil), ids...)
	sort.SliceStable(out, func(a, b int) bool { return caps[out[a]].Start < caps[out[b]].Start })
	return out
}

func bit(b bool) int {
	if b {
		return 1
	}
	return 0
}
