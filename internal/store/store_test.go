package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"ourchild/internal/access"
	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/codes"
	"ourchild/internal/date"
	"ourchild/internal/person"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

var ctx = context.Background()

// fixedNow pins the clock so dates in tests do not drift.
var fixedNow = time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)

type fixture struct {
	s      *store.Store
	worker *store.User
	actor  audit.Actor
}

func setup(t *testing.T, s *store.Store) *fixture {
	t.Helper()
	s.Now = func() time.Time { return fixedNow }
	team := &store.Team{Name: "Assessment team 1", Service: "Assessment"}
	if err := s.CreateTeam(ctx, team); err != nil {
		t.Fatal(err)
	}
	u := &store.User{Username: "sw1", Name: "Sam Worker", Role: access.SocialWorker, TeamID: team.ID}
	if err := s.CreateUser(ctx, audit.System, u, "a long enough password"); err != nil {
		t.Fatal(err)
	}
	return &fixture{s: s, worker: u, actor: u.Actor("192.0.2.1")}
}

func child(given, family, dob string) *person.Person {
	return &person.Person{GivenNames: given, FamilyName: family, DateOfBirth: date.MustParse(dob), Sex: "F", Ethnicity: "WBRI"}
}

func (f *fixture) create(t *testing.T, p *person.Person) *person.Person {
	t.Helper()
	if err := f.s.CreatePerson(ctx, f.actor, p); err != nil {
		t.Fatalf("CreatePerson(%s): %v", p.Name(), err)
	}
	return p
}

func TestMigrateIsIdempotent(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		n, err := s.Migrate(ctx)
		if err != nil || n != 0 {
			t.Errorf("second Migrate = %d, %v; want 0, nil", n, err)
		}
		v, err := s.SchemaVersion(ctx)
		if err != nil || v < 1 {
			t.Errorf("SchemaVersion = %d, %v", v, err)
		}
	})
}

func TestCreateAndReadPerson(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		p := child("Amara", "Okafor", "2015-03-02")
		p.NHSNumber = "943 476 5919"
		p.Disabilities = []string{"COMM", "AUT"}
		p.Interpreter = true
		f.create(t, p)
		got, err := s.Person(ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Name() != "Amara Okafor" || got.NHSNumber != "9434765919" || got.Version != 1 || !got.Interpreter ||
			len(got.Disabilities) != 2 || got.DateOfBirth.String() != "2015-03-02" {
			t.Errorf("Person(%d) = %+v", p.ID, got)
		}
		events, _ := s.AuditEvents(ctx, audit.Filter{PersonID: p.ID})
		if len(events) != 1 || events[0].Action != audit.Create || events[0].ClientAddr != "192.0.2.1" {
			t.Errorf("audit after create = %+v, want one create event", events)
		}
	})
}

func TestCreatePersonRejectsBadInputAndSavesNothing(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*person.Person)
		field string
	}{
		{"no family name", func(p *person.Person) { p.FamilyName = "" }, "family_name"},
		{"future date of birth", func(p *person.Person) { p.DateOfBirth = date.Of(fixedNow).AddDays(1) }, "date_of_birth"},
		{"no date at all", func(p *person.Person) { p.DateOfBirth = date.Date{} }, "date_of_birth"},
		{"unknown ethnicity", func(p *person.Person) { p.Ethnicity = "XXXX" }, "ethnicity"},
		{"unknown sex", func(p *person.Person) { p.Sex = "Q" }, "sex"},
		{"broken NHS number", func(p *person.Person) { p.NHSNumber = "9434765918" }, "nhs_number"},
		{"broken UPN", func(p *person.Person) { p.UPN = "A123456789012" }, "upn"},
		{"over-long name", func(p *person.Person) { p.GivenNames = string(make([]byte, 101)) }, "given_names"},
		{"NONE with a disability", func(p *person.Person) { p.Disabilities = []string{"NONE", "MOB"} }, "disabilities"},
	}
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		for _, tt := range tests {
			p := child("Test", "Child", "2016-01-01")
			tt.edit(p)
			err := s.CreatePerson(ctx, f.actor, p)
			if !apperr.Is(err, apperr.Invalid) || apperr.FieldsOf(err).For(tt.field) == "" {
				t.Errorf("%s: CreatePerson error = %v, want a field error on %s", tt.name, err, tt.field)
			}
		}
		var n int
		s.DB().QueryRow(`SELECT COUNT(*) FROM person`).Scan(&n)
		if n != 0 {
			t.Errorf("after rejected creates, %d people stored, want 0", n)
		}
	})
}

func TestUnbornChild(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		p := &person.Person{GivenNames: "Baby", FamilyName: "Okafor", ExpectedDateOfBirth: date.Of(fixedNow).AddDays(60)}
		f.create(t, p)
		if got, _ := s.Person(ctx, p.ID); !got.Unborn() || got.Sex != "U" {
			t.Errorf("unborn child read back as %+v", got)
		}
	})
}

func TestDuplicateIdentifierRefused(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		a := child("Amara", "Okafor", "2015-03-02")
		a.NHSNumber = "9434765919"
		f.create(t, a)
		b := child("Someone", "Else", "2014-01-01")
		b.NHSNumber = "943 476 5919"
		err := s.CreatePerson(ctx, f.actor, b)
		if apperr.FieldsOf(err).For("nhs_number") == "" {
			t.Errorf("duplicate NHS number: err = %v, want a field error on nhs_number", err)
		}
	})
}

func TestUpdateKeepsHistoryAndDetectsConflicts(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		p := f.create(t, child("Amara", "Okafor", "2015-03-02"))

		// Identity corrections need a reason.
		edit := *p
		edit.FamilyName = "Okafor-Smith"
		if err := s.UpdatePerson(ctx, f.actor, &edit, ""); apperr.FieldsOf(err).For("reason") == "" {
			t.Fatalf("identity change without reason: err = %v, want a reason error", err)
		}
		edit = *p
		edit.FamilyName = "Okafor-Smith"
		if err := s.UpdatePerson(ctx, f.actor, &edit, "Name changed by deed poll"); err != nil {
			t.Fatal(err)
		}
		// A second user still holding version 1 is refused and told what changed.
		stale := *p
		stale.FirstLanguage = "Igbo"
		err := s.UpdatePerson(ctx, f.actor, &stale, "")
		var ce *store.ConflictError
		if !errors.As(err, &ce) || !apperr.Is(err, apperr.Conflict) {
			t.Fatalf("stale update: err = %v, want a *ConflictError", err)
		}
		if len(ce.Changes) != 1 || ce.Changes[0].Field != "family_name" || ce.Changes[0].New != "Okafor-Smith" {
			t.Errorf("conflict changes = %+v, want the family name change", ce.Changes)
		}
		got, _ := s.Person(ctx, p.ID)
		if got.Version != 2 || got.FirstLanguage != "" || got.FamilyName != "Okafor-Smith" {
			t.Errorf("after conflict, person = version %d %q %q", got.Version, got.FamilyName, got.FirstLanguage)
		}
		revs, err := s.Revisions(ctx, p.ID)
		if err != nil || len(revs) != 2 || revs[0].Reason != "Name changed by deed poll" || len(revs[0].Changes) != 1 {
			t.Errorf("Revisions = %+v, %v; want 2 with the reason", revs, err)
		}
	})
}

func TestNothingIsDeleted(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		p := f.create(t, child("Amara", "Okafor", "2015-03-02"))
		if err := s.MarkPersonInError(ctx, f.actor, p.ID, 1, ""); apperr.FieldsOf(err).For("reason") == "" {
			t.Errorf("MarkPersonInError without reason: %v", err)
		}
		if err := s.MarkPersonInError(ctx, f.actor, p.ID, 1, "Duplicate of another record"); err != nil {
			t.Fatal(err)
		}
		got, err := s.Person(ctx, p.ID)
		if err != nil || !got.EnteredInError {
			t.Errorf("after marking in error: %+v, %v", got, err)
		}
		hits, _ := s.SearchPeople(ctx, f.worker.ID, store.SearchQuery{PersonID: p.ID}, 10)
		if len(hits) != 0 {
			t.Errorf("search found a record entered in error")
		}
		for _, stmt := range []string{`DELETE FROM person`, `DELETE FROM access_event`, `UPDATE access_event SET detail = 'x'`, `DELETE FROM revision`} {
			if _, err := s.DB().Exec(stmt); err == nil {
				t.Errorf("%s succeeded; the store must refuse it", stmt)
			}
		}
	})
}

func TestRelationshipsAndHousehold(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		mum := f.create(t, &person.Person{GivenNames: "Grace", FamilyName: "Okafor", DateOfBirth: date.MustParse("1990-05-05"), Sex: "F"})
		kid := f.create(t, child("Amara", "Okafor", "2015-03-02"))
		sib := f.create(t, child("Tobi", "Okafor", "2018-07-09"))
		r := &person.Relationship{FromID: mum.ID, ToID: kid.ID, Type: "mother", ParentalResponsibility: true}
		if err := s.AddRelationship(ctx, f.actor, r); err != nil {
			t.Fatal(err)
		}
		if err := s.AddRelationship(ctx, f.actor, &person.Relationship{FromID: mum.ID, ToID: kid.ID, Type: "mother"}); !apperr.Is(err, apperr.Invalid) {
			t.Errorf("duplicate relationship: err = %v, want invalid", err)
		}
		if err := s.AddRelationship(ctx, f.actor, &person.Relationship{FromID: kid.ID, ToID: kid.ID, Type: "sibling"}); !apperr.Is(err, apperr.Invalid) {
			t.Errorf("self relationship: err = %v, want invalid", err)
		}
		if err := s.AddRelationship(ctx, f.actor, &person.Relationship{FromID: kid.ID, ToID: 999999, Type: "sibling"}); apperr.FieldsOf(err).For("to_person_id") == "" {
			t.Errorf("relationship to unknown person: err = %v", err)
		}
		if err := s.AddRelationship(ctx, f.actor, &person.Relationship{FromID: sib.ID, ToID: kid.ID, Type: "half_sibling"}); err != nil {
			t.Fatal(err)
		}
		for _, p := range []*person.Person{mum, kid, sib} {
			ad := &person.Address{PersonID: p.ID, Line1: "1 Example Road", Town: "Demotown", Postcode: "ZZ99 1AA", StartDate: date.MustParse("2020-01-01")}
			if err := s.AddAddress(ctx, f.actor, ad); err != nil {
				t.Fatal(err)
			}
		}
		rec, err := s.LoadRecord(ctx, kid.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(rec.Relatives) != 2 || rec.Relatives[0].Label != "Mother" || rec.Relatives[0].Person.ID != mum.ID || rec.Relatives[1].Label != "Half-sibling" {
			t.Errorf("relatives = %+v", rec.Relatives)
		}
		if len(rec.Household) != 2 {
			t.Errorf("household has %d others, want 2", len(rec.Household))
		}
		mrec, _ := s.LoadRecord(ctx, mum.ID)
		if len(mrec.Relatives) != 1 || mrec.Relatives[0].Label != "Child" {
			t.Errorf("mother's relatives = %+v", mrec.Relatives)
		}
		// A move ends the previous address rather than overwriting it.
		move := &person.Address{PersonID: kid.ID, Line1: "2 Sample Street", Town: "Demotown", Postcode: "ZZ99 2BB", StartDate: date.MustParse("2026-01-10")}
		if err := s.AddAddress(ctx, f.actor, move); err != nil {
			t.Fatal(err)
		}
		rec, _ = s.LoadRecord(ctx, kid.ID)
		if len(rec.Addresses) != 2 || rec.Addresses[1].EndDate.String() != "2026-01-09" || len(rec.Household) != 0 {
			t.Errorf("after move: addresses %+v, household %d", rec.Addresses, len(rec.Household))
		}
		if len(rec.Chronology) < 2 {
			t.Errorf("chronology has %d entries, want the address changes", len(rec.Chronology))
		}
	})
}

func TestSearch(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		jon := child("John", "Smith", "2014-02-03")
		jon.UPN = ""
		f.create(t, jon)
		f.create(t, child("Joan", "Smithers", "2013-01-01"))
		kat := f.create(t, child("Catherine", "Mohammed", "2016-06-06"))
		secret := child("Hidden", "Smith", "2014-02-03")
		secret.Restricted, secret.RestrictionReason = true, "Child of a member of staff"
		f.create(t, secret)
		if err := s.AddAlias(ctx, f.actor, kat.ID, &store.Alias{GivenNames: "Kate", FamilyName: "Brown", Kind: "previous"}); err != nil {
			t.Fatal(err)
		}

		tests := []struct {
			query string
			want  []string // names in order
		}{
			{"Jon Smyth", []string{"John Smith"}},
			{"smiht john", []string{"John Smith"}},
			{"Kathryn Muhammad", []string{"Catherine Mohammed"}},
			{"Kate Broun", []string{"Catherine Mohammed"}},
			{"Catherine Mohmamed", []string{"Catherine Mohammed"}}, // transposed letters change the phonetic key
			{"03/02/2014", []string{"John Smith"}},
			{"Smith 3/2/2014", []string{"John Smith"}},
		}
		for _, tt := range tests {
			q, msg := store.ParseSearch(tt.query)
			if msg != "" {
				t.Fatalf("ParseSearch(%q): %s", tt.query, msg)
			}
			hits, err := s.SearchPeople(ctx, f.worker.ID, q, 10)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range hits {
				got = append(got, h.Person.Name())
			}
			if len(got) < len(tt.want) || got[0] != tt.want[0] {
				t.Errorf("SearchPeople(%q) = %v, want first %v", tt.query, got, tt.want)
			}
			for _, n := range got {
				if n == "Hidden Smith" {
					t.Errorf("SearchPeople(%q) showed a restricted record", tt.query)
				}
			}
		}
		if _, msg := store.ParseSearch("31/02/2015"); msg == "" {
			t.Error("ParseSearch accepted 31 February")
		}
		// With a grant, the restricted record is found.
		if err := s.GrantAccess(ctx, f.actor, f.worker.ID, secret.ID, "Allocated worker"); err != nil {
			t.Fatal(err)
		}
		q, _ := store.ParseSearch("Hidden Smith")
		if hits, _ := s.SearchPeople(ctx, f.worker.ID, q, 10); len(hits) != 1 {
			t.Errorf("with a grant, search found %d, want 1", len(hits))
		}
	})
}

func TestSessionsAndUsers(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		dup := &store.User{Username: "SW1", Name: "Other", Role: access.SocialWorker}
		if err := s.CreateUser(ctx, audit.System, dup, "another long password"); apperr.FieldsOf(err).For("username") == "" {
			t.Errorf("duplicate username: %v", err)
		}
		// A social worker's registration is kept as the 903 writes it; a mistyped one saves nothing.
		bad := &store.User{Username: "sw2", Name: "Pat Worker", Role: access.SocialWorker, SWID: "12345"}
		if err := s.CreateUser(ctx, audit.System, bad, "another long password"); apperr.FieldsOf(err).For("sw_id") == "" {
			t.Errorf("social worker ID without SW or XX: %v", err)
		}
		if _, err := s.UserByUsername(ctx, "sw2"); !apperr.Is(err, apperr.NotFound) {
			t.Errorf("a refused account was saved: %v", err)
		}
		reg := &store.User{Username: "sw2", Name: "Pat Worker", Role: access.SocialWorker, SWID: " sw123456 "}
		if err := s.CreateUser(ctx, audit.System, reg, "another long password"); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.UserByID(ctx, reg.ID); got.SWID != "SW123456" {
			t.Errorf("SWID = %q, want SW123456", got.SWID)
		}
		if err := s.CreateSession(ctx, "hash1", f.worker.ID, "192.0.2.1"); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.SessionUser(ctx, "hash1"); err != nil {
			t.Fatal(err)
		}
		if err := s.SetUserDisabled(ctx, audit.System, f.worker.ID, true); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.SessionUser(ctx, "hash1"); !apperr.Is(err, apperr.Unauthenticated) {
			t.Errorf("session of a disabled user still live: %v", err)
		}
	})
}

func TestEndWarning(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		p := f.create(t, child("Amara", "Okafor", "2015-03-02"))
		w := &person.Warning{PersonID: p.ID, Type: "animal", Detail: "Large dog", StartDate: date.MustParse("2026-01-01")}
		if err := s.AddWarning(ctx, f.actor, w); err != nil {
			t.Fatal(err)
		}
		if err := s.EndWarning(ctx, f.actor, p.ID, w.ID, date.MustParse("2025-12-01"), "Dog rehomed"); apperr.FieldsOf(err).For("end_date") == "" {
			t.Errorf("ending before the start: %v", err)
		}
		if err := s.EndWarning(ctx, f.actor, p.ID, w.ID, date.MustParse("2026-06-01"), ""); apperr.FieldsOf(err).For("reason") == "" {
			t.Errorf("ending without a reason: %v", err)
		}
		if err := s.EndWarning(ctx, f.actor, p.ID, w.ID, date.MustParse("2026-06-01"), "Dog rehomed"); err != nil {
			t.Fatal(err)
		}
		if err := s.EndWarning(ctx, f.actor, p.ID, w.ID, date.MustParse("2026-06-01"), "again"); !apperr.Is(err, apperr.Conflict) {
			t.Errorf("ending twice: %v", err)
		}
		rec, _ := s.LoadRecord(ctx, p.ID)
		if len(rec.Warnings) != 0 {
			t.Errorf("an ended warning still shows: %+v", rec.Warnings)
		}
		revs, _ := s.Revisions(ctx, p.ID)
		if revs[0].Entity != "warning" || revs[0].Reason != "Dog rehomed" {
			t.Errorf("latest revision = %+v, want the ended warning with its reason", revs[0])
		}
	})
}

func TestEndAllocationAndAddressInError(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		p := f.create(t, child("Amara", "Okafor", "2015-03-02"))
		al := &person.Allocation{PersonID: p.ID, WorkerID: f.worker.ID, StartDate: date.MustParse("2026-02-01")}
		if err := s.Allocate(ctx, f.actor, al, ""); err != nil {
			t.Fatal(err)
		}
		refused := []struct {
			name, field, reason string
			end                 date.Date
		}{
			{"ending before the start", "end_date", "TSPROC", date.MustParse("2026-01-01")},
			{"no reason", "end_reason", "", date.MustParse("2026-10-01")},
			{"a reason that is not a DfE code", "end_reason", "Closed", date.MustParse("2026-10-01")},
			{"a reason in lower case", "end_reason", "tsproc", date.MustParse("2026-10-01")},
		}
		for _, tt := range refused {
			if err := s.EndAllocation(ctx, f.actor, p.ID, al.ID, tt.end, tt.reason, ""); apperr.FieldsOf(err).For(tt.field) == "" {
				t.Errorf("%s: err = %v, want a message for %s", tt.name, err, tt.field)
			}
		}
		if rec, _ := s.LoadRecord(ctx, p.ID); rec.CurrentAllocation() == nil {
			t.Fatal("a refused ending ended the allocation")
		}
		if err := s.EndAllocation(ctx, f.actor, p.ID+1, al.ID, date.MustParse("2026-10-01"), "TSPROC", ""); !apperr.Is(err, apperr.NotFound) {
			t.Errorf("ending another child's allocation: %v", err)
		}
		if err := s.EndAllocation(ctx, f.actor, p.ID, al.ID, date.MustParse("2026-10-01"), "TSPROC", "Case closed after assessment"); err != nil {
			t.Fatal(err)
		}
		if rec, _ := s.LoadRecord(ctx, p.ID); len(rec.Allocations) != 1 || rec.Allocations[0].EndReason != "TSPROC" {
			t.Errorf("allocations after ending = %+v, want one ended with TSPROC", rec.Allocations)
		}
		if revs, _ := s.Revisions(ctx, p.ID); revs[0].Reason != "Case transferred to another team as part of the usual process. Case closed after assessment" {
			t.Errorf("ending's revision = %+v", revs[0])
		}
		if items, _ := s.Caseload(ctx, f.worker.ID, 0); len(items) != 0 {
			t.Errorf("caseload after the allocation ended = %+v", items)
		}
		ad := &person.Address{PersonID: p.ID, Line1: "9 Wrong Lane", Postcode: "ZZ99 9ZZ", StartDate: date.MustParse("2026-03-01")}
		if err := s.AddAddress(ctx, f.actor, ad); err != nil {
			t.Fatal(err)
		}
		if err := s.MarkAddressInError(ctx, f.actor, p.ID, ad.ID, ""); apperr.FieldsOf(err).For("reason") == "" {
			t.Errorf("marking without a reason: %v", err)
		}
		if err := s.MarkAddressInError(ctx, f.actor, p.ID, ad.ID, "Typed into the wrong child's record"); err != nil {
			t.Fatal(err)
		}
		rec, _ := s.LoadRecord(ctx, p.ID)
		if len(rec.Addresses) != 0 || rec.CurrentAllocation() != nil {
			t.Errorf("record after corrections: addresses %+v, allocation %+v", rec.Addresses, rec.CurrentAllocation())
		}
		revs, _ := s.Revisions(ctx, p.ID)
		if revs[0].Action != "entered_in_error" || revs[0].Summary != "9 Wrong Lane, ZZ99 9ZZ" {
			t.Errorf("latest revision = %+v", revs[0])
		}
	})
}

// Allocating a new worker in a role someone holds ends their allocation, and asks why, as the
// SSDA903 reports it; a refusal changes nothing.
func TestAllocateReplacing(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		p := f.create(t, child("Tomasz", "Nowak", "2014-07-09"))
		first := &person.Allocation{PersonID: p.ID, WorkerID: f.worker.ID, StartDate: date.MustParse("2026-02-01")}
		if err := s.Allocate(ctx, f.actor, first, ""); err != nil {
			t.Fatal(err)
		}
		next := &store.User{Username: "sw2", Name: "Ola Newman", Role: access.SocialWorker, TeamID: f.worker.TeamID}
		if err := s.CreateUser(ctx, audit.System, next, ""); err != nil {
			t.Fatal(err)
		}
		refused := []struct {
			name, field, reason, start string
		}{
			{"no reason", "previous_end_reason", "", "2026-06-01"},
			{"not a DfE code", "previous_end_reason", "Left", "2026-06-01"},
			{"starting before the worker replaced", "start_date", "LEFTRL", "2026-01-15"},
		}
		for _, tt := range refused {
			al := &person.Allocation{PersonID: p.ID, WorkerID: next.ID, StartDate: date.MustParse(tt.start)}
			if err := s.Allocate(ctx, f.actor, al, tt.reason); apperr.FieldsOf(err).For(tt.field) == "" {
				t.Errorf("%s: err = %v, want a message for %s", tt.name, err, tt.field)
			}
		}
		if rec, _ := s.LoadRecord(ctx, p.ID); len(rec.Allocations) != 1 || !rec.Allocations[0].EndDate.IsZero() {
			t.Fatalf("a refused allocation changed the allocations: %+v", rec.Allocations)
		}
		al := &person.Allocation{PersonID: p.ID, WorkerID: next.ID, StartDate: date.MustParse("2026-06-01")}
		if err := s.Allocate(ctx, f.actor, al, "LEFTRL"); err != nil {
			t.Fatal(err)
		}
		rec, _ := s.LoadRecord(ctx, p.ID)
		var ended *person.Allocation
		for i := range rec.Allocations {
			if rec.Allocations[i].ID == first.ID {
				ended = &rec.Allocations[i]
			}
		}
		if ended == nil || ended.EndDate != al.StartDate || ended.EndReason != "LEFTRL" {
			t.Errorf("replaced allocation = %+v, want ended on 2026-06-01 with LEFTRL", ended)
		}
		if cur := rec.CurrentAllocation(); cur == nil || cur.WorkerID != next.ID {
			t.Errorf("current allocation = %+v, want Ola Newman", cur)
		}
		found := false
		revs, _ := s.Revisions(ctx, p.ID)
		for _, r := range revs {
			if r.Entity == "allocation" && r.EntityID == first.ID && r.Action == "end" && r.Reason == codes.SWReason.Label("LEFTRL") {
				found = true
			}
		}
		if !found {
			t.Errorf("no revision keeps the replaced allocation's ending: %+v", revs)
		}
	})
}
