package demo

import (
	"context"
	"fmt"

	"ourchild/internal/audit"
	"ourchild/internal/contextual"
	"ourchild/internal/date"
	"ourchild/internal/store"
)

// Contextual safeguarding in the demo: a few synthetic places and peer groups, each linked to
// some of the children who have missing episodes, so that a child's record shows the places
// they are linked to and the other children linked there.

// demoContexts are the places and groups, with which of the children (by position among the
// children with missing episodes) each is linked to, and how.
var demoContexts = []struct {
	c        contextual.Context
	children []int
	roles    []string
	risk     string
}{
	{contextual.Context{Kind: "place", Name: "Chicken Palace takeaway", Area: "14 Station Road, Demoton",
		Description: "Young people are given free food and asked to carry packages by older males who wait outside late at night.",
		Risks:       []string{"cce", "county_lines"}},
		[]int{0, 1, 2}, []string{"frequents", "victim_concern", "frequents"}, "Seen at the takeaway late at night on the day of a missing episode"},
	{contextual.Context{Kind: "place", Name: "Riverside Park skate ramp", Area: "Riverside Park, Demoton",
		Description: "Older young people and adults meet here after school; police have seized drugs and a knife here this year.",
		Risks:       []string{"syv", "cce"}},
		[]int{1, 3}, []string{"frequents", "frequents"}, "Found at the skate ramp by police after being reported missing"},
	{contextual.Context{Kind: "place", Name: "Flat above 3 Mill Lane", Area: "3 Mill Lane, Demoton",
		Description: "An adult's flat believed to be taken over for drug supply (cuckooing). Children have been found there.",
		Risks:       []string{"county_lines", "cse"}},
		[]int{2, 4}, []string{"victim_concern", "victim_concern"}, "Found at the flat during a missing episode"},
	{contextual.Context{Kind: "place", Name: "“MLB” group chat", Area: "Snapchat",
		Description: "An online group used to arrange meetings and send images; adults outside the area are members.",
		Risks:       []string{"online", "cse"}},
		[]int{0, 4, 5}, []string{"member", "member", "victim_concern"}, "Named in the group chat in messages seen by a parent"},
	{contextual.Context{Kind: "peer_group", Name: "Mill Lane boys",
		Description: "A group of young people aged 13 to 17 linked to the Mill Lane flat and to robberies in the town centre.",
		Risks:       []string{"cce", "syv"}},
		[]int{3, 5}, []string{"member", "associate"}, "Stopped by police with members of the group"},
}

// loadContexts records the demo's places and groups and links them to children with
// missing episodes, identified on the day a missing episode began. A small council with
// fewer such children than the places call for links the same children more often; one
// with fewer than two gets no places or groups.
func loadContexts(ctx context.Context, s *store.Store) (int, error) {
	ids, err := s.PeopleWithCasework(ctx, "missing", 6)
	if err != nil || len(ids) < 2 {
		return 0, err
	}
	items, err := s.ItemsForPeople(ctx, ids)
	if err != nil {
		return 0, err
	}
	went := map[int64]date.Date{}
	for pid, its := range items {
		for _, it := range its {
			if it.Kind == "missing" {
				went[pid] = it.StartDate() // the latest, since items come oldest first
			}
		}
	}
	a := audit.System
	n := 0
	for _, dc := range demoContexts {
		c := dc.c
		if err := s.CreateContext(ctx, a, &c); err != nil {
			return n, fmt.Errorf("demo: place or group %s: %w", c.Name, err)
		}
		n++
		linked := map[int64]bool{}
		for i, k := range dc.children {
			pid := ids[k%len(ids)]
			if linked[pid] {
				continue
			}
			linked[pid] = true
			l := &contextual.Link{ContextID: c.ID, PersonID: pid, Role: dc.roles[i], Risk: dc.risk,
				IdentifiedOn: went[pid], IdentifiedBy: "Return home interview"}
			if l.IdentifiedOn.IsZero() || l.IdentifiedOn.After(date.Of(s.Now())) {
				l.IdentifiedOn = date.Of(s.Now())
			}
			if err := s.LinkChild(ctx, a, l); err != nil {
				return n, fmt.Errorf("demo: link child %d to %s: %w", pid, c.Name, err)
			}
		}
	}
	return n, nil
}
