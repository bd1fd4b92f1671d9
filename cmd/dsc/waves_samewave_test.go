package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Two files of one wave that share respondents (trial 4 LOW 5): both have
// their wave already, so the hint says which wave they share and to
// correct the one fielded in another month, not "give each its wave".
func TestSameWaveTwoFilesHint(t *testing.T) {
	const hint = "; the same response in two files counts twice: remove the file that repeats the other (a second download or an Excel copy?), " +
		"or if one of them was fielded in another month, correct its wave: both are wave %s now (wave: in dsc.yaml, or the cells of a wave column)"
	write := func(t *testing.T, path, s string) {
		t.Helper()
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Run("two wave: lines of one month", func(t *testing.T) {
		dir := copyWorkspace(t, "testdata/waves")
		cfg, err := os.ReadFile(filepath.Join(dir, "dsc.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, "dsc.yaml"), strings.Replace(string(cfg), "wave: 2027-03", "wave: 2026-03", 1))
		r := runInProcess("validate", "--workspace", dir)
		want := `surveys/spring-2026.csv:2:1: respondent "P001" is also in ` + filepath.Join(dir, "surveys", "spring-2027.csv") +
			`:2, and 39 more responses of this file are in that file` + strings.Replace(hint, "%s", "2026-03", 1)
		if r.code != 1 || !strings.Contains(r.stderr, want) || strings.Contains(r.stderr, "give each its wave") {
			t.Errorf("exit %d:\n%s\nwant\n%s", r.code, r.stderr, want)
		}
	})
	t.Run("a wave column and a wave: of its month", func(t *testing.T) {
		dir := copyWorkspace(t, "testdata/waves3")
		cfg, err := os.ReadFile(filepath.Join(dir, "dsc.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, "dsc.yaml"), strings.Replace(string(cfg), "    wave_column: wave\n",
			"    wave_column: wave\n  - file: surveys/q3.csv\n    wave: 2025-09\n", 1))
		// P01 answered 2025-09 in panel.csv (line 3) and again here.
		write(t, filepath.Join(dir, "surveys", "q3.csv"),
			"respondent,chat_functional,chat_dysfunctional,invoice_functional,invoice_dysfunctional\nP01,2,3,2,5\nQ02,1,3,2,5\n")
		r := runInProcess("validate", "--workspace", dir)
		want := `surveys/q3.csv:2:1: respondent "P01" is also in ` + filepath.Join(dir, "surveys", "panel.csv") + `:3` +
			strings.Replace(hint, "%s", "2025-09", 1)
		if r.code != 1 || !strings.Contains(r.stderr, want) {
			t.Errorf("exit %d:\n%s\nwant\n%s", r.code, r.stderr, want)
		}
	})
	// Without waves the files may be two waves given none: that hint stays.
	t.Run("no waves", func(t *testing.T) {
		dir := copyWorkspace(t, "testdata/waves")
		write(t, filepath.Join(dir, "dsc.yaml"), "client: Wave Test GmbH\nsurveys:\n  - file: surveys/spring-2027.csv\n  - file: surveys/spring-2026.csv\n")
		r := runInProcess("validate", "--workspace", dir)
		if r.code != 1 || !strings.Contains(r.stderr, "or if the files are waves of a panel, give each its wave: in dsc.yaml") {
			t.Errorf("exit %d:\n%s", r.code, r.stderr)
		}
	})
}
