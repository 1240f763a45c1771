// Package records is the service both front doors (the pages and the JSON API) use to reach a
// person's record. It decides who may see a record — restricted records need a grant or a
// recorded break-glass reason; records entered in error are hidden from most roles — and it
// writes the access audit for every view, search and refusal.
package records

import (
	"context"
	"fmt"

	"ourchild/internal/access"
	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/person"
	"ourchild/internal/store"
)

// Service reaches records on behalf of users.
type Service struct {
	Store *store.Store
}

// ErrRestricted is returned for a restricted record the user holds no grant for. The page
// offers break-glass access to users allowed it.
var ErrRestricted = apperr.New(apperr.Forbidden, "This record is restricted. You need permission to open it")

// Check decides whether u may reach person id, auditing a refusal. what describes the
// attempt for the audit ("Viewed record", "Opened edit form"…).
func (s *Service) Check(ctx context.Context, u *store.User, addr string, id int64, what string) (*person.Person, error) {
	p, err := s.Store.Person(ctx, id)
	refuse := func(outcome string, err error) (*person.Person, error) {
		e := audit.New(u.Actor(addr), audit.View, id, what)
		e.Outcome = outcome
		if aerr := s.Store.Audit(ctx, e); aerr != nil {
			return nil, aerr
		}
		return nil, err
	}
	switch {
	case apperr.Is(err, apperr.NotFound):
		return refuse(audit.NotFound, err)
	case err != nil:
		return nil, err
	case p.EnteredInError && !u.Can(access.PersonViewErroneous):
		return refuse(audit.NotFound, apperr.New(apperr.NotFound, "No person with ID %d", id))
	case p.Restricted:
		ok, err := s.Store.HasGrant(ctx, u.ID, id)
		if err != nil {
			return nil, err
		}
		if !ok {
			return refuse(audit.Denied, ErrRestricted)
		}
	}
	return p, nil
}

// CheckLinkable checks that u may reach person id before linking them to another record, so
// that a relationship cannot be made to a restricted record the user may not open. A refusal
// is audited and reported against field.
func (s *Service) CheckLinkable(ctx context.Context, u *store.User, addr string, id int64, field string) error {
	_, err := s.Check(ctx, u, addr, id, "Tried to link to another record")
	switch apperr.KindOf(err) {
	case apperr.NotFound:
		return apperr.Field(field, "There is no person with ID %d", id)
	case apperr.Forbidden:
		return apperr.Field(field, "Person %d has a restricted record that you do not have access to", id)
	}
	return err
}

// Open returns a person's whole record for u, auditing the view.
func (s *Service) Open(ctx context.Context, u *store.User, addr string, id int64) (*store.Record, error) {
	p, err := s.Check(ctx, u, addr, id, "Viewed record")
	if err != nil {
		return nil, err
	}
	rec, err := s.Store.RecordOf(ctx, p)
	if err != nil {
		return nil, err
	}
	if err := s.redact(ctx, u, rec); err != nil {
		return nil, err
	}
	// The view is audited only once the record has been read; if the audit cannot be
	// written, the record is not shown.
	if err := s.Store.Audit(ctx, audit.New(u.Actor(addr), audit.View, id, "Viewed record")); err != nil {
		return nil, err
	}
	return rec, nil
}

// redact hides who restricted relatives and household members are from users without a
// grant: a sealed adoption must not leak through the birth family's records.
func (s *Service) redact(ctx context.Context, u *store.User, rec *store.Record) error {
	hide := func(p *person.Person) (*person.Person, error) {
		if !p.Restricted {
			return p, nil
		}
		ok, err := s.Store.HasGrant(ctx, u.ID, p.ID)
		if err != nil || ok {
			return p, err
		}
		return &person.Person{ID: p.ID, GivenNames: "Restricted", FamilyName: "record", Restricted: true}, nil
	}
	var err error
	for i := range rec.Relatives {
		if rec.Relatives[i].Person, err = hide(rec.Relatives[i].Person); err != nil {
			return err
		}
	}
	for i := range rec.Household {
		if rec.Household[i], err = hide(rec.Household[i]); err != nil {
			return err
		}
	}
	return nil
}

// View audits a view of part of a record that the caller reads itself (history, an edit form).
func (s *Service) View(ctx context.Context, u *store.User, addr string, id int64, what string) (*person.Person, error) {
	p, err := s.Check(ctx, u, addr, id, what)
	if err != nil {
		return nil, err
	}
	return p, s.Store.Audit(ctx, audit.New(u.Actor(addr), audit.View, id, what))
}

// Search runs a one-line person search for u and audits it with the query and result count.
func (s *Service) Search(ctx context.Context, u *store.User, addr, text string, limit int) ([]store.Hit, error) {
	q, msg := store.ParseSearch(text)
	if msg != "" {
		return nil, apperr.Field("q", "%s", msg)
	}
	if q.Empty() {
		return nil, apperr.Field("q", "Enter a name, date of birth, NHS number, unique pupil number or ourchild ID")
	}
	hits, err := s.Store.SearchPeople(ctx, u.ID, q, limit)
	if err != nil {
		return nil, err
	}
	if err := s.Store.Audit(ctx, audit.New(u.Actor(addr), audit.Search, 0, fmt.Sprintf("%q: %d results", text, len(hits)))); err != nil {
		return nil, err
	}
	return hits, nil
}

// BreakGlass opens a restricted record in an emergency: it needs the permission and a reason,
// and the audit entry is flagged for review.
func (s *Service) BreakGlass(ctx context.Context, u *store.User, addr string, id int64, reason string) error {
	if !u.Can(access.PersonBreakGlass) {
		return apperr.New(apperr.Forbidden, "You do not have permission to open restricted records")
	}
	if len(reason) < 10 {
		return apperr.Field("reason", "Explain why you need to open this record now (at least 10 characters)")
	}
	if _, err := s.Store.Person(ctx, id); err != nil {
		return err
	}
	return s.Store.BreakGlass(ctx, u.Actor(addr), id, reason)
}
