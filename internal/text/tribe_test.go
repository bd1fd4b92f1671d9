package text

import "testing"

// A tribe team's launch names the team, as a PMO tracks it: its number,
// how many capabilities it takes over and the one at their centre; a team
// of one capability is named by it alone.
func TestTribeTeamLaunch(t *testing.T) {
	for _, c := range []struct {
		l    Lang
		n    int
		lead string
		caps int
		want string
	}{
		{English, 2, "B2B commerce platform", 8, "Tribe team 2 launched: 8 capabilities around B2B commerce platform"},
		{German, 2, "B2B-Commerce-Plattform", 8, "Tribe-Team 2 gestartet: 8 Fähigkeiten rund um B2B-Commerce-Plattform"},
		{English, 1, "Key-account management", 1, "Tribe team 1 launched: Key-account management"},
		{German, 1, "Key-Account-Management", 1, "Tribe-Team 1 gestartet: Key-Account-Management"},
	} {
		if got := TribeTeamLaunch(c.l, c.n, c.lead, c.caps); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}
