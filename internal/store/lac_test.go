package store_test

import (
	"testing"

	"ourchild/internal/date"
	"ourchild/internal/person"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

// TestLookedAfterChildren checks which children and records the SSDA903 return reads for
// 2025/26: a period of care or leaving care support open at any time from 1 April 2025 to
// 31 March 2026 brings the child in; each record comes with its dates, codes and the few short
// answers the return needs (postcodes, URN, questionnaire score), never free text; a girl's
// first child's birth comes from her relationships.
func TestLookedAfterChildren(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		w := store.Editor{Actor: f.actor, Manager: true}
		in := f.create(t, child("In", "Care", "2010-01-01"))
		period := f.add(t, w, in.ID, "care_period", v("start", "2025-05-01", "category", "N1", "uasc", "no", "home_postcode", "DS1 1AA",
			"iro", "Ms Reviewing Officer"))
		f.add(t, w, in.ID, "placement", v("start", "2025-05-01", "reason_new", "S", "legal_status", "V2", "type", "U4",
			"provider", "PR1", "carer", "Mr and Mrs Foster", "postcode", "DS2 2BB", "urn", "XXXXXXX"))
		f.add(t, w, in.ID, "health_assessment", v("date", "2025-06-01", "type", "initial", "by", "Dr Who", "immunisations", "yes",
			"gp", "yes", "sdq", "12", "plan", "Glasses"))
		f.add(t, w, in.ID, "case_note", v("date", "2025-05-04", "type", "phone", "subject", "Call", "note", "Spoke to school"))
		baby := f.create(t, child("Her", "Baby", "2025-02-01"))
		if err := s.AddRelationship(ctx, f.actor, &person.Relationship{FromID: in.ID, ToID: baby.ID, Type: "mother"}); err != nil {
			t.Fatal(err)
		}

		left := f.create(t, child("Left", "Before", "2009-01-01"))
		f.add(t, w, left.ID, "care_period", v("start", "2020-01-01", "category", "N1", "uasc", "no", "end", "2025-03-31", "reason_ceased", "E13"))
		leaver := f.create(t, child("Care", "Leaver", "2006-09-01"))
		f.add(t, w, leaver.ID, "care_leaver", v("start", "2024-09-01", "status", "former_relevant"))
		after := f.create(t, child("Starts", "After", "2012-01-01"))
		f.add(t, w, after.ID, "care_period", v("start", "2026-04-01", "category", "N1", "uasc", "no"))

		got, err := s.LookedAfterChildren(ctx, date.MustParse("2025-04-01"), date.MustParse("2026-03-31"))
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[0].Person.ID != in.ID || got[1].Person.ID != leaver.ID {
			t.Fatalf("children = %d, want In Care and Care Leaver", len(got))
		}
		c := got[0]
		if !c.FirstChildBorn.Equal(date.MustParse("2025-02-01")) {
			t.Errorf("FirstChildBorn = %s, want 2025-02-01", c.FirstChildBorn)
		}
		kinds := ""
		for _, it := range c.Items {
			kinds += it.Kind + " "
		}
		if kinds != "care_period placement health_assessment " {
			t.Errorf("items = %q, want the care records only, by start date", kinds)
		}
		tests := []struct{ kind, field, want string }{
			{"care_period", "home_postcode", "DS1 1AA"},
			{"care_period", "category", "N1"},
			{"care_period", "iro", ""}, // a name: not read
			{"placement", "urn", "XXXXXXX"},
			{"placement", "postcode", "DS2 2BB"},
			{"placement", "carer", ""},
			{"health_assessment", "sdq", "12"},
			{"health_assessment", "plan", ""},
		}
		for _, tt := range tests {
			for _, it := range c.Items {
				if it.Kind == tt.kind {
					if g := it.Get(tt.field); g != tt.want {
						t.Errorf("%s.%s = %q, want %q", tt.kind, tt.field, g, tt.want)
					}
					if tt.kind == "placement" && it.ParentID != period.ID {
						t.Errorf("placement's parent = %d, want the period of care %d", it.ParentID, period.ID)
					}
				}
			}
		}
		if _, err := s.LookedAfterChildren(ctx, date.MustParse("2026-03-31"), date.MustParse("2025-04-01")); err == nil {
			t.Errorf("a period ending before it starts was accepted")
		}
	})
}
