package workspace

import "testing"

func TestSlugMakesValidIDs(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Jürgen Müller-Lüdenscheidt", "juergen-mueller-luedenscheidt"},
		{"José Ñúñez", "jose-nunez"},
		{"Straße", "strasse"},
		{"  Online Shop!! ", "online-shop"},
		{"B2B/B2C key accounts", "b2b-b2c-key-accounts"},
		{"東京", ""},
		{"Tess 東京 Tester", "tess-tester"},
		{"a" + string(make([]byte, 0)) + "very long name that goes on and on past forty characters", "avery-long-name-that-goes-on-and-on-past"},
	} {
		got := Slug(c.in)
		if got != c.want {
			t.Errorf("Slug(%q) = %q, want %q", c.in, got, c.want)
		}
		if got != "" && !idRE.MatchString(got) {
			t.Errorf("Slug(%q) = %q is not a valid id", c.in, got)
		}
		if Slug(got) != got {
			t.Errorf("Slug is not stable on %q", got)
		}
	}
}
