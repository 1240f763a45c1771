package server_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"ourchild/internal/access"
	"ourchild/internal/audit"
	"ourchild/internal/casework"
	"ourchild/internal/date"
	"ourchild/internal/person"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

// workEnv is newEnv on Friday 20 November 2026, with a second child allocated to the team
// manager, and a referral of 1 September 2026 for each child: the 45 working days for the
// assessment ran out on 3 November.
func workEnv(t *testing.T, s *store.Store) (*env, *person.Person) {
	t.Helper()
	s.Now = func() time.Time { return time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC) }
	e := newEnv(t, s)
	other := &person.Person{GivenNames: "Bea", FamilyName: "Brown", DateOfBirth: date.MustParse("2016-01-02"), Sex: "F", Ethnicity: "WBRI"}
	if err := s.CreatePerson(ctx, audit.System, other); err != nil {
		t.Fatal(err)
	}
	if err := s.Allocate(ctx, audit.System, &person.Allocation{PersonID: other.ID, WorkerID: e.users[access.TeamManager].ID, StartDate: date.MustParse("2026-09-01")}, ""); err != nil {
		t.Fatal(err)
	}
	ed := store.Editor{Actor: e.users[access.SocialWorker].Actor("192.0.2.1")}
	for _, p := range []*person.Person{e.child, other} {
		ref := &casework.Item{PersonID: p.ID, Kind: "referral", Values: casework.Values{
			"referral_date": {"2026-09-01"}, "source": {"2A"}, "nfa": {"no"}}}
		if err := s.AddItem(ctx, ed, ref); err != nil {
			t.Fatal(err)
		}
	}
	return e, other
}

func TestMyWork(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e, other := workEnv(t, s)
		c := e.client().signIn(access.SocialWorker)
		status, body, _ := c.do("GET", "/work", nil)
		if status != http.StatusOK {
			t.Fatalf("GET /work: %d", status)
		}
		wantContains(t, "my work", body, "My work", "Amara Okafor", "Assessment within 45 working days of the referral",
			"3 November 2026", "govuk-tag--red", "13 working days late",
			"/people/"+itoa(e.child.ID)+"/casework/new?kind=assessment")
		if strings.Contains(body, other.GivenNames) {
			t.Error("my work shows another worker's child")
		}
		// Management oversight is the manager's to record: it is in Team work, not My work.
		if strings.Contains(body, "Management oversight within") {
			t.Error("my work lists a clock only a manager can meet")
		}
		events, _ := s.AuditEvents(ctx, audit.Filter{ActorID: e.users[access.SocialWorker].ID, Action: audit.View})
		if len(events) == 0 || events[0].Detail != "Viewed My work (1 child)" {
			t.Errorf("audit of the view = %+v", events)
		}

		// Filters are plain GET queries.
		_, body, _ = c.do("GET", "/work?kind=assessment", nil)
		wantContains(t, "kind filter", body, "Assessment within 45 working days", "matching the filters")
		_, body, _ = c.do("GET", "/work?kind=s47", nil)
		wantContains(t, "kind filter with no match", body, "Nothing matches the filters")
		if strings.Contains(body, "Assessment within 45") {
			t.Error("the kind filter kept an assessment clock")
		}
		_, body, _ = c.do("GET", "/work?state=soon", nil)
		wantContains(t, "state filter", body, "Nothing matches the filters")

		if status, _, _ := c.do("GET", "/work/team", nil); status != http.StatusForbidden {
			t.Errorf("a social worker opened team work: %d", status)
		}
	})
}

func TestTeamWork(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e, other := workEnv(t, s)
		c := e.client().signIn(access.TeamManager)
		status, body, _ := c.do("GET", "/work/team", nil)
		if status != http.StatusOK {
			t.Fatalf("GET /work/team: %d", status)
		}
		wantContains(t, "team work", body, "Team work", "Assessment 1", "By worker", "Amara Okafor", "Bea Brown",
			"Social worker Tester", "Team manager Tester", "Management oversight within 8 weeks")
		sw := itoa(e.users[access.SocialWorker].ID)
		_, body, _ = c.do("GET", "/work/team?worker="+sw, nil)
		if !strings.Contains(body, "Amara Okafor</a>") || strings.Contains(body, other.Name()+"</a>") {
			t.Error("the worker filter did not keep only the worker's children")
		}
	})
}

func TestLocalStandardsPage(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e, _ := workEnv(t, s)
		sm := &store.User{Username: "service_manager", Name: "Service Manager Tester", Role: access.ServiceManager, TeamID: e.users[access.TeamManager].TeamID}
		if err := s.CreateUser(ctx, audit.System, sm, password); err != nil {
			t.Fatal(err)
		}
		if status, _, _ := e.client().signIn(access.TeamManager).do("GET", "/admin/standards", nil); status != http.StatusForbidden {
			t.Errorf("a team manager opened local standards: %d", status)
		}
		c := e.client().signIn(access.ServiceManager)
		status, body, _ := c.do("GET", "/admin/standards", nil)
		if status != http.StatusOK {
			t.Fatalf("GET /admin/standards: %d", status)
		}
		wantContains(t, "standards", body, "Initial child protection conference", "R-B01", "Statutory", "Visits to a child on a child protection plan")

		refused := []struct {
			form url.Values
			want string
		}{
			{url.Values{"name": {"icpc_wd"}, "value": {"20"}, "reason": {"Capacity"}}, "may shorten it but not make it longer than 15"},
			{url.Values{"name": {"cp_visit_wd"}, "value": {"15"}, "reason": {""}}, "Enter why the council is changing this standard"},
		}
		for _, r := range refused {
			status, body, _ := c.do("POST", "/admin/standards", r.form)
			if status != http.StatusBadRequest {
				t.Errorf("POST %v: %d", r.form, status)
			}
			wantContains(t, "refused standard", body, "govuk-error-summary", r.want)
		}
		if std, set, _ := s.Standards(ctx); len(set) != 0 || std.ICPCWD != 15 {
			t.Fatalf("a refused change was saved: %v", set)
		}

		status, _, h := c.do("POST", "/admin/standards", url.Values{"name": {"assessment_wd"}, "value": {"40"}, "reason": {"Agreed by the partnership, 1 October 2026"}})
		if status != http.StatusSeeOther || h.Get("Location") != "/admin/standards" {
			t.Fatalf("valid change: %d %s", status, h.Get("Location"))
		}
		_, body, _ = c.do("GET", "/admin/standards", nil)
		wantContains(t, "after the change", body, "Set by Service Manager Tester: Agreed by the partnership")
		events, _ := s.AuditEvents(ctx, audit.Filter{ActorID: sm.ID, Action: audit.Update})
		if len(events) != 1 || !strings.Contains(events[0].Detail, "from 45 (default) to 40 working days") {
			t.Errorf("audit of the change = %+v", events)
		}
		// The workers' clocks follow at once.
		_, body, _ = e.client().signIn(access.SocialWorker).do("GET", "/work", nil)
		wantContains(t, "my work after the change", body, "Assessment within 40 working days of the referral", "27 October 2026")
	})
}
