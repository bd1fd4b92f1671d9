package text

import (
	"fmt"
	"strings"

	"github.com/dsc-workbench/dsc/roadmap"
)

var phases = map[roadmap.PhaseKind]pair{
	roadmap.PhaseRequirements:   {"System requirements", "Systemanforderungen"},
	roadmap.PhaseSelection:      {"Provider evaluation and selection", "Anbieterbewertung und -auswahl"},
	roadmap.PhaseImplementation: {"Implementation in the existing landscape", "Einführung in die bestehende Systemlandschaft"},
}

// Phase names a sub-phase of step 6.
func Phase(l Lang, k roadmap.PhaseKind) string { return lookup(phases, l, k, string(k)) }

var phasesShort = map[roadmap.PhaseKind]pair{
	roadmap.PhaseRequirements:   {"requirements", "Anforderungen"},
	roadmap.PhaseSelection:      {"selection", "Auswahl"},
	roadmap.PhaseImplementation: {"implementation", "Einführung"},
}

// PhaseOf names a sub-phase of step 6 with its capability, short enough
// for a chart's axis: "Commerce platform – requirements".
func PhaseOf(l Lang, capability string, k roadmap.PhaseKind) string {
	return capability + " – " + lookup(phasesShort, l, k, string(k))
}

var milestones = map[roadmap.MilestoneKind]pair{
	roadmap.MilestoneTargetApproved:  {"Target picture approved", "Zielbild abgenommen"},
	roadmap.MilestoneOrganisation:    {"Organisation in place", "Organisation steht"},
	roadmap.MilestonePlatformLive:    {"Platform live", "Plattform live"},
	roadmap.MilestoneTribeTeamLaunch: {"Tribe team launched", "Tribe-Team gestartet"},
	roadmap.MilestoneProgrammeFinish: {"Programme complete", "Programm abgeschlossen"},
}

// MilestoneName names a milestone by its kind; a tribe team's launch is
// named by TribeTeamLaunch.
func MilestoneName(l Lang, k roadmap.MilestoneKind) string {
	return lookup(milestones, l, k, string(k))
}

// tribeLaunch words a tribe team's launch: a team of one capability, or
// of several around its lead capability.
var tribeLaunch = [2]pair{
	{"Tribe team “%s” launched", "Tribe-Team „%s“ gestartet"},
	{"Tribe team “%s” launched (%d capabilities)", "Tribe-Team „%s“ gestartet (%d Fähigkeiten)"},
}

// TribeTeamLaunch names the launch of a proposed tribe team as a PMO tracks
// it: the team by its lead capability, quoted (a name after "rund um" read
// as broken German), with how many capabilities it takes over ("Tribe team
// “B2B commerce platform” launched (8 capabilities)"). No team number: the
// teams are numbered in their dependency order, so on a Gantt they launched
// 1, 3, 2 (trial7 N9), and the milestones are numbered already.
func TribeTeamLaunch(l Lang, lead string, capabilities int) string {
	if capabilities < 2 {
		return fmt.Sprintf(tribeLaunch[0].in(l), lead)
	}
	return fmt.Sprintf(tribeLaunch[1].in(l), lead, capabilities)
}

var planWords = map[string]pair{
	"pmo":        {"Programme management office (PMO)", "Programmmanagement-Office (PMO)"},
	"tribe-team": {"Tribe team", "Tribe-Team"},
	"coupled":    {"Coupled (%s), built as one unit: %s", "Gekoppelt (%s), als Einheit aufgebaut: %s"},
	"coupled-id": {"Coupled: %s", "Gekoppelt: %s"},
	"month":      {"%s month", "%s Monat"},
	"months":     {"%s months", "%s Monate"},
}

var pools = map[string]pair{
	roadmap.PoolAll:              {"Programme team", "Programmteam"},
	string(roadmap.IT):           {"IT team", "IT-Team"},
	string(roadmap.Organisation): {"Organisation team", "Organisationsteam"},
	string(roadmap.Governance):   {"Governance team", "Steuerungsteam"},
}

// PMO names the programme management office.
func PMO(l Lang) string { return planWords["pmo"].in(l) }

// Pool names a capacity pool: the programme team, or an element's team ("IT team").
func Pool(l Lang, pool string) string { return lookup(pools, l, pool, pool) }

// CoupledBlock says which capabilities a coupled block builds together.
func CoupledBlock(l Lang, block string, names []string) string {
	return fmt.Sprintf(planWords["coupled"].in(l), block, strings.Join(names, ", "))
}

// CoupledLabel names a coupled block by its id ("Coupled: block-1").
func CoupledLabel(l Lang, block string) string {
	return fmt.Sprintf(planWords["coupled-id"].in(l), block)
}

// DurationMonths writes a duration with its unit and at most two decimals:
// "1 month", "2.5 months", "3,33 Monate".
func DurationMonths(l Lang, months float64) string {
	n := NumShort(l, months, 2)
	if n == "1" {
		return fmt.Sprintf(planWords["month"].in(l), n)
	}
	return fmt.Sprintf(planWords["months"].in(l), n)
}

// TribeTeam names a proposed tribe team after its lead capability.
func TribeTeam(l Lang, lead string) string { return planWords["tribe-team"].in(l) + " " + lead }

var rules = map[roadmap.Rule]pair{
	roadmap.RuleAfterApproval: {"capabilities start after the target picture is approved",
		"Fähigkeiten beginnen nach der Abnahme des Zielbilds"},
	roadmap.RuleOrganisation: {"the organisation is designed after the competencies and the process landscape",
		"die Organisation wird nach den Kompetenzen und der Prozesslandschaft gestaltet"},
	roadmap.RulePeopleLast: {"people are assigned to new roles only at the very end of step 5",
		"Personen werden erst ganz am Ende von Schritt 5 den neuen Rollen zugeordnet"},
	roadmap.RuleDependency: {"a capability starts after its prerequisites", "eine Fähigkeit beginnt nach ihren Voraussetzungen"},
	roadmap.RuleCapacity:   {"the load stays within the capacity", "die Auslastung bleibt innerhalb der Kapazität"},
}

// RuleName states a rule of the plan.
func RuleName(l Lang, r roadmap.Rule) string { return lookup(rules, l, r, string(r)) }

var causes = map[roadmap.Cause]pair{
	roadmap.CauseDependency: {"%s needs %s first", "%s setzt %s voraus"},
	roadmap.CauseCoupled:    {"%s is coupled with %s", "%s ist mit %s gekoppelt"},
	roadmap.CausePin:        {"%s is pinned to start in %s", "%s ist fest auf %s terminiert"},
}

// Breach words a rule the plan breaks, with its cause: name gives a
// capability's name, month the calendar month of a month offset. The month a
// prerequisite finishes or the target picture is approved in is the month
// that ends with it (roadmap.EndIndex), as the plan's rows and milestones
// show it.
func Breach(l Lang, b roadmap.Breach, name func(string) string, month func(float64) string) string {
	rule := RuleName(l, b.Rule)
	if b.Rule == roadmap.RuleCapacity {
		f := pair{"Over capacity: %s in %s (pinned starts)", "Über der Kapazität: %s in %s (fest terminierte Starts)"}
		return fmt.Sprintf(f.in(l), Pool(l, b.Capability), month(b.Start))
	}
	q := func(id string) string { return quote(l, name(id)) }
	var why string
	switch b.Cause {
	case roadmap.CausePin:
		why = fmt.Sprintf(causes[roadmap.CausePin].in(l), q(b.Capability), month(b.Start))
		if b.By != "" {
			w := pair{"; %s finishes only in %s", "; %s endet erst %s"}
			why += fmt.Sprintf(w.in(l), q(b.By), month(float64(roadmap.EndIndex(b.NotBefore))))
		} else {
			w := pair{"; the target picture is approved only by the end of %s", "; das Zielbild wird erst bis Ende %s abgenommen"}
			why += fmt.Sprintf(w.in(l), month(float64(roadmap.EndIndex(b.NotBefore))))
		}
	default:
		c, ok := causes[b.Cause]
		if !ok {
			c = causes[roadmap.CauseDependency]
		}
		why = fmt.Sprintf(c.in(l), q(b.By), q(b.Capability))
	}
	broken := pair{"Rule broken (%s): %s", "Regel verletzt (%s): %s"}
	return fmt.Sprintf(broken.in(l), rule, why)
}

// quote puts a name in the language's quotation marks.
func quote(l Lang, s string) string {
	if l == German {
		return "„" + s + "“"
	}
	return "“" + s + "”"
}
