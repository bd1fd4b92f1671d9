package text

import (
	"testing"

	"github.com/dsc-workbench/dsc/kano"
)

func TestQuestionnaireWordsInBothLanguages(t *testing.T) {
	for k := QuestionnaireKey(0); k < numQuestionnaireKeys; k++ {
		for _, l := range Langs {
			if Questionnaire(l, k) == "" {
				t.Errorf("key %d has no %s wording", k, l)
			}
		}
	}
	for _, q := range kano.QuestionKinds {
		for _, l := range Langs {
			if got := KanoQuestion(l, q, "Live chat"); got == "" || got == "Live chat" {
				t.Errorf("%s %s: %q", l, q, got)
			}
		}
	}
}
