package bench

// The CIN census target: for a Manchester-sized council over ten years (about 80,000 persons
// and 71,000 referrals, volumes.md), the census for one year is produced and validated in
// under 2 s. Run with:
//
//	go test -run '^$' -bench CINCensus -benchtime 5x ./internal/bench/
//
// The data set is the demo council at OURCHILD_BENCH_CENSUS_SIZE persons (default 80,000), with
// its ten years of casework (internal/demo: referrals at about Manchester's rate, with their
// assessments, enquiries, conferences, plans, visits and notes). It is generated once and kept,
// like the search benchmark's.

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"

	"ourchild/internal/cinreport"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

func censusSize() int {
	if n, err := strconv.Atoi(os.Getenv("OURCHILD_BENCH_CENSUS_SIZE")); err == nil && n > 0 {
		return n
	}
	return 80000
}

func censusStore(b *testing.B, d store.Dialect) *store.Store {
	b.Helper()
	n := censusSize()
	s := demoStore(b, d, fmt.Sprintf("census-%d", n), n, 11)
	var referrals int
	if err := s.DB().QueryRowContext(context.Background(), `SELECT COUNT(*) FROM casework WHERE kind = 'referral'`).Scan(&referrals); err != nil {
		b.Fatal(err)
	}
	if referrals == 0 {
		b.Fatalf("the %s data set has no referrals: delete it to generate it again", d)
	}
	b.Logf("%s: %d people, %d referrals over ten years", d, n, referrals)
	return s
}

// BenchmarkCINCensus produces and validates the 2025/26 census: the store query, the
// mapping, the XML, reading it back and every DfE rule.
func BenchmarkCINCensus(b *testing.B) {
	for _, d := range storetest.Dialects {
		b.Run(string(d), func(b *testing.B) {
			s := censusStore(b, d)
			opt := cinreport.Options{Year: 2026, LA: "352", Now: time.Date(2026, 4, 20, 9, 0, 0, 0, time.UTC)}
			var res *cinreport.Result
			timed(b, func(int) {
				var err error
				if res, err = cinreport.Build(context.Background(), s, opt); err != nil {
					b.Fatal(err)
				}
			})
			b.ReportMetric(float64(res.Summary.Children), "children")
			b.ReportMetric(float64(res.Summary.Episodes), "episodes")
			b.ReportMetric(float64(res.Errors), "errors")
			b.ReportMetric(float64(len(res.XML))/1e6, "xml-MB")
			if res.Errors > 0 {
				for i, f := range res.Findings {
					if i == 10 {
						break
					}
					b.Logf("%s %s %s %s %s", f.Code, f.Type, f.ChildID, f.Field, f.Message)
				}
			}
		})
	}
}
