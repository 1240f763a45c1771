package store_test

import (
	"testing"

	"ourchild/internal/date"
	"ourchild/internal/person"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
	"ourchild/internal/workday"
)

func TestEquityChildren(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		worker := store.Editor{Actor: f.actor}
		withDisability := child("Ada", "Ash", "2015-01-02")
		withDisability.Disabilities = []string{"AUT", "COMM"}
		none := child("Ben", "Birch", "2015-01-02")
		none.Disabilities = []string{"NONE"}
		unrecorded := child("Cat", "Cedar", "2015-01-02")
		longAgo := child("Dan", "Deal", "2010-01-02")
		noCasework := child("Eve", "Elm", "2012-01-02")
		inCare := child("Fay", "Fir", "2013-01-02")
		inCare.Disabilities = []string{"HAND"}
		for _, p := range []*person.Person{withDisability, none, unrecorded, longAgo, noCasework, inCare} {
			f.create(t, p)
		}
		for _, p := range []*person.Person{withDisability, none, unrecorded} {
			f.add(t, worker, p.ID, "referral", v("referral_date", "2026-09-01", "source", "2A", "nfa", "no"))
		}
		// Closed more than 12 months before the period: no clock of it can fall in the period.
		f.add(t, worker, longAgo.ID, "referral", v("referral_date", "2024-01-02", "source", "2A", "nfa", "yes",
			"closure_date", "2024-01-03", "closure_reason", "RC8"))
		f.add(t, worker, inCare.ID, "care_period", v("start", "2026-06-01", "category", "N1", "uasc", "no"))

		from, to := date.MustParse("2025-11-21"), date.MustParse("2026-11-20")
		got, err := s.EquityChildren(ctx, from, to, workday.EnglandAndWales())
		if err != nil {
			t.Fatal(err)
		}
		want := map[int64]bool{withDisability.ID: true, none.ID: false, unrecorded.ID: false, inCare.ID: true}
		if len(got) != len(want) {
			t.Fatalf("EquityChildren = %d children, want %d: %+v", len(got), len(want), got)
		}
		for _, c := range got {
			if d, ok := want[c.PersonID]; !ok || d != c.Disabled {
				t.Errorf("child %d: disabled %v, want %v (listed %v)", c.PersonID, c.Disabled, d, ok)
			}
		}
		// The clocks come with them: the referral's assessment, due on 3 November 2026.
		if a := clockOf(got[0].Clocks, "R-A02"); a == nil || a.Due.String() != "2026-11-03" || a.State != workday.Overdue {
			t.Errorf("assessment clock = %+v", a)
		}
		if _, err := s.EquityChildren(ctx, to, from, workday.EnglandAndWales()); err == nil {
			t.Error("a period ending before it starts was accepted")
		}
	})
}
