package server

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/dsc-workbench/dsc/internal/testenv"
	"github.com/dsc-workbench/dsc/internal/workshop"
)

// browser starts headless Chromium (Debian's chromium) for the end-to-end
// tests, which run when DSC_E2E=1 (.ci/run runs them in a step of their own).
func browser(t *testing.T) context.Context {
	t.Helper()
	testenv.EndToEnd(t)
	path := testenv.Tool(t, "chromium")
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.DisableGPU)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancel3)
	return ctx
}

// shots is where screenshots go: DSC_SCREENSHOTS to keep them, else a temp folder.
func shots(t *testing.T) string {
	if d := os.Getenv("DSC_SCREENSHOTS"); d != "" {
		os.MkdirAll(d, 0o755)
		return d
	}
	return t.TempDir()
}

func screenshot(dir, name string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		buf, err := chromedp.FullScreenshot(100)(ctx, t)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, name), buf, 0o644)
	})
}

// A participant on a phone-sized screen joins, answers five questions,
// reloads, resumes where they were, and finishes; every answer is in the
// journal.
func TestE2EBrowserPhoneFlow(t *testing.T) {
	ctx := browser(t)
	dir := shots(t)
	f := newFixture(t, "automotive-aftermarket", workshop.KindKano, "", Limits{}, "single-sign-on", "live-stock", "click-and-collect")
	atIs := func(i int) chromedp.Action[chromedp.Void] {
		return chromedp.WaitReady(chromedp.CSS(fmt.Sprintf(`form.answers input[name=at][value="%d"]`, i)))
	}
	answer := func(at, value int) chromedp.Action[chromedp.Void] {
		return chromedp.Steps(atIs(at), chromedp.Click(chromedp.CSS(fmt.Sprintf(`form.answers button.opt[value="%d"]`, value))))
	}
	err := chromedp.Do(ctx,
		chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile),
		chromedp.Navigate(f.ts.URL+"/?code="+testCode),
		chromedp.WaitVisible(chromedp.CSS(`form.joinform`)),
		screenshot(dir, "phone-1-join.png"),
		chromedp.SendKeys(chromedp.CSS(`input[name=name]`), "Lena Schmidt"),
		chromedp.Click(chromedp.CSS(`input[name=segment][value="B2B"]`)),
		chromedp.Click(chromedp.CSS(`form.joinform button.primary`)),
		atIs(0),
		screenshot(dir, "phone-2-question.png"),
		answer(0, 1), answer(1, 5),
		atIs(2),
		screenshot(dir, "phone-3-importance.png"),
		answer(2, 8), answer(3, 2), answer(4, 5),
		atIs(5),
		chromedp.Reload(),
		atIs(5), // resumed at the sixth question after the reload
		screenshot(dir, "phone-4-resumed.png"),
	)
	if err != nil {
		t.Fatal(err)
	}
	title, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`h1`)))
	if err != nil || title != "Live stock per store and warehouse" {
		t.Fatalf("resumed at %q (%v)", title, err)
	}
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`form.answers button.skip`)), // skip the importance
		answer(6, 3), answer(7, 3), answer(8, 9),
		chromedp.WaitVisible(chromedp.CSS(`section.done`)),
		screenshot(dir, "phone-5-done.png"),
	)
	if err != nil {
		t.Fatal(err)
	}
	// The German workspace: the page speaks German, long wordings fit.
	de := newFixture(t, "intralogistics", workshop.KindKano, "", Limits{})
	err = chromedp.Do(ctx,
		chromedp.Navigate(de.ts.URL+"/?code="+testCode),
		chromedp.WaitVisible(chromedp.CSS(`form.joinform`)),
		chromedp.Click(chromedp.CSS(`input[name=segment]`)),
		chromedp.Click(chromedp.CSS(`form.joinform button.primary`)),
		chromedp.WaitReady(chromedp.CSS(`form.answers input[name=at][value="0"]`)),
		chromedp.Click(chromedp.CSS(`form.answers button.opt[value="1"]`)),
		chromedp.WaitReady(chromedp.CSS(`form.answers input[name=at][value="1"]`)),
		screenshot(dir, "phone-6-german.png"),
	)
	if err != nil {
		t.Fatal(err)
	}
	if body, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`main`))); err != nil || !strings.Contains(body, "Das nehme ich gerade noch hin") || !strings.Contains(body, "NICHT") {
		t.Errorf("German page: %v\n%s", err, body)
	}
	logs, _, err := workshop.ReadLogs(f.dir, workshop.KindKano)
	if err != nil || len(logs) != 1 {
		t.Fatal(err, len(logs))
	}
	st := workshop.Apply(logs[0].Events)
	want := map[workshop.Key]int{{Item: "single-sign-on", Question: "functional"}: 1, {Item: "single-sign-on", Question: "dysfunctional"}: 5,
		{Item: "single-sign-on", Question: "importance"}: 8, {Item: "live-stock", Question: "functional"}: 2, {Item: "live-stock", Question: "dysfunctional"}: 5,
		{Item: "click-and-collect", Question: "functional"}: 3, {Item: "click-and-collect", Question: "dysfunctional"}: 3, {Item: "click-and-collect", Question: "importance"}: 9}
	if len(st.Answers) != len(want) || !st.Skipped[workshop.Key{Item: "live-stock", Question: "importance"}] || logs[0].Name != "Lena Schmidt" {
		t.Errorf("answers %v skipped %v", st.Answers, st.Skipped)
	}
	for k, v := range want {
		if st.Answers[k] != v {
			t.Errorf("%v = %d, want %d", k, st.Answers[k], v)
		}
	}
}

// The projector view at 1920x1080 with twelve participants' answers, for
// Kano and readiness; the screenshots are for people to look at.
func TestE2EBrowserProjector(t *testing.T) {
	ctx := browser(t)
	dir := shots(t)
	start := time.Now()
	f := newFixture(t, "automotive-aftermarket", workshop.KindKano, "", Limits{JoinsPerMinute: 600, JoinBurst: 100, AnswersPerSecond: 1e6, AnswerBurst: 1e6})
	for p := range 12 {
		tok, _ := f.join(fmt.Sprintf("P%d", p), []string{"B2B", "B2C"}[p%2])
		for i, u := range f.srv.units {
			// A spread of answers that lands features in every quadrant:
			// each feature leans to one category, each person varies.
			h := (i*2654435761 + p*40503) % 1000
			lean := [][2][]int{{{1}, {3, 4}}, {{1}, {5}}, {{2, 3}, {5}}, {{3}, {3}}}[i%4]
			fv, dv := lean[0][h%len(lean[0])], lean[1][h/7%len(lean[1])]
			if h%5 == 0 {
				fv, dv = 1+h/11%5, 1+h/13%5 // some noise
			}
			f.call("PUT", "/api/answers/"+u.Item, tok, AnswerRequest{Functional: ip(fv), Dysfunctional: ip(dv)}, nil)
		}
	}
	t.Logf("answers in %v", time.Since(start))
	err := chromedp.Do(ctx,
		chromedp.EmulateViewport(1920, 1080),
		chromedp.Navigate(f.ts.URL+"/live?token="+testToken),
		chromedp.WaitVisible(chromedp.CSS(`#chart svg circle`)),
		screenshot(dir, "live-kano.png"),
	)
	if err != nil {
		t.Fatal(err)
	}
	n, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#participants`)))
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(n) != "12" {
		t.Errorf("participants shown: %q", n)
	}
	t.Logf("kano view in %v", time.Since(start))
	r := newFixture(t, "intralogistics", workshop.KindReadiness, "", Limits{JoinsPerMinute: 600, JoinBurst: 100, AnswersPerSecond: 1e6, AnswerBurst: 1e6})
	var qs QuestionsResponse
	for i, rater := range []string{"cso", "head-ebusiness", "head-service"} {
		tok, _ := r.join(rater, "")
		if i == 0 {
			r.call("GET", "/api/questions", tok, nil, &qs)
		}
		for j, e := range qs.Entries {
			r.call("PUT", "/api/answers/"+e.ID, tok, AnswerRequest{Score: ip(1 + (i+j)%4)}, nil)
		}
	}
	err = chromedp.Do(ctx,
		chromedp.Navigate(r.ts.URL+"/live?token="+testToken),
		chromedp.WaitReady(chromedp.CSS(`#chart svg polygon.mean`)),
		screenshot(dir, "live-readiness.png"),
	)
	if err != nil {
		t.Fatal(err)
	}
}
