package ssda903report_test

import (
	"fmt"
	"testing"

	"ourchild/internal/casework"
	"ourchild/internal/date"
	"ourchild/internal/ssda903report"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

// BenchmarkProduce maps, writes and validates a return of 5,000 children looked after (two
// placements, three reviews and a health assessment each), without the store: the cost of the
// mapping, the CSV and the rules. Figures: docs/performance.md.
func BenchmarkProduce(b *testing.B) {
	var children []*store.LookedAfterChild
	for i := range 5000 {
		id := int64(i*10 + 1)
		it := func(n int64, kind string, parent int64, kv ...string) *casework.Item {
			return &casework.Item{ID: id + n, PersonID: id, Kind: kind, ParentID: parent, Values: storetest.Values(kv...)}
		}
		start := date.New(2024, 1, 1).AddDays(i % 600)
		move := start.AddDays(200)
		items := []*casework.Item{
			it(1, "care_period", 0, "start", start.String(), "category", "N1", "uasc", "no", "home_postcode", "CV91 1AA"),
			it(2, "placement", id+1, "start", start.String(), "reason_new", "S", "legal_status", "C2", "type", "U4", "provider", "PR1",
				"urn", "XXXXXXX", "end", move.String(), "reason_change", "CARPL"),
			it(3, "placement", id+1, "start", move.String(), "reason_new", "P", "legal_status", "C2", "type", "U1", "provider", "PR1", "urn", "XXXXXXX"),
			it(4, "cla_review", id+1, "date", "2025-05-01", "participation", "PN1"),
			it(5, "cla_review", id+1, "date", "2025-10-01", "participation", "PN1"),
			it(6, "cla_review", id+1, "date", "2026-03-01", "participation", "PN1"),
			it(7, "health_assessment", id+1, "date", "2025-09-01", "type", "review", "immunisations", "yes", "sdq", "10"),
		}
		children = append(children, &store.LookedAfterChild{Person: store.CensusPerson{ID: id, Sex: "M", Ethnicity: "WBRI",
			DateOfBirth: date.New(2010, 1, 1).AddDays(i % 3000), UPN: fmt.Sprintf("UN%d", 4)}, Items: items})
	}
	b.ResetTimer()
	for range b.N {
		if _, err := ssda903report.Produce(children, opts); err != nil {
			b.Fatal(err)
		}
	}
}
