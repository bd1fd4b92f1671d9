package report

import (
	"github.com/dsc-workbench/dsc/internal/analysis"
	"github.com/dsc-workbench/dsc/internal/text"
)

func hasWaves(r *analysis.Report) bool { return r.KanoWaves != nil && len(r.KanoWaves.Waves) > 1 }

// wavesSheet follows every feature through the survey waves: its category
// per wave, the move on the Kano life cycle from its first to its last wave
// and the chi-square test of those two waves, its key, then each wave's
// answers, Better and Worse (numbers last, so none runs into text). Headers take two lines, the measure over the month.
func (b *book) wavesSheet(s string) {
	kw, l, w := b.r.KanoWaves, b.l, words{b.l, b.r}
	type f = analysis.WaveFeature
	month := func(i int) string { return "\n" + text.Month(l, kw.Waves[i].Wave) }
	cols := []column[f]{
		{key: text.Name, width: featureNameWidth, value: func(x f) any { return x.Name }},
		{key: text.HeadElement, width: 15, value: func(x f) any { return elementName(l, x.Element) }},
	}
	for i := range kw.Waves {
		cols = append(cols, column[f]{head: l.T(text.Category) + month(i), width: 22, value: func(x f) any {
			if r := x.Waves[i]; r.N > 0 {
				label, _ := w.result(r.Category, r.Mixed, r.LowN)
				return label
			}
			return nil
		}})
	}
	cols = append(cols,
		column[f]{key: text.Move, width: 26, value: func(x f) any { return text.LifecycleMove(l, x.Move, x.Unclear()) }},
		column[f]{key: text.HeadPValue, width: 10, style: stylePValue, value: func(x f) any {
			if x.Test.DF == 0 {
				return nil
			}
			return x.Test.P
		}},
		column[f]{key: text.Significant, width: 11, style: styleCenter, value: func(x f) any {
			if x.Test.DF == 0 {
				return nil // fewer than two waves asked about it: no test
			}
			return x.Significant()
		}},
		column[f]{key: text.ID, width: 24, value: func(x f) any { return x.ID }},
	)
	for i := range kw.Waves {
		cols = append(cols,
			column[f]{head: l.T(text.Answers) + month(i), width: 14, style: styleInt, value: func(x f) any { return x.Waves[i].N }},
			column[f]{head: l.T(text.Better) + month(i), width: 14, style: styleDec2, value: func(x f) any {
				if r := x.Waves[i]; r.N > 0 {
					return w.coefficientCell(r.Counts.CoefficientsDefined(), r.Better)
				}
				return nil // the wave did not ask about it
			}},
			column[f]{head: l.T(text.Worse) + month(i), width: 14, style: styleDec2, value: func(x f) any {
				if r := x.Waves[i]; r.N > 0 {
					return w.coefficientCell(r.Counts.CoefficientsDefined(), r.Worse)
				}
				return nil
			}},
		)
	}
	writeTable(b, &table[f]{sheet: s, top: 1, left: 1, cols: cols, rows: kw.Features})
}

// respondentsLabel labels the respondents' key figure: with several waves
// they are the current wave's, and the label says so with the respondents
// of all waves ("Respondents (wave March 2026 of 3; 81 in all waves)").
func respondentsLabel(l text.Lang, r *analysis.Report) string {
	if !hasWaves(r) || r.Kano == nil || r.Kano.Wave == "" {
		return l.T(text.Respondents)
	}
	return text.Say(l, text.SayRespondentsInWave, len(r.KanoWaves.Waves), text.Month(l, r.Kano.Wave), r.KanoWaves.Respondents())
}
