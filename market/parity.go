package market

import "github.com/dsc-workbench/dsc/kano"

// ParityOf counts how the competitors offer one entry, given each
// competitor's level for it (a competitor without a level does not offer
// it), and computes p = (full + 0.5 x partial) / competitors. When no
// competitor was assessed on the entry at all, p is nil: nothing is known
// about what the market offers, so there is no parity to hold against.
func ParityOf(comps []Competitor, levels map[string]Level) Parity {
	var p Parity
	for _, c := range comps {
		switch lv, ok := levels[c.ID]; {
		case !ok:
			p.Unassessed++
		case lv == Full:
			p.Full++
		case lv == Partial:
			p.Partial++
		default:
			p.None++
		}
	}
	if p.Assessed() {
		v := float64(p.halves()) / float64(2*len(comps))
		p.P = &v
	}
	return p
}

// Assessed reports whether at least one competitor was assessed on the
// entry (offering it fully, partly or not). Only then can a flag say what
// competitors do: an entry added to the catalog after the mystery shopping
// is not a white spot, it is not assessed.
func (p Parity) Assessed() bool { return p.Full+p.Partial+p.None > 0 }

// halves is 2 x (full + 0.5 x partial): the numerator of p in half offers,
// so the flag thresholds compare whole numbers and hold exactly at their
// boundaries (p = 1/3 with 3 competitors is not a rounding question).
func (p Parity) halves() int { return 2*p.Full + p.Partial }

func (p Parity) competitors() int { return p.Full + p.Partial + p.None + p.Unassessed }

// FlagsOf applies the four market flags to an entry of category c with
// parity p (docs/market.md), in the order of Flags:
//
//   - table stakes: p > 1/2 (most competitors offer it, so customers will
//     expect it) while its own category is attractive or indifferent;
//   - differentiator: attractive or one-dimensional, and p <= 1/3;
//   - white spot: p = 0, no competitor offers it;
//   - delight decay: attractive and p >= 1/2, so it is likely to become
//     one-dimensional or must-be (Kano's life cycle of quality).
//
// Every flag asserts what competitors do, so an entry no competitor was
// assessed on (p.Assessed() false) gets none.
//
// With n competitors and h = 2 x full + partial, p = h / 2n, so p > 1/2 is
// h > n, p <= 1/3 is 3h <= 2n, p >= 1/2 is h >= n and p = 0 is h = 0.
func FlagsOf(c kano.Category, p Parity) []Flag {
	n, h := p.competitors(), p.halves()
	flags := []Flag{}
	if !p.Assessed() { // then n > 0 too: n counts the assessed competitors
		return flags
	}
	if h > n && (c == kano.Attractive || c == kano.Indifferent) {
		flags = append(flags, TableStakes)
	}
	if 3*h <= 2*n && (c == kano.Attractive || c == kano.OneDimensional) {
		flags = append(flags, Differentiator)
	}
	if h == 0 {
		flags = append(flags, WhiteSpot)
	}
	if h >= n && c == kano.Attractive {
		flags = append(flags, DelightDecay)
	}
	return flags
}
