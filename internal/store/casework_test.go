package store_test

import (
	"errors"
	"strings"
	"testing"

	"ourchild/internal/apperr"
	"ourchild/internal/casework"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

func v(pairs ...string) casework.Values {
	out := casework.Values{}
	for i := 0; i+1 < len(pairs); i += 2 {
		out[pairs[i]] = append(out[pairs[i]], pairs[i+1])
	}
	return out
}

// add records an item and fails the test on error.
func (f *fixture) add(t *testing.T, e store.Editor, pid int64, kind string, vals casework.Values) *casework.Item {
	t.Helper()
	it := &casework.Item{PersonID: pid, Kind: kind, Values: vals}
	if err := f.s.AddItem(ctx, e, it); err != nil {
		t.Fatalf("AddItem(%s): %v (%v)", kind, err, apperr.FieldsOf(err))
	}
	return it
}

func only(t *testing.T, items []*casework.Item, kind string) *casework.Item {
	t.Helper()
	var found []*casework.Item
	for _, it := range items {
		if it.Kind == kind && !it.EnteredInError {
			found = append(found, it)
		}
	}
	if len(found) != 1 {
		t.Fatalf("want one %s, have %d", kind, len(found))
	}
	return found[0]
}

// TestJourney walks a child from contact to the end of a child protection plan, checking
// what each step makes follow and what the store refuses on the way.
func TestJourney(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		worker := store.Editor{Actor: f.actor}
		manager := store.Editor{Actor: f.actor, Manager: true}
		c1 := f.create(t, child("Amara", "Okafor", "2017-03-02"))
		c2 := f.create(t, child("Tobi", "Okafor", "2019-06-11"))

		contacts, err := s.AddContact(ctx, worker, []int64{c1.ID, c2.ID}, v("received", "2026-09-01T09:15", "source", "2A",
			"worry", "Bruising seen at school", "consent", "given"))
		if err != nil || len(contacts) != 2 {
			t.Fatalf("AddContact = %d, %v", len(contacts), err)
		}
		// A decision needs its rationale; a manager's agreement needs a manager.
		d := contacts[0]
		d.Values = v("received", "2026-09-01T09:15", "source", "2A", "worry", "Bruising seen at school", "consent", "given",
			"decision", "strategy", "decided", "2026-09-01T13:00", "threshold", "cp", "agreed_by", "Team manager")
		err = s.UpdateItem(ctx, worker, d, "")
		if fe := apperr.FieldsOf(err); fe.For("rationale") == "" || fe.For("agreed_by") == "" {
			t.Fatalf("decision without rationale, agreed by a worker: %v", fe)
		}
		d.Values.Set("rationale", "Injury to a child under 8 with an inconsistent account")
		if err := s.UpdateItem(ctx, manager, d, ""); err != nil {
			t.Fatalf("decision: %v (%v)", err, apperr.FieldsOf(err))
		}
		items, _ := s.Items(ctx, c1.ID)
		ref := only(t, items, "referral")
		if ref.Get("referral_date") != "2026-09-01" || ref.Get("source") != "2A" || ref.ParentID != d.ID {
			t.Fatalf("referral made from the contact = %+v", ref)
		}

		// An assessment cannot start before the referral.
		bad := &casework.Item{PersonID: c1.ID, Kind: "assessment", Values: v("start", "2026-08-30")}
		if err := s.AddItem(ctx, worker, bad); apperr.FieldsOf(err).For("start") == "" {
			t.Fatalf("assessment before referral: %v", err)
		}
		// A section 47 enquiry needs a strategy discussion first.
		if err := s.AddItem(ctx, worker, &casework.Item{PersonID: c1.ID, Kind: "s47", Values: v("start", "2026-09-02")}); apperr.FieldsOf(err).For("start") == "" {
			t.Fatalf("s47 without strategy discussion: %v", err)
		}
		f.add(t, worker, c1.ID, "assessment", v("start", "2026-09-01"))
		f.add(t, worker, c1.ID, "strategy", v("held", "2026-09-02T10:00", "agencies", "csc", "agencies", "police", "agencies", "health",
			"attendees", "SW, DC Smith, school nurse", "information", "Bruising", "decision", "s47", "rationale", "Reasonable cause"))
		s47 := f.add(t, worker, c1.ID, "s47", v("start", "2026-09-02"))
		if s47.EpisodeID != ref.ID || s47.ParentID != ref.ID {
			t.Fatalf("s47 episode = %d/%d, want %d", s47.EpisodeID, s47.ParentID, ref.ID)
		}
		// A plan needs a category; the conference cannot be before the enquiry.
		icpc := &casework.Item{PersonID: c1.ID, Kind: "conference", Values: v("type", "initial", "date", "2026-09-18", "chair", "IRO",
			"decision", "cp_plan", "rationale", "Risk of physical harm", "next_review", "2026-12-10", "report_shared", "2026-09-15")}
		if err := s.AddItem(ctx, worker, icpc); apperr.FieldsOf(err).For("category") == "" {
			t.Fatalf("plan without category: %v", err)
		}
		early := &casework.Item{PersonID: c1.ID, Kind: "conference", Values: v("type", "initial", "date", "2026-09-01", "chair", "IRO")}
		if err := s.AddItem(ctx, worker, early); apperr.FieldsOf(err).For("date") == "" {
			t.Fatalf("conference before the enquiry: %v", err)
		}
		icpc.Values.Set("category", "PHY")
		if err := s.AddItem(ctx, worker, icpc); err != nil {
			t.Fatalf("ICPC: %v (%v)", err, apperr.FieldsOf(err))
		}
		items, _ = s.Items(ctx, c1.ID)
		plan := only(t, items, "cp_plan")
		if plan.Get("start") != "2026-09-18" || plan.Get("initial_category") != "PHY" || !plan.Open() {
			t.Fatalf("plan from ICPC = %+v", plan.Values)
		}
		// Only a conference ends a plan.
		plan.Values.Set("end", "2026-10-01")
		plan.Values.Set("end_reason", "Things are better")
		if err := s.UpdateItem(ctx, worker, plan, ""); apperr.FieldsOf(err).For("end") == "" {
			t.Fatalf("plan ended directly: %v", err)
		}
		// A CIN plan cannot run alongside it.
		if err := s.AddItem(ctx, worker, &casework.Item{PersonID: c1.ID, Kind: "cin_plan", Values: v("start", "2026-10-01", "goal", "x",
			"changes.what", "a", "changes.who", "b", "changes.by", "2026-12-01", "changes.measure", "c")}); apperr.FieldsOf(err).For("start") == "" {
			t.Fatalf("CIN plan alongside CP plan: %v", err)
		}
		f.add(t, worker, c1.ID, "core_group", v("date", "2026-09-25", "attendees", "All", "progress", "Started"))
		f.add(t, worker, c1.ID, "conference", v("type", "review", "date", "2026-11-19", "chair", "IRO", "decision", "end_cin",
			"rationale", "Safety goals met for three months"))
		items, _ = s.Items(ctx, c1.ID)
		plan = only(t, items, "cp_plan")
		if plan.Get("end") != "2026-11-19" || plan.Open() {
			t.Fatalf("plan after the review that ended it = %+v", plan.Values)
		}

		// Concurrent edits: the second save over the same version is refused, saying what changed.
		a1, _ := s.Item(ctx, plan.ID)
		a2, _ := s.Item(ctx, plan.ID)
		a1.Values.Set("outline", "Keep Amara safe")
		if err := s.UpdateItem(ctx, worker, a1, ""); err != nil {
			t.Fatal(err)
		}
		a2.Values.Set("outline", "Something else")
		var ce *store.ItemConflictError
		if err := s.UpdateItem(ctx, worker, a2, ""); !errors.As(err, &ce) || len(ce.Changes) != 1 || ce.Changes[0].New != "Keep Amara safe" {
			t.Fatalf("conflicting edit: %v", err)
		}

		// Closing the referral is refused while the assessment is open.
		ref, _ = s.Item(ctx, ref.ID)
		ref.Values.Set("closure_date", "2026-11-20")
		ref.Values.Set("closure_reason", "RC7")
		ref.Values.Set("primary_need", "N1")
		if err := s.UpdateItem(ctx, worker, ref, ""); apperr.FieldsOf(err).For("closure_date") == "" {
			t.Fatalf("closing with an open assessment: %v", err)
		}

		// The second child's contact is separate, and still awaits a decision.
		items2, _ := s.Items(ctx, c2.ID)
		if c := only(t, items2, "contact"); c.Get("decision") != "" {
			t.Fatalf("sibling's contact took the first child's decision")
		}

		// History: every version kept, with who and why.
		revs, err := s.Revisions(ctx, c1.ID)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, r := range revs {
			if r.Entity == "casework" {
				n++
			}
		}
		if n < 10 {
			t.Errorf("casework revisions = %d, want every version", n)
		}
	})
}

func TestOutOfHoursDecisionChangeNeedsReason(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		manager := store.Editor{Actor: f.actor, Manager: true}
		c := f.create(t, child("Mia", "Stone", "2015-01-01"))
		it := f.add(t, manager, c.ID, "contact", v("received", "2026-11-14T23:10", "source", "6", "worry", "Police call-out",
			"consent", "overridden", "consent_reason", "Risk of harm", "out_of_hours", "yes", "decision", "advice",
			"decided", "2026-11-14T23:40", "rationale", "Child safe with grandmother", "threshold", "universal"))
		it.Values.Set("decision", "early_help")
		it.Values.Set("threshold", "early_help")
		if err := s.UpdateItem(ctx, manager, it, ""); apperr.FieldsOf(err).For("reason") == "" {
			t.Fatalf("changed out-of-hours decision without a reason: %v", err)
		}
		if err := s.UpdateItem(ctx, manager, it, "Repeat incidents: family needs support"); err != nil {
			t.Fatal(err)
		}
		rec, err := s.LoadRecord(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range rec.Chronology {
			found = found || e.Category == "Decision changed"
		}
		if !found {
			t.Error("the changed out-of-hours decision is not in the chronology")
		}
	})
}

// TestBulkLoadedItemKeepsItsFirstVersion: casework loaded in bulk has no revision of its own;
// its first change must save the loaded version first, or the original would be lost.
func TestBulkLoadedItemKeepsItsFirstVersion(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		kid := f.create(t, child("Rowan", "Quill", "2016-06-30"))
		n, err := s.NextIDs(ctx)
		if err != nil {
			t.Fatal(err)
		}
		b := &store.Bulk{Casework: []store.BulkItem{
			{Item: casework.Item{ID: n.Casework, PersonID: kid.ID, Kind: "case_note", Values: v("date", "2026-10-01", "type", "phone",
				"subject", "Call from school", "note", "Loaded wording")}},
		}}
		if err := s.Load(ctx, "test data", b); err != nil {
			t.Fatal(err)
		}
		it, err := s.Item(ctx, n.Casework)
		if err != nil {
			t.Fatal(err)
		}
		it.Values.Set("note", "Corrected wording")
		if err := s.UpdateItem(ctx, store.Editor{Actor: f.actor}, it, "Typo"); err != nil {
			t.Fatal(err)
		}
		revs, err := s.Revisions(ctx, kid.ID)
		if err != nil {
			t.Fatal(err)
		}
		var snaps []string
		for _, r := range revs {
			if r.Entity == "casework" && r.EntityID == n.Casework {
				snaps = append(snaps, r.Snapshot)
			}
		}
		if len(snaps) != 2 || !strings.Contains(snaps[1], "Loaded wording") || !strings.Contains(snaps[0], "Corrected wording") {
			t.Fatalf("revisions after the first change of a loaded record = %q", snaps)
		}
	})
}

// TestCodesBackfilled: records saved before migration 0003 (codes empty) get their dates and
// codes from detail when it is applied, so the returns read them like any other.
func TestCodesBackfilled(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		kid := f.create(t, child("Ada", "Stone", "2016-02-02"))
		ref := f.add(t, store.Editor{Actor: f.actor}, kid.ID, "referral", v("referral_date", "2026-10-01", "source", "2A", "nfa", "no"))
		if _, err := s.DB().ExecContext(ctx, `UPDATE casework SET codes = '' WHERE id = $1`, ref.ID); err != nil {
			t.Fatal(err)
		}
		if err := s.BackfillCodes(ctx); err != nil {
			t.Fatal(err)
		}
		var codes string
		if err := s.DB().QueryRowContext(ctx, `SELECT codes FROM casework WHERE id = $1`, ref.ID).Scan(&codes); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(codes, `"referral_date":["2026-10-01"]`) || !strings.Contains(codes, `"source":["2A"]`) {
			t.Errorf("codes after the backfill = %s", codes)
		}
	})
}
