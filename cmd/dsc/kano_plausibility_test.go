package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// swappedWorkspace writes a workspace of 30 respondents whose "chat"
// answers are 20 reverse pairs (functional dislike, dysfunctional like)
// and 10 indifferent ones, beside two ordinary features: R 20 of 30 = 0.67.
func swappedWorkspace(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"dsc.yaml": "client: Plausibility GmbH\n",
		"catalog.yaml": "entries:\n" +
			"  - {id: tracking, name: Order tracking, kind: feature, element: after-sales}\n" +
			"  - {id: portal, name: Customer portal, kind: feature, element: login}\n" +
			"  - {id: chat, name: Expert chat, kind: feature, element: digital-service}\n",
	}
	var b strings.Builder
	b.WriteString("respondent,tracking_functional,tracking_dysfunctional,portal_functional,portal_dysfunctional,chat_functional,chat_dysfunctional\n")
	for i := 1; i <= 30; i++ {
		chat := "5,1"
		if i > 20 {
			chat = "3,3"
		}
		fmt.Fprintf(&b, "R%02d,1,5,2,5,%s\n", i, chat)
	}
	files["surveys/survey.csv"] = b.String()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// trial7 N19: one feature mostly reverse while the others are not is a
// warning in dsc kano (stderr, the JSON's kano warnings), dsc validate
// (its warnings) and dsc report (stderr), naming the feature and the fix.
func TestKanoWarnsOfSwappedQuestions(t *testing.T) {
	dir := swappedWorkspace(t)
	const warning = "warning: surveys/survey.csv: Expert chat (chat) is mostly reverse or questionable (20 of 30 answers R or Q) while the other features are not: are its functional and dysfunctional questions the other way round?; check the wording"
	k := runInProcess("kano", "--workspace", dir)
	if k.code != 0 || !strings.Contains(k.stderr, warning) {
		t.Errorf("dsc kano exit %d, stderr:\n%s", k.code, k.stderr)
	}
	j := runInProcess("kano", "--workspace", dir, "--format", "json")
	var res struct {
		Warnings []struct {
			Kind     string
			Features []string
			Count    int
			Of       int
		}
	}
	if err := json.Unmarshal([]byte(j.stdout), &res); err != nil || len(res.Warnings) != 1 || res.Warnings[0].Kind != "swapped-questions" ||
		res.Warnings[0].Count != 20 || res.Warnings[0].Of != 30 || res.Warnings[0].Features[0] != "chat" {
		t.Errorf("kano JSON warnings %+v (%v)", res.Warnings, err)
	}
	v := runInProcess("validate", "--workspace", dir, "--format", "json")
	var sum struct {
		Valid    bool
		Warnings []struct{ File, Message string }
	}
	if err := json.Unmarshal([]byte(v.stdout), &sum); err != nil || !sum.Valid || len(sum.Warnings) != 1 ||
		sum.Warnings[0].File != "surveys/survey.csv" || !strings.HasPrefix(sum.Warnings[0].Message, "Expert chat (chat) is mostly reverse") {
		t.Errorf("validate: %+v (%v)\n%s", sum, err, v.stdout)
	}
	r := runInProcess("report", "--workspace", dir, "--out", filepath.Join(t.TempDir(), "out"), "--formats", "json")
	if r.code != 0 || !strings.Contains(r.stderr, warning) {
		t.Errorf("dsc report exit %d, stderr:\n%s", r.code, r.stderr)
	}
}
