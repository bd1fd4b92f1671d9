package survey

import (
	"slices"
	"strings"
)

// stemPattern is a question stem from a mapping file: words, with "*"
// standing for one or more words (usually the feature's name). It is
// compared word by word after normalising (see Normalize), so case,
// punctuation, quotes and accents do not matter.
type stemPattern struct {
	parts [][]string // word runs between the stars
	stars int        // how many "*" (len(parts) - 1)
}

func parseStem(s string) stemPattern {
	var p stemPattern
	for i, part := range strings.Split(s, "*") {
		if i > 0 {
			p.stars++
		}
		p.parts = append(p.parts, words(part))
	}
	return p
}

// match reports whether ws is the stem, and returns the words the first
// star stood for (nil without a star).
func (p stemPattern) match(ws []string) (captured []string, ok bool) {
	if p.stars == 0 {
		return nil, slices.Equal(ws, p.parts[0])
	}
	first := p.parts[0]
	if !hasPrefix(ws, first) {
		return nil, false
	}
	var capStart, capEnd int
	ok = p.matchFrom(ws, len(first), 1, func(s, e int) { capStart, capEnd = s, e })
	if !ok {
		return nil, false
	}
	return ws[capStart:capEnd], true
}

// matchFrom matches parts[k:] against ws[at:], each star taking at least
// one word; firstStar learns the span of the first star.
func (p stemPattern) matchFrom(ws []string, at, k int, firstStar func(s, e int)) bool {
	part := p.parts[k]
	last := k == len(p.parts)-1
	for end := at + 1; end <= len(ws); end++ {
		rest := ws[end:]
		if last {
			if !slices.Equal(rest, part) {
				continue
			}
		} else if !hasPrefix(rest, part) || !p.matchFrom(ws, end+len(part), k+1, func(int, int) {}) {
			continue
		}
		if k == 1 {
			firstStar(at, end)
		}
		return true
	}
	return false
}

func hasPrefix(ws, prefix []string) bool {
	return len(ws) >= len(prefix) && slices.Equal(ws[:len(prefix)], prefix)
}
