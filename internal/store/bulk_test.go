package store_test

import (
	"fmt"
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

// smallBulk is a family of three with a worker, numbered from n.
func smallBulk(n store.NextIDs) *store.Bulk {
	d := date.MustParse
	mum, kid, sis := n.Person, n.Person+1, n.Person+2
	return &store.Bulk{
		Teams: []store.Team{{ID: n.Team, Name: "Bulk team", Service: "Assessment"}},
		Users: []store.User{{ID: n.User, Username: "bulk.worker", Name: "Bea Bulk", Role: access.SocialWorker, TeamID: n.Team, SWID: "SW100001"}},
		People: []*person.Person{
			{ID: mum, GivenNames: "Dana", FamilyName: "Quillfeather", DateOfBirth: d("1990-04-01"), Sex: "F", Ethnicity: "WBRI", NHSNumber: "9990000018"},
			{ID: kid, GivenNames: "Rowan James", FamilyName: "Quillfeather", DateOfBirth: d("2016-06-30"), Sex: "M", Ethnicity: "WBRI", Disabilities: []string{"AUT", "COMM"}},
			{ID: sis, GivenNames: "Ivy", FamilyName: "Quillfeather", DateOfBirth: d("2019-01-12"), Sex: "F", Ethnicity: "WBRI",
				Disabilities: []string{"NONE"}, Restricted: true, RestrictionReason: "Child of a member of staff"},
		},
		Aliases: []store.BulkAlias{{PersonID: mum, Alias: store.Alias{ID: n.Alias, GivenNames: "Dana", FamilyName: "Brackenridge", Kind: "birth"}}},
		Relationships: []person.Relationship{
			{ID: n.Relationship, FromID: mum, ToID: kid, Type: "mother", ParentalResponsibility: true, StartDate: d("2016-06-30")},
			{ID: n.Relationship + 1, FromID: mum, ToID: sis, Type: "mother", ParentalResponsibility: true, StartDate: d("2019-01-12")},
			{ID: n.Relationship + 2, FromID: kid, ToID: sis, Type: "sibling", StartDate: d("2019-01-12")},
		},
		Addresses: []person.Address{
			{ID: n.Address, PersonID: mum, Line1: "4 Acorn Close", Town: "Demotown", Postcode: "ZZ99 3AB", StartDate: d("2020-01-01")},
			{ID: n.Address + 1, PersonID: kid, Line1: "4 Acorn Close", Town: "Demotown", Postcode: "ZZ99 3AB", StartDate: d("2020-01-01")},
			{ID: n.Address + 2, PersonID: sis, Line1: "4 Acorn Close", Town: "Demotown", Postcode: "ZZ99 3AB", StartDate: d("2020-01-01")},
			{ID: n.Address + 3, PersonID: kid, Line1: "9 Mill Lane", Town: "Testbury", Postcode: "ZZ99 5XY", StartDate: d("2016-06-30"), EndDate: d("2019-12-31")},
		},
		Warnings: []person.Warning{{ID: n.Warning, PersonID: kid, Type: "animal", Detail: "Large dog at the property", StartDate: d("2024-02-01")}},
		Allocations: []person.Allocation{
			{ID: n.Allocation, PersonID: kid, WorkerID: n.User, TeamID: n.Team, Role: "Allocated social worker", StartDate: d("2025-10-01")},
			{ID: n.Allocation + 1, PersonID: kid, WorkerID: n.User, TeamID: n.Team, Role: "Allocated social worker", StartDate: d("2024-01-01"), EndDate: d("2024-06-30"), EndReason: "MANAGE"},
		},
		Events: []store.BulkEvent{
			{Event: person.Event{ID: n.Event, PersonID: kid, Date: d("2025-09-28"), Category: "Contact", Summary: "School shared worries.", Significant: true}, RecordedByID: n.User},
			{Event: person.Event{ID: n.Event + 1, PersonID: kid, Date: d("2025-10-01"), Category: "Referral", Summary: "Referral accepted.", Significant: true}},
		},
		Grants: []store.BulkGrant{{ID: n.Grant, PersonID: sis, UserID: n.User, Reason: "Allocated worker"}},
		Casework: []store.BulkItem{
			{Item: casework.Item{ID: n.Casework, PersonID: kid, Kind: "contact", Values: casework.Values{"received": {"2025-09-28T10:15"},
				"source": {"2A"}, "worry": {"School shared worries."}, "consent": {"given"}, "threshold": {"cin"}, "decision": {"referral"},
				"decided": {"2025-09-29T09:00"}, "rationale": {"The worries need an assessment."}}}, Group: "B1", ByID: n.User},
			{Item: casework.Item{ID: n.Casework + 1, PersonID: kid, Kind: "referral", ParentID: n.Casework, Values: casework.Values{
				"referral_date": {"2025-10-01"}, "source": {"2A"}, "nfa": {"no"}}}},
			{Item: casework.Item{ID: n.Casework + 2, PersonID: kid, Kind: "assessment", ParentID: n.Casework + 1, EpisodeID: n.Casework + 1,
				Values: casework.Values{"start": {"2025-10-01"}}}, ByID: n.User, At: time.Date(2025, 10, 1, 11, 0, 0, 0, time.UTC)},
		},
	}
}

func TestBulkLoad(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s) // a team, a user and one person made the normal way first
		f.create(t, child("Existing", "Person", "2012-05-05"))
		n, err := s.NextIDs(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n.Person != 2 || n.Team != 2 || n.User != 2 || n.Address != 1 || n.Casework != 1 {
			t.Fatalf("NextIDs = %+v", n)
		}
		b := smallBulk(n)
		if err := s.Load(ctx, "test data", b); err != nil {
			t.Fatal(err)
		}
		if c, err := s.PeopleCount(ctx); err != nil || c != 4 {
			t.Fatalf("PeopleCount = %d, %v; want 4", c, err)
		}
		kid := b.People[1].ID
		r, err := s.LoadRecord(ctx, kid)
		if err != nil {
			t.Fatal(err)
		}
		if r.Person.Name() != "Rowan James Quillfeather" || len(r.Person.Disabilities) != 2 || r.Person.UPN != "" {
			t.Errorf("person = %+v", r.Person)
		}
		if len(r.Relatives) != 2 || r.Relatives[0].Label != "Mother" || len(r.Household) != 2 || len(r.Addresses) != 2 ||
			len(r.Warnings) != 1 || len(r.Chronology) != 2 || len(r.Allocations) != 2 {
			t.Errorf("record: %d relatives, %d household, %d addresses, %d warnings, %d events, %d allocations",
				len(r.Relatives), len(r.Household), len(r.Addresses), len(r.Warnings), len(r.Chronology), len(r.Allocations))
		}
		if a := r.CurrentAllocation(); a == nil || a.WorkerName != "Bea Bulk" || a.TeamName != "Bulk team" {
			t.Errorf("allocation = %+v", a)
		}
		if len(r.Allocations) == 2 && r.Allocations[1].EndReason != "MANAGE" {
			t.Errorf("ended allocation = %+v, want its end reason MANAGE", r.Allocations[1])
		}
		if u, err := s.UserByUsername(ctx, "bulk.worker"); err != nil || u.SWID != "SW100001" {
			t.Errorf("loaded user = %+v, %v; want SW ID SW100001", u, err)
		}
		if e := r.Chronology[0]; e.Category != "Referral" || e.RecordedBy != "ourchild (system)" || r.Chronology[1].RecordedBy != "Bea Bulk" {
			t.Errorf("chronology = %+v", r.Chronology)
		}

		// Casework keeps its parents, episodes, dates, group and who recorded it.
		items, err := s.Items(ctx, kid)
		if err != nil || len(items) != 3 {
			t.Fatalf("casework = %d items, %v", len(items), err)
		}
		if c, ref, a := items[0], items[1], items[2]; c.Kind != "contact" || c.CreatedBy != "Bea Bulk" || ref.ParentID != c.ID ||
			ref.StartDate() != date.MustParse("2025-10-01") || a.EpisodeID != ref.ID || a.ParentID != ref.ID || a.Version != 1 ||
			a.CreatedAt.Format("2006-01-02 15:04") != "2025-10-01 11:00" || ref.CreatedBy != "" {
			t.Errorf("casework = %+v", items)
		}
		var group string
		if err := s.DB().QueryRowContext(ctx, `SELECT group_ref FROM casework WHERE id = $1`, items[0].ID).Scan(&group); err != nil || group != "B1" {
			t.Errorf("group_ref = %q, %v", group, err)
		}

		// Search finds bulk-loaded people by name and by a former name, and by NHS number.
		q, _ := store.ParseSearch("Rowan Quilfeather")
		if hits, err := s.SearchPeople(ctx, f.worker.ID, q, 10); err != nil || len(hits) != 1 || hits[0].Person.ID != kid || hits[0].Address == "" {
			t.Errorf("search by name = %+v, %v", hits, err)
		}
		q, _ = store.ParseSearch("Dana Brackenridge")
		if hits, err := s.SearchPeople(ctx, f.worker.ID, q, 10); err != nil || len(hits) != 1 || hits[0].Alias == "" {
			t.Errorf("search by former name = %+v, %v", hits, err)
		}
		q, _ = store.ParseSearch("999 000 0018")
		if hits, err := s.SearchPeople(ctx, f.worker.ID, q, 10); err != nil || len(hits) != 1 {
			t.Errorf("search by NHS number = %+v, %v", hits, err)
		}
		// The restricted sister is hidden, except from the worker with a grant.
		q, _ = store.ParseSearch("Ivy Quillfeather")
		if hits, _ := s.SearchPeople(ctx, f.worker.ID, q, 10); len(hits) != 0 {
			t.Errorf("restricted record found without a grant: %+v", hits)
		}
		if hits, _ := s.SearchPeople(ctx, b.Users[0].ID, q, 10); len(hits) != 1 {
			t.Errorf("restricted record not found with a grant: %+v", hits)
		}

		// Normal inserts after the load get fresh IDs (on PostgreSQL, the sequences moved on).
		p := f.create(t, child("After", "Load", "2020-02-02"))
		if p.ID != n.Person+3 {
			t.Errorf("CreatePerson after load got ID %d, want %d", p.ID, n.Person+3)
		}
		team := &store.Team{Name: "After team"}
		if err := s.CreateTeam(ctx, team); err != nil || team.ID != n.Team+1 {
			t.Errorf("CreateTeam after load: ID %d, %v", team.ID, err)
		}
		u := &store.User{Username: "after", Name: "After Load", Role: access.SocialWorker, TeamID: team.ID}
		if err := s.CreateUser(ctx, audit.System, u, ""); err != nil {
			t.Errorf("CreateUser after load: %v", err)
		}
		al := &person.Allocation{PersonID: p.ID, WorkerID: u.ID, StartDate: date.MustParse("2026-01-05")}
		if err := s.Allocate(ctx, f.actor, al, ""); err != nil || al.ID != n.Allocation+2 {
			t.Errorf("Allocate after load: ID %d, %v", al.ID, err)
		}
		if err := s.AddWarning(ctx, f.actor, &person.Warning{PersonID: p.ID, Type: "other", Detail: "x", StartDate: date.MustParse("2026-01-05")}); err != nil {
			t.Errorf("AddWarning after load: %v", err)
		}
		note := &casework.Item{PersonID: kid, Kind: "case_note", Values: casework.Values{"date": {"2025-10-02"}, "type": {"phone"},
			"subject": {"Call"}, "note": {"Spoke to school."}}}
		if err := s.AddItem(ctx, store.Editor{Actor: f.actor}, note); err != nil || note.ID != n.Casework+3 {
			t.Errorf("AddItem after load: ID %d, %v", note.ID, err)
		}

		// The load is audited once.
		es, err := s.AuditEvents(ctx, audit.Filter{Action: audit.Create})
		if err != nil {
			t.Fatal(err)
		}
		found := 0
		for _, e := range es {
			if e.Detail == "Loaded test data: 3 people" && e.ActorName == audit.System.Name {
				found++
			}
		}
		if found != 1 {
			t.Errorf("%d audit entries for the load, want 1", found)
		}
	})
}

// TestBulkLoadChunks loads more rows than one statement holds, over several chunks that
// refer to earlier ones.
func TestBulkLoadChunks(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		const perChunk, chunks = 1500, 3
		next := int64(1)
		var firstID int64
		seq := func(yield func(*store.Bulk) bool) {
			for c := range chunks {
				b := &store.Bulk{}
				for i := range perChunk {
					p := &person.Person{ID: next, GivenNames: fmt.Sprintf("Person%d", i), FamilyName: fmt.Sprintf("Chunk%d", c),
						DateOfBirth: date.MustParse("2000-01-01"), Sex: "U", Ethnicity: "NOBT"}
					b.People = append(b.People, p)
					if firstID == 0 {
						firstID = p.ID
					} else {
						b.Relationships = append(b.Relationships, person.Relationship{ID: next, FromID: firstID, ToID: p.ID, Type: "significant_other"})
					}
					next++
				}
				if !yield(b) {
					return
				}
			}
		}
		if err := s.LoadChunks(ctx, "chunks", seq); err != nil {
			t.Fatal(err)
		}
		if c, err := s.PeopleCount(ctx); err != nil || c != perChunk*chunks {
			t.Fatalf("PeopleCount = %d, %v", c, err)
		}
		n, err := s.NextIDs(ctx)
		if err != nil || n.Person != perChunk*chunks+1 || n.Relationship != perChunk*chunks+1 {
			t.Fatalf("NextIDs = %+v, %v", n, err)
		}
		r, err := s.LoadRecord(ctx, firstID)
		if err != nil || len(r.Relatives) != perChunk*chunks-1 {
			t.Fatalf("relatives of the first person: %d, %v", len(r.Relatives), err)
		}
		setup(t, s)
		if p := child("New", "Person", "2020-01-01"); s.CreatePerson(ctx, audit.System, p) != nil || p.ID != perChunk*chunks+1 {
			t.Errorf("CreatePerson after chunked load: ID %d", p.ID)
		}
	})
}

// TestBulkLoadRollsBack checks that a failing load leaves nothing behind, and the store
// works normally afterwards.
func TestBulkLoadRollsBack(t *testing.T) {
	first := store.NextIDs{Team: 1, User: 1, Person: 1, Alias: 1, Relationship: 1, Address: 1, Warning: 1, Allocation: 1, Event: 1, Grant: 1, Casework: 1}
	for _, tc := range []struct {
		name  string
		spoil func(b *store.Bulk)
	}{
		{"dangling reference", func(b *store.Bulk) { b.Relationships[0].ToID = 999 }},
		{"duplicate NHS number", func(b *store.Bulk) { b.People[2].NHSNumber = b.People[0].NHSNumber }},
		{"duplicate ID", func(b *store.Bulk) { b.Addresses[1].ID = b.Addresses[0].ID }},
		{"missing casework parent", func(b *store.Bulk) { b.Casework[2].ParentID = 999 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			storetest.Each(t, func(t *testing.T, s *store.Store) {
				b := smallBulk(first)
				tc.spoil(b)
				if err := s.Load(ctx, "broken data", b); err == nil {
					t.Fatal("load succeeded")
				}
				if c, _ := s.PeopleCount(ctx); c != 0 {
					t.Errorf("PeopleCount after a failed load = %d", c)
				}
				if err := s.Load(ctx, "good data", smallBulk(first)); err != nil {
					t.Fatalf("load after a failed one: %v", err)
				}
				setup(t, s)
				if p := child("New", "Person", "2020-01-01"); s.CreatePerson(ctx, audit.System, p) != nil || p.ID != 4 {
					t.Errorf("CreatePerson after the loads: ID %d", p.ID)
				}
			})
		})
	}
}

// TestBulkLoadKeepsSchema checks that a load leaves every index and constraint in place.
func TestBulkLoadKeepsSchema(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		q := `SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master ORDER BY name`
		if s.Dialect() == store.Postgres {
			q = `SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = current_schema()
				UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
				WHERE connamespace = current_schema()::regnamespace ORDER BY 1`
		}
		schema := func() []string {
			rows, err := s.DB().QueryContext(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			var out []string
			for rows.Next() {
				var x string
				rows.Scan(&x)
				out = append(out, x)
			}
			return out
		}
		before := schema()
		if err := s.Load(ctx, "test data", smallBulk(store.NextIDs{Team: 1, User: 1, Person: 1, Alias: 1, Relationship: 1,
			Address: 1, Warning: 1, Allocation: 1, Event: 1, Grant: 1, Casework: 1})); err != nil {
			t.Fatal(err)
		}
		after := schema()
		if fmt.Sprint(before) != fmt.Sprint(after) {
			t.Errorf("schema changed:\nbefore %q\nafter  %q", before, after)
		}
	})
}
