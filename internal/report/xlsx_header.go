package report

import (
	"strings"
	"unicode/utf16"
)

// maxHeaderUnits is how long a sheet's print header or footer may be,
// codes included: Excel's limit, which excelize enforces by counting UTF-16
// code units ("field OddHeader must be less than or equal to 255
// characters").
const maxHeaderUnits = 255

// headerText escapes s for a header or footer section ("&" is a code there).
func headerText(s string) string { return strings.ReplaceAll(s, "&", "&&") }

// headerUnits counts s as excelize does: in UTF-16 code units.
func headerUnits(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// clipHeaderText escapes s and shortens it to at most units code units,
// ending with "…" when it had to cut; it never splits an escaped "&&" or
// a character.
func clipHeaderText(s string, units int) string {
	esc := headerText(s)
	if headerUnits(esc) <= units {
		return esc
	}
	if units < 1 {
		return ""
	}
	var b strings.Builder
	used := 1 // the ellipsis
	for _, r := range s {
		part := string(r)
		if r == '&' {
			part = "&&"
		}
		n := headerUnits(part)
		if used+n > units {
			break
		}
		used += n
		b.WriteString(part)
	}
	return strings.TrimRight(b.String(), " ") + "…"
}

// Lines of the print header's sections: the client (left, bold) and the
// confidentiality line (centre) wrap at word boundaries onto at most
// printHeaderLines lines so they do not run into each other or into the data
// date on the right; what is longer still ends in "…". Two lines fit
// between the header margin and the body (marginTopIn - marginHeadIn).
const (
	clientLineChars  = 55
	confLineChars    = 80
	printHeaderLines = 2
)

// wrapHeader breaks s at spaces into lines of at most width characters, at
// most printHeaderLines of them; a longer text ends in "…" on the last line.
func wrapHeader(s string, width int) string {
	return strings.Join(wrapCut(s, width, printHeaderLines, shortenAtWord), "\n")
}

// shortenAtWord is shorten ending at a word when one ends near the limit
// (in its last third), so a header line ends "… Tochter…", not "… Toch…".
func shortenAtWord(s string, width int) string {
	short := shorten(s, width)
	if short == s {
		return s
	}
	cut := strings.TrimSuffix(short, "…")
	if i := strings.LastIndex(cut, " "); i > len(cut)*2/3 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ") + "…"
}

// fitHeader builds a sheet's print header from its fixed parts (codes and
// the data date) and the client and confidentiality line, wrapped onto two
// lines each, shortening the two texts with an ellipsis when together they
// still pass Excel's limit (an "&" counts twice, escaped): the
// confidentiality line first, the client only when it alone takes more
// than half of what is left. The summary sheet keeps both whole.
func fitHeader(prefix, client, middle, conf, suffix string) string {
	client, conf = wrapHeader(client, clientLineChars), wrapHeader(conf, confLineChars)
	budget := maxHeaderUnits - headerUnits(prefix+middle+suffix)
	c, f := headerUnits(headerText(client)), headerUnits(headerText(conf))
	if c+f <= budget {
		return prefix + headerText(client) + middle + headerText(conf) + suffix
	}
	confBudget := min(f, max(budget-c, budget/2))
	return prefix + clipHeaderText(client, budget-confBudget) + middle + clipHeaderText(conf, confBudget) + suffix
}
