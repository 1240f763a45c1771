package cinreport_test

import (
	"context"
	"testing"
	"time"

	"ourchild/internal/access"
	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/casework"
	"ourchild/internal/codes"
	"ourchild/internal/date"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

var ctx = context.Background()

// recordedOn is when the test journeys are recorded: after the 2025/26 year ends, so that
// a closure in April 2026 is on record but after the census reference date.
var recordedOn = time.Date(2026, 4, 20, 9, 0, 0, 0, time.UTC)

// rec records casework through the store, as the pages do, failing the test on any refusal.
type rec struct {
	*storetest.Recorder
	worker store.Editor
}

func newRec(t *testing.T, s *store.Store) *rec {
	t.Helper()
	s.Now = func() time.Time { return recordedOn }
	team := &store.Team{Name: "Assessment team 1", Service: "Assessment"}
	if err := s.CreateTeam(ctx, team); err != nil {
		t.Fatal(err)
	}
	u := &store.User{Username: "tm1", Name: "Tess Manager", Role: access.TeamManager, TeamID: team.ID}
	if err := s.CreateUser(ctx, audit.System, u, "a long enough password"); err != nil {
		t.Fatal(err)
	}
	a := u.Actor("192.0.2.1")
	return &rec{Recorder: &storetest.Recorder{T: t, S: s, Manager: store.Editor{Actor: a, Manager: true}}, worker: store.Editor{Actor: a}}
}

func (r *rec) only(pid int64, kind string) *casework.Item {
	r.T.Helper()
	items, err := r.S.Items(ctx, pid)
	if err != nil {
		r.T.Fatal(err)
	}
	var found *casework.Item
	for _, it := range items {
		if it.Kind == kind && !it.EnteredInError {
			if found != nil {
				r.T.Fatalf("child %d has more than one %s", pid, kind)
			}
			found = it
		}
	}
	if found == nil {
		r.T.Fatalf("child %d has no %s", pid, kind)
	}
	return found
}

func upn(t testing.TB, la int, serial string) string {
	t.Helper()
	u, err := codes.MakeUPN(la, serial)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func day(s string) string { return date.MustParse(s).String() }

// completeAssessment completes and authorises an assessment on the day given.
func (r *rec) completeAssessment(id int64, on, outcome string, factors ...string) {
	r.T.Helper()
	it, err := r.S.Item(ctx, id)
	if err != nil {
		r.T.Fatal(err)
	}
	it.Values.Set("wishes", "Wants things to be calmer at home")
	it.Values.Set("how_gathered", "talking")
	it.Values.Set("identity", "Proud of the family’s heritage")
	it.Values.Set("analysis", "The worries are real and the family is engaging")
	it.Values.Set("factors", factors...)
	it.Values.Set("outcome", outcome)
	it.Values.Set("completed", on)
	it.Values.Set("authorised", on)
	if err := r.S.UpdateItem(ctx, r.Manager, it, ""); err != nil {
		r.T.Fatalf("complete assessment %d: %v (%v)", id, err, apperr.FieldsOf(err))
	}
}

// protection records a strategy discussion, a section 47 enquiry and an initial conference
// that starts a child protection plan, in the child's open referral: the enquiry starts on
// s47, the conference sits on icpc.
func (r *rec) protection(pid int64, s47, icpc, category string) (enquiry, conference *casework.Item) {
	r.T.Helper()
	r.Add(pid, "strategy", "held", s47+"T10:00", "agencies", "csc", "agencies", "police", "agencies", "health",
		"attendees", "Social worker, DC Smith, school nurse", "information", "Bruising seen at school", "decision", "s47",
		"rationale", "Reasonable cause to suspect significant harm")
	enquiry = r.Add(pid, "s47", "start", s47)
	enquiry = r.Set(enquiry.ID, "findings", "Injuries consistent with the account given by the child", "outcome", "icpc",
		"icpc_needed", "yes", "completed", icpc)
	conference = r.Add(pid, "conference", "type", "initial", "date", icpc, "chair", "IRO Patel", "decision", "cp_plan",
		"category", category, "rationale", "Risk of physical harm", "next_review", date.MustParse(icpc).AddDate(0, 3, 0).String())
	return enquiry, conference
}
