package server_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"ourchild/internal/access"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

// Ending an allocation asks why the worker's involvement ended, as the SSDA903 reports it (a DfE
// SW_REASON code); the record and the API show it.
func TestEndAllocationAsksWhy(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		c := e.client().signIn(access.TeamManager)
		rec, err := s.LoadRecord(ctx, e.child.ID)
		if err != nil {
			t.Fatal(err)
		}
		path := "/people/" + itoa(e.child.ID) + "/allocations/" + itoa(rec.Allocations[0].ID) + "/end"
		_, form, _ := c.do("GET", path, nil)
		wantContains(t, "form", form, `name="end_reason"`, `value="LEFTRL"`, "Social worker left the role")

		refused := []struct {
			name string
			form url.Values
			want []string
		}{
			{"no reason", merge(dateParts("end_date", "2026-03-01"), url.Values{"reason": {"Left"}}),
				[]string{`href="#end_reason"`, "Select why the worker&#39;s involvement ended"}},
			{"a reason not in the DfE list", merge(dateParts("end_date", "2026-03-01"), url.Values{"end_reason": {"QUIT"}}),
				[]string{`href="#end_reason"`}},
			{"no date and no reason", url.Values{"reason": {"Left"}},
				[]string{`href="#end_date"`, `href="#end_reason"`}},
		}
		for _, tt := range refused {
			status, body, _ := c.do("POST", path, tt.form)
			if status != http.StatusBadRequest {
				t.Errorf("%s: status %d, want 400", tt.name, status)
			}
			wantContains(t, tt.name, body, tt.want...)
		}
		if rec, _ := s.LoadRecord(ctx, e.child.ID); rec.CurrentAllocation() == nil {
			t.Fatal("a refused ending ended the allocation")
		}

		status, _, _ := c.do("POST", path, merge(dateParts("end_date", "2026-03-01"), url.Values{"end_reason": {"LEFTRL"}, "reason": {"Moved to another council"}}))
		if status != http.StatusSeeOther {
			t.Fatalf("ending: status %d", status)
		}
		_, body, _ := c.do("GET", "/people/"+itoa(e.child.ID), nil)
		wantContains(t, "record", body, "1 March 2026", "Social worker left the role")

		status, body, _ = c.do("GET", "/api/people/"+itoa(e.child.ID), nil)
		var got struct {
			Allocations []struct {
				EndDate   string `json:"end_date"`
				EndReason string `json:"end_reason"`
			} `json:"allocations"`
		}
		if err := json.Unmarshal([]byte(body), &got); status != http.StatusOK || err != nil {
			t.Fatalf("API record: %d %v", status, err)
		}
		if len(got.Allocations) != 1 || got.Allocations[0].EndReason != "LEFTRL" || got.Allocations[0].EndDate != "2026-03-01" {
			t.Errorf("API allocations = %+v", got.Allocations)
		}
	})
}

// The user form takes a social worker's registration ID, refusing one the 903 would not accept.
func TestUserFormSocialWorkerID(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		c := e.client().signIn(access.Administrator)
		user := func(swID string) url.Values {
			return url.Values{"name": {"Pat Worker"}, "username": {"pat.worker"}, "role": {string(access.SocialWorker)},
				"team_id": {""}, "password": {"a long enough password"}, "sw_id": {swID}}
		}
		status, body, _ := c.do("POST", "/admin/users/new", user("PW 12"))
		if status != http.StatusBadRequest {
			t.Fatalf("bad SW ID: status %d", status)
		}
		wantContains(t, "bad SW ID", body, `href="#sw_id"`, "starts SW", `value="PW 12"`)
		if _, err := s.UserByUsername(ctx, "pat.worker"); err == nil {
			t.Error("an account with a bad SW ID was saved")
		}
		if status, _, _ := c.do("POST", "/admin/users/new", user("sw998877")); status != http.StatusSeeOther {
			t.Fatalf("good SW ID: status %d", status)
		}
		if u, err := s.UserByUsername(ctx, "pat.worker"); err != nil || u.SWID != "SW998877" {
			t.Errorf("saved user = %+v, %v; want SW ID SW998877", u, err)
		}
	})
}

// An administrator changes an account's details, including the SW ID the 903 reports; a bad ID is
// refused with nothing changed, a change made from a stale form is refused as a conflict, and the
// audit log says what changed.
func TestUserFormChangeDetails(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		c := e.client().signIn(access.Administrator)
		sw := e.users[access.SocialWorker]
		path := "/admin/users/" + itoa(sw.ID) + "/edit"
		_, form, _ := c.do("GET", path, nil)
		wantContains(t, "form", form, "Change account details", `name="sw_id"`, `name="version"`, sw.Name)
		if strings.Contains(form, `name="password"`) || strings.Contains(form, `name="username"`) {
			t.Error("the change form offers the username or a password")
		}
		before, _ := s.UserByID(ctx, sw.ID)
		change := func(swID, version string) url.Values {
			return url.Values{"name": {sw.Name}, "role": {string(sw.Role)}, "team_id": {itoa(sw.TeamID)}, "sw_id": {swID}, "version": {version}}
		}
		status, body, _ := c.do("POST", path, change("PW 12", before.UpdatedAt))
		if status != http.StatusBadRequest {
			t.Fatalf("bad SW ID: status %d", status)
		}
		wantContains(t, "bad SW ID", body, `href="#sw_id"`, `value="PW 12"`)
		if u, _ := s.UserByID(ctx, sw.ID); u.SWID != before.SWID {
			t.Errorf("a refused change saved SW ID %q", u.SWID)
		}
		if status, _, _ := c.do("POST", path, change("sw445566", before.UpdatedAt)); status != http.StatusSeeOther {
			t.Fatalf("good SW ID: status %d", status)
		}
		after, _ := s.UserByID(ctx, sw.ID)
		if after.SWID != "SW445566" || after.Username != sw.Username {
			t.Errorf("saved user = %+v", after)
		}
		if status, _, _ := c.do("POST", path, change("SW111111", before.UpdatedAt)); status != http.StatusConflict {
			t.Errorf("a change from a stale form: status %d, want 409", status)
		}
		if u, _ := s.UserByID(ctx, sw.ID); u.SWID != "SW445566" {
			t.Errorf("a stale change overwrote the SW ID: %q", u.SWID)
		}
		_, list, _ := c.do("GET", "/admin/users", nil)
		wantContains(t, "users", list, "SW445566", path)
		_, log, _ := c.do("GET", "/audit?action=user_change", nil)
		wantContains(t, "audit", log, "Changed user "+sw.Username)
	})
}

// Allocating a new worker when the child has one asks why the current worker's involvement is
// ending (the 903's SW_REASON); without a reason nothing changes.
func TestReallocateAsksWhy(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		c := e.client().signIn(access.TeamManager)
		path := "/people/" + itoa(e.child.ID) + "/allocate"
		_, form, _ := c.do("GET", path, nil)
		wantContains(t, "form", form, `name="previous_end_reason"`, "Nobody is being replaced")
		next := merge(dateParts("start_date", "2026-03-02"), url.Values{"worker_id": {itoa(e.users[access.TeamManager].ID)}, "role": {"Allocated social worker"}})
		status, body, _ := c.do("POST", path, next)
		if status != http.StatusBadRequest {
			t.Fatalf("no reason: status %d", status)
		}
		wantContains(t, "no reason", body, `href="#previous_end_reason"`)
		if rec, _ := s.LoadRecord(ctx, e.child.ID); len(rec.Allocations) != 1 {
			t.Fatalf("a refused allocation changed the allocations: %+v", rec.Allocations)
		}
		if status, _, _ := c.do("POST", path, merge(next, url.Values{"previous_end_reason": {"CHCHAN"}})); status != http.StatusSeeOther {
			t.Fatalf("with a reason: status %d", status)
		}
		rec, _ := s.LoadRecord(ctx, e.child.ID)
		if len(rec.Allocations) != 2 {
			t.Fatalf("allocations = %+v", rec.Allocations)
		}
		for _, al := range rec.Allocations {
			if al.WorkerID == e.users[access.SocialWorker].ID && (al.EndReason != "CHCHAN" || al.EndDate.String() != "2026-03-02") {
				t.Errorf("replaced allocation = %+v", al)
			}
		}
	})
}
