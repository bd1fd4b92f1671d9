package workspace

import (
	"strings"
	"testing"
	"testing/fstest"
)

// trial7 N16: a date, a month or a number written the German way is
// refused with the value it stands for, ready to copy.
func TestGermanDatesMonthsAndNumbersGetTheirValue(t *testing.T) {
	m := exampleFS(t, "intralogistics")
	cfg := string(m["dsc.yaml"].Data)
	cfg = cfg[:strings.Index(cfg, "report:")] + "report:\n  as_of: 27.11.2026\n"
	cfg = strings.Replace(cfg, "    start: 2027-01", "    start: März 2027", 1)
	m["dsc.yaml"] = &fstest.MapFile{Data: []byte(cfg)}
	caps := strings.Replace(string(m["capabilities.yaml"].Data), "    effort: 5\n", "    effort: 6,5\n", 1)
	m["capabilities.yaml"] = &fstest.MapFile{Data: []byte(caps)}
	got := strings.Join(problems(t, m), "\n")
	for _, want := range []string{
		`as_of "27.11.2026" is not a date; write the date of the data as YYYY-MM-DD: 2026-11-27`,
		`start "März 2027" is not a month; write the first month of the roadmap as YYYY-MM: 2027-03`,
		`"effort" must be a number, got "6,5"; write 6.5: a decimal point, not a comma`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
}

func TestMeantDateAndMonth(t *testing.T) {
	for in, want := range map[string]string{
		"27.11.2026": "2026-11-27", "1.2.2027": "2027-02-01", "27. November 2026": "2026-11-27", "3. März 2027": "2027-03-03",
		"31.02.2026": "", "11/27/2026": "", "27.11.26": "", "soon": "",
	} {
		if got := meantDate(in); got != want {
			t.Errorf("meantDate(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"März 2027": "2027-03", "Mrz 2027": "2027-03", "Okt. 2026": "2026-10", "Mar-2027": "2027-03", "March 2027": "2027-03",
		"03.2027": "2027-03", "3/2027": "2027-03", "2027-3": "2027-03", "13.2027": "", "soon": "", "Mai": "",
	} {
		if got := meantMonth(in); got != want {
			t.Errorf("meantMonth(%q) = %q, want %q", in, got, want)
		}
	}
}
