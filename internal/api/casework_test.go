package api_test

import (
	"fmt"
	"net/http"
	"slices"
	"testing"

	"ourchild/internal/access"
	"ourchild/internal/audit"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

func TestCaseworkAPI(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		worker := e.signIn("worker", access.SocialWorker)
		manager := e.signIn("manager", access.TeamManager)
		analyst := e.signIn("analyst", access.PerformanceAnalyst)
		amara := e.createInStore(child("Amara", "Okafor", "2015-03-02"))
		base := fmt.Sprintf("/api/people/%d/casework", amara.ID)

		// The kinds describe their questions, with the DfE codes of each choice.
		r := e.do(worker, req{method: "GET", path: "/api/casework-kinds"}).expect(t, http.StatusOK)
		kinds, _ := r.body["kinds"].([]any)
		found := false
		for _, k := range kinds {
			km := k.(map[string]any)
			if km["name"] == "referral" {
				for _, f := range km["fields"].([]any) {
					fm := f.(map[string]any)
					if fm["name"] == "source" && fm["type"] == "choice" && len(fm["options"].([]any)) == 22 {
						found = true
					}
				}
			}
		}
		if !found {
			t.Errorf("casework-kinds does not describe the referral source with its 22 DfE codes: %s", r.raw)
		}

		// Bad input: field-level messages, nothing saved.
		r = e.do(worker, req{method: "POST", path: base, body: map[string]any{"kind": "referral",
			"values": map[string]any{"referral_date": []string{"2026-02-30"}, "source": []string{"ZZ"}}}}).expect(t, http.StatusBadRequest)
		if _, _, fields := r.errCode(); !slices.Contains(fields, "referral_date") || !slices.Contains(fields, "source") || !slices.Contains(fields, "nfa") {
			t.Errorf("fields = %v, want referral_date, source and nfa", fields)
		}
		e.do(worker, req{method: "POST", path: base, body: map[string]any{"kind": "nonsense", "values": map[string]any{}}}).expect(t, http.StatusBadRequest)
		e.do(worker, req{method: "POST", path: base, body: map[string]any{"kind": "referral", "values": map[string]any{}, "extra": 1}}).expect(t, http.StatusBadRequest)
		if items, _ := s.Items(ctx, amara.ID); len(items) != 0 {
			t.Fatalf("%d items saved from refused requests", len(items))
		}

		// A referral, then an assessment that the worker may not authorise.
		r = e.do(worker, req{method: "POST", path: base, body: map[string]any{"kind": "referral",
			"values": map[string]any{"referral_date": []string{"2026-10-01"}, "source": []string{"6"}, "nfa": []string{"no"}}}}).expect(t, http.StatusCreated)
		refID := r.num("id")
		if r.header.Get("Location") != fmt.Sprintf("%s/%d", base, refID) {
			t.Errorf("Location = %q", r.header.Get("Location"))
		}
		r = e.do(worker, req{method: "POST", path: base, body: map[string]any{"kind": "assessment",
			"values": map[string]any{"start": []string{"2026-10-02"}, "authorised": []string{"2026-10-20"}}}}).expect(t, http.StatusBadRequest)
		if _, _, fields := r.errCode(); !slices.Contains(fields, "authorised") {
			t.Errorf("a worker setting the authorisation: fields %v", fields)
		}
		r = e.do(worker, req{method: "POST", path: base, body: map[string]any{"kind": "assessment",
			"values": map[string]any{"start": []string{"2026-10-02"}}}}).expect(t, http.StatusCreated)
		aID := r.num("id")
		if r.num("episode_id") != refID {
			t.Errorf("assessment episode = %d, want the referral %d", r.num("episode_id"), refID)
		}

		// Concurrent edits: the second PUT over the same version is a 409 saying what changed.
		path := fmt.Sprintf("%s/%d", base, aID)
		vals := map[string]any{"start": []string{"2026-10-02"}, "danger": []string{"Amara could be hurt again"}}
		e.do(worker, req{method: "PUT", path: path, body: map[string]any{"version": 1, "values": vals}}).expect(t, http.StatusOK)
		r = e.do(manager, req{method: "PUT", path: path, body: map[string]any{"version": 1,
			"values": map[string]any{"start": []string{"2026-10-02"}, "target": []string{"2026-11-01"}}}}).expect(t, http.StatusConflict)
		if code, _, _ := r.errCode(); code != "conflict" {
			t.Errorf("code = %q", code)
		}
		if errBody := r.body["error"].(map[string]any); errBody["current_version"] != float64(2) || errBody["changes"] == nil {
			t.Errorf("conflict body = %v", errBody)
		}

		// Reading: the list and one record, audited; the clocks.
		r = e.do(worker, req{method: "GET", path: base}).expect(t, http.StatusOK)
		if items, _ := r.body["items"].([]any); len(items) != 2 {
			t.Errorf("items = %d, want 2", len(items))
		}
		e.do(worker, req{method: "GET", path: path}).expect(t, http.StatusOK)
		e.do(worker, req{method: "GET", path: fmt.Sprintf("/api/people/%d/casework/%d", amara.ID+1000, aID)}).expect(t, http.StatusNotFound)
		r = e.do(worker, req{method: "GET", path: fmt.Sprintf("/api/people/%d/clocks", amara.ID)}).expect(t, http.StatusOK)
		clocks, _ := r.body["clocks"].([]any)
		var names []string
		for _, c := range clocks {
			names = append(names, c.(map[string]any)["name"].(string))
		}
		if !slices.Contains(names, "Assessment within 45 working days of the referral") {
			t.Errorf("clocks = %v", names)
		}
		if !e.audited(worker, audit.View, amara.ID, audit.OK) {
			t.Error("reading casework is not audited")
		}

		// Permissions: an analyst can neither read nor record casework.
		e.do(analyst, req{method: "GET", path: base}).expect(t, http.StatusForbidden)
		e.do(analyst, req{method: "POST", path: base, body: map[string]any{"kind": "case_note", "values": map[string]any{}}}).expect(t, http.StatusForbidden)
	})
}
