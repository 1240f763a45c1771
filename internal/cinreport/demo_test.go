package cinreport_test

import (
	"testing"

	"ourchild/internal/cinreport"
	"ourchild/internal/date"
	"ourchild/internal/demo"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

// TestDemoCensus loads the default demo council, as "ourchild serve --demo" does, and
// produces the census for the latest year ended and for the year so far: neither may have an
// error. Queries are allowed (a council explains them to the DfE); they are listed in the log.
func TestDemoCensus(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		if _, err := demo.Load(ctx, s, demo.Options{Seed: 1, Password: "a long enough password"}); err != nil {
			t.Fatal(err)
		}
		latest := cinreport.LatestYearEnded(date.Of(s.Now()))
		for _, year := range []int{latest, latest + 1} {
			res, err := cinreport.Build(ctx, s, cinreport.Options{Year: year, LA: cinreport.DemoLA, Now: s.Now()})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("census %s: %d children, %d episodes, %d errors, %d queries", cinreport.YearName(year),
				res.Summary.Children, res.Summary.Episodes, res.Errors, res.Queries)
			for _, f := range res.Findings {
				if f.Type == "Error" {
					t.Errorf("census %s: %s child %s %s: %s", cinreport.YearName(year), f.Code, f.ChildID, f.Field, f.Message)
				} else {
					t.Logf("  query %s child %s %s: %s", f.Code, f.ChildID, f.Field, f.Message)
				}
			}
			if res.Summary.Children < 300 {
				t.Errorf("census %s has %d children: the demo council should have hundreds", cinreport.YearName(year), res.Summary.Children)
			}
		}
	})
}
