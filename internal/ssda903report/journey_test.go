package ssda903report_test

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
	"ourchild/internal/person"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

var ctx = context.Background()

// recordedOn is when the test journeys are recorded: after the 2025/26 year ends.
var recordedOn = time.Date(2026, 4, 20, 9, 0, 0, 0, time.UTC)

// rec records casework through the store, as the pages do, failing the test on any refusal.
type rec struct {
	*storetest.Recorder
	workers []*store.User
}

func newRec(t *testing.T, s *store.Store) *rec {
	t.Helper()
	s.Now = func() time.Time { return recordedOn }
	team := &store.Team{Name: "Children in care team", Service: "Children in care"}
	if err := s.CreateTeam(ctx, team); err != nil {
		t.Fatal(err)
	}
	u := &store.User{Username: "tm1", Name: "Tess Manager", Role: access.TeamManager, TeamID: team.ID}
	if err := s.CreateUser(ctx, audit.System, u, "a long enough password"); err != nil {
		t.Fatal(err)
	}
	r := &rec{Recorder: &storetest.Recorder{T: t, S: s, Manager: store.Editor{Actor: u.Actor("192.0.2.1"), Manager: true}}}
	// Two social workers: one registered with Social Work England, one with the council's XX
	// number; and a personal adviser, who is not a social worker episode.
	for _, w := range []*store.User{
		{Username: "sw.reg", Name: "Rae Registered", Role: access.SocialWorker, TeamID: team.ID, SWID: "SW104857"},
		{Username: "sw.xx", Name: "Xan Agency", Role: access.SocialWorker, TeamID: team.ID, SWID: "XX0042"},
		{Username: "pa", Name: "Pat Adviser", Role: access.SocialWorker, TeamID: team.ID},
	} {
		if err := s.CreateUser(ctx, audit.System, w, "a long enough password"); err != nil {
			t.Fatal(err)
		}
		r.workers = append(r.workers, w)
	}
	return r
}

// allocate gives the child worker w (0: registered, 1: XX, 2: adviser) in role from start; when
// end is not "", the allocation ends then, for reason.
func (r *rec) allocate(pid int64, w int, role, start, end, reason string) {
	r.T.Helper()
	al := &person.Allocation{PersonID: pid, WorkerID: r.workers[w].ID, Role: role, StartDate: date.MustParse(start)}
	if err := r.S.Allocate(ctx, r.Manager.Actor, al, ""); err != nil {
		r.T.Fatalf("Allocate: %v", err)
	}
	r.end(pid, al.ID, end, reason)
}

// handOver allocates worker w as the child's social worker from start in place of the current
// one, whose involvement ends that day for reason.
func (r *rec) handOver(pid int64, w int, start, reason string) int64 {
	r.T.Helper()
	al := &person.Allocation{PersonID: pid, WorkerID: r.workers[w].ID, StartDate: date.MustParse(start)}
	if err := r.S.Allocate(ctx, r.Manager.Actor, al, reason); err != nil {
		r.T.Fatalf("Allocate: %v", err)
	}
	return al.ID
}

// end ends allocation id on end (nothing when end is "") for reason.
func (r *rec) end(pid, id int64, end, reason string) {
	r.T.Helper()
	if end != "" {
		if err := r.S.EndAllocation(ctx, r.Manager.Actor, pid, id, date.MustParse(end), reason, ""); err != nil {
			r.T.Fatalf("EndAllocation: %v (%v)", err, apperr.FieldsOf(err))
		}
	}
}

// placement records a 903 episode in the child's period of care; kv adds or overrides fields.
func (r *rec) placement(pid int64, start, rne, ls, place, provider string, kv ...string) *casework.Item {
	r.T.Helper()
	base := []string{"start", start, "reason_new", rne, "legal_status", ls, "type", place, "carer", "Carers " + place}
	if provider != "" {
		base = append(base, "provider", provider)
	}
	return r.Add(pid, "placement", append(base, kv...)...)
}

// move ends a placement on a day (with the reason for the change) and starts the next one.
func (r *rec) move(prev *casework.Item, on, reason, rne, ls, place, provider string, kv ...string) *casework.Item {
	r.T.Helper()
	if reason != "" {
		r.Set(prev.ID, "end", on, "reason_change", reason)
	} else {
		r.Set(prev.ID, "end", on)
	}
	return r.placement(prev.PersonID, on, rne, ls, place, provider, kv...)
}

func upn(t testing.TB, serial string) string {
	t.Helper()
	u, err := codes.MakeUPN(937, serial)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func (r *rec) review(pid int64, on, code string) {
	r.T.Helper()
	r.Add(pid, "cla_review", "date", on, "chair", "IRO Shah", "participation", code,
		"child_views", "Likes the carers", "decisions", "The plan continues")
}

func (r *rec) health(pid int64, on, typ string, kv ...string) {
	r.T.Helper()
	r.Add(pid, "health_assessment", append([]string{"date", on, "type", typ, "by", "Dr Okoye", "immunisations", "yes", "gp", "yes"}, kv...)...)
}

// journeys records the golden children of 2025/26 and returns their IDs by name.
func journeys(t *testing.T, s *store.Store) map[string]int64 {
	r := newRec(t, s)
	ids := map[string]int64{}

	// Kai: enters care under section 20, then a care order in the same placement, then moves to
	// another foster home; three reviews, a missing episode and two health assessments.
	kai := r.Person(&person.Person{GivenNames: "Kai", FamilyName: "Morgan", DateOfBirth: date.MustParse("2012-05-10"),
		Sex: "M", Ethnicity: "WBRI", UPN: upn(r.T, "000000011")})
	ids["kai"] = kai.ID
	// Kai had lived with his aunt under a child arrangements order made by another council.
	r.Add(kai.ID, "care_period", "start", "2025-05-01", "category", "N1", "home_postcode", "CV91 4AB", "uasc", "no",
		"previous_permanence", "P3", "previous_permanence_date", "2019-06-03", "previous_permanence_la", "352")
	p1 := r.placement(kai.ID, "2025-05-01", "S", "V2", "U4", "PR1", "postcode", "CV92 7BD", "urn", "XXXXXXX")
	p2 := r.move(p1, "2025-08-01", "", "L", "C2", "U4", "PR1", "postcode", "CV92 7BD", "urn", "XXXXXXX")
	r.move(p2, "2025-11-03", "CARPL", "P", "C2", "U1", "PR1", "postcode", "CV93 1EF", "urn", "XXXXXXX")
	r.review(kai.ID, "2025-05-28", "PN1")
	r.review(kai.ID, "2025-08-27", "PN1")
	r.review(kai.ID, "2026-02-25", "PN3")
	r.Add(kai.ID, "missing", "type", "M", "start", "2025-12-01T22:00", "returned", "2025-12-02T10:30")
	r.health(kai.ID, "2025-05-20", "initial")
	r.health(kai.ID, "2025-11-19", "review", "dental", "2025-10-01", "sdq", "17")
	// Kai's first social worker leaves; the second is still allocated on 31 March.
	r.allocate(kai.ID, 0, "", "2025-05-01", "", "")
	r.handOver(kai.ID, 1, "2025-10-01", "LEFTRL")

	// Lily: in care since 2023, placed for adoption with her foster carers and adopted in the year.
	lily := r.Person(&person.Person{GivenNames: "Lily", FamilyName: "Baker", DateOfBirth: date.MustParse("2022-03-01"),
		Sex: "F", Ethnicity: "WBRI"})
	ids["lily"] = lily.ID
	lp := r.Add(lily.ID, "care_period", "start", "2023-06-01", "category", "N1", "home_postcode", "CV94 2GH", "uasc", "no")
	l1 := r.placement(lily.ID, "2023-06-01", "S", "C2", "U4", "PR1", "postcode", "CV95 3JL", "urn", "XXXXXXX")
	ad := r.Add(lily.ID, "adoption", "decision", "2024-01-10", "placement_order", "2024-03-01")
	r.move(l1, "2024-10-01", "CARPL", "U", "E1", "A5", "PR1", "postcode", "CV95 3JL", "urn", "XXXXXXX")
	r.Set(ad.ID, "match", "2024-09-01", "adopters", "2", "adopter_sex", "MF", "adopter_status", "L2", "foster_carers", "yes",
		"placed", "2024-10-01")
	r.review(lily.ID, "2025-04-10", "PN0")
	r.Set(ad.ID, "order", "2025-07-15", "ended", "2025-07-15")
	items, err := s.Items(ctx, lily.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		if it.Kind == "placement" && it.EndDate().IsZero() {
			r.Set(it.ID, "end", "2025-07-15")
		}
	}
	r.Set(lp.ID, "end", "2025-07-15", "reason_ceased", "E11")
	// Lily's social worker before the year is not in it; the one whose work ended with the
	// adoption is.
	r.allocate(lily.ID, 1, "", "2023-06-01", "", "")
	r.end(lily.ID, r.handOver(lily.ID, 0, "2025-01-01", "TSPROC"), "2025-07-15", "OTHERS")

	// Mia: in care throughout the year (OC2), with a review health assessment.
	mia := r.Person(&person.Person{GivenNames: "Mia", FamilyName: "Clarke", DateOfBirth: date.MustParse("2015-01-20"),
		Sex: "F", Ethnicity: "MWBC", UPN: upn(r.T, "000000023")})
	ids["mia"] = mia.ID
	r.Add(mia.ID, "care_period", "start", "2023-03-01", "category", "N2", "home_postcode", "CV96 5LN", "uasc", "no",
		"previous_permanence", "Z1")
	r.placement(mia.ID, "2023-03-01", "S", "C2", "U4", "PR1", "postcode", "CV97 8NP", "urn", "XXXXXXX")
	r.review(mia.ID, "2025-06-12", "PN1")
	r.review(mia.ID, "2025-12-11", "PN1")
	r.health(mia.ID, "2025-09-03", "review", "dental", "2025-07-01", "sdq", "14", "substance_misuse", "no")
	// A youth caution in the year makes OC2's CONVICTED 1; the earlier one is not counted.
	r.Add(mia.ID, "youth_justice", "date", "2024-11-02", "outcome", "youth_caution", "offence", "Criminal damage")
	r.Add(mia.ID, "youth_justice", "date", "2025-10-14", "outcome", "youth_caution", "offence", "Theft from a shop")
	// Mia's social worker changes after 31 March: the return reports the allocation as open.
	r.allocate(mia.ID, 0, "", "2023-03-01", "2026-04-10", "CHCHAN")

	// Sam: left care at 18 in 2024; a care leaver whose 19th birthday is in the year.
	sam := r.Person(&person.Person{GivenNames: "Sam", FamilyName: "Patel", DateOfBirth: date.MustParse("2006-09-01"),
		Sex: "M", Ethnicity: "AIND", UPN: upn(r.T, "000000035")})
	ids["sam"] = sam.ID
	r.Add(sam.ID, "care_leaver", "start", "2024-09-01", "status", "former_relevant", "adviser", "PA Jones", "adviser_from", "2024-09-01")
	r.Add(sam.ID, "in_touch", "date", "2025-09-10", "in_touch", "YES", "accommodation", "S2", "activity", "F2")
	// A care leaver's personal adviser is not a social worker episode.
	r.allocate(sam.ID, 2, "Personal adviser", "2024-09-01", "", "")

	// Yusuf: an unaccompanied asylum-seeking child who came into care in the year.
	yusuf := r.Person(&person.Person{GivenNames: "Yusuf", FamilyName: "Ahmadi", DateOfBirth: date.MustParse("2009-02-14"),
		Sex: "M", Ethnicity: "AOTH"})
	ids["yusuf"] = yusuf.ID
	r.Add(yusuf.ID, "care_period", "start", "2025-10-01", "category", "N8", "uasc", "yes", "previous_permanence", "Z1")
	r.placement(yusuf.ID, "2025-10-01", "S", "V2", "U1", "PR1", "postcode", "CV98 9QR", "urn", "XXXXXXX")
	r.review(yusuf.ID, "2025-10-20", "PN1")
	r.allocate(yusuf.ID, 1, "", "2025-10-01", "", "")
	return ids
}
