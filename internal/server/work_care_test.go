package server_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"ourchild/internal/access"
	"ourchild/internal/casework"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

// A child in care in My work on Friday 20 November 2026: looked after and placed from Monday
// 3 August 2026, visited on 7 August and not since (the next visit was due 6 weeks later, on
// 18 September), and never reviewed (the first review was due 20 working days after the start,
// over the summer bank holiday: Tuesday 1 September).
func TestMyWorkChildInCare(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		s.Now = func() time.Time { return time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC) }
		e := newEnv(t, s)
		ed := store.Editor{Actor: e.users[access.SocialWorker].Actor("192.0.2.1")}
		for _, it := range []*casework.Item{
			{Kind: "care_period", Values: casework.Values{"start": {"2026-08-03"}, "category": {"N1"}, "uasc": {"no"},
				"care_plan": {"2026-08-03"}, "iro": {"Ira Officer"}, "iro_appointed": {"2026-08-04"}}},
			{Kind: "placement", Values: casework.Values{"start": {"2026-08-03"}, "reason_new": {"S"}, "legal_status": {"C2"},
				"type": {"U1"}, "provider": {"PR1"}, "carer": {"Foster carers"}, "placement_plan": {"2026-08-03"}}},
			{Kind: "visit", Values: casework.Values{"date": {"2026-08-07"}, "type": {"cla"}, "seen": {"yes"}, "seen_alone": {"yes"}, "voice": {"Happy at the carers"}}},
		} {
			it.PersonID = e.child.ID
			if err := s.AddItem(ctx, ed, it); err != nil {
				t.Fatalf("AddItem(%s): %v", it.Kind, err)
			}
		}
		c := e.client().signIn(access.SocialWorker)
		status, body, _ := c.do("GET", "/work", nil)
		if status != http.StatusOK {
			t.Fatalf("GET /work: %d", status)
		}
		wantContains(t, "my work, child in care", body, "Amara Okafor",
			"Statutory visit (child seen) within 42 days of the last", "18 September 2026",
			"First looked-after review within 20 working days", "1 September 2026", "govuk-tag--red",
			"/people/"+itoa(e.child.ID)+"/casework/new?kind=visit",
			"/people/"+itoa(e.child.ID)+"/casework/new?kind=cla_review")
		// Met clocks are not listed: the care plan, placement plan and IRO were on time.
		for _, met := range []string{"Care plan within", "Placement plan within", "Independent reviewing officer appointed"} {
			if strings.Contains(body, met) {
				t.Errorf("my work lists a met clock: %s", met)
			}
		}
		_, body, _ = c.do("GET", "/work?state=overdue&kind=cla_review", nil)
		wantContains(t, "overdue reviews", body, "First looked-after review within 20 working days")
	})
}
