package store_test

import (
	"slices"
	"testing"
	"time"

	"ourchild/internal/casework"
	"ourchild/internal/date"
	"ourchild/internal/person"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

// censusFields are the kinds and fields the test reads: the referral's source, and the
// assessment (its dates come with it, as every record's do).
var censusFields = map[string][]string{"referral": {"source"}, "assessment": {}}

// TestCensusChildren checks which children and records the CIN census reads for 2025/26:
// a referral open at any time from 1 April 2025 to 31 March 2026 brings the child in; records
// entered in error, people entered in error and kinds the census does not report stay out.
func TestCensusChildren(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		w := store.Editor{Actor: f.actor}
		manager := store.Editor{Actor: f.actor, Manager: true}
		referral := func(pid int64, from, closed string) *casework.Item {
			vals := v("referral_date", from, "source", "2A", "nfa", "no")
			if closed != "" {
				vals = v("referral_date", from, "source", "2A", "nfa", "no", "primary_need", "N1", "closure_date", closed, "closure_reason", "RC7")
			}
			return f.add(t, w, pid, "referral", vals)
		}
		open := f.create(t, child("Open", "InYear", "2015-01-01"))
		ref := referral(open.ID, "2025-05-01", "")
		asmt := f.add(t, w, open.ID, "assessment", v("start", "2025-05-02"))
		asmt.Values.Set("wishes", "She wants to stay at her school")
		if err := s.UpdateItem(ctx, w, asmt, ""); err != nil {
			t.Fatal(err)
		}
		wrong := f.add(t, w, open.ID, "assessment", v("start", "2025-05-03"))
		if err := s.MarkItemInError(ctx, manager, wrong.ID, wrong.Version, "Recorded twice"); err != nil {
			t.Fatal(err)
		}
		f.add(t, w, open.ID, "case_note", v("date", "2025-05-04", "type", "phone", "subject", "Call", "note", "Spoke to school"))
		// An earlier referral of the same child, closed long before: loaded too (earlier plans count).
		earlier := f.create(t, child("Earlier", "Closed", "2012-01-01"))
		referral(earlier.ID, "2023-01-10", "2023-06-01")
		referral(earlier.ID, "2026-03-31", "")

		closedBefore := f.create(t, child("Closed", "Before", "2014-01-01"))
		referral(closedBefore.ID, "2024-01-10", "2025-03-31")
		closedOnStart := f.create(t, child("Closed", "OnStart", "2014-01-02"))
		referral(closedOnStart.ID, "2024-06-01", "2025-04-01")
		after := f.create(t, child("Referred", "After", "2014-01-03"))
		referral(after.ID, "2026-04-01", "")
		inError := f.create(t, child("Referral", "InError", "2014-01-04"))
		bad := referral(inError.ID, "2025-06-01", "")
		if err := s.MarkItemInError(ctx, manager, bad.ID, bad.Version, "Wrong child"); err != nil {
			t.Fatal(err)
		}
		personInError := f.create(t, child("Person", "InError", "2014-01-05"))
		referral(personInError.ID, "2025-06-01", "")
		p, _ := s.Person(ctx, personInError.ID)
		if err := s.MarkPersonInError(ctx, f.actor, p.ID, p.Version, "Duplicate record"); err != nil {
			t.Fatal(err)
		}
		// Recorded before the birth, as an expected baby.
		s.Now = func() time.Time { return time.Date(2026, 1, 20, 10, 0, 0, 0, time.UTC) }
		unborn := f.create(t, &person.Person{GivenNames: "Baby", FamilyName: "Expected", ExpectedDateOfBirth: date.MustParse("2026-05-20"),
			Sex: "U", Ethnicity: "WBRI", Disabilities: []string{"NONE"}})
		referral(unborn.ID, "2026-01-20", "")
		s.Now = func() time.Time { return fixedNow }

		// The codes column holds the dates and codes, not what the child said.
		var codes string
		if err := s.DB().QueryRowContext(ctx, `SELECT codes FROM casework WHERE id = $1`, asmt.ID).Scan(&codes); err != nil ||
			codes != `{"start":["2025-05-02"]}` {
			t.Errorf("assessment codes = %q, %v", codes, err)
		}
		// A record saved before the codes column existed holds its whole detail there
		// (migration 0004): the census picks what it needs from it.
		if _, err := s.DB().ExecContext(ctx, `UPDATE casework SET codes = detail WHERE id = $1`, ref.ID); err != nil {
			t.Fatal(err)
		}

		got, err := s.CensusChildren(ctx, date.MustParse("2025-04-01"), date.MustParse("2026-03-31"), censusFields)
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		kinds := map[int64][]string{}
		for _, c := range got {
			ids = append(ids, c.Person.ID)
			for _, it := range c.Items {
				kinds[c.Person.ID] = append(kinds[c.Person.ID], it.Kind)
			}
		}
		want := []int64{open.ID, earlier.ID, closedOnStart.ID, unborn.ID}
		if !slices.Equal(ids, want) {
			t.Fatalf("census children = %v, want %v (open, earlier, closed on 1 April, unborn)", ids, want)
		}
		if k := kinds[open.ID]; !slices.Equal(k, []string{"referral", "assessment"}) {
			t.Errorf("open child's census records = %v, want the referral and the live assessment only", k)
		}
		if k := kinds[earlier.ID]; !slices.Equal(k, []string{"referral", "referral"}) {
			t.Errorf("earlier child's records = %v, want both referrals", k)
		}
		c := got[0]
		if c.Items[0].ID != ref.ID || c.Items[0].Get("source") != "2A" || c.Items[0].Get("referral_date") != "2025-05-01" || c.Items[0].Get("nfa") != "" || c.Items[1].Get("wishes") != "" || c.Person.DateOfBirth.String() != "2015-01-01" || c.Person.Sex != "F" || c.Person.Ethnicity != "WBRI" {
			t.Errorf("open child = %+v, first item %d", c.Person, c.Items[0].ID)
		}
		u := got[3].Person
		if !u.DateOfBirth.IsZero() || u.ExpectedDateOfBirth.String() != "2026-05-20" || !slices.Equal(u.Disabilities, []string{"NONE"}) {
			t.Errorf("unborn child = %+v", u)
		}

		if _, err := s.CensusChildren(ctx, date.MustParse("2026-03-31"), date.MustParse("2025-04-01"), censusFields); err == nil {
			t.Error("a period that ends before it starts was accepted")
		}
		if _, err := s.CensusChildren(ctx, date.MustParse("2025-04-01"), date.MustParse("2026-03-31"), map[string][]string{"assessment": {"wishes"}}); err == nil {
			t.Error("free text was asked for and accepted")
		}
		none, err := s.CensusChildren(ctx, date.MustParse("2010-04-01"), date.MustParse("2011-03-31"), censusFields)
		if err != nil || len(none) != 0 {
			t.Errorf("empty year = %d children, %v", len(none), err)
		}
	})
}
