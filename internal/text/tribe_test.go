package text

import "testing"

// A tribe team's launch names the team, as a PMO tracks it: the capability
// at its centre, quoted, and how many capabilities it takes over; a team of
// one capability is named by it alone. No number (trial7 N9: teams 1, 3, 2
// in time order).
func TestTribeTeamLaunch(t *testing.T) {
	for _, c := range []struct {
		l    Lang
		lead string
		caps int
		want string
	}{
		{English, "B2B commerce platform", 8, "Tribe team “B2B commerce platform” launched (8 capabilities)"},
		{German, "Standardisierter Auftragsprozess", 4, "Tribe-Team „Standardisierter Auftragsprozess“ gestartet (4 Fähigkeiten)"},
		{English, "Key-account management", 1, "Tribe team “Key-account management” launched"},
		{German, "Key-Account-Management", 1, "Tribe-Team „Key-Account-Management“ gestartet"},
	} {
		if got := TribeTeamLaunch(c.l, c.lead, c.caps); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}
