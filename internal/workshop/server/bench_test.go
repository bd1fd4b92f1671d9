package server

import (
	"fmt"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dsc-workbench/dsc/internal/workshop"
)

// BenchmarkRoom is the room of issue 14: 30 participants answer 50
// features each at the same time through the HTTP API, each answer appended
// and fsynced before its 200. It reports the acknowledgement latency (p50,
// p99, max) and checks that the export holds exactly every acknowledged
// answer. The journals go to a folder on the disk (os.TempDir here; set
// DSC_BENCH_DIR to measure another disk).
//
//	go test ./internal/workshop/server -run '^$' -bench Room -benchtime 1x
func BenchmarkRoom(b *testing.B) {
	const people, features = 30, 50
	var all []time.Duration
	for range b.N {
		b.StopTimer()
		dir, err := os.MkdirTemp(os.Getenv("DSC_BENCH_DIR"), "dsc-room-")
		if err != nil {
			b.Fatal(err)
		}
		f := newFixture(b, "automotive-aftermarket", workshop.KindKano, dir, Limits{AnswersPerSecond: 1e6, AnswerBurst: 1e6, JoinsPerMinute: 1e6, JoinBurst: 1e6})
		f.ts.Client().Transport.(*http.Transport).MaxIdleConnsPerHost = people
		entries := make([]string, features)
		for i := range entries {
			entries[i] = f.srv.units[i].Item
		}
		toks := make([]string, people)
		for p := range toks {
			toks[p], _ = f.join(fmt.Sprintf("Participant %d", p+1), []string{"B2B", "B2C"}[p%2])
		}
		lat := make([][]time.Duration, people)
		b.StartTimer()
		var wg sync.WaitGroup
		for p := range people {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i, e := range entries {
					start := time.Now()
					code := f.call("PUT", "/api/answers/"+e, toks[p], AnswerRequest{Functional: ip((p+i)%5 + 1), Dysfunctional: ip((p*7+i)%5 + 1), Importance: ip((p+i)%9 + 1)}, nil)
					if code != 200 {
						b.Errorf("participant %d, %s: %d", p, e, code)
						return
					}
					lat[p] = append(lat[p], time.Since(start))
				}
			}()
		}
		wg.Wait()
		b.StopTimer()
		for _, l := range lat {
			all = append(all, l...)
		}
		// The export has exactly the acknowledged answers, no more, no less.
		logs, warnings, err := workshop.ReadLogs(dir, workshop.KindKano)
		if err != nil || len(warnings) > 0 {
			b.Fatal(err, warnings)
		}
		doc := workshop.KanoSurvey(f.ws, logs)
		if len(doc.Respondents) != people {
			b.Fatalf("%d respondents", len(doc.Respondents))
		}
		for _, r := range doc.Respondents {
			var p int
			fmt.Sscanf(r.ID[strings.LastIndex(r.ID, "-")+1:], "%d", &p)
			p--
			if len(r.Answers) != features {
				b.Fatalf("%s: %d answers", r.ID, len(r.Answers))
			}
			for i, e := range entries {
				a := r.Answers[e]
				want := fmt.Sprintf("%d %d %d", (p+i)%5+1, (p*7+i)%5+1, (p+i)%9+1)
				if got := a.Functional + " " + a.Dysfunctional + " " + a.Importance; got != want {
					b.Fatalf("%s %s: %s, want %s", r.ID, e, got, want)
				}
			}
		}
		f.close()
		os.RemoveAll(dir)
		b.StartTimer()
	}
	slices.Sort(all)
	q := func(p float64) float64 { return float64(all[int(p*float64(len(all)-1))].Microseconds()) / 1000 }
	b.ReportMetric(q(0.50), "p50-ms")
	b.ReportMetric(q(0.99), "p99-ms")
	b.ReportMetric(q(1), "max-ms")
	b.ReportMetric(float64(len(all))/float64(b.N), "acks/op")
}
