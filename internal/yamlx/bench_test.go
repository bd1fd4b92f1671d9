package yamlx

import (
	"fmt"
	"strings"
	"testing"
)

// aliasDoc is a list of n aliases to one entry that holds keys keys, the
// shape of an alias bomb that stays within a node count: every alias costs
// the decoder the whole anchor again.
func aliasDoc(n, keys int) []byte {
	var b strings.Builder
	b.WriteString("title: bomb\nitems:\n  - &e {id: e0")
	for i := 0; i < keys; i++ {
		fmt.Fprintf(&b, ", k%d: v", i)
	}
	b.WriteString("}\n")
	for i := 0; i < n; i++ {
		b.WriteString("  - *e\n")
	}
	return []byte(b.String())
}

// surveyDoc is a YAML survey of respondents x features answers, written out
// without a single alias.
func surveyDoc(respondents, features int) []byte {
	var b strings.Builder
	b.WriteString("respondents:\n")
	for r := 0; r < respondents; r++ {
		fmt.Fprintf(&b, "  - id: r%d\n    answers:\n", r)
		for f := 0; f < features; f++ {
			fmt.Fprintf(&b, "      f%d: {functional: like, dysfunctional: dislike, importance: \"7\"}\n", f)
		}
	}
	return []byte(b.String())
}

type surveyShape struct {
	Loc         Loc
	Respondents []struct {
		Loc     Loc
		ID      string `yaml:"id,required"`
		Answers map[string]struct {
			Loc           Loc
			Functional    string `yaml:"functional"`
			Dysfunctional string `yaml:"dysfunctional"`
			Importance    string `yaml:"importance"`
		} `yaml:"answers,required"`
	} `yaml:"respondents,required"`
}

// BenchmarkAliases2000 decodes 2,000 aliases to an entry of 400 keys.
func BenchmarkAliases2000(b *testing.B) {
	data := aliasDoc(2000, 400)
	for i := 0; i < b.N; i++ {
		var r root
		Decode("bomb.yaml", data, &r)
	}
}

// BenchmarkSurvey40000x10 decodes a plain YAML survey of 40,000 respondents
// and 10 features (no aliases).
func BenchmarkSurvey40000x10(b *testing.B) {
	data := surveyDoc(40000, 10)
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		var s surveyShape
		if ps := Decode("survey.yaml", data, &s); len(ps) > 0 {
			b.Fatalf("%d problems, first %v", len(ps), ps[0])
		}
	}
}
