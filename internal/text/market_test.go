package text

import (
	"testing"

	"github.com/dsc-workbench/dsc/market"
)

// Every value of the market vocabularies is named in both languages.
func TestEveryMarketValueInBothLanguages(t *testing.T) {
	check := func(what string, f func(Lang) string) {
		t.Helper()
		if en, de := f(English), f(German); en == "" || de == "" {
			t.Errorf("%s: en %q, de %q", what, en, de)
		}
	}
	for _, k := range market.CompetitorKinds {
		check("competitor kind "+string(k), func(l Lang) string { return lookup(competitorKinds, l, k, "") })
	}
	for _, v := range market.Levels {
		check("level "+string(v), func(l Lang) string { return lookup(offerLevels, l, v, "") })
	}
	for _, h := range market.Horizons {
		check("horizon "+string(h), func(l Lang) string { return lookup(horizons, l, h, "") })
	}
	for _, s := range market.TodayStates {
		check("today "+string(s), func(l Lang) string { return lookup(todayStates, l, s, "") })
	}
	for _, g := range append(market.Gaps, market.NoGap) {
		check("gap "+string(g), func(l Lang) string { return lookup(gapClasses, l, g, "") })
	}
	for _, r := range []market.ReconsiderReason{market.ReconsiderOutside, market.ReconsiderIndifferent, market.ReconsiderReverse} {
		check("reason "+string(r), func(l Lang) string { return lookup(reconsiderReasons, l, r, "") })
	}
	for _, f := range market.Flags {
		check("flag "+string(f), func(l Lang) string { return lookup(marketFlags, l, f, "") })
		check("flag meaning "+string(f), func(l Lang) string { return lookup(marketFlagMeanings, l, f, "") })
		check("flag heading "+string(f), func(l Lang) string { return lookup(marketFlagHeads, l, f, "") })
	}
	for _, q := range market.Quadrants {
		check("quadrant "+string(q), func(l Lang) string { return lookup(quadrants, l, q, "") })
	}
	for _, g := range []market.PriorityGroup{market.MustBeFirst, market.ByScore, market.Unscored} {
		check("priority group "+string(g), func(l Lang) string { return lookup(priorityGroups, l, g, "") })
	}
	if OfferLevel(German, "") != "nicht erhoben" || TodayState(English, "") != "not there" {
		t.Error("an unrecorded offer and an entry without today's state have words")
	}
}

// The market headlines read right for one competitor and for none flagged.
func TestMarketHeadlines(t *testing.T) {
	if got := Say(English, SayMarketFlags, 1, 0, 0, 1, 0); got != "Held against 1 competitor: table stakes 0, differentiators 0, white spots 1, decaying delights 0." {
		t.Errorf("one competitor: %q", got)
	}
	if got := Say(German, SayMarketFlags, 2, 1, 0, 0, 0); got != "Gemessen an 2 Wettbewerbern: Marktstandards 1, Differenzierer 0, White Spots 0, verblassende Begeisterer 0." {
		t.Errorf("German: %q", got)
	}
}
