package text

import "testing"

func TestEveryWorkshopWordInBothLanguages(t *testing.T) {
	for w := W(0); w < numWords; w++ {
		if p := workshopWords[w]; p.en == "" || p.de == "" {
			t.Errorf("workshop word %d: en %q, de %q", w, p.en, p.de)
		}
	}
}
