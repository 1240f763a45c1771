package api_test

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"

	"ourchild/internal/access"
	"ourchild/internal/audit"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

func TestContextsAPI(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		worker := e.signIn("worker", access.SocialWorker)
		manager := e.signIn("manager", access.TeamManager)
		analyst := e.signIn("analyst", access.PerformanceAnalyst)
		amara := e.createInStore(child("Amara", "Okafor", "2011-03-02"))
		bella := e.createInStore(child("Bella", "Stone", "2010-07-15"))
		secret := child("Sealed", "Record", "2010-01-01")
		secret.Restricted, secret.RestrictionReason = true, "Staff child"
		e.createInStore(secret)

		// Bad input names each field and saves nothing; unknown fields are refused.
		r := e.do(worker, req{method: "POST", path: "/api/contexts", body: map[string]any{"kind": "place", "name": "", "risks": []string{"gangs"}}}).expect(t, http.StatusBadRequest)
		if _, _, fields := r.errCode(); !slices.Contains(fields, "name") || !slices.Contains(fields, "area") || !slices.Contains(fields, "risks") {
			t.Errorf("fields = %v; want name, area and risks", fields)
		}
		e.do(worker, req{method: "POST", path: "/api/contexts", body: map[string]any{"kind": "place", "name": "X", "risks": []string{"cse"}, "extra": 1}}).expect(t, http.StatusBadRequest)
		e.do(analyst, req{method: "POST", path: "/api/contexts", body: map[string]any{"kind": "peer_group", "name": "X", "risks": []string{"cse"}}}).expect(t, http.StatusForbidden)
		if cs, _ := s.Contexts(ctx, store.ContextFilter{}); len(cs) != 0 {
			t.Fatalf("%d contexts saved from refused requests", len(cs))
		}

		r = e.do(worker, req{method: "POST", path: "/api/contexts", body: map[string]any{"kind": "place", "name": "Riverside Park", "area": "Demotown",
			"risks": []string{"county_lines", "cce"}}}).expect(t, http.StatusCreated)
		cid := r.num("id")
		base := fmt.Sprintf("/api/contexts/%d", cid)
		if r.header.Get("Location") != base {
			t.Errorf("Location = %q", r.header.Get("Location"))
		}

		// Link two children and one whose record is restricted.
		link := func(pid int64, role string) *resp {
			return e.do(worker, req{method: "POST", path: base + "/links", body: map[string]any{"person_id": pid, "role": role,
				"risk": "Seen with older males", "identified_on": "2026-11-01", "identified_by": "Police"}})
		}
		link(amara.ID, "frequents").expect(t, http.StatusCreated)
		lb := link(bella.ID, "victim_concern").expect(t, http.StatusCreated)
		link(amara.ID, "member").expect(t, http.StatusBadRequest)  // already linked
		link(secret.ID, "member").expect(t, http.StatusBadRequest) // the worker may not open it
		r = e.do(worker, req{method: "POST", path: base + "/links", body: map[string]any{"person_id": 0, "role": "x", "risk": "",
			"identified_on": "2026-02-30", "identified_by": ""}}).expect(t, http.StatusBadRequest)
		if _, _, fields := r.errCode(); !slices.Contains(fields, "identified_on") || !slices.Contains(fields, "role") || !slices.Contains(fields, "risk") {
			t.Errorf("link fields = %v", fields)
		}
		// The restricted child is linked by someone holding a grant.
		must := func(err error) {
			t.Helper()
			if err != nil {
				t.Fatal(err)
			}
		}
		must(s.GrantAccess(ctx, audit.System, manager.ID, secret.ID, "Holds the case"))
		e.do(manager, req{method: "POST", path: base + "/links", body: map[string]any{"person_id": secret.ID, "role": "member",
			"risk": "Known to police", "identified_on": "2026-11-02", "identified_by": "Police"}}).expect(t, http.StatusCreated)

		// The worker sees two children by name and one counted; the manager with the grant sees three.
		r = e.do(worker, req{method: "GET", path: base}).expect(t, http.StatusOK)
		if links := r.body["links"].([]any); len(links) != 2 || r.body["hidden_links"].(float64) != 1 || strings.Contains(string(r.raw), "Sealed") {
			t.Errorf("worker's view = %s", r.raw)
		}
		if !e.audited(worker, audit.View, bella.ID, audit.OK) {
			t.Error("Bella's listing on the place is not in her audit")
		}
		r = e.do(manager, req{method: "GET", path: base}).expect(t, http.StatusOK)
		if links := r.body["links"].([]any); len(links) != 3 || r.body["hidden_links"].(float64) != 0 {
			t.Errorf("manager's view = %s", r.raw)
		}
		r = e.do(worker, req{method: "GET", path: fmt.Sprintf("/api/people/%d/contexts", bella.ID)}).expect(t, http.StatusOK)
		pcs := r.body["contexts"].([]any)
		if len(pcs) != 1 || !strings.Contains(string(r.raw), "Amara Okafor") || pcs[0].(map[string]any)["hidden_links"].(float64) != 1 {
			t.Errorf("Bella's contexts = %s", r.raw)
		}

		// A stale edit is a 409 with what changed; a close needs a manager and a reason.
		e.do(worker, req{method: "PUT", path: base, body: map[string]any{"version": 1, "kind": "place", "name": "Riverside Park", "area": "Demotown",
			"description": "Skate ramp", "risks": []string{"cce"}}}).expect(t, http.StatusOK)
		r = e.do(worker, req{method: "PUT", path: base, body: map[string]any{"version": 1, "kind": "place", "name": "Riverside", "area": "Demotown",
			"risks": []string{"cce"}}}).expect(t, http.StatusConflict)
		if !strings.Contains(string(r.raw), `"current_version":2`) {
			t.Errorf("conflict = %s", r.raw)
		}
		e.do(worker, req{method: "POST", path: base + "/close", body: map[string]any{"version": 2, "closed_on": "2026-11-19", "reason": "Gone"}}).expect(t, http.StatusForbidden)
		r = e.do(manager, req{method: "POST", path: base + "/close", body: map[string]any{"version": 2, "closed_on": "2026-11-19", "reason": ""}}).expect(t, http.StatusBadRequest)
		if _, _, fields := r.errCode(); !slices.Contains(fields, "reason") {
			t.Errorf("close fields = %v", fields)
		}
		e.do(manager, req{method: "POST", path: base + "/close", body: map[string]any{"version": 2, "closed_on": "2026-11-20", "reason": "Ramp removed"}}).expect(t, http.StatusOK)
		r = e.do(worker, req{method: "GET", path: "/api/contexts?status=closed"}).expect(t, http.StatusOK)
		if cs := r.body["contexts"].([]any); len(cs) != 1 {
			t.Errorf("closed contexts = %s", r.raw)
		}

		// Ending a link keeps it.
		lpath := fmt.Sprintf("%s/links/%d/end", base, lb.num("id"))
		e.do(worker, req{method: "POST", path: lpath, body: map[string]any{"version": 1, "ended_on": "2026-11-19", "reason": ""}}).expect(t, http.StatusBadRequest)
		r = e.do(worker, req{method: "POST", path: lpath, body: map[string]any{"version": 1, "ended_on": "2026-11-19", "reason": "Moved away"}}).expect(t, http.StatusOK)
		if r.body["end_reason"] != "Moved away" || r.body["version"].(float64) != 2 {
			t.Errorf("ended link = %s", r.raw)
		}
		e.do(worker, req{method: "GET", path: "/api/contexts/999"}).expect(t, http.StatusNotFound)
	})
}
