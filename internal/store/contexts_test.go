package store_test

import (
	"errors"
	"strings"
	"testing"

	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/contextual"
	"ourchild/internal/date"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

func park() *contextual.Context {
	return &contextual.Context{Kind: "place", Name: "Riverside Park skate ramp", Area: "Riverside Park, Demoton",
		Description: "Older young people meet here after school", Risks: []string{"cce", "county_lines"}}
}

func linkOf(contextID, personID int64) *contextual.Link {
	return &contextual.Link{ContextID: contextID, PersonID: personID, Role: "frequents", Risk: "Seen with older males after missing episodes",
		IdentifiedOn: date.MustParse("2026-11-01"), IdentifiedBy: "Police missing person debrief"}
}

func TestContextCreateValidates(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(c *contextual.Context)
		field string
	}{
		{"no kind", func(c *contextual.Context) { c.Kind = "" }, "kind"},
		{"unknown kind", func(c *contextual.Context) { c.Kind = "street" }, "kind"},
		{"no name", func(c *contextual.Context) { c.Name = "  " }, "name"},
		{"place without location", func(c *contextual.Context) { c.Area = "" }, "area"},
		{"no risks", func(c *contextual.Context) { c.Risks = nil }, "risks"},
		{"unknown risk", func(c *contextual.Context) { c.Risks = []string{"gangs"} }, "risks"},
		{"name too long", func(c *contextual.Context) { c.Name = strings.Repeat("x", contextual.MaxName+1) }, "name"},
	}
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		for _, tc := range cases {
			c := park()
			tc.edit(c)
			err := s.CreateContext(ctx, f.actor, c)
			if apperr.FieldsOf(err).For(tc.field) == "" {
				t.Errorf("%s: CreateContext = %v; want an error on %s", tc.name, err, tc.field)
			}
		}
		if cs, err := s.Contexts(ctx, store.ContextFilter{}); err != nil || len(cs) != 0 {
			t.Errorf("after refused creates: %d contexts, %v; want none saved", len(cs), err)
		}
		// A peer group needs no location.
		g := &contextual.Context{Kind: "peer_group", Name: "The Estate Boys", Risks: []string{"syv"}}
		if err := s.CreateContext(ctx, f.actor, g); err != nil {
			t.Errorf("peer group without location: %v", err)
		}
	})
}

func TestContextLinksShowOnEachChild(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		a := f.create(t, child("Amara", "Okafor", "2011-03-02"))
		b := f.create(t, child("Bella", "Stone", "2010-07-15"))
		c := park()
		if err := s.CreateContext(ctx, f.actor, c); err != nil {
			t.Fatal(err)
		}
		if c.ID == 0 || c.Version != 1 || c.Status != contextual.Active {
			t.Fatalf("created context = %+v", c)
		}
		la, lb := linkOf(c.ID, a.ID), linkOf(c.ID, b.ID)
		lb.Role = "victim_concern"
		for _, l := range []*contextual.Link{la, lb} {
			if err := s.LinkChild(ctx, f.actor, l); err != nil {
				t.Fatalf("LinkChild(%d): %v", l.PersonID, err)
			}
		}
		// The same child twice is refused while the first link is current.
		if err := s.LinkChild(ctx, f.actor, linkOf(c.ID, a.ID)); apperr.FieldsOf(err).For("person_id") == "" {
			t.Errorf("second link of the same child = %v; want a person_id error", err)
		}
		pcs, err := s.PersonContexts(ctx, b.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(pcs) != 1 || pcs[0].Context.Name != c.Name || pcs[0].Link.Role != "victim_concern" {
			t.Fatalf("Bella's contexts = %+v", pcs)
		}
		if len(pcs[0].Others) != 1 || pcs[0].Others[0].Person.ID != a.ID {
			t.Errorf("others linked to Bella's context = %+v; want Amara", pcs[0].Others)
		}
		cs, err := s.Contexts(ctx, store.ContextFilter{Name: "SKATE"})
		if err != nil || len(cs) != 1 || cs[0].Linked != 2 {
			t.Errorf("Contexts(skate) = %+v, %v; want the park with 2 children", cs, err)
		}
		if cs, _ := s.Contexts(ctx, store.ContextFilter{Name: "takeaway"}); len(cs) != 0 {
			t.Errorf("Contexts(takeaway) = %d; want none", len(cs))
		}
		// Linking is audited on the child's record and kept in the child's history.
		es, err := s.AuditEvents(ctx, audit.Filter{PersonID: a.ID, Action: audit.Update})
		if err != nil || len(es) == 0 || !strings.Contains(es[0].Detail, c.Name) {
			t.Errorf("audit of Amara = %+v, %v; want the link", es, err)
		}
		revs, err := s.Revisions(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, r := range revs {
			found = found || r.Entity == "context_link"
		}
		if !found {
			t.Errorf("Amara's revisions have no context_link: %+v", revs)
		}
	})
}

func TestContextLinkValidates(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		a := f.create(t, child("Amara", "Okafor", "2011-03-02"))
		c := park()
		if err := s.CreateContext(ctx, f.actor, c); err != nil {
			t.Fatal(err)
		}
		cases := []struct {
			name  string
			edit  func(l *contextual.Link)
			field string
		}{
			{"no role", func(l *contextual.Link) { l.Role = "" }, "role"},
			{"no risk", func(l *contextual.Link) { l.Risk = "" }, "risk"},
			{"no date", func(l *contextual.Link) { l.IdentifiedOn = date.Date{} }, "identified_on"},
			{"future date", func(l *contextual.Link) { l.IdentifiedOn = date.MustParse("2027-01-01") }, "identified_on"},
			{"no one identified it", func(l *contextual.Link) { l.IdentifiedBy = "" }, "identified_by"},
			{"no such child", func(l *contextual.Link) { l.PersonID = 99999 }, "person_id"},
			{"no such context", func(l *contextual.Link) { l.ContextID = 99999 }, "context_id"},
		}
		for _, tc := range cases {
			l := linkOf(c.ID, a.ID)
			tc.edit(l)
			if err := s.LinkChild(ctx, f.actor, l); apperr.FieldsOf(err).For(tc.field) == "" {
				t.Errorf("%s: LinkChild = %v; want an error on %s", tc.name, err, tc.field)
			}
		}
		if ls, _ := s.ContextLinks(ctx, c.ID); len(ls) != 0 {
			t.Errorf("after refused links: %d links; want none", len(ls))
		}
	})
}

func TestContextEditConflictsAndHistory(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		c := park()
		if err := s.CreateContext(ctx, f.actor, c); err != nil {
			t.Fatal(err)
		}
		mine, theirs := *c, *c
		theirs.Description = "Now also used for drug dealing in the evenings"
		if err := s.UpdateContext(ctx, f.actor, &theirs, "Police intelligence"); err != nil {
			t.Fatal(err)
		}
		if theirs.Version != 2 {
			t.Errorf("version after update = %d; want 2", theirs.Version)
		}
		mine.Name = "Riverside skate park"
		err := s.UpdateContext(ctx, f.actor, &mine, "")
		var ce *store.ContextConflictError
		if !errors.As(err, &ce) || !apperr.Is(err, apperr.Conflict) {
			t.Fatalf("stale update = %v; want a ContextConflictError", err)
		}
		if ce.Current.Version != 2 || len(ce.Changes) != 1 || ce.Changes[0].Field != "description" {
			t.Errorf("conflict = version %d, changes %+v; want version 2 and the description", ce.Current.Version, ce.Changes)
		}
		got, _ := s.Context(ctx, c.ID)
		if got.Name != c.Name {
			t.Errorf("name after refused update = %q; want unchanged", got.Name)
		}
		// Closing needs a reason and keeps the context.
		if err := s.CloseContext(ctx, f.actor, c.ID, 2, date.MustParse("2026-11-19"), " "); apperr.FieldsOf(err).For("close_reason") == "" {
			t.Errorf("close without reason = %v; want a close_reason error", err)
		}
		if err := s.CloseContext(ctx, f.actor, c.ID, 1, date.MustParse("2026-11-19"), "Disrupted"); !apperr.Is(err, apperr.Conflict) {
			t.Errorf("close of a stale version = %v; want a conflict", err)
		}
		if err := s.CloseContext(ctx, f.actor, c.ID, 2, date.MustParse("2026-11-20"), "Ramp removed by the council; no sightings for 3 months"); err != nil {
			t.Fatal(err)
		}
		got, _ = s.Context(ctx, c.ID)
		if got.IsActive() || got.CloseReason == "" || got.Version != 3 {
			t.Errorf("closed context = %+v", got)
		}
		a := f.create(t, child("Amara", "Okafor", "2011-03-02"))
		if err := s.LinkChild(ctx, f.actor, linkOf(c.ID, a.ID)); apperr.FieldsOf(err).For("context_id") == "" {
			t.Errorf("link to a closed context = %v; want a context_id error", err)
		}
		h, err := s.ContextHistory(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		var actions []string
		for _, r := range h {
			actions = append(actions, r.Action)
		}
		if strings.Join(actions, " ") != "close update create" || h[1].Reason != "Police intelligence" || h[0].ChangedBy != "Sam Worker" {
			t.Errorf("history = %v (%+v); want close update create with who and why", actions, h)
		}
		// Nothing is deleted.
		for _, table := range []string{"safeguarding_context", "context_revision"} {
			if _, err := s.DB().ExecContext(ctx, `DELETE FROM `+table); err == nil {
				t.Errorf("DELETE FROM %s succeeded; want the database to refuse", table)
			}
		}
	})
}

func TestContextLinkEnds(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		a := f.create(t, child("Amara", "Okafor", "2011-03-02"))
		c := park()
		if err := s.CreateContext(ctx, f.actor, c); err != nil {
			t.Fatal(err)
		}
		l := linkOf(c.ID, a.ID)
		if err := s.LinkChild(ctx, f.actor, l); err != nil {
			t.Fatal(err)
		}
		if err := s.EndLink(ctx, f.actor, l.ID, 1, date.MustParse("2026-10-01"), "Moved away"); apperr.FieldsOf(err).For("ended_on") == "" {
			t.Errorf("end before identified = %v; want an ended_on error", err)
		}
		if err := s.EndLink(ctx, f.actor, l.ID, 1, date.MustParse("2026-11-18"), ""); apperr.FieldsOf(err).For("end_reason") == "" {
			t.Errorf("end without reason = %v; want an end_reason error", err)
		}
		if err := s.EndLink(ctx, f.actor, l.ID, 1, date.MustParse("2026-11-18"), "Moved to a placement out of area"); err != nil {
			t.Fatal(err)
		}
		if err := s.EndLink(ctx, f.actor, l.ID, 1, date.MustParse("2026-11-18"), "Again"); !apperr.Is(err, apperr.Conflict) {
			t.Errorf("second end with the old version = %v; want a conflict", err)
		}
		ls, err := s.ContextLinks(ctx, c.ID)
		if err != nil || len(ls) != 1 || ls[0].Current() || ls[0].EndReason == "" {
			t.Errorf("links after end = %+v, %v; want the ended link kept", ls, err)
		}
		if cs, _ := s.Contexts(ctx, store.ContextFilter{}); len(cs) != 1 || cs[0].Linked != 0 {
			t.Errorf("linked count after end = %+v; want 0", cs)
		}
		// A child whose link ended can be linked again.
		if err := s.LinkChild(ctx, f.actor, linkOf(c.ID, a.ID)); err != nil {
			t.Errorf("link again after end: %v", err)
		}
		// The database itself refuses a second current link (two workers linking at once).
		if _, err := s.DB().ExecContext(ctx, `INSERT INTO context_link (context_id, person_id, role, risk, identified_on, identified_by,
			created_at, updated_at) VALUES ($1, $2, 'member', 'x', '2026-11-01', 'x', 'now', 'now')`, c.ID, a.ID); err == nil {
			t.Error("a second current link of the same child was stored")
		}
		if _, err := s.DB().ExecContext(ctx, `DELETE FROM context_link`); err == nil {
			t.Error("DELETE FROM context_link succeeded; want the database to refuse")
		}
	})
}
