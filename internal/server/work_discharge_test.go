package server_test

import (
	"net/http"
	"testing"
	"time"

	"ourchild/internal/access"
	"ourchild/internal/casework"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

// A team manager sees in Team work, on Friday 20 November 2026, a child on a full care order
// living with a parent since Monday 2 March 2026 (6 months on 2 September) with no application
// to discharge the care order; then, once the application is made on 16 October, that it has
// waited 5 weeks for the court.
func TestTeamWorkCareOrderAtHome(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		s.Now = func() time.Time { return time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC) }
		e := newEnv(t, s)
		ed := store.Editor{Actor: e.users[access.SocialWorker].Actor("192.0.2.1")}
		add := func(it *casework.Item) {
			t.Helper()
			it.PersonID = e.child.ID
			if err := s.AddItem(ctx, ed, it); err != nil {
				t.Fatalf("AddItem(%s): %v", it.Kind, err)
			}
		}
		add(&casework.Item{Kind: "care_period", Values: casework.Values{"start": {"2026-01-05"}, "category": {"N1"}, "uasc": {"no"}}})
		add(&casework.Item{Kind: "placement", Values: casework.Values{"start": {"2026-01-05"}, "reason_new": {"S"}, "legal_status": {"C2"},
			"type": {"U6"}, "provider": {"PR1"}, "carer": {"Foster carers"}, "end": {"2026-03-02"}, "reason_change": {"CARPL"}}})
		add(&casework.Item{Kind: "placement", Values: casework.Values{"start": {"2026-03-02"}, "reason_new": {"P"}, "legal_status": {"C2"},
			"type": {"P1"}, "provider": {"PR0"}, "carer": {"Mother"}, "parent_assessed": {"2026-02-20"}}})
		c := e.client().signIn(access.TeamManager)
		status, body, _ := c.do("GET", "/work/team", nil)
		if status != http.StatusOK {
			t.Fatalf("GET /work/team: %d", status)
		}
		wantContains(t, "team work, care order at home", body, "Amara Okafor",
			"Care order, living with a parent 6 months: application to discharge the care order", "2 September 2026", "Passed",
			"/people/"+itoa(e.child.ID)+"/casework/new?kind=legal_order",
			"Statutory visit (child seen) within 7 days of the placement: care order, living with a parent (reg 28(5))")

		add(&casework.Item{Kind: "legal_order", Values: casework.Values{"type": {"discharge"}, "applied": {"2026-10-16"}, "applicant": {"Local authority"}}})
		_, body, _ = c.do("GET", "/work/team", nil)
		wantContains(t, "team work, application waiting", body,
			"Application to discharge the care order undecided 26 weeks", "Applied 16 October 2026, waiting 5 weeks for the court’s decision")
	})
}

// The record of a child placed for adoption shows the life-story book outstanding, with the
// parts given so far, until the completed book is given.
func TestRecordLifeStoryOutstanding(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		s.Now = func() time.Time { return time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC) }
		e := newEnv(t, s)
		ed := store.Editor{Actor: e.users[access.SocialWorker].Actor("192.0.2.1")}
		for _, it := range []*casework.Item{
			{Kind: "care_period", Values: casework.Values{"start": {"2025-01-06"}, "category": {"N1"}, "uasc": {"no"}}},
			{Kind: "adoption", Values: casework.Values{"decision": {"2025-06-02"}, "match": {"2025-09-01"}, "adopters": {"2"},
				"adopter_sex": {"MF"}, "adopter_status": {"L11"}, "placed": {"2025-10-01"},
				"life_story_parts.part": {"My birth family", "Coming home"}, "life_story_parts.given": {"2025-09-20", ""}}},
		} {
			it.PersonID = e.child.ID
			if err := s.AddItem(ctx, ed, it); err != nil {
				t.Fatalf("AddItem(%s): %v", it.Kind, err)
			}
		}
		status, body, _ := e.client().signIn(access.SocialWorker).do("GET", "/people/"+itoa(e.child.ID), nil)
		if status != http.StatusOK {
			t.Fatalf("GET record: %d", status)
		}
		wantContains(t, "record, life story outstanding", body, "Outstanding",
			"Life-story book not completed: given so far My birth family (20 September 2025); still to give Coming home")
	})
}
