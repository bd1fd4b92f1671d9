package workspace

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Slug turns a name into an id the workspace accepts: lower-case ASCII
// letters and digits, German umlauts and ß spelled out (Müller: mueller),
// other accents dropped (José: jose), every run of anything else one "-",
// at most 40 characters. It is the one rule for ids made from names: the
// id a validation message suggests, a workshop participant's rater id and
// journal file. It returns "" when nothing of the name is left (a name in
// another script); the caller supplies a fallback.
func Slug(s string) string {
	s = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss").Replace(strings.ToLower(norm.NFC.String(s)))
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// an accent of the letter before it
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
		if b.Len() >= 40 {
			break
		}
	}
	return b.String()
}
