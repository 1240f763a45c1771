package store_test

import (
	"strings"
	"testing"

	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
	"ourchild/internal/workday"
)

func TestStandards(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		std, set, err := s.Standards(ctx)
		if err != nil || std.ICPCWD != 15 || std.CPVisitWD != 10 || len(set) != 0 {
			t.Fatalf("defaults: %+v %v %v", std, set, err)
		}
		refused := []struct {
			name, value, reason, field string
		}{
			{"icpc_wd", "20", "We are busy", "value"},            // looser than statutory guidance
			{"cp_visit_wd", "abc", "Practice standard", "value"}, // not a number
			{"cp_visit_wd", "15", "  ", "reason"},                // no reason
			{"lunch_minutes", "30", "Why not", "name"},           // no such standard
		}
		for _, r := range refused {
			err := s.SetStandard(ctx, f.actor, r.name, r.value, r.reason)
			if apperr.FieldsOf(err).For(r.field) == "" {
				t.Errorf("SetStandard(%s, %q, %q) = %v, want an error for %s", r.name, r.value, r.reason, err, r.field)
			}
		}
		if _, set, _ := s.Standards(ctx); len(set) != 0 {
			t.Fatalf("a refused change was saved: %v", set)
		}

		if err := s.SetStandard(ctx, f.actor, "cp_visit_wd", "15", "Agreed with the safeguarding partnership"); err != nil {
			t.Fatal(err)
		}
		if err := s.SetStandard(ctx, f.actor, "cp_visit_wd", "8", "Ofsted recommendation"); err != nil {
			t.Fatal(err)
		}
		if err := s.SetStandard(ctx, f.actor, "counting_convention", "inclusive", "As the sector validator counts"); err != nil {
			t.Fatal(err)
		}
		std, set, err = s.Standards(ctx)
		if err != nil || std.CPVisitWD != 8 || std.Convention != workday.Inclusive || std.ICPCWD != 15 {
			t.Fatalf("after changes: %+v %v", std, err)
		}
		if ls := set["cp_visit_wd"]; ls.Value != "8" || ls.Reason != "Ofsted recommendation" || ls.UpdatedBy != "Sam Worker" || ls.UpdatedAt == "" {
			t.Errorf("stored standard = %+v", ls)
		}
		events, err := s.AuditEvents(ctx, audit.Filter{Action: audit.Update})
		if err != nil {
			t.Fatal(err)
		}
		var details []string
		for _, e := range events {
			if strings.HasPrefix(e.Detail, "Local standard") {
				details = append(details, e.Detail)
			}
		}
		if len(details) != 3 || !strings.Contains(strings.Join(details, "\n"), "from 15 to 8 working days: Ofsted recommendation") ||
			!strings.Contains(strings.Join(details, "\n"), "from 10 (default) to 15") {
			t.Errorf("audit = %q", details)
		}
	})
}
