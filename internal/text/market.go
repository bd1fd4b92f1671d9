package text

import "github.com/dsc-workbench/dsc/market"

var competitorKinds = map[market.CompetitorKind]pair{
	market.Direct:      {"direct competitor", "direkter Wettbewerber"},
	market.OEMPortal:   {"OEM or manufacturer portal", "Hersteller- bzw. OEM-Portal"},
	market.Marketplace: {"marketplace", "Marktplatz"},
	market.Distributor: {"distributor", "Großhändler"},
	market.PurePlayer:  {"online pure player", "Online-Pure-Player"},
	market.OtherKind:   {"other", "sonstiger"},
}

// CompetitorKind names the kind of a competitor ("online pure player").
func CompetitorKind(l Lang, k market.CompetitorKind) string {
	return lookup(competitorKinds, l, k, string(k))
}

var offerLevels = map[market.Level]pair{
	market.Full:    {"full", "vollständig"},
	market.Partial: {"partial", "teilweise"},
	market.None:    {"none", "nicht"},
}

// OfferLevel names how far a competitor offers an entry; "" is not recorded.
func OfferLevel(l Lang, lv market.Level) string {
	if lv == "" {
		return T(l, NotRecorded)
	}
	return lookup(offerLevels, l, lv, string(lv))
}

var horizons = map[market.Horizon]pair{
	market.Now:       {"now", "jetzt"},
	market.NearTerm:  {"in 1-2 years", "in 1-2 Jahren"},
	market.LongerRun: {"in 3-5 years", "in 3-5 Jahren"},
}

// Horizon names when a trend bites ("in 1-2 years").
func Horizon(l Lang, h market.Horizon) string { return lookup(horizons, l, h, string(h)) }

var todayStates = map[market.Today]pair{
	market.Live:       {"live", "live"},
	market.PartlyLive: {"partly live", "teilweise live"},
	market.Planned:    {"planned", "geplant"},
	market.Absent:     {"not there", "nicht vorhanden"},
}

// TodayState names what the client has of an entry today.
func TodayState(l Lang, t market.Today) string {
	if t == "" {
		t = market.Absent
	}
	return lookup(todayStates, l, t, string(t))
}

var gapClasses = map[market.Gap]pair{
	market.ToBuild:      {"to build", "aufzubauen"},
	market.ToImprove:    {"to improve", "zu verbessern"},
	market.InPlace:      {"in place", "vorhanden"},
	market.ToReconsider: {"to reconsider", "zu überdenken"},
	market.NoGap:        {"nothing to do", "nichts zu tun"},
}

// GapClass names the gap between the target picture and today.
func GapClass(l Lang, g market.Gap) string { return lookup(gapClasses, l, g, string(g)) }

var reconsiderReasons = map[market.ReconsiderReason]pair{
	market.ReconsiderOutside:     {"outside the target picture", "außerhalb des Zielbilds"},
	market.ReconsiderIndifferent: {"customers are indifferent", "Kunden ist es gleichgültig"},
	market.ReconsiderReverse:     {"customers reject it", "Kunden lehnen es ab"},
}

// ReconsiderReason says why an entry there today is to be reconsidered.
func ReconsiderReason(l Lang, r market.ReconsiderReason) string {
	return lookup(reconsiderReasons, l, r, string(r))
}

var marketFlags = map[market.Flag]pair{
	market.TableStakes:    {"table stakes", "Marktstandard"},
	market.Differentiator: {"differentiator", "Differenzierer"},
	market.WhiteSpot:      {"white spot", "White Spot"},
	market.DelightDecay:   {"delight decay", "verblassende Begeisterung"},
}

var marketFlagMeanings = map[market.Flag]pair{
	market.TableStakes:    {"most competitors offer it, so customers will expect it, although they do not yet see it as a must", "die meisten Wettbewerber bieten es, Kunden werden es erwarten, obwohl sie es noch nicht als Muss sehen"},
	market.Differentiator: {"customers value it and few competitors offer it", "Kunden schätzen es und wenige Wettbewerber bieten es"},
	market.WhiteSpot:      {"no competitor offers it", "kein Wettbewerber bietet es"},
	market.DelightDecay:   {"it delights today, but at least half the market offers it: it will become expected", "es begeistert heute, doch mindestens der halbe Markt bietet es: es wird zur Erwartung"},
}

// marketFlagHeads name the entries a flag marks, as a heading.
var marketFlagHeads = map[market.Flag]pair{
	market.TableStakes:    {"Table stakes", "Marktstandards"},
	market.Differentiator: {"Differentiators", "Differenzierer"},
	market.WhiteSpot:      {"White spots", "White Spots"},
	market.DelightDecay:   {"Decaying delights", "Verblassende Begeisterer"},
}

// MarketFlagHead heads the list of the entries a flag marks ("White spots").
func MarketFlagHead(l Lang, f market.Flag) string { return lookup(marketFlagHeads, l, f, string(f)) }

// MarketFlag names a flag of the market analysis ("white spot").
func MarketFlag(l Lang, f market.Flag) string { return lookup(marketFlags, l, f, string(f)) }

// MarketFlagMeaning says in a line what a flag means for the client.
func MarketFlagMeaning(l Lang, f market.Flag) string { return lookup(marketFlagMeanings, l, f, "") }

var quadrants = map[market.Quadrant]pair{
	market.QuickWin:     {"quick win", "Quick Win"},
	market.StrategicBet: {"strategic bet", "strategische Wette"},
	market.FillIn:       {"fill-in", "Lückenfüller"},
	market.TimeSink:     {"time sink", "Zeitfresser"},
}

// ValueEffortQuadrant names a quadrant of the value/effort matrix ("quick win").
func ValueEffortQuadrant(l Lang, q market.Quadrant) string { return lookup(quadrants, l, q, string(q)) }

var priorityGroups = map[market.PriorityGroup]pair{
	market.MustBeFirst: {"must-be first", "Basismerkmal zuerst"},
	market.ByScore:     {"by value per effort", "nach Nutzen je Aufwand"},
	market.Unscored:    {"no value or effort given", "ohne Nutzen oder Aufwand"},
}

// PriorityGroup names the rule that ranked an entry.
func PriorityGroup(l Lang, g market.PriorityGroup) string {
	return lookup(priorityGroups, l, g, string(g))
}

// CoverageHead names what a competitor's coverage is over: the catalog when
// every entry was assessed on some competitor, else "coverage of the 12
// assessed entries" (trial7 N22: entries nobody assessed are left out, not
// counted as not offered).
func CoverageHead(l Lang, c market.CompetitorResult) string {
	if c.Unassessed == 0 {
		return T(l, CatalogCoverage)
	}
	return Say(l, SayCoverageOfAssessed, c.Assessed())
}

// CoverageValue is a competitor's coverage with two decimals, "–" when no
// entry was assessed, followed by "(28 not assessed)" when entries were
// left out.
func CoverageValue(l Lang, c market.CompetitorResult) string {
	v := "–"
	if c.Coverage != nil {
		v = Num(l, *c.Coverage, 2)
	}
	if c.Unassessed > 0 {
		v += " (" + Say(l, SayCoverageNotAssessed, c.Unassessed) + ")"
	}
	return v
}
