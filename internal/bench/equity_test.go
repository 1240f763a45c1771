package bench

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"ourchild/internal/access"
	"ourchild/internal/audit"
	"ourchild/internal/store"
)

// BenchmarkEquity renders the equity view (timeliness for disabled children, the default 12
// months) on the Team work data set: every child with a referral or period of care (about
// 540), their clocks (kept between views, as for the trays), the table and the audit write.
//
//	go test -run '^$' -bench Equity -benchtime 100x ./internal/bench/
func BenchmarkEquity(b *testing.B) {
	eachWorkStore(b, func(b *testing.B, s *store.Store, h http.Handler) {
		ctx := context.Background()
		if _, err := s.UserByUsername(ctx, "pa.bench"); err != nil {
			u := &store.User{Username: "pa.bench", Name: "Pat Bench", Role: access.PerformanceAnalyst}
			if err := s.CreateUser(ctx, audit.System, u, "a long enough password"); err != nil {
				b.Fatal(err)
			}
		}
		cookie := signedIn(b, s, "pa.bench")
		rows := 0
		timed(b, func(int) {
			rows += strings.Count(get(b, h, "/equity", cookie), `<tr class="govuk-table__row">`)
		})
		b.ReportMetric(float64(rows)/float64(b.N), "rows/page")
	})
}
