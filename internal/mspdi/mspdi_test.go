package mspdi_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dsc-workbench/dsc/examples"
	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/mspdi"
	"github.com/dsc-workbench/dsc/internal/testenv"
	"github.com/dsc-workbench/dsc/internal/text"
)

func export(t *testing.T, name string) []byte {
	t.Helper()
	ws := testenv.LoadExample(t, name)
	caps, rm, err := analysis.RunSchedule(ws, ws.Settings, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := mspdi.Write(&b, mspdi.Input{Title: ws.Config.Client, Lang: text.LangOf(ws.Config.Lang()), Roadmap: rm, Clusters: caps.Clusters}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// node is an element with its children in document order.
type node struct {
	name     string
	text     string
	children []*node
}

func (n *node) child(name string) *node {
	for _, c := range n.children {
		if c.name == name {
			return c
		}
	}
	return nil
}

func (n *node) all(name string) []*node {
	var out []*node
	for _, c := range n.children {
		if c.name == name {
			out = append(out, c)
		}
	}
	return out
}

func (n *node) value(name string) string {
	if c := n.child(name); c != nil {
		return c.text
	}
	return ""
}

// parse reads the document generically, checking that every element is in
// the MSPDI namespace.
func parse(t *testing.T, data []byte) *node {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	var stack []*node
	var root *node
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			if tk.Name.Space != mspdi.Namespace {
				t.Fatalf("element %s is in namespace %q, want %q", tk.Name.Local, tk.Name.Space, mspdi.Namespace)
			}
			n := &node{name: tk.Name.Local}
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				p.children = append(p.children, n)
			} else {
				root = n
			}
			stack = append(stack, n)
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text += strings.TrimSpace(string(tk))
			}
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		}
	}
	return root
}

// The sequences of the Project XML schema (mspdi_pj12.xsd, as Microsoft
// documents them in "Project XML Data Interchange Schema Reference"): the
// elements the export uses, in the order the schema requires.
var sequences = map[string][]string{
	"Project": {"SaveVersion", "UID", "Name", "Title", "Subject", "Category", "Company", "Manager", "Author", "CreationDate", "Revision",
		"LastSaved", "ScheduleFromStart", "StartDate", "FinishDate", "FYStartDate", "CriticalSlackLimit", "CurrencyDigits", "CurrencySymbol",
		"CurrencyCode", "CurrencySymbolPosition", "CalendarUID", "DefaultStartTime", "DefaultFinishTime", "MinutesPerDay", "MinutesPerWeek",
		"DaysPerMonth", "DefaultTaskType", "DefaultFixedCostAccrual", "DefaultStandardRate", "DefaultOvertimeRate", "DurationFormat",
		"WorkFormat", "EditableActualCosts", "HonorConstraints", "EarnedValueMethod", "InsertedProjectsLikeSummary", "MultipleCriticalPaths",
		"NewTasksEffortDriven", "NewTasksEstimated", "SplitsInProgressTasks", "SpreadActualCost", "SpreadPercentComplete",
		"TaskUpdatesResource", "FiscalYearStart", "WeekStartDay", "OutlineCodes", "WBSMasks", "ExtendedAttributes", "Calendars", "Tasks",
		"Resources", "Assignments"},
	"Task": {"UID", "ID", "Name", "Type", "IsNull", "CreateDate", "Contact", "WBS", "WBSLevel", "OutlineNumber", "OutlineLevel", "Priority",
		"Start", "Finish", "Duration", "DurationFormat", "Work", "Stop", "Resume", "ResumeValid", "EffortDriven", "Recurring", "OverAllocated",
		"Estimated", "Milestone", "Summary", "Critical", "IsSubproject", "EarlyStart", "EarlyFinish", "LateStart", "LateFinish",
		"FreeSlack", "TotalSlack", "FixedCost", "FixedCostAccrual", "PercentComplete", "PercentWorkComplete", "Cost", "ConstraintType",
		"CalendarUID", "ConstraintDate", "Deadline", "Notes", "PredecessorLink", "ExtendedAttribute"},
	"PredecessorLink": {"PredecessorUID", "Type", "CrossProject", "CrossProjectName", "LinkLag", "LagFormat"},
	"Resource": {"UID", "ID", "Name", "Type", "IsNull", "Initials", "Phonetics", "NTAccount", "MaterialLabel", "Code", "Group", "WorkGroup",
		"EmailAddress", "Hyperlink", "HyperlinkAddress", "HyperlinkSubAddress", "MaxUnits", "PeakUnits", "OverAllocated", "AvailableFrom",
		"AvailableTo", "Start", "Finish", "CanLevel", "AccrueAt", "Work", "RegularWork", "OvertimeWork", "ActualWork", "RemainingWork",
		"ActualOvertimeWork", "RemainingOvertimeWork", "PercentWorkComplete", "StandardRate", "StandardRateFormat", "Cost", "OvertimeRate",
		"OvertimeRateFormat", "OvertimeCost", "CostPerUse", "ActualCost", "ActualOvertimeCost", "RemainingCost", "RemainingOvertimeCost",
		"WorkVariance", "CostVariance", "SV", "CV", "ACWP", "CalendarUID", "Notes"},
	"Assignment": {"UID", "TaskUID", "ResourceUID", "PercentWorkComplete", "ActualCost", "ActualFinish", "ActualOvertimeCost",
		"ActualOvertimeWork", "ActualStart", "ActualWork", "ACWP", "Confirmed", "Cost", "CostRateTable", "CostVariance", "CV", "Delay",
		"Finish", "FinishVariance", "Hyperlink", "HyperlinkAddress", "HyperlinkSubAddress", "WorkVariance", "HasFixedRateUnits",
		"FixedMaterial", "LevelingDelay", "LevelingDelayFormat", "LinkedFields", "Milestone", "Notes", "OverAllocated", "OvertimeCost",
		"OvertimeWork", "RegularWork", "RemainingCost", "RemainingOvertimeCost", "RemainingOvertimeWork", "RemainingWork",
		"ResponsePending", "Start", "Stop", "Resume", "StartVariance", "Summary", "SV", "Units", "UpdateNeeded", "VAC", "Work"},
	"Calendar": {"UID", "Name", "IsBaseCalendar", "IsBaselineCalendar", "BaseCalendarUID", "WeekDays", "Exceptions", "WorkWeeks"},
	"WeekDay":  {"DayType", "DayWorking", "TimePeriod", "WorkingTimes"},
}

// required are the elements the schema requires (minOccurs 1).
var required = map[string][]string{
	"Project": {"SaveVersion"}, "Task": {"UID"}, "Resource": {"UID"}, "Assignment": {"UID"}, "Calendar": {"UID"},
}

var (
	isoDuration = regexp.MustCompile(`^P(\d+Y)?(\d+M)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$`)
	intRE       = regexp.MustCompile(`^-?\d+$`)
)

// checkOrder walks the tree and checks each element's children against
// its schema sequence: known names only, in order (repeats allowed).
func checkOrder(t *testing.T, n *node) {
	t.Helper()
	if seq, ok := sequences[n.name]; ok {
		pos := map[string]int{}
		for i, s := range seq {
			pos[s] = i
		}
		last := -1
		for _, c := range n.children {
			p, known := pos[c.name]
			if !known {
				t.Errorf("%s has a child %s the schema's sequence does not list", n.name, c.name)
				continue
			}
			if p < last {
				t.Errorf("%s: %s comes after %s, against the schema's order", n.name, c.name, seq[last])
			}
			last = p
		}
		for _, r := range required[n.name] {
			if n.child(r) == nil {
				t.Errorf("%s lacks the required %s", n.name, r)
			}
		}
	}
	for _, c := range n.children {
		checkOrder(t, c)
	}
}

func TestExportIsProjectXML(t *testing.T) {
	for _, name := range examples.Names() {
		t.Run(name, func(t *testing.T) {
			root := parse(t, export(t, name))
			if root.name != "Project" {
				t.Fatalf("root is %s", root.name)
			}
			checkOrder(t, root)
			dates := func(what, s string) time.Time {
				d, err := time.Parse("2006-01-02T15:04:05", s)
				if err != nil {
					t.Errorf("%s: %q is not an xsd:dateTime", what, s)
				}
				return d
			}
			dates("StartDate", root.value("StartDate"))
			dates("FinishDate", root.value("FinishDate"))
			cals := map[string]bool{}
			for _, c := range root.child("Calendars").all("Calendar") {
				cals[c.value("UID")] = true
			}
			if !cals[root.value("CalendarUID")] {
				t.Errorf("project calendar %s is not defined", root.value("CalendarUID"))
			}

			tasks := root.child("Tasks").all("Task")
			uids := map[string]*node{}
			var milestones, summaries, links int
			for i, tk := range tasks {
				uid := tk.value("UID")
				if !intRE.MatchString(uid) || uids[uid] != nil {
					t.Errorf("task %d: UID %q missing, not an integer or repeated", i, uid)
				}
				uids[uid] = tk
				if tk.value("ID") != strconv.Itoa(i) {
					t.Errorf("task %s: ID %s, want its position %d", uid, tk.value("ID"), i)
				}
				for _, d := range []string{"Duration", "Work"} {
					if !isoDuration.MatchString(tk.value(d)) {
						t.Errorf("task %s: %s %q is not an ISO 8601 duration", uid, d, tk.value(d))
					}
				}
				s, f := dates("Start", tk.value("Start")), dates("Finish", tk.value("Finish"))
				if f.Before(s) {
					t.Errorf("task %s finishes before it starts", uid)
				}
				level, _ := strconv.Atoi(tk.value("OutlineLevel"))
				num := tk.value("OutlineNumber")
				if i > 0 && strings.Count(num, ".")+1 != level || tk.value("WBS") != num {
					t.Errorf("task %s: outline number %q, level %d, WBS %q disagree", uid, num, level, tk.value("WBS"))
				}
				if tk.value("Milestone") == "1" {
					milestones++
					if tk.value("Duration") != "PT0H0M0S" {
						t.Errorf("milestone %s has duration %s", uid, tk.value("Duration"))
					}
				}
				if tk.value("Summary") == "1" {
					summaries++
					if i+1 >= len(tasks) || !strings.HasPrefix(tasks[i+1].value("OutlineNumber"), strings.TrimPrefix(num+".", "0.")) {
						t.Errorf("summary %s (%s) has no children after it", uid, num)
					}
				}
				if ct := tk.value("ConstraintType"); ct != "0" {
					dates("ConstraintDate", tk.value("ConstraintDate"))
				}
			}
			for _, tk := range tasks {
				for _, l := range tk.all("PredecessorLink") {
					links++
					p := uids[l.value("PredecessorUID")]
					if p == nil {
						t.Errorf("task %s links to unknown task %s", tk.value("UID"), l.value("PredecessorUID"))
					} else if p.value("Summary") == "1" {
						t.Errorf("task %s links to summary task %s", tk.value("UID"), l.value("PredecessorUID"))
					}
					if typ := l.value("Type"); typ < "0" || typ > "3" || len(typ) != 1 {
						t.Errorf("link type %q is not 0-3 (FF, FS, SF, SS)", typ)
					}
				}
			}
			// Links are acyclic: a project tool refuses circular links.
			state := map[string]int{}
			var visit func(uid string) bool
			visit = func(uid string) bool {
				switch state[uid] {
				case 1:
					return false
				case 2:
					return true
				}
				state[uid] = 1
				for _, l := range uids[uid].all("PredecessorLink") {
					if !visit(l.value("PredecessorUID")) {
						t.Errorf("circular links through task %s", uid)
						return false
					}
				}
				state[uid] = 2
				return true
			}
			for uid := range uids {
				visit(uid)
			}
			resources := map[string]bool{}
			for _, r := range root.child("Resources").all("Resource") {
				resources[r.value("UID")] = true
				if r.value("UID") == "0" || r.value("Type") != "1" {
					t.Errorf("resource %s: want a work resource with a UID above 0", r.value("UID"))
				}
			}
			assigned := 0
			for _, a := range root.child("Assignments").all("Assignment") {
				assigned++
				if uids[a.value("TaskUID")] == nil || !resources[a.value("ResourceUID")] {
					t.Errorf("assignment %s names task %s and resource %s", a.value("UID"), a.value("TaskUID"), a.value("ResourceUID"))
				}
				if !isoDuration.MatchString(a.value("Work")) {
					t.Errorf("assignment work %q", a.value("Work"))
				}
			}
			// Seven steps (empty ones are left out), the milestones, links and assignments are there.
			if summaries < 7 || milestones < 5 || links < len(tasks)/2 || assigned == 0 || len(resources) == 0 {
				t.Errorf("%d tasks, %d summaries, %d milestones, %d links, %d resources, %d assignments", len(tasks), summaries, milestones, links,
					len(resources), assigned)
			}
		})
	}
}

// GNOME Planner (Debian package planner-data) imports Project XML with its
// msp2planner.xsl stylesheet; the result must be a valid Planner project
// with every task, link and allocation.
func TestPlannerImportsTheExport(t *testing.T) {
	const sheet = "/usr/share/planner/stylesheets/msp2planner.xsl"
	const dtd = "/usr/share/planner/dtd/mrproject-0.6.dtd"
	xsltproc, err := exec.LookPath("xsltproc")
	if _, serr := os.Stat(sheet); err != nil || serr != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("CI needs xsltproc and planner-data (.ci/run installs them)")
		}
		t.Skip("xsltproc or planner-data not installed")
	}
	for _, name := range examples.Names() {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			in := filepath.Join(dir, "roadmap.xml")
			data := export(t, name)
			if err := os.WriteFile(in, data, 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(xsltproc, sheet, in).Output()
			if err != nil {
				t.Fatalf("xsltproc: %v", err)
			}
			src := string(data)
			for _, c := range []struct{ planner, msp string }{{"<task ", "<Task>"}, {"<predecessor ", "<PredecessorLink>"}, {"<allocation ", "<Assignment>"}} {
				got, want := strings.Count(string(out), c.planner), strings.Count(src, c.msp)
				if c.planner == "<task " {
					want-- // the project summary task (UID 0) is the project itself
				}
				if got != want || got == 0 {
					t.Errorf("Planner has %d %s, the export %d", got, strings.TrimSpace(c.planner), want)
				}
			}
			if strings.Contains(string(out), `predecessor-id=""`) || strings.Contains(string(out), `task-id=""`) || strings.Contains(string(out), "NaN") {
				t.Error("Planner could not resolve a reference or a number")
			}
			if xmllint, err := exec.LookPath("xmllint"); err == nil {
				pf := filepath.Join(dir, "roadmap.planner")
				os.WriteFile(pf, out, 0o644)
				if msg, err := exec.Command(xmllint, "--noout", "--dtdvalid", dtd, pf).CombinedOutput(); err != nil {
					t.Errorf("not a valid Planner file: %v\n%s", err, msg)
				}
			}
		})
	}
}
