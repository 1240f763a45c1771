package server_test

import (
	"net/http"
	"net/url"
	"testing"
	"time"

	"ourchild/internal/access"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

// TestPrivateFosteringThroughTheForms records a private fostering arrangement through the
// generated form (a suitability decision without its date refused, nothing saved), and its
// first visit clock shows in the worker's My work: notified on Wednesday 18 November 2026,
// 7 working days run out on Friday 27 November.
func TestPrivateFosteringThroughTheForms(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		s.Now = func() time.Time { return time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC) }
		sw := e.client().signIn(access.SocialWorker)
		path := "/people/" + itoa(e.child.ID) + "/casework/new?kind=private_fostering"
		_, body, _ := sw.do("GET", path, nil)
		wantContains(t, "form", body, "Private fostering arrangement", "Date the council was notified", "Private foster carer")
		form := merge(dateParts("notified", "2026-11-18"), url.Values{"carer": {"Mrs Ada Lovelace"}, "parent_consent": {"yes"}})
		status, body, _ := sw.do("POST", path, merge(form, url.Values{"suitability": {"suitable"}}))
		if status != http.StatusBadRequest || len(e.items("private_fostering")) != 0 {
			t.Fatalf("a suitability decision without its date: %d, %d saved", status, len(e.items("private_fostering")))
		}
		wantContains(t, "errors", body, "Enter the date the suitability assessment was completed")
		if status, _, _ = sw.do("POST", path, form); status != http.StatusSeeOther || len(e.items("private_fostering")) != 1 {
			t.Fatalf("record the arrangement: %d", status)
		}
		_, body, _ = sw.do("GET", "/work", nil)
		wantContains(t, "My work", body, "First private fostering visit within 7 working days of the notification", "27 November 2026")
	})
}
