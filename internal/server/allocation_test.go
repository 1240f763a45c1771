package server_test

import (
	"encoding/json"
	"net/http"
	"net/url"
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
