package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestReadinessCompare(t *testing.T) {
	t.Parallel()
	// The intralogistics example was rated in 2027-01 and again in 2027-10.
	r := runTTY(120, "readiness", "--example", "intralogistics", "--compare")
	for _, want := range []string{"Readiness: 2027-10 against 2027-01: index ", "ASSESSMENTS (the last is current)", "DIMENSIONS: 2027-10 against 2027-01",
		"RATERS by how much their ratings moved", "Henrik Sommer"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("view lacks %q:\n%s", want, r.stdout)
		}
	}
	j := runInProcess("readiness", "--example", "intralogistics", "--compare=2027-01", "--format", "json")
	var trend struct {
		Assessments []struct {
			Month string  `json:"month"`
			Index float64 `json:"index"`
		} `json:"assessments"`
		Comparison struct {
			Before, Now string
			IndexBefore float64 `json:"index_before"`
			IndexNow    float64 `json:"index_now"`
			Dimensions  []struct{ ID string }
			Raters      []struct{ Rater string }
		} `json:"comparison"`
	}
	if err := json.Unmarshal([]byte(j.stdout), &trend); err != nil {
		t.Fatalf("exit %d: %v\n%s", j.code, err, j.stderr)
	}
	c := trend.Comparison
	if len(trend.Assessments) != 2 || c.Before != "2027-01" || c.Now != "2027-10" || c.IndexBefore != trend.Assessments[0].Index ||
		c.IndexNow != trend.Assessments[1].Index || c.IndexNow <= c.IndexBefore || len(c.Dimensions) != 13 || len(c.Raters) != 4 {
		t.Errorf("trend %+v", trend)
	}
	// The current readiness is the latest assessment.
	cur := runInProcess("readiness", "--example", "intralogistics", "--format", "json")
	var res struct{ Index float64 }
	json.Unmarshal([]byte(cur.stdout), &res)
	if res.Index != c.IndexNow {
		t.Errorf("current index %v, latest assessment %v", res.Index, c.IndexNow)
	}
	csv := runInProcess("readiness", "--example", "intralogistics", "--compare", "--format", "csv")
	if !strings.HasPrefix(csv.stdout, "id,dimension,before,now,change,target,gap_now,progress\n") {
		t.Errorf("csv: %.200s", csv.stdout)
	}
	for _, bad := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"--example", "intralogistics", "--compare=2026-05"}, 1, `no earlier assessment "2026-05"; the assessments are 2027-01, 2027-10`},
		{[]string{"--example", "automotive-aftermarket", "--compare"}, 1, "nothing to compare: readiness has one assessment"},
		{[]string{"--example", "intralogistics", "--compare", "--questions"}, 2, "--compare and --questions cannot be combined"},
	} {
		r := runInProcess(append([]string{"readiness"}, bad.args...)...)
		if r.code != bad.code || !strings.Contains(r.stderr, bad.msg) {
			t.Errorf("%v: exit %d %s", bad.args, r.code, r.stderr)
		}
	}
}
