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
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"ourchild/internal/cinreport"
	"ourchild/internal/demo"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

func censusSize() int {
	if n, err := strconv.Atoi(os.Getenv("OURCHILD_BENCH_CENSUS_SIZE")); err == nil && n > 0 {
		return n
	}
	return 80000
}

var censusStores = map[store.Dialect]*store.Store{}

func censusStore(b *testing.B, d store.Dialect) *store.Store {
	b.Helper()
	if s, ok := censusStores[d]; ok {
		return s
	}
	ctx := context.Background()
	n := censusSize()
	var dsn string
	switch d {
	case store.SQLite:
		dsn = filepath.Join(os.TempDir(), fmt.Sprintf("ourchild-bench-census-%d.db", n))
	case store.Postgres:
		base := storetest.PostgresURL()
		schema := fmt.Sprintf("bench_census_%d", n)
		admin, err := store.Open(ctx, base)
		if err != nil {
			b.Skipf("PostgreSQL unavailable: %v", err)
		}
		_, err = admin.DB().Exec(`CREATE SCHEMA IF NOT EXISTS ` + schema)
		admin.Close()
		if err != nil {
			b.Fatal(err)
		}
		sep := "?"
		if strings.Contains(base, "?") {
			sep = "&"
		}
		dsn = base + sep + "search_path=" + schema
	}
	s, err := store.Open(ctx, dsn)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := s.Migrate(ctx); err != nil {
		b.Fatal(err)
	}
	have, err := s.PeopleCount(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if have == 0 {
		start := time.Now()
		if _, err := demo.Load(ctx, s, demo.Options{Seed: 11, Size: n, Password: "benchmark password"}); err != nil {
			b.Fatal(err)
		}
		b.Logf("generated %d people into %s in %s", n, d, time.Since(start).Round(time.Millisecond))
	}
	var referrals int
	if err := s.DB().QueryRowContext(ctx, `SELECT COUNT(*) FROM casework WHERE kind = 'referral'`).Scan(&referrals); err != nil {
		b.Fatal(err)
	}
	if referrals == 0 {
		b.Fatalf("the %s data set has no referrals: delete it to generate it again", d)
	}
	b.Logf("%s: %d people, %d referrals over ten years", d, n, referrals)
	censusStores[d] = s
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
