package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"regexp"
	"strings"

	"github.com/dsc-workbench/dsc/internal/lazyre"
)

// scatterXVal matches the X values of a scatter series, which excelize
// writes as a text reference (with or without the c: prefix).
var scatterXVal = lazyre.New(`<((?:c:)?)xVal><(?:c:)?strRef><(?:c:)?f>([^<]*)</(?:c:)?f></(?:c:)?strRef></(?:c:)?xVal>`)

// chartFixes corrects what excelize cannot express in chart parts.
type chartFixes struct {
	// pointColors colours the points of a bar series one by one, keyed by
	// the series' name reference (excelize colours points of pies only).
	pointColors map[string][]string
}

// fix rewrites one part of the workbook: a scatter chart's X values become
// a numeric reference (else Excel plots the points at 1, 2, 3 ... instead of
// at their |Worse|), and bar series get their point colours.
func (c *chartFixes) fix(name string, body []byte) []byte {
	if !strings.HasPrefix(name, "xl/charts/chart") {
		return body
	}
	body = scatterXVal.ReplaceAll(body, []byte(`<${1}xVal><${1}numRef><${1}f>$2</${1}f></${1}numRef></${1}xVal>`))
	for ref, colors := range c.pointColors {
		var esc bytes.Buffer
		_ = xml.EscapeText(&esc, []byte(ref))
		re := regexp.MustCompile(`(<tx><strRef><f>` + regexp.QuoteMeta(esc.String()) + `</f></strRef></tx><spPr>.*?</spPr><invertIfNegative val="0"></invertIfNegative>)`)
		var pts strings.Builder
		for i, col := range colors {
			fmt.Fprintf(&pts, `<dPt><idx val="%d"></idx><invertIfNegative val="0"></invertIfNegative><bubble3D val="0"></bubble3D><spPr><a:solidFill><a:srgbClr val="%s"></a:srgbClr></a:solidFill></spPr></dPt>`, i, col)
		}
		body = re.ReplaceAll(body, []byte("${1}"+strings.ReplaceAll(pts.String(), "$", "$$")))
	}
	return body
}
