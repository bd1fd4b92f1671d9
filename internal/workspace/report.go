package workspace

import (
	"fmt"
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

// IsPlaceholder reports whether a value is still a template's "<...>"
// placeholder that the user has to fill in.
func IsPlaceholder(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) > 2 && strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">")
}

// reportSettings checks the report section and the placeholders a blank
// template leaves in dsc.yaml.
func (v *validator) reportSettings() {
	c := &v.w.Config
	if IsPlaceholder(c.Client) {
		v.add(c.Loc, "client", fmt.Sprintf("client is still the template's placeholder %s", c.Client), "write your client's name, e.g. client: Acme GmbH")
	}
	r := c.Report
	if r.AsOf != "" {
		if _, err := time.Parse("2006-01-02", r.AsOf); err != nil {
			v.add(r.Loc, "as_of", fmt.Sprintf("as_of %q is not a date", r.AsOf), "write the date of the data as YYYY-MM-DD, e.g. as_of: 2027-01-15")
		}
	}
}
