package records

import (
	"context"
	"fmt"

	"ourchild/internal/access"
	"ourchild/internal/audit"
	"ourchild/internal/contextual"
	"ourchild/internal/person"
	"ourchild/internal/store"
)

// Visible reports whether u may see who p is, by the rule Check applies (records entered in
// error need the permission to see them; restricted records need a grant), without auditing:
// the caller audits what it shows.
func (s *Service) Visible(ctx context.Context, u *store.User, p *person.Person) (bool, error) {
	switch {
	case p.EnteredInError && !u.Can(access.PersonViewErroneous):
		return false, nil
	case p.Restricted:
		return s.Store.HasGrant(ctx, u.ID, p.ID)
	}
	return true, nil
}

// ContextChildren are the children linked to a place or group as one user may see them.
type ContextChildren struct {
	Shown  []store.LinkedChild // links to children u may see
	Hidden int                 // links to children u may not see: a count only
}

// Split divides links into those u may see and a count of the rest.
func (s *Service) Split(ctx context.Context, u *store.User, links []store.LinkedChild) (ContextChildren, error) {
	var cc ContextChildren
	for _, l := range links {
		ok, err := s.Visible(ctx, u, l.Person)
		if err != nil {
			return cc, err
		}
		if ok {
			cc.Shown = append(cc.Shown, l)
		} else {
			cc.Hidden++
		}
	}
	return cc, nil
}

// OpenContext returns a place or group with the children linked to it that u may see, and
// audits the view: once for the context, and once on each child's record shown, so that a
// child's audit says who saw them listed there.
func (s *Service) OpenContext(ctx context.Context, u *store.User, addr string, id int64) (*contextual.Context, ContextChildren, error) {
	c, err := s.Store.Context(ctx, id)
	if err != nil {
		return nil, ContextChildren{}, err
	}
	links, err := s.Store.ContextLinks(ctx, id)
	if err != nil {
		return nil, ContextChildren{}, err
	}
	cc, err := s.Split(ctx, u, links)
	if err != nil {
		return nil, cc, err
	}
	what := fmt.Sprintf("%s %d “%s”", c.KindLabel(), c.ID, c.Name)
	if err := s.Store.Audit(ctx, audit.New(u.Actor(addr), audit.View, 0, "Viewed "+what)); err != nil {
		return nil, cc, err
	}
	seen := map[int64]bool{}
	for _, l := range cc.Shown {
		if seen[l.PersonID] {
			continue
		}
		seen[l.PersonID] = true
		if err := s.Store.Audit(ctx, audit.New(u.Actor(addr), audit.View, l.PersonID, "Seen as linked to "+what)); err != nil {
			return nil, cc, err
		}
	}
	return c, cc, nil
}
