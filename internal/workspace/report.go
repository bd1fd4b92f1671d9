package workspace

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dsc-workbench/dsc/internal/yamlx"
)

// ReportSettings are what every page of the deliverable carries besides the
// numbers: the confidentiality line and the date of the data.
type ReportSettings struct {
	Loc             yamlx.Loc
	Confidentiality string `yaml:"confidentiality"`
	// AsOf is the date of the data (YYYY-MM-DD): the footer shows it, never
	// the day the report was generated, so the output stays reproducible.
	AsOf string `yaml:"as_of"`
}

// starterValues are the stand-ins the starter template writes where the
// client's own words belong; like the blank template's "<...>" they must
// not reach a deliverable unnoticed.
var starterValues = []string{"Your client", "Your client's industry"}

// IsPlaceholder reports whether a value is still a template's placeholder
// that the user has to fill in: the blank template's "<...>" or the
// starter's "Your client".
func IsPlaceholder(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) > 2 && strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">") || slices.Contains(starterValues, s)
}

// placeholder records a template stand-in as a warning every command shows.
func (v *validator) placeholder(loc yamlx.Loc, key, msg, hint string) {
	if v.warn(loc, key, msg, hint) {
		v.w.Placeholders = append(v.w.Placeholders, v.w.Warnings[len(v.w.Warnings)-1])
	}
}

// reportSettings checks the report section and the placeholders a template
// leaves in dsc.yaml. A placeholder is a warning from every template alike:
// the starter must run as it is installed, and every command (the report
// too) shows it at its line until the client's name is written.
func (v *validator) reportSettings() {
	c := &v.w.Config
	if IsPlaceholder(c.Client) {
		v.placeholder(c.Loc, "client", fmt.Sprintf("client is still the template's placeholder %q; every page and sheet of the report carries it", c.Client),
			"write your client's name, e.g. client: Acme GmbH")
	}
	if IsPlaceholder(c.Industry) {
		v.placeholder(c.Loc, "industry", fmt.Sprintf("industry is still the template's placeholder %q", c.Industry),
			"write the client's industry, e.g. industry: Machine tools, or remove the line")
	}
	r := c.Report
	if r.AsOf != "" {
		if _, err := time.Parse("2006-01-02", r.AsOf); err != nil {
			v.add(r.Loc, "as_of", fmt.Sprintf("as_of %q is not a date", r.AsOf), dateHint(r.AsOf, "write the date of the data as YYYY-MM-DD", "as_of: 2027-01-15"))
		}
	}
}
