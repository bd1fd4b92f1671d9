package report

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/dsc-workbench/dsc/internal/testenv"
)

// printCheck runs in the page with print media emulated at the width of an
// A4 landscape page's content (273 mm at 96 px per inch): every block the
// deck keeps whole (figures, the DSC figure, table rows, column pairs) must
// fit a page's height and width, or printing would cut it; every chart must
// be drawn completely.
const printCheck = `(() => {
  const mm = 96 / 25.4, pageW = 273 * mm, pageH = 185 * mm;
  const problems = [];
  const name = (el) => (el.closest("section") ? el.closest("section").querySelector("h2, h1").textContent : "") + " / " + el.tagName.toLowerCase() + (el.className ? "." + String(el.className).split(" ")[0] : "");
  document.querySelectorAll("` + keepWhole + `").forEach((el) => {
    const r = el.getBoundingClientRect();
    if (r.height === 0) { return; }
    if (r.height > pageH + 0.5) { problems.push("taller than a page (" + Math.round(r.height) + " > " + Math.round(pageH) + " px): " + name(el)); }
    if (r.right > pageW + 1) { problems.push("wider than a page (" + Math.round(r.right) + " > " + Math.round(pageW) + " px): " + name(el)); }
  });
  let charts = 0;
  document.querySelectorAll(".echart").forEach((el) => {
    charts++;
    const svg = el.querySelector("svg");
    const r = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
    if (el.getAttribute("data-rendered") !== "true" || r.width < 200 || r.height < 150 || svg.querySelectorAll("path, text").length < 12) {
      problems.push("chart not drawn completely: " + el.id);
    }
  });
  let figures = 0;
  document.querySelectorAll("figure.chart > svg").forEach((svg) => {
    figures++;
    const r = svg.getBoundingClientRect();
    if (r.width < 400 || svg.querySelectorAll("rect, circle, path, text").length < 20) { problems.push("figure not drawn: " + svg.parentNode.getAttribute("data-name")); }
  });
  if (document.querySelectorAll("canvas").length > 0) { problems.push("a canvas: charts must print as vectors"); }
  const errors = document.getElementById("dsc-errors").textContent;
  if (errors) { problems.push("script errors: " + errors); }
  return JSON.stringify({problems, charts, figures, requests: performance.getEntriesByType("resource").length});
})()`

// keepWhole selects what printing must never cut: figures, the DSC figure,
// the key figures, table rows, column pairs, chart boxes, the market flags'
// entries and the company profiles.
const keepWhole = "figure, .dsc, .figures, tr, .keep, section.cover, .echart, .flagcol li, .profile"

// markPages puts two invisible-in-layout markers in every element printing
// must keep whole: "QS<n>Q" at its top edge and "QE<n>Q" at its bottom edge
// (absolutely positioned, so the layout does not move). Printed, both markers
// of an element land on the same PDF page unless a page break cuts it; the
// test reads the pages back with pdftotext. It returns the elements' names.
const markPages = `(() => {
  const names = [];
  const name = (el) => (el.closest("section") ? el.closest("section").querySelector("h2, h1").textContent : "") + " / " + el.tagName.toLowerCase() + (el.className ? "." + String(el.className.baseVal === undefined ? el.className : el.className.baseVal).split(" ")[0] : "") + (el.tagName === "TR" ? " «" + el.textContent.trim().slice(0, 40) + "»" : "");
  document.querySelectorAll("` + keepWhole + `").forEach((el) => {
    if (el.getBoundingClientRect().height === 0 || el.matches("tr.cont")) { return; }
    const host = el.tagName === "TR" ? el.cells[0] : el;
    if (!host) { return; }
    if (getComputedStyle(host).position === "static") { host.style.position = "relative"; }
    const n = names.length;
    names.push(name(el));
    [["QS", "top:0"], ["QE", "bottom:0"]].forEach(([kind, edge]) => {
      const m = document.createElement("span");
      m.textContent = kind + n + "Q";
      m.style.cssText = "position:absolute;left:0;" + edge + ";font:5px/5px monospace;color:#000;white-space:nowrap;z-index:9";
      host.appendChild(m);
    });
  });
  return names;
})()`

// slideTitles lists every title a printed page may open with: the slides'
// own and the "(continued)" titles of their long tables.
const slideTitles = `[...document.querySelectorAll("section.slide > h2, tr.cont div")].map((el) => el.textContent.trim())`

// untitledPages names every page after the cover whose first line is not a
// slide's title: a table continued onto it without its title.
func untitledPages(t *testing.T, pdf []byte, titles []string) []string {
	t.Helper()
	pdftotext := testenv.Tool(t, "pdftotext")
	file := filepath.Join(t.TempDir(), "deck.pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	// In reading order (not -raw, which puts the page's footer first).
	out, err := exec.Command(pdftotext, file, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	var bad []string
	for page, body := range strings.Split(strings.TrimRight(string(out), "\f"), "\f") {
		first := ""
		for _, line := range strings.Split(body, "\n") {
			if line = strings.TrimSpace(line); line != "" {
				first = line
				break
			}
		}
		if page > 0 && !slices.Contains(titles, first) {
			bad = append(bad, fmt.Sprintf("page %d opens without a title: %q", page+1, first))
		}
	}
	return bad
}

// chartsAtRest returns every chart's SVG, to compare before and after a wait:
// a chart that is still animating when printed changes in between.
const chartsAtRest = `(() => [...document.querySelectorAll(".echart")].map((el) => {
  const c = echarts.getInstanceByDom(el);
  return (c && c.getOption().animation === false ? "" : "animated: ") + el.innerHTML;
}))()`

// cutElements reads the marked PDF's pages and names every element whose
// top and bottom markers are not on one page (or are missing).
func cutElements(t *testing.T, pdf []byte, names []string) []string {
	t.Helper()
	pdftotext := testenv.Tool(t, "pdftotext")
	file := filepath.Join(t.TempDir(), "marked.pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(pdftotext, "-raw", file, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	top, bottom := map[int]int{}, map[int]int{}
	marker := regexp.MustCompile(`Q([SE])(\d+)Q`)
	for page, body := range strings.Split(string(out), "\f") {
		for _, m := range marker.FindAllStringSubmatch(body, -1) {
			n, _ := strconv.Atoi(m[2])
			if m[1] == "S" {
				top[n] = page + 1
			} else {
				bottom[n] = page + 1
			}
		}
	}
	var cut []string
	for page, body := range strings.Split(strings.TrimRight(string(out), "\f"), "\f") {
		if !marker.MatchString(body) {
			cut = append(cut, fmt.Sprintf("page %d holds no figure, chart or table row, only spill-over: %.80q", page+1, strings.TrimSpace(body)))
		}
	}
	for n, name := range names {
		switch s, e := top[n], bottom[n]; {
		case s == 0 || e == 0:
			cut = append(cut, fmt.Sprintf("%s: markers not found in the PDF (top on page %d, bottom on page %d)", name, s, e))
		case s != e:
			cut = append(cut, fmt.Sprintf("%s: cut by a page break (starts on page %d, ends on page %d)", name, s, e))
		}
	}
	return cut
}

// phoneCheck: on a phone the page scrolls vertically only; wide tables
// scroll inside their own box.
const phoneCheck = `(() => {
  const problems = [];
  const w = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > w + 1) {
    const wide = [];
    document.querySelectorAll("body *").forEach((el) => {
      if (el.closest(".scroll, nav") || (el.ownerSVGElement && el.tagName !== "svg") || wide.length >= 5) { return; }
      const r = el.getBoundingClientRect();
      if (r.right > w + 1 && r.width > 0) { const f = el.closest("figure, section"); wide.push(el.tagName.toLowerCase() + " in " + (f ? (f.getAttribute("data-name") || f.id) : "?") + " (" + Math.round(r.right) + " px)"); }
    });
    problems.push("the page is " + document.documentElement.scrollWidth + " px wide on a " + w + " px screen: " + wide.join(", "));
  }
  const nav = document.querySelector("nav");
  if (!nav || getComputedStyle(nav).position !== "sticky") { problems.push("no sticky navigation"); }
  return JSON.stringify({problems});
})()`

// saveCheck clicks every figure's "Save as SVG" button and the first
// figure's "Save as PNG", catching the files instead of downloading them.
const saveCheck = `(() => {
  window.__saved = [];
  URL.createObjectURL = (b) => { window.__saved.push(b.type + " " + b.size); return "about:blank"; };
  HTMLAnchorElement.prototype.click = function () {};
  const figs = document.querySelectorAll("figure.chart");
  figs.forEach((f) => f.querySelector(".tools button").click());
  figs[0].querySelectorAll(".tools button")[1].click();
  return figs.length;
})()`

type checkResult struct {
	Problems []string `json:"problems"`
	Charts   int      `json:"charts"`
	Figures  int      `json:"figures"`
	Requests int      `json:"requests"`
}

// TestE2EDeckPrints prints both examples to PDF in headless Chromium with
// every network request sent to a dead proxy: A4 landscape pages, no chart
// or figure cut by a page break (element boxes against the page), every
// chart drawn, nothing fetched; and the screen view fits a phone. With
// DSC_SCREENSHOTS set, the PDFs are kept there for looking at.
func TestE2EDeckPrints(t *testing.T) {
	testenv.EndToEnd(t)
	bin := testenv.Tool(t, "chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
	for _, example := range []string{"automotive-aftermarket", "intralogistics"} {
		t.Run(example, func(t *testing.T) {
			dir := t.TempDir()
			file := filepath.Join(dir, "report.html")
			if err := os.WriteFile(file, renderTo(t, exampleReport(t, example), WriteHTML), 0o644); err != nil {
				t.Fatal(err)
			}
			opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(bin), chromedp.NoSandbox, chromedp.DisableGPU,
				chromedp.ProxyServer("http://127.0.0.1:9"), chromedp.Flag("proxy-bypass-list", "<-loopback>"), chromedp.UserDataDir(filepath.Join(dir, "profile")))
			actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
			defer cancel()
			ctx, cancel := chromedp.NewContext(actx)
			defer cancel()
			go func() { <-time.After(300 * time.Second); cancel() }() // a hung browser fails the test, not CI (a busy machine takes over 120 s)
			yes := true
			var printJSON, phoneJSON string
			var pdf []byte
			err := chromedp.Do(ctx, chromedp.EmulateViewport(1032, 800), chromedp.Navigate("file://"+file), chromedp.WaitReady(`html[data-charts]`))
			if err == nil {
				_, err = chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
			}
			if err == nil {
				printJSON, err = chromedp.Run(ctx, chromedp.Evaluate[string](printCheck))
			}
			print := chromedp.PrintToPDF(func(p *page.PrintToPDFParams) { p.PreferCSSPageSize, p.PrintBackground = &yes, &yes })
			var before, after []string
			if err == nil {
				before, err = chromedp.Run(ctx, chromedp.Evaluate[[]string](chartsAtRest))
			}
			if err == nil {
				pdf, err = chromedp.Run(ctx, print)
			}
			// The charts printed are the charts at rest: a second later they are unchanged.
			if err == nil {
				err = chromedp.Do(ctx, chromedp.Sleep(time.Second))
			}
			if err == nil {
				after, err = chromedp.Run(ctx, chromedp.Evaluate[[]string](chartsAtRest))
			}
			// Every page opens with its slide's title, "(continued)" where a table goes on.
			var titles []string
			if err == nil {
				titles, err = chromedp.Run(ctx, chromedp.Evaluate[[]string](slideTitles))
			}
			// Print again with page markers in every element that must stay whole.
			var marked []byte
			var kept []string
			if err == nil {
				kept, err = chromedp.Run(ctx, chromedp.Evaluate[[]string](markPages))
			}
			if err == nil {
				marked, err = chromedp.Run(ctx, print)
			}
			if err == nil {
				err = chromedp.Do(ctx, chromedp.Reload(), chromedp.WaitReady(`html[data-charts]`))
			}
			if err == nil {
				_, err = chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "screen"})
			}
			if err == nil {
				err = chromedp.Do(ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile), chromedp.Sleep(300*time.Millisecond))
			}
			if err == nil {
				phoneJSON, err = chromedp.Run(ctx, chromedp.Evaluate[string](phoneCheck))
			}
			var figures int
			var saved []string
			if err == nil {
				figures, err = chromedp.Run(ctx, chromedp.Evaluate[int](saveCheck))
			}
			// The PNG is drawn asynchronously: wait for it, at most ten seconds.
			for i := 0; err == nil && i < 40; i++ {
				saved, err = chromedp.Run(ctx, chromedp.Evaluate[[]string](`window.__saved.concat([document.getElementById("dsc-errors").textContent])`))
				if err == nil && strings.Contains(strings.Join(saved, "|"), "image/png") {
					break
				}
				err = chromedp.Do(ctx, chromedp.Sleep(250*time.Millisecond))
			}
			if err != nil {
				t.Fatal(err)
			}
			var res, phone checkResult
			if err := json.Unmarshal([]byte(printJSON), &res); err != nil {
				t.Fatal(err)
			}
			_ = json.Unmarshal([]byte(phoneJSON), &phone)
			for _, p := range append(res.Problems, phone.Problems...) {
				t.Error(p)
			}
			if len(before) != res.Charts || !slices.Equal(before, after) {
				t.Errorf("the charts changed after printing (still animating?): %d charts before, %d after", len(before), len(after))
			}
			for i, c := range before {
				if strings.HasPrefix(c, "animated: ") {
					t.Errorf("chart %d has animation on", i+1)
				}
			}
			for _, p := range untitledPages(t, pdf, titles) {
				t.Error(p)
			}
			// No page break cuts an element that must stay whole.
			for _, c := range cutElements(t, marked, kept) {
				t.Error(c)
			}
			if len(kept) < 100 {
				t.Errorf("only %d elements checked against page breaks", len(kept))
			}
			t.Logf("%d elements checked against the page breaks", len(kept))
			// Every figure saves as SVG, and as PNG: the files are made offline.
			var svgs, pngs int
			for _, f := range saved {
				if strings.HasPrefix(f, "image/svg+xml ") && !strings.HasSuffix(f, " 0") {
					svgs++
				}
				if strings.HasPrefix(f, "image/png ") && !strings.HasSuffix(f, " 0") {
					pngs++
				}
			}
			if svgs != figures || pngs != 1 {
				t.Errorf("saved %d SVG files of %d figures and %d PNG files (want 1): %v", svgs, figures, pngs, saved)
			}
			if res.Charts != 2 || res.Figures < 4 || res.Requests != 0 {
				t.Errorf("%d charts (want 2), %d SVG figures (want 4 or more), %d requests (want 0)", res.Charts, res.Figures, res.Requests)
			}
			// Every page is A4 landscape: 297 x 210 mm = 841.89 x 595.28 pt.
			pages := len(regexp.MustCompile(`/Type\s*/Page[^s]`).FindAll(pdf, -1))
			a4 := len(regexp.MustCompile(`/MediaBox\s*\[\s*0 0 841\.\d+ 59[45]\.\d+\s*\]`).FindAll(pdf, -1))
			if pages < 15 || a4 != pages {
				t.Errorf("%d pages, %d of them A4 landscape", pages, a4)
			}
			if shots := os.Getenv("DSC_SCREENSHOTS"); shots != "" {
				_ = os.MkdirAll(shots, 0o755)
				out := filepath.Join(shots, example+".pdf")
				if err := os.WriteFile(out, pdf, 0o644); err != nil {
					t.Fatal(err)
				}
				if p, err := exec.LookPath("pdftoppm"); err == nil {
					_ = exec.Command(p, "-png", "-r", "60", out, filepath.Join(shots, strings.TrimSuffix(filepath.Base(out), ".pdf"))).Run()
				}
				t.Logf("deck: %s (%d pages)", out, pages)
			}
		})
	}
}
