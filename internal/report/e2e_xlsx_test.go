package report

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dsc-workbench/dsc/internal/testenv"
)

// TestE2EWorkbookOpensInLibreOffice converts both examples' workbooks to PDF
// with LibreOffice headless: the conversion must succeed and the printed
// sheets must show what Excel would, with no broken reference (#REF!, Err:),
// the legend's series names resolved, and p-values below 0.001 as "< 0.001".
func TestE2EWorkbookOpensInLibreOffice(t *testing.T) {
	testenv.EndToEnd(t)
	office := testenv.Tool(t, "soffice", "libreoffice")
	pdftotext := testenv.Tool(t, "pdftotext")
	for _, example := range []string{"automotive-aftermarket", "intralogistics"} {
		t.Run(example, func(t *testing.T) {
			dir := t.TempDir()
			book := filepath.Join(dir, "report.xlsx")
			if err := os.WriteFile(book, renderTo(t, exampleReport(t, example), WriteXLSX), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(office, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless", "--norestore",
				"--convert-to", "pdf", "--outdir", dir, book)
			out, err := cmd.CombinedOutput()
			if err != nil || strings.Contains(strings.ToLower(string(out)), "error") {
				t.Fatalf("conversion failed: %v: %s", err, out)
			}
			txt, err := exec.Command(pdftotext, "-layout", filepath.Join(dir, "report.pdf"), "-").Output()
			if err != nil {
				t.Fatalf("pdftotext: %v", err)
			}
			s := string(txt)
			for _, bad := range []string{"#REF", "Err:", "#NAME", "#VALUE", "Column P"} {
				if strings.Contains(s, bad) {
					t.Errorf("the printed workbook shows %q", bad)
				}
			}
			if example == "automotive-aftermarket" && !strings.Contains(s, "< 0.001") {
				t.Error(`no p-value printed as "< 0.001"`)
			}
			if pages := strings.Count(s, "\f"); pages < 15 {
				t.Errorf("%d printed pages", pages)
			}
		})
	}
}
